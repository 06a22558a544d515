// The citizen look-up page: its models under QAbstractItemModelTester, search → list → timeline
// on SQLite and PostgreSQL, the as-of control changing what is shown, ids masked by default, and
// unmasking that asks for a reason and writes exactly one audit entry first. Screenshots at
// 1366×768 in Vietnamese and English.
#include "OnScreen.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "citizens/CitizenPage.h"
#include "citizens/CitizenResultsModel.h"
#include "citizens/TimelineModel.h"
#include "citizens/UnmaskDialog.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "util/Clock.h"

#include <QAbstractItemModelTester>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using namespace sw;
using connection::Engine;
using ui::CitizenPage;
using View = ui::CitizenPage::View;

Q_DECLARE_METATYPE(sw::connection::Engine)

namespace {
const QString citizenA = QStringLiteral("046190001234");
const QString citizenB = QStringLiteral("046190009999");
const QString citizenC = QStringLiteral("046085000111");

qint64 utc(int y, int mo, int d, int h, int mi, int s = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s), QTimeZone::utc()).toSecsSinceEpoch();
}

QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false);
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}

// Every text a model shows, for checking that no full id leaks.
QStringList allTexts(const QAbstractItemModel &model)
{
    QStringList texts;
    for (int r = 0; r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::UserRole + 1)})
                texts << model.index(r, c).data(role).toString();
    return texts;
}

citizens::CitizenTimeline handMadeTimeline()
{
    citizens::CitizenTimeline t;
    t.citizenId = citizenA;
    t.fullName = QStringLiteral("Nguyễn Văn Án");
    t.asOf = utc(2024, 3, 31, 17, 0);
    citizens::TimelineEvent lookup;
    lookup.kind = citizens::TimelineEvent::Kind::Lookup;
    lookup.at = utc(2023, 8, 1, 2, 0);
    lookup.recordKind = QStringLiteral("lookup");
    lookup.recordId = 1;
    lookup.provider = QStringLiteral("VNPT-CA");
    lookup.found = false;
    citizens::TimelineEvent cert;
    cert.kind = citizens::TimelineEvent::Kind::CertificateRecorded;
    cert.storedTime = QStringLiteral("2023-13-45 bad");
    cert.recordKind = QStringLiteral("certificate");
    cert.recordId = 9;
    cert.provider = QStringLiteral("XYZ-CA");
    cert.channel = QStringLiteral("kiosk");
    cert.unreadable = true;
    rules::Finding f;
    f.rule = QStringLiteral("DATA_QUALITY");
    f.subjectKind = QStringLiteral("certificates");
    f.subjectId = 9;
    cert.findings << f;
    t.events << lookup << cert;
    t.findings << f;
    return t;
}
} // namespace

class TestUiCitizens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void modelsPassTheTester();
    void noRegistryAndPrompt();
    void searchThenTimeline_data();
    void searchThenTimeline();
    void asOfControlChangesWhatIsShown();
    void unmaskNeedsAReasonAndIsAudited();
    void unmaskCancelledWritesNothing();
    void unmaskRefusedWithoutACasebook();
    void screenshots();

private:
    void openRegistry(Engine engine);
    bool waitForView(View view);

    QTemporaryDir m_dir;
    // The console's clock in these tests: "now" is this instant, after everything in the registry.
    const QDateTime m_now = QDateTime(QDate(2025, 3, 1), QTime(2, 30), QTimeZone::utc());
    const sw::Clock m_clock = sw::Clock::fixedAt(m_now);
    std::unique_ptr<test::ScratchRegistry> m_scratch;
    std::unique_ptr<casebook::Casebook> m_casebook;
    std::unique_ptr<casebook::AuditLog> m_audit;
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<CitizenPage> m_page;
};

void TestUiCitizens::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(test::checkPostgresRequirement());
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

void TestUiCitizens::init()
{
    auto casebook = casebook::Casebook::open(
        m_dir.filePath(QStringLiteral("%1-casebook.sqlite").arg(QLatin1String(QTest::currentTestFunction()))),
        m_clock);
    QVERIFY2(casebook.ok(), qPrintable(casebook ? QString() : casebook.error().fullText()));
    m_casebook = std::move(casebook.value());
    m_audit = std::make_unique<casebook::AuditLog>(*m_casebook);
    m_audit->setActor(QStringLiteral("inspector.hoa"));
    m_session = std::make_unique<registry::RegistrySession>();
    m_page = std::make_unique<CitizenPage>(*m_session, m_audit.get(), m_clock);
    m_page->resize(1176, 700);
    m_page->show();
}

