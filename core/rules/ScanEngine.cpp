#include "rules/ScanEngine.h"

#include "connection/SqlError.h"
#include "registry/ContractCheck.h"
#include "registry/RegistryConnection.h"
#include "registry/SqliteFunctions.h"
#include "rules/NearDuplicates.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleQueries.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <mutex>
#include <optional>
#include <thread>

#include <time.h>

Q_LOGGING_CATEGORY(lcScan, "signwatch.rules", QtInfoMsg)

namespace sw::rules {

using registry::RegistryConnection;

namespace {

Error cancelledError()
{
    return Error::make(QCoreApplication::translate("Rules", "The scan was cancelled."), {},
                       Error::Kind::Cancelled);
}

// CPU time of the calling thread in ms: on SQLite the queries run in it, so the debug log can tell
// a step's own cost from time spent waiting for a core.
qint64 threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1000000;
}

// The scan runs its queries side by side on its own connections, one per core it was given:
// PostgreSQL's parallel workers on top of that would only compete for the same cores, and each
// worker of a parallel hash join builds the same hash again.
void forScan(RegistryConnection &connection)
{
    if (connection.engine() != connection::Engine::Postgres)
        return;
    QSqlQuery settings(connection.database());
    settings.exec(QStringLiteral("SET max_parallel_workers_per_gather = 0"));
    // The rule queries run well under a second, but the planner's estimates for their subqueries
    // are large: JIT then spent up to 1.2 s optimising one query that ran in 0.9 s without it.
    settings.exec(QStringLiteral("SET jit = off"));
}

// Turns one of PostgreSQL's planner methods off for the queries run while it lives (SQLite: does
// nothing). For the query where the planner's estimates prefer a hash, but a merge of indexes
// read in order measured three times faster (0.26 s against 0.8 s).
class PlannerHint
{
public:
    PlannerHint(const QSqlDatabase &db, const char *setting)
        : m_db(db), m_setting(QString::fromLatin1(setting))
    {
        if (m_db.driverName() == QLatin1String("QPSQL"))
            QSqlQuery(m_db).exec(QStringLiteral("SET %1 = off").arg(m_setting));
    }
    ~PlannerHint()
    {
        if (m_db.driverName() == QLatin1String("QPSQL"))
            QSqlQuery(m_db).exec(QStringLiteral("RESET %1").arg(m_setting));
    }
    PlannerHint(const PlannerHint &) = delete;
    PlannerHint &operator=(const PlannerHint &) = delete;

private:
    QSqlDatabase m_db;
    QString m_setting;
};

// PostgreSQL: whether the tables the unknown-citizen check reads in index order are almost all
// marked visible to everyone (vacuumed; a table never vacuumed nor analysed counts 0 pages and
// does not qualify), so that an index-only scan reads no table pages. The
// merge that PlannerHint forces is fast then (0.26 s) and slow without it (2.6 s, where the
// planner's own hash took 0.8 s).
bool indexOnlyScansPay(const QSqlDatabase &db)
{
    if (db.driverName() != QLatin1String("QPSQL"))
        return false;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) = 3 AND bool_and(relpages > 0 AND relallvisible >= 0.9 * "
                                   "relpages) FROM pg_class "
                                   "WHERE oid IN (to_regclass('citizens'), to_regclass('certificates'), "
                                   "to_regclass('service_requests'))"))
        || !query.next())
        return false;
    const bool pays = query.value(0).toBool();
    qCDebug(lcScan) << "unknown citizens by a merge of the citizen indexes:" << pays;
    return pays;
}

