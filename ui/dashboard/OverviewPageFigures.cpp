// The overview page's figures: the headline cards, the providers' legend and the charts, from a
// whole count or from the part of it counted so far (OverviewPage.h).
#include "dashboard/OverviewPage.h"

#include "dashboard/charts/DashboardChart.h"
#include "dashboard/charts/DashboardChartData.h"
#include "statistics/ProviderGroups.h"
#include "statistics/Province.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"
#include "widgets/StatCard.h"

#include <QLabel>

namespace sw::ui {

void OverviewPage::showFigures(const statistics::Dashboard &dashboard, statistics::DashboardFigures figures)
{
    using statistics::DashboardFigure;
    using Data = charts::DashboardChartData;
    if (figures & DashboardFigure::Cards)
        showCards(dashboard);
    if (figures & DashboardFigure::Timeline) {
        showProviderLegend(dashboard);
        m_charts.at(int(Chart::Timeline))->setData(Data::timeline(dashboard));
    }
    if (figures & DashboardFigure::Shares)
        m_charts.at(int(Chart::Shares))->setData(Data::shares(dashboard));
    if (figures & DashboardFigure::Channels)
        m_charts.at(int(Chart::Channels))->setData(Data::channels(dashboard));
    if (figures & DashboardFigure::Delays)
        m_charts.at(int(Chart::Delays))->setData(Data::delays(dashboard));
    if (figures & DashboardFigure::ServiceRate)
        m_charts.at(int(Chart::ServiceRate))->setData(Data::serviceRate(dashboard));
}

void OverviewPage::showCards(const statistics::Dashboard &dashboard)
{
    const QLocale locale;
    m_withSignature->setValue(LocaleFormat::count(dashboard.citizensWithSignature, locale));
    m_withSignature->setNote(tr("holding an active or technical-error certificate recorded in the period"));
    const auto share = dashboard.sharePercent();
    m_share->setValue(share ? LocaleFormat::percent(*share, locale) : QStringLiteral("—"));
    if (dashboard.populationFromRegistry)
        m_share->setNote(tr("of the %1 citizens of %2 in the registry")
                             .arg(LocaleFormat::count(dashboard.population, locale),
                                  statistics::districtName(dashboard.filter.district)));
    else
        m_share->setNote(tr("of %1 inhabitants (2023); the target is %2")
                             .arg(LocaleFormat::count(dashboard.population, locale),
                                  LocaleFormat::percent(statistics::campaignTargetPercent, locale)));
    QStringList excluded;
    for (const statistics::ProviderDashboard &p : dashboard.providers)
        if (p.excluded)
            excluded << p.code;
    m_excluded->setValue(LocaleFormat::count(dashboard.providersExcluded, locale));
    m_excluded->setNote(
        excluded.isEmpty()
            ? tr("none removed from the programme (§5.3)")
            : tr("removed from the programme (§5.3): %1").arg(excluded.join(QStringLiteral(", "))));
}

// The legend as the charts group the providers: codes not among the six are one entry.
void OverviewPage::showProviderLegend(const statistics::Dashboard &dashboard)
{
    const statistics::Dashboard grouped = statistics::groupInvalidProviders(dashboard);
    QStringList legend;
    for (const QString &code : charts::DashboardChartData::orderedProviders(grouped.timeline.keys()))
        legend << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2")
                      .arg(ProviderColors::color(code).name(),
                           charts::DashboardChartData::providerLabel(code).toHtmlEscaped());
    m_providerLegend->setText(legend.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    QStringList codes = m_providerCodes;
    for (const statistics::ProviderDashboard &p : dashboard.providers)
        if (!codes.contains(p.code))
            codes << p.code;
    const QString invalid = statistics::invalidCodesText(codes);
    m_providerLegend->setToolTip(
        invalid.isEmpty()
            ? QString()
            : tr("“%1”: codes that are not among the six providers of the programme (%2). "
                 "Click its bar or slice to see the findings of these codes.")
                  .arg(charts::DashboardChartData::providerLabel(statistics::invalidProviderKey()), invalid));
}

} // namespace sw::ui
