#include "signing/OpenSslSupport.h"

#include <QStringList>

#include <openssl/err.h>

namespace sw::signing::ossl {

void freeCertStack(STACK_OF(X509) * stack)
{
    sk_X509_pop_free(stack, X509_free);
}

Bio memoryBio(const QByteArray &bytes)
{
    return Bio(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return size > 0 ? QByteArray(data, qsizetype(size)) : QByteArray();
}

QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    Bio out(BIO_new(BIO_s_mem()));
    const unsigned long flags
        = (XN_FLAG_RFC2253 & ~XN_FLAG_SEP_MASK & ~ASN1_STRFLGS_ESC_MSB) | XN_FLAG_SEP_CPLUS_SPC;
    X509_NAME_print_ex(out.get(), name, 0, flags);
    return QString::fromUtf8(bioBytes(out.get()));
}

QString commonName(const X509_NAME *name)
{
    const int index = name ? X509_NAME_get_index_by_NID(name, NID_commonName, -1) : -1;
    if (index < 0)
        return {};
    const ASN1_STRING *value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
    unsigned char *utf8 = nullptr;
    const int length = ASN1_STRING_to_UTF8(&utf8, value);
    if (length < 0)
        return {};
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(utf8), length);
    OPENSSL_free(utf8);
    return text;
}

QDateTime timeOf(const ASN1_TIME *time)
{
    struct tm parts = {};
    if (!time || ASN1_TIME_to_tm(time, &parts) != 1)
        return {};
    return QDateTime(QDate(parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday),
                     QTime(parts.tm_hour, parts.tm_min, parts.tm_sec), Qt::UTC);
}

QByteArray certDer(const X509 *cert)
{
    unsigned char *der = nullptr;
    const int length = i2d_X509(cert, &der);
    if (length <= 0)
        return {};
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return bytes;
}

Cert certFromDer(const QByteArray &der)
{
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    return Cert(d2i_X509(nullptr, &data, long(der.size())));
}

QString takeErrors()
{
    QStringList lines;
    while (const unsigned long code = ERR_get_error()) {
        char buffer[256];
        ERR_error_string_n(code, buffer, sizeof buffer);
        lines << QString::fromLatin1(buffer);
    }
    return lines.join(QStringLiteral("; "));
}

} // namespace sw::signing::ossl
