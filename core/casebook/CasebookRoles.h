#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

class QSqlError;

namespace sw::casebook {

// The three roles of a shared (PostgreSQL) casebook (issue 13). A supervisor is also an
// inspector; a signatory is a role of its own (a director who also supervises holds both). A
// SQLite casebook has one user, who holds every role.
enum class Role {
    Inspector, // complaints and their verification, opening cases, attaching findings, drafting
    Supervisor, // establishing or dismissing cases, unmasking citizen ids (and all an inspector does)
    Signatory, // signing minutes and announcements, publishing, recording an exclusion
};

// The set of roles a person holds on a casebook.
struct Roles
{
    bool inspector = false;
    bool supervisor = false;
    bool signatory = false;
    // The database's owner (the administrator who ran `casebook init`): may do everything,
    // including moving a desk's casebook in.
    bool owner = false;

    static Roles all() { return {true, true, true, true}; }
    bool has(Role role) const;
    // What the person may do with an audited action (roleForAction); false for an action no role
    // may take (only the owner may).
    bool allows(const QString &action) const;
};

// "inspector", "supervisor", "signatory": the word in role names and on the command line.
QString roleCode(Role role);
std::optional<Role> roleFromCode(const QString &code);
// The role's name for people ("thanh tra viên" in Vietnamese).
QString roleLabel(Role role);
QList<Role> allRoles();

// The role an audited action needs (the audit log's action names: "case.established", …); none for
// an action only the owner takes ("casebook.migrate", "audit.seal") or one unknown. The server
// refuses an entry whose action the session user's roles do not allow; the console greys out
// what they do not allow. One table for both (CasebookServer builds the server's from it).
std::optional<Role> roleForAction(const QString &action);
// Every action with a role, for the server's table.
QList<QPair<QString, Role>> actionRoles();

// The PostgreSQL group role of `role` in the casebook database `database`: "<database>_<role>", so
// that several casebooks can share a server.
QString roleName(const QString &database, Role role);

// When `error` is the server's refusal of an action for lack of a role (SQLSTATE 42501 raised by
// the casebook's own checks): the error for the user, saying which role it needs. Otherwise none.
std::optional<Error> roleRefusal(const QSqlError &error);

} // namespace sw::casebook
