#pragma once

#include "casebook/CasebookRoles.h"

#include <QString>

class QAction;

namespace sw::ui {

// Issue 13: the console greys out what the signed-in person's role cannot do, saying which role
// it needs (the server refuses it anyway). Keyed by the audit log's action names, as the server's
// checks are (casebook::roleForAction).
namespace RoleGate {

// "Needs the role “supervisor”: ask the casebook's administrator." for `auditAction`.
QString refusal(const QString &auditAction);
// Enables `action` when `roles` allow `auditAction`, its own tooltip back; otherwise greys it out,
// its tooltip saying which role it needs.
void apply(QAction *action, const casebook::Roles &roles, const QString &auditAction);

} // namespace RoleGate
} // namespace sw::ui
