#include "dashboard/charts/DashboardChartData.h"

#include "rules/RuleCatalogue.h"
#include "rules/SeverityStyle.h"
#include "statistics/OverviewStats.h"
#include "statistics/ProviderGroups.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"
#include "widgets/RuleColors.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace sw::ui::charts {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("sw::ui::charts::DashboardChartData", text);
}

const statistics::ProviderDashboard *find(const statistics::Dashboard &d, const QString &code)
{
    for (const auto &p : d.providers)
        if (p.code == code)
            return &p;
    return nullptr;
}

// The providers that have something to show for `has`, in the usual order.
template<typename Has>
QStringList providersWith(const statistics::Dashboard &d, Has has)
{
    QStringList codes;
    for (const auto &p : d.providers)
        if (has(p))
            codes << p.code;
    return DashboardChartData::orderedProviders(codes);
}
} // namespace

QStringList DashboardChartData::orderedProviders(const QStringList &codes)
{
    QStringList ordered;
    for (const QString &known : ProviderColors::knownCodes())
        if (codes.contains(known))
            ordered << known;
    QStringList others;
    for (const QString &code : codes)
        if (!ordered.contains(code))
            others << code;
    std::sort(others.begin(), others.end());
    return ordered + others;
}

double DashboardChartData::xOfDay(const QDate &day)
{
    return double(QDateTime(day, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch());
}

QDate DashboardChartData::dayOfX(double x)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).date();
}

QColor DashboardChartData::channelColor(const QString &channel)
{
    // Greys and a slate blue: channels must not look like providers, whose colours are reserved.
    if (channel == QLatin1String("door_to_door"))
        return QColor(0x37, 0x47, 0x4F);
    if (channel == QLatin1String("app"))
        return QColor(0x78, 0x90, 0x9C);
    if (channel == QLatin1String("hues_request"))
        return QColor(0xB0, 0xBE, 0xC5);
    if (channel == QLatin1String("legacy_import"))
        return QColor(0xE0, 0xD6, 0xC2);
    return QColor(0xF5, 0xF5, 0xF5);
}

QString DashboardChartData::channelName(const QString &channel)
{
    if (channel == QLatin1String("door_to_door"))
        return tr("Door to door");
    if (channel == QLatin1String("app"))
        return tr("App");
    if (channel == QLatin1String("hues_request"))
        return tr("Hue-S request");
    if (channel == QLatin1String("legacy_import"))
        return tr("Imported");
    return tr("Other");
}

QColor DashboardChartData::ruleColor(const QString &rule)
{
    return RuleColors::color(rule);
}

QString DashboardChartData::providerLabel(const QString &key)
{
    return key == statistics::invalidProviderKey() ? tr("invalid code") : key;
}

QStringList DashboardChartData::providerLabels(const QStringList &keys)
{
    QStringList labels;
    for (const QString &key : keys)
        labels << providerLabel(key);
    return labels;
}

ChartData DashboardChartData::timeline(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard d = statistics::groupInvalidProviders(dashboard);
    ChartData chart;
    chart.kind = ChartData::Kind::Lines;
    chart.title
        = d.bucketDays == 1 ? tr("Certificates recorded per day") : tr("Certificates recorded per week");
    chart.valueTitle = tr("certificates");
    chart.dateFormat = QStringLiteral("dd/MM/yy");
    chart.providerColoured = true;
    for (const QDate &start : d.bucketStarts)
        chart.x << xOfDay(start);
    for (const QString &code : orderedProviders(d.timeline.keys())) {
        ChartSeries s {code, providerLabel(code), ProviderColors::color(code), {}};
        for (qint64 n : d.timeline.value(code))
            s.values << double(n);
        chart.series << s;
    }
    if (chart.x.isEmpty() || chart.series.isEmpty())
        chart.emptyText = tr("No certificate was recorded in this period.");
    return chart;
}

ChartData DashboardChartData::shares(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard d = statistics::groupInvalidProviders(dashboard);
    ChartData chart;
    chart.kind = ChartData::Kind::Pie;
    chart.title = tr("Share of certificates");
    const QLocale locale;
    for (const QString &code : providersWith(d, [](const auto &p) { return p.certificates > 0; })) {
        const auto *p = find(d, code);
        const double share = 100.0 * double(p->certificates) / double(d.totals.certificates);
        chart.series << ChartSeries {
            code,
            QStringLiteral("%1 %2").arg(providerLabel(code), LocaleFormat::percent(share, locale)),
            ProviderColors::color(code),
            {double(p->certificates)},
            providerLabel(code)};
    }
    if (chart.series.isEmpty())
        chart.emptyText = tr("No certificate was recorded in this period.");
    return chart;
}

