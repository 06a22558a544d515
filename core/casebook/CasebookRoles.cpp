#include "casebook/CasebookRoles.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>

namespace sw::casebook {

namespace {
struct RoleName
{
    Role role;
    const char *code;
    const char *label;
};

const RoleName roleNames[] = {
    {Role::Inspector, "inspector", QT_TRANSLATE_NOOP("Casebook", "inspector")},
    {Role::Supervisor, "supervisor", QT_TRANSLATE_NOOP("Casebook", "supervisor")},
    {Role::Signatory, "signatory", QT_TRANSLATE_NOOP("Casebook", "signatory")},
};

// The audit log's actions (Complaints, Cases, CaseDocuments, CasePublication, the citizen view)
// and the role each needs. Case moves are "case.<status>" (CaseStatus.h statusCode()).
const QList<QPair<QString, Role>> &table()
{
    static const QList<QPair<QString, Role>> rows = {
        {QStringLiteral("complaint.add"), Role::Inspector},
        {QStringLiteral("complaint.update"), Role::Inspector},
        {QStringLiteral("complaint.remove"), Role::Inspector},
        {QStringLiteral("case.open"), Role::Inspector},
        {QStringLiteral("case.title"), Role::Inspector},
        {QStringLiteral("case.add_findings"), Role::Inspector},
        {QStringLiteral("case.remove_finding"), Role::Inspector},
        {QStringLiteral("case.attach_complaint"), Role::Inspector},
        {QStringLiteral("case.detach_complaint"), Role::Inspector},
        {QStringLiteral("case.minutes_drafted"), Role::Inspector},
        {QStringLiteral("document.create"), Role::Inspector},
        {QStringLiteral("document.correct"), Role::Inspector},
        // Any role that reads a signed document records a failed integrity check.
        {QStringLiteral("document.integrity_failed"), Role::Inspector},
        {QStringLiteral("case.established"), Role::Supervisor},
        {QStringLiteral("case.dismissed"), Role::Supervisor},
        {QStringLiteral("citizen.unmask"), Role::Supervisor},
        {QStringLiteral("document.sign"), Role::Signatory},
        {QStringLiteral("case.minutes_signed"), Role::Signatory},
        {QStringLiteral("case.exclusion"), Role::Signatory},
        {QStringLiteral("case.publication_queued"), Role::Signatory},
        {QStringLiteral("case.publication_confirmed"), Role::Signatory},
        {QStringLiteral("case.published"), Role::Signatory},
        // The next issuing body (Issuers::add).
        {QStringLiteral("issuer.add"), Role::Signatory},
        // The address of an issuing body's seat (Issuers::setAddress).
        {QStringLiteral("issuer.address"), Role::Signatory},
    };
    return rows;
}
} // namespace

bool Roles::has(Role role) const
{
    if (owner)
        return true;
    switch (role) {
    case Role::Inspector:
        return inspector || supervisor;
    case Role::Supervisor:
        return supervisor;
    case Role::Signatory:
        return signatory;
    }
    return false;
}

bool Roles::allows(const QString &action) const
{
    if (owner)
        return true;
    const auto role = roleForAction(action);
    return role && has(*role);
}

QString roleCode(Role role)
{
    for (const RoleName &name : roleNames)
        if (name.role == role)
            return QString::fromLatin1(name.code);
    return {};
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (const RoleName &name : roleNames)
        if (code == QLatin1String(name.code))
            return name.role;
    return std::nullopt;
}

QString roleLabel(Role role)
{
    for (const RoleName &name : roleNames)
        if (name.role == role)
            return QCoreApplication::translate("Casebook", name.label);
    return {};
}

QList<Role> allRoles()
{
    return {Role::Inspector, Role::Supervisor, Role::Signatory};
}

std::optional<Role> roleForAction(const QString &action)
{
    for (const auto &[name, role] : table())
        if (name == action)
            return role;
    return std::nullopt;
}

QList<QPair<QString, Role>> actionRoles()
{
    return table();
}

QString roleName(const QString &database, Role role)
{
    return database + QLatin1Char('_') + roleCode(role);
}

std::optional<Error> roleRefusal(const QSqlError &error)
{
    if (error.nativeErrorCode() != QLatin1String("42501"))
        return std::nullopt;
    // The server's checks (CasebookServer) say "SignWatch: <what> needs the <code> role"; a plain
    // privilege error (a table the login may not touch) names no role.
    static const QRegularExpression needs(QStringLiteral("SignWatch: (.+) needs the (inspector|supervisor|"
                                                         "signatory|owner) role"));
    const auto match = needs.match(error.databaseText());
    if (!match.hasMatch())
        return Error::make(QCoreApplication::translate("Casebook",
                                                       "The casebook server refused this: your login has "
                                                       "no right to it. Ask the casebook's administrator "
                                                       "for the role it needs."),
                           error.databaseText(), Error::Kind::AccessDenied);
    const auto role = roleFromCode(match.captured(2));
    const QString who
        = role ? roleLabel(*role) : QCoreApplication::translate("Casebook", "the casebook's administrator");
    return Error::make(QCoreApplication::translate("Casebook",
                                                   "The casebook server refused this: it needs the role "
                                                   "\"%1\", which your login does not hold (action %2). "
                                                   "Ask the casebook's administrator to grant it.")
                           .arg(who, match.captured(1)),
                       error.databaseText(), Error::Kind::AccessDenied);
}

} // namespace sw::casebook
