#pragma once

#include "dashboard/charts/ChartData.h"

#include <QFont>

#include <functional>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

namespace sw::ui::charts {

// Builds a Qt Charts chart from ChartData: the one place that knows Qt Charts.
class ChartFactory
{
public:
    struct Style
    {
        QFont font; // base font of labels; the title is bolder and larger
        int plotColumns = 800; // lines are thinned to about this many points per series
        bool compact = false; // on a page: no legend on provider-coloured charts, no slice labels
    };
    // A click: the series' key (a bar set, slice or line), the category's index (-1 for lines) and
    // for lines the clicked x (milliseconds since the epoch; NaN otherwise).
    using Activated = std::function<void(const QString &key, int category, double x)>;
    // The pointer over a point, slice, bar or box: what it shows, in words; empty when it left.
    using Hovered = std::function<void(const QString &text)>;

    // The caller owns the chart (a QGraphicsWidget: give it to a view or a scene).
    static QChart *build(const ChartData &data, const Style &style, const Activated &activated = {},
                         const Hovered &hovered = {});

    // The hover texts, in the interface language: series (name), where (date or category), the
    // value with its unit and, where it makes sense, its share.
    static QString pointText(const ChartData &data, int series, int index);
    static QString sliceText(const ChartData &data, int series);
    static QString barText(const ChartData &data, int series, int category);
    static QString boxText(const ChartData &data, int category);
};

} // namespace sw::ui::charts
