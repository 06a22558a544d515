#include "rules/RuleGlossary.h"

namespace sw::rules {

namespace {
// A rule that cites no clause still has a ground in the letter: DATA_QUALITY reads the records
// that §1.4 makes "dữ liệu gốc", the original record of issuance.
QString groundClause(const QString &code)
{
    return code == QLatin1String("DATA_QUALITY") ? QStringLiteral("§1.4") : QString();
}
} // namespace

QList<GlossaryRule> ruleGlossary()
{
    QList<GlossaryRule> glossary;
    for (const RuleInfo &rule : ruleCatalogue()) {
        GlossaryRule entry {&rule, {}, rule.clauses.isEmpty()};
        const QStringList numbers = entry.groundOnly ? QStringList {groundClause(rule.code)} : rule.clauses;
        for (const QString &number : numbers)
            if (const RegulationClause *clause = findClause(number))
                entry.clauses << clause;
        glossary << entry;
    }
    return glossary;
}

} // namespace sw::rules
