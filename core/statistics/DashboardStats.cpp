#include "statistics/DashboardStats.h"

#include "statistics/DashboardParts.h"

#include "connection/SqlError.h"
#include "statistics/OverviewStats.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

#include <functional>
#include <limits>
#include <map>

Q_LOGGING_CATEGORY(lcDashboard, "signwatch.statistics.dashboard", QtInfoMsg)

// How the dashboard counts (the page and the report say the same):
// - A certificate belongs to the local day (UTC+7) of its Hue-S record, recorded_at (§1.4: the
//   Hue-S record is the original record of issuance). The period, the timeline, the shares and
//   the channel mix all use that day; records later than the as-of time do not exist yet.
// - District: the citizen's district_code; provider: the row's provider_code as stored.
// - Rows whose time the database cannot read (SQLite text that unixepoch() rejects; PostgreSQL's
//   typed columns are always readable) cannot be placed in time: they are left out of every
//   figure and counted apart (unreadableCertificates / unreadableRequests; a request counts there
//   when any of its three times is unreadable, a certificate when its record time is — an
//   unreadable activation only leaves it out of the delays). Unknown channels count as "other",
//   unknown statuses only in the totals, unknown provider codes get a grey line of their own.
//   The findings page reports all of these rows as DATA_QUALITY (its form check is stricter:
//   a time SQLite still reads, such as "2023-08-01 10:00:00", is counted here at that time).
// - SQLite has no hash aggregation, so every GROUP BY over the certificates is a sort: there the
//   certificates are read once per rowid range and counted in C++ (DashboardSqlitePass.cpp), two
//   ranges side by side; the SQL parts below count them on PostgreSQL, where the largest (the
//   channel mix, the delays' histogram) run on connections of their own.

namespace sw::statistics {

using connection::Engine;

namespace {
constexpr qint64 localOffset = 7 * 3600; // Asia/Ho_Chi_Minh, no daylight saving
constexpr qint64 daySeconds = 86400;

Error countError(const QSqlQuery &query)
{
    return connection::sqlError(
        QCoreApplication::translate("Statistics", "The registry could not count the dashboard's figures."),
        query.lastError());
}

qint64 dayNumber(const QDate &day)
{
    return QDate(1970, 1, 1).daysTo(day);
}

QDate dayOf(qint64 number)
{
    return QDate(1970, 1, 1).addDays(number);
}

// Whole seconds since 1970 of a timestamp column; NULL when the database cannot read it. Not
// rules::Dialect::epoch on PostgreSQL: extract() returns numeric there, several times slower
// than date_part()'s double precision on a million rows.
QString epochOf(Engine engine, const QString &column)
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("unixepoch(%1)").arg(column);
    return QStringLiteral("floor(date_part('epoch', %1))").arg(column);
}

// The local day number (days since 1970-01-01 in UTC+7) of an epoch expression.
QString localDayOf(Engine engine, const QString &epoch)
{
    if (engine == Engine::Sqlite)
        return QStringLiteral("((%1 + %2) / %3)").arg(epoch).arg(localOffset).arg(daySeconds);
    return QStringLiteral("floor((%1 + %2) / %3)").arg(epoch).arg(localOffset).arg(daySeconds);
}

// The WHERE/JOIN part shared by the queries on one table: district, provider, period and the
// as-of cut on the row's time `timeColumn`. Rows whose time is unreadable stay in (time NULL) so
// that the caller can count them; callers that need the time drop them.
class Scope
{
public:
    // `asOf`: the SQL for the as-of time (bound as :asof unless the query binds it elsewhere).
    Scope(Engine engine, const Filter &filter, const QString &alias, const QString &timeColumn,
          const QString &asOf = QStringLiteral(":asof"))
        : m_engine(engine), m_filter(filter), m_alias(alias), m_time(timeColumn), m_asOf(asOf)
    { }

    Engine engine() const { return m_engine; }
    QString epoch(const QString &column) const
    {
        return epochOf(m_engine, m_alias + QLatin1Char('.') + column);
    }
    QString time() const { return epoch(m_time); }

    // "certificates c [NOT INDEXED] JOIN citizens z ..." for the FROM clause.
    QString from(const QString &table, bool notIndexed = false) const
    {
        QString sql = table + QLatin1Char(' ') + m_alias;
        if (notIndexed && m_engine == Engine::Sqlite)
            sql += QStringLiteral(" NOT INDEXED");
        if (!m_filter.district.isEmpty())
            sql += QStringLiteral(" JOIN citizens z ON z.citizen_id = %1.citizen_id").arg(m_alias);
        return sql;
    }

