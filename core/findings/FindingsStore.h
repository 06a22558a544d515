#pragma once

#include "findings/CaseMarks.h"
#include "rules/Finding.h"
#include "rules/RuleCatalogue.h"
#include "statistics/Filter.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QThread;

namespace sw::findings {

// One scan kept in the store.
struct ScanRecord
{
    qint64 id = 0;
    QString registryKey; // the registry's ConnectionSpec URL (never a password)
    qint64 asOf = 0; // T, seconds since the epoch (UTC)
    qint64 startedAt = 0; // when the scan ran, seconds since the epoch (UTC)
    qint64 elapsedMs = 0;
    QMap<QString, qint64> thresholds; // the values used, by name
    QStringList rules; // the rules run; empty: all of them
    qint64 certificates = 0; // certificates the registry held when scanned
    qint64 findings = 0;
    qint64 newFindings = 0; // not in the registry's previous scan
};

// A finding as kept in the store, with what the page filters and sorts by.
struct StoredFinding
{
    qint64 rowId = 0;
    qint64 scanId = 0;
    rules::Finding finding;
    rules::Severity severity = rules::Severity::Low;
    QString district; // the citizen's citizens.district_code; empty when unknown
    bool isNew = false;
    QByteArray jsonLine; // the finding exactly as rules::toJsonLine wrote it (unmasked)
};

// What a list shows: the filter bar's selection and "only new".
struct FindingsQuery
{
    statistics::Filter filter;
    bool onlyNew = false;
};

// Case: by the number of the case a finding is in (setCaseMarks), findings in none first.
enum class FindingSortKey { Rule, Severity, Provider, District, Time, Citizen, Subject, New, Case };

struct FindingTotals
{
    qint64 findings = 0;
    qint64 newFindings = 0;
    qint64 unhandled = 0; // in no case (setCaseMarks)
};

// Counts of a query's findings per value of each filter dimension.
struct FindingBreakdown
{
    QMap<QString, qint64> byRule;
    QMap<QString, qint64> bySeverity; // "high" / "medium" / "low"
    QMap<QString, qint64> byProvider; // "" for findings without a provider
    QMap<QString, qint64> byDistrict; // "" where the district is unknown
    qint64 total = 0;
};

// The latest scan's findings of a registry per provider and rule (the dashboard's table).
struct ProviderRuleCounts
{
    qint64 scanId = 0; // 0: the registry has no stored scan
    QMap<QString, QMap<QString, qint64>> byProviderAndRule; // provider -> rule -> count
    qint64 total = 0;
};

// What a scan saves besides its findings.
struct ScanToSave
{
    QString registryKey;
    qint64 asOf = 0;
    qint64 startedAt = 0;
    qint64 elapsedMs = 0;
    QMap<QString, qint64> thresholds;
    QStringList rules;
    qint64 certificates = 0;
};

// The console's own record of scans and their findings: a local SQLite file, never the registry
// (registry.md: the console's data lives apart from the registry's tables). Keeps the last few
// scans of each registry, marks each finding new when the registry's previous scan did not have
// it (same rule, subject kind and subject id), and answers the findings page's filtered, sorted,
// paged queries in SQL.
//
// What casework made of the findings (issue 17) is the casebook's: the console hands the store
// the case of each finding it holds (setCaseMarks), and the store answers "handled / not
// handled" in SQL against them (a temporary table of each connection), so that a filter on it
// still pages.
//
// Usable from any thread: QtSql allows a connection only in the thread that made it, so calls from
// a thread other than the one that opened the store use a connection of their own for that call.
class FindingsStore
{
public:
    static constexpr int schemaVersion = 2;
    static constexpr int defaultKeptScans = 5;

    // AppDataLocation/findings.sqlite
    static QString defaultPath();

    explicit FindingsStore(QString path = defaultPath(), int keptScans = defaultKeptScans);
    ~FindingsStore();
    FindingsStore(const FindingsStore &) = delete;
    FindingsStore &operator=(const FindingsStore &) = delete;

