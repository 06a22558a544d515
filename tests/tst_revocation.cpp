// Revocation of the signer's certificate (issue 14 §3: "OCSP/CRL when reachable, said when not"):
// a real `openssl ocsp` responder and a CRL made by `openssl ca -gencrl` on local ports. Good stays
// valid; revoked before signing (or with no time-stamp) is untrusted with the reason; revoked after
// the time-stamp stands; a responder that is down or silent is "not checked" within the budget;
// offline (the default, and `signwatch-cli verify --offline`) asks nobody.
#include "LocalCrlServer.h"
#include "LocalTsa.h"
#include "RequireTool.h"
#include "SigningFixture.h"
#include "settings/Settings.h"
#include "signing/PdfSigner.h"
#include "signing/PdfVerifier.h"
#include "signing/SigningKey.h"

#include <QBuffer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

using namespace sw::signing;
using sw::test::SigningFixture;
using sw::test::TestSigner;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QByteArray samplePdf()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    painter.drawText(QPointF(72, 100), QStringLiteral("Biên bản thử thu hồi"));
    painter.end();
    return buffer.data();
}

quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

// `openssl ocsp` answering from the fixture's index.txt, signed by the CA itself.
class OcspResponder
{
public:
    bool start(SigningFixture &fixture, quint16 port)
    {
        m_process.setWorkingDirectory(fixture.path({}));
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start(
            QStringLiteral("openssl"),
            {QStringLiteral("ocsp"), QStringLiteral("-index"), fixture.path(QStringLiteral("index.txt")),
             QStringLiteral("-port"), QString::number(port), QStringLiteral("-rsigner"), fixture.caPath(),
             QStringLiteral("-rkey"), fixture.caKeyPath(), QStringLiteral("-CA"), fixture.caPath()});
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer waited;
        waited.start();
        QByteArray output;
        while (waited.elapsed() < 10000 && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            output += m_process.readAll();
            if (output.contains("waiting for OCSP client connections"))
                return true;
        }
        output += m_process.readAll();
        qWarning("openssl ocsp did not start: %s", output.constData());
        return false;
    }
    ~OcspResponder()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

private:
    QProcess m_process;
};

VerifyOptions online(int budgetMs = 5000)
{
    VerifyOptions options;
    options.checkRevocation = true;
    options.networkBudgetMs = budgetMs;
    return options;
}

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void ocspGood();
    void ocspRevokedBeforeSigning();
    void ocspRevokedAfterTimestamp();
    void responderDown();
    void responderSilent();
    void crlRevoked();
    void cliOffline();

private:
    // A signer whose certificate names `extension` (AIA or CRL DP), its PDF signed now.
    QByteArray signedBy(const QString &name, const QString &extension, TestSigner &signer,
                        const QUrl &timestampUrl = {});
    QString serialOf(const TestSigner &signer);
    // index.txt in `openssl ca`'s format: `valid` as V, `revoked` as R at `revokedAt` (keyCompromise).
    bool writeIndex(const QList<const TestSigner *> &valid, const QList<const TestSigner *> &revoked,
                    const QDateTime &revokedAt);
    QByteArray makeCrl();

    SigningFixture m_fixture;
    TrustAnchors m_anchors;
};

void TestRevocation::initTestCase()
{
    if (!sw::test::requireTool({"openssl"}, "openssl"))
        return;
    // The exchanges go straight to 127.0.0.1 (OpenSSL would otherwise use a proxy from the environment).
    qunsetenv("http_proxy");
    qunsetenv("HTTP_PROXY");
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    auto anchors = TrustAnchors::fromFiles({m_fixture.caPath()});
    QVERIFY2(anchors, why(anchors));
    m_anchors = *anchors;
}

QByteArray TestRevocation::signedBy(const QString &name, const QString &extension, TestSigner &signer,
                                    const QUrl &timestampUrl)
{
    if (!m_fixture.makeSigner(name, QStringLiteral("/C=VN/O=SignWatch Test/CN=") + name, 365, signer,
                              extension))
        qFatal("%s", qPrintable(m_fixture.error()));
    auto spec = KeySpec::parse(signer.p12Path);
    if (!spec)
        qFatal("%s", why(spec).constData());
    auto key = SigningKey::open(*spec, SigningFixture::p12Passphrase().toUtf8());
    if (!key)
        qFatal("%s", why(key).constData());
    SignatureRequest request;
    request.signingTime = QDateTime::currentDateTimeUtc();
    request.fieldName = QStringLiteral("SignWatch.signer");
    request.timestampUrl = timestampUrl;
    auto pdf = signPdf(samplePdf(), *key, request);
    if (!pdf)
        qFatal("%s", why(pdf).constData());
    return *pdf;
}

