#include "signing/TimestampClient.h"

#include "signing/OpenSslSupport.h"

#include <QCoreApplication>
#include <QStringList>

#include <openssl/http.h>
#include <openssl/rand.h>
#include <openssl/ts.h>

namespace sw::signing {

namespace {

using Request = ossl::Owned<TS_REQ, TS_REQ_free>;
using Response = ossl::Owned<TS_RESP, TS_RESP_free>;

Request makeRequest(const QByteArray &data)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (!EVP_Digest(data.constData(), std::size_t(data.size()), digest, &digestLength, EVP_sha256(), nullptr))
        return {};
    Request request(TS_REQ_new());
    ossl::Owned<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free> imprint(TS_MSG_IMPRINT_new());
    ossl::Owned<X509_ALGOR, X509_ALGOR_free> algorithm(X509_ALGOR_new());
    X509_ALGOR_set_md(algorithm.get(), EVP_sha256());
    unsigned char nonceBytes[8];
    RAND_bytes(nonceBytes, sizeof nonceBytes);
    nonceBytes[0] &= 0x7f; // a positive INTEGER
    ossl::Owned<BIGNUM, BN_free> nonceNumber(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
    ossl::Owned<ASN1_INTEGER, ASN1_INTEGER_free> nonce(BN_to_ASN1_INTEGER(nonceNumber.get(), nullptr));
    if (!request || !imprint || !algorithm || !nonce || !TS_REQ_set_version(request.get(), 1)
        || !TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get())
        || !TS_MSG_IMPRINT_set_msg(imprint.get(), digest, int(digestLength))
        || !TS_REQ_set_msg_imprint(request.get(), imprint.get())
        || !TS_REQ_set_nonce(request.get(), nonce.get()) || !TS_REQ_set_cert_req(request.get(), 1))
        return {};
    return request;
}

} // namespace

Result<QByteArray> requestTimestampToken(const QUrl &url, const QByteArray &data, int timeoutMs)
{
    const QString host = url.host();
    const Error unreachable = Error::make(
        QCoreApplication::translate("Signing", "The time-stamping authority %1 cannot be reached.").arg(host),
        {}, Error::Kind::Unavailable);
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
        return Error::make(QCoreApplication::translate(
                               "Signing", "The time-stamping authority's address %1 is not an http(s) URL.")
                               .arg(url.toDisplayString()),
                           {}, Error::Kind::InvalidInput);
    Request request = makeRequest(data);
    if (!request)
        return Error::make(QCoreApplication::translate("Signing", "The time-stamp request cannot be made."),
                           ossl::takeErrors());

    ossl::Bio body(BIO_new(BIO_s_mem()));
    i2d_TS_REQ_bio(body.get(), request.get());
    const bool tls = url.scheme() == QLatin1String("https");
    const QByteArray server = host.toUtf8();
    const QByteArray port = QByteArray::number(url.port(tls ? 443 : 80));
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    if (url.hasQuery())
        path += '?' + url.query(QUrl::FullyEncoded).toUtf8();
    // A blocking exchange with a timeout (seconds, at least one): signing waits for it anyway, and
    // it needs no event loop in whatever thread signs. TLS uses OpenSSL's default context.
    const int timeoutSeconds = std::max(1, (timeoutMs + 999) / 1000);
    ossl::Bio reply(OSSL_HTTP_transfer(nullptr, server.constData(), port.constData(), path.constData(),
                                       tls ? 1 : 0, nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, 0,
                                       nullptr, "application/timestamp-query", body.get(),
                                       "application/timestamp-reply", 1, 1024 * 1024, timeoutSeconds, 0));
    if (!reply) {
        Error error = unreachable;
        error.detail = ossl::takeErrors();
        return error;
    }
    Response response(d2i_TS_RESP_bio(reply.get(), nullptr));
    if (!response)
        return Error::make(
            QCoreApplication::translate("Signing", "The time-stamping authority %1 sent no time-stamp.")
                .arg(host),
            ossl::takeErrors());

    // The reply must be granted and match this request (version, imprint, nonce); whether the TSA
    // is trusted is the verifier's question (it has the trust anchors).
    const TS_STATUS_INFO *status = TS_RESP_get_status_info(response.get());
    const long statusCode = ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(status));
    if (statusCode != TS_STATUS_GRANTED && statusCode != TS_STATUS_GRANTED_WITH_MODS) {
        QStringList text;
        const STACK_OF(ASN1_UTF8STRING) *lines = TS_STATUS_INFO_get0_text(status);
        for (int i = 0; i < sk_ASN1_UTF8STRING_num(lines); ++i) {
            const ASN1_UTF8STRING *line = sk_ASN1_UTF8STRING_value(lines, i);
            text << QString::fromUtf8(reinterpret_cast<const char *>(ASN1_STRING_get0_data(line)),
                                      ASN1_STRING_length(line));
        }
        return Error::make(
            QCoreApplication::translate("Signing", "The time-stamping authority %1 refused the request.")
                .arg(host),
            QStringLiteral("PKIStatus %1 %2").arg(statusCode).arg(text.join(QLatin1Char(' '))),
            Error::Kind::Unavailable);
    }
    ossl::Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free> check(TS_REQ_to_TS_VERIFY_CTX(request.get(), nullptr));
    if (check)
        TS_VERIFY_CTX_set_flags(check.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_NONCE);
    if (!check || TS_RESP_verify_response(check.get(), response.get()) != 1)
        return Error::make(
            QCoreApplication::translate("Signing", "The time-stamping authority %1 answered another request.")
                .arg(host),
            ossl::takeErrors());
    unsigned char *der = nullptr;
    const int length = i2d_PKCS7(TS_RESP_get_token(response.get()), &der);
    if (length <= 0)
        return Error::make(
            QCoreApplication::translate("Signing", "The time-stamp of %1 cannot be read.").arg(host),
            ossl::takeErrors());
    QByteArray token(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return token;
}

} // namespace sw::signing
