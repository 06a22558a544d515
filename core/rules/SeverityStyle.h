#pragma once

#include "rules/RuleCatalogue.h"

#include <QColor>

class QPainter;
class QRectF;

namespace sw::rules {

// How a severity looks, defined once for the screens (ui/) and the documents and report charts
// (reports/). ui-guide.md "Consistency": high red, medium amber, low grey, with a shape or a word
// as well as the colour.

// The fill: marks, bars and swatches.
QColor severityColor(Severity severity);
// Text in the severity's colour on a light background: a darker shade of the same hue that keeps
// a contrast of at least 4.5:1 on white (the medium amber and the low grey fills do not).
QColor severityTextColor(Severity severity);
// The severity's mark, filled in its colour inside `box`: a triangle for high, a circle for medium,
// a square for low.
void paintSeverityMark(QPainter &painter, const QRectF &box, Severity severity);

} // namespace sw::rules