bool isCancelled(const std::atomic<bool> *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

std::optional<QString> optionalText(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toString();
}

QList<qint64> parseIdList(const QVariant &v)
{
    QList<qint64> ids;
    for (const QString &part : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toLongLong();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

// Runs one rule query and turns each row (id, provider, citizen, at, …) into a finding.
using RowDetail = std::function<void(const QSqlQuery &, Finding &)>;

struct RuleStep
{
    QString rule;
    std::function<Result<QList<Finding>>(const QSqlDatabase &, const std::atomic<bool> *)> run;
};

// Runs one query and hands each row to `row`, with a finding already filled from the columns
// every rule query starts with (id, provider, citizen, at). `label` names the rule(s) in errors.
Result<void> forEachRow(const QSqlDatabase &db, const QString &sql, const QString &label,
                        const QString &subject, const QList<QPair<QString, QVariant>> &bindings,
                        const std::atomic<bool> *cancel,
                        const std::function<void(const QSqlQuery &, Finding &)> &row)
{
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    QSqlQuery query(db);
    query.setForwardOnly(true);
    qCDebug(lcScan).noquote() << label << subject << "SQL:" << sql;
    if (!query.prepare(sql))
        return connection::sqlError(
            QCoreApplication::translate("Rules", "The rule %1 could not be prepared on this registry.")
                .arg(ruleDisplayNames(label)),
            query.lastError());
    for (const auto &[name, value] : bindings)
        query.bindValue(name, value);
    if (!query.exec())
        return connection::sqlError(
            QCoreApplication::translate("Rules", "The rule %1 failed on this registry.")
                .arg(ruleDisplayNames(label)),
            query.lastError());
    for (qsizetype n = 0; query.next(); ++n) {
        if ((n & 1023) == 0 && isCancelled(cancel))
            return cancelledError();
        Finding f;
        f.subjectKind = subject;
        f.subjectId = query.value(0).toLongLong();
        f.provider = optionalText(query.value(1));
        f.citizenId = optionalText(query.value(2));
        if (!query.value(3).isNull())
            f.at = query.value(3).toLongLong();
        row(query, f);
    }
    if (query.lastError().isValid())
        return connection::sqlError(
            QCoreApplication::translate("Rules", "The rule %1 failed on this registry.")
                .arg(ruleDisplayNames(label)),
            query.lastError());
    qCDebug(lcScan) << label << subject << "done in" << timer.elapsed() << "ms," << threadCpuMs() - cpuStart
                    << "ms CPU in this thread";
    return {};
}

// One rule's query: one finding per row, completed by `detail`.
Result<QList<Finding>> runRuleQuery(const QSqlDatabase &db, const QString &sql, const QString &rule,
                                    const QString &subject, const RowDetail &detail,
                                    const std::atomic<bool> *cancel, const ScopeSql &scope = {})
{
    QList<Finding> findings;
    auto ran = forEachRow(db, sql, rule, subject, scope.bindings(sql), cancel,
                          [&](const QSqlQuery &row, Finding &f) {
                              f.rule = rule;
                              if (detail)
                                  detail(row, f);
                              findings.append(std::move(f));
                          });
    if (!ran)
        return ran.error();
    return findings;
}

const QString certificate = QStringLiteral("certificate");
const QString request = QStringLiteral("request");

// A date in the contract's form YYYY-MM-DD that is a real day (a malformed birth date counts as
// NULL). PostgreSQL hands dates over as QDate.
bool isContractDate(const QVariant &value)
{
    if (value.typeId() == QMetaType::QDate)
        return value.toDate().isValid();
    const QString text = value.toString();
    const QDate date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    return text.size() == 10 && date.isValid() && date.toString(QStringLiteral("yyyy-MM-dd")) == text;
}

// Runs a query over `ids` in chunks bound as :c0, :c1, … and hands each row to `row`.
Result<void> forChunks(const QSqlDatabase &db, const QStringList &ids,
                       const std::function<QString(int)> &sqlFor,
                       const std::function<void(const QSqlQuery &)> &row, const QString &rule)
{
    constexpr int chunk = 200;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        const QStringList part = ids.mid(start, chunk);
        QSqlQuery query(db);
        query.setForwardOnly(true);
        const bool prepared = query.prepare(sqlFor(int(part.size())));
        for (qsizetype i = 0; prepared && i < part.size(); ++i)
            query.bindValue(QStringLiteral(":c%1").arg(i), part[i]);
        if (!prepared || !query.exec())
            return connection::sqlError(
                QCoreApplication::translate("Rules", "The rule %1 failed on this registry.").arg(rule),
                query.lastError());
        while (query.next())
            row(query);
    }
    return {};
}

// IDENTITY_NEAR_DUPLICATE: ids and birth dates of holders from the database; pairs of nearly
// equal ids with the same stored birth date found here; then, for those few, the names and
// birth dates are checked exactly and each citizen's first held certificate is fetched.
Result<QList<Finding>> nearDuplicates(const QSqlDatabase &db, const RuleQueries &q,
                                      const std::atomic<bool> *cancel)
{
    const QString rule = QStringLiteral("IDENTITY_NEAR_DUPLICATE");
    QElapsedTimer timer;
    timer.start();
    const qint64 cpuStart = threadCpuMs();
    NearIdSearch search;
    if (db.driverName() == QLatin1String("QSQLITE")) {
        // A million rows: read as text straight from SQLite (QSqlQuery's values cost more).
        auto read = registry::readSqliteTextRows(
            db, q.nearDuplicateCandidates(), 2,
            [&search](const QByteArrayView *row) { search.add(row[1], row[0]); }, cancel);
        if (!read && read.error().kind == Error::Kind::Cancelled)
            return cancelledError();
        if (!read)
            return Error::make(
                QCoreApplication::translate("Rules", "The rule %1 failed on this registry.").arg(rule),
                read.error().detail);
    } else {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.exec(q.nearDuplicateCandidates()))
            return connection::sqlError(
                QCoreApplication::translate("Rules", "The rule %1 failed on this registry.").arg(rule),
                query.lastError());
        for (qsizetype n = 0; query.next(); ++n) {
            if ((n & 255) == 0 && isCancelled(cancel))
                return cancelledError();
            search.addDayIds(query.value(0).toString());
        }
    }
    const qsizetype candidates = search.size();
    const qint64 readMs = timer.elapsed();
    const auto idPairs = search.pairs();
    qCDebug(lcScan) << rule << candidates << "candidates read in" << readMs << "ms," << idPairs.size()
                    << "pairs of ids in" << timer.elapsed() << "ms," << threadCpuMs() - cpuStart
                    << "ms CPU in this thread";
    if (idPairs.isEmpty())
        return QList<Finding>();
    QStringList citizens;
    for (const auto &[a, b] : idPairs)
        citizens << a << b;
    citizens.removeDuplicates();

    struct Person
    {
        QString key;
        bool validBirth;
    };
    QHash<QString, Person> people;
    if (auto r = forChunks(
            db, citizens, &RuleQueries::citizensByIds,
            [&](const QSqlQuery &row) {
                people.insert(row.value(0).toString(),
                              {nameKey(row.value(1).toString()), isContractDate(row.value(2))});
            },
            rule);
        !r)
        return r.error();

    // Each citizen's first certificate not revoked at T, in Hue-S order.
    struct Held
    {
        qint64 id;
        QString provider;
        qint64 t;
        qint64 rec;
    };
    QHash<QString, Held> held;
    if (auto r = forChunks(
            db, citizens, [&q](int n) { return q.firstHeldCertificates(n); },
            [&](const QSqlQuery &row) {
                held.insert(row.value(0).toString(),
                            {row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toLongLong(),
                             row.value(4).toLongLong()});
            },
            rule);
        !r)
        return r.error();

    // The later certificate of each pair in Hue-S order is the subject; the earlier is evidence.
    QMap<qint64, Finding> bySubject;
    for (const auto &[ida, idb] : idPairs) {
        const Person pa = people.value(ida);
        const Person pb = people.value(idb);
        if (!pa.validBirth || !pb.validBirth || pa.key != pb.key)
            continue;
        const auto ha = held.constFind(ida);
        const auto hb = held.constFind(idb);
        if (ha == held.cend() || hb == held.cend())
            continue;
        const bool aFirst = std::tie(ha->rec, ha->id) < std::tie(hb->rec, hb->id);
        const auto &later = aFirst ? hb : ha;
        const auto &earlier = aFirst ? ha : hb;
        Finding &f = bySubject[later->id];
        if (f.rule.isEmpty()) {
            f.rule = rule;
            f.subjectKind = certificate;
            f.subjectId = later->id;
            f.provider = later->provider;
            f.citizenId = aFirst ? idb : ida;
            f.at = later->t;
        }
        if (!f.evidence.contains(earlier->id))
            f.evidence.append(earlier->id);
    }
    QList<Finding> findings;
    for (Finding &f : bySubject) {
        std::sort(f.evidence.begin(), f.evidence.end());
        findings.append(std::move(f));
    }
    return findings;
}

// DUPLICATE_ISSUANCE and SUPERSEDED from one query (RuleQueries::pairRules): a certificate with a
// duplicate list is a duplicate issuance, otherwise superseded.
Result<QList<Finding>> runPairRules(const QSqlDatabase &db, const QString &sql,
                                    const std::atomic<bool> *cancel, const ScopeSql &scope)
{
    QList<Finding> findings;
    auto ran = forEachRow(db, sql, QStringLiteral("DUPLICATE_ISSUANCE, SUPERSEDED"), certificate,
                          scope.bindings(sql), cancel, [&](const QSqlQuery &row, Finding &f) {
                              if (!row.value(4).isNull()) {
                                  f.rule = QStringLiteral("DUPLICATE_ISSUANCE");
                                  f.evidence = parseIdList(row.value(4));
                                  f.detail = {{QStringLiteral("lookup_found"), row.value(6).toInt() != 0}};
                              } else {
                                  f.rule = QStringLiteral("SUPERSEDED");
                                  f.evidence = parseIdList(row.value(5));
                              }
                              findings.append(std::move(f));
                          });
    if (!ran)
        return ran.error();
    return findings;
}

// The one-pass certificate rules (RuleQueries::rowRules): each row gives one finding per rule
// it breaks.
Result<QList<Finding>> runRowRules(const QSqlDatabase &db, const QString &sql, const QString &label,
                                   const QList<QPair<QString, QVariant>> &bindings,
                                   const std::atomic<bool> *cancel)
{
    QList<Finding> findings;
    auto collect = [&](const QSqlQuery &row, Finding &base) {
        // The rule codes are shared by all their findings (one string each, not one per finding).
        static const QString late = QStringLiteral("LATE_UPDATE");
        static const QString premature = QStringLiteral("PREMATURE_CONFIRMATION");
        static const QString stale = QStringLiteral("STALE_TECHNICAL_ERROR");
        static const QString legacy = QStringLiteral("LEGACY_MISLABEL");
        static const QString free = QStringLiteral("FREE_PERIOD");
        static const QString excluded = QStringLiteral("EXCLUDED_PROVIDER");
        auto emit = [&](const QString &rule, QList<QPair<QString, DetailValue>> detail,
                        QList<qint64> evidence = {}) {
            Finding f = base;
            f.rule = rule;
            f.detail = std::move(detail);
            f.evidence = std::move(evidence);
            findings.append(std::move(f));
        };
        if (!row.value(4).isNull())
            emit(late, {{QStringLiteral("delay_seconds"), row.value(4).toLongLong()}});
        if (!row.value(5).isNull())
            emit(premature, {{QStringLiteral("form"), row.value(5).toString()}});
        if (row.value(6).toInt())
            emit(stale, {});
        if (row.value(7).toInt())
            emit(legacy, {});
        if (row.value(8).toInt()) {
            const DetailValue freeUntil = row.value(9).isNull()
                ? DetailValue(nullptr)
                : DetailValue(formatDay(row.value(9).toLongLong()));
            const bool isSwitch = !row.value(10).isNull();
            const qint64 expected = isSwitch ? row.value(11).toLongLong() : row.value(12).toLongLong();
            emit(free,
                 {{QStringLiteral("free_until"), freeUntil},
                  {QStringLiteral("expected"), formatDay(expected)}},
                 isSwitch ? QList<qint64> {row.value(10).toLongLong()} : QList<qint64> {});
        }
        if (row.value(13).toInt())
            emit(excluded, {});
    };
    if (auto ran = forEachRow(db, sql, label, certificate, bindings, cancel, collect); !ran)
        return ran.error();
    return findings;
}

// Runs steps on `threads` connections at once: this thread on `main`, the others each on a
// connection of their own (QtSql allows a connection only in the thread that opened it).
Result<QList<Finding>> runSteps(const QList<RuleStep> &steps, RegistryConnection &main,
                                const connection::ConnectionSpec &spec,
                                const connection::Credentials &credentials, int threads,
                                const std::function<void(const QString &)> &stepDone,
                                const std::atomic<bool> *cancel)
{
    std::mutex lock;
    std::optional<Error> failure;
    std::atomic<int> next {0};
    std::atomic<bool> stop {false};
    QList<Finding> findings;
    const int total = int(steps.size());
    auto worker = [&](RegistryConnection *given) {
        std::unique_ptr<RegistryConnection> own;
        RegistryConnection *conn = given;
        if (!conn) {
            auto made = RegistryConnection::open(spec, credentials);
            if (!made) {
                std::lock_guard guard(lock);
                if (!failure)
                    failure = made.error();
                stop = true;
                return;
            }
            own = std::move(made.value());
            conn = own.get();
            forScan(*conn);
        }
        for (int i = next++; i < total && !stop && !isCancelled(cancel); i = next++) {
            auto rows = steps[i].run(conn->database(), cancel);
            std::lock_guard guard(lock);
            if (!rows) {
                if (!failure)
                    failure = rows.error();
                stop = true;
                return;
            }
            findings.append(std::move(*rows)); // moved, not copied: 166,000 findings at most
            if (stepDone)
                stepDone(steps[i].rule);
        }
    };
    std::vector<std::thread> helpers;
    for (int i = 1; i < std::clamp(threads, 1, 8) && i < total; ++i)
        helpers.emplace_back(worker, nullptr);
    worker(&main);
    for (std::thread &t : helpers)
        t.join();
    if (isCancelled(cancel))
        return cancelledError();
    if (failure)
        return *failure;
    return findings;
}

// The rule steps of a scan, longest first (as measured on both engines) so that the connections
// finish close together. Their SQL is made when they run: it needs the unreadable rows and the
// exclusions, known only then.
QList<RuleStep> ruleSteps(const std::function<bool(const QString &)> &wanted,
                          const std::optional<RuleQueries> &q,
                          const QList<QPair<QString, QVariant>> &exclusionBindings,
                          const QList<qint64> &exclusionTimes, const ScopeSql &scope)
{
    QList<RuleStep> steps;
    auto add = [&](const QString &rule, QString (RuleQueries::*sql)() const, const QString &subject,
                   RowDetail detail = {}) {
        if (wanted(rule))
            steps.append({rule,
                          [&q, &scope, rule, sql, subject, detail](const QSqlDatabase &conn,
                                                                   const std::atomic<bool> *c) {
                              return runRuleQuery(conn, ((*q).*sql)(), rule, subject, detail, c, scope);
                          }});
    };
    add(QStringLiteral("MISSING_LOOKUP"), &RuleQueries::missingLookup, certificate);
    add(QStringLiteral("STAFF_BURST"), &RuleQueries::staffBurst, certificate,
        [](const QSqlQuery &row, Finding &f) {
            f.detail = {{QStringLiteral("count"), row.value(4).toLongLong()}};
        });
    if (wanted(QStringLiteral("IDENTITY_NEAR_DUPLICATE")))
        steps.append({QStringLiteral("IDENTITY_NEAR_DUPLICATE"),
                      [&q](const QSqlDatabase &conn, const std::atomic<bool> *c) {
                          return nearDuplicates(conn, *q, c);
                      }});
    const QStringList rowRuleCodes
        = {QStringLiteral("LATE_UPDATE"),           QStringLiteral("PREMATURE_CONFIRMATION"),
           QStringLiteral("STALE_TECHNICAL_ERROR"), QStringLiteral("LEGACY_MISLABEL"),
           QStringLiteral("FREE_PERIOD"),           QStringLiteral("EXCLUDED_PROVIDER")};
    if (std::any_of(rowRuleCodes.cbegin(), rowRuleCodes.cend(), wanted)) {
        const QString label = rowRuleCodes.join(QStringLiteral(", "));
        steps.append({label,
                      [&q, &exclusionBindings, &exclusionTimes, &scope, label](const QSqlDatabase &conn,
                                                                               const std::atomic<bool> *c) {
                          const QString sql = q->rowRules(exclusionTimes);
                          return runRowRules(conn, sql, label, exclusionBindings + scope.bindings(sql), c);
                      }});
    }
    if (wanted(QStringLiteral("DUPLICATE_ISSUANCE")) || wanted(QStringLiteral("SUPERSEDED")))
        steps.append({QStringLiteral("DUPLICATE_ISSUANCE, SUPERSEDED"),
                      [&q, &scope](const QSqlDatabase &conn, const std::atomic<bool> *c) {
                          return runPairRules(conn, q->pairRules(), c, scope);
                      }});
    add(QStringLiteral("PREMATURE_CONFIRMATION"), &RuleQueries::prematureRequest, request,
        [](const QSqlQuery &, Finding &f) {
            f.detail = {{QStringLiteral("form"), QStringLiteral("c")}};
        });
    add(QStringLiteral("REQUEST_EXPIRED"), &RuleQueries::requestExpired, request,
        [](const QSqlQuery &row, Finding &f) {
            f.detail = {{QStringLiteral("late_seconds"), row.value(4).toLongLong()}};
        });
    return steps;
}

} // namespace

