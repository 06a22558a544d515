#include "casebook/FindingCases.h"

#include "casebook/Casebook.h"
#include "casebook/CaseworkSupport.h"
#include "casebook/Complaints.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace sw::casebook {

namespace {
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

// Whether `candidate` says more about a finding than `current`: a case still going before a
// dismissed one, then the newer case, then the case's own finding before a complaint's link.
bool preferred(const FindingCase &candidate, const FindingCase &current)
{
    const bool candidateGoing = candidate.status != CaseStatus::Dismissed;
    const bool currentGoing = current.status != CaseStatus::Dismissed;
    if (candidateGoing != currentGoing)
        return candidateGoing;
    if (candidate.caseId != current.caseId)
        return candidate.caseId > current.caseId;
    return !candidate.throughComplaint && current.throughComplaint;
}
} // namespace

Result<QHash<QString, FindingCase>> findingCases(const Casebook &casebook)
{
    QSqlQuery q(casebook.database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT f.finding_key, c.id, c.status, 0 FROM case_findings f JOIN cases c ON c.id = f.case_id "
        "UNION ALL "
        "SELECT k.finding_key, c.id, c.status, 1 FROM complaint_findings k "
        "JOIN complaints p ON p.id = k.complaint_id JOIN cases c ON c.id = p.case_id "
        "WHERE p.outcome = ?"));
    q.addBindValue(outcomeCode(ComplaintOutcome::Substantiated));
    if (!q.exec())
        return detail::sqlFailure(Casework::tr("Could not read which findings are in a case."), q);
    QHash<QString, FindingCase> cases;
    while (q.next()) {
        FindingCase found;
        found.caseId = q.value(1).toLongLong();
        found.status = statusFromCode(q.value(2).toString()).value_or(CaseStatus::Open);
        found.throughComplaint = q.value(3).toInt() != 0;
        auto it = cases.find(q.value(0).toString());
        if (it == cases.end())
            cases.insert(q.value(0).toString(), found);
        else if (preferred(found, *it))
            *it = found;
    }
    return cases;
}

} // namespace sw::casebook