void TestUiCitizens::cleanup()
{
    m_page.reset();
    m_session.reset();
    m_scratch.reset();
    m_audit.reset();
    m_casebook.reset();
}

void TestUiCitizens::openRegistry(Engine engine)
{
    auto scratch = test::ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    auto filled = (*scratch)->exec(test::fixtureStatements(QStringLiteral("citizen-timeline.sql")));
    QVERIFY2(filled.ok(), qPrintable(filled ? QString() : filled.error().fullText()));
    (*scratch)->closeWriter();
    m_scratch = std::move(scratch.value());
    QSignalSpy opened(m_session.get(), &registry::RegistrySession::opened);
    m_session->open(m_scratch->spec(), m_scratch->password());
    QVERIFY(opened.wait(10000));
    QCOMPARE(m_page->view(), View::Prompt);
}

bool TestUiCitizens::waitForView(View view)
{
    return QTest::qWaitFor([&] { return m_page->view() == view; }, 10000);
}

void TestUiCitizens::modelsPassTheTester()
{
    ui::TimelineModel timeline;
    QAbstractItemModelTester timelineTester(&timeline,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(timeline.rowCount(), 0);
    QCOMPARE(timeline.columnCount(), int(ui::TimelineModel::ColumnCount));
    timeline.setTimeline(handMadeTimeline());
    QCOMPARE(timeline.rowCount(), 2);
    QCOMPARE(timeline.index(0, ui::TimelineModel::Time).data().toString(),
             QStringLiteral("01/08/2023 09:00"));
    QCOMPARE(timeline.index(0, ui::TimelineModel::Time).data(ui::TimelineModel::RawValueRole).toLongLong(),
             utc(2023, 8, 1, 2, 0));
    QVERIFY(timeline.index(1, ui::TimelineModel::Time)
                .data()
                .toString()
                .contains(QStringLiteral("2023-13-45 bad")));
    QVERIFY(timeline.index(1, ui::TimelineModel::Time).data(ui::TimelineModel::RawValueRole).isNull());
    QCOMPARE(timeline.index(1, ui::TimelineModel::Findings).data(ui::TimelineModel::FindingCountRole).toInt(),
             1);
    // The rule's name (Vietnamese, the suite's language), never its code.
    QCOMPARE(timeline.index(1, ui::TimelineModel::Findings).data().toString(),
             QStringLiteral("Dữ liệu sai quy cách"));
    QVERIFY(!timeline.index(1, ui::TimelineModel::Findings).data(Qt::ToolTipRole).toString().contains(u'_'));
    QVERIFY(timeline.index(0, ui::TimelineModel::Provider).data(Qt::DecorationRole).canConvert<QColor>());
    timeline.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    timeline.clear();
    QCOMPARE(timeline.rowCount(), 0);

    ui::CitizenResultsModel results;
    QAbstractItemModelTester resultsTester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
    citizens::CitizenMatch a {
        citizenA, QStringLiteral("Nguyễn Văn Án"), QStringLiteral("1990-05-04"), QStringLiteral("474"), true,
        true};
    citizens::CitizenMatch orphan;
    orphan.citizenId = QStringLiteral("046199999999");
    orphan.inCitizensTable = false;
    results.setMatches({a, orphan});
    QCOMPARE(results.rowCount(), 2);
    QCOMPARE(results.index(0, ui::CitizenResultsModel::CitizenId).data().toString(),
             QStringLiteral("046******234"));
    QCOMPARE(results.index(0, ui::CitizenResultsModel::BirthDate).data().toString(),
             QStringLiteral("04/05/1990"));
    QCOMPARE(results.index(0, ui::CitizenResultsModel::District).data().toString(),
             QStringLiteral("Thành phố Huế"));
    QCOMPARE(results.citizenIdAt(1), QStringLiteral("046199999999"));
    for (const QString &text : allTexts(results)) {
        QVERIFY2(!text.contains(citizenA), qPrintable(text));
        QVERIFY2(!text.contains(QStringLiteral("046199999999")), qPrintable(text));
    }
    results.setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    results.clear();
    QCOMPARE(results.rowCount(), 0);
}

void TestUiCitizens::noRegistryAndPrompt()
{
    QCOMPARE(m_page->view(), View::NoRegistry);
    QSignalSpy connect(m_page.get(), &CitizenPage::connectRequested);
    m_page->findChild<QWidget *>(QStringLiteral("citizenNoRegistry"))->findChild<QPushButton *>()->click();
    QCOMPARE(connect.count(), 1);
    m_page->search(); // nothing open: stays
    QCOMPARE(m_page->view(), View::NoRegistry);

    openRegistry(Engine::Sqlite);
    // A name without a birth date is no query; a malformed date is said to be one.
    m_page->searchField()->setText(QStringLiteral("Nguyễn Văn Án"));
    m_page->search();
    QCOMPARE(m_page->view(), View::Prompt);
    m_page->birthDateField()->setText(QStringLiteral("31/02/1990"));
    m_page->search();
    QCOMPARE(m_page->view(), View::Prompt);
    QVERIFY(m_page->findChild<QWidget *>(QStringLiteral("citizenPrompt"))
                ->findChildren<QLabel *>()
                .first()
                ->text()
                .contains(QStringLiteral("31/02/1990")));
    // No match.
    m_page->searchField()->setText(QStringLiteral("046100000000"));
    QSignalSpy finished(m_page.get(), &CitizenPage::searchFinished);
    m_page->search();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toInt(), 0);
    QCOMPARE(m_page->view(), View::NoMatch);
}

