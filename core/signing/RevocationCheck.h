#pragma once

// Inside the signing module only: the revocation status of a signer's certificate (issue 14 §3:
// "OCSP/CRL when reachable, said when not"), asked of its OCSP responder, else read from its CRL,
// both over plain http within one time budget.

#include <QDateTime>
#include <QDeadlineTimer>
#include <QString>

#include <openssl/x509.h>

namespace sw::signing {

struct RevocationStatus
{
    enum class Kind { NotChecked, Good, Revoked };
    Kind kind = Kind::NotChecked;
    QString note; // the revocation line, in words
    QDateTime revokedAt; // UTC, when revoked
    QString reason; // the CRL reason, when revoked and given
};

// `cert`'s status, issued by `issuer`; the answer (OCSP response or CRL) must verify against
// `store` (the trust anchors) with `chain` as untrusted helpers. Nothing waits past `deadline`.
RevocationStatus checkRevocation(X509 *cert, X509 *issuer, STACK_OF(X509) * chain, X509_STORE *store,
                                 const QDeadlineTimer &deadline);

} // namespace sw::signing
