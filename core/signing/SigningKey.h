#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <memory>

namespace sw::signing {

// Where a signing key is: a PKCS#11 token (RFC 7512 URI) or a PKCS#12 file.
struct KeySpec
{
    enum class Kind { Pkcs11, Pkcs12 };
    Kind kind = Kind::Pkcs12;
    QString location; // PKCS#11 URI "pkcs11:token=…;object=…" (RFC 7512) or the path of a .p12/.pfx
    QString module; // PKCS#11 module (.so); empty: p11-kit's proxy module

    // "pkcs11:…" → Pkcs11 (the URI must parse), anything else → a PKCS#12 file (must exist).
    static Result<KeySpec> parse(const QString &signingKey, const QString &module = {});
    // For messages; never contains a PIN (a "pin-value" attribute of the URI is left out).
    QString displayText() const;
};

struct KeyState;

// An opened key: a private key that can sign (on the token or in memory), its certificate, and the
// other certificates found with it (chain). Copyable (shared state); closes the token session when
// the last copy goes.
class SigningKey
{
public:
    // Errors: wrong PIN/passphrase → Error::Kind::AccessDenied ("wrong PIN" in words);
    // token/slot/object/file not found → NotFound; module cannot be loaded → Unavailable.
    static Result<SigningKey> open(const KeySpec &spec, const QByteArray &pin);

    QString subject() const; // RFC 2253-ish one line, e.g. "CN=Nguyễn Văn A, O=…"
    QString commonName() const;
    QString issuer() const;
    QDateTime notBefore() const; // UTC
    QDateTime notAfter() const; // UTC
    QByteArray certificateDer() const;
    // The other certificates found with the key (PKCS#12 bag, or certificates on the token), DER.
    QList<QByteArray> chainDer() const;
    // Refuses (InvalidInput, in words) when `at` is outside the certificate's validity.
    Result<void> checkValidAt(const QDateTime &at) const;

private:
    friend struct KeyAccess; // the engine's view of the OpenSSL objects (SigningKeyState.h)
    explicit SigningKey(std::shared_ptr<KeyState> state);
    std::shared_ptr<KeyState> d;
};

} // namespace sw::signing
