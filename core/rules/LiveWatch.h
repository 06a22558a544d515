#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "rules/Finding.h"
#include "rules/Thresholds.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::rules {

// A change of the watched set of findings: a finding that became true, or one that stopped being
// true (a technical-error reservation activated, a revocation that ends a near-duplicate…). A
// finding whose evidence changed is one of each.
struct WatchEvent
{
    enum class Kind { New, Resolved };
    Kind kind = Kind::New;
    Finding finding;
};

// The finding's line of the scan (spec/rules.md) with "event": "new" or "resolved" added last.
QByteArray toJsonLine(const WatchEvent &event);

// Where a watch stands, to resume from after a restart: the time of its last poll and the
// highest ids it has seen (new rows are found by their ids as well as by their times).
struct Watermark
{
    qint64 asOf = 0;
    qint64 certificate = 0;
    qint64 request = 0;
    qint64 lookup = 0;

    QJsonObject toJson() const;
    static std::optional<Watermark> fromJson(const QJsonObject &json);
};

// A row the watch has judged, by "table:id": its values, and the newest of its times (kept while
// that is within the margin, so that a row seen again unchanged is not judged twice).
struct SeenRow
{
    QString values;
    qint64 newest = 0;
};

struct WatchOptions
{
    Thresholds thresholds;
    QMap<QString, qint64> caseworkExclusions; // as ScanOptions
    // Rows stamped this long before the last poll are looked at again: a record committed late,
    // or a registry clock behind the console's, is still seen. Rows already judged with the same
    // values are not judged twice.
    qint64 marginSeconds = 300;
    // A full scan every so often catches what no time column shows (a deleted row, a citizen's
    // edited name or birth date); 0: never.
    qint64 reconcileSeconds = 3600;
    // More citizens than this touched in one poll: a full scan is cheaper.
    int maxScopedCitizens = 20000;
    int fullScanThreads = 2;
};

struct PollReport
{
    qint64 asOf = 0;
    QList<WatchEvent> events; // resolved first, then new, each in the findings order
    int changedRows = 0; // rows found changed (or whose time came) since the last poll
    int judgedCitizens = 0;
    bool fullScan = false;
    qint64 elapsedMs = 0;
};

// Watches a registry: after one full scan, each poll finds the rows that changed since the last
// one (by the times Hue-S stamps on every change, and by new ids) and the findings the clock
// makes true (REQUEST_EXPIRED at the deadline, STALE_TECHNICAL_ERROR after the grace), judges
// again only the citizens, requests, staff accounts and birth days they touch (a scoped
// ScanEngine run on one open connection), and reports how the set of findings changed. At every
// poll its set equals a full scan at that time (docs/live-watch.md says what no poll can see).
// Never writes to the registry, and holds no transaction open between polls. Not thread-safe:
// one thread drives it (a worker's, never the GUI's).
class LiveWatch
{
public:
    LiveWatch(connection::ConnectionSpec spec, connection::Credentials credentials, WatchOptions options);
    ~LiveWatch();
    LiveWatch(const LiveWatch &) = delete;
    LiveWatch &operator=(const LiveWatch &) = delete;

    // The first full scan, as of `now`. With `resume` (the watermark of an earlier run on this
    // registry), the set is taken as of its time (less the margin) and the first poll brings it to
    // `now`: what happened in between is reported as events.
    Result<PollReport> start(qint64 now, const std::optional<Watermark> &resume = std::nullopt);
    // One poll as of `now`. On failure (the connection dropped) nothing changes: the next poll
    // opens the connection again and starts from the same watermark, so nothing is missed.
    Result<PollReport> poll(qint64 now);

    void setCaseworkExclusions(const QMap<QString, qint64> &exclusions);
    bool started() const { return m_started; }
    Watermark watermark() const { return m_watermark; }
    // The current set, in the findings order.
    QList<Finding> findings() const;
    qsizetype findingCount() const { return m_current.size(); }

private:
    Result<registry::RegistryConnection *> connection();
    Result<PollReport> fullScan(qint64 asOf, bool diff);
    Result<bool> providersChanged(qint64 now);
    QList<WatchEvent> replace(const std::function<bool(const Finding &)> &owned, QList<Finding> fresh);
    void forgetSeen(qint64 before);

    connection::ConnectionSpec m_spec;
    connection::Credentials m_credentials;
    WatchOptions m_options;
    std::unique_ptr<registry::RegistryConnection> m_connection;
    bool m_started = false;
    Watermark m_watermark;
    qint64 m_lastFullScan = 0;
    QHash<QString, Finding> m_current; // by rule, subject kind and id
    QHash<QString, SeenRow> m_seen; // rows already judged within the margin

    QMap<QString, std::optional<qint64>> m_providers; // code -> exclusion time, as last read
    QMap<QString, qint64> m_exclusionsUsed; // the casework exclusions of the set
};

} // namespace sw::rules
