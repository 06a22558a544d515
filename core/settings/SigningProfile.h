#pragma once

#include <QString>
#include <QStringList>

namespace sw::settings {

// How one person signs documents digitally (issue 14 §2), as kept in their settings: where their
// key is, the images of the visible signatures, the body's seal, the time-stamping authority and
// the certificates they trust. Never a PIN or passphrase: those are asked at each signing.
struct SigningProfile
{
    QString signingKey; // a PKCS#11 URI ("pkcs11:token=…;object=…") or a PKCS#12 file; empty: paper
    QString pkcs11Module; // the token's PKCS#11 module (.so); empty: p11-kit's proxy
    QString signatureImage; // PNG with transparency; empty: a plain text appearance
    QString sealKey; // the body's seal key, as signingKey; empty: no seal signature
    QString sealPkcs11Module;
    QString sealImage; // the body's seal (PNG, real size); empty: a plain text appearance
    QString timestampUrl; // an RFC 3161 time-stamping authority; empty: PAdES B-B
    QStringList trustAnchors; // PEM files of the certificates trusted when verifying

    bool signsDigitally() const { return !signingKey.trimmed().isEmpty(); }
    bool sealsDigitally() const { return !sealKey.trimmed().isEmpty(); }
    bool operator==(const SigningProfile &) const = default;
};

} // namespace sw::settings