void TestUiCitizens::searchThenTimeline_data()
{
    QTest::addColumn<Engine>("engine");
    test::addEngineRows();
}

void TestUiCitizens::searchThenTimeline()
{
    QFETCH(Engine, engine);
    openRegistry(engine);

    // By name and birth date, typed loosely: two citizens share the name key.
    m_page->focusSearch();
    QTest::keyClicks(m_page->searchField(), QStringLiteral("NGUYEN  van an"));
    m_page->birthDateField()->setText(QStringLiteral("4/5/1990"));
    QTest::keyClick(m_page->birthDateField(), Qt::Key_Return);
    QVERIFY(waitForView(View::Results));
    QCOMPARE(m_page->resultsModel()->rowCount(), 2);
    for (const QString &text : allTexts(*m_page->resultsModel())) {
        QVERIFY(!text.contains(citizenA));
        QVERIFY(!text.contains(citizenB));
    }
    // Enter opens the selected citizen.
    int rowA = m_page->resultsModel()->citizenIdAt(0) == citizenA ? 0 : 1;
    m_page->resultsView()->setCurrentIndex(m_page->resultsModel()->index(rowA, 0));
    QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
    QTest::keyClick(m_page->resultsView(), Qt::Key_Return);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->view(), View::Timeline);
    QCOMPARE(m_page->shownCitizenId(), citizenA);
    QVERIFY(m_page->asOf() == std::nullopt); // now

    const ui::TimelineModel *model = m_page->timelineModel();
    QCOMPARE(model->rowCount(), 13);
    QCOMPARE(model->index(0, ui::TimelineModel::Provider).data().toString(), QStringLiteral("VNPT-CA"));
    QCOMPARE(model->index(0, ui::TimelineModel::Time).data().toString(),
             QStringLiteral("01/08/2023 09:00")); // UTC+7
    QCOMPARE(model->eventAt(0).kind, citizens::TimelineEvent::Kind::Lookup);
    // Time order, by the raw value.
    for (int r = 1; r < model->rowCount(); ++r)
        QVERIFY(model->index(r - 1, 0).data(ui::TimelineModel::RawValueRole).toLongLong()
                <= model->index(r, 0).data(ui::TimelineModel::RawValueRole).toLongLong());
    int withFindings = 0;
    for (int r = 0; r < model->rowCount(); ++r)
        withFindings += model->index(r, 0).data(ui::TimelineModel::FindingCountRole).toInt() > 0 ? 1 : 0;
    QCOMPARE(withFindings, 3); // MISA-CA's activation and record, CA2's request
    QVERIFY(m_page->holderLabel()->text().contains(QStringLiteral("VIETTEL-CA")));
    QVERIFY(m_page->findChild<QPushButton *>(QStringLiteral("citizenBack"))->isVisible());

    // Masked by default: the id label and every cell.
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));
    QVERIFY(!m_page->isUnmasked());
    for (const QString &text : allTexts(*model))
        QVERIFY2(!text.contains(citizenA), qPrintable(text));

    // By id: straight to the timeline, no list.
    m_page->searchField()->setText(QStringLiteral("046 085 000 111"));
    m_page->birthDateField()->clear();
    QSignalSpy again(m_page.get(), &CitizenPage::timelineShown);
    m_page->search();
    QVERIFY(again.wait(10000));
    QCOMPARE(m_page->shownCitizenId(), citizenC);
    QCOMPARE(m_page->timelineModel()->rowCount(), 2);
    QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("citizenBack"))->isVisible());
    QVERIFY(m_page->holderLabel()->text().contains(QStringLiteral("BKAV-CA")));
}

