#pragma once

#include "dashboard/charts/ChartData.h"
#include "statistics/DashboardStats.h"

#include <optional>

namespace sw::ui::charts {

// The dashboard's charts as ChartData, from the figures counted in the database: the overview
// page draws them, exports them, and reports can draw the same ones.
class DashboardChartData
{
public:
    // Provider codes in the regulation's order, codes the programme does not know after them.
    static QStringList orderedProviders(const QStringList &codes);

    static ChartData timeline(const statistics::Dashboard &dashboard);
    static ChartData shares(const statistics::Dashboard &dashboard);
    static ChartData channels(const statistics::Dashboard &dashboard);
    static ChartData delays(const statistics::Dashboard &dashboard);
    // nullopt: no counts yet (no scan) — the chart says so.
    static ChartData findings(const std::optional<statistics::FindingCounts> &counts);
    static ChartData serviceRate(const statistics::Dashboard &dashboard);

    // The x of a timeline bucket (noon UTC of its first day, so that any time zone shows the
    // same date) and back.
    static double xOfDay(const QDate &day);
    static QDate dayOfX(double x);
    // The colour of a channel and of a rule (RuleColors: one hue per rule) in the charts.
    static QColor channelColor(const QString &channel);
    static QColor ruleColor(const QString &rule);
    static QString channelName(const QString &channel);
    // What a chart shows for a provider key: the code, or "invalid code" for the group of codes
    // not among the six (statistics::invalidProviderKey(), ProviderGroups.h).
    static QString providerLabel(const QString &key);
    static QStringList providerLabels(const QStringList &keys);
};

} // namespace sw::ui::charts
