#pragma once

#include "casebook/CasebookMigrations.h"
#include "casebook/CasebookRoles.h"
#include "util/Result.h"

#include <QSqlDatabase>
#include <QString>

// What a shared casebook's PostgreSQL server does itself (issue 13), so that no console and no
// plain SQL session can go around it: the person behind every audit entry (the session user), the
// audit chain (computed on the server, appends serialised, append-only), the roles each change
// needs, and a notification to the other desks after every change. On SQLite none of it exists:
// one desk, one user who holds every role.
namespace sw::casebook::server {

// The channel of the notifications (LISTEN signwatch_casework); the payload is the table changed.
inline constexpr const char *notifyChannel = "signwatch_casework";

// The key of the transaction-level advisory lock every write of the casebook takes, so that
// writes run one after the other as SQLite's do (the audit chain, ids, document numbers).
inline constexpr qint64 writeLockKey = 0x5357434253574342LL; // "SWCBSWCB"

// The schema step that installs the server's checks; `version` is its number in the casebook's
// track. Its statements are PostgreSQL-only: on SQLite it only records the version.
Migration checksMigration(int version);

// The server's checks on the issuing bodies (Issuers): appended by a signatory, never changed;
// and the action table again with "issuer.add". PostgreSQL-only statements of that step.
QStringList issuerChecks();
// signwatch_action_role() created again from CasebookRoles' table, for a step that adds an action.
QString actionRolesStatement();

// Who the server says this session is (session_user), and the roles that login holds.
Result<QString> sessionUser(const QSqlDatabase &db);
Result<Roles> readRoles(const QSqlDatabase &db);

// `casebook init`: refuses unless the session user owns the database (or is a superuser) and may
// create roles, and the database is UTF-8 (the audit hashes are of UTF-8 bytes).
Result<void> checkCanInitialise(const QSqlDatabase &db);
// Creates the three group roles of this database when missing ("<db>_inspector", …; the supervisor
// role is a member of the inspector one) and grants them what the console needs: SELECT on
// every table; INSERT, UPDATE, DELETE on the casework tables (the server's checks decide which
// change each role may make); INSERT only on the audit log; nothing on the schema's versions.
// Safe to run again (after a later version added tables, it grants on them too).
Result<void> setUpRoles(QSqlDatabase &db);
// Makes the PostgreSQL login `login` a member of `role`'s group role.
Result<void> grantRole(QSqlDatabase &db, const QString &login, Role role);

} // namespace sw::casebook::server
