#include "signing/RevocationCheck.h"

#include "signing/OpenSslSupport.h"

#include <QCoreApplication>
#include <QList>

#include <algorithm>

#include <openssl/http.h>
#include <openssl/ocsp.h>
#include <openssl/x509v3.h>

namespace sw::signing {

namespace {

using Kind = RevocationStatus::Kind;
constexpr int kMaxAnswerBytes = 8 * 1024 * 1024;

// Whole seconds for one exchange. OpenSSL's timeouts are in seconds (0 meaning none) and end at a
// time(2) second, so up to one second late, and a refused connection is retried until then: one
// second is kept back, and less than two seconds left is no time at all. No exchange outlasts the
// budget.
int secondsLeft(const QDeadlineTimer &deadline)
{
    return std::max(0, int(deadline.remainingTime() / 1000) - 1);
}

RevocationStatus notChecked(const QString &note)
{
    return {Kind::NotChecked, note, {}, {}};
}

QString hostOf(const QByteArray &url)
{
    char *host = nullptr, *port = nullptr, *path = nullptr;
    int tls = 0;
    if (OCSP_parse_url(url.constData(), &host, &port, &path, &tls) != 1) {
        ossl::takeErrors();
        return QString::fromUtf8(url);
    }
    const QString text = QString::fromUtf8(host) + QLatin1Char(':') + QString::fromUtf8(port);
    OPENSSL_free(host);
    OPENSSL_free(port);
    OPENSSL_free(path);
    return text;
}

QString when(const ASN1_TIME *time)
{
    return ossl::timeOf(time).toString(Qt::ISODate);
}

QString reasonText(int reason)
{
    return reason >= 0 ? QString::fromLatin1(OCSP_crl_reason_str(reason))
                       : QCoreApplication::translate("Signing", "no reason given");
}

// Plain http only: the answer is signed, and TLS would need a trust decision of its own.
QList<QByteArray> ocspUrls(X509 *cert)
{
    QList<QByteArray> urls;
    STACK_OF(OPENSSL_STRING) *list = X509_get1_ocsp(cert);
    for (int i = 0; i < sk_OPENSSL_STRING_num(list); ++i) {
        const QByteArray url(sk_OPENSSL_STRING_value(list, i));
        if (url.startsWith("http://"))
            urls << url;
    }
    X509_email_free(list);
    return urls;
}

QList<QByteArray> crlUrls(X509 *cert)
{
    QList<QByteArray> urls;
    auto *points = static_cast<STACK_OF(DIST_POINT) *>(
        X509_get_ext_d2i(cert, NID_crl_distribution_points, nullptr, nullptr));
    for (int i = 0; i < sk_DIST_POINT_num(points); ++i) {
        const DIST_POINT *point = sk_DIST_POINT_value(points, i);
        if (!point->distpoint || point->distpoint->type != 0)
            continue;
        const GENERAL_NAMES *names = point->distpoint->name.fullname;
        for (int j = 0; j < sk_GENERAL_NAME_num(names); ++j) {
            const GENERAL_NAME *name = sk_GENERAL_NAME_value(names, j);
            if (name->type != GEN_URI)
                continue;
            const QByteArray url(reinterpret_cast<const char *>(ASN1_STRING_get0_data(name->d.ia5)),
                                 ASN1_STRING_length(name->d.ia5));
            if (url.startsWith("http://"))
                urls << url;
        }
    }
    sk_DIST_POINT_pop_free(points, DIST_POINT_free);
    return urls;
}

RevocationStatus askOcsp(const QByteArray &url, X509 *cert, X509 *issuer, STACK_OF(X509) * chain,
                         X509_STORE *store, const QDeadlineTimer &deadline)
{
    const QString responder = hostOf(url);
    const int seconds = secondsLeft(deadline);
    if (seconds <= 0)
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: no time left to ask %1").arg(responder));
    ossl::Owned<OCSP_CERTID, OCSP_CERTID_free> id(OCSP_cert_to_id(nullptr, cert, issuer));
    ossl::Owned<OCSP_REQUEST, OCSP_REQUEST_free> request(OCSP_REQUEST_new());
    OCSP_CERTID *requestId = id ? OCSP_CERTID_dup(id.get()) : nullptr;
    if (!request || !requestId || !OCSP_request_add0_id(request.get(), requestId)
        || !OCSP_request_add1_nonce(request.get(), nullptr, -1)) {
        ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: the OCSP request cannot be made"));
    }
    char *host = nullptr, *port = nullptr, *path = nullptr;
    int tls = 0;
    if (OCSP_parse_url(url.constData(), &host, &port, &path, &tls) != 1) {
        ossl::takeErrors();
        return notChecked(QCoreApplication::translate("Signing", "not checked: %1 is not a usable address")
                              .arg(QString::fromUtf8(url)));
    }
    ossl::Bio body(BIO_new(BIO_s_mem()));
    i2d_OCSP_REQUEST_bio(body.get(), request.get());
    // A blocking exchange (as the time-stamp request does), bounded by the budget's seconds.
    ossl::Bio reply(OSSL_HTTP_transfer(nullptr, host, port, path, 0, nullptr, nullptr, nullptr, nullptr,
                                       nullptr, nullptr, 0, nullptr, "application/ocsp-request", body.get(),
                                       "application/ocsp-response", 1, kMaxAnswerBytes, seconds, 0));
    OPENSSL_free(host);
    OPENSSL_free(port);
    OPENSSL_free(path);
    ossl::Owned<OCSP_RESPONSE, OCSP_RESPONSE_free> response(
        reply ? d2i_OCSP_RESPONSE_bio(reply.get(), nullptr) : nullptr);
    if (!response) {
        const QString detail = ossl::takeErrors();
        return notChecked(QCoreApplication::translate("Signing", "not checked: %1 did not answer (%2)")
                              .arg(responder, detail));
    }
    const int answer = OCSP_response_status(response.get());
    if (answer != OCSP_RESPONSE_STATUS_SUCCESSFUL)
        return notChecked(QCoreApplication::translate("Signing", "not checked: %1 refused the request (%2)")
                              .arg(responder, QString::fromLatin1(OCSP_response_status_str(answer))));
    ossl::Owned<OCSP_BASICRESP, OCSP_BASICRESP_free> basic(OCSP_response_get1_basic(response.get()));
    if (!basic || OCSP_check_nonce(request.get(), basic.get()) != 1) {
        ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: the answer of %1 is not for this request")
                .arg(responder));
    }
    // Signed by the issuer itself or by a responder it delegated (id-kp-OCSPSigning), chaining to
    // the trust anchors.
    if (OCSP_basic_verify(basic.get(), chain, store, 0) <= 0) {
        const QString detail = ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate(
                "Signing", "not checked: the answer of %1 is not signed by a trusted responder (%2)")
                .arg(responder, detail));
    }
    int status = -1, reason = -1;
    ASN1_GENERALIZEDTIME *revokedAt = nullptr, *thisUpdate = nullptr, *nextUpdate = nullptr;
    if (OCSP_resp_find_status(basic.get(), id.get(), &status, &reason, &revokedAt, &thisUpdate, &nextUpdate)
        != 1)
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: %1 said nothing of this certificate")
                .arg(responder));
    // Five minutes of clock skew; no age limit beyond nextUpdate.
    if (OCSP_check_validity(thisUpdate, nextUpdate, 300, -1) != 1) {
        ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: the answer of %1 is out of date")
                .arg(responder));
    }
    const QString produced = when(OCSP_resp_get0_produced_at(basic.get()));
    switch (status) {
    case V_OCSP_CERTSTATUS_GOOD:
        return {Kind::Good,
                QCoreApplication::translate("Signing", "good (OCSP, %1, produced at %2)")
                    .arg(responder, produced),
                {},
                {}};
    case V_OCSP_CERTSTATUS_REVOKED: {
        RevocationStatus revoked {Kind::Revoked, {}, ossl::timeOf(revokedAt), reasonText(reason)};
        revoked.note = QCoreApplication::translate("Signing", "revoked on %1 (%2; OCSP, %3, produced at %4)")
                           .arg(revoked.revokedAt.toString(Qt::ISODate), revoked.reason, responder, produced);
        return revoked;
    }
    default:
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: %1 does not know the certificate")
                .arg(responder));
    }
}

