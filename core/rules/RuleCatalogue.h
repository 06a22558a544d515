#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sw::rules {

enum class Severity { High, Medium, Low };
QString severityCode(Severity severity); // "high" / "medium" / "low" as in the findings format

// One detection rule of spec/rules.md. The UI, the CLI and the minutes read rules from here.
struct RuleInfo
{
    QString code; // DUPLICATE_ISSUANCE …
    QStringList clauses; // "§1.3", "§3.2"; empty for DATA_QUALITY
    Severity severity;
    bool suspected; // "medium (suspected)": calls for a check on the ground
    const char *summary; // one line, English source text (translated through "Rules")
    QStringList thresholds; // names of the thresholds it reads

    QString firstClause() const { return clauses.isEmpty() ? QString() : clauses.first(); }
    QString translatedSummary() const; // in the interface language
};

const QList<RuleInfo> &ruleCatalogue(); // ordered by code
const RuleInfo *findRule(const QString &code);

} // namespace sw::rules
