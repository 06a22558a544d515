#pragma once

#include <QList>
#include <QPointF>

namespace sw::ui::charts {

// Thins a line to about one point per pixel column before it is drawn (qt-notes.md: a million
// points made a 9.5 MB PDF): points sorted by x are split into `columns` equal x ranges and each
// range keeps its first, lowest, highest and last point, in x order, so peaks and the line's
// shape survive. Lines with at most 4 × columns points come back unchanged.
QList<QPointF> thinToColumns(const QList<QPointF> &points, int columns);

} // namespace sw::ui::charts
