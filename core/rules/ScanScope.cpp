#include "rules/ScanScope.h"

#include <QDate>

namespace sw::rules {

namespace {
QString placeholder(char kind, char tag, qsizetype index)
{
    return QStringLiteral(":%1%2%3").arg(QLatin1Char(kind)).arg(QLatin1Char(tag)).arg(index);
}

const QString always = QStringLiteral("1 = 1");
const QString never = QStringLiteral("1 = 0");
} // namespace

ScopeSql::ScopeSql(const ScanScope &scope, Dialect dialect) : m_scope(scope), m_d(dialect), m_active(true) { }

QString ScopeSql::citizens(const QString &column, char tag) const
{
    if (!m_active)
        return always;
    if (m_scope.citizens.isEmpty())
        return never;
    QStringList marks;
    marks.reserve(m_scope.citizens.size());
    for (qsizetype i = 0; i < m_scope.citizens.size(); ++i)
        marks << placeholder('s', tag, i);
    return QStringLiteral("%1 IN (%2)").arg(column, marks.join(QStringLiteral(", ")));
}

QString ScopeSql::requests(const QString &idColumn, const QString &citizenColumn, char tag) const
{
    if (!m_active)
        return always;
    QStringList ids;
    for (qint64 id : m_scope.requests)
        ids << QString::number(id);
    const QString listed = ids.isEmpty() ? never : QStringLiteral("%1 IN (%2)").arg(idColumn, ids.join(u','));
    return QStringLiteral("(%1 OR %2)").arg(citizens(citizenColumn, tag), listed);
}

QString ScopeSql::staffRows(const QString &alias, qint64 margin, char tag) const
{
    if (!m_active)
        return always;
    if (m_scope.staffWindows.isEmpty())
        return never;
    const QString t = QStringLiteral("COALESCE(%1, %2)")
                          .arg(m_d.epoch(alias + QStringLiteral("activated_at")),
                               m_d.epoch(alias + QStringLiteral("recorded_at")));
    QStringList windows;
    for (qsizetype i = 0; i < m_scope.staffWindows.size(); ++i) {
        const ScanScope::StaffWindow &w = m_scope.staffWindows[i];
        windows << QStringLiteral("(%1provider_code = %2 AND %1staff_id = %3 AND %4 BETWEEN %5 AND %6)")
                       .arg(alias, placeholder('p', tag, i), placeholder('q', tag, i), t)
                       .arg(w.from - margin)
                       .arg(w.to + margin);
    }
    return QLatin1Char('(') + windows.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString ScopeSql::staffWindow(const QString &provider, const QString &staff, const QString &t, char tag) const
{
    if (!m_active)
        return always;
    if (m_scope.staffWindows.isEmpty())
        return never;
    QStringList windows;
    for (qsizetype i = 0; i < m_scope.staffWindows.size(); ++i) {
        const ScanScope::StaffWindow &w = m_scope.staffWindows[i];
        windows << QStringLiteral("(%1 = %2 AND %3 = %4 AND %5 BETWEEN %6 AND %7)")
                       .arg(provider, placeholder('p', tag, i), staff, placeholder('q', tag, i), t)
                       .arg(w.from)
                       .arg(w.to);
    }
    return QLatin1Char('(') + windows.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString ScopeSql::staffAccounts(const QString &alias, char tag) const
{
    if (!m_active)
        return always;
    if (m_scope.staffWindows.isEmpty())
        return never;
    QStringList accounts;
    for (qsizetype i = 0; i < m_scope.staffWindows.size(); ++i)
        accounts << QStringLiteral("(%1provider_code = %2 AND %1staff_id = %3)")
                        .arg(alias, placeholder('p', tag, i), placeholder('q', tag, i));
    return QLatin1Char('(') + accounts.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}

QString ScopeSql::birthDays(const QString &column) const
{
    if (!m_active)
        return always;
    if (m_scope.birthDays.isEmpty())
        return never;
    const QDate epoch(1970, 1, 1);
    const bool postgres = m_d.engine() == connection::Engine::Postgres;
    QStringList days;
    for (qint64 day : m_scope.birthDays)
        days << (postgres ? QStringLiteral("DATE '%1'") : QStringLiteral("'%1'"))
                    .arg(epoch.addDays(day).toString(QStringLiteral("yyyy-MM-dd")));
    return QStringLiteral("%1 IN (%2)").arg(column, days.join(QStringLiteral(", ")));
}

QList<QPair<QString, QVariant>> ScopeSql::bindings(const QString &sql) const
{
    QList<QPair<QString, QVariant>> out;
    if (!m_active)
        return out;
    for (char tag = 'a'; tag <= 'z'; ++tag) {
        if (!m_scope.citizens.isEmpty() && sql.contains(placeholder('s', tag, 0)))
            for (qsizetype i = 0; i < m_scope.citizens.size(); ++i)
                out.append({placeholder('s', tag, i), m_scope.citizens[i]});
        if (!m_scope.staffWindows.isEmpty() && sql.contains(placeholder('p', tag, 0)))
            for (qsizetype i = 0; i < m_scope.staffWindows.size(); ++i) {
                out.append({placeholder('p', tag, i), m_scope.staffWindows[i].provider});
                out.append({placeholder('q', tag, i), m_scope.staffWindows[i].staff});
            }
    }
    return out;
}

} // namespace sw::rules
