#pragma once

#include "rules/RegulationText.h"
#include "rules/RuleCatalogue.h"

#include <QList>

namespace sw::rules {

// One rule of the help's glossary: the rule as the catalogue has it (its name and summary read
// from there, so a renamed rule cannot drift from the glossary) and the clauses whose words the
// glossary quotes, taken from RegulationText (the letter's own words, kept in one place).
struct GlossaryRule
{
    const RuleInfo *rule;
    QList<const RegulationClause *> clauses;
    // True when the rule enforces no clause (DATA_QUALITY): the clause quoted is the ground the
    // check stands on, not a clause a finding breaks.
    bool groundOnly;
};

// Every rule of the catalogue, in its order, each with at least one clause.
QList<GlossaryRule> ruleGlossary();

} // namespace sw::rules
