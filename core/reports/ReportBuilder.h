#pragma once

#include "connection/Credentials.h"
#include "reports/ReportData.h"
#include "util/Result.h"

#include <QSqlDatabase>

#include <functional>

namespace sw::findings {
class FindingsStore;
}
namespace sw::registry {
class RegistryConnection;
}

namespace sw::reports {

// What a report is built from besides the registry.
struct ReportInput
{
    statistics::Filter filter; // from and to required; district optional (provider, rule ignored)
    QDateTime asOf; // invalid: now
    qint64 requestDeadlineSeconds = 172800; // rules.md request_deadline (§4.4)
    // The findings store and the registry's key in it (its ConnectionSpec URL); none: part III
    // says that no scan is available.
    const findings::FindingsStore *findings = nullptr;
    QString registryKey;
    // The casebook's summary of the period; none: parts IV and V say no casebook was given.
    std::function<Result<CaseworkSummary>(const QDate &from, const QDate &to)> casework;
    ReportTexts texts;
    ReportMeta meta;
    // Polled between steps; true: the build stops with an Error of kind Cancelled.
    std::function<bool()> cancelled;
    // Called before each step (0-based) of `steps`, from the building thread.
    std::function<void(int step, int steps)> progress;
};

// Counts the report's figures in the database (aggregate SQL on either engine; only per-provider,
// per-district and per-day lines travel) and gathers the findings' and the casebook's counts.
// Runs on the thread that owns `db` (the registry session's worker, or the CLI's main thread).
Result<ReportData> buildReport(const QSqlDatabase &db, const ReportInput &input);
// The same figures, counted at once on `connection` and on read-only connections of their own to
// the same registry (opened and closed here, each in a thread of its own; `credentials` as the
// registry was opened with): the dashboard's groups and the report's own queries run side by side.
Result<ReportData> buildReport(registry::RegistryConnection &connection,
                               const connection::Credentials &credentials, const ReportInput &input);

} // namespace sw::reports
