#include "reports/ReportCharts.h"

#include "documents/DocumentFonts.h"
#include "documents/DocumentWording.h"
#include "reports/ReportFormat.h"
#include "rules/SeverityStyle.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace sw::reports {

namespace {

// Logical layout (chartLogicalSize): title band, margins and type sizes in logical pixels.
// At print size (the chart 16 cm wide) a logical pixel is 0.71 pt: labels of 15 px are 10.6 pt.
constexpr qreal titleHeight = 44;
constexpr qreal legendHeight = 22;
constexpr qreal margin = 6;
constexpr int titlePx = 16;
constexpr int labelPx = 15;

QFont chartFont(const QString &family, int pixels, bool bold = false)
{
    QFont font = documents::DocumentFonts::font(family, 10, bold);
    font.setPixelSize(pixels);
    return font;
}

// A round step for the value axis: 1, 2 or 5 times a power of ten, about `ticks` steps to `top`.
double niceStep(double top, int ticks)
{
    if (top <= 0)
        return 1;
    const double raw = top / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double factor : {1.0, 2.0, 5.0, 10.0})
        if (raw <= factor * power)
            return factor * power;
    return 10 * power;
}

QColor seriesColour(const ReportChart &chart, int series, int category)
{
    const QColor own = chart.series.at(series).color;
    if (own.isValid())
        return own;
    QColor c = category < chart.categoryColors.size() ? chart.categoryColors.at(category) : QColor(Qt::gray);
    // A second series of the category colours (the 95th percentile): the same hue, lighter.
    if (series > 0)
        c = c.lighter(150);
    return c;
}

// The hatching that tells series apart in black and white (series 0 plain).
Qt::BrushStyle seriesPattern(int series)
{
    static const Qt::BrushStyle patterns[]
        = {Qt::NoBrush,    Qt::BDiagPattern, Qt::HorPattern,       Qt::FDiagPattern,
           Qt::VerPattern, Qt::CrossPattern, Qt::DiagCrossPattern, Qt::Dense6Pattern};
    return patterns[series % int(std::size(patterns))];
}

// A bar in its colour, hatched by its series when the series are told apart by colour alone, in
// white on dark colours and black on light ones.
void fillBar(QPainter &painter, const QRectF &bar, const ReportChart &chart, int series, int category)
{
    const QColor colour = seriesColour(chart, series, category);
    painter.fillRect(bar, colour);
    if (chart.series.size() < 2)
        return;
    const Qt::BrushStyle pattern = seriesPattern(series);
    if (pattern == Qt::NoBrush)
        return;
    QBrush hatch(colour.lightness() < 110 ? Qt::white : Qt::black, pattern);
    hatch.setTransform(QTransform::fromScale(1.6, 1.6));
    painter.fillRect(bar, hatch);
}

// A legend entry: its swatch, the gap, its name and the space before the next.
qreal legendItemWidth(const QFontMetricsF &metrics, const QString &name)
{
    return 20 + metrics.horizontalAdvance(name) + 16;
}

// The legend's lines when its entries wrap within `width`.
int legendRows(const ReportChart &chart, qreal width, const QString &family)
{
    const QFontMetricsF metrics(chartFont(family, labelPx));
    int rows = 1;
    qreal x = 0;
    for (const ChartSeries &s : chart.series) {
        const qreal item = legendItemWidth(metrics, s.name);
        if (x > 0 && x + item > width) {
            ++rows;
            x = 0;
        }
        x += item;
    }
    return rows;
}

void paintLegend(QPainter &painter, const ReportChart &chart, const QRectF &band, const QString &family)
{
    if (chart.series.size() < 2 && chart.kind == ReportChart::Kind::HorizontalBars)
        return;
    painter.setFont(chartFont(family, labelPx));
    const QFontMetricsF metrics(painter.font());
    qreal x = band.left();
    qreal top = band.top();
    for (int s = 0; s < chart.series.size(); ++s) {
        if (x > band.left() && x + legendItemWidth(metrics, chart.series.at(s).name) > band.right()) {
            x = band.left();
            top += legendHeight;
        }
        const QRectF line(band.left(), top, band.width(), legendHeight);
        const QColor colour = seriesColour(chart, s, 0);
        QColor swatch = colour;
        if (!chart.series.at(s).color.isValid())
            swatch = s == 0 ? QColor(0x55, 0x55, 0x55) : QColor(0xbb, 0xbb, 0xbb);
        const QRectF box(x, line.center().y() - 6, 16, 12);
        painter.fillRect(box, swatch);
        if (const Qt::BrushStyle pattern = seriesPattern(s); pattern != Qt::NoBrush) {
            QBrush hatch(swatch.lightness() < 110 ? Qt::white : Qt::black, pattern);
            hatch.setTransform(QTransform::fromScale(1.6, 1.6));
            painter.fillRect(box, hatch);
        }
        x += 20;
        const QString name = chart.series.at(s).name;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(x, line.top(), metrics.horizontalAdvance(name) + 2, line.height()),
                         Qt::AlignVCenter | Qt::AlignLeft, name);
        x += metrics.horizontalAdvance(name) + 16;
    }
}

