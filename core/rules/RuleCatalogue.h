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
    QString code; // DUPLICATE_ISSUANCE …: for machines (JSON Lines, CSV, the command line)
    const char *name; // the short name people read, English source text (translated through "Rules")
    QStringList clauses; // "§1.3", "§3.2"; empty for DATA_QUALITY
    Severity severity;
    bool suspected; // "medium (suspected)": calls for a check on the ground
    const char *summary; // one line, English source text (translated through "Rules")
    QStringList thresholds; // names of the thresholds it reads

    QString firstClause() const { return clauses.isEmpty() ? QString() : clauses.first(); }
    QString translatedName() const; // "Cấp trùng": in the interface language
    QString translatedSummary() const; // in the interface language
};

const QList<RuleInfo> &ruleCatalogue(); // ordered by code
const RuleInfo *findRule(const QString &code);

// What a person reads where a rule is named (tables, filters, charts, progress, notifications):
// the rule's short name in the interface language; an unknown code as it is.
QString ruleDisplayName(const QString &code);
// Several codes separated by commas (a scan step's label, "DUPLICATE_ISSUANCE, SUPERSEDED"):
// their names, joined the same way.
QString ruleDisplayNames(const QString &codes);
// "Cấp trùng (DUPLICATE_ISSUANCE)": the name with the code beside it, where both are wanted (the
// finding's detail); an unknown code as it is.
QString ruleNameWithCode(const QString &code);

} // namespace sw::rules
