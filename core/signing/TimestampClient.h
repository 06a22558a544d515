#pragma once

// Inside the signing module only: RFC 3161 time-stamps (B-T).

#include "util/Result.h"

#include <QByteArray>
#include <QUrl>

namespace sw::signing {

// Asks the TSA at `url` to time-stamp `data` (SHA-256 imprint, a fresh nonce, the TSA's certificate
// requested) and returns the time-stamp token (a CMS ContentInfo, DER) once the reply is granted
// and matches the request (imprint, nonce). HTTP POST through OpenSSL (OSSL_HTTP_transfer): a
// synchronous call with a timeout, usable from any thread without an event loop.
Result<QByteArray> requestTimestampToken(const QUrl &url, const QByteArray &data, int timeoutMs);

} // namespace sw::signing
