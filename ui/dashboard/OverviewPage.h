#pragma once

#include "dashboard/DashboardCache.h"
#include "statistics/DashboardStats.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QVariantMap>
#include <QWidget>

#include <optional>

class QAction;
class QLabel;
class QProgressBar;
class QSplitter;
class QTableView;

namespace sw::registry {
class RegistrySession;
struct ContractReport;
} // namespace sw::registry

namespace sw::ui {

namespace charts {
class DashboardChart;
}
class ErrorPanel;
class FilterBar;
class ProviderOverviewModel;
class ProviderOverviewSortModel;
class RegistryStateStack;
class StatCard;

// "Tổng quan": the supervisors' dashboard. Headline figures, six charts and the per-provider
// table for the filter (period, district, provider), counted in the open registry by the
// session's worker (statistics::loadDashboard); findings figures come from outside
// (setFindingCounts). Clicking a bar, slice, box or point asks for the findings behind it.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    // Loading: a registry is being opened, or the page's frame (headline cards and charts saying
    // "Counting…") is on show while its first figures, or those F5 asked for, are counted.
    enum class View { NoRegistry, Loading, Error, Content };
    enum class Chart { Timeline, Shares, Channels, Delays, Findings, ServiceRate };

    OverviewPage(registry::RegistrySession &session, const Clock &clock, QWidget *parent = nullptr);

    View view() const;
    ProviderOverviewModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    charts::DashboardChart *chart(Chart which) const;
    statistics::Filter filter() const;
    // The figures on show; nullopt before the first count.
    const std::optional<statistics::Dashboard> &dashboard() const { return m_dashboard; }
    bool isCounting() const { return m_counting; }
    // How many counts the page sent to the registry: figures shown from the cache send none.
    int countsRequested() const { return m_countsRequested; }

    // "Export dashboard as PDF…" (Ctrl+E) and "Export charts as PNG…", for the main menu.
    QList<QAction *> exportActions() const;
    Result<void> exportPdf(const QString &path) const;
    Result<void> exportChartPng(Chart which, const QString &path) const;
    // Every chart into `folder`, named after the chart (chart-timeline.png …).
    Result<void> exportChartsPng(const QString &folder) const;

    // For the settings: column widths and sort order, the split between charts and table, the
    // last filter.
    QByteArray tableState() const;
    void restoreTableState(const QByteArray &state);
    QByteArray splitterState() const;
    void restoreSplitterState(const QByteArray &state);
    QVariantMap filterState() const;
    void restoreFilterState(const QVariantMap &state);

    // §4.4: the request deadline the 48-hour rate uses (the REQUEST_EXPIRED threshold).
    void setRequestDeadline(qint64 seconds);

    // What a count has so far (loadDashboard's progress, posted here by count()): the cards and
    // charts whose figures are `complete` are filled in, the others keep saying "Counting…".
    // Only the counting frame is filled: figures of an earlier filter on show stay until the
    // whole count replaces them, and nothing happens when no count is under way.
    void showPartial(const statistics::Dashboard &partial, statistics::DashboardFigures complete);
    // The figures filled in from partial counts since the counting frame was shown.
    statistics::DashboardFigures partialFigures() const { return m_partialFigures; }

public Q_SLOTS:
    // Counts again (F5), whatever the cache holds. Does nothing without an open registry.
    void refresh();
    // The open findings for the filter last asked for with findingCountsWanted().
    void setFindingCounts(const sw::statistics::FindingCounts &counts);

Q_SIGNALS:
    // The user asked to open a registry from the empty or error state.
    void connectRequested();
    // The filter changed or a registry was opened: the findings store should answer with
    // setFindingCounts() for this filter.
    void findingCountsWanted(const sw::statistics::Filter &filter);
    // A click on a chart: show the findings for this filter (provider, and rule or period filled in).
    void findingsRequested(const sw::statistics::Filter &filter);
    // New figures are on show.
    void dashboardShown();
    // Some of the figures being counted are on show (showPartial); `complete` says which.
    void partialShown(sw::statistics::DashboardFigures complete);

private:
    void count(bool showFrame);
    void showCountingFrame();
    void updateExports();
    DashboardCache::Key cacheKey() const;
    void showDashboard(const statistics::Dashboard &dashboard);
    void showFigures(const statistics::Dashboard &dashboard, statistics::DashboardFigures figures);
    void showCards(const statistics::Dashboard &dashboard);
    void showProviderLegend(const statistics::Dashboard &dashboard);
    void showFindingCounts();
    void showError(const sw::Error &error, bool canRetry);
    void showContract(const registry::ContractReport &report);
    void showNoRegistry();
    void forgetRegistry();
    void onFilterChanged();
    void onChartActivated(Chart which, const QString &key, int category, double x);
    void exportPdfInteractive();
    void exportPngInteractive();
    void fitColumns();
    QString filterDescription() const;

    registry::RegistrySession &m_session;
    Clock m_clock;
    FilterBar *m_filterBar;
    QProgressBar *m_busy;
    RegistryStateStack *m_stack;
    ErrorPanel *m_contractWarning;
    QLabel *m_note;
    QLabel *m_providerLegend;
    StatCard *m_withSignature;
    StatCard *m_share;
    StatCard *m_findings;
    StatCard *m_excluded;
    QList<charts::DashboardChart *> m_charts; // by Chart
    QSplitter *m_splitter;
    ProviderOverviewModel *m_model;
    ProviderOverviewSortModel *m_sorted;
    QTableView *m_table;
    QAction *m_exportPdf;
    QAction *m_exportPng;
    std::optional<statistics::Dashboard> m_dashboard;
    std::optional<statistics::FindingCounts> m_findingCounts;
    DashboardCache m_cache; // of the open registry only
    int m_countsRequested = 0;
    quint64 m_countSerial = 0; // the count whose partial figures are wanted
    statistics::DashboardFigures m_partialFigures;
    QStringList m_providerCodes; // every provider seen since the registry opened
    qint64 m_requestDeadline = 172800;
    bool m_counting = false;
    bool m_tableStateRestored = false;
    bool m_retryOpens = false; // the error came from opening, not counting
};

} // namespace sw::ui
