#pragma once

#include "reports/ReportData.h"
#include "util/Result.h"

#include <QDateTime>
#include <QMap>
#include <QSqlDatabase>

namespace sw::reports {

// The report's own aggregate queries on the registry (both engines), besides what the dashboard
// counts. Each runs on the thread that owns `db`; only grouped lines travel.

// Distinct citizens with an active or technical-error record (§3.3) recorded by the end of the
// period (and not after `asOf`), per provider, per district and in all.
struct HolderCounts
{
    qint64 total = 0;
    QMap<QString, qint64> byProvider; // a citizen holding with two providers counts for each
    QMap<QString, qint64> byDistrict; // "" for citizens missing from `citizens`
    qint64 multiProvider = 0; // citizens holding with two providers or more (§1.3)
};
Result<HolderCounts> countHoldersAtEnd(const QSqlDatabase &db, const statistics::Filter &filter,
                                       const QDateTime &asOf);

// Per district: its citizens on Hue-S and the period's certificates per channel. Keys are
// district codes ("" for certificates whose citizen is missing).
Result<QMap<QString, DistrictFigures>>
countDistricts(const QSqlDatabase &db, const statistics::Filter &filter, const QDateTime &asOf);

// The Hue-S update delay (recorded_at − activated_at, seconds) of the period's programme
// certificates of all providers together, as the dashboard measures it per provider: legacy
// imports and never-activated records left out, quantiles by linear interpolation between the two
// nearest ranks (PostgreSQL's percentile_cont; computed with a running count on SQLite).
Result<statistics::DelayDistribution>
countOverallDelay(const QSqlDatabase &db, const statistics::Filter &filter, const QDateTime &asOf);

} // namespace sw::reports
