// Signing digitally from the console (issue 14 §2, §3): Settings keep the person's key (never a
// PIN), the documents page asks the PIN in its dialog when signing (cancel: nothing signed) and
// shows each signed document's signatures as checked, in its list and in a details view; a PDF
// dropped on the page is checked the same way.
#include "CaseworkFixtures.h"
#include "LocalCrlServer.h"
#include "RequireTool.h"
#include "SigningFixture.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casework/CaseDocumentsModel.h"
#include "casework/CasePrompts.h"
#include "casework/DocumentsPage.h"
#include "casework/SigningPinDialog.h"
#include "settings/Settings.h"
#include "shell/SigningSettingsBox.h"

#include <QApplication>
#include <QDialog>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace sw;
using sw::test::SigningFixture;
using sw::test::TestSigner;

namespace {
const QString provider = QStringLiteral("VNPT-CA");

// Accepts every confirmation; the PIN goes through the real dialog (CasePrompts::signingPin).
class ConfirmingPrompts : public ui::CasePrompts
{
public:
    bool confirm(QWidget *, const QString &, const QString &, const QString &) override { return true; }
    void inform(QWidget *, const QString &, const QString &) override { }
};

// Answers the PIN dialog when it opens: types `pin` and signs, or cancels when `pin` is empty.
void answerPinDialog(const QString &pin, bool *seen)
{
    QTimer::singleShot(0, [pin, seen] {
        auto *dialog = qobject_cast<ui::SigningPinDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            answerPinDialog(pin, seen); // not open yet
            return;
        }
        *seen = true;
        QLineEdit *edit = dialog->pinEdit();
        if (edit->echoMode() != QLineEdit::Password) {
            dialog->reject();
            return;
        }
        if (pin.isEmpty()) {
            dialog->reject();
            return;
        }
        QTest::keyClicks(edit, pin);
        dialog->accept();
    });
}
} // namespace

class TestUiSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void settingsKeepTheKeyNeverAPin();
    void signsWithThePinFromItsDialog();
    void cancelledPinSignsNothing();
    void droppedPdfIsChecked();

private:
    qint64 minutesDraft();
    settings::SigningProfile profile() const;
    int numbersGiven() const;

    SigningFixture m_fixture;
    TestSigner m_signer;
    // The signer's certificate names this CRL distribution point (it serves no CRL): it counts who
    // asks — the details view does, the list never does.
    std::unique_ptr<sw::test::LocalCrlServer> m_crl;
    QDateTime m_now;
    std::unique_ptr<casebook::Casebook> m_casebook;
    std::unique_ptr<casebook::Cases> m_cases;
    std::unique_ptr<casebook::CaseDocuments> m_documents;
};

void TestUiSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!sw::test::requireTool({"openssl"}, "openssl"))
        return;
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
    m_crl = std::make_unique<sw::test::LocalCrlServer>(m_fixture.path(QStringLiteral("none.crl")));
    QVERIFY(m_crl->start());
    QVERIFY2(m_fixture.makeSigner(
                 QStringLiteral("signer"),
                 QStringLiteral("/C=VN/O=Sở Thông tin và Truyền thông/CN=Trần Văn Bình"), 365, m_signer,
                 QStringLiteral("crlDistributionPoints=URI:http://127.0.0.1:%1/ca.crl").arg(m_crl->port())),
             qPrintable(m_fixture.error()));
    m_now = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch(), Qt::UTC);
}

void TestUiSigning::init()
{
    static int n = 0;
    auto opened = casebook::Casebook::open(m_fixture.path(QStringLiteral("casebook-%1.sqlite").arg(++n)),
                                           sw::Clock::fixedAt(m_now));
    QVERIFY(opened.ok());
    m_casebook = std::move(opened.value());
    m_cases = std::make_unique<casebook::Cases>(*m_casebook);
    m_documents = std::make_unique<casebook::CaseDocuments>(*m_casebook);
}

void TestUiSigning::cleanup()
{
    m_documents.reset();
    m_cases.reset();
    m_casebook.reset();
}

qint64 TestUiSigning::minutesDraft()
{
    auto opened = m_cases->open({provider, {}, {}, {sw::test::findingLine(4242, provider)}});
    if (!opened || !m_cases->establish(opened->id, QStringLiteral("checked")))
        return 0;
    auto draft = m_documents->createMinutes(opened->id);
    if (!draft
        || !m_documents->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                                   draft->version))
        return 0;
    return draft->id;
}

