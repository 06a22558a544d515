#pragma once

#include "reports/ReportData.h"
#include "statistics/ProviderColors.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

class QPainter;

namespace sw::reports {

// The report's charts, drawn with QPainter alone (core has no Qt Charts): simple bar charts that
// paint the same on a PDF page, a preview image or a widget. Each is laid out at a fixed logical
// size and scaled to its target, so that its text keeps its proportion on a 1200-dpi PDF page
// (qt-notes.md: a chart drawn into a 300-dpi PDF at device size comes out tiny).

// The provider colours (ui-guide.md: one colour per provider in every chart, table and PDF).
using statistics::providerColor;

struct ChartSeries
{
    QString name; // for the legend
    QColor color; // invalid: each category's own colour (categoryColors)
    QList<double> values; // one per category
};

struct ReportChart
{
    enum class Kind {
        HorizontalBars, // one bar per category and series, labelled with its value
        StackedColumns, // one column per category, the series stacked (a timeline)
    };
    enum class Format { Count, Percent, Duration };

    Kind kind = Kind::HorizontalBars;
    Format format = Format::Count;
    QString title;
    QStringList categories;
    QList<QColor> categoryColors; // per category, for series without a colour of their own
    QList<ChartSeries> series;

    bool isEmpty() const;
};

// The logical size every chart is laid out at (pixels of a 96-dpi screen: 16.9 × 8.5 cm).
inline constexpr QSizeF chartLogicalSize {640, 320};

// Paints `chart` into `target` (any device units) in `family` (the documents' bundled font).
void paintChart(QPainter &painter, const QRectF &target, const ReportChart &chart, const QString &family);

// A value as the chart labels it, Vietnamese forms: 1.234 / 42,5 % / 2 giờ 5 phút.
QString chartValueText(double value, ReportChart::Format format);

// The report's four charts: issuance per provider over the period, holders per provider (share of
// the holders), update delay per provider (median and 95th percentile) and findings per rule (this
// period and the previous one; absent when no scan is available).
QList<ReportChart> reportCharts(const ReportData &data);

} // namespace sw::reports
