#pragma once

#include "rules/LiveWatch.h"
#include "rules/ScanScope.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::rules {

// What one poll of the live watch looks at: rows stamped after `since.asOf - margin` and up to
// `now`, rows with ids above `since`'s, and the rows whose time the clock has reached.
struct ChangeWindow
{
    Watermark since;
    qint64 now = 0;
    qint64 margin = 0;
    QMap<QString, qint64> thresholds; // Thresholds::values()
};

// The part of the registry a poll judges again, and what it owns of the current findings.
struct WatchChanges
{
    int rows = 0; // rows changed or reached by the clock (rows seen unchanged are not counted)
    ScanScope scope;
    QSet<qint64> burstSubjects; // door-to-door certificates in the scope's staff windows
    Watermark next; // the highest ids seen (asOf is left to the caller)
    QHash<QString, SeenRow> seen; // the changed rows, to skip while they stay as they are
};

// The highest ids of the three tables the watch follows (0 for an empty table).
Result<Watermark> highestIds(registry::RegistryConnection &connection);

// The birth days (days since the epoch) of these citizens, those with a readable one.
Result<QHash<QString, qint64>> birthDaysOf(registry::RegistryConnection &connection,
                                           const QStringList &citizens);

// Reads what changed in `window` (read-only, one short statement at a time). `seen`: rows judged
// already; one found again with the same values is left out.
Result<WatchChanges> findChanges(registry::RegistryConnection &connection, const ChangeWindow &window,
                                 const QHash<QString, SeenRow> &seen);

} // namespace sw::rules