settings::SigningProfile TestUiSigning::profile() const
{
    settings::SigningProfile p;
    p.signingKey = m_signer.p12Path;
    p.trustAnchors = {m_fixture.caPath()};
    return p;
}

int TestUiSigning::numbersGiven() const
{
    QSqlQuery q(m_casebook->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE number IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestUiSigning::settingsKeepTheKeyNeverAPin()
{
    const QString ini = m_fixture.path(QStringLiteral("settings.ini"));
    settings::Settings settings(ini);
    ui::SigningSettingsBox box(settings);
    auto *key = box.findChild<QLineEdit *>(QStringLiteral("signingKeyEdit"));
    auto *module = box.findChild<QLineEdit *>(QStringLiteral("pkcs11ModuleEdit"));
    auto *anchors = box.findChild<QLineEdit *>(QStringLiteral("trustAnchorsEdit"));
    auto *tsa = box.findChild<QLineEdit *>(QStringLiteral("timestampUrlEdit"));
    QVERIFY(key && module && anchors && tsa);
    key->setText(QStringLiteral("pkcs11:token=Nguyen%20Van%20A;object=Ky;pin-value=1234"));
    module->setText(QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    anchors->setText(QStringLiteral("/etc/a.pem; /etc/b.pem"));
    tsa->setText(QStringLiteral("http://tsa.example/tsr"));
    QTest::mouseClick(box.findChild<QPushButton *>(QStringLiteral("saveSigningSettingsButton")),
                      Qt::LeftButton);
    const settings::SigningProfile kept = settings.signingProfile();
    QCOMPARE(kept.signingKey, QStringLiteral("pkcs11:token=Nguyen%20Van%20A;object=Ky"));
    QCOMPARE(kept.pkcs11Module, QStringLiteral("/usr/lib/softhsm/libsofthsm2.so"));
    QCOMPARE(kept.trustAnchors, (QStringList {QStringLiteral("/etc/a.pem"), QStringLiteral("/etc/b.pem")}));
    QCOMPARE(kept.timestampUrl, QStringLiteral("http://tsa.example/tsr"));
    QCOMPARE(key->text(), kept.signingKey); // the box shows what was kept
    QFile file(ini);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!file.readAll().contains("1234"));
}

void TestUiSigning::signsWithThePinFromItsDialog()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    page.setPrompts(std::make_unique<ConfirmingPrompts>());
    page.setSigningProfileSource([this] { return profile(); });
    page.resize(1366, 768);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showDocument(draft);
    bool seen = false;
    answerPinDialog(SigningFixture::p12Passphrase(), &seen);
    page.sign();
    QVERIFY(seen);
    const casebook::CaseDocument signedDoc = *m_documents->document(draft);
    QVERIFY(signedDoc.isSigned());
    // The list says it is validly signed, and by whom.
    const int row = page.model()->rowOf(draft);
    QVERIFY(row >= 0);
    const QString status = page.model()->index(row, ui::CaseDocumentsModel::Signature).data().toString();
    QVERIFY2(status.contains(QStringLiteral("Trần Văn Bình")), qPrintable(status));
    QCOMPARE(page.model()
                 ->index(row, ui::CaseDocumentsModel::Signature)
                 .data(ui::CaseDocumentsModel::RawValueRole)
                 .toInt(),
             int(signatures::SignatureVerdict::State::Valid));
    // The list re-verifies on every reload and never asks the network.
    page.reload();
    QCOMPARE(m_crl->served(), 0);
    // The details, as `signwatch-cli verify` lists them, with the revocation asked of the CRL's
    // address (which answers no CRL: said, the status unchanged).
    QVERIFY(page.signaturesAction()->isVisible());
    page.signaturesAction()->trigger();
    QCOMPARE(m_crl->served(), 1);
    QDialog *details = page.signatureDetails();
    QVERIFY(details);
    const QString text
        = details->findChild<QPlainTextEdit *>(QStringLiteral("signatureDetailsText"))->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("SignWatch.signer")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("CN=Trần Văn Bình")), qPrintable(text));
    QVERIFY2(text.contains(m_now.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Revocation: not checked: the CRL at 127.0.0.1:%1 was not fetched")
                               .arg(m_crl->port())),
             qPrintable(text));
    QVERIFY2(details->findChild<QLabel *>(QStringLiteral("signatureSummary"))
                 ->text()
                 .startsWith(QLatin1String("Signed digitally, valid")),
             qPrintable(details->findChild<QLabel *>(QStringLiteral("signatureSummary"))->text()));
    details->grab().save(m_fixture.path(QStringLiteral("details.png")));
    if (!qEnvironmentVariableIsEmpty("SIGNWATCH_KEEP_PICTURES"))
        details->grab().save(qEnvironmentVariable("SIGNWATCH_KEEP_PICTURES")
                             + QStringLiteral("/signature-details.png"));

    // Without the trust anchor the same signature is intact but not trusted.
    page.setSigningProfileSource([this] {
        settings::SigningProfile p = profile();
        p.trustAnchors.clear();
        return p;
    });
    QCOMPARE(page.model()
                 ->index(row, ui::CaseDocumentsModel::Signature)
                 .data(ui::CaseDocumentsModel::RawValueRole)
                 .toInt(),
             int(signatures::SignatureVerdict::State::Untrusted));
}

