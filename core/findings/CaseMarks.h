#pragma once

#include <QHash>
#include <QString>

namespace sw::findings {

// What casework made of a finding (issue 17), as the console read it from the casebook: the case
// it is in and that case's status. The findings store does not read the casebook; the console
// hands it these whenever casework changes.
struct CaseMark
{
    qint64 caseId = 0;
    QString status; // the casebook's status code: "open", "established", … "dismissed"
    bool throughComplaint = false; // linked to a substantiated complaint gathered into the case

    bool isDismissed() const { return status == QLatin1String("dismissed"); }
    bool operator==(const CaseMark &other) const = default;
};

// By the finding's identity, rules::Finding::key ("RULE/subject/id"). A finding with a mark is
// handled: sent to a case (or linked to one through a complaint), or decided on by a dismissal.
using CaseMarks = QHash<QString, CaseMark>;

} // namespace sw::findings