ChartData DashboardChartData::channels(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard d = statistics::groupInvalidProviders(dashboard);
    ChartData chart;
    chart.kind = ChartData::Kind::PercentBars;
    chart.title = tr("Channel mix per provider");
    chart.valueTitle = tr("% of certificates");
    chart.categoryKeys = providersWith(d, [](const auto &p) { return p.certificates > 0; });
    chart.categories = providerLabels(chart.categoryKeys);
    QStringList channels = statistics::knownChannels();
    if (d.totals.byChannel.value(QStringLiteral("other")) > 0)
        channels << QStringLiteral("other");
    for (const QString &channel : channels) {
        ChartSeries s {channel, channelName(channel), channelColor(channel), {}};
        for (const QString &code : chart.categoryKeys)
            s.values << double(find(d, code)->byChannel.value(channel));
        chart.series << s;
    }
    if (chart.categoryKeys.isEmpty())
        chart.emptyText = tr("No certificate was recorded in this period.");
    return chart;
}

ChartData DashboardChartData::delays(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard d = statistics::groupInvalidProviders(dashboard);
    ChartData chart;
    chart.kind = ChartData::Kind::Boxes;
    chart.title = tr("Delay from activation to the Hue-S record");
    chart.valueTitle = tr("minutes");
    chart.legend = false;
    chart.providerColoured = true;
    chart.categoryKeys = providersWith(d, [](const auto &p) { return p.delay.count > 0; });
    chart.categories = providerLabels(chart.categoryKeys);
    for (const QString &code : chart.categoryKeys) {
        const statistics::DelayDistribution &delay = find(d, code)->delay;
        chart.boxes << ChartBox {delay.p05 / 60.0, delay.q1 / 60.0, delay.median / 60.0, delay.q3 / 60.0,
                                 delay.p95 / 60.0};
        chart.boxColors << ProviderColors::color(code);
    }
    if (chart.categoryKeys.isEmpty())
        chart.emptyText = tr("No activated certificate in this period.");
    return chart;
}

ChartData DashboardChartData::findings(const std::optional<statistics::FindingCounts> &counts)
{
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.title = tr("Open findings per provider and rule");
    chart.valueTitle = tr("findings");
    chart.legendAlignment = Qt::AlignRight; // rule names are long: one under the other
    if (!counts) {
        chart.emptyText = tr("No scan yet");
        return chart;
    }
    // Codes not among the six summed as one "invalid code" category.
    QMap<QString, QMap<QString, qint64>> byProviderRule;
    for (auto it = counts->byProviderRule.cbegin(); it != counts->byProviderRule.cend(); ++it)
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
            byProviderRule[statistics::providerGroupKey(it.key())][r.key()] += r.value();
    QStringList codes;
    QMap<QString, qint64> byRule;
    for (auto it = byProviderRule.cbegin(); it != byProviderRule.cend(); ++it) {
        for (auto r = it.value().cbegin(); r != it.value().cend(); ++r) {
            if (r.value() <= 0)
                continue;
            if (!codes.contains(it.key()))
                codes << it.key();
            byRule[r.key()] += r.value();
        }
    }
    chart.categoryKeys = orderedProviders(codes);
    chart.categories = providerLabels(chart.categoryKeys);
    // Every rule of the catalogue in the legend, with its count (0 too): the legend says what each
    // colour means and which rules found nothing, not only which did.
    QStringList rules;
    for (const rules::RuleInfo &rule : rules::ruleCatalogue())
        rules << rule.code;
    for (auto it = byRule.cbegin(); it != byRule.cend(); ++it)
        if (!rules.contains(it.key()))
            rules << it.key(); // a code the catalogue does not know, from an older scan
    const QLocale locale;
    for (const QString &rule : rules) {
        const QString name = rules::ruleDisplayName(rule);
        ChartSeries s {rule,
                       tr("%1 (%2)").arg(name, LocaleFormat::count(byRule.value(rule), locale)),
                       ruleColor(rule),
                       {},
                       name};
        for (const QString &code : chart.categoryKeys)
            s.values << double(byProviderRule.value(code).value(rule));
        chart.series << s;
    }
    if (chart.categoryKeys.isEmpty())
        chart.emptyText = tr("No open findings for this filter.");
    return chart;
}

ChartData DashboardChartData::serviceRate(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard d = statistics::groupInvalidProviders(dashboard);
    ChartData chart;
    chart.kind = ChartData::Kind::StackedBars;
    chart.title = tr("Hue-S requests served within 48 hours");
    chart.valueTitle = tr("% of requests due");
    chart.valueMax = 100;
    chart.valuesArePercent = true;
    chart.legend = false;
    chart.providerColoured = true;
    chart.categoryKeys = providersWith(d, [](const auto &p) { return p.requests.judged() > 0; });
    chart.categories = providerLabels(chart.categoryKeys);
    // One bar set per provider, with a value only in its own category: every bar in its colour.
    for (int i = 0; i < chart.categoryKeys.size(); ++i) {
        const QString &code = chart.categoryKeys.at(i);
        ChartSeries s {code, providerLabel(code), ProviderColors::color(code),
                       QList<double>(chart.categoryKeys.size(), 0.0)};
        s.values[i] = find(d, code)->requests.ratePercent().value_or(0);
        chart.series << s;
    }
    if (chart.categoryKeys.isEmpty())
        chart.emptyText = tr("No request reached its 48-hour deadline in this period.");
    return chart;
}

} // namespace sw::ui::charts
