#include "signing/CmsSignature.h"
#include "signing/PdfVerifier.h"
#include "signing/RevocationCheck.h"
#include "signing/SigningKeyState.h"

#include <QCoreApplication>

#include <openssl/ess.h>
#include <openssl/ts.h>
#include <openssl/x509v3.h>

namespace sw::signing {

namespace {

X509 *signerCertificate(CMS_ContentInfo *cms, CMS_SignerInfo *signer)
{
    STACK_OF(X509) *certs = CMS_get1_certs(cms);
    X509 *found = nullptr;
    for (int i = 0; certs && i < sk_X509_num(certs) && !found; ++i) {
        if (CMS_SignerInfo_cert_cmp(signer, sk_X509_value(certs, i)) == 0)
            found = X509_dup(sk_X509_value(certs, i));
    }
    sk_X509_pop_free(certs, X509_free);
    return found;
}

ossl::Store storeOf(const TrustAnchors &anchors)
{
    ossl::Store store(X509_STORE_new());
    STACK_OF(X509) *certs = AnchorAccess::certificates(anchors);
    for (int i = 0; i < sk_X509_num(certs); ++i)
        X509_STORE_add_cert(store.get(), sk_X509_value(certs, i));
    // An anchor may be an intermediate (a Department's sub-CA) rather than a root.
    X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    return store;
}

time_t epochOf(const QDateTime &time)
{
    return time_t(time.toSecsSinceEpoch());
}

// RFC 3161 token in the unsigned attribute id-aa-signatureTimeStampToken, checked against the
// signature value; its time goes into check.timestamp when the token is intact and matches.
void checkTimestamp(CMS_SignerInfo *signer, const TrustAnchors &anchors, SignatureCheck &check)
{
    const int index = CMS_unsigned_get_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, -1);
    if (index < 0)
        return;
    X509_ATTRIBUTE *attribute = CMS_unsigned_get_attr(signer, index);
    const ASN1_TYPE *value = X509_ATTRIBUTE_get0_type(attribute, 0);
    if (!value || value->type != V_ASN1_SEQUENCE) {
        check.problems << QCoreApplication::translate("Signing", "The time-stamp cannot be read.");
        return;
    }
    const unsigned char *der = ASN1_STRING_get0_data(value->value.sequence);
    ossl::Owned<PKCS7, PKCS7_free> token(d2i_PKCS7(nullptr, &der, ASN1_STRING_length(value->value.sequence)));
    ossl::Owned<TS_TST_INFO, TS_TST_INFO_free> info(token ? PKCS7_to_TS_TST_INFO(token.get()) : nullptr);
    if (!info) {
        check.problems << QCoreApplication::translate("Signing", "The time-stamp cannot be read.");
        ossl::takeErrors();
        return;
    }
    const ASN1_OCTET_STRING *signature = CMS_SignerInfo_get0_signature(signer);
    const QByteArray signatureValue(reinterpret_cast<const char *>(ASN1_STRING_get0_data(signature)),
                                    ASN1_STRING_length(signature));
    auto verifyToken = [&](int flags, X509_STORE *store) {
        ossl::Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free> context(TS_VERIFY_CTX_new());
        TS_VERIFY_CTX_set_flags(context.get(), flags);
        TS_VERIFY_CTX_set_data(context.get(),
                               BIO_new_mem_buf(signatureValue.constData(), int(signatureValue.size())));
        if (store)
            TS_VERIFY_CTX_set_store(context.get(), store);
        const bool ok = TS_RESP_verify_token(context.get(), token.get()) == 1;
        ossl::takeErrors();
        return ok;
    };
    // The token's own signature, with no trust decision yet, and its imprint of this signature.
    const bool intact = PKCS7_verify(token.get(), nullptr, nullptr, nullptr, nullptr, PKCS7_NOVERIFY) == 1;
    ossl::takeErrors();
    if (!intact || !verifyToken(TS_VFY_VERSION | TS_VFY_DATA, nullptr)) {
        check.problems << QCoreApplication::translate("Signing",
                                                      "The time-stamp does not match the signature.");
        check.intact = false;
        return;
    }
    check.timestamp = ossl::timeOf(TS_TST_INFO_get_time(info.get()));
    if (anchors.isEmpty())
        return;
    ossl::Store store = storeOf(anchors);
    X509_STORE *raw = store.release(); // TS_VERIFY_CTX_free frees the store it was given
    X509_STORE_up_ref(raw);
    const bool trusted = verifyToken(TS_VFY_VERSION | TS_VFY_DATA | TS_VFY_SIGNATURE, raw);
    X509_STORE_free(raw);
    if (!trusted)
        check.problems << QCoreApplication::translate(
            "Signing", "The time-stamping authority is not among the trusted anchors.");
}

// The signed attribute signing-certificate-v2 (or v1) holds the hash of the signer's certificate
// (ETSI EN 319 122-1 §5.2.2): the certificate in the signature cannot be swapped for another with the
// same key.
bool namesItsCertificate(CMS_SignerInfo *signer, X509 *cert)
{
    auto attributeValue = [&](int nid) -> const ASN1_STRING * {
        const int index = CMS_signed_get_attr_by_NID(signer, nid, -1);
        const ASN1_TYPE *value
            = index < 0 ? nullptr : X509_ATTRIBUTE_get0_type(CMS_signed_get_attr(signer, index), 0);
        return value && value->type == V_ASN1_SEQUENCE ? value->value.sequence : nullptr;
    };
    ossl::Owned<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> v2;
    ossl::Owned<ESS_SIGNING_CERT, ESS_SIGNING_CERT_free> v1;
    if (const ASN1_STRING *der = attributeValue(NID_id_smime_aa_signingCertificateV2)) {
        const unsigned char *p = ASN1_STRING_get0_data(der);
        v2.reset(d2i_ESS_SIGNING_CERT_V2(nullptr, &p, ASN1_STRING_length(der)));
    }
    if (const ASN1_STRING *der = attributeValue(NID_id_smime_aa_signingCertificate)) {
        const unsigned char *p = ASN1_STRING_get0_data(der);
        v1.reset(d2i_ESS_SIGNING_CERT(nullptr, &p, ASN1_STRING_length(der)));
    }
    if (!v1 && !v2)
        return false;
    ossl::CertStack chain(sk_X509_new_null());
    sk_X509_push(chain.get(), X509_dup(cert));
    const bool ok = OSSL_ESS_check_signing_certs(v1.get(), v2.get(), chain.get(), 1) == 1;
    ossl::takeErrors();
    return ok;
}

// Offline: what the certificate names, nothing fetched (the console must work without a network).
QString offlineRevocationNote(X509 *cert)
{
    ossl::Owned<STACK_OF(OPENSSL_STRING), X509_email_free> ocsp(X509_get1_ocsp(cert));
    const bool hasCrl = X509_get_ext_by_NID(cert, NID_crl_distribution_points, -1) >= 0;
    if (sk_OPENSSL_STRING_num(ocsp.get()) <= 0 && !hasCrl)
        return QCoreApplication::translate("Signing",
                                           "not checked: the certificate names no OCSP responder or CRL");
    return QCoreApplication::translate("Signing", "not checked (offline)");
}

// §3 "OCSP/CRL when reachable, said when not": the signer's certificate against its issuer in the
// verified chain. A revocation after the verified time-stamp leaves the signature as it was (the
// key was still the signer's when it signed); one before it, or any without a time-stamp, does not.
void checkRevocationOnline(X509_STORE_CTX *verified, X509_STORE *store, SignatureCheck &check,
                           const QDeadlineTimer &deadline)
{
    STACK_OF(X509) *chain = X509_STORE_CTX_get0_chain(verified);
    if (sk_X509_num(chain) < 2) {
        check.revocation = QCoreApplication::translate(
            "Signing", "not checked: the signer's certificate is itself a trust anchor");
        return;
    }
    const RevocationStatus status
        = checkRevocation(sk_X509_value(chain, 0), sk_X509_value(chain, 1), chain, store, deadline);
    check.revocation = status.note;
    if (status.kind != RevocationStatus::Kind::Revoked)
        return;
    if (check.timestamp && status.revokedAt.isValid() && status.revokedAt > *check.timestamp) {
        check.revocation += QLatin1String("; ")
            + QCoreApplication::translate("Signing", "after the time-stamp: the signature stands");
        return;
    }
    check.trusted = false;
    check.problems << (check.timestamp
                           ? QCoreApplication::translate(
                               "Signing",
                               "The signer's certificate was revoked on %1 (%2), before the time-stamp.")
                           : QCoreApplication::translate(
                               "Signing",
                               "The signer's certificate was revoked on %1 (%2), and no time-stamp shows the "
                               "signature was made before."))
                          .arg(status.revokedAt.toString(Qt::ISODate), status.reason);
}

} // namespace