void paintHorizontalBars(QPainter &painter, const QRectF &area, const ReportChart &chart,
                         const QString &family)
{
    const int categories = int(chart.categories.size());
    const int series = int(chart.series.size());
    if (categories == 0 || series == 0)
        return;
    painter.setFont(chartFont(family, labelPx));
    const QFontMetricsF metrics(painter.font());
    qreal labelWidth = 0;
    for (const QString &category : chart.categories)
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(category));
    labelWidth = std::min(labelWidth + 8, area.width() * 0.4);
    double top = 0;
    double bottom = 0;
    for (const ChartSeries &s : chart.series)
        for (double v : s.values) {
            top = std::max(top, v);
            bottom = std::min(bottom, v);
        }
    const qreal valueRoom = 92; // the value written after the longest bar
    const QRectF plot(area.left() + labelWidth, area.top(), area.width() - labelWidth - valueRoom,
                      area.height());
    const double span = top - bottom > 0 ? top - bottom : 1;
    auto xOf = [&](double v) { return plot.left() + plot.width() * (v - bottom) / span; };

    const qreal slot = plot.height() / categories;
    const qreal barHeight = std::min<qreal>(slot * 0.78 / series, 22);
    QPen axis(QColor(0x44, 0x44, 0x44));
    axis.setWidthF(1);
    for (int c = 0; c < categories; ++c) {
        const qreal slotTop = plot.top() + c * slot;
        const qreal groupTop = slotTop + (slot - barHeight * series) / 2;
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), slotTop, labelWidth - 6, slot),
                         Qt::AlignVCenter | Qt::AlignRight,
                         metrics.elidedText(chart.categories.at(c), Qt::ElideRight, labelWidth - 6));
        for (int s = 0; s < series; ++s) {
            const double v = c < chart.series.at(s).values.size() ? chart.series.at(s).values.at(c) : 0;
            const qreal y = groupTop + s * barHeight;
            const qreal x0 = xOf(0);
            const qreal x1 = xOf(v);
            const QRectF bar(QPointF(std::min(x0, x1), y + 1), QPointF(std::max(x0, x1), y + barHeight - 1));
            fillBar(painter, bar, chart, s, c);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(bar.right() + 4, y, valueRoom + 40, barHeight),
                             Qt::AlignVCenter | Qt::AlignLeft, chartValueText(v, chart.format));
        }
    }
    painter.setPen(axis);
    painter.drawLine(QPointF(xOf(0), plot.top()), QPointF(xOf(0), plot.bottom()));
}

