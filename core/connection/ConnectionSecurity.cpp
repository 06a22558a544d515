#include "connection/ConnectionSecurity.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <libpq-fe.h>
#include <openssl/bio.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <memory>

namespace sw::connection {

namespace {

// QPSQL hands out its PGconn as a QVariant holding a PGconn* (Qt's documented way to reach the
// native handle); Qt 6.4 names the type after the struct, "pg_conn*".
PGconn *nativeConnection(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "pg_conn*") != 0 && qstrcmp(handle.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

QString nameText(const X509_NAME *name)
{
    if (!name)
        return {};
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new(BIO_s_mem()), &BIO_free);
    if (!bio || X509_NAME_print_ex(bio.get(), name, 0, XN_FLAG_RFC2253 & ~ASN1_STRFLGS_ESC_MSB) < 0)
        return {};
    char *data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return QString::fromUtf8(data, qsizetype(size));
}

// "TLSv1.3" → "TLS 1.3"
QString protocolText(const QString &protocol)
{
    if (protocol.startsWith(QLatin1String("TLSv")))
        return QStringLiteral("TLS ") + protocol.mid(4);
    return protocol;
}

// The common name out of an RFC 2253 subject, or the whole subject when it has none.
QString commonName(const QString &subject)
{
    for (const QString &part : subject.split(QLatin1Char(',')))
        if (part.startsWith(QLatin1String("CN=")))
            return part;
    return subject;
}

} // namespace

ConnectionSecurity readConnectionSecurity(const QSqlDatabase &db, const ConnectionSpec &spec)
{
    ConnectionSecurity security;
    if (spec.engine != Engine::Postgres)
        return security;
    security.network = true;
    security.mode = spec.effectiveSslMode();
    PGconn *conn = nativeConnection(db);
    if (!conn || !PQsslInUse(conn))
        return security;
    security.encrypted = true;
    security.protocol = QString::fromUtf8(PQsslAttribute(conn, "protocol"));
    security.cipher = QString::fromUtf8(PQsslAttribute(conn, "cipher"));
    if (auto *ssl = static_cast<SSL *>(PQsslStruct(conn, "OpenSSL"))) {
        if (X509 *peer = SSL_get1_peer_certificate(ssl)) {
            security.serverSubject = nameText(X509_get_subject_name(peer));
            security.serverIssuer = nameText(X509_get_issuer_name(peer));
            X509_free(peer);
        }
    }
    return security;
}

QString ConnectionSecurity::summary() const
{
    if (!network)
        return QCoreApplication::translate("Registry", "local file");
    if (!encrypted)
        return QCoreApplication::translate("Registry", "not encrypted");
    QString text = protocolText(protocol);
    if (!serverSubject.isEmpty())
        text += QStringLiteral(" · ") + commonName(serverSubject);
    if (!serverVerified())
        text += QLatin1Char(' ') + QCoreApplication::translate("Registry", "(server not verified)");
    return text;
}

QString ConnectionSecurity::details() const
{
    if (!network)
        return QCoreApplication::translate("Registry", "A local file: nothing crosses a network.");
    if (!encrypted)
        return QCoreApplication::translate("Registry",
                                           "Not encrypted (sslmode=%1): the password and the registry's data "
                                           "cross the network as they are.")
            .arg(sslModeName(mode));
    QStringList lines;
    lines << QCoreApplication::translate("Registry", "Encrypted: %1, %2 (sslmode=%3).")
                 .arg(protocolText(protocol), cipher, sslModeName(mode));
    lines << QCoreApplication::translate("Registry", "Server certificate: %1").arg(serverSubject);
    lines << QCoreApplication::translate("Registry", "Issued by: %1").arg(serverIssuer);
    if (mode == SslMode::VerifyFull)
        lines << QCoreApplication::translate("Registry",
                                             "Verified: signed by the trusted CA and issued to this host.");
    else if (mode == SslMode::VerifyCa)
        lines << QCoreApplication::translate("Registry",
                                             "Signed by the trusted CA; the host name was not checked.");
    else
        lines << QCoreApplication::translate("Registry", "The server's certificate was not verified.");
    return lines.join(QLatin1Char('\n'));
}

} // namespace sw::connection