void checkCmsSignature(const QByteArray &cmsBytes, const QByteArray &signedBytes, const TrustAnchors &anchors,
                       const VerifyOptions &options, const QDeadlineTimer &deadline, SignatureCheck &check)
{
    auto input = ossl::memoryBio(cmsBytes);
    ossl::Cms cms(d2i_CMS_bio(input.get(), nullptr));
    STACK_OF(CMS_SignerInfo) *signers = cms ? CMS_get0_SignerInfos(cms.get()) : nullptr;
    if (!signers || sk_CMS_SignerInfo_num(signers) != 1) {
        check.problems << QCoreApplication::translate(
            "Signing", "The signature is not a CMS signature with one signer.");
        ossl::takeErrors();
        return;
    }
    CMS_SignerInfo *signer = sk_CMS_SignerInfo_value(signers, 0);
    ossl::Cert cert(signerCertificate(cms.get(), signer));
    if (!cert) {
        check.problems << QCoreApplication::translate("Signing",
                                                      "The signer's certificate is not in the signature.");
        return;
    }
    check.subject = ossl::nameText(X509_get_subject_name(cert.get()));
    check.issuer = ossl::nameText(X509_get_issuer_name(cert.get()));
    check.commonName = ossl::commonName(X509_get_subject_name(cert.get()));

    // The message digest over the byte range and the signature over the signed attributes.
    auto data = ossl::memoryBio(signedBytes);
    check.intact = CMS_verify(cms.get(), nullptr, nullptr, data.get(), nullptr,
                              CMS_DETACHED | CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY)
        == 1;
    ossl::takeErrors();
    if (!check.intact) {
        check.problems << QCoreApplication::translate(
            "Signing", "The signed bytes were changed after signing (the signature does not match).");
        return;
    }
    // The signing-certificate(-v2) attribute names this certificate (ETSI EN 319 122-1 §5.2.2).
    if (!namesItsCertificate(signer, cert.get()))
        check.problems << QCoreApplication::translate(
            "Signing",
            "The signature does not name its certificate (signing-certificate attribute "
            "missing or for another certificate).");

    checkTimestamp(signer, anchors, check);
    // The time the certificate must have been valid at: the time-stamp's, else the claimed /M. A
    // signature with neither cannot show it was made while the certificate was valid.
    const QDateTime at = check.timestamp.value_or(check.claimedTime);
    check.validAtSigningTime = at.isValid() && ossl::timeOf(X509_get0_notBefore(cert.get())) <= at
        && at <= ossl::timeOf(X509_get0_notAfter(cert.get()));
    if (!at.isValid())
        check.problems << QCoreApplication::translate("Signing", "The signature gives no signing time.");
    else if (!check.validAtSigningTime)
        check.problems << QCoreApplication::translate(
                              "Signing", "The certificate was not valid at the signing time (%1).")
                              .arg(at.toUTC().toString(Qt::ISODate));

    check.revocation = offlineRevocationNote(cert.get());
    if (anchors.isEmpty()) {
        if (options.checkRevocation)
            check.revocation = QCoreApplication::translate(
                "Signing", "not checked: no trust anchor to verify an OCSP or CRL answer against");
        check.problems << QCoreApplication::translate(
            "Signing", "No trust anchor was given: who issued the certificate is not checked.");
    } else {
        ossl::Store store = storeOf(anchors);
        ossl::StoreCtx context(X509_STORE_CTX_new());
        STACK_OF(X509) *untrusted = CMS_get1_certs(cms.get());
        X509_STORE_CTX_init(context.get(), store.get(), cert.get(), untrusted);
        if (at.isValid())
            X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), epochOf(at));
        const bool chained = X509_verify_cert(context.get()) == 1;
        if (!chained)
            check.problems << QCoreApplication::translate(
                                  "Signing", "The certificate does not chain to a trusted anchor: %1.")
                                  .arg(QString::fromUtf8(X509_verify_cert_error_string(
                                      X509_STORE_CTX_get_error(context.get()))));
        ossl::takeErrors();
        check.trusted = chained && check.validAtSigningTime;
        if (options.checkRevocation && chained)
            checkRevocationOnline(context.get(), store.get(), check, deadline);
        else if (options.checkRevocation)
            check.revocation = QCoreApplication::translate(
                "Signing", "not checked: the certificate does not chain to a trusted anchor");
        sk_X509_pop_free(untrusted, X509_free);
    }
}

} // namespace sw::signing
