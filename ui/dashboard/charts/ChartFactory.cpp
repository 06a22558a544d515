#include "dashboard/charts/ChartFactory.h"

#include "dashboard/charts/SeriesThinning.h"
#include "widgets/LocaleFormat.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QCoreApplication>
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
QString tr(const char *text)
{
    return QCoreApplication::translate("sw::ui::charts::ChartFactory", text);
}

QString valueText(const ChartData &data, double value)
{
    const QLocale locale;
    const QString number = data.valuesArePercent ? LocaleFormat::percent(value, locale)
        : value == std::floor(value)             ? LocaleFormat::count(qint64(value), locale)
                                                 : locale.toString(value, 'f', 1);
    return data.valueTitle.isEmpty() || data.valuesArePercent
        ? number
        : QStringLiteral("%1 %2").arg(number, data.valueTitle);
}

// The index of the x nearest `x` in the sorted `xs`.
int nearestIndex(const QList<double> &xs, double x)
{
    const auto it = std::lower_bound(xs.cbegin(), xs.cend(), x);
    int index = int(it - xs.cbegin());
    if (index >= xs.size())
        return int(xs.size()) - 1;
    if (index > 0 && x - xs.at(index - 1) < xs.at(index) - x)
        --index;
    return index;
}

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
    // A name of words (the invalid codes' "mã không hợp lệ") on two lines, as long as a code: Qt
    // Charts shows a label as rich text.
    QStringList labels;
    for (const QString &category : data.categories) {
        const int middle = int(category.size()) / 2;
        const int before = int(category.lastIndexOf(QLatin1Char(' '), middle));
        const int after = int(category.indexOf(QLatin1Char(' '), middle));
        const int split = before < 0                         ? after
            : after < 0 || middle - before <= after - middle ? before
                                                             : after;
        labels << (split < 0 ? category.toHtmlEscaped()
                             : category.left(split).toHtmlEscaped() + QStringLiteral("<br>")
                           + category.mid(split + 1).toHtmlEscaped());
    }
    axis->append(labels);
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
    for (const QString &category : labels) {
        label.setHtml(category);
        width = qMax(width, label.size().width() + 1);
        height = qMax(height, label.size().height() + 1);
    }
    const auto slant = [axis, width, height, count = labels.size()](const QRectF &plot) {
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

QString ChartFactory::pointText(const ChartData &data, int series, int index)
{
    const ChartSeries &s = data.series.at(series);
    const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(data.x.value(index)), Qt::UTC).date();
    return tr("%1\n%2: %3")
        .arg(s.label, QLocale().toString(day, QLocale::ShortFormat), valueText(data, s.values.value(index)));
}

QString ChartFactory::sliceText(const ChartData &data, int series)
{
    double total = 0;
    for (const ChartSeries &s : data.series)
        total += s.values.value(0);
    const ChartSeries &s = data.series.at(series);
    const double value = s.values.value(0);
    return tr("%1: %2 (%3 of all)")
        .arg(s.name.isEmpty() ? s.label : s.name, LocaleFormat::count(qint64(value)),
             LocaleFormat::percent(total > 0 ? 100.0 * value / total : 0.0));
}

QString ChartFactory::barText(const ChartData &data, int series, int category)
{
    const ChartSeries &s = data.series.at(series);
    const double value = s.values.value(category);
    const QString where = data.categories.value(category);
    // A bar of its own per category (one series per provider) needs no series name.
    const QString name = s.name.isEmpty() ? s.label : s.name;
    const QString head = name == where ? where : QStringLiteral("%1 — %2").arg(name, where);
    if (data.valuesArePercent)
        return tr("%1: %2").arg(head, valueText(data, value));
    double total = 0;
    for (const ChartSeries &other : data.series)
        total += other.values.value(category);
    const QString count = data.kind == ChartData::Kind::PercentBars ? LocaleFormat::count(qint64(value))
                                                                    : valueText(data, value);
    return tr("%1: %2 (%3 of %4)")
        .arg(head, count, LocaleFormat::percent(total > 0 ? 100.0 * value / total : 0.0), where);
}

QString ChartFactory::boxText(const ChartData &data, int category)
{
    const ChartBox &b = data.boxes.at(category);
    const QLocale locale;
    auto number = [&locale](double v) { return locale.toString(v, 'f', v < 10 ? 1 : 0); };
    return tr("%1\nmedian %2 %5; half between %3 and %4 %5; 90 % between %6 and %7 %5")
        .arg(data.categories.value(category), number(b.median), number(b.q1), number(b.q3), data.valueTitle,
             number(b.low), number(b.high));
}

QChart *ChartFactory::build(const ChartData &data, const Style &style, const Activated &activated,
                            const Hovered &hovered)
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
            if (hovered)
                QObject::connect(
                    line, &QLineSeries::hovered, chart,
                    [hovered, data, series = int(chart->series().size()) - 1](const QPointF &point,
                                                                              bool state) {
                        hovered(state ? pointText(data, series, nearestIndex(data.x, point.x())) : QString());
                    });
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
            if (hovered)
                QObject::connect(slice, &QPieSlice::hovered, chart,
                                 [hovered, data, index = pie->count() - 1](bool state) {
                                     hovered(state ? sliceText(data, int(index)) : QString());
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
            if (hovered)
                QObject::connect(set, &QBarSet::hovered, chart,
                                 [hovered, data, series = int(bars->count()) - 1](bool state, int index) {
                                     hovered(state ? barText(data, series, index) : QString());
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
            // The provider's own colour, as in every other chart (a lighter fill made FPT-CA's
            // look like BKAV-CA's); the outline, whiskers and median in one dark grey.
            set->setBrush(data.boxColors.value(i, Qt::gray));
            set->setPen(QPen(QColor(0x30, 0x30, 0x30), 1.5));
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
        if (hovered)
            QObject::connect(boxes, &QBoxPlotSeries::hovered, chart,
                             [hovered, boxes, data](bool state, QBoxSet *set) {
                                 const int index = int(boxes->boxSets().indexOf(set));
                                 hovered(state && index >= 0 ? boxText(data, index) : QString());
                             });
        chart->legend()->setVisible(false);
        break;
    }
    }
    return chart;
}

} // namespace sw::ui::charts
