#include "signing/PdfVerifier.h"

#include "signing/SigningKeyState.h"

#include <QCoreApplication>
#include <QFile>

#include <openssl/pem.h>

namespace sw::signing {

TrustAnchors::TrustAnchors() : d(std::make_shared<AnchorState>()) { }

Result<TrustAnchors> TrustAnchors::fromFiles(const QStringList &paths)
{
    QList<QByteArray> contents;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::make(
                QCoreApplication::translate("Signing", "The trust anchor file %1 cannot be read.").arg(path),
                file.errorString(), Error::Kind::NotFound);
        contents << file.readAll();
    }
    auto anchors = fromData(contents);
    if (!anchors) {
        Error error = anchors.error();
        error.detail = paths.join(QStringLiteral(", "));
        return error;
    }
    return anchors;
}

Result<TrustAnchors> TrustAnchors::fromData(const QList<QByteArray> &certificates)
{
    TrustAnchors anchors;
    for (const QByteArray &bytes : certificates) {
        int found = 0;
        if (bytes.contains("-----BEGIN")) {
            auto bio = ossl::memoryBio(bytes);
            while (X509 *cert = PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr)) {
                sk_X509_push(anchors.d->certificates.get(), cert);
                ++found;
            }
            ossl::takeErrors(); // the end of the PEM data
        } else if (ossl::Cert cert = ossl::certFromDer(bytes)) {
            sk_X509_push(anchors.d->certificates.get(), cert.release());
            ++found;
        }
        if (found == 0)
            return Error::make(
                QCoreApplication::translate("Signing", "A trust anchor file holds no certificate."), {},
                Error::Kind::InvalidInput);
    }
    return anchors;
}

bool TrustAnchors::isEmpty() const
{
    return sk_X509_num(d->certificates.get()) == 0;
}

int TrustAnchors::count() const
{
    return sk_X509_num(d->certificates.get());
}

QStringList TrustAnchors::subjects() const
{
    QStringList list;
    for (int i = 0; i < count(); ++i)
        list << ossl::nameText(X509_get_subject_name(sk_X509_value(d->certificates.get(), i)));
    return list;
}

} // namespace sw::signing