void TestUiCitizens::asOfControlChangesWhatIsShown()
{
    openRegistry(Engine::Sqlite);
    QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
    // As of the record of VNPT-CA's certificate: the look-up, its activation and record.
    m_page->showCitizen(citizenA, utc(2023, 8, 1, 2, 15));
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->timelineModel()->rowCount(), 3);
    QVERIFY(m_page->holderLabel()->text().contains(QStringLiteral("VNPT-CA")));
    QVERIFY(!m_page->nowButton()->isChecked());
    // The edit shows the province's wall clock.
    QCOMPARE(m_page->asOfEdit()->dateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             QStringLiteral("2023-08-01 09:15"));

    // One minute earlier in the edit (local time): the record is not on Hue-S yet.
    m_page->asOfEdit()->setDateTime(QDateTime(QDate(2023, 8, 1), QTime(9, 14), Qt::UTC));
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->asOf(), std::optional<qint64>(utc(2023, 8, 1, 2, 14)));
    QCOMPARE(m_page->timelineModel()->rowCount(), 1);
    // Nobody named in bold (a holder's provider code would be), in whatever interface language.
    QVERIFY(!m_page->holderLabel()->text().contains(QRegularExpression(QStringLiteral("<b>[A-Z0-9-]+</b>"))));

    // At the revocation: nobody holds the citizen.
    m_page->setAsOf(utc(2023, 10, 10, 0, 0));
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->timelineModel()->rowCount(), 6);
    QVERIFY(!m_page->holderLabel()->text().contains(QStringLiteral("VNPT-CA")));

    // Now: everything.
    m_page->nowButton()->click();
    QVERIFY(shown.wait(10000));
    QVERIFY(!m_page->asOf());
    QVERIFY(m_page->nowButton()->isChecked());
    QCOMPARE(m_page->timelineModel()->rowCount(), 13);
    // The edit shows the province's wall clock (UTC+7) of the console's "now".
    QCOMPARE(m_page->asOfEdit()->dateTime(), QDateTime(QDate(2025, 3, 1), QTime(9, 30), QTimeZone::utc()));
}

