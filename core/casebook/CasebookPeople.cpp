#include "casebook/CasebookPeople.h"

#include "casebook/Casebook.h"
#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#endif

namespace sw::casebook {

namespace {
// This file's strings are in the translation context "Casebook".
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Casebook)
};

// The full name of a local account: the first field of its GECOS entry ("Nguyễn Văn A,,,").
QString localAccountName(const QString &account)
{
#ifdef Q_OS_UNIX
    const QByteArray name = account.toLocal8Bit();
    if (const passwd *pw = getpwnam(name.constData()); pw && pw->pw_gecos)
        return QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
#else
    Q_UNUSED(account);
#endif
    return {};
}
} // namespace

Result<CasebookPeople> CasebookPeople::read(const Casebook &casebook)
{
    CasebookPeople people;
    if (!casebook.isShared()) {
        people.m_localAccounts = true;
        return people;
    }
    // Comments on roles live in the cluster's shared catalogue, readable by every login.
    QSqlQuery query(casebook.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT r.rolname, d.description FROM pg_roles r "
                                   "JOIN pg_shdescription d ON d.objoid = r.oid "
                                   "AND d.classoid = 'pg_authid'::regclass")))
        return connection::sqlError(Strings::tr("Could not read the names of the casebook's people."),
                                    query.lastError());
    while (query.next()) {
        const QString name = query.value(1).toString().trimmed();
        if (!name.isEmpty())
            people.m_names.insert(query.value(0).toString(), name);
    }
    return people;
}

CasebookPeople CasebookPeople::withNames(const QHash<QString, QString> &names)
{
    CasebookPeople people;
    people.m_names = names;
    return people;
}

QString CasebookPeople::nameOf(const QString &account) const
{
    if (auto it = m_names.constFind(account); it != m_names.cend())
        return *it;
    return m_localAccounts ? localAccountName(account) : QString();
}

QString CasebookPeople::displayName(const QString &account) const
{
    const QString name = nameOf(account);
    if (name.isEmpty() || name == account)
        return account;
    return QStringLiteral("%1 (%2)").arg(name, account);
}

} // namespace sw::casebook
