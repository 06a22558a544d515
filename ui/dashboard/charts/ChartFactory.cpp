#include "dashboard/charts/ChartFactory.h"

#include "dashboard/charts/SeriesThinning.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLineSeries>
#include <QPercentBarSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QStackedBarSeries>
#include <QTextDocument>
#include <QValueAxis>

#include <cmath>

namespace sw::ui::charts {

namespace {
QValueAxis *valueAxis(const ChartData &data, const QFont &font)
{
    auto *axis = new QValueAxis;
    axis->setLabelsFont(font);
    axis->setTitleFont(font);
    axis->setTitleText(data.valueTitle);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTickCount(5);
    return axis;
}

void finishValueAxis(QValueAxis *axis, const ChartData &data, double low, double high)
{
    if (!std::isnan(data.valueMax)) {
        axis->setRange(qMin(0.0, low), data.valueMax);
        return;
    }
    if (high <= low)
        high = low + 1;
    axis->setRange(qMin(0.0, low), high);
    axis->applyNiceNumbers();
}

// The provider codes under the bars, a size smaller; slanted, or upright, when they do not fit side
// by side in the plot's width (Qt would cut them to "BKAV...", and BKAV-CA could not be told from
// BKAV_CA).
QBarCategoryAxis *categoryAxis(QChart *chart, const ChartData &data, const QFont &font)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(data.categories);
    QFont smaller = font;
    smaller.setPointSizeF(font.pointSizeF() * 0.85);
    axis->setLabelsFont(smaller);
    // A label's box as Qt Charts measures it (ChartPresenter::textBoundingRect): a rich text
    // document with half a pixel of margin.
    qreal width = 0;
    qreal height = 0;
    QTextDocument label;
    label.setDefaultFont(smaller);
    label.setDocumentMargin(0.5);
    for (const QString &category : data.categories) {
        label.setHtml(category.toHtmlEscaped());
        width = qMax(width, label.size().width() + 1);
        height = qMax(height, label.size().height() + 1);
    }
    const auto slant = [axis, width, height, count = data.categories.size()](const QRectF &plot) {
        // Qt Charts gives a category label the plot's width over the category axis's layout (the
        // categories and two more points), less 4 px of padding either side (HorizontalAxis); a
        // slanted label's box is wider.
        const qreal room = plot.width() / qreal(count + 2) - 8;
        const int angle = width <= room ? 0 : (width + height) * M_SQRT1_2 <= room ? -45 : -90;
        if (axis->labelsAngle() != angle)
            axis->setLabelsAngle(angle);
    };
    QObject::connect(chart, &QChart::plotAreaChanged, axis, slant);
    return axis;
}

// A centred line of text over an empty plot (what to do next), re-centred when the chart resizes.
void addEmptyText(QChart *chart, const QString &text, const QFont &font)
{
    auto *item = new QGraphicsSimpleTextItem(text, chart);
    item->setFont(font);
    item->setBrush(QColor(0x60, 0x60, 0x60));
    auto place = [chart, item] {
        const QRectF bounds = item->boundingRect();
        const QRectF area = chart->rect();
        item->setPos(area.center().x() - bounds.width() / 2, area.center().y() - bounds.height() / 2);
    };
    QObject::connect(chart, &QGraphicsWidget::geometryChanged, chart, place);
    place();
}
} // namespace

