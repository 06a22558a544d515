// The findings store's queries for the findings page, the dashboard and the reports: filtered,
// sorted and paged in SQL (FindingsStore.cpp keeps the file, its schema and saving scans).
#include "findings/FindingsStore.h"

#include "findings/FindingsStoreSql.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::findings {

using storesql::prepareAndBind;
using storesql::readError;

namespace {

// Local days are UTC+7 (regulation.md: Asia/Ho_Chi_Minh, no daylight saving).
constexpr qint64 localOffset = 7 * 3600;

qint64 localMidnight(const QDate &day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toSecsSinceEpoch() - localOffset;
}

QString severityFromRank(int rank)
{
    return rules::severityCode(rules::Severity(qBound(0, rank, 2)));
}

int severityRank(const QString &code)
{
    if (code == QLatin1String("high"))
        return int(rules::Severity::High);
    if (code == QLatin1String("medium"))
        return int(rules::Severity::Medium);
    if (code == QLatin1String("low"))
        return int(rules::Severity::Low);
    return -1;
}

// WHERE text and values (positional) of a query on one scan.
struct Where
{
    QString sql;
    QVariantList values;
};

Where whereOf(qint64 scanId, const FindingsQuery &query)
{
    Where w;
    w.sql = QStringLiteral(" WHERE scan_id = ?");
    w.values << scanId;
    const statistics::Filter &f = query.filter;
    // The period is on `at`, in local days, both ends included; findings without a time
    // (DATA_QUALITY) fall outside any period.
    if (f.from.isValid()) {
        w.sql += QStringLiteral(" AND at >= ?");
        w.values << localMidnight(f.from);
    }
    if (f.to.isValid()) {
        w.sql += QStringLiteral(" AND at < ?");
        w.values << localMidnight(f.to.addDays(1));
    }
    if (!f.district.isEmpty()) {
        w.sql += QStringLiteral(" AND district = ?");
        w.values << f.district;
    }
    if (!f.provider.isEmpty()) {
        w.sql += QStringLiteral(" AND provider = ?");
        w.values << f.provider;
    }
    if (!f.rule.isEmpty()) {
        w.sql += QStringLiteral(" AND rule = ?");
        w.values << f.rule;
    }
    if (!f.severity.isEmpty()) {
        w.sql += QStringLiteral(" AND severity = ?");
        w.values << severityRank(f.severity);
    }
    if (query.onlyNew)
        w.sql += QStringLiteral(" AND is_new = 1");
    // Issue 17: against the case marks (loadCaseMarks first).
    if (f.handling == QLatin1String("unhandled"))
        w.sql += QStringLiteral(" AND NOT ") + storesql::inCase;
    else if (f.handling == QLatin1String("handled"))
        w.sql += QStringLiteral(" AND ") + storesql::inCase;
    return w;
}

// Whether a query needs the connection's case marks.
bool usesMarks(const FindingsQuery &query, FindingSortKey key = FindingSortKey::Time)
{
    return !query.filter.handling.isEmpty() || key == FindingSortKey::Case;
}

QString orderBy(FindingSortKey key, Qt::SortOrder order)
{
    QString column;
    switch (key) {
    case FindingSortKey::Rule:
        column = QStringLiteral("rule");
        break;
    case FindingSortKey::Severity:
        column = QStringLiteral("severity");
        break;
    case FindingSortKey::Provider:
        column = QStringLiteral("provider");
        break;
    case FindingSortKey::District:
        column = QStringLiteral("district");
        break;
    case FindingSortKey::Time:
        column = QStringLiteral("at");
        break;
    case FindingSortKey::Citizen:
        column = QStringLiteral("citizen_id");
        break;
    case FindingSortKey::Subject:
        column = QStringLiteral("subject_kind %1, subject_id");
        break;
    case FindingSortKey::New:
        column = QStringLiteral("is_new");
        break;
    case FindingSortKey::Case:
        column = QStringLiteral("(%1)").arg(storesql::caseOf);
        break;
    }
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    if (column.contains(QLatin1String("%1")))
        column = column.arg(dir);
    // Ties keep the findings order (ids are given in it), in the same direction so that an
    // index on the key serves the sort.
    return QStringLiteral(" ORDER BY %1 %2, id %2").arg(column, dir);
}

QList<QPair<QString, rules::DetailValue>> parseDetail(const QByteArray &json)
{
    QList<QPair<QString, rules::DetailValue>> detail;
    for (const QJsonValue &pair : QJsonDocument::fromJson(json).array()) {
        const QJsonArray kv = pair.toArray();
        const QJsonValue v = kv.at(1);
        rules::DetailValue value = nullptr;
        if (v.isBool())
            value = v.toBool();
        else if (v.isDouble())
            value = qint64(v.toInteger());
        else if (v.isString())
            value = v.toString();
        detail.append({kv.at(0).toString(), value});
    }
    return detail;
}

QList<qint64> parseEvidence(const QString &text)
{
    QList<qint64> ids;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        ids << part.toLongLong();
    return ids;
}

const QString findingColumns = QStringLiteral(
    "id, scan_id, rule, severity, provider, district, at, citizen_id, subject_kind, subject_id, evidence, "
    "detail, json, is_new");

StoredFinding readFinding(const QSqlQuery &q)
{
    StoredFinding s;
    s.rowId = q.value(0).toLongLong();
    s.scanId = q.value(1).toLongLong();
    s.finding.rule = q.value(2).toString();
    s.severity = rules::Severity(qBound(0, q.value(3).toInt(), 2));
    if (!q.value(4).isNull())
        s.finding.provider = q.value(4).toString();
    s.district = q.value(5).toString();
    if (!q.value(6).isNull())
        s.finding.at = q.value(6).toLongLong();
    if (!q.value(7).isNull())
        s.finding.citizenId = q.value(7).toString();
    s.finding.subjectKind = q.value(8).toString();
    s.finding.subjectId = q.value(9).toLongLong();
    s.finding.evidence = parseEvidence(q.value(10).toString());
    s.finding.detail = parseDetail(q.value(11).toByteArray());
    s.jsonLine = q.value(12).toByteArray();
    s.isNew = q.value(13).toInt() != 0;
    return s;
}

} // namespace