QString TestRevocation::serialOf(const TestSigner &signer)
{
    QByteArray out;
    if (!m_fixture.run(QStringLiteral("openssl"),
                       {QStringLiteral("x509"), QStringLiteral("-in"), signer.certPath,
                        QStringLiteral("-noout"), QStringLiteral("-serial")},
                       &out))
        return {};
    return QString::fromLatin1(out.trimmed().mid(out.indexOf('=') + 1));
}

bool TestRevocation::writeIndex(const QList<const TestSigner *> &valid,
                                const QList<const TestSigner *> &revoked, const QDateTime &revokedAt)
{
    QFile index(m_fixture.path(QStringLiteral("index.txt")));
    if (!index.open(QIODevice::WriteOnly))
        return false;
    for (const TestSigner *signer : valid)
        index.write(QStringLiteral("V\t491231235959Z\t\t%1\tunknown\t/CN=%2\n")
                        .arg(serialOf(*signer), signer->commonName)
                        .toUtf8());
    for (const TestSigner *signer : revoked)
        index.write(QStringLiteral("R\t491231235959Z\t%1,keyCompromise\t%2\tunknown\t/CN=%3\n")
                        .arg(revokedAt.toUTC().toString(QStringLiteral("yyMMddHHmmss'Z'")), serialOf(*signer),
                             signer->commonName)
                        .toUtf8());
    return true;
}

QByteArray TestRevocation::makeCrl()
{
    QFile config(m_fixture.path(QStringLiteral("ca.cnf")));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write("[ ca ]\ndefault_ca = test_ca\n[ test_ca ]\ndatabase = index.txt\ndefault_md = sha256\n"
                 "default_crl_days = 7\n");
    config.close();
    if (!m_fixture.run(QStringLiteral("openssl"),
                       {QStringLiteral("ca"), QStringLiteral("-gencrl"), QStringLiteral("-config"),
                        config.fileName(), QStringLiteral("-keyfile"), m_fixture.caKeyPath(),
                        QStringLiteral("-cert"), m_fixture.caPath(), QStringLiteral("-out"),
                        m_fixture.path(QStringLiteral("crl.pem"))})
        || !m_fixture.run(QStringLiteral("openssl"),
                          {QStringLiteral("crl"), QStringLiteral("-in"),
                           m_fixture.path(QStringLiteral("crl.pem")), QStringLiteral("-outform"),
                           QStringLiteral("DER"), QStringLiteral("-out"),
                           m_fixture.path(QStringLiteral("crl.der"))}))
        return {};
    QFile der(m_fixture.path(QStringLiteral("crl.der")));
    return der.open(QIODevice::ReadOnly) ? der.readAll() : QByteArray();
}

void TestRevocation::ocspGood()
{
    const quint16 port = freePort();
    TestSigner signer;
    const QByteArray pdf
        = signedBy(QStringLiteral("good"),
                   QStringLiteral("authorityInfoAccess=OCSP;URI:http://127.0.0.1:%1/").arg(port), signer);
    signer.commonName = QStringLiteral("good");
    QVERIFY(writeIndex({&signer}, {}, {}));
    OcspResponder responder;
    QVERIFY(responder.start(m_fixture, port));

    auto report = verifyPdf(pdf, m_anchors, online());
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.revocation.startsWith(QStringLiteral("good (OCSP, 127.0.0.1:%1, produced at ").arg(port)),
             qPrintable(check.revocation));
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.status, SignatureStatus::Valid);

    // Offline (the default): nobody is asked.
    auto offline = verifyPdf(pdf, m_anchors);
    QVERIFY2(offline, why(offline));
    QCOMPARE(offline->signatures.first().revocation, QStringLiteral("not checked (offline)"));
    QCOMPARE(offline->overall, SignatureStatus::Valid);
}

