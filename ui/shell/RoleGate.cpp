#include "shell/RoleGate.h"

#include <QAction>
#include <QCoreApplication>

namespace sw::ui::RoleGate {

namespace {
// The action's own tooltip, kept while the gate's replaces it.
const char ownTipProperty[] = "sw_ownToolTip";
} // namespace

QString refusal(const QString &auditAction)
{
    const auto role = casebook::roleForAction(auditAction);
    if (!role)
        return QCoreApplication::translate("RoleGate", "Only the casebook's administrator may do this.");
    return QCoreApplication::translate("RoleGate",
                                       "Needs the role “%1”, which your login on the casebook does not "
                                       "hold: ask the casebook's administrator.")
        .arg(casebook::roleLabel(*role));
}

void apply(QAction *action, const casebook::Roles &roles, const QString &auditAction)
{
    if (!action->property(ownTipProperty).isValid())
        action->setProperty(ownTipProperty, action->toolTip());
    const QString own = action->property(ownTipProperty).toString();
    const bool allowed = roles.allows(auditAction);
    action->setEnabled(allowed);
    action->setToolTip(allowed ? own : own + QStringLiteral("\n") + refusal(auditAction));
}

} // namespace sw::ui::RoleGate