ScanEngine::ScanEngine(connection::ConnectionSpec spec, connection::Credentials credentials)
    : m_spec(std::move(spec)), m_credentials(std::move(credentials))
{ }

Result<ScanResult> ScanEngine::run(const ScanOptions &options, const ScanProgress &progress,
                                   const std::atomic<bool> *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &code : options.rules)
        if (!findRule(code))
            return Error::make(QCoreApplication::translate("Rules", "Unknown rule \"%1\".").arg(code), {},
                               Error::Kind::InvalidInput);
    auto opened = RegistryConnection::open(m_spec, m_credentials);
    if (!opened)
        return opened.error();
    RegistryConnection &main = **opened;
    // A registry off the contract is not scanned: a TEXT id would be read as 0, a missing column
    // fail half-way. The catalogue answers in milliseconds.
    const auto contract = registry::checkContract(main.database());
    if (!contract)
        return contract.error();
    if (!contract->ok())
        return Error::make(QCoreApplication::translate("Rules",
                                                       "The registry does not meet the data contract, so it "
                                                       "is not scanned:")
                           + QLatin1Char('\n') + contract->problems().join(QLatin1Char('\n')));
    auto result = runOn(main, options, progress, cancel);
    if (result)
        result->elapsedMs = timer.elapsed();
    return result;
}