void TestRevocation::ocspRevokedBeforeSigning()
{
    const quint16 port = freePort();
    TestSigner signer;
    const QByteArray pdf
        = signedBy(QStringLiteral("revoked"),
                   QStringLiteral("authorityInfoAccess=OCSP;URI:http://127.0.0.1:%1/").arg(port), signer);
    signer.commonName = QStringLiteral("revoked");
    const QDateTime revokedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
    QVERIFY(writeIndex({}, {&signer}, revokedAt));
    OcspResponder responder;
    QVERIFY(responder.start(m_fixture, port));

    auto report = verifyPdf(pdf, m_anchors, online());
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.revocation.startsWith(QStringLiteral("revoked on ")
                                         + revokedAt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                                         + QStringLiteral(" (keyCompromise; OCSP")),
             qPrintable(check.revocation));
    QVERIFY(check.intact); // the bytes are as signed: untrusted, not broken
    QVERIFY(!check.trusted);
    QVERIFY2(check.problems.join(QLatin1Char(' ')).contains(QLatin1String("revoked")),
             qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.status, SignatureStatus::Untrusted);
    QCOMPARE(report->overall, SignatureStatus::Untrusted);
}

void TestRevocation::ocspRevokedAfterTimestamp()
{
    TestSigner tsa;
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("tsa"), QStringLiteral("/C=VN/CN=SignWatch Test TSA"), 365,
                                  tsa, QStringLiteral("extendedKeyUsage=critical,timeStamping")),
             qPrintable(m_fixture.error()));
    sw::test::LocalTsa timestamps(m_fixture.path({}), tsa.certPath, tsa.keyPath, m_fixture.caPath());
    QVERIFY(timestamps.start());
    const quint16 port = freePort();
    TestSigner signer;
    const QByteArray pdf
        = signedBy(QStringLiteral("later"),
                   QStringLiteral("authorityInfoAccess=OCSP;URI:http://127.0.0.1:%1/").arg(port), signer,
                   QUrl(QStringLiteral("http://127.0.0.1:%1/tsa").arg(timestamps.port())));
    signer.commonName = QStringLiteral("later");
    // Revoked an hour after the time-stamp: the signature was made while the key was the signer's.
    QVERIFY(writeIndex({}, {&signer}, QDateTime::currentDateTimeUtc().addSecs(3600)));
    OcspResponder responder;
    QVERIFY(responder.start(m_fixture, port));

    auto report = verifyPdf(pdf, m_anchors, online());
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY(check.timestamp.has_value());
    QVERIFY2(check.revocation.startsWith(QLatin1String("revoked on "))
                 && check.revocation.contains(QLatin1String("after the time-stamp")),
             qPrintable(check.revocation));
    QVERIFY2(check.problems.isEmpty(), qPrintable(check.problems.join(QLatin1Char('\n'))));
    QCOMPARE(check.status, SignatureStatus::Valid);
}

void TestRevocation::responderDown()
{
    const quint16 port = freePort(); // nothing listens there any more
    TestSigner signer;
    const QByteArray pdf
        = signedBy(QStringLiteral("down"),
                   QStringLiteral("authorityInfoAccess=OCSP;URI:http://127.0.0.1:%1/").arg(port), signer);
    QElapsedTimer elapsed;
    elapsed.start();
    auto report = verifyPdf(pdf, m_anchors, online(3000));
    const qint64 took = elapsed.elapsed();
    qInfo("refused: %lld ms", took);
    QVERIFY2(took < 3000, qPrintable(QString::number(took)));
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(
        check.revocation.startsWith(QStringLiteral("not checked: 127.0.0.1:%1 did not answer").arg(port)),
        qPrintable(check.revocation));
    QCOMPARE(check.status, SignatureStatus::Valid);
}

void TestRevocation::responderSilent()
{
    // Listening but never answering (the connection waits in the backlog): the budget ends it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    TestSigner signer;
    const QByteArray pdf = signedBy(
        QStringLiteral("silent"),
        QStringLiteral("authorityInfoAccess=OCSP;URI:http://127.0.0.1:%1/").arg(silent.serverPort()), signer);
    QElapsedTimer elapsed;
    elapsed.start();
    auto report = verifyPdf(pdf, m_anchors, online(2500));
    const qint64 took = elapsed.elapsed();
    qInfo("silent: %lld ms", took);
    QVERIFY2(took < 2500, qPrintable(QString::number(took)));
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.revocation.startsWith(QLatin1String("not checked: ")), qPrintable(check.revocation));
    QCOMPARE(check.status, SignatureStatus::Valid);
}

