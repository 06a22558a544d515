#pragma once

#include "casebook/AuditAnchor.h"
#include "casebook/CasebookMigrations.h"
#include "casebook/CasebookRoles.h"
#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

namespace sw::casebook {

// The console's own store (registry.md: cases, complaints, minutes and the audit log live apart
// from the read-only registry): a local SQLite file (one desk: the embedded default and the demo)
// or the Department's PostgreSQL database shared by every desk, with a schema-version table and
// stepwise migrations (CasebookMigrations), the same on both engines. One connection, used by the
// thread that opened it (the GUI's: writes are a few small rows).
//
// On PostgreSQL the server keeps what no desk may decide (CasebookServer): who acts (the session
// user), the audit chain, the roles each change needs. The schema is made and updated by the
// database's owner (`signwatch-cli casebook init`), never by a console that connects.
class Casebook
{
public:
    // QStandardPaths::AppDataLocation + "/casebook.sqlite".
    static QString defaultPath();

    // Opens (creating when missing) the file at `path` and migrates it to the latest version.
    // Refuses a file written by a newer SignWatch (its version is above latestVersion()). Everything
    // done on the casebook (complaints, cases, documents, the audit log and its anchor) is stamped
    // with `clock`.
    static Result<std::unique_ptr<Casebook>> open(const QString &path = defaultPath(),
                                                  const Clock &clock = {});
    // Like open(), but a missing file is an error (Kind::NotFound) and nothing is created: for
    // checking a casebook, where an empty new one would pass for an intact one.
    static Result<std::unique_ptr<Casebook>> openExisting(const QString &path, const Clock &clock = {});
    // A casebook by its connection: a SQLite spec opens (creating) its file as open() does; a
    // PostgreSQL spec connects to the shared casebook, which must be set up (initialise()) and at
    // this version's schema. Nothing falls back to a local file when the server cannot be reached.
    // Purpose::SetUp (`casebook init`) connects to a database that may hold no casebook yet.
    enum class Purpose { Work, SetUp };
    static Result<std::unique_ptr<Casebook>> connect(const connection::ConnectionSpec &spec,
                                                     const connection::Credentials &credentials,
                                                     const Clock &clock = {},
                                                     Purpose purpose = Purpose::Work);
    // `casebook init` on a PostgreSQL casebook (its owner, with CREATEROLE): migrates the schema
    // to this version and sets up the three roles and their grants. Safe to run again. (A SQLite
    // casebook is migrated when opened: nothing to do.) Modules with tracks of their own migrate
    // them (migrateTrack) between connect() and setUpRoles().
    Result<void> initialise();
    Result<void> setUpRoles();
    ~Casebook();
    Casebook(const Casebook &) = delete;
    Casebook &operator=(const Casebook &) = delete;

    QSqlDatabase database() const;
    // The clock the casework on this casebook is stamped with.
    const Clock &clock() const { return m_clock; }
    // SQLite: the file's absolute path; PostgreSQL: the casebook's URL (no password, no TLS query).
    const QString &path() const { return m_path; }
    connection::Engine engine() const { return m_spec.engine; }
    const connection::ConnectionSpec &spec() const { return m_spec; }
    // True for the Department's PostgreSQL casebook.
    bool isShared() const { return m_spec.engine == connection::Engine::Postgres; }
    // Who acts on this casebook: the server's session user (PostgreSQL), the operating-system
    // user (SQLite).
    const QString &user() const { return m_user; }
    // What that person may do: every role on SQLite; on PostgreSQL what the server says.
    const Roles &roles() const { return m_roles; }
    // The schema version the file is at (latestVersion() once open).
    int schemaVersion() const { return m_version; }
    static int latestVersion();

    // A module that keeps tables of its own in this file (publishing's outbox) migrates them here,
    // on a track of its own: `steps` numbered from 1, the version kept under the name `track` in
    // the table schema_tracks, each step in its own write transaction as the casebook's are. So
    // the casebook's versions never depend on which modules are set up. Refuses a track written
    // by a newer SignWatch (Kind::InvalidInput).
    Result<void> migrateTrack(const QString &track, const QList<Migration> &steps);
    // The version of `track` in the file; 0 when it never ran.
    Result<int> trackVersion(const QString &track) const;

    // Runs `work` in one write transaction (taken at once, so that a second console on the same
    // file waits instead of failing half-way); commits when it succeeds, rolls back otherwise.
    // After a commit that added audit entries, raises the audit log's anchor to the new head.
    Result<void> write(const std::function<Result<void>(QSqlDatabase &)> &work);

    // The head of the audit log kept outside this file.
    AuditAnchor &anchor() { return *m_anchor; }
    const AuditAnchor &anchor() const { return *m_anchor; }

private:
    Casebook(QString path, QString connectionName);
    Result<void> migrate();
    // PostgreSQL: refuses a casebook not set up, or at another version than this SignWatch's.
    Result<void> checkServerVersion();
    // Runs the steps above the version `read` finds, recording each one's with `record` (from, to).
    Result<void> runSteps(const QString &track, const QList<Migration> &steps,
                          const std::function<Result<int>(QSqlDatabase &)> &read,
                          const std::function<Result<void>(QSqlDatabase &, int, int)> &record);

    QString m_path;
    QString m_connectionName;
    connection::ConnectionSpec m_spec;
    QString m_user;
    Roles m_roles = Roles::all();
    Clock m_clock;
    int m_version = 0;
    std::unique_ptr<AuditAnchor> m_anchor;
};

} // namespace sw::casebook
