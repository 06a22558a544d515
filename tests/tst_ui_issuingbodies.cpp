// Settings › "Issuing bodies" (issue 14): the casebook's periods read only, and the next period
// added by a signatory; on each engine (a PostgreSQL login without the role sees the form greyed
// out and why).
#include "EachEngine.h"
#include "ScratchCasebook.h"
#include "casebook/Issuers.h"
#include "connection/SecretStore.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/IssuingBodiesBox.h"
#include "shell/SettingsPage.h"

#include <QApplication>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw;

namespace {
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

void fill(ui::IssuingBodiesBox &box, QDate from, const QString &code)
{
    box.findChild<QDateEdit *>(QStringLiteral("issuerFromEdit"))->setDate(from);
    box.findChild<QLineEdit *>(QStringLiteral("issuerParentEdit"))
        ->setText(QStringLiteral("UBND THÀNH PHỐ HUẾ"));
    box.findChild<QLineEdit *>(QStringLiteral("issuerBodyEdit"))->setText(QStringLiteral("SỞ SỐ HÓA"));
    box.findChild<QLineEdit *>(QStringLiteral("issuerCodeEdit"))->setText(code);
    box.findChild<QLineEdit *>(QStringLiteral("issuerInTextEdit"))->setText(QStringLiteral("Sở Số hóa"));
    box.findChild<QLineEdit *>(QStringLiteral("issuerPlaceEdit"))->setText(QStringLiteral("Huế"));
    box.findChild<QLineEdit *>(QStringLiteral("issuerAddressEdit"))
        ->setText(QStringLiteral("Số 01 Lê Lai, Huế"));
}
} // namespace

class TestUiIssuingBodies : public QObject
{
    Q_OBJECT
public:
    explicit TestUiIssuingBodies(connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void builtInWithoutACasebook()
    {
        settings::Settings settings(m_dir.filePath(QStringLiteral("none.ini")));
        settings::ProfileStore profiles(settings);
        ui::SettingsPage page(settings, profiles, m_secrets);
        ui::IssuingBodiesBox *box = page.issuingBodies();
        QVERIFY(box);
        QCOMPARE(box->table()->rowCount(), 3);
        QCOMPARE(box->table()->item(2, 0)->text(), QStringLiteral("01/03/2025"));
        QCOMPARE(box->table()->item(2, 3)->text(), QStringLiteral("SKHCN"));
        QVERIFY(!box->addButton()->isEnabled());
        QVERIFY(box->addButton()->toolTip().contains(QStringLiteral("casebook")));
    }

    void signatoryAddsTheNextPeriod()
    {
        auto scratch = sw::test::ScratchCasebook::create(m_engine, m_clock);
        QVERIFY2(scratch.ok(), why(scratch).constData());
        ui::IssuingBodiesBox box;
        QStringList asked;
        box.setConfirmer([&asked](const QString &question) {
            asked << question;
            return true;
        });
        box.setCasebook(&(*scratch)->casebook());
        QVERIFY(box.addButton()->isEnabled());
        QCOMPARE(box.table()->rowCount(), 3);

        // A code that cannot go into a number: said in words, nothing added.
        fill(box, QDate(2027, 1, 1), QStringLiteral("SỐ-HÓA"));
        QTest::mouseClick(box.addButton(), Qt::LeftButton);
        QVERIFY2(box.messageLabel()->text().contains(QStringLiteral("letters and digits")),
                 qPrintable(box.messageLabel()->text()));
        QCOMPARE(box.table()->rowCount(), 3);

        QSignalSpy added(&box, &ui::IssuingBodiesBox::periodAdded);
        fill(box, QDate(2027, 1, 1), QStringLiteral("SSH"));
        QTest::mouseClick(box.addButton(), Qt::LeftButton);
        QCOMPARE(added.count(), 1);
        QVERIFY2(box.messageLabel()->text().contains(QStringLiteral("01/01/2027")),
                 qPrintable(box.messageLabel()->text()));
        QCOMPARE(asked.size(), 2);
        QVERIFY(asked.last().contains(QStringLiteral("cannot be changed")));
        QCOMPARE(box.table()->rowCount(), 4);
        QCOMPARE(box.table()->item(3, 3)->text(), QStringLiteral("SSH"));
        auto periods = casebook::Issuers((*scratch)->casebook()).periods();
        QVERIFY(periods.ok());
        QCOMPARE(periods->periods().constLast().issuer.body, QStringLiteral("SỞ SỐ HÓA"));
        QCOMPARE(periods->periods().constLast().issuer.address, QStringLiteral("Số 01 Lê Lai, Huế"));
        QCOMPARE(box.table()->item(3, 6)->text(), QStringLiteral("Số 01 Lê Lai, Huế"));

        // Issue 15: the built-in period of 01/03/2025 gets its address, recorded for the selected row.
        QVERIFY(!box.setAddressButton()->isEnabled()); // nothing selected
        box.table()->selectRow(2);
        QVERIFY(box.setAddressButton()->isEnabled());
        box.findChild<QLineEdit *>(QStringLiteral("issuerAddressEdit"))
            ->setText(QStringLiteral("Số 26 Hà Nội, thành phố Huế"));
        QTest::mouseClick(box.setAddressButton(), Qt::LeftButton);
        QCOMPARE(added.count(), 2);
        periods = casebook::Issuers((*scratch)->casebook()).periods();
        QCOMPARE(periods->periods().at(2).issuer.address, QStringLiteral("Số 26 Hà Nội, thành phố Huế"));
        QCOMPARE(box.table()->item(2, 6)->text(), QStringLiteral("Số 26 Hà Nội, thành phố Huế"));

        // Declining the question adds nothing.
        box.setConfirmer([](const QString &) { return false; });
        fill(box, QDate(2028, 1, 1), QStringLiteral("SSH2"));
        QTest::mouseClick(box.addButton(), Qt::LeftButton);
        QCOMPARE(box.table()->rowCount(), 4);

        box.resize(900, 600);
        const QImage shot = box.grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(m_dir.filePath(QStringLiteral("issuing-bodies.png")));
        box.setCasebook(nullptr);
    }

    void greyedOutWithoutTheSignatoryRole()
    {
        if (m_engine != connection::Engine::Postgres)
            QSKIP("A SQLite casebook has one user, who holds every role.");
        auto scratch = sw::test::ScratchCasebook::create(m_engine, m_clock);
        QVERIFY2(scratch.ok(), why(scratch).constData());
        auto login = (*scratch)->addLogin(QStringLiteral("insp"), {casebook::Role::Inspector});
        QVERIFY2(login.ok(), why(login).constData());
        auto asInspector = (*scratch)->connectAs(*login, m_clock);
        QVERIFY2(asInspector.ok(), why(asInspector).constData());
        ui::IssuingBodiesBox box;
        box.setCasebook(asInspector->get());
        QCOMPARE(box.table()->rowCount(), 3); // reading is everyone's
        QVERIFY(!box.addButton()->isEnabled());
        QVERIFY2(box.addButton()->toolTip().contains(casebook::roleLabel(casebook::Role::Signatory)),
                 qPrintable(box.addButton()->toolTip()));
        box.setCasebook(nullptr);
    }

private:
    connection::Engine m_engine;
    QTemporaryDir m_dir;
    connection::SecretStore m_secrets;
    Clock m_clock = Clock::fixedAt(QDateTime(QDate(2026, 11, 20), QTime(3, 0), QTimeZone::utc()));
};

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestUiIssuingBodies, QApplication>(argc, argv,
                                                                        "issuing bodies in Settings");
}
#include "tst_ui_issuingbodies.moc"
