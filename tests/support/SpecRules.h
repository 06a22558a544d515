#pragma once

#include <QString>
#include <QStringList>

#include <cstring>

namespace sw::test {

// The thirteen rules of spec/rules.md ("The rules"), written out from the spec: each rule's clauses
// in the order it lists them, its severity ("medium (suspected)" is medium) and whether it is
// marked suspected. Expected findings take their clause and severity from here, never from the
// catalogue under test.
struct SpecRule
{
    const char *code;
    const char *clauses; // space-separated, the first first; empty for DATA_QUALITY
    const char *severity;
    bool suspected;

    QStringList clauseList() const
    {
        return QString::fromUtf8(clauses).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
};

inline constexpr SpecRule specRules[] = {
    {"DATA_QUALITY", "", "low", false},
    {"DUPLICATE_ISSUANCE", "§1.3 §3.2", "high", false},
    {"EXCLUDED_PROVIDER", "§5.3", "high", false},
    {"FREE_PERIOD", "§1.5", "medium", false},
    {"IDENTITY_NEAR_DUPLICATE", "§1.3", "medium", true},
    {"LATE_UPDATE", "§1.4 §2.2 §4.3", "medium", false},
    {"LEGACY_MISLABEL", "§2.3", "high", false},
    {"MISSING_LOOKUP", "§1.3 §3.2", "medium", false},
    {"PREMATURE_CONFIRMATION", "§4.4 §1.6", "high", false},
    {"REQUEST_EXPIRED", "§4.4", "medium", false},
    {"STAFF_BURST", "§1.6 §3.1", "medium", true},
    {"STALE_TECHNICAL_ERROR", "§3.3 §1.6", "medium", false},
    {"SUPERSEDED", "§1.4 §2.2", "medium", false},
};

// The rule named `code`; a code the spec does not list is a mistake in the test itself.
inline const SpecRule &specRule(const char *code)
{
    for (const SpecRule &rule : specRules)
        if (std::strcmp(rule.code, code) == 0)
            return rule;
    qFatal("rule %s is not in spec/rules.md", code);
}

} // namespace sw::test