    // Opens (creating the file and its folder when missing) and brings the schema up to date.
    Result<void> open();
    bool isOpen() const { return m_open; }
    QString path() const { return m_path; }
    int keptScans() const { return m_keptScans; }
    // The schema version the file is at (0 for a file never opened by the console).
    Result<int> storedSchemaVersion() const;

    // The case each finding casework holds is in, by rules::Finding::key (issue 17). Replaces the
    // previous marks; every query after it uses them (statistics::Filter::handling, the Case sort,
    // FindingTotals::unhandled). Callable from any thread; kept in memory only.
    void setCaseMarks(const CaseMarks &marks);
    CaseMarks caseMarks() const;

    // Saves a scan and its findings in one transaction: on any failure nothing of it is kept and
    // the previous scans stay as they were. `districts` maps citizen ids to district codes.
    Result<ScanRecord> saveScan(const ScanToSave &scan, const QList<rules::Finding> &findings,
                                const QHash<QString, QString> &districts);

    // Brings a saved scan forward to `asOf` with what a live watch (rules::LiveWatch) found changed
    // since: the `resolved` findings leave it (by rule, subject kind and subject id), the `added`
    // ones join it (new when the registry's scan before this one did not have them), in one
    // transaction. The scan's findings stay those of a full scan at its as-of time. Row ids of the
    // findings that stay do not change, so a list keeps its selection.
    Result<ScanRecord> updateScan(qint64 scanId, qint64 asOf, const QList<rules::Finding> &resolved,
                                  const QList<rules::Finding> &added,
                                  const QHash<QString, QString> &districts);
    // The row id of a scan's finding by rule and subject; 0 when the scan does not have it.
    Result<qint64> findingRowId(qint64 scanId, const QString &rule, const QString &subjectKind,
                                qint64 subjectId) const;

    Result<std::optional<ScanRecord>> latestScan(const QString &registryKey) const;
    Result<std::optional<ScanRecord>> scan(qint64 scanId) const;
    // The registry's kept scans, newest first.
    Result<QList<ScanRecord>> scans(const QString &registryKey) const;

    Result<FindingTotals> totals(qint64 scanId, const FindingsQuery &query) const;
    Result<qint64> count(qint64 scanId, const FindingsQuery &query) const;
    Result<FindingBreakdown> breakdown(qint64 scanId, const FindingsQuery &query) const;
    // Of the registry's latest scan (scanId 0 and no counts when there is none).
    Result<ProviderRuleCounts> countsByProviderAndRule(const QString &registryKey,
                                                       const statistics::Filter &filter) const;

    // The row ids of a query's findings in the order asked (ties in the findings order): a list
    // a model keeps (8 bytes a finding) and reads pages of with findingsByIds.
    Result<QList<qint64>> findingIds(qint64 scanId, const FindingsQuery &query, FindingSortKey key,
                                     Qt::SortOrder order) const;
    // The findings of `rowIds`, in that order (ids not in the store are left out).
    Result<QList<StoredFinding>> findingsByIds(const QList<qint64> &rowIds) const;
    // A citizen's findings in a scan, in the findings order (the complaint form's choice).
    Result<QList<StoredFinding>> citizenFindings(qint64 scanId, const QString &citizenId) const;
    // One page of a query's findings.
    Result<QList<StoredFinding>> findings(qint64 scanId, const FindingsQuery &query, FindingSortKey key,
                                          Qt::SortOrder order, qint64 offset, qint64 limit) const;

private:
    class Connection;
    Result<Connection> connection() const;
    Result<void> migrate(QSqlDatabase &db);
    // Brings the connection's temporary table of case marks up to date (FindingsStoreMarks.cpp).
    Result<void> loadCaseMarks(Connection &connection) const;

    mutable QMutex m_marksMutex; // guards m_marks and m_marksGeneration
    CaseMarks m_marks;
    quint64 m_marksGeneration = 1;
    mutable quint64 m_loadedGeneration = 0; // in the opening thread's connection

    QString m_path;
    int m_keptScans;
    QString m_name; // the opening thread's connection
    QThread *m_thread = nullptr;
    bool m_open = false;
};

} // namespace sw::findings