Result<ScanResult> ScanEngine::runOn(RegistryConnection &main, const ScanOptions &options,
                                     const ScanProgress &progress, const std::atomic<bool> *cancel) const
{
    QElapsedTimer timer;
    timer.start();
    for (const QString &code : options.rules)
        if (!findRule(code))
            return Error::make(QCoreApplication::translate("Rules", "Unknown rule \"%1\".").arg(code), {},
                               Error::Kind::InvalidInput);
    auto wanted
        = [&](const QString &code) { return options.rules.isEmpty() || options.rules.contains(code); };
    ScanResult result;
    result.asOf = options.asOf.value_or(Clock().secsSinceEpoch());
    const Dialect dialect(main.engine());
    const ScopeSql scope = options.scope ? ScopeSql(*options.scope, dialect) : ScopeSql();
    forScan(main);

    // Filled between the two phases; the rule steps read them when they run.
    std::optional<RuleQueries> q;
    QList<QPair<QString, QVariant>> exclusionBindings;
    QList<qint64> exclusionTimes;
    QList<RuleStep> steps = ruleSteps(wanted, q, exclusionBindings, exclusionTimes, scope);

    // 1. Unreadable rows, whatever their times (before the as-of cut). They take part in no other
    // rule, so this phase ends before the rules start.
    MalformedRows malformed;
    const QString quality = QStringLiteral("DATA_QUALITY");
    // The longest query first, so that the two connections finish close together.
    const struct
    {
        QString table;
        QString sql;
        bool noHashJoin = false;
    } qualityTables[] = {
        // The citizens of certificates and requests: the table's name comes as the fifth column.
        {QString(), RuleQueries::malformedCitizenReferences(dialect, scope),
         !scope.active() && indexOnlyScansPay(main.database())},
        {QStringLiteral("certificates"), RuleQueries::malformedCertificateValues(dialect, scope)},
        {QStringLiteral("lookups"), RuleQueries::malformedLookups(dialect, scope)},
        {QStringLiteral("certificates"), RuleQueries::malformedCertificateLinks(scope)},
        {QStringLiteral("service_requests"), RuleQueries::malformedRequests(dialect, scope)},
    };
    QList<RuleStep> qualitySteps;
    for (const auto &table : qualityTables)
        qualitySteps.append({quality, [&table, &scope](const QSqlDatabase &conn, const std::atomic<bool> *c) {
                                 std::optional<PlannerHint> hint;
                                 if (table.noHashJoin)
                                     hint.emplace(conn, "enable_hashjoin");
                                 RowDetail namedTable;
                                 if (table.table.isEmpty())
                                     namedTable = [](const QSqlQuery &row, Finding &f) {
                                         f.subjectKind = row.value(4).toString();
                                     };
                                 return runRuleQuery(conn, table.sql, QStringLiteral("DATA_QUALITY"),
                                                     table.table, namedTable, c, scope);
                             }});
    const int total = int(qualitySteps.size() + steps.size());
    int done = 0;
    auto stepDone = [&](const QString &rule) {
        ++done;
        if (progress)
            progress(done, total, rule);
    };
    auto unreadable = runSteps(qualitySteps, main, m_spec, m_credentials, options.threads, stepDone, cancel);
    if (!unreadable)
        return unreadable.error();
    QList<Finding> findings;
    // A certificate unreadable for both its values and its references is one finding.
    std::sort(unreadable->begin(), unreadable->end());
    unreadable->erase(std::unique(unreadable->begin(), unreadable->end(),
                                  [](const Finding &l, const Finding &r) {
                                      return l.subjectKind == r.subjectKind && l.subjectId == r.subjectId;
                                  }),
                      unreadable->end());
    for (Finding &f : *unreadable) {
        f.at.reset(); // DATA_QUALITY: `at` is null
        (f.subjectKind == QLatin1String("certificates")           ? malformed.certificates
             : f.subjectKind == QLatin1String("service_requests") ? malformed.requests
                                                                  : malformed.lookups)
            .append(f.subjectId);
        if (wanted(quality))
            findings.append(std::move(f));
    }

    malformed.certificates += options.outsideMalformed.certificates;
    malformed.requests += options.outsideMalformed.requests;
    malformed.lookups += options.outsideMalformed.lookups;

    // 2. Exclusion times: providers.excluded_at and the console's own decisions, the earliest;
    // §5.3: an exclusion counts from its time, as of T.
    QMap<QString, qint64> exclusions = options.caseworkExclusions;
    {
        QSqlQuery query(main.database());
        query.setForwardOnly(true);
        if (!query.exec(RuleQueries::providerExclusions(dialect)))
            return connection::sqlError(QCoreApplication::translate("Rules", "Could not read the providers."),
                                        query.lastError());
        while (query.next()) {
            if (query.value(1).isNull())
                continue;
            const QString code = query.value(0).toString();
            const qint64 at = query.value(1).toLongLong();
            exclusions[code] = exclusions.contains(code) ? std::min(exclusions[code], at) : at;
        }
    }
    for (auto it = exclusions.cbegin(); it != exclusions.cend(); ++it) {
        if (it.value() > result.asOf)
            continue;
        exclusionBindings.append({QStringLiteral(":p%1").arg(exclusionTimes.size()), it.key()});
        exclusionTimes.append(it.value());
    }

    // 3. The rules, one query each (the per-row rules share one pass), on the worker connections.
    q.emplace(dialect, result.asOf, options.thresholds, malformed, scope);
    auto ruled = runSteps(steps, main, m_spec, m_credentials, options.threads, stepDone, cancel);
    if (!ruled)
        return ruled.error();
    // Rules that judge each certificate on its own read unreadable ones too (RuleQueries::
    // certificateBase): their findings are dropped here.
    const QSet<qint64> unreadableCertificates(malformed.certificates.cbegin(), malformed.certificates.cend());
    findings.reserve(findings.size() + ruled->size());
    for (Finding &f : *ruled)
        if (wanted(f.rule) && !(f.subjectKind == certificate && unreadableCertificates.contains(f.subjectId)))
            findings.append(std::move(f));

    ruled = QList<Finding>(); // freed before the sort
    std::sort(findings.begin(), findings.end());
    result.findings = std::move(findings);
    result.elapsedMs = timer.elapsed();
    if (scope.active())
        qCDebug(lcScan) << "scoped scan finished:" << result.findings.size() << "findings in"
                        << result.elapsedMs << "ms";
    else
        qCInfo(lcScan) << "scan finished:" << result.findings.size() << "findings in" << result.elapsedMs
                       << "ms";
    return result;
}

} // namespace sw::rules
