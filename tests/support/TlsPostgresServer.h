#pragma once

#include "connection/ConnectionSpec.h"
#include "util/Result.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sw::test {

// A PostgreSQL 15 server of the test's own with TLS on, and the certificates to talk to it, all
// made for the run and thrown away after it:
// - a CA that signed the server's certificate (CN=localhost, SAN DNS:localhost and IP:127.0.0.1,
//   so that 127.0.0.2, where the server listens too, is a host the certificate does not name),
//   and a second CA that has nothing to do with the server;
// - a client certificate for the role "signwatch_cert", which logs in by its certificate alone
//   (pg_hba "cert"), with its key in clear and encrypted under keyPassphrase();
// - the role "signwatch" (superuser, password()) logs in by password, over TLS only: the server
//   refuses every connection without TLS;
// - a database "registry" with the contract's tables, readable by both roles.
// Start one per test executable (a cluster takes a second or two). As root the cluster runs as
// the `postgres` user, as scripts/temp-postgres.sh does.
class TlsPostgresServer
{
public:
    static Result<std::unique_ptr<TlsPostgresServer>> start();
    ~TlsPostgresServer();

    int port() const { return m_port; }
    QString caFile() const { return m_clientDir + QStringLiteral("/ca.crt"); }
    QString otherCaFile() const { return m_clientDir + QStringLiteral("/other-ca.crt"); }
    QString clientCert() const { return m_clientDir + QStringLiteral("/client.crt"); }
    QString clientKey() const { return m_clientDir + QStringLiteral("/client.key"); }
    QString encryptedClientKey() const { return m_clientDir + QStringLiteral("/client-encrypted.key"); }
    static QString keyPassphrase() { return QStringLiteral("Khóa-bí-mật 2023"); }
    static QString password() { return QStringLiteral("signwatch-tls-test"); }
    static QString certUser() { return QStringLiteral("signwatch_cert"); }

    // The "registry" database as the role "signwatch" on 127.0.0.1 with this mode and the CA that
    // signed the server's certificate.
    connection::ConnectionSpec spec(connection::SslMode mode) const;

    // Whether a test must fail rather than skip when the server cannot be started.
    static bool required();

private:
    TlsPostgresServer() = default;
    Result<void> makeCertificates();
    Result<void> startCluster();
    Result<void> createRegistry();
    // Runs a server binary, as `postgres` when this process is root.
    Result<void> runServerTool(const QString &tool, const QStringList &arguments);

    QTemporaryDir m_dir;
    QString m_clientDir; // the test's certificates and keys (owned by this process's user)
    QString m_serverDir; // the server's certificate, key and data (owned by the server's user)
    int m_port = 0;
    bool m_running = false;
};

} // namespace sw::test
