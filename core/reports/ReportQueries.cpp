#include "reports/ReportQueries.h"

#include "connection/SqlError.h"
#include "statistics/OverviewStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcReports)

// How the report counts, beyond the dashboard (DashboardStats.cpp says the same for its part): a
// certificate belongs to the local day (UTC+7) of its Hue-S record, recorded_at (§1.4); records
// later than the as-of time do not exist yet; rows whose time the database cannot read are left
// out (the dashboard counts them apart). SQLite scans of `certificates` say NOT INDEXED, as the
// dashboard's do: the planner would otherwise walk an index and fetch every row at random.

namespace sw::reports {

namespace {

enum class Engine { Sqlite, Postgres };

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

Error countError(const QSqlQuery &query)
{
    return connection::sqlError(
        QCoreApplication::translate("Reports", "The registry could not count the report's figures."),
        query.lastError());
}

// Whole seconds since 1970 of a timestamp column; NULL when the database cannot read it.
QString epochOf(Engine engine, const QString &column)
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("unixepoch(%1)").arg(column);
    return QStringLiteral("floor(date_part('epoch', %1))").arg(column);
}

// The period's UTC bounds [lo, hi) of its local days.
std::pair<qint64, qint64> bounds(const statistics::Filter &filter)
{
    const auto [lo, hi] = statistics::periodBounds(filter);
    return {lo ? lo->toSecsSinceEpoch() : 0, hi ? hi->toSecsSinceEpoch() : 0};
}

Result<void> run(QSqlQuery &query, const QString &sql, const QVariantMap &values, const char *what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return countError(query);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        query.bindValue(it.key(), it.value());
    QElapsedTimer timer;
    timer.start();
    if (!query.exec())
        return countError(query);
    qCDebug(lcReports) << what << timer.elapsed() << "ms";
    return {};
}

QString notIndexed(Engine engine)
{
    return engine == Engine::Sqlite ? QStringLiteral(" NOT INDEXED") : QString();
}

// The value at the quantile `percent` of the running counts `cum` over distinct values `v` of `n`
// values in all: linear interpolation between the 0-based ranks floor((n − 1)·p) and the next, with
// integer arithmetic on (n − 1)·percent so that ranks and fractions are exact.
QString runningCountQuantile(int percent)
{
    const QString rank = QStringLiteral("(((n - 1) * %1) / 100)").arg(percent);
    const QString below = QStringLiteral("MIN(CASE WHEN cum > %1 THEN v END)").arg(rank);
    const QString above
        = QStringLiteral("COALESCE(MIN(CASE WHEN cum > %1 + 1 THEN v END), %2)").arg(rank, below);
    return QStringLiteral("%1 + ((((n - 1) * %2) % 100) / 100.0) * (%3 - %1)")
        .arg(below)
        .arg(percent)
        .arg(above);
}

} // namespace

Result<HolderCounts> countHoldersAtEnd(const QSqlDatabase &db, const statistics::Filter &filter,
                                       const QDateTime &asOf)
{
    const Engine engine = engineOf(db);
    const QString recorded = epochOf(engine, QStringLiteral("c.recorded_at"));
    // One line per citizen and provider; the first of each citizen's lines (r = 1) counts the
    // citizen once for the district and the total, the second (r = 2) a citizen holding
    // certificates of two providers or more (§1.3: one signature per citizen).
    const QString sql
        = QStringLiteral(
              "SELECT COALESCE(z.district_code, ''), t.p, COUNT(*), SUM(CASE WHEN t.r = 1 THEN 1 ELSE 0 "
              "END), "
              "SUM(CASE WHEN t.r = 2 THEN 1 ELSE 0 END) FROM (SELECT cid, p, ROW_NUMBER() OVER (PARTITION "
              "BY cid ORDER BY p) AS r FROM (SELECT "
              "c.citizen_id AS cid, c.provider_code AS p FROM certificates c%1 WHERE c.status IN ('active', "
              "'technical_error') AND %2 <= :asof AND %2 < :hi GROUP BY c.citizen_id, c.provider_code) "
              "pairs) "
              "t LEFT JOIN citizens z ON z.citizen_id = t.cid%3 GROUP BY COALESCE(z.district_code, ''), t.p")
              .arg(notIndexed(engine), recorded,
                   filter.district.isEmpty() ? QString()
                                             : QStringLiteral(" WHERE z.district_code = :district"));
    QVariantMap values {{QStringLiteral(":asof"), asOf.toSecsSinceEpoch()},
                        {QStringLiteral(":hi"), bounds(filter).second}};
    if (!filter.district.isEmpty())
        values.insert(QStringLiteral(":district"), filter.district);
    QSqlQuery query(db);
    if (auto r = run(query, sql, values, "holders at the period's end"); !r)
        return r.error();
    HolderCounts counts;
    while (query.next()) {
        const qint64 pairs = query.value(2).toLongLong();
        const qint64 firsts = query.value(3).toLongLong();
        counts.byProvider[query.value(1).toString()] += pairs;
        counts.byDistrict[query.value(0).toString()] += firsts;
        counts.total += firsts;
        counts.multiProvider += query.value(4).toLongLong();
    }
    return counts;
}

