#include "signing/CmsSignature.h"

#include "signing/TimestampClient.h"

#include <QCoreApplication>

#include <openssl/ess.h>
#include <openssl/pkcs7.h>

namespace sw::signing {

namespace {

Error cmsError(const QString &what)
{
    return Error::make(QCoreApplication::translate("Signing", "The signature cannot be made: %1.").arg(what),
                       ossl::takeErrors());
}

// The DER of one ASN.1 value written by an i2d_ function.
template<typename T, typename Encode>
QByteArray derOf(const T *value, Encode encode)
{
    unsigned char *der = nullptr;
    const int length = encode(value, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

bool addSigningCertificateV2(CMS_SignerInfo *signer, X509 *cert)
{
    // ETSI EN 319 122-1 §5.2.2.2: signing-certificate-v2 with a SHA-256 hash of the certificate;
    // issuerSerial left out (it "should not" be included).
    ossl::Owned<ESS_SIGNING_CERT_V2, ESS_SIGNING_CERT_V2_free> essCert(
        OSSL_ESS_signing_cert_v2_new_init(EVP_sha256(), cert, nullptr, 0));
    if (!essCert)
        return false;
    const QByteArray der = derOf(essCert.get(), i2d_ESS_SIGNING_CERT_V2);
    return !der.isEmpty()
        && CMS_signed_add1_attr_by_NID(signer, NID_id_smime_aa_signingCertificateV2, V_ASN1_SEQUENCE,
                                       der.constData(), int(der.size()))
        > 0;
}

// Frees the list only: the attributes stay the signer's.
void freeAttributeList(STACK_OF(X509_ATTRIBUTE) * list)
{
    sk_X509_ATTRIBUTE_free(list);
}

void freeBytes(unsigned char *bytes)
{
    OPENSSL_free(bytes);
}

// Signs the signed attributes as they are. OpenSSL's CMS_SignerInfo_sign (reached through CMS_final)
// always adds a signingTime attribute, which PAdES B-B forbids (the time is the PDF's /M): the
// messageDigest is added and the attributes signed here instead, with the same OpenSSL calls.
bool signAttributes(CMS_SignerInfo *signer, EVP_PKEY *key, const QByteArray &signedBytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    if (!EVP_Digest(signedBytes.constData(), std::size_t(signedBytes.size()), digest, &digestLength,
                    EVP_sha256(), nullptr))
        return false;
    if (CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_contentType, V_ASN1_OBJECT, OBJ_nid2obj(NID_pkcs7_data),
                                    -1)
            <= 0
        || CMS_signed_add1_attr_by_NID(signer, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest,
                                       int(digestLength))
            <= 0)
        return false;

    // The attributes as a DER SET OF Attribute (sorted), which is what the signature covers (RFC 5652
    // §5.4): PKCS7_ATTR_SIGN is that encoding.
    ossl::Owned<STACK_OF(X509_ATTRIBUTE), freeAttributeList> attributes(sk_X509_ATTRIBUTE_new_null());
    for (int i = 0; i < CMS_signed_get_attr_count(signer); ++i)
        sk_X509_ATTRIBUTE_push(attributes.get(), CMS_signed_get_attr(signer, i));
    unsigned char *der = nullptr;
    const int derLength = ASN1_item_i2d(reinterpret_cast<ASN1_VALUE *>(attributes.get()), &der,
                                        ASN1_ITEM_rptr(PKCS7_ATTR_SIGN));
    if (derLength <= 0)
        return false;
    ossl::Owned<unsigned char, freeBytes> derOwner(der);

    ossl::Owned<EVP_MD_CTX, EVP_MD_CTX_free> context(EVP_MD_CTX_new());
    std::size_t signatureLength = 0;
    if (EVP_DigestSignInit(context.get(), nullptr, EVP_sha256(), nullptr, key) <= 0
        || EVP_DigestSign(context.get(), nullptr, &signatureLength, der, std::size_t(derLength)) <= 0)
        return false;
    QByteArray signature(qsizetype(signatureLength), '\0');
    if (EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &signatureLength,
                       der, std::size_t(derLength))
        <= 0)
        return false;
    return ASN1_STRING_set(CMS_SignerInfo_get0_signature(signer), signature.constData(), int(signatureLength))
        == 1;
}

} // namespace

Result<QByteArray> makeCmsSignature(const KeyState &key, const QByteArray &signedBytes,
                                    const QUrl &timestampUrl, int timestampTimeoutMs)
{
    const unsigned int flags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
    // CMS_sign with no signer yet: the SignedData shell, detached; the certificates ride along.
    ossl::Cms cms(CMS_sign(nullptr, nullptr, key.chain.get(), nullptr, flags));
    if (!cms)
        return cmsError(QCoreApplication::translate("Signing", "no CMS structure"));
    CMS_SignerInfo *signer
        = CMS_add1_signer(cms.get(), key.cert.get(), key.key.get(), EVP_sha256(), flags | CMS_NOSMIMECAP);
    if (!signer)
        return cmsError(QCoreApplication::translate("Signing", "the key does not fit its certificate"));
    if (!addSigningCertificateV2(signer, key.cert.get()))
        return cmsError(QCoreApplication::translate("Signing", "no signing-certificate-v2 attribute"));
    if (!signAttributes(signer, key.key.get(), signedBytes))
        return cmsError(
            QCoreApplication::translate("Signing", "the key refused to sign (is the token still there?)"));

    if (!timestampUrl.isEmpty()) {
        const ASN1_OCTET_STRING *value = CMS_SignerInfo_get0_signature(signer);
        const QByteArray signatureValue(reinterpret_cast<const char *>(ASN1_STRING_get0_data(value)),
                                        ASN1_STRING_length(value));
        auto token = requestTimestampToken(timestampUrl, signatureValue, timestampTimeoutMs);
        if (!token)
            return token.error();
        // RFC 3161 Appendix A / ETSI EN 319 122-1 §5.3: id-aa-signatureTimeStampToken, unsigned.
        if (CMS_unsigned_add1_attr_by_NID(signer, NID_id_smime_aa_timeStampToken, V_ASN1_SEQUENCE,
                                          token->constData(), int(token->size()))
            <= 0)
            return cmsError(QCoreApplication::translate("Signing", "the time-stamp cannot be attached"));
    }

    ossl::Bio out(BIO_new(BIO_s_mem()));
    if (i2d_CMS_bio(out.get(), cms.get()) != 1)
        return cmsError(QCoreApplication::translate("Signing", "the CMS structure cannot be written"));
    return ossl::bioBytes(out.get());
}

} // namespace sw::signing
