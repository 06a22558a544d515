// signwatch-cli verify (issue 14 §3): who signed, when, intact, trusted, and the exit codes 0 (valid),
// 1 (broken, altered or unsigned) and 3 (intact but untrusted), as text and as JSON.
#include "RequireTool.h"
#include "SigningFixture.h"
#include "settings/Settings.h"
#include "signing/PdfSigner.h"
#include "signing/SigningKey.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace sw::signing;

class TestCliVerify : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustedIsValid();
    void untrustedExitsThree();
    void changedByteExitsOne();
    void unsignedExitsOne();
    void json();
    void usage();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QString write(const QString &name, const QByteArray &bytes);

    sw::test::SigningFixture m_fixture;
    sw::test::TestSigner m_signer;
    QTemporaryDir m_dir;
    QString m_signed;
    QByteArray m_signedBytes;
    QByteArray m_unsigned;
};

TestCliVerify::Run TestCliVerify::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliVerify::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
    return path;
}

void TestCliVerify::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    if (!sw::test::requireTool({"openssl"}, "openssl"))
        return;
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        sw::settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    QVERIFY2(m_fixture.makeCa(), qPrintable(m_fixture.error()));
    QVERIFY2(m_fixture.makeSigner(QStringLiteral("signer"), QStringLiteral("/C=VN/CN=Trần Thị Bình"), 30,
                                  m_signer),
             qPrintable(m_fixture.error()));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("Thông báo"));
    }
    m_unsigned = buffer.data();
    auto spec = KeySpec::parse(m_signer.p12Path);
    QVERIFY(spec);
    auto key = SigningKey::open(*spec, sw::test::SigningFixture::p12Passphrase().toUtf8());
    QVERIFY2(key, qPrintable(key.ok() ? QString() : key.error().fullText()));
    SignatureRequest request;
    request.signingTime = QDateTime::currentDateTimeUtc();
    request.fieldName = QStringLiteral("SignWatch.signer");
    auto signedPdf = signPdf(m_unsigned, *key, request);
    QVERIFY2(signedPdf, qPrintable(signedPdf.ok() ? QString() : signedPdf.error().fullText()));
    m_signedBytes = *signedPdf;
    m_signed = write(QStringLiteral("signed.pdf"), m_signedBytes);
}

void TestCliVerify::trustedIsValid()
{
    const Run run = cli({QStringLiteral("verify"), m_signed, QStringLiteral("--trust"), m_fixture.caPath()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("CN=Trần Thị Bình")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("CN=SignWatch Test CA")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Intact: yes; covers the whole file: yes")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Trusted: yes")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Result: valid")), qPrintable(run.out));
}

void TestCliVerify::untrustedExitsThree()
{
    const Run run = cli({QStringLiteral("verify"), m_signed});
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("Intact: yes")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Trusted: no")), qPrintable(run.out));
}

void TestCliVerify::changedByteExitsOne()
{
    QByteArray changed = m_signedBytes;
    const qsizetype at = changed.indexOf("stream") + 20;
    changed[at] = char(changed[at] ^ 0x01);
    const Run run = cli({QStringLiteral("verify"), write(QStringLiteral("changed.pdf"), changed),
                         QStringLiteral("--trust"), m_fixture.caPath()});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("Intact: no")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("Result: broken")), qPrintable(run.out));
}

void TestCliVerify::unsignedExitsOne()
{
    const Run run = cli({QStringLiteral("verify"), write(QStringLiteral("unsigned.pdf"), m_unsigned)});
    QVERIFY2(run.exitCode == 1, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("has no signature")), qPrintable(run.out));
    const Run notPdf = cli({QStringLiteral("verify"), write(QStringLiteral("text.pdf"), "not a PDF at all")});
    QCOMPARE(notPdf.exitCode, 1);
    QVERIFY2(notPdf.err.contains(QLatin1String("not a readable PDF")), qPrintable(notPdf.err));
}

void TestCliVerify::json()
{
    const Run run = cli({QStringLiteral("verify"), m_signed, QStringLiteral("--trust"), m_fixture.caPath(),
                         QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(run.out));
    QCOMPARE(root.value(QStringLiteral("status")).toString(), QStringLiteral("valid"));
    const QJsonObject signature = root.value(QStringLiteral("signatures")).toArray().first().toObject();
    QCOMPARE(signature.value(QStringLiteral("commonName")).toString(), QStringLiteral("Trần Thị Bình"));
    QCOMPARE(signature.value(QStringLiteral("intact")).toBool(), true);
    QCOMPARE(signature.value(QStringLiteral("trusted")).toBool(), true);
    QCOMPARE(signature.value(QStringLiteral("field")).toString(), QStringLiteral("SignWatch.signer"));
}

void TestCliVerify::usage()
{
    QCOMPARE(cli({QStringLiteral("verify")}).exitCode, 2);
    QCOMPARE(
        cli({QStringLiteral("verify"), m_signed, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("verify"), m_signed, QStringLiteral("--trust"),
                  m_dir.filePath(QStringLiteral("none"))})
                 .exitCode,
             2);
    const Run help = cli({QStringLiteral("verify"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("--trust")), qPrintable(help.out));
}

QTEST_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