RevocationStatus readCrl(const QByteArray &url, X509 *cert, X509 *issuer, const QDeadlineTimer &deadline)
{
    const QString source = hostOf(url);
    const int seconds = secondsLeft(deadline);
    if (seconds <= 0)
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: no time left to fetch the CRL from %1")
                .arg(source));
    ossl::Bio reply(OSSL_HTTP_get(url.constData(), nullptr, nullptr, nullptr, nullptr, nullptr, nullptr, 0,
                                  nullptr, nullptr, 1, kMaxAnswerBytes, seconds));
    ossl::Owned<X509_CRL, X509_CRL_free> crl(reply ? d2i_X509_CRL_bio(reply.get(), nullptr) : nullptr);
    if (!crl) {
        const QString detail = ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: the CRL at %1 was not fetched (%2)")
                .arg(source, detail));
    }
    // Issued and signed by the certificate's issuer, which may sign CRLs, and not out of date.
    EVP_PKEY *issuerKey = X509_get0_pubkey(issuer);
    const bool mayIssue = (X509_get_key_usage(issuer) & KU_CRL_SIGN) != 0;
    if (!mayIssue || X509_NAME_cmp(X509_CRL_get_issuer(crl.get()), X509_get_subject_name(issuer)) != 0
        || !issuerKey || X509_CRL_verify(crl.get(), issuerKey) != 1) {
        ossl::takeErrors();
        return notChecked(
            QCoreApplication::translate("Signing", "not checked: the CRL at %1 is not signed by the issuer")
                .arg(source));
    }
    const ASN1_TIME *nextUpdate = X509_CRL_get0_nextUpdate(crl.get());
    if (nextUpdate && X509_cmp_current_time(nextUpdate) < 0)
        return notChecked(QCoreApplication::translate(
                              "Signing", "not checked: the CRL at %1 is out of date (next update %2)")
                              .arg(source, when(nextUpdate)));
    const QString issued = when(X509_CRL_get0_lastUpdate(crl.get()));
    X509_REVOKED *entry = nullptr;
    if (X509_CRL_get0_by_cert(crl.get(), &entry, cert) == 1 && entry) {
        int reason = -1;
        ossl::Owned<ASN1_ENUMERATED, ASN1_ENUMERATED_free> code(static_cast<ASN1_ENUMERATED *>(
            X509_REVOKED_get_ext_d2i(entry, NID_crl_reason, nullptr, nullptr)));
        if (code)
            reason = int(ASN1_ENUMERATED_get(code.get()));
        RevocationStatus revoked {
            Kind::Revoked, {}, ossl::timeOf(X509_REVOKED_get0_revocationDate(entry)), reasonText(reason)};
        revoked.note = QCoreApplication::translate("Signing", "revoked on %1 (%2; CRL of %3, issued %4)")
                           .arg(revoked.revokedAt.toString(Qt::ISODate), revoked.reason, source, issued);
        return revoked;
    }
    ossl::takeErrors();
    return {Kind::Good,
            QCoreApplication::translate("Signing", "good (CRL of %1, issued %2)").arg(source, issued),
            {},
            {}};
}

} // namespace

