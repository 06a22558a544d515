#pragma once

// Inside the signing module only: small helpers around OpenSSL objects (owners, names, times,
// the error queue), so that the engine's files read as what they do.

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <openssl/bio.h>
#include <openssl/cms.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <memory>

namespace sw::signing::ossl {

template<auto Free>
struct Deleter
{
    template<typename T>
    void operator()(T *p) const
    {
        Free(p);
    }
};
template<typename T, auto Free>
using Owned = std::unique_ptr<T, Deleter<Free>>;

using Bio = Owned<BIO, BIO_free_all>;
using Cert = Owned<X509, X509_free>;
using Key = Owned<EVP_PKEY, EVP_PKEY_free>;
using Cms = Owned<CMS_ContentInfo, CMS_ContentInfo_free>;
using Store = Owned<X509_STORE, X509_STORE_free>;
using StoreCtx = Owned<X509_STORE_CTX, X509_STORE_CTX_free>;

void freeCertStack(STACK_OF(X509) * stack);
using CertStack = Owned<STACK_OF(X509), freeCertStack>;

// A read-only memory BIO over the bytes (which must outlive it).
Bio memoryBio(const QByteArray &bytes);
QByteArray bioBytes(BIO *bio);

// "CN=Nguyễn Văn A, O=Sở …" (most specific first, UTF-8 kept, as RFC 2253 orders it).
QString nameText(const X509_NAME *name);
QString commonName(const X509_NAME *name);
QDateTime timeOf(const ASN1_TIME *time); // UTC; invalid when unreadable
QByteArray certDer(const X509 *cert);
Cert certFromDer(const QByteArray &der);

// The OpenSSL error queue as one line (for Error::detail), emptied.
QString takeErrors();

} // namespace sw::signing::ossl