void TestUiSigning::cancelledPinSignsNothing()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    page.setPrompts(std::make_unique<ConfirmingPrompts>());
    page.setSigningProfileSource([this] { return profile(); });
    page.show();
    page.showDocument(draft);
    bool seen = false;
    answerPinDialog({}, &seen);
    page.sign();
    QVERIFY(seen);
    QVERIFY(!m_documents->document(draft)->isSigned());
    QCOMPARE(numbersGiven(), 0);
    // A wrong passphrase: refused in words, nothing numbered.
    answerPinDialog(QStringLiteral("wrong"), &seen);
    page.sign();
    QVERIFY(!m_documents->document(draft)->isSigned());
    QCOMPARE(numbersGiven(), 0);
    // No key in Settings: numbered and frozen, to be signed on paper; its list says so.
    page.setSigningProfileSource({});
    page.sign();
    QVERIFY(m_documents->document(draft)->isSigned());
    const int row = page.model()->rowOf(draft);
    QCOMPARE(page.model()
                 ->index(row, ui::CaseDocumentsModel::Signature)
                 .data(ui::CaseDocumentsModel::RawValueRole)
                 .toInt(),
             int(signatures::SignatureVerdict::State::OnPaper));
}

void TestUiSigning::droppedPdfIsChecked()
{
    const qint64 draft = minutesDraft();
    QVERIFY(draft);
    ui::DocumentsPage page(*m_cases, *m_documents, nullptr);
    page.setPrompts(std::make_unique<ConfirmingPrompts>());
    page.setSigningProfileSource([this] { return profile(); });
    page.show();
    page.showDocument(draft);
    bool seen = false;
    answerPinDialog(SigningFixture::p12Passphrase(), &seen);
    page.sign();
    QVERIFY(m_documents->document(draft)->isSigned());
    // The provider's copy, one byte changed in the middle of the file.
    QByteArray bytes = *m_documents->pdf(draft);
    const QString intact = m_fixture.path(QStringLiteral("reply.pdf"));
    const QString changed = m_fixture.path(QStringLiteral("reply-changed.pdf"));
    {
        QFile f(intact);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const qsizetype at = bytes.indexOf("Biên") >= 0 ? bytes.indexOf("Biên") : bytes.size() / 3;
    bytes[at] = char(bytes.at(at) ^ 0x01);
    {
        QFile f(changed);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    auto drop = [&page](const QString &path) {
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPointF centre(page.width() / 2.0, page.height() / 2.0);
        QDragEnterEvent enter(centre.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&page, &dropped);
        return true;
    };
    QVERIFY(drop(intact));
    QVERIFY(page.signatureDetails());
    QString summary
        = page.signatureDetails()->findChild<QLabel *>(QStringLiteral("signatureSummary"))->text();
    QVERIFY2(summary.contains(QStringLiteral("valid")) && summary.contains(QStringLiteral("Trần Văn Bình")),
             qPrintable(summary));
    QVERIFY(drop(changed));
    summary = page.signatureDetails()->findChild<QLabel *>(QStringLiteral("signatureSummary"))->text();
    QVERIFY2(summary.startsWith(QStringLiteral("Altered")), qPrintable(summary));
    const QString text = page.signatureDetails()
                             ->findChild<QPlainTextEdit *>(QStringLiteral("signatureDetailsText"))
                             ->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Bytes intact: no")), qPrintable(text));
}

QTEST_MAIN(TestUiSigning)
#include "tst_ui_signing.moc"