void TestUiCitizens::unmaskNeedsAReasonAndIsAudited()
{
    openRegistry(Engine::Sqlite);
    QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
    m_page->showCitizen(citizenA, std::nullopt);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));

    QSignalSpy finished(m_page.get(), &CitizenPage::unmaskFinished);
    m_page->unmaskButton()->click();
    auto *dialog = m_page->findChild<ui::UnmaskDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    // No reason, or only spaces: refused.
    QVERIFY(!dialog->showButton()->isEnabled());
    QTest::keyClicks(dialog->reasonField(), QStringLiteral("   "));
    QVERIFY(!dialog->showButton()->isEnabled());
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QCOMPARE(finished.count(), 0);
    QCOMPARE(m_audit->entries()->size(), 0);
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));

    dialog->reasonField()->clear();
    dialog->reasonField()->insert(QStringLiteral("  Khiếu nại số 12/2024  ")); // keyClicks is ASCII only
    QVERIFY(dialog->showButton()->isEnabled());
    dialog->showButton()->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), true);

    auto entries = m_audit->entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    const casebook::AuditEntry &e = entries->first();
    QCOMPARE(e.actor, QStringLiteral("inspector.hoa"));
    QCOMPARE(e.action, QStringLiteral("citizen.unmask"));
    QCOMPARE(e.subjectKind, QStringLiteral("citizen"));
    QCOMPARE(e.subjectId, citizenA);
    QCOMPARE(e.reason, QStringLiteral("Khiếu nại số 12/2024"));
    QCOMPARE(e.at, m_now);
    QVERIFY(m_audit->verify()->intact());

    QCOMPARE(m_page->idLabel()->text(), citizenA);
    QVERIFY(m_page->isUnmasked());
    QVERIFY(!m_page->unmaskButton()->isVisible());
    // The unmasking lasts while this citizen is shown: another as-of time keeps it.
    m_page->setAsOf(utc(2024, 1, 1, 0, 0));
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->idLabel()->text(), citizenA);
    // Another citizen is masked; coming back needs a reason again.
    m_page->showCitizen(citizenC, std::nullopt);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******111"));
    m_page->showCitizen(citizenA, std::nullopt);
    QVERIFY(shown.wait(10000));
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));
    QCOMPARE(m_audit->entries()->size(), 1); // exactly one entry for one unmasking
}

void TestUiCitizens::unmaskCancelledWritesNothing()
{
    openRegistry(Engine::Sqlite);
    QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
    m_page->showCitizen(citizenA, std::nullopt);
    QVERIFY(shown.wait(10000));
    QSignalSpy finished(m_page.get(), &CitizenPage::unmaskFinished);
    m_page->requestUnmask();
    auto *dialog = m_page->findChild<ui::UnmaskDialog *>();
    QVERIFY(dialog);
    dialog->reasonField()->insert(QStringLiteral("tò mò"));
    dialog->reject();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_audit->entries()->size(), 0);
    QVERIFY(!m_page->isUnmasked());
}

// Issue 13: no casebook to write the audit entry to (its server cannot be reached): no full id,
// and the user is told why before typing a reason.
void TestUiCitizens::unmaskRefusedWithoutACasebook()
{
    openRegistry(Engine::Sqlite);
    m_page->setAudit(nullptr);
    QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
    m_page->showCitizen(citizenA, std::nullopt);
    QVERIFY(shown.wait(10000));
    QSignalSpy finished(m_page.get(), &CitizenPage::unmaskFinished);
    m_page->unmaskButton()->click();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QVERIFY(!m_page->findChild<ui::UnmaskDialog *>());
    auto *box = m_page->findChild<QMessageBox *>(QStringLiteral("unmaskRefused"));
    QVERIFY(box);
    QVERIFY(!box->text().isEmpty());
    box->close();
    QVERIFY(!m_page->isUnmasked());
    QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));
    QCOMPARE(m_audit->entries()->size(), 0);

    // The casebook back: unmasking works again.
    m_page->setAudit(m_audit.get());
    m_page->unmaskButton()->click();
    QVERIFY(m_page->findChild<ui::UnmaskDialog *>());
}

