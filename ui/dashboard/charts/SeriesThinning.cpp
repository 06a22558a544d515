#include "dashboard/charts/SeriesThinning.h"

#include <algorithm>
#include <cmath>

namespace sw::ui::charts {

QList<QPointF> thinToColumns(const QList<QPointF> &points, int columns)
{
    if (columns < 1 || points.size() <= 4 * qsizetype(columns))
        return points;
    const double first = points.constFirst().x();
    const double last = points.constLast().x();
    const double width = (last - first) / columns;
    if (!(width > 0))
        return points;

    QList<QPointF> thinned;
    thinned.reserve(4 * columns);
    qsizetype begin = 0;
    while (begin < points.size()) {
        const int column = std::min(columns - 1, int(std::floor((points.at(begin).x() - first) / width)));
        qsizetype end = begin + 1;
        while (end < points.size()
               && std::min(columns - 1, int(std::floor((points.at(end).x() - first) / width))) == column)
            ++end;
        // The column's first, lowest, highest and last points, in x order, each once.
        qsizetype low = begin;
        qsizetype high = begin;
        for (qsizetype i = begin; i < end; ++i) {
            if (points.at(i).y() < points.at(low).y())
                low = i;
            if (points.at(i).y() > points.at(high).y())
                high = i;
        }
        qsizetype keep[] = {begin, low, high, end - 1};
        std::sort(std::begin(keep), std::end(keep));
        for (int i = 0; i < 4; ++i) {
            if (i == 0 || keep[i] != keep[i - 1])
                thinned.append(points.at(keep[i]));
        }
        begin = end;
    }
    return thinned;
}

} // namespace sw::ui::charts
