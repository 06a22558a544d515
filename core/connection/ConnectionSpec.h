#pragma once

#include "util/Result.h"

#include <QString>

#include <optional>

namespace sw::connection {

enum class Engine { Sqlite, Postgres };

QString engineName(Engine engine); // "SQLite" / "PostgreSQL"

// How a PostgreSQL connection uses TLS: libpq's sslmode values, weakest first (allow is left
// out: it only encrypts when the server insists, which protects nothing).
enum class SslMode { Disable, Prefer, Require, VerifyCa, VerifyFull };

QString sslModeName(SslMode mode); // libpq's word: "disable" … "verify-full"
std::optional<SslMode> sslModeFromName(const QString &name);
// A host on this machine: localhost, a loopback address, or a Unix-socket folder.
bool isLocalHost(const QString &host);
// verify-full for a server on the network; prefer for this machine, whose test and demo servers
// run without TLS and whose traffic never crosses a network.
SslMode defaultSslMode(const QString &host);

// Where a registry lives, and how to reach it safely. Never holds a password or a key's
// passphrase: those stay in the keychain or in memory.
struct ConnectionSpec
{
    Engine engine = Engine::Sqlite;
    QString path; // SQLite: the file
    QString host; // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    // TLS (PostgreSQL): unset means the default for the host (defaultSslMode). The files are
    // absolute paths; empty means libpq's own default (~/.postgresql/…).
    std::optional<SslMode> sslMode;
    QString sslRootCert; // the CA certificate(s) that must have signed the server's
    QString sslCert; // the client certificate, for servers that ask for one
    QString sslKey; // its private key (when encrypted, the passphrase comes from the keychain)

    // "sqlite:PATH" or "postgresql://USER@HOST:PORT/DB?sslmode=…&sslrootcert=…&sslcert=…&sslkey=…"
    // (port and query optional). A password in the URL is refused: it would end up in shell
    // history and process lists. Any other query parameter is refused too, not ignored.
    static Result<ConnectionSpec> parse(const QString &url);
    // The URL that parse() reads back; the TLS query only holds what differs from the defaults.
    QString toUrl() const;
    // Short human form for the status bar: the file name, or db@host.
    QString displayName() const;
    // Which registry this is, whatever the way to it: the URL without the TLS query. Names the
    // registry in the findings store and the keychain, so that a change of TLS settings keeps
    // the stored scans and the saved password (entries of versions without TLS settings too).
    QString registryKey() const;
    // The keychain entry that holds this connection's password (PostgreSQL only).
    QString keychainKey() const;
    // The keychain entry that holds the passphrase of the client key (PostgreSQL only).
    QString sslKeyKeychainKey() const;

    SslMode effectiveSslMode() const;
    // True when the effective mode is below verify-full for a server on the network.
    bool tlsBelowRecommended() const;

    // Compares what the connection does: an unset sslMode equals its default spelled out.
    bool operator==(const ConnectionSpec &other) const;
};

// What a TLS mode below verify-full means for this connection, in one sentence for a warning;
// empty when there is nothing to warn about (verify-full, SQLite, a server on this machine).
QString tlsWarning(const ConnectionSpec &spec);

} // namespace sw::connection
