#pragma once

#include "documents/MinutesData.h"
#include "rules/Finding.h"

#include <QList>
#include <QString>

namespace sw::documents {

// The violations of minutes from a scan's findings (one provider's, as the case workflow picks
// them): one violation per rule code, in the order the codes first appear, with the rule's clauses
// from the catalogue (rules/RuleCatalogue.h), its description in Vietnamese, and one evidence row
// per finding, ordered by time then subject. Citizen ids are kept as stored: printing masks them.
QList<MinutesViolation> minutesViolationsFromFindings(const QList<rules::Finding> &findings);

// Whether a rule's evidence names certificates the citizen already held (DUPLICATE_ISSUANCE,
// SUPERSEDED): their provider and moment on Hue-S are the proof under §1.4.
bool hasEarlierCertificates(const QString &ruleCode);

// The violation a rule stands for, in Vietnamese, for minutes and announcements.
QString violationDescription(const QString &ruleCode);
// What happened in one finding, one Vietnamese sentence built from its detail fields.
QString evidenceSentence(const rules::Finding &finding);
// "Chứng thư số 4711", "Yêu cầu số 12", or the table and id of a DATA_QUALITY subject.
QString recordLabel(const rules::Finding &finding);

} // namespace sw::documents
