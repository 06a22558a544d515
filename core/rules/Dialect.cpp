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
        // Exactly YYYY-MM-DDTHH:MM:SSZ and a real time. unixepoch() refuses non-digits, months
        // past 12, days past 31, minutes and seconds past 59; it accepts hour 24 and rolls
        // 30 February over, so hours and days from 29 on are checked here (cheaper than a
        // strftime() round trip on every row; date() needs a modifier to normalise).
        return QStringLiteral("(typeof(%1) = 'text' AND length(%1) = 20 AND substr(%1, 5, 1) = '-' "
                              "AND substr(%1, 11, 1) = 'T' AND substr(%1, 20, 1) = 'Z' AND substr(%1, 12, 2) < '24' "
                              "AND unixepoch(%1) IS NOT NULL "
                              "AND (substr(%1, 9, 2) < '29' OR date(%1, '+0 days') = substr(%1, 1, 10)))")
            .arg(column);
    return QStringLiteral("TRUE");
}

QString Dialect::isValidDate(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(typeof(%1) = 'text' AND length(%1) = 10 AND substr(%1, 5, 1) = '-' "
                              "AND substr(%1, 8, 1) = '-' AND unixepoch(%1) IS NOT NULL "
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