Result<FindingTotals> FindingsStore::totals(qint64 scanId, const FindingsQuery &query) const
{
    auto c = connection();
    if (!c)
        return c.error();
    if (auto loaded = loadCaseMarks(*c); !loaded)
        return loaded.error();
    const Where w = whereOf(scanId, query);
    QSqlQuery q(c->db());
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT COUNT(*), COALESCE(SUM(is_new), 0), COALESCE(SUM(%1), 0) "
                                       "FROM findings")
                                .arg(storesql::inCase)
                            + w.sql,
                        w.values)
        || !q.next())
        return readError(q.lastError());
    const qint64 all = q.value(0).toLongLong();
    return FindingTotals {all, q.value(1).toLongLong(), all - q.value(2).toLongLong()};
}

Result<qint64> FindingsStore::count(qint64 scanId, const FindingsQuery &query) const
{
    auto t = totals(scanId, query);
    if (!t)
        return t.error();
    return t->findings;
}

Result<FindingBreakdown> FindingsStore::breakdown(qint64 scanId, const FindingsQuery &query) const
{
    auto c = connection();
    if (!c)
        return c.error();
    if (usesMarks(query))
        if (auto loaded = loadCaseMarks(*c); !loaded)
            return loaded.error();
    const Where w = whereOf(scanId, query);
    QSqlQuery q(c->db());
    // One pass: a row per (rule, severity, provider, district) combination, summed here.
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT rule, severity, COALESCE(provider, ''), district, COUNT(*) "
                                       "FROM findings")
                            + w.sql + QStringLiteral(" GROUP BY rule, severity, provider, district"),
                        w.values))
        return readError(q.lastError());
    FindingBreakdown b;
    while (q.next()) {
        const qint64 n = q.value(4).toLongLong();
        b.byRule[q.value(0).toString()] += n;
        b.bySeverity[severityFromRank(q.value(1).toInt())] += n;
        b.byProvider[q.value(2).toString()] += n;
        b.byDistrict[q.value(3).toString()] += n;
        b.total += n;
    }
    return b;
}

