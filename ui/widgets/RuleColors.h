#pragma once

#include <QColor>
#include <QString>

namespace sw::ui {

// One colour per rule, for the charts that stack findings by rule: thirteen rules need thirteen
// hues told apart at a glance (a colour per rule from Kelly's and Tol's qualitative sets, at least
// 35 ΔE*ab from each other), where shades of the three severity colours ran together. Severity
// keeps its own colours, defined once in rules/SeverityStyle (red, amber, grey, with a mark).
class RuleColors
{
public:
    // The rule's colour by its place in the catalogue; an unknown code is grey.
    static QColor color(const QString &ruleCode);
};

} // namespace sw::ui
