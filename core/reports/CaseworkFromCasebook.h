#pragma once

#include "reports/ReportData.h"
#include "util/Result.h"

#include <QDate>

namespace sw::casebook {
class Casebook;
}

namespace sw::reports {

// Parts IV and V from the casebook: every case by its status (worded in Vietnamese, as the report
// is), the cases opened in the period, the minutes and announcements signed in it (each listed with
// its number) and the providers removed from the programme from a day in it (§5.3).
// Runs on the thread that opened the casebook.
Result<CaseworkSummary> caseworkFromCasebook(casebook::Casebook &casebook, const QDate &from,
                                             const QDate &to);

} // namespace sw::reports