    // Conditions joined by AND (never empty). `keepUnreadable`: rows whose time is NULL pass.
    QString where(bool keepUnreadable) const
    {
        QStringList conditions;
        QString timeCondition = QStringLiteral("%1 <= %2").arg(time(), m_asOf);
        if (m_filter.from.isValid())
            timeCondition += QStringLiteral(" AND %1 >= :lo").arg(time());
        if (m_filter.to.isValid())
            timeCondition += QStringLiteral(" AND %1 < :hi").arg(time());
        if (keepUnreadable)
            conditions << QStringLiteral("(%1 IS NULL OR (%2))").arg(time(), timeCondition);
        else
            conditions << timeCondition;
        if (!m_filter.district.isEmpty())
            conditions << QStringLiteral("z.district_code = :district");
        if (!m_filter.provider.isEmpty())
            conditions << QStringLiteral("%1.provider_code = :provider").arg(m_alias);
        return conditions.join(QStringLiteral(" AND "));
    }

    void bind(QSqlQuery &query, qint64 asOf) const
    {
        query.bindValue(QStringLiteral(":asof"), asOf);
        const auto [lo, hi] = periodBounds(m_filter);
        if (lo)
            query.bindValue(QStringLiteral(":lo"), lo->toSecsSinceEpoch());
        if (hi)
            query.bindValue(QStringLiteral(":hi"), hi->toSecsSinceEpoch());
        if (!m_filter.district.isEmpty())
            query.bindValue(QStringLiteral(":district"), m_filter.district);
        if (!m_filter.provider.isEmpty())
            query.bindValue(QStringLiteral(":provider"), m_filter.provider);
    }

private:
    Engine m_engine;
    const Filter &m_filter;
    QString m_alias;
    QString m_time;
    QString m_asOf;
};

Result<void> prepareAndRun(QSqlQuery &query, const QString &sql, const Scope &scope, qint64 asOf,
                           const char *what)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return countError(query);
    scope.bind(query, asOf);
    QElapsedTimer timer;
    timer.start();
    if (!query.exec())
        return countError(query);
    qCDebug(lcDashboard) << what << timer.elapsed() << "ms";
    return {};
}

} // namespace

std::pair<std::optional<QDateTime>, std::optional<QDateTime>> periodBounds(const Filter &filter)
{
    std::optional<QDateTime> lo;
    std::optional<QDateTime> hi;
    // Local midnight (UTC+7) of the first day, and of the day after the last.
    if (filter.from.isValid())
        lo = QDateTime(filter.from, QTime(0, 0), Qt::UTC).addSecs(-localOffset);
    if (filter.to.isValid())
        hi = QDateTime(filter.to.addDays(1), QTime(0, 0), Qt::UTC).addSecs(-localOffset);
    return {lo, hi};
}

namespace {

using detail::Context;
using detail::Part;
using detail::Parts;

// Providers (a handful of rows). §5.3: excluded when excluded_at is readable and falls before the
// period's end (or the as-of time); a malformed excluded_at counts as none, as in the rules.
Result<void> countProviders(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT code, name, %1 FROM providers")
                        .arg(epochOf(context.engine, QStringLiteral("excluded_at")))))
        return countError(query);
    const auto periodEnd = periodBounds(context.filter).second;
    const qint64 excludedBy
        = periodEnd ? qMin(periodEnd->toSecsSinceEpoch() - 1, context.asOf) : context.asOf;
    while (query.next()) {
        const QString code = query.value(0).toString();
        if (!context.filter.provider.isEmpty() && code != context.filter.provider)
            continue;
        ProviderDashboard &p = parts.line(code);
        p.name = query.value(1).toString();
        p.known = true;
        p.excluded = !query.value(2).isNull() && qint64(query.value(2).toDouble()) <= excludedBy;
        if (p.excluded)
            ++parts.providersExcluded;
    }
    return {};
}

