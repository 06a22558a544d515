#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace sw::signing {

struct AnchorState;

// Trusted root (or intermediate) certificates: PEM files, one or more certificates each.
class TrustAnchors
{
public:
    TrustAnchors();
    static Result<TrustAnchors> fromFiles(const QStringList &paths);
    // Certificates as PEM or DER bytes (a PEM blob may hold several).
    static Result<TrustAnchors> fromData(const QList<QByteArray> &certificates);
    bool isEmpty() const;
    int count() const;
    QStringList subjects() const;

private:
    friend struct AnchorAccess; // the engine's view of the certificates (SigningKeyState.h)
    std::shared_ptr<AnchorState> d;
};

enum class SignatureStatus { Valid, Untrusted, Broken };

struct SignatureCheck
{
    QString fieldName;
    QString subject, issuer, commonName;
    QDateTime claimedTime; // /M (UTC)
    std::optional<QDateTime> timestamp; // from an RFC 3161 token when present (and verified)
    bool intact = false; // CMS verifies over the byte range (digest matches)
    bool coversWholeFile = false; // the byte range ends at the end of the file
    int revision = 0; // 1 = first signature
    bool trusted = false; // chains to an anchor, valid at the signing time
    bool validAtSigningTime = false; // the signer's certificate was within its validity then
    QString revocation; // "good (OCSP, …)", "revoked on …", "not checked (offline)", …
    QStringList problems; // in words
    SignatureStatus status = SignatureStatus::Broken;
};

struct VerificationReport
{
    QList<SignatureCheck> signatures; // in file order
    SignatureStatus overall = SignatureStatus::Broken; // worst of all; Broken also when none
    bool modifiedAfterLastSignature = false;
};

struct VerifyOptions
{
    // Ask the signer certificate's OCSP responder, else fetch its CRL (plain http). Off by default:
    // verification must work offline, and lists that re-verify often must not wait on the network.
    bool checkRevocation = false;
    int networkBudgetMs = 5000; // for the whole verification, every signature's requests together
};

// Errors only when the bytes are not a PDF at all; a PDF with no signature gives a report with none
// (overall Broken). A certificate revoked before the signature's verified time-stamp (or revoked at
// all, with no time-stamp) makes the signature Untrusted; a later revocation is only said.
Result<VerificationReport> verifyPdf(const QByteArray &pdf, const TrustAnchors &anchors,
                                     const VerifyOptions &options = {});

// "valid", "valid, untrusted", "broken" in words (translated).
QString statusText(SignatureStatus status);

} // namespace sw::signing
