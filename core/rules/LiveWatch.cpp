#include "rules/LiveWatch.h"

#include "connection/SqlError.h"
#include "registry/ContractCheck.h"
#include "registry/RegistryConnection.h"
#include "rules/Dialect.h"
#include "rules/RuleQueries.h"
#include "rules/ScanEngine.h"
#include "rules/ScanScope.h"
#include "rules/WatchChanges.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#include <algorithm>

Q_LOGGING_CATEGORY(lcWatch, "signwatch.watch", QtInfoMsg)

namespace sw::rules {

using registry::RegistryConnection;

namespace {
QString keyOf(const Finding &f)
{
    return f.rule + QLatin1Char('|') + f.subjectKind + QLatin1Char('|') + QString::number(f.subjectId);
}

bool isRequestKind(const QString &kind)
{
    return kind == QLatin1String("request") || kind == QLatin1String("service_requests");
}

const QString staffBurst = QStringLiteral("STAFF_BURST");
const QString nearDuplicate = QStringLiteral("IDENTITY_NEAR_DUPLICATE");
const QString dataQuality = QStringLiteral("DATA_QUALITY");
} // namespace

QByteArray toJsonLine(const WatchEvent &event)
{
    QByteArray line = toJsonLine(event.finding);
    line.chop(1); // the closing brace
    line += event.kind == WatchEvent::Kind::New ? ",\"event\":\"new\"}" : ",\"event\":\"resolved\"}";
    return line;
}

QJsonObject Watermark::toJson() const
{
    return {{QStringLiteral("as_of"),
             QDateTime::fromSecsSinceEpoch(asOf, QTimeZone::utc()).toString(Qt::ISODate)},
            {QStringLiteral("certificate"), certificate},
            {QStringLiteral("request"), request},
            {QStringLiteral("lookup"), lookup}};
}

std::optional<Watermark> Watermark::fromJson(const QJsonObject &json)
{
    const QDateTime at = QDateTime::fromString(json.value(QStringLiteral("as_of")).toString(), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    Watermark w;
    w.asOf = at.toSecsSinceEpoch();
    w.certificate = json.value(QStringLiteral("certificate")).toInteger();
    w.request = json.value(QStringLiteral("request")).toInteger();
    w.lookup = json.value(QStringLiteral("lookup")).toInteger();
    return w;
}

LiveWatch::LiveWatch(connection::ConnectionSpec spec, connection::Credentials credentials,
                     WatchOptions options)
    : m_spec(std::move(spec)), m_credentials(std::move(credentials)), m_options(std::move(options))
{ }

LiveWatch::~LiveWatch() = default;

void LiveWatch::setCaseworkExclusions(const QMap<QString, qint64> &exclusions)
{
    m_options.caseworkExclusions = exclusions;
}

QList<Finding> LiveWatch::findings() const
{
    QList<Finding> out = m_current.values();
    std::sort(out.begin(), out.end());
    return out;
}

Result<RegistryConnection *> LiveWatch::connection()
{
    if (m_connection)
        return m_connection.get();
    auto opened = RegistryConnection::open(m_spec, m_credentials);
    if (!opened)
        return opened.error();
    const auto contract = registry::checkContract((*opened)->database());
    if (!contract)
        return contract.error();
    if (!contract->ok())
        return Error::make(QCoreApplication::translate("Rules",
                                                       "The registry does not meet the data contract, so it "
                                                       "is not scanned:")
                           + QLatin1Char('\n') + contract->problems().join(QLatin1Char('\n')));
    m_connection = std::move(*opened);
    return m_connection.get();
}

// Replaces the findings `owned` picks with `fresh` (the findings of the same part judged again),
// and tells what changed.
QList<WatchEvent> LiveWatch::replace(const std::function<bool(const Finding &)> &owned, QList<Finding> fresh)
{
    QHash<QString, Finding> before;
    for (auto it = m_current.begin(); it != m_current.end();) {
        if (owned(it.value())) {
            before.insert(it.key(), std::move(it.value()));
            it = m_current.erase(it);
        } else {
            ++it;
        }
    }
    QList<Finding> added, resolved;
    for (Finding &f : fresh) {
        const QString key = keyOf(f);
        const auto was = before.constFind(key);
        if (was == before.cend()) {
            added.append(f);
        } else {
            // Compared by rule, subject and evidence: details that grow with the clock (an
            // expired request's lateness) are brought up to date without an event.
            if (was->evidence != f.evidence) {
                resolved.append(*was);
                added.append(f);
            }
            before.erase(was);
        }
        m_current.insert(key, std::move(f));
    }
    for (Finding &f : before)
        resolved.append(std::move(f));
    std::sort(added.begin(), added.end());
    std::sort(resolved.begin(), resolved.end());
    QList<WatchEvent> events;
    for (Finding &f : resolved)
        events.append({WatchEvent::Kind::Resolved, std::move(f)});
    for (Finding &f : added)
        events.append({WatchEvent::Kind::New, std::move(f)});
    return events;
}

Result<PollReport> LiveWatch::fullScan(qint64 asOf, bool diff)
{
    QElapsedTimer timer;
    timer.start();
    auto conn = connection();
    if (!conn)
        return conn.error();
    // The highest ids before the scan: rows added while it runs are judged again by the next poll.
    auto highest = highestIds(**conn);
    if (!highest) {
        m_connection.reset();
        return highest.error();
    }
    ScanOptions options;
    options.asOf = asOf;
    options.thresholds = m_options.thresholds;
    options.caseworkExclusions = m_options.caseworkExclusions;
    options.threads = m_options.fullScanThreads;
    auto scanned = ScanEngine(m_spec, m_credentials).runOn(**conn, options);
    if (!scanned) {
        m_connection.reset();
        return scanned.error();
    }
    PollReport report;
    report.asOf = asOf;
    report.fullScan = true;
    if (diff) {
        report.events = replace([](const Finding &) { return true; }, std::move(scanned->findings));
    } else {
        m_current.clear();
        for (Finding &f : scanned->findings)
            m_current.insert(keyOf(f), std::move(f));
    }
    m_watermark = {asOf, highest->certificate, highest->request, highest->lookup};
    m_lastFullScan = asOf;
    m_exclusionsUsed = m_options.caseworkExclusions;
    report.elapsedMs = timer.elapsed();
    return report;
}

// Whether what the exclusion rule reads changed: the providers (their codes decide DATA_QUALITY,
// their exclusion times EXCLUDED_PROVIDER), the casework's exclusions, or an exclusion time that
// the clock has just passed. Any of these is rare: the caller scans the whole registry again.
Result<bool> LiveWatch::providersChanged(qint64 now)
{
    auto conn = connection();
    if (!conn)
        return conn.error();
    QSqlQuery query((*conn)->database());
    query.setForwardOnly(true);
    if (!query.exec(RuleQueries::providerExclusions(Dialect((*conn)->engine())))) {
        auto error = connection::sqlError(
            QCoreApplication::translate("Rules", "Could not read the providers."), query.lastError());
        m_connection.reset();
        return error;
    }
    QMap<QString, std::optional<qint64>> providers;
    while (query.next())
        providers.insert(query.value(0).toString(),
                         query.value(1).isNull() ? std::nullopt
                                                 : std::optional<qint64>(query.value(1).toLongLong()));
    bool changed = providers != m_providers || m_options.caseworkExclusions != m_exclusionsUsed;
    auto passes = [&](qint64 at) { return at > m_watermark.asOf && at <= now; };
    for (auto it = providers.cbegin(); it != providers.cend(); ++it)
        if (it.value() && passes(*it.value()))
            changed = true;
    for (qint64 at : std::as_const(m_options.caseworkExclusions))
        if (passes(at))
            changed = true;
    m_providers = providers;
    return changed;
}

void LiveWatch::forgetSeen(qint64 before)
{
    for (auto it = m_seen.begin(); it != m_seen.end();)
        it = it->newest <= before ? m_seen.erase(it) : std::next(it);
}

Result<PollReport> LiveWatch::start(qint64 now, const std::optional<Watermark> &resume)
{
    m_started = false;
    m_seen.clear();
    m_providers.clear();
    const bool resuming = resume && resume->asOf < now;
    // Resuming, the set is rebuilt as of the margin before the stored time: a row stamped just
    // before it but committed after the last poll is then judged by the first poll, not taken as
    // known (a finding of the last margin may be told twice; none is missed).
    auto first = fullScan(resuming ? resume->asOf - m_options.marginSeconds : now, false);
    if (!first)
        return first.error();
    if (auto read = providersChanged(first->asOf); !read)
        return read.error();
    m_started = true;
    if (!resuming)
        return first;
    // The set as it was then (the registry keeps no history, but each row's times tell when it
    // came and changed); the ids come from the stored watermark, so that rows committed late
    // since then are still found by their ids.
    m_watermark = *resume;
    auto caughtUp = poll(now);
    if (!caughtUp)
        m_started = false;
    return caughtUp;
}

Result<PollReport> LiveWatch::poll(qint64 now)
{
    if (!m_started)
        return Error::make(QCoreApplication::translate("Rules", "The watch has not started."));
    QElapsedTimer timer;
    timer.start();
    now = std::max(now, m_watermark.asOf);
    auto providers = providersChanged(now);
    if (!providers)
        return providers.error();
    const bool reconcile
        = m_options.reconcileSeconds > 0 && now - m_lastFullScan >= m_options.reconcileSeconds;
    if (*providers || reconcile) {
        qCInfo(lcWatch) << "full scan:" << (reconcile ? "reconciliation" : "providers or exclusions changed");
        return fullScan(now, true);
    }
    auto conn = connection();
    if (!conn)
        return conn.error();
    ChangeWindow window;
    window.since = m_watermark;
    window.now = now;
    window.margin = m_options.marginSeconds;
    window.thresholds = m_options.thresholds.values();
    const qint64 providersMs = timer.elapsed();
    auto changes = findChanges(**conn, window, m_seen);
    const qint64 changesMs = timer.elapsed() - providersMs;
    if (!changes) {
        m_connection.reset();
        return changes.error();
    }
    if (changes->scope.citizens.size() > m_options.maxScopedCitizens) {
        qCInfo(lcWatch) << "full scan:" << changes->scope.citizens.size() << "citizens touched";
        return fullScan(now, true);
    }
    PollReport report;
    report.asOf = now;
    report.changedRows = changes->rows;
    report.judgedCitizens = int(changes->scope.citizens.size());
    if (changes->rows > 0) {
        const QSet<QString> citizens(changes->scope.citizens.cbegin(), changes->scope.citizens.cend());
        const QSet<qint64> requests(changes->scope.requests.cbegin(), changes->scope.requests.cend());
        // Near-duplicate identities pair citizens born on one day: those of the scope's birth days
        // are judged again (the current ones are few; their citizens' birth days are read).
        QSet<QString> nearDuplicates;
        if (!changes->scope.birthDays.isEmpty()) {
            QStringList holders;
            for (const Finding &f : std::as_const(m_current))
                if (f.rule == nearDuplicate && f.citizenId)
                    holders << *f.citizenId;
            auto born = birthDaysOf(**conn, holders);
            if (!born) {
                m_connection.reset();
                return born.error();
            }
            const QSet<qint64> days(changes->scope.birthDays.cbegin(), changes->scope.birthDays.cend());
            for (auto it = born->cbegin(); it != born->cend(); ++it)
                if (days.contains(it.value()))
                    nearDuplicates.insert(it.key());
        }
        auto ownedByScope = [&](const Finding &f) {
            const QString citizen = f.citizenId.value_or(QString());
            if (f.rule == staffBurst)
                return changes->burstSubjects.contains(f.subjectId);
            if (f.rule == nearDuplicate)
                return nearDuplicates.contains(citizen);
            if (isRequestKind(f.subjectKind))
                return citizens.contains(citizen) || requests.contains(f.subjectId);
            return citizens.contains(citizen);
        };
        ScanOptions options;
        options.asOf = now;
        options.thresholds = m_options.thresholds;
        options.caseworkExclusions = m_exclusionsUsed;
        options.threads = 1;
        options.scope = changes->scope;
        for (const Finding &f : std::as_const(m_current)) {
            if (f.rule != dataQuality || ownedByScope(f))
                continue;
            (f.subjectKind == QLatin1String("certificates")           ? options.outsideMalformed.certificates
                 : f.subjectKind == QLatin1String("service_requests") ? options.outsideMalformed.requests
                                                                      : options.outsideMalformed.lookups)
                .append(f.subjectId);
        }
        auto scanned = ScanEngine(m_spec, m_credentials).runOn(**conn, options);
        if (!scanned) {
            m_connection.reset();
            return scanned.error();
        }
        report.events = replace(ownedByScope, std::move(scanned->findings));
    }
    m_watermark = changes->next;
    m_watermark.asOf = now;
    for (auto it = changes->seen.cbegin(); it != changes->seen.cend(); ++it)
        m_seen.insert(it.key(), it.value());
    forgetSeen(now - m_options.marginSeconds);
    report.elapsedMs = timer.elapsed();
    qCDebug(lcWatch) << "poll:" << report.changedRows << "rows," << report.judgedCitizens << "citizens,"
                     << report.events.size() << "events in" << report.elapsedMs << "ms (providers"
                     << providersMs << "ms, changes" << changesMs << "ms)";
    return report;
}

} // namespace sw::rules
