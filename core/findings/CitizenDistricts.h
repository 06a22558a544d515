#pragma once

#include "util/Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <atomic>

namespace sw::findings {

// The district code (citizens.district_code) of each citizen id, read from the registry in
// batches by primary key; ids the registry lacks are left out. Stops with Kind::Cancelled when
// `cancel` becomes true.
Result<QHash<QString, QString>> citizenDistricts(const QSqlDatabase &registry, const QStringList &citizenIds,
                                                 const std::atomic<bool> *cancel = nullptr);

// How many certificates the registry holds (every row is read by a scan: DATA_QUALITY looks at
// all of them, whatever their times).
Result<qint64> certificateCount(const QSqlDatabase &registry);

} // namespace sw::findings