void paintStackedColumns(QPainter &painter, const QRectF &area, const ReportChart &chart,
                         const QString &family)
{
    const int categories = int(chart.categories.size());
    if (categories == 0)
        return;
    double top = 0;
    for (int c = 0; c < categories; ++c) {
        double sum = 0;
        for (const ChartSeries &s : chart.series)
            sum += c < s.values.size() ? s.values.at(c) : 0;
        top = std::max(top, sum);
    }
    // Counts step by whole numbers: a step of 0.5 would label two lines "1".
    const double step
        = chart.format == ReportChart::Format::Count ? std::max(1.0, niceStep(top, 4)) : niceStep(top, 4);
    const double axisTop = std::max(step, std::ceil(top / step) * step);
    painter.setFont(chartFont(family, labelPx));
    const QFontMetricsF metrics(painter.font());
    const qreal axisWidth = metrics.horizontalAdvance(chartValueText(axisTop, chart.format)) + 8;
    const qreal labelHeight = metrics.height() + 4;
    const QRectF plot(area.left() + axisWidth, area.top() + 4, area.width() - axisWidth - 4,
                      area.height() - labelHeight - 4);
    auto yOf = [&](double v) { return plot.bottom() - plot.height() * v / axisTop; };

    // Grid lines and the value axis.
    QPen grid(QColor(0xdd, 0xdd, 0xdd));
    grid.setWidthF(0.8);
    for (double v = 0; v <= axisTop + step / 2; v += step) {
        painter.setPen(grid);
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(Qt::black);
        painter.drawText(QRectF(area.left(), yOf(v) - 8, axisWidth - 4, 16),
                         Qt::AlignVCenter | Qt::AlignRight, chartValueText(v, chart.format));
    }
    const qreal slot = plot.width() / categories;
    const qreal width = std::max<qreal>(slot * 0.75, 1);
    for (int c = 0; c < categories; ++c) {
        double base = 0;
        const qreal x = plot.left() + c * slot + (slot - width) / 2;
        for (int s = 0; s < chart.series.size(); ++s) {
            const double v = c < chart.series.at(s).values.size() ? chart.series.at(s).values.at(c) : 0;
            if (v <= 0)
                continue;
            fillBar(painter, QRectF(QPointF(x, yOf(base + v)), QPointF(x + width, yOf(base))), chart, s, c);
            base += v;
        }
    }
    // Category labels: as many as fit without overlapping.
    qreal widest = 0;
    for (const QString &category : chart.categories)
        widest = std::max(widest, metrics.horizontalAdvance(category));
    const int every = std::max(1, int(std::ceil((widest + 8) / slot)));
    painter.setPen(Qt::black);
    for (int c = 0; c < categories; c += every) {
        const qreal centre = plot.left() + (c + 0.5) * slot;
        painter.drawText(QRectF(centre - widest / 2 - 4, plot.bottom() + 2, widest + 8, labelHeight),
                         Qt::AlignHCenter | Qt::AlignTop, chart.categories.at(c));
    }
    QPen axis(QColor(0x44, 0x44, 0x44));
    axis.setWidthF(1);
    painter.setPen(axis);
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()));
}

} // namespace

bool ReportChart::isEmpty() const
{
    for (const ChartSeries &s : series)
        for (double v : s.values)
            if (v != 0)
                return false;
    return true;
}

QString chartValueText(double value, ReportChart::Format format)
{
    switch (format) {
    case ReportChart::Format::Percent:
        return viPercent(value);
    case ReportChart::Format::Duration:
        return viDuration(value);
    case ReportChart::Format::Count:
        break;
    }
    return viCount(qint64(std::llround(value)));
}

void paintChart(QPainter &painter, const QRectF &target, const ReportChart &chart, const QString &family)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setRenderHint(QPainter::TextAntialiasing, true);
    // Lay out at the logical size, then scale to the target: text keeps its size relative to the bars.
    painter.translate(target.topLeft());
    painter.scale(target.width() / chartLogicalSize.width(), target.height() / chartLogicalSize.height());
    const QRectF frame(QPointF(0, 0), chartLogicalSize);
    QPen border(QColor(0x99, 0x99, 0x99));
    border.setWidthF(0.8);
    painter.setPen(border);
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(frame.adjusted(0.5, 0.5, -0.5, -0.5));

    painter.setPen(Qt::black);
    painter.setFont(chartFont(family, titlePx, true));
    painter.drawText(QRectF(margin, 2, frame.width() - 2 * margin, titleHeight),
                     Qt::AlignCenter | Qt::TextWordWrap, chart.title);
    const bool legend = chart.series.size() > 1;
    const int rows = legend ? legendRows(chart, frame.width() - 2 * margin - 8, family) : 0;
    QRectF area(margin + 4, titleHeight + 4, frame.width() - 2 * margin - 8,
                frame.height() - titleHeight - 10 - rows * legendHeight);
    if (chart.isEmpty()) {
        painter.setFont(chartFont(family, labelPx));
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(area, Qt::AlignCenter, QStringLiteral("Không có số liệu trong kỳ"));
    } else if (chart.kind == ReportChart::Kind::StackedColumns) {
        paintStackedColumns(painter, area, chart, family);
    } else {
        paintHorizontalBars(painter, area, chart, family);
    }
    if (legend)
        paintLegend(painter, chart, QRectF(area.left(), area.bottom() + 2, area.width(), rows * legendHeight),
                    family);
    painter.restore();
}