// Certificates per provider and local day.
Result<void> countTimeline(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    const Scope certs(context.engine, context.filter, QStringLiteral("c"), QStringLiteral("recorded_at"));
    const QString day = localDayOf(context.engine, certs.time());
    const QString sql = QStringLiteral("SELECT c.provider_code, %1 AS bucket_day, COUNT(*) FROM %2 WHERE %3 "
                                       "GROUP BY c.provider_code, %1")
                            .arg(day, certs.from(QStringLiteral("certificates")), certs.where(true));
    QSqlQuery query(db);
    if (auto r = prepareAndRun(query, sql, certs, context.asOf, "certificates per day"); !r)
        return r;
    while (query.next()) {
        const qint64 count = query.value(2).toLongLong();
        if (query.value(1).isNull()) {
            parts.unreadableCertificates += count;
            continue;
        }
        ProviderDashboard &p = parts.line(query.value(0).toString());
        parts.perDay[p.code][qint64(query.value(1).toDouble())] += count;
        p.certificates += count;
    }
    return {};
}

// The channel and status mix per provider. Unknown channels are "other" (the certificates less
// the known channels, filled in when the parts are merged).
Result<void> countMix(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    const Scope certs(context.engine, context.filter, QStringLiteral("c"), QStringLiteral("recorded_at"));
    QStringList sums;
    const QStringList channels = knownChannels();
    for (const QString &channel : channels)
        sums << QStringLiteral("SUM(CASE WHEN c.channel = '%1' THEN 1 ELSE 0 END)").arg(channel);
    for (const char *status : {"active", "technical_error", "revoked"})
        sums << QStringLiteral("SUM(CASE WHEN c.status = '%1' THEN 1 ELSE 0 END)").arg(QLatin1String(status));
    const QString sql = QStringLiteral("SELECT c.provider_code, %1 FROM %2 WHERE %3 GROUP BY c.provider_code")
                            .arg(sums.join(QStringLiteral(", ")),
                                 certs.from(QStringLiteral("certificates"), true), certs.where(false));
    QSqlQuery query(db);
    if (auto r = prepareAndRun(query, sql, certs, context.asOf, "channel and status mix"); !r)
        return r;
    while (query.next()) {
        ProviderDashboard &p = parts.line(query.value(0).toString());
        for (int i = 0; i < channels.size(); ++i)
            p.byChannel[channels.at(i)] += query.value(1 + i).toLongLong();
        const int statusColumn = 1 + int(channels.size());
        p.active += query.value(statusColumn).toLongLong();
        p.technicalError += query.value(statusColumn + 1).toLongLong();
        p.revoked += query.value(statusColumn + 2).toLongLong();
    }
    return {};
}

// Citizens with a signature: distinct citizens with a record that is active or a technical error
// (§3.3: such a record also counts as issued), recorded in the period. GROUP BY rather than
// COUNT(DISTINCT): PostgreSQL hashes it instead of sorting text.
Result<void> countHolders(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    const Filter &filter = context.filter;
    const Scope certs(context.engine, filter, QStringLiteral("c"), QStringLiteral("recorded_at"));
    const QString sql = QStringLiteral("SELECT COUNT(*) FROM (SELECT c.citizen_id FROM %1 WHERE c.status IN "
                                       "('active', 'technical_error') AND %2 GROUP BY c.citizen_id) holders")
                            .arg(certs.from(QStringLiteral("certificates"), true), certs.where(false));
    QSqlQuery query(db);
    if (auto r = prepareAndRun(query, sql, certs, context.asOf, "citizens with a signature"); !r)
        return r;
    if (query.next())
        parts.holders = query.value(0).toLongLong();
    return {};
}

// The Hue-S update delay of programme certificates (§1.4, §2.2: the record must follow the
// activation at once): recorded_at − activated_at in seconds, per provider. Legacy imports are
// left out (activated before the programme); negative delays (a record before the activation,
// PREMATURE_CONFIRMATION) are kept.
Result<void> countDelays(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    const Scope certs(context.engine, context.filter, QStringLiteral("c"), QStringLiteral("recorded_at"));
    const QString delay
        = QStringLiteral("%1 - %2").arg(certs.time(), certs.epoch(QStringLiteral("activated_at")));
    const QString rows
        = QStringLiteral("SELECT c.provider_code AS p, %1 AS v FROM %2 WHERE c.channel <> "
                         "'legacy_import' AND c.activated_at IS NOT NULL AND %3")
              .arg(delay, certs.from(QStringLiteral("certificates"), true), certs.where(false));
    // Each provider's delays as a histogram (a few tens of thousands of distinct seconds), turned
    // into quantiles as percentile_cont would (detail::delayDistribution, as on SQLite): a hash
    // aggregate, where percentile_cont sorted 600,000 rows, in batches on disk (1.0–1.9 s on the
    // 1.2 M demo, against 0.6 s).
    const QString sql = QStringLiteral("SELECT p COLLATE \"C\", v, COUNT(*) FROM (%1) d WHERE v IS NOT NULL "
                                       "GROUP BY 1, 2")
                            .arg(rows);
    QSqlQuery query(db);
    if (auto r = prepareAndRun(query, sql, certs, context.asOf, "delay histogram"); !r)
        return r;
    QString code;
    std::map<qint64, qint64> *histogram = nullptr;
    while (query.next()) {
        const QString p = query.value(0).toString();
        if (!histogram || p != code) {
            code = p;
            histogram = &parts.delays[code];
        }
        (*histogram)[qint64(query.value(1).toDouble())] += query.value(2).toLongLong();
    }
    return {};
}

