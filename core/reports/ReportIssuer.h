#pragma once

#include "documents/IssuingPeriods.h"
#include "util/Result.h"

#include <QDate>

namespace sw::casebook {
class Casebook;
}

namespace sw::reports {

// The body that issues a report dated `issued` (spec/organisation.md: the body in force on the day
// it is issued): the casebook's periods when one is open (a Department's added periods), else the
// built-in ones. Refused for a day before the first period.
Result<documents::IssuerInForce> reportIssuer(const casebook::Casebook *casebook, QDate issued);

} // namespace sw::reports
