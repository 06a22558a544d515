#include "reports/ReportIssuer.h"

#include "casebook/Casebook.h"
#include "casebook/Issuers.h"

namespace sw::reports {

Result<documents::IssuerInForce> reportIssuer(const casebook::Casebook *casebook, QDate issued)
{
    if (!casebook)
        return documents::IssuingPeriods::builtIn().inForce(issued);
    auto periods = casebook::Issuers::readIn(casebook->database());
    if (!periods)
        return periods.error();
    return periods->inForce(issued);
}

} // namespace sw::reports