// Hue-S requests registered in the period, judged as REQUEST_EXPIRED judges them (see
// RequestService; rules.md: D = registered_at + request_deadline, no finding when cancelled at or
// before D, a finding when completed after D or still open after D). The as-of time and the
// deadline are bound once, in `k`.
Result<void> countRequests(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    const Scope requests(context.engine, context.filter, QStringLiteral("r"), QStringLiteral("registered_at"),
                         QStringLiteral("k.t"));
    const QString completed = requests.epoch(QStringLiteral("completed_at"));
    const QString cancelled = requests.epoch(QStringLiteral("cancelled_at"));
    const QString sql
        = QStringLiteral("SELECT p, verdict, COUNT(*) FROM (SELECT r.provider_code AS p, CASE "
                         "WHEN %1 IS NULL OR (r.completed_at IS NOT NULL AND %2 IS NULL) "
                         "OR (r.cancelled_at IS NOT NULL AND %3 IS NULL) THEN 'u' "
                         "WHEN %2 <= k.t AND %2 <= %1 + k.dl THEN 's' "
                         "WHEN %3 <= k.t AND %3 <= %1 + k.dl THEN 'w' "
                         "WHEN k.t > %1 + k.dl THEN 'e' ELSE 'p' END AS verdict "
                         "FROM %4 CROSS JOIN (SELECT CAST(:asof AS bigint) AS t, "
                         "CAST(:deadline AS bigint) AS dl) k WHERE %5) judged GROUP BY p, verdict")
              .arg(requests.time(), completed, cancelled,
                   requests.from(QStringLiteral("service_requests"), true), requests.where(true));
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return countError(query);
    requests.bind(query, context.asOf);
    query.bindValue(QStringLiteral(":deadline"), context.options.requestDeadlineSeconds);
    if (!query.exec())
        return countError(query);
    while (query.next()) {
        const QString verdict = query.value(1).toString();
        const qint64 count = query.value(2).toLongLong();
        if (verdict == QLatin1String("u")) {
            parts.unreadableRequests += count;
            continue;
        }
        RequestService &s = parts.line(query.value(0).toString()).requests;
        s.registered += count;
        if (verdict == QLatin1String("s"))
            s.served += count;
        else if (verdict == QLatin1String("w"))
            s.withdrawn += count;
        else if (verdict == QLatin1String("e"))
            s.expired += count;
        else
            s.pending += count;
    }
    return {};
}

// The share's denominator: the province's population, or with a district filter the district's
// citizens in the registry (Province.h has no district populations).
Result<void> countPopulation(const QSqlDatabase &db, const Context &context, Parts &parts)
{
    if (context.filter.district.isEmpty()) {
        parts.population = provincePopulation;
        return {};
    }
    parts.populationFromRegistry = true;
    if (context.district) { // read already (SQLite)
        parts.population = context.district->rows;
        return {};
    }
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT COUNT(*) FROM citizens WHERE district_code = :district")))
        return countError(query);
    query.bindValue(QStringLiteral(":district"), context.filter.district);
    if (!query.exec())
        return countError(query);
    if (query.next())
        parts.population = query.value(0).toLongLong();
    return {};
}

} // namespace

