#pragma once

#include "casebook/Casebook.h"
#include "casebook/CasebookRoles.h"
#include "connection/ConnectionSpec.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace sw::test {

// A fresh casebook for one test, on one engine (ScratchRegistry.h: enginesUnderTest,
// addEngineRows): a temporary SQLite file, or a new PostgreSQL database (UTF-8) set up as
// `signwatch-cli casebook init` does it, as the admin of SIGNWATCH_TEST_PG (its owner). Logins made
// for it are named after the database, so that tests running at once on one server never meet;
// the database and every role made for it are dropped when this goes away.
class ScratchCasebook
{
public:
    static Result<std::unique_ptr<ScratchCasebook>> create(connection::Engine engine,
                                                           const Clock &clock = {});
    ~ScratchCasebook();
    ScratchCasebook(const ScratchCasebook &) = delete;
    ScratchCasebook &operator=(const ScratchCasebook &) = delete;

    connection::Engine engine() const { return m_spec.engine; }
    bool isShared() const { return m_spec.engine == connection::Engine::Postgres; }
    // The owner's casebook (SQLite: the one user).
    casebook::Casebook &casebook() { return *m_casebook; }
    // The owner's connection, as a caller would give it to Casebook::connect.
    const connection::ConnectionSpec &spec() const { return m_spec; }
    const QString &password() const { return m_password; }
    // The PostgreSQL database's name (empty on SQLite).
    const QString &databaseName() const { return m_spec.database; }

    // Closes the owner's casebook and opens it again (as a console that stopped and started).
    Result<void> reopen();
    // Closes the owner's casebook (PostgreSQL: its connection), e.g. before another process works.
    void close() { m_casebook.reset(); }

    // PostgreSQL: a new login "<database>_<name>" (password returned by loginPassword) holding
    // `roles` (none: a login of no role of the casebook).
    Result<QString> addLogin(const QString &name, const QList<casebook::Role> &roles);
    static QString loginPassword(const QString &login) { return login + QStringLiteral("-pw"); }
    // The connection of `login` (the casebook's database, that login).
    connection::ConnectionSpec specOf(const QString &login) const;
    // The casebook as `login` sees it (Casebook::connect, Purpose::Work).
    Result<std::unique_ptr<casebook::Casebook>> connectAs(const QString &login,
                                                          const Clock &clock = {}) const;
    // A plain QPSQL connection as `login`, named `connectionName` (the caller removes it).
    Result<QSqlDatabase> plainConnection(const QString &login, const QString &connectionName) const;

    // Changes the casebook as someone with other tools would, around SignWatch and its checks:
    // SQLite: its own connection with the append-only and frozen-document triggers dropped
    // (CasebookTamperer); PostgreSQL: the admin with session_replication_role = replica (no
    // trigger fires). Fails with the statement that failed.
    Result<void> tamper(const QStringList &statements);

private:
    ScratchCasebook() = default;
    Result<void> setUpServer();

    connection::ConnectionSpec m_spec;
    QString m_password;
    Clock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<casebook::Casebook> m_casebook;
    QStringList m_logins;
    bool m_created = false;
};

} // namespace sw::test
