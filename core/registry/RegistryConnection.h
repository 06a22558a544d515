#pragma once

#include "connection/ConnectionSecurity.h"
#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace sw::registry {

// One open database connection to a registry, owned by the thread that opened it (QtSql allows a
// connection only in the thread that created it: open one per worker thread).
class RegistryConnection
{
public:
    enum class Mode {
        ReadOnly, // the console's way to a registry: every write fails (SQLite read-only open,
                  // PostgreSQL read-only transactions)
        Write // for the demo generator and tests that build registries
    };

    // PostgreSQL: TLS as the spec says (libpq refuses a server that cannot give what the mode
    // demands before any password is sent). SQLite, read-only: a file that is not a SQLite
    // database, or is truncated, fails here with a message naming it (Error::Kind::Damaged).
    static Result<std::unique_ptr<RegistryConnection>> open(const connection::ConnectionSpec &spec,
                                                            const connection::Credentials &credentials,
                                                            Mode mode = Mode::ReadOnly);
    ~RegistryConnection();
    RegistryConnection(const RegistryConnection &) = delete;
    RegistryConnection &operator=(const RegistryConnection &) = delete;

    QSqlDatabase database() const;
    const connection::ConnectionSpec &spec() const { return m_spec; }
    connection::Engine engine() const { return m_spec.engine; }
    Mode mode() const { return m_mode; }
    // Read from the live connection each time: encrypted or not, and the server's certificate.
    connection::ConnectionSecurity security() const;

    // SQLite: reads every page of the file (PRAGMA quick_check, about a second for a province's
    // registry) and fails with Kind::Damaged naming what is wrong. PostgreSQL keeps its own files
    // sound: nothing to do.
    Result<void> checkIntegrity();

    // Checks the connection with a trivial query; when the server dropped it, reopens it up to
    // `attempts` times with a short back-off. Fails with a message that says what happened.
    Result<void> ensureAlive(int attempts = 3);

private:
    RegistryConnection(connection::ConnectionSpec spec, connection::Credentials credentials, Mode mode,
                       QString name);
    Result<void> openNow();
    Result<void> openSqlite();
    Result<void> openPostgres();

    connection::ConnectionSpec m_spec;
    connection::Credentials m_credentials; // kept in memory only, to reconnect after a dropped connection
    Mode m_mode;
    QString m_name;
};

} // namespace sw::registry