namespace detail {

// The parts in groups that may run at once. PostgreSQL: the two large sorts (the channel mix and
// the delay quantiles) apart, the queries that read an index or few rows together. SQLite: one
// read of the certificates per rowid range in Context (countCertificatesSqlite), the requests
// apart, the small queries with the first range.
QList<Group> partGroups(const Context &context)
{
    if (context.engine == Engine::Postgres)
        return {{{countMix, countHolders}, MixPiece | HoldersPiece},
                {{countDelays}, DelaysPiece},
                {{countTimeline, countProviders, countRequests, countPopulation},
                 TimelinePiece | ProvidersPiece | RequestsPiece | PopulationPiece}};
    QList<Group> groups;
    for (int range = 0; range < context.rowidRanges.size(); ++range) {
        groups.append({{[range](const QSqlDatabase &db, const Context &c, Parts &parts) {
                           return countCertificatesSqlite(db, c, range, parts);
                       }},
                       TimelinePiece | MixPiece | HoldersPiece | DelaysPiece});
    }
    if (groups.isEmpty())
        groups.append(Group {});
    groups.first().parts << countProviders << countPopulation;
    groups.first().pieces |= ProvidersPiece | PopulationPiece;
    if (groups.size() > 1) {
        groups.append({{countRequests}, RequestsPiece});
    } else {
        groups.first().parts << countRequests;
        groups.first().pieces |= RequestsPiece;
    }
    return groups;
}

// SQLite: the certificates' rowids cut into `count` ranges of about the same size (the rowid's
// b-tree gives both ends at once).
Result<QList<std::pair<qint64, qint64>>> rowidRanges(const QSqlDatabase &db, int count)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT MIN(rowid), MAX(rowid) FROM certificates")))
        return countError(query);
    if (!query.next() || query.value(0).isNull())
        return QList<std::pair<qint64, qint64>> {{0, -1}}; // no certificates: one empty range
    const qint64 first = query.value(0).toLongLong();
    const qint64 last = query.value(1).toLongLong();
    QList<std::pair<qint64, qint64>> ranges;
    const qint64 step = (last - first) / count + 1;
    for (qint64 start = first; start <= last; start += step)
        ranges.append({start, qMin(last, start + step - 1)});
    return ranges;
}

Context makeContext(Engine engine, const Filter &filter, const DashboardOptions &options)
{
    Context context {engine, filter, options, 0, {}, nullptr};
    const QDateTime asOf = options.asOf.isValid() ? options.asOf.toUTC() : Clock().now();
    context.options.asOf = asOf;
    context.asOf = asOf.toSecsSinceEpoch();
    return context;
}

Result<void> prepareSqlite(const QSqlDatabase &db, Context &context, int passes)
{
    if (context.engine != Engine::Sqlite)
        return {};
    if (passes <= 1) {
        context.rowidRanges = {{std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()}};
    } else {
        auto ranges = rowidRanges(db, passes);
        if (!ranges)
            return ranges.error();
        context.rowidRanges = *ranges;
    }
    if (!context.filter.district.isEmpty()) {
        auto citizens = readDistrictCitizens(db, context.filter.district);
        if (!citizens)
            return citizens.error();
        context.district = *citizens;
    }
    return {};
}

Result<void> runGroup(const QSqlDatabase &db, const Context &context, const QList<Part> &group, Parts &parts)
{
    for (const Part &part : group) {
        QElapsedTimer timer;
        timer.start();
        if (auto r = part(db, context, parts); !r)
            return r;
        qCDebug(lcDashboard) << "part done in" << timer.elapsed() << "ms";
    }
    return {};
}

