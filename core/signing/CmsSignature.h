#pragma once

// Inside the signing module only: the CMS (CAdES) signature of a PDF's byte range, and the reading
// of one.

#include "signing/SigningKeyState.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QUrl>

namespace sw::signing {

// CMS SignedData, detached, SHA-256 over `signedBytes` (the PDF's byte range, concatenated), with
// the signed attributes contentType, messageDigest and ESS signing-certificate-v2 only (PAdES B-B:
// no signingTime; the claimed time is the PDF's /M), the signer's certificate and chain. With a
// TSA URL, an RFC 3161 time-stamp of the signature value is added as the unsigned attribute
// id-aa-signatureTimeStampToken (B-T).
Result<QByteArray> makeCmsSignature(const KeyState &key, const QByteArray &signedBytes,
                                    const QUrl &timestampUrl, int timestampTimeoutMs);

} // namespace sw::signing

namespace sw::signing {

class TrustAnchors;
struct SignatureCheck;
struct VerifyOptions;

// Checks a CMS signature over `signedBytes` into `check` (everything but the PDF's own facts): the
// message digest and signature (intact), the signer's name, a time-stamp token when there is one,
// the chain to `anchors` at the time-stamp's or else the claimed time (check.claimedTime), the
// certificate's validity then, and its revocation (asked over the network only when `options` say
// so, and not past `deadline`).
void checkCmsSignature(const QByteArray &cms, const QByteArray &signedBytes, const TrustAnchors &anchors,
                       const VerifyOptions &options, const QDeadlineTimer &deadline, SignatureCheck &check);

} // namespace sw::signing