Result<ProviderRuleCounts> FindingsStore::countsByProviderAndRule(const QString &registryKey,
                                                                  const statistics::Filter &filter) const
{
    auto latest = latestScan(registryKey);
    if (!latest)
        return latest.error();
    ProviderRuleCounts counts;
    if (!*latest)
        return counts;
    counts.scanId = (*latest)->id;
    auto c = connection();
    if (!c)
        return c.error();
    const FindingsQuery query {filter, false};
    if (usesMarks(query))
        if (auto loaded = loadCaseMarks(*c); !loaded)
            return loaded.error();
    const Where w = whereOf(counts.scanId, query);
    QSqlQuery q(c->db());
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT COALESCE(provider, ''), rule, COUNT(*) FROM findings") + w.sql
                            + QStringLiteral(" GROUP BY provider, rule"),
                        w.values))
        return readError(q.lastError());
    while (q.next()) {
        const qint64 n = q.value(2).toLongLong();
        counts.byProviderAndRule[q.value(0).toString()][q.value(1).toString()] += n;
        counts.total += n;
    }
    return counts;
}

Result<QList<qint64>> FindingsStore::findingIds(qint64 scanId, const FindingsQuery &query, FindingSortKey key,
                                                Qt::SortOrder order) const
{
    auto c = connection();
    if (!c)
        return c.error();
    if (usesMarks(query, key))
        if (auto loaded = loadCaseMarks(*c); !loaded)
            return loaded.error();
    const Where w = whereOf(scanId, query);
    QSqlQuery q(c->db());
    if (!prepareAndBind(q, QStringLiteral("SELECT id FROM findings") + w.sql + orderBy(key, order), w.values))
        return readError(q.lastError());
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<QList<StoredFinding>> FindingsStore::findingsByIds(const QList<qint64> &rowIds) const
{
    QList<StoredFinding> out;
    if (rowIds.isEmpty())
        return out;
    auto c = connection();
    if (!c)
        return c.error();
    QHash<qint64, StoredFinding> byId;
    // In chunks under SQLite's limit of bound values.
    constexpr qsizetype chunk = 500;
    QSqlQuery q(c->db());
    for (qsizetype start = 0; start < rowIds.size(); start += chunk) {
        const QList<qint64> part = rowIds.mid(start, chunk);
        QStringList marks(part.size(), QStringLiteral("?"));
        QVariantList values;
        for (qint64 id : part)
            values << id;
        if (!prepareAndBind(q,
                            QStringLiteral("SELECT %1 FROM findings WHERE id IN (%2)")
                                .arg(findingColumns, marks.join(QLatin1Char(','))),
                            values))
            return readError(q.lastError());
        while (q.next()) {
            StoredFinding s = readFinding(q);
            byId.insert(s.rowId, std::move(s));
        }
    }
    out.reserve(rowIds.size());
    for (qint64 id : rowIds) {
        auto it = byId.find(id);
        if (it != byId.end())
            out.append(*it);
    }
    return out;
}

Result<QList<StoredFinding>> FindingsStore::citizenFindings(qint64 scanId, const QString &citizenId) const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT %1 FROM findings WHERE scan_id = ? AND citizen_id = ? "
                                       "ORDER BY rule, subject_kind, subject_id")
                            .arg(findingColumns),
                        {scanId, citizenId}))
        return readError(q.lastError());
    QList<StoredFinding> out;
    while (q.next())
        out.append(readFinding(q));
    return out;
}

Result<QList<StoredFinding>> FindingsStore::findings(qint64 scanId, const FindingsQuery &query,
                                                     FindingSortKey key, Qt::SortOrder order, qint64 offset,
                                                     qint64 limit) const
{
    auto c = connection();
    if (!c)
        return c.error();
    if (usesMarks(query, key))
        if (auto loaded = loadCaseMarks(*c); !loaded)
            return loaded.error();
    Where w = whereOf(scanId, query);
    w.values << limit << offset;
    QSqlQuery q(c->db());
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT %1 FROM findings").arg(findingColumns) + w.sql
                            + orderBy(key, order) + QStringLiteral(" LIMIT ? OFFSET ?"),
                        w.values))
        return readError(q.lastError());
    QList<StoredFinding> out;
    while (q.next())
        out.append(readFinding(q));
    return out;
}

} // namespace sw::findings
