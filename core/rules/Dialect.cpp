#include "rules/Dialect.h"

namespace sw::rules {

using registry::Engine;

QString Dialect::epoch(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("unixepoch(%1)").arg(column);
    return QStringLiteral("CAST(floor(extract(epoch FROM %1)) AS bigint)").arg(column);
}

QString Dialect::days(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(unixepoch(%1) / 86400)").arg(column);
    return QStringLiteral("(%1 - DATE '1970-01-01')").arg(column);
}

QString Dialect::isValidTimestamp(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        // Exactly YYYY-MM-DDTHH:MM:SSZ and a real time. The pattern fixes the form; unixepoch()
        // refuses months past 12, days past 31 and minutes or seconds past 59 but accepts hour 24
        // and rolls 30 February over, so hour 24 and days from 29 on are checked apart (date()
        // normalises only with a modifier). Cheaper than a strftime() round trip on every row.
        return QStringLiteral(
                   "(%1 GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z' "
                   "AND unixepoch(%1) IS NOT NULL AND substr(%1, 12, 2) <> '24' "
                   "AND (substr(%1, 9, 2) < '29' OR date(%1, '+0 days') = substr(%1, 1, 10)))")
            .arg(column);
    return QStringLiteral("TRUE");
}

QString Dialect::isValidDate(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral(
                   "(%1 GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' AND unixepoch(%1) IS NOT NULL "
                   "AND (substr(%1, 9, 2) < '29' OR date(%1, '+0 days') = %1))")
            .arg(column);
    return QStringLiteral("TRUE");
}

QString Dialect::isValidFound(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(typeof(%1) = 'integer' AND %1 IN (0, 1))").arg(column);
    return QStringLiteral("(%1 IS NOT NULL)").arg(column);
}

QString Dialect::isFound(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(%1 = 1)").arg(column);
    return QStringLiteral("(%1)").arg(column);
}

QString Dialect::idList(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("group_concat(%1)").arg(column);
    return QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(column);
}

} // namespace sw::rules
