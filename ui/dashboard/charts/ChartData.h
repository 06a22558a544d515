#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <limits>

namespace sw::ui::charts {

// What a chart shows, as plain data: the project's own small chart interface. Pages and documents
// describe charts with it; only ChartFactory knows Qt Charts (deprecated from Qt 6.10 in favour
// of Qt Graphs), so a move touches one file.
struct ChartSeries
{
    QString key; // what a click reports: a provider code, a channel, a rule code
    QString label; // legend text
    QColor color;
    QList<double> values; // per category (bars), per x (lines), one value (a pie slice)
    QString name = {}; // what a hover tip calls it when the label carries more (a share); empty: label
};

struct ChartBox
{
    double low = 0; // lower whisker
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double high = 0; // upper whisker
};

struct ChartData
{
    enum class Kind {
        Lines, // series over x (days, as milliseconds since the epoch)
        Pie, // one slice per series (values[0])
        StackedBars, // series stacked per category
        PercentBars, // series stacked to 100 % per category
        Boxes // one box per category (boxes, colours)
    };

    Kind kind = Kind::StackedBars;
    QString title;
    // When not empty the chart has nothing to show and says this instead ("No scan yet").
    QString emptyText;
    QStringList categories; // bar and box categories, as shown
    QStringList categoryKeys; // what a click on a category reports (provider codes)
    QList<double> x; // Lines: the shared x values
    QList<ChartSeries> series;
    QList<ChartBox> boxes; // Boxes: one per category
    QList<QColor> boxColors;
    QString valueTitle; // the value axis' title (unit)
    bool valuesArePercent = false; // the values are per cent (a rate), not counts
    double valueMax = std::numeric_limits<double>::quiet_NaN(); // fixed top of the value axis
    QString dateFormat = QStringLiteral("dd/MM/yy"); // Lines: the x axis' labels
    bool legend = true;
    Qt::Alignment legendAlignment = Qt::AlignBottom;
    // The series are providers in their colours: a page that shows the providers' colours once
    // for all its charts may leave this chart's legend out.
    bool providerColoured = false;

    bool isEmpty() const { return !emptyText.isEmpty(); }
};

} // namespace sw::ui::charts
