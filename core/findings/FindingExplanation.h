#pragma once

#include "rules/Finding.h"

#include <QLocale>
#include <QMap>
#include <QString>

namespace sw::findings {

// One sentence saying what makes `finding` a violation, built from its detail fields and the
// thresholds the scan used (by name; missing ones take the spec's defaults), in the interface
// language (context "Findings"). Times are the province's local time (UTC+7). Citizen ids do not
// appear: the sentence can go into lists and minutes as it is.
QString explainFinding(const rules::Finding &finding, const QMap<QString, qint64> &thresholds,
                       const QLocale &locale = QLocale());

// A duration in words: seconds, minutes, hours (up to three days) or days.
QString durationText(qint64 seconds, const QLocale &locale = QLocale());

} // namespace sw::findings
