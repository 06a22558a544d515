#pragma once

#include "util/Result.h"

#include <QDate>
#include <QDateTime>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::statistics {

// The local day (UTC+7) of the latest certificate record that reached Hue-S by `now` (a
// certificates.recorded_at the database can read); a null date when there is none. The filter
// bars offer that day's month and quarter first, and a first report covers its month (issue 17).
// One index lookup on either engine (certificates_recorded_idx, where the registry has it).
Result<QDate> lastRecordedDay(registry::RegistryConnection &connection, const QDateTime &now);

} // namespace sw::statistics