void TestRevocation::crlRevoked()
{
    sw::test::LocalCrlServer server(m_fixture.path(QStringLiteral("crl.der")));
    QVERIFY(server.start());
    const QString crlUrl
        = QStringLiteral("crlDistributionPoints=URI:http://127.0.0.1:%1/ca.crl").arg(server.port());
    TestSigner revoked, good;
    const QByteArray revokedPdf = signedBy(QStringLiteral("crl-revoked"), crlUrl, revoked);
    revoked.commonName = QStringLiteral("crl-revoked");
    const QByteArray goodPdf = signedBy(QStringLiteral("crl-good"), crlUrl, good);
    QVERIFY(writeIndex({}, {&revoked}, QDateTime::currentDateTimeUtc().addSecs(-600)));
    QVERIFY2(!makeCrl().isEmpty(), qPrintable(m_fixture.error()));

    auto report = verifyPdf(revokedPdf, m_anchors, online());
    QVERIFY2(report, why(report));
    const SignatureCheck &check = report->signatures.first();
    QVERIFY2(check.revocation.startsWith(QLatin1String("revoked on "))
                 && check.revocation.contains(QLatin1String("keyCompromise; CRL of 127.0.0.1:")),
             qPrintable(check.revocation));
    QVERIFY(check.intact);
    QCOMPARE(check.status, SignatureStatus::Untrusted);
    QCOMPARE(server.served(), 1);

    auto goodReport = verifyPdf(goodPdf, m_anchors, online());
    QVERIFY2(goodReport, why(goodReport));
    QVERIFY2(goodReport->signatures.first().revocation.startsWith(QLatin1String("good (CRL of 127.0.0.1:")),
             qPrintable(goodReport->signatures.first().revocation));
    QCOMPARE(goodReport->overall, SignatureStatus::Valid);

    // A CRL whose signature does not verify is not believed: not checked, the status as it was.
    QFile forged(m_fixture.path(QStringLiteral("crl.der")));
    QVERIFY(forged.open(QIODevice::ReadWrite));
    QByteArray bytes = forged.readAll();
    bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x55); // inside the signature value
    forged.seek(0);
    forged.write(bytes);
    forged.close();
    auto forgedReport = verifyPdf(revokedPdf, m_anchors, online());
    QVERIFY2(forgedReport, why(forgedReport));
    QVERIFY2(forgedReport->signatures.first().revocation.contains(QLatin1String("not signed by the issuer")),
             qPrintable(forgedReport->signatures.first().revocation));
    QCOMPARE(forgedReport->overall, SignatureStatus::Valid);
}

void TestRevocation::cliOffline()
{
    sw::test::LocalCrlServer server(m_fixture.path(QStringLiteral("cli-crl.der")));
    QVERIFY(server.start());
    TestSigner signer;
    const QByteArray pdf = signedBy(
        QStringLiteral("cli"),
        QStringLiteral("crlDistributionPoints=URI:http://127.0.0.1:%1/ca.crl").arg(server.port()), signer);
    signer.commonName = QStringLiteral("cli");
    QVERIFY(writeIndex({}, {&signer}, QDateTime::currentDateTimeUtc().addSecs(-600)));
    QVERIFY2(!makeCrl().isEmpty(), qPrintable(m_fixture.error()));
    QVERIFY(QFile::copy(m_fixture.path(QStringLiteral("crl.der")),
                        m_fixture.path(QStringLiteral("cli-crl.der"))));
    const QString pdfPath = m_fixture.path(QStringLiteral("cli.pdf"));
    QFile file(pdfPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(pdf);
    file.close();

    // The CLI's messages in English (its default language is Vietnamese), from a settings file of
    // this test's own.
    const QString config = m_fixture.path(QStringLiteral("config"));
    QVERIFY(QDir().mkpath(config + QStringLiteral("/SignWatch")));
    sw::settings::Settings(config + QStringLiteral("/SignWatch/SignWatch.ini"))
        .setLanguage(QStringLiteral("en"));
    auto verify = [&](const QStringList &extra, QByteArray &output) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_fixture.path(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.start(
            QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
            QStringList {QStringLiteral("verify"), pdfPath, QStringLiteral("--trust"), m_fixture.caPath()}
                + extra);
        if (!process.waitForFinished(60000))
            return -1;
        output = process.readAll();
        return process.exitCode();
    };
    QByteArray output;
    QCOMPARE(verify({QStringLiteral("--offline")}, output), 0);
    QVERIFY2(output.contains("not checked (offline)"), output.constData());
    QCOMPARE(server.served(), 0);
    QCOMPARE(verify({}, output), 3);
    QVERIFY2(output.contains("revoked on ") && output.contains("keyCompromise"), output.constData());
    QCOMPARE(server.served(), 1);
}

QTEST_MAIN(TestRevocation)
#include "tst_revocation.moc"