QChart *ChartFactory::build(const ChartData &data, const Style &style, const Activated &activated)
{
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setLocalizeNumbers(true); // axis numbers in the interface's locale (1.000 in Vietnamese)
    chart->setBackgroundRoundness(0);
    chart->setMargins(QMargins(4, 4, 4, 4));
    QFont titleFont = style.font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(style.font.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setTitle(data.title);
    chart->legend()->setFont(style.font);
    chart->legend()->setAlignment(data.legendAlignment);
    chart->legend()->setVisible(data.legend && !data.isEmpty() && !(style.compact && data.providerColoured));

    if (data.isEmpty()) {
        addEmptyText(chart, data.emptyText, style.font);
        return chart;
    }

    switch (data.kind) {
    case ChartData::Kind::Lines: {
        auto *xAxis = new QDateTimeAxis;
        xAxis->setFormat(data.dateFormat);
        xAxis->setLabelsFont(style.font);
        xAxis->setTickCount(6);
        QValueAxis *yAxis = valueAxis(data, style.font);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        double high = 0;
        for (const ChartSeries &s : data.series) {
            QList<QPointF> points;
            points.reserve(data.x.size());
            for (int i = 0; i < data.x.size() && i < s.values.size(); ++i) {
                points.append(QPointF(data.x.at(i), s.values.at(i)));
                high = qMax(high, s.values.at(i));
            }
            auto *line = new QLineSeries;
            line->setName(s.label);
            QPen pen(s.color);
            pen.setWidthF(2);
            line->setPen(pen);
            line->replace(thinToColumns(points, style.plotColumns)); // one call: 100k points in ms
            chart->addSeries(line);
            line->attachAxis(xAxis);
            line->attachAxis(yAxis);
            if (activated)
                QObject::connect(
                    line, &QLineSeries::clicked, chart,
                    [activated, key = s.key](const QPointF &point) { activated(key, -1, point.x()); });
        }
        if (!data.x.isEmpty()) {
            // Half a day either side so the first and last points are not on the frame.
            xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(data.x.constFirst()) - 43200000, Qt::UTC),
                            QDateTime::fromMSecsSinceEpoch(qint64(data.x.constLast()) + 43200000, Qt::UTC));
        }
        finishValueAxis(yAxis, data, 0, high);
        break;
    }
    case ChartData::Kind::Pie: {
        auto *pie = new QPieSeries;
        for (const ChartSeries &s : data.series) {
            const double value = s.values.value(0);
            auto *slice = pie->append(s.label, value);
            slice->setColor(s.color);
            slice->setBorderColor(Qt::white);
            slice->setLabelFont(style.font);
            // The legend names each slice with its share; labels beside small slices would overlap.
            slice->setLabelVisible(false);
            if (activated)
                QObject::connect(slice, &QPieSlice::clicked, chart,
                                 [activated, key = s.key, index = pie->count() - 1] {
                                     activated(key, index, std::nan(""));
                                 });
        }
        pie->setPieSize(0.85);
        chart->addSeries(pie);
        chart->legend()->setAlignment(Qt::AlignRight);
        chart->legend()->setVisible(data.legend);
        break;
    }
    case ChartData::Kind::StackedBars:
    case ChartData::Kind::PercentBars: {
        QAbstractBarSeries *bars = data.kind == ChartData::Kind::StackedBars
            ? static_cast<QAbstractBarSeries *>(new QStackedBarSeries)
            : static_cast<QAbstractBarSeries *>(new QPercentBarSeries);
        bars->setBarWidth(0.6);
        QList<double> stacked(data.categories.size(), 0.0);
        for (const ChartSeries &s : data.series) {
            auto *set = new QBarSet(s.label);
            set->setColor(s.color);
            set->setBorderColor(s.color.darker(115));
            for (int i = 0; i < data.categories.size(); ++i) {
                const double value = s.values.value(i);
                set->append(value);
                stacked[i] += value;
            }
            bars->append(set);
            if (activated)
                QObject::connect(set, &QBarSet::clicked, chart, [activated, key = s.key](int index) {
                    activated(key, index, std::nan(""));
                });
        }
        chart->addSeries(bars);
        QBarCategoryAxis *xAxis = categoryAxis(chart, data, style.font);
        QValueAxis *yAxis = valueAxis(data, style.font);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        bars->attachAxis(xAxis);
        bars->attachAxis(yAxis);
        if (data.kind == ChartData::Kind::PercentBars)
            yAxis->setRange(0, 100);
        else
            finishValueAxis(yAxis, data, 0,
                            stacked.isEmpty() ? 0 : *std::max_element(stacked.cbegin(), stacked.cend()));
        break;
    }
    case ChartData::Kind::Boxes: {
        auto *boxes = new QBoxPlotSeries;
        double low = 0;
        double high = 0;
        for (int i = 0; i < data.boxes.size(); ++i) {
            const ChartBox &b = data.boxes.at(i);
            auto *set = new QBoxSet(b.low, b.q1, b.median, b.q3, b.high, data.categories.value(i));
            const QColor color = data.boxColors.value(i, Qt::gray);
            set->setBrush(color.lighter(140));
            set->setPen(QPen(color.darker(130), 1.5));
            boxes->append(set);
            low = qMin(low, b.low);
            high = qMax(high, b.high);
        }
        boxes->setBoxWidth(0.5);
        chart->addSeries(boxes);
        QBarCategoryAxis *xAxis = categoryAxis(chart, data, style.font);
        QValueAxis *yAxis = valueAxis(data, style.font);
        chart->addAxis(xAxis, Qt::AlignBottom);
        chart->addAxis(yAxis, Qt::AlignLeft);
        boxes->attachAxis(xAxis);
        boxes->attachAxis(yAxis);
        finishValueAxis(yAxis, data, low, high);
        if (activated)
            QObject::connect(boxes, &QBoxPlotSeries::clicked, chart, [activated, boxes](QBoxSet *set) {
                activated(QString(), int(boxes->boxSets().indexOf(set)), std::nan(""));
            });
        chart->legend()->setVisible(false);
        break;
    }
    }
    return chart;
}

} // namespace sw::ui::charts
