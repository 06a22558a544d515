// signwatch-cli minutes|announce --sign --signing-key (issue 14 §2): the PIN from
// SIGNWATCH_SIGNING_PIN, a clear error without it when no terminal can ask, a wrong PIN that
// leaves no number used; the PDF written only for its owner (0600) and valid for pdfsig.
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "SigningFixture.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using sw::test::SigningFixture;
using sw::test::TestSigner;

namespace {
const QString provider = QStringLiteral("VNPT-CA");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestCliSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();

    void signsWithPinFromEnvironment();
    void signsWithATokenAndPublishesTheAnnouncement();
    void wrongPinUsesNoNumber();
    void noPinWithoutTerminalIsAClearError();
    void signingOptionsNeedSign();
    void withoutKeyIsSignedOnPaper();

private:
    Run cli(const QStringList &arguments, const QString &pin = {});
    int numbersGiven();

    SigningFixture m_fixture;
    TestSigner m_signer;
    QString m_casebook;
};

Run TestCliSigning::cli(const QStringList &arguments, const QString &pin)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_fixture.path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_fixture.path(QStringLiteral("data")));
    env.remove(QStringLiteral("SIGNWATCH_SIGNING_PIN"));
    if (!pin.isEmpty())
        env.insert(QStringLiteral("SIGNWATCH_SIGNING_PIN"), pin);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                  arguments + QStringList {QStringLiteral("--casebook"), m_casebook});
    process.closeWriteChannel(); // standard input is a pipe, not a terminal
    if (!process.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int TestCliSigning::numbersGiven()
{
    auto casebook = sw::casebook::Casebook::open(m_casebook);
    if (!casebook)
        return -1;
    QSqlQuery q((*casebook)->database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM case_documents WHERE number IS NOT NULL")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

void TestCliSigning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!sw::test::requireTool({"openssl"}, "openssl") || !sw::test::requireTool({"pdfsig"}, "poppler-utils"))
        return;
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("signer"),
                                  QStringLiteral("/C=VN/O=Sở Thông tin và Truyền thông/CN=Trần Văn Bình"),
                                  365, m_signer),
             qPrintable(m_fixture.error()));
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_fixture.path(QStringLiteral("config/SignWatch"))));
    sw::settings::Settings ini(m_fixture.path(QStringLiteral("config/SignWatch/SignWatch.ini")));
    ini.setLanguage(QStringLiteral("en"));
}

// A casebook with case 1 established and its minutes drafted, complete enough to sign.
void TestCliSigning::init()
{
    static int n = 0;
    m_casebook = m_fixture.path(QStringLiteral("casebook-%1.sqlite").arg(++n));
    auto casebook = sw::casebook::Casebook::open(m_casebook);
    QVERIFY(casebook.ok());
    sw::casebook::Cases cases(**casebook);
    sw::casebook::CaseDocuments documents(**casebook);
    auto opened = cases.open({provider, {}, {}, {sw::test::findingLine(9001, provider)}});
    QVERIFY(opened.ok());
    QVERIFY(cases.establish(opened->id, QStringLiteral("checked")).ok());
    auto draft = documents.createMinutes(opened->id);
    QVERIFY(draft.ok());
    QVERIFY(
        documents
            .saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)), draft->version)
            .ok());
}

void TestCliSigning::signsWithPinFromEnvironment()
{
    const QString pdf = m_fixture.path(QStringLiteral("signed.pdf"));
    const Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                         QStringLiteral("--out"), pdf, QStringLiteral("--sign"),
                         QStringLiteral("--signing-key"), m_signer.p12Path},
                        SigningFixture::p12Passphrase());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.trimmed().startsWith(QStringLiteral("01/BB-")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("digitally by Trần Văn Bình")), qPrintable(run.err));
    QVERIFY(!run.err.contains(SigningFixture::p12Passphrase()));
    // For its owner alone.
    QCOMPARE(QFileInfo(pdf).permissions() & ~(QFile::ReadUser | QFile::WriteUser),
             QFile::ReadOwner | QFile::WriteOwner);
    QCOMPARE(QFileInfo(pdf).permissions()
                 & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFileDevice::Permissions());
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {pdf});
    QVERIFY(pdfsig.waitForFinished(60000));
    const QString report = QString::fromUtf8(pdfsig.readAllStandardOutput());
    QVERIFY2(report.contains(QStringLiteral("Signature Validation: Signature is Valid.")),
             qPrintable(report));
    QVERIFY2(report.contains(QStringLiteral("Trần Văn Bình")), qPrintable(report));
    // The recorded SHA-256 is the signed file's.
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
    QVERIFY2(run.err.contains(sha), qPrintable(run.err));
}