QList<ReportChart> reportCharts(const ReportData &data)
{
    QList<ReportChart> charts;
    const CampaignFigures &campaign = data.campaign;

    // Issuance per provider over the period: by day or week, by month over a long period (bars wide
    // enough for their hatching to tell the providers apart in black and white).
    ReportChart issuance;
    issuance.kind = ReportChart::Kind::StackedColumns;
    const bool monthly = campaign.bucketDays > 1 && campaign.bucketStarts.size() > 16;
    QList<QDate> starts; // the buckets' (or months') first days, in order
    QList<int> slotOf; // per bucket, its slot in `starts`
    for (const QDate &day : campaign.bucketStarts) {
        const QDate start = monthly ? QDate(day.year(), day.month(), 1) : day;
        if (starts.isEmpty() || starts.last() != start)
            starts << start;
        slotOf << int(starts.size()) - 1;
    }
    const QString unit = monthly   ? QStringLiteral("tháng")
        : campaign.bucketDays == 1 ? QStringLiteral("ngày")
                                   : QStringLiteral("tuần (ngày đầu tuần)");
    issuance.title
        = QStringLiteral("Biểu đồ 1. Số chứng thư ghi nhận trên Hue-S theo %1 và doanh nghiệp (đơn vị: "
                         "chứng thư)")
              .arg(unit);
    for (const QDate &start : std::as_const(starts))
        issuance.categories << start.toString(monthly ? QStringLiteral("M/yyyy")
                                                      : QStringLiteral("d/M/yyyy"));
    for (const ProviderFigures &p : campaign.providers) {
        const QList<qint64> counts = campaign.timeline.value(p.code);
        if (counts.isEmpty())
            continue;
        ChartSeries s {p.code, providerColor(p.code), QList<double>(starts.size(), 0.0)};
        for (int i = 0; i < counts.size() && i < slotOf.size(); ++i)
            s.values[slotOf.at(i)] += double(counts.at(i));
        issuance.series << s;
    }
    charts << issuance;

    // Holders per provider: the share of all holders.
    ReportChart share;
    share.format = ReportChart::Format::Percent;
    share.title
        = QStringLiteral("Biểu đồ 2. Tỷ trọng công dân có chữ ký số theo doanh nghiệp, lũy kế đến hết ngày "
                         "%1 (đơn vị: %)")
              .arg(documents::numericDate(data.filter.to));
    ChartSeries shares {QStringLiteral("Tỷ trọng"), {}, {}};
    qint64 pairs = 0;
    for (const ProviderFigures &p : campaign.providers)
        pairs += p.holdersAtEnd;
    for (const ProviderFigures &p : campaign.providers) {
        share.categories << p.code;
        share.categoryColors << providerColor(p.code);
        shares.values << (pairs > 0 ? 100.0 * double(p.holdersAtEnd) / double(pairs) : 0.0);
    }
    share.series << shares;
    charts << share;

    // Update delay per provider: median and 95th percentile.
    ReportChart delay;
    delay.format = ReportChart::Format::Duration;
    delay.title
        = QStringLiteral("Biểu đồ 3. Thời gian từ khi kích hoạt đến khi cập nhật lên Hue-S theo doanh "
                         "nghiệp (đơn vị: giây, phút, giờ)");
    ChartSeries median {QStringLiteral("Một nửa số chứng thư trong vòng"), {}, {}};
    ChartSeries p95 {QStringLiteral("95% số chứng thư trong vòng"), {}, {}};
    for (const ProviderFigures &p : campaign.providers) {
        if (p.delay.count == 0)
            continue;
        delay.categories << p.code;
        delay.categoryColors << providerColor(p.code);
        median.values << p.delay.median;
        p95.values << p.delay.p95;
    }
    delay.series << median << p95;
    charts << delay;

    // Findings per rule, this period and the previous one.
    if (data.violations.available) {
        ReportChart findings;
        findings.title
            = QStringLiteral("Biểu đồ 4. Trường hợp có dấu hiệu vi phạm theo quy tắc, kỳ này và kỳ trước "
                             "(đơn vị: trường hợp)");
        QStringList rules = data.violations.byRule.keys();
        for (const QString &rule : data.violations.byRulePrevious.keys())
            if (!rules.contains(rule))
                rules << rule;
        std::sort(rules.begin(), rules.end());
        ChartSeries now {QStringLiteral("Kỳ này"), rules::severityColor(rules::Severity::High), {}};
        ChartSeries before {QStringLiteral("Kỳ trước"), QColor(0xB8, 0xB8, 0xB8), {}};
        for (const QString &rule : std::as_const(rules)) {
            findings.categories << rule;
            now.values << double(data.violations.byRule.value(rule));
            before.values << double(data.violations.byRulePrevious.value(rule));
        }
        findings.series << now << before;
        charts << findings;
    }
    return charts;
}

} // namespace sw::reports