Result<QMap<QString, DistrictFigures>> countDistricts(const QSqlDatabase &db,
                                                      const statistics::Filter &filter, const QDateTime &asOf)
{
    const Engine engine = engineOf(db);
    QMap<QString, DistrictFigures> result;
    QVariantMap districtValue;
    if (!filter.district.isEmpty())
        districtValue.insert(QStringLiteral(":district"), filter.district);
    {
        const QString sql
            = QStringLiteral("SELECT district_code, COUNT(*) FROM citizens%1 GROUP BY district_code")
                  .arg(filter.district.isEmpty() ? QString()
                                                 : QStringLiteral(" WHERE district_code = :district"));
        QSqlQuery query(db);
        if (auto r = run(query, sql, districtValue, "citizens per district"); !r)
            return r.error();
        while (query.next())
            result[query.value(0).toString()].citizens = query.value(1).toLongLong();
    }
    const QString recorded = epochOf(engine, QStringLiteral("c.recorded_at"));
    const QString sql
        = QStringLiteral(
              "SELECT COALESCE(z.district_code, ''), c.channel, COUNT(*) FROM certificates c%1 LEFT "
              "JOIN citizens z ON z.citizen_id = c.citizen_id WHERE %2 <= :asof AND %2 >= :lo AND "
              "%2 < :hi%3 GROUP BY COALESCE(z.district_code, ''), c.channel")
              .arg(notIndexed(engine), recorded,
                   filter.district.isEmpty() ? QString()
                                             : QStringLiteral(" AND z.district_code = :district"));
    QVariantMap values = districtValue;
    const auto [lo, hi] = bounds(filter);
    values.insert(QStringLiteral(":asof"), asOf.toSecsSinceEpoch());
    values.insert(QStringLiteral(":lo"), lo);
    values.insert(QStringLiteral(":hi"), hi);
    QSqlQuery query(db);
    if (auto r = run(query, sql, values, "certificates per district and channel"); !r)
        return r.error();
    const QStringList channels = statistics::knownChannels();
    while (query.next()) {
        DistrictFigures &d = result[query.value(0).toString()];
        const QString channel = query.value(1).toString();
        const qint64 n = query.value(2).toLongLong();
        d.byChannel[channels.contains(channel) ? channel : QStringLiteral("other")] += n;
        d.certificates += n;
    }
    return result;
}

Result<statistics::DelayDistribution>
countOverallDelay(const QSqlDatabase &db, const statistics::Filter &filter, const QDateTime &asOf)
{
    const Engine engine = engineOf(db);
    const QString recorded = epochOf(engine, QStringLiteral("c.recorded_at"));
    const QString rows
        = QStringLiteral("SELECT %1 - %2 AS v FROM certificates c%3%4 WHERE c.channel <> 'legacy_import' AND "
                         "c.activated_at IS NOT NULL AND %1 <= :asof AND %1 >= :lo AND %1 < :hi%5")
              .arg(recorded, epochOf(engine, QStringLiteral("c.activated_at")), notIndexed(engine),
                   filter.district.isEmpty()
                       ? QString()
                       : QStringLiteral(" JOIN citizens z ON z.citizen_id = c.citizen_id"),
                   filter.district.isEmpty() ? QString()
                                             : QStringLiteral(" AND z.district_code = :district"));
    const int percents[] = {5, 25, 50, 75, 95};
    QString sql;
    if (engine == Engine::Postgres) {
        // One ordered-set aggregate gives the five quantiles from one sort.
        sql = QStringLiteral(
                  "SELECT n, lo, hi, q[1], q[2], q[3], q[4], q[5] FROM (SELECT COUNT(*) AS n, MIN(v) AS "
                  "lo, MAX(v) AS hi, percentile_cont(ARRAY[0.05, 0.25, 0.5, 0.75, 0.95]) WITHIN "
                  "GROUP (ORDER BY v) AS q FROM (%1) d WHERE v IS NOT NULL) s WHERE n > 0")
                  .arg(rows);
    } else {
        // SQLite has no percentile functions: a running count over the distinct delays.
        QStringList columns;
        for (int percent : percents)
            columns << runningCountQuantile(percent);
        sql = QStringLiteral(
                  "WITH d AS (%1), h AS (SELECT v, COUNT(*) AS k FROM d WHERE v IS NOT NULL GROUP BY v), "
                  "w AS (SELECT v, SUM(k) OVER (ORDER BY v ROWS UNBOUNDED PRECEDING) AS cum, SUM(k) "
                  "OVER () AS n FROM h) SELECT n, MIN(v), MAX(v), %2 FROM w GROUP BY n")
                  .arg(rows, columns.join(QStringLiteral(", ")));
    }
    QVariantMap values;
    const auto [lo, hi] = bounds(filter);
    values.insert(QStringLiteral(":asof"), asOf.toSecsSinceEpoch());
    values.insert(QStringLiteral(":lo"), lo);
    values.insert(QStringLiteral(":hi"), hi);
    if (!filter.district.isEmpty())
        values.insert(QStringLiteral(":district"), filter.district);
    QSqlQuery query(db);
    if (auto r = run(query, sql, values, "update delay of all providers"); !r)
        return r.error();
    statistics::DelayDistribution d;
    if (query.next()) {
        d.count = query.value(0).toLongLong();
        d.minimum = query.value(1).toDouble();
        d.maximum = query.value(2).toDouble();
        d.p05 = query.value(3).toDouble();
        d.q1 = query.value(4).toDouble();
        d.median = query.value(5).toDouble();
        d.q3 = query.value(6).toDouble();
        d.p95 = query.value(7).toDouble();
    }
    return d;
}

} // namespace sw::reports