RevocationStatus checkRevocation(X509 *cert, X509 *issuer, STACK_OF(X509) * chain, X509_STORE *store,
                                 const QDeadlineTimer &deadline)
{
    const QList<QByteArray> ocsp = ocspUrls(cert);
    const QList<QByteArray> crls = crlUrls(cert);
    if (ocsp.isEmpty() && crls.isEmpty()) {
        const bool namesAny = X509_get_ext_by_NID(cert, NID_info_access, -1) >= 0
            || X509_get_ext_by_NID(cert, NID_crl_distribution_points, -1) >= 0;
        return notChecked(
            namesAny ? QCoreApplication::translate(
                "Signing", "not checked: the certificate names no http OCSP responder or CRL")
                     : QCoreApplication::translate(
                         "Signing", "not checked: the certificate names no OCSP responder or CRL"));
    }
    RevocationStatus status;
    for (const QByteArray &url : ocsp) {
        status = askOcsp(url, cert, issuer, chain, store, deadline);
        if (status.kind != Kind::NotChecked)
            return status;
    }
    // No OCSP answer: the CRL, when there is one (and time left).
    for (const QByteArray &url : crls) {
        RevocationStatus fromCrl = readCrl(url, cert, issuer, deadline);
        if (fromCrl.kind != Kind::NotChecked || status.note.isEmpty())
            status = fromCrl;
        if (status.kind != Kind::NotChecked)
            return status;
    }
    return status;
}

} // namespace sw::signing
