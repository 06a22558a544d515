#include "rules/Dialect.h"

#include <QDateTime>
#include <QTimeZone>

namespace sw::rules {

using connection::Engine;

QString Dialect::epoch(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("sw_epoch(%1)").arg(column); // registry/SqliteFunctions
    // date_part gives double precision, cheaper than extract's numeric; exact for whole seconds.
    return QStringLiteral("CAST(floor(date_part('epoch', %1)) AS bigint)").arg(column);
}

QString Dialect::notAfter(const QString &column, qint64 asOf) const
{
    // The unary + keeps SQLite from reading the table through an index on the column (a skip-scan
    // of provider_code, recorded_at would fetch every row at random).
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("+%1 <= '%2'")
            .arg(column,
                 QDateTime::fromSecsSinceEpoch(asOf, QTimeZone::utc())
                     .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    // floor(epoch) <= T exactly when the time is before T + 1 s.
    return QStringLiteral("%1 < TIMESTAMPTZ '%2'")
        .arg(column,
             QDateTime::fromSecsSinceEpoch(asOf + 1, QTimeZone::utc())
                 .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss+00")));
}

QString Dialect::timeWithin(const QString &column, qint64 after, qint64 notAfter) const
{
    auto text = [](qint64 secs, const char *form) {
        return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toString(QLatin1String(form));
    };
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(%1 > '%2' AND %1 <= '%3')")
            .arg(column, text(after, "yyyy-MM-ddTHH:mm:ssZ"), text(notAfter, "yyyy-MM-ddTHH:mm:ssZ"));
    // Cut to the second as `epoch` cuts: later than `after` from after + 1 s on.
    return QStringLiteral("(%1 >= TIMESTAMPTZ '%2' AND %1 < TIMESTAMPTZ '%3')")
        .arg(column, text(after + 1, "yyyy-MM-dd HH:mm:ss+00"), text(notAfter + 1, "yyyy-MM-dd HH:mm:ss+00"));
}

QString Dialect::days(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("sw_days(%1)").arg(column);
    return QStringLiteral("(%1 - DATE '1970-01-01')").arg(column);
}

QString Dialect::isValidTimestamp(const QString &column) const
{
    // SQLite: exactly YYYY-MM-DDTHH:MM:SSZ and a real time (registry/SqliteFunctions).
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(sw_ts_valid(%1) = 1)").arg(column);
    return QStringLiteral("TRUE");
}

QString Dialect::isValidDate(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("(sw_date_valid(%1) = 1)").arg(column);
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

QString Dialect::fullScan(const QString &table) const
{
    if (m_engine == Engine::Sqlite)
        return table + QStringLiteral(" NOT INDEXED");
    return table;
}

QString Dialect::fence() const
{
    if (m_engine == Engine::Sqlite)
        return QString();
    return QStringLiteral(" OFFSET 0");
}

QString Dialect::idList(const QString &column) const
{
    if (m_engine == Engine::Sqlite)
        return QStringLiteral("group_concat(%1)").arg(column);
    return QStringLiteral("string_agg(CAST(%1 AS text), ',')").arg(column);
}

} // namespace sw::rules