// The usual case: a key on a USB token (here a SoftHSM2 token), named by its PKCS#11 URI; then
// the announcement of the signed minutes, signed the same way.
void TestCliSigning::signsWithATokenAndPublishesTheAnnouncement()
{
    const QString pin = QStringLiteral("246810");
    if (!m_fixture.makeToken(QStringLiteral("So TTTT"), pin, m_signer))
        return; // skipped (or failed) by the fixture when SoftHSM2 is missing
    const QStringList token = {QStringLiteral("--sign"), QStringLiteral("--signing-key"),
                               QStringLiteral("pkcs11:token=So%20TTTT;object=signer"),
                               QStringLiteral("--pkcs11-module"), SigningFixture::softHsmModule()};
    const QString minutes = m_fixture.path(QStringLiteral("token-minutes.pdf"));
    Run run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                               QStringLiteral("--out"), minutes}
                      + token,
                  pin);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString announcement = m_fixture.path(QStringLiteral("token-announcement.pdf"));
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), announcement}
                  + token,
              pin);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.trimmed().startsWith(QStringLiteral("01/TB-")), qPrintable(run.out));
    for (const QString &pdf : {minutes, announcement}) {
        QProcess pdfsig;
        pdfsig.start(QStringLiteral("pdfsig"), {pdf});
        QVERIFY(pdfsig.waitForFinished(60000));
        const QString report = QString::fromUtf8(pdfsig.readAllStandardOutput());
        QVERIFY2(report.contains(QStringLiteral("Signature Validation: Signature is Valid.")),
                 qPrintable(report));
        QVERIFY2(report.contains(QStringLiteral("Trần Văn Bình")), qPrintable(report));
    }
    // A wrong PIN on the token: refused, nothing more numbered.
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), m_fixture.path(QStringLiteral("again.pdf"))}
                  + token,
              QStringLiteral("000000"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(numbersGiven(), 2);
}

void TestCliSigning::wrongPinUsesNoNumber()
{
    const Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                         QStringLiteral("--out"), m_fixture.path(QStringLiteral("wrong.pdf")),
                         QStringLiteral("--sign"), QStringLiteral("--signing-key"), m_signer.p12Path},
                        QStringLiteral("not-the-pin"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("PIN"), Qt::CaseInsensitive)
                 || run.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
             qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("not-the-pin")));
    QVERIFY(!QFile::exists(m_fixture.path(QStringLiteral("wrong.pdf"))));
    QCOMPARE(numbersGiven(), 0);
}

void TestCliSigning::noPinWithoutTerminalIsAClearError()
{
    const Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                         QStringLiteral("--out"), m_fixture.path(QStringLiteral("nopin.pdf")),
                         QStringLiteral("--sign"), QStringLiteral("--signing-key"), m_signer.p12Path});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("SIGNWATCH_SIGNING_PIN")), qPrintable(run.err));
    QCOMPARE(numbersGiven(), 0);
}

void TestCliSigning::signingOptionsNeedSign()
{
    Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                   QStringLiteral("--out"), m_fixture.path(QStringLiteral("x.pdf")),
                   QStringLiteral("--signing-key"), m_signer.p12Path});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
               QStringLiteral("--out"), m_fixture.path(QStringLiteral("x.pdf")), QStringLiteral("--sign"),
               QStringLiteral("--timestamp-url"), QStringLiteral("http://tsa.example")});
    QCOMPARE(run.exitCode, 2);
    run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
               QStringLiteral("--out"), m_fixture.path(QStringLiteral("x.pdf")), QStringLiteral("--sign"),
               QStringLiteral("--signing-key"), m_fixture.path(QStringLiteral("missing.p12"))},
              QStringLiteral("x"));
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(numbersGiven(), 0);
}

void TestCliSigning::withoutKeyIsSignedOnPaper()
{
    const QString pdf = m_fixture.path(QStringLiteral("paper.pdf"));
    const Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                         QStringLiteral("--out"), pdf, QStringLiteral("--sign")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("to be signed on paper")), qPrintable(run.err));
    QCOMPARE(numbersGiven(), 1);
    QProcess pdfsig;
    pdfsig.start(QStringLiteral("pdfsig"), {pdf});
    QVERIFY(pdfsig.waitForFinished(60000));
    QVERIFY(!QString::fromUtf8(pdfsig.readAllStandardOutput()).contains(QStringLiteral("Signature #1")));
}

QTEST_GUILESS_MAIN(TestCliSigning)
#include "tst_cli_signing.moc"
