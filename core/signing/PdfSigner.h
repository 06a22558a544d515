#pragma once

#include "signing/SigningKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace sw::signing {

// A visible signature: a widget annotation on `page` (0-based) at `rect` in PDF user space (points,
// origin bottom-left, as in the page's MediaBox), drawn with `image` (PNG with alpha kept as a soft
// mask; may be null) and/or the text `lines` (a plain text appearance when no image).
struct Appearance
{
    int page = 0;
    QRectF rect;
    QImage image;
    QStringList lines;
};

struct SignatureRequest
{
    QDateTime signingTime; // the claimed time, written as /M (PAdES B-B: no signingTime attribute in the CMS)
    QString fieldName; // unique in the file, e.g. "SignWatch.signer", "SignWatch.seal"
    QString reason; // "/Reason"
    QString location; // "/Location"
    std::optional<Appearance> appearance; // none: an invisible signature
    QUrl timestampUrl; // empty: B-B; else an RFC 3161 TSA (B-T: signature-time-stamp attribute)
    int timestampTimeoutMs = 15000; // for the TSA request
};

// Signs `pdf` by an incremental update (everything before stays byte for byte, so an earlier
// signature stays valid): a signature field + widget, /ByteRange over the whole file except
// /Contents, /SubFilter /ETSI.CAdES.detached, CMS detached SHA-256 with signing-certificate-v2 (ESS,
// OpenSSL) and the signer's certificate and chain. Refuses an expired/not-yet-valid certificate at
// signingTime, a field name already in the file, a page or rectangle outside the document.
Result<QByteArray> signPdf(const QByteArray &pdf, const SigningKey &key, const SignatureRequest &request);

} // namespace sw::signing
