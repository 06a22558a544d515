#pragma once

#include "rules/Finding.h"
#include "rules/Thresholds.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sw::citizens {

struct CitizenRecords;

struct CitizenScanOptions
{
    qint64 asOf = 0; // T, seconds since the epoch
    rules::Thresholds thresholds;
    QMap<QString, qint64> caseworkExclusions; // as rules::ScanOptions
};

// The rules whose findings depend on other citizens' records (a staff account's door-to-door
// issuances for anyone; another citizen with a nearly equal id): one citizen's rows cannot judge
// them, so the timeline leaves them to the full scan and says so.
QStringList rulesNeedingOtherCitizens();

// The findings of the full scan that concern this citizen's own rows, as of T: the citizen's
// rows, the context rows and the providers are copied into a private temporary SQLite registry
// (removed at once) and rules::ScanEngine runs there, so every per-citizen rule gives exactly
// what a scan of the whole registry gives for these rows. rulesNeedingOtherCitizens() are not
// run. Runs in the caller's thread (a worker's, never the GUI's).
Result<QList<rules::Finding>> scanCitizen(const CitizenRecords &records, const CitizenScanOptions &options);

} // namespace sw::citizens