void TestUiCitizens::screenshots()
{
    openRegistry(Engine::Sqlite);
    const QString dir = screenshotDir();
    QImage shot;
    auto save = [&dir, &shot](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        const QString path = QDir(dir).filePath(name);
        shot = widget->grab().toImage();
        QVERIFY(shot.save(path));
        qInfo("screenshot %s", qPrintable(path));
        // No picture of the page shows a full citizen id.
        QVERIFY2(!test::showsText(widget, citizenA), test::describeScreen(widget));
    };
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        settings::installTranslations(*qApp, language);
        m_page.reset();
        m_page = std::make_unique<CitizenPage>(*m_session, m_audit.get(), m_clock);
        m_page->resize(1366, 768);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        save(m_page.get(), QStringLiteral("citizens-prompt-%1.png").arg(language));
        QVERIFY(test::isOnScreen(m_page->searchField(), m_page.get()));
        QVERIFY(!test::isOnScreen(m_page->resultsView(), m_page.get()));
        QVERIFY(!test::isOnScreen(m_page->timelineView(), m_page.get()));

        m_page->searchField()->setText(QStringLiteral("Nguyen Van An"));
        m_page->birthDateField()->setText(QStringLiteral("04/05/1990"));
        m_page->search();
        QVERIFY(waitForView(View::Results));
        save(m_page.get(), QStringLiteral("citizens-results-%1.png").arg(language));
        QVERIFY(test::isOnScreen(m_page->resultsView(), m_page.get()));
        QVERIFY2(test::showsText(m_page->resultsView(), QStringLiteral("Nguyễn Văn Án")),
                 test::describeScreen(m_page->resultsView()));
        QVERIFY2(test::showsText(m_page->resultsView(), QStringLiteral("046******234")),
                 test::describeScreen(m_page->resultsView()));

        QSignalSpy shown(m_page.get(), &CitizenPage::timelineShown);
        m_page->showCitizen(citizenA, utc(2024, 3, 31, 17, 0));
        QVERIFY(shown.wait(10000));
        save(m_page.get(), QStringLiteral("citizens-timeline-%1.png").arg(language));
        QVERIFY(test::isOnScreen(m_page->idLabel(), m_page.get()));
        QCOMPARE(m_page->idLabel()->text(), QStringLiteral("046******234"));
        QVERIFY(test::isOnScreen(m_page->timelineView(), m_page.get()));
        // Each event in sight that has a provider shows the provider's colour beside the code.
        const QTableView *timeline = m_page->timelineView();
        int swatches = 0;
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QModelIndex provider = timeline->model()->index(row, ui::TimelineModel::Provider);
            if (provider.data().toString().isEmpty()
                || !timeline->viewport()->rect().contains(timeline->visualRect(provider)))
                continue;
            QVERIFY2(test::decorationShown(shot, timeline, provider, m_page.get()),
                     qPrintable(provider.data().toString()));
            ++swatches;
        }
        QVERIFY(swatches > 0);
        QVERIFY2(!m_page->timelineView()->horizontalScrollBar()->isVisible(),
                 "the timeline scrolls sideways");
        // The findings by the rules' names, each with its clause; the codes nowhere in sight.
        const bool vi = language == QLatin1String("vi");
        QStringList findings;
        for (int row = 0; row < timeline->model()->rowCount(); ++row) {
            const QModelIndex cell = timeline->model()->index(row, ui::TimelineModel::Findings);
            QVERIFY2(!cell.data().toString().contains(u'_'), qPrintable(cell.data().toString()));
            QVERIFY2(!cell.data(Qt::ToolTipRole).toString().contains(u'_'),
                     qPrintable(cell.data(Qt::ToolTipRole).toString()));
            findings << cell.data().toString();
        }
        for (const QString &expected : vi ? QStringList {QStringLiteral("Cập nhật chậm (§1.4)"),
                                                         QStringLiteral("Quá hạn 48 giờ (§4.4)"),
                                                         QStringLiteral("Không tra cứu Hue-S (§1.3)")}
                                          : QStringList {QStringLiteral("Late update (§1.4)"),
                                                         QStringLiteral("Request over 48 hours (§4.4)"),
                                                         QStringLiteral("No Hue-S look-up (§1.3)")})
            QVERIFY2(findings.join(u'|').contains(expected), qPrintable(findings.join(u'|')));
        const auto *notJudged = m_page->findChild<QLabel *>(QStringLiteral("citizenNotJudged"));
        QVERIFY(notJudged);
        QVERIFY2(notJudged->text().contains(vi ? QStringLiteral("Số định danh gần trùng, Cấp dồn dập")
                                               : QStringLiteral("Near-duplicate id, Issuance burst")),
                 qPrintable(notJudged->text()));
        QVERIFY2(!notJudged->text().contains(u'_'), qPrintable(notJudged->text()));

        m_page->requestUnmask();
        auto *dialog = m_page->findChild<ui::UnmaskDialog *>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        save(dialog, QStringLiteral("citizens-unmask-dialog-%1.png").arg(language));
        QVERIFY(test::isOnScreen(dialog->reasonField(), dialog));
        QVERIFY2(test::showsText(dialog, QStringLiteral("046******234")), test::describeScreen(dialog));
        dialog->reject();
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

QTEST_MAIN(TestUiCitizens)
#include "tst_ui_citizens.moc"
