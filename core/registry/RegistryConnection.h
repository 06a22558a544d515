#pragma once

#include "registry/ConnectionSpec.h"
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

    static Result<std::unique_ptr<RegistryConnection>>
    open(const ConnectionSpec &spec, const QString &password, Mode mode = Mode::ReadOnly);
    ~RegistryConnection();
    RegistryConnection(const RegistryConnection &) = delete;
    RegistryConnection &operator=(const RegistryConnection &) = delete;

    QSqlDatabase database() const;
    const ConnectionSpec &spec() const { return m_spec; }
    Engine engine() const { return m_spec.engine; }
    Mode mode() const { return m_mode; }

    // Checks the connection with a trivial query; when the server dropped it, reopens it up to
    // `attempts` times with a short back-off. Fails with a message that says what happened.
    Result<void> ensureAlive(int attempts = 3);

private:
    RegistryConnection(ConnectionSpec spec, QString password, Mode mode, QString name);
    Result<void> openNow();

    ConnectionSpec m_spec;
    QString m_password; // kept in memory only, to reconnect after a dropped connection
    Mode m_mode;
    QString m_name;
};

// Turns a failed QtSql operation into a message for the user; the driver text goes to detail.
Error sqlError(const QString &what, const class QSqlError &error);

} // namespace sw::registry
