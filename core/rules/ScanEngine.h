#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "rules/Finding.h"
#include "rules/RuleQueries.h"
#include "rules/ScanScope.h"
#include "rules/Thresholds.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <optional>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::rules {

struct ScanOptions
{
    std::optional<qint64> asOf; // T, seconds since the epoch; default: now
    QStringList rules; // rule codes to run; empty: all of them
    Thresholds thresholds;
    // Exclusions decided in the console's casework: provider code -> time (EXCLUDED_PROVIDER
    // takes the earliest of these and providers.excluded_at).
    QMap<QString, qint64> caseworkExclusions;
    int threads = 2; // database connections working at once
    // A scoped scan (the live watch): only the subjects of the scope are judged, and the rows
    // outside it that are known to be unreadable (DATA_QUALITY found earlier) are given here,
    // since the scan looks for unreadable rows only in the scope.
    std::optional<ScanScope> scope;
    MalformedRows outsideMalformed;
};

struct ScanResult
{
    qint64 asOf = 0;
    QList<Finding> findings; // in the findings order
    qint64 elapsedMs = 0;
};

// Called as each step finishes (from whichever worker thread ran it, one call at a time): steps
// done, steps in all, and the rule just done.
using ScanProgress = std::function<void(int done, int total, const QString &rule)>;

// Runs the rules of spec/rules.md on a registry. The set-based work happens in the database, one
// query per rule (its own connection per worker thread); only findings travel. Unreadable rows are
// found first (DATA_QUALITY) and take part in no other rule. Call from any thread but the GUI's.
class ScanEngine
{
public:
    ScanEngine(connection::ConnectionSpec spec, connection::Credentials credentials);

    // Fails when the registry cannot be opened or a query fails; Kind::Cancelled when `cancel`
    // became true (nothing partial is returned).
    Result<ScanResult> run(const ScanOptions &options, const ScanProgress &progress = {},
                           const std::atomic<bool> *cancel = nullptr) const;
    // The same on a connection the caller keeps open (the live watch polls on one), which must
    // already meet the data contract (registry::checkContract). More threads open connections of
    // their own from the engine's spec.
    Result<ScanResult> runOn(registry::RegistryConnection &connection, const ScanOptions &options,
                             const ScanProgress &progress = {},
                             const std::atomic<bool> *cancel = nullptr) const;

private:
    connection::ConnectionSpec m_spec;
    connection::Credentials m_credentials;
};

} // namespace sw::rules
