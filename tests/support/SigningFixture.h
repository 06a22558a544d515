#pragma once

// Throw-away signing material for the signing tests, made in a temporary folder with the `openssl`
// program: a CA, signer certificates issued by it (keys in PKCS#12 files), and a SoftHSM2 token
// holding one of them (softhsm2-util, opensc's pkcs11-tool), with its own SOFTHSM2_CONF.

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <source_location>

namespace sw::test {

struct TestSigner
{
    QString keyPath; // PEM private key
    QString certPath; // PEM certificate
    QString p12Path; // PKCS#12 with the key, the certificate and the CA
    QString commonName;
};

class SigningFixture
{
public:
    SigningFixture();

    // The CA (caPath()); false with `error()` when openssl fails.
    bool makeCa();
    // A signer certificate issued by the CA, valid from yesterday for `days` days; extra OpenSSL
    // x509 extension lines (e.g. "extendedKeyUsage=critical,timeStamping").
    bool makeSigner(const QString &name, const QString &subject, int days, TestSigner &signer,
                    const QString &extensions = {});
    // A SoftHSM2 token labelled `label` with `signer`'s key and certificate (id 01, label "signer")
    // and the CA certificate. Sets SOFTHSM2_CONF for this process. Skips the test when softhsm2 or
    // pkcs11-tool is missing, fails instead when SIGNWATCH_REQUIRE_TOKEN=1; false then.
    [[nodiscard]] bool makeToken(const QString &label, const QString &pin, const TestSigner &signer,
                                 std::source_location where = std::source_location::current());

    QString caPath() const { return m_dir.filePath(QStringLiteral("ca.pem")); }
    QString caKeyPath() const { return m_dir.filePath(QStringLiteral("ca.key")); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static QString softHsmModule();
    static QString p12Passphrase() { return QStringLiteral("p12-secret"); }
    QString error() const { return m_error; }

    // Runs a program in the fixture's folder; false with error() on a non-zero exit.
    bool run(const QString &program, const QStringList &arguments, QByteArray *output = nullptr,
             const QByteArray &input = {});

private:
    QTemporaryDir m_dir;
    QString m_error;
};

} // namespace sw::test
