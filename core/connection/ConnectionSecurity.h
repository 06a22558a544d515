#pragma once

#include "connection/ConnectionSpec.h"

#include <QMetaType>
#include <QString>

class QSqlDatabase;

namespace sw::connection {

// Whether a registry session is encrypted and to whom, as read from the live connection (not from
// what was asked for): libpq's TLS state and the certificate the server presented.
struct ConnectionSecurity
{
    bool network = false; // false for a SQLite file: nothing travels
    bool encrypted = false;
    SslMode mode = SslMode::Prefer; // what the connection was made with
    QString protocol; // e.g. "TLSv1.3"
    QString cipher; // e.g. "TLS_AES_256_GCM_SHA384"
    QString serverSubject; // the server certificate's subject, RFC 2253 ("CN=db.hue.gov.vn,O=…")
    QString serverIssuer;

    // The server's certificate was checked against the CA (verify-ca, verify-full) and, with
    // verify-full, its name against the host.
    bool serverVerified() const { return encrypted && mode >= SslMode::VerifyCa; }
    // One line for the status bar and `signwatch-cli check`: "TLS 1.3 · CN=db.hue.gov.vn
    // (verified)", "not encrypted", or "local file".
    QString summary() const;
    // Several lines with every detail, for a tooltip or the check command.
    QString details() const;
};

// Reads the security of an open connection of the given spec (QPSQL: libpq's PGconn behind the
// driver; QSQLITE: a local file).
ConnectionSecurity readConnectionSecurity(const QSqlDatabase &db, const ConnectionSpec &spec);

} // namespace sw::connection

Q_DECLARE_METATYPE(sw::connection::ConnectionSecurity)