Dashboard assemble(const Context &context, const QList<const Parts *> &all)
{
    Dashboard dashboard;
    dashboard.filter = context.filter;
    dashboard.asOf = context.options.asOf;
    Parts merged;
    for (const Parts *counted : all) {
        const Parts &part = *counted;
        for (const auto &[code, values] : part.delays)
            for (const auto &[value, count] : values)
                merged.delays[code][value] += count;
        merged.holderIds.unite(part.holderIds);
        for (const auto &[code, src] : part.byCode) {
            ProviderDashboard &p = merged.line(code);
            if (src.known) {
                p.known = true;
                p.name = src.name;
                p.excluded = src.excluded;
            }
            p.addCounts(src);
        }
        for (const auto &[code, days] : part.perDay)
            for (const auto &[day, count] : days)
                merged.perDay[code][day] += count;
        merged.holders += part.holders;
        merged.population += part.population;
        merged.populationFromRegistry = merged.populationFromRegistry || part.populationFromRegistry;
        merged.providersExcluded += part.providersExcluded;
        merged.unreadableCertificates += part.unreadableCertificates;
        merged.unreadableRequests += part.unreadableRequests;
    }
    for (auto &[code, p] : merged.byCode) {
        qint64 known = 0;
        for (const QString &channel : knownChannels())
            known += p.byChannel.value(channel);
        if (p.certificates > 0 || known > 0)
            p.byChannel[QStringLiteral("other")] = p.certificates - known;
    }
    for (const auto &[code, values] : merged.delays) {
        if (!values.empty())
            merged.line(code).delay = detail::delayDistribution(values);
    }
    dashboard.citizensWithSignature = merged.holders + merged.holderIds.count();
    dashboard.population = merged.population;
    dashboard.populationFromRegistry = merged.populationFromRegistry;
    dashboard.providersExcluded = merged.providersExcluded;
    dashboard.unreadableCertificates = merged.unreadableCertificates;
    dashboard.unreadableRequests = merged.unreadableRequests;

    // The timeline's range: the filter's period, or the first and last day with a record.
    const Filter &filter = context.filter;
    dashboard.firstDay = filter.from;
    dashboard.lastDay = filter.to;
    if (!dashboard.firstDay.isValid() || !dashboard.lastDay.isValid()) {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = std::numeric_limits<qint64>::min();
        for (const auto &[code, days] : merged.perDay) {
            if (!days.empty()) {
                first = qMin(first, days.begin()->first);
                last = qMax(last, days.rbegin()->first);
            }
        }
        if (first <= last) {
            if (!dashboard.firstDay.isValid())
                dashboard.firstDay = dayOf(first);
            if (!dashboard.lastDay.isValid())
                dashboard.lastDay = dayOf(last);
        } else {
            dashboard.firstDay = dashboard.lastDay = {}; // nothing recorded: nothing to draw
        }
    }
    if (dashboard.firstDay.isValid() && dashboard.lastDay.isValid()
        && dashboard.firstDay <= dashboard.lastDay) {
        const qint64 span = dashboard.firstDay.daysTo(dashboard.lastDay) + 1;
        dashboard.bucketDays = span <= timelineDailyLimit ? 1 : 7;
        // Weeks run Monday to Sunday; the first bucket starts on the range's first day.
        for (QDate start = dashboard.firstDay; start <= dashboard.lastDay;
             start = dashboard.bucketDays == 1 ? start.addDays(1) : start.addDays(8 - start.dayOfWeek()))
            dashboard.bucketStarts.append(start);
        const qint64 firstNumber = dayNumber(dashboard.firstDay);
        const qint64 lastNumber = dayNumber(dashboard.lastDay);
        for (const auto &[code, days] : merged.perDay) {
            QList<qint64> counts(dashboard.bucketStarts.size(), 0);
            int bucket = 0;
            for (const auto &[number, count] : days) {
                if (number < firstNumber || number > lastNumber)
                    continue;
                const QDate day = dayOf(number);
                while (bucket + 1 < dashboard.bucketStarts.size()
                       && dashboard.bucketStarts.at(bucket + 1) <= day)
                    ++bucket;
                counts[bucket] += count;
            }
            dashboard.timeline.insert(code, counts);
        }
    }

    for (const auto &[code, p] : merged.byCode) {
        dashboard.providers.append(p);
        dashboard.totals.addCounts(p);
    }
    return dashboard;
}

} // namespace detail

namespace {

Engine engineOf(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL") ? Engine::Postgres : Engine::Sqlite;
}

} // namespace

Result<Dashboard> loadDashboard(const QSqlDatabase &db, const Filter &filter, const DashboardOptions &options)
{
    Context context = detail::makeContext(engineOf(db), filter, options);
    if (auto r = detail::prepareSqlite(db, context, 1); !r)
        return r.error();
    Parts parts;
    for (const detail::Group &group : detail::partGroups(context)) {
        if (auto r = detail::runGroup(db, context, group.parts, parts); !r)
            return r.error();
    }
    return detail::assemble(context, {&parts});
}

std::pair<QDate, QDate> Dashboard::bucketRange(int index) const
{
    if (index < 0 || index >= bucketStarts.size())
        return {};
    const QDate start = bucketStarts.at(index);
    const QDate end = index + 1 < bucketStarts.size() ? bucketStarts.at(index + 1).addDays(-1) : lastDay;
    return {start, end};
}

} // namespace sw::statistics
