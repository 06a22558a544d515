#pragma once

#include "casebook/CaseStatus.h"
#include "util/Result.h"

#include <QHash>
#include <QString>

namespace sw::casebook {

class Casebook;

// The case a finding is in (issue 17): what the findings page and the dashboard show of it and
// count as handled.
struct FindingCase
{
    qint64 caseId = 0;
    CaseStatus status = CaseStatus::Open;
    // Linked to a substantiated complaint gathered into the case rather than sent to it (the
    // case's evidence all the same, Cases::evidence).
    bool throughComplaint = false;
};

// Every finding casework holds, by findingKey: the cases' own findings and those linked to the
// substantiated complaints gathered into a case. A finding in several cases (a dismissed one and a
// later one still going) gets the case that is still going, else the latest: a dismissed case is
// never reopened, so its findings were decided on and stay handled until another case takes them.
// Only keys, numbers and statuses travel (no finding's line): a few bytes a finding.
Result<QHash<QString, FindingCase>> findingCases(const Casebook &casebook);

} // namespace sw::casebook
