#include "SigningFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

namespace sw::test {

SigningFixture::SigningFixture() = default;

QString SigningFixture::softHsmModule()
{
    for (const char *path :
         {"/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so"})
        if (QFileInfo::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    return {};
}

bool SigningFixture::run(const QString &program, const QStringList &arguments, QByteArray *output,
                         const QByteArray &input)
{
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        m_error = program + QStringLiteral(" does not start");
        return false;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(60000);
    const QByteArray out = process.readAllStandardOutput();
    if (output)
        *output = out;
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = program + QLatin1Char(' ') + arguments.join(QLatin1Char(' ')) + QStringLiteral(": ")
            + QString::fromLocal8Bit(process.readAllStandardError() + out);
        return false;
    }
    return true;
}

bool SigningFixture::makeCa()
{
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"), caKeyPath(),
                QStringLiteral("-out"), caPath(), QStringLiteral("-days"), QStringLiteral("3650"),
                QStringLiteral("-utf8"), QStringLiteral("-subj"),
                QStringLiteral("/C=VN/O=SignWatch Test/CN=SignWatch Test CA"), QStringLiteral("-addext"),
                QStringLiteral("basicConstraints=critical,CA:TRUE"), QStringLiteral("-addext"),
                QStringLiteral("keyUsage=critical,keyCertSign,cRLSign")});
}

bool SigningFixture::makeSigner(const QString &name, const QString &subject, int days, TestSigner &signer,
                                const QString &extensions)
{
    signer.keyPath = path(name + QStringLiteral(".key"));
    signer.certPath = path(name + QStringLiteral(".pem"));
    signer.p12Path = path(name + QStringLiteral(".p12"));
    const QString csr = path(name + QStringLiteral(".csr"));
    const QString extFile = path(name + QStringLiteral(".ext"));
    QFile ext(extFile);
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature,nonRepudiation\n"
              "subjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n");
    ext.write(extensions.toUtf8() + '\n');
    ext.close();
    // Valid from yesterday (openssl x509 -req starts at "now"; -days counts from there): the tests
    // sign "now" and ask for times inside and outside the validity.
    return run(QStringLiteral("openssl"),
               {QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                signer.keyPath, QStringLiteral("-out"), csr, QStringLiteral("-utf8"), QStringLiteral("-subj"),
                subject})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), csr,
                QStringLiteral("-CA"), caPath(), QStringLiteral("-CAkey"), caKeyPath(),
                QStringLiteral("-CAcreateserial"), QStringLiteral("-days"), QString::number(days),
                QStringLiteral("-extfile"), extFile, QStringLiteral("-out"), signer.certPath})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("pkcs12"), QStringLiteral("-export"), QStringLiteral("-inkey"), signer.keyPath,
                QStringLiteral("-in"), signer.certPath, QStringLiteral("-certfile"), caPath(),
                QStringLiteral("-name"), name, QStringLiteral("-passout"),
                QStringLiteral("pass:") + p12Passphrase(), QStringLiteral("-out"), signer.p12Path});
}

bool SigningFixture::makeToken(const QString &label, const QString &pin, const TestSigner &signer,
                               std::source_location where)
{
    QStringList missing;
    if (softHsmModule().isEmpty()
        || QStandardPaths::findExecutable(QStringLiteral("softhsm2-util")).isEmpty())
        missing << QStringLiteral("softhsm2");
    if (QStandardPaths::findExecutable(QStringLiteral("pkcs11-tool")).isEmpty())
        missing << QStringLiteral("opensc (pkcs11-tool)");
    if (!missing.isEmpty()) {
        const QByteArray what = missing.join(QStringLiteral(", ")).toUtf8() + " not installed: no test token";
        if (qEnvironmentVariable("SIGNWATCH_REQUIRE_TOKEN") == QLatin1String("1"))
            QTest::qFail(QByteArray("SIGNWATCH_REQUIRE_TOKEN=1 but " + what).constData(), where.file_name(),
                         int(where.line()));
        else
            QTest::qSkip(what.constData(), where.file_name(), int(where.line()));
        return false;
    }
    const QString tokens = path(QStringLiteral("tokens"));
    QDir().mkpath(tokens);
    QFile conf(path(QStringLiteral("softhsm2.conf")));
    if (!conf.open(QIODevice::WriteOnly))
        return false;
    conf.write("directories.tokendir = " + tokens.toUtf8()
               + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    conf.close();
    qputenv("SOFTHSM2_CONF", conf.fileName().toUtf8());

    const QString module = softHsmModule();
    const QString keyDer = signer.keyPath + QStringLiteral(".der");
    const QString certDer = signer.certPath + QStringLiteral(".der");
    const QString caDer = caPath() + QStringLiteral(".der");
    auto write = [&](const QString &file, const char *type, const char *id, const char *objectLabel) {
        return run(QStringLiteral("pkcs11-tool"),
                   {QStringLiteral("--module"), module, QStringLiteral("--token-label"), label,
                    QStringLiteral("--login"), QStringLiteral("--pin"), pin, QStringLiteral("--write-object"),
                    file, QStringLiteral("--type"), QString::fromLatin1(type), QStringLiteral("--id"),
                    QString::fromLatin1(id), QStringLiteral("--label"), QString::fromLatin1(objectLabel)});
    };
    return run(QStringLiteral("softhsm2-util"),
               {QStringLiteral("--init-token"), QStringLiteral("--free"), QStringLiteral("--label"), label,
                QStringLiteral("--pin"), pin, QStringLiteral("--so-pin"), QStringLiteral("so-") + pin})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("pkcs8"), QStringLiteral("-topk8"), QStringLiteral("-nocrypt"),
                QStringLiteral("-in"), signer.keyPath, QStringLiteral("-outform"), QStringLiteral("DER"),
                QStringLiteral("-out"), keyDer})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-in"), signer.certPath, QStringLiteral("-outform"),
                QStringLiteral("DER"), QStringLiteral("-out"), certDer})
        && run(QStringLiteral("openssl"),
               {QStringLiteral("x509"), QStringLiteral("-in"), caPath(), QStringLiteral("-outform"),
                QStringLiteral("DER"), QStringLiteral("-out"), caDer})
        && write(keyDer, "privkey", "01", "signer") && write(certDer, "cert", "01", "signer")
        && write(caDer, "cert", "02", "ca");
}

} // namespace sw::test
