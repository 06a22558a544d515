#include "dashboard/OverviewPage.h"

#include "dashboard/InvalidCodeFindings.h"
#include "dashboard/ProviderOverviewModel.h"
#include "dashboard/ProviderOverviewSortModel.h"
#include "dashboard/charts/DashboardChart.h"
#include "dashboard/charts/DashboardChartData.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "statistics/ProviderGroups.h"
#include "statistics/Province.h"
#include "widgets/ColumnFit.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/PageHeader.h"
#include "widgets/ProviderColors.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/RegistryStateStack.h"
#include "widgets/StatCard.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
// The registry states first (RegistryStateStack), then the figures: in the order of View.
enum StackIndex { NoRegistryIndex, LoadingIndex, ErrorIndex, ContentIndex };

// Object names of the charts, also their export file names.
const char *const chartNames[] = {"chart-timeline", "chart-shares",   "chart-channels",
                                  "chart-delays",   "chart-findings", "chart-service-rate"};
constexpr int chartCount = 6;
// Where each chart sits in the grid (column, row, columns, rows), below the legend in row 0.
const QRect chartCells[chartCount]
    = {{0, 1, 2, 1}, {0, 2, 1, 1}, {1, 2, 1, 1}, {0, 3, 1, 1}, {0, 4, 2, 1}, {1, 3, 1, 1}};
} // namespace

OverviewPage::OverviewPage(registry::RegistrySession &session, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_clock(clock),
      m_filterBar(new FilterBar(FilterBar::Period | FilterBar::District | FilterBar::Provider, clock, this)),
      m_busy(new QProgressBar(this)),
      m_stack(new RegistryStateStack(this)),
      m_contractWarning(new ErrorPanel(this)),
      m_note(new QLabel(this)),
      m_providerLegend(new QLabel(this)),
      m_withSignature(new StatCard(tr("Citizens with a signature"), this)),
      m_share(new StatCard(tr("Share of the population"), this)),
      m_findings(new StatCard(tr("Open findings"), this)),
      m_excluded(new StatCard(tr("Providers excluded"), this)),
      m_splitter(new QSplitter(Qt::Vertical, this)),
      m_model(new ProviderOverviewModel(this)),
      m_sorted(new ProviderOverviewSortModel(this)),
      m_table(new QTableView(this)),
      m_exportPdf(new QAction(tr("Export dashboard as PDF…"), this)),
      m_exportPng(new QAction(tr("Export charts as PNG…"), this))
{
    m_withSignature->setObjectName(QStringLiteral("withSignatureCard"));
    m_share->setObjectName(QStringLiteral("shareCard"));
    m_findings->setObjectName(QStringLiteral("findingsCard"));
    m_excluded->setObjectName(QStringLiteral("excludedCard"));
    m_note->setObjectName(QStringLiteral("countedAt"));
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_stack->errorPanel()->setObjectName(QStringLiteral("overviewError"));
    m_contractWarning->setObjectName(QStringLiteral("contractWarning"));
    m_contractWarning->hide();
    m_busy->setObjectName(QStringLiteral("dashboardBusy"));
    m_busy->setRange(0, 0); // the database gives no progress for an aggregate
    m_busy->setTextVisible(false);
    m_busy->setFixedHeight(4);
    m_busy->hide();

    m_exportPdf->setObjectName(QStringLiteral("exportDashboardPdf"));
    m_exportPdf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportPdf->setShortcutContext(Qt::WidgetWithChildrenShortcut); // Ctrl+E exports the page on show
    m_exportPdf->setToolTip(tr("Save the figures and charts on show as a one-page PDF (Ctrl+E)"));
    m_exportPdf->setEnabled(false);
    m_exportPng->setObjectName(QStringLiteral("exportChartsPng"));
    m_exportPng->setToolTip(tr("Save each chart on show as a PNG picture in a folder"));
    m_exportPng->setEnabled(false);
    connect(m_exportPdf, &QAction::triggered, this, &OverviewPage::exportPdfInteractive);
    connect(m_exportPng, &QAction::triggered, this, &OverviewPage::exportPngInteractive);
    addAction(m_exportPdf);
    addAction(m_exportPng);

    // No registry yet: say what to do next.
    EmptyStateWidget *noRegistry = m_stack->noRegistryState();
    noRegistry->setObjectName(QStringLiteral("noRegistryState"));
    noRegistry->setHeadline(tr("No registry is open — use File › Connect…"));
    noRegistry->setText(tr("Open the Hue-S issuance registry (a SQLite file or a PostgreSQL "
                           "server) to see certificates, requests and look-ups per provider."));
    noRegistry->setActionText(tr("Connect…"));
    connect(noRegistry, &EmptyStateWidget::actionTriggered, this, &OverviewPage::connectRequested);
    connect(m_stack, &RegistryStateStack::retryRequested, this, [this] {
        if (m_retryOpens)
            Q_EMIT connectRequested();
        else
            refresh();
    });

    // The charts, two to a row, in a scroll area that scrolls only downwards; the providers'
    // colours once above them (the charts coloured by provider carry no legend of their own). The
    // timeline and the findings (their rules' legend beside them) take a row's whole width, so
    // that every provider's code under the bars has the room to be read.
    auto *grid = new QWidget(this);
    auto *gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(6);
    m_providerLegend->setObjectName(QStringLiteral("providerLegend"));
    m_providerLegend->setTextFormat(Qt::RichText);
    m_providerLegend->setWordWrap(true);
    gridLayout->addWidget(m_providerLegend, 0, 0, 1, 2);
    for (int i = 0; i < chartCount; ++i) {
        auto *chart = new charts::DashboardChart(grid);
        chart->setObjectName(QLatin1String(chartNames[i]));
        chart->setMinimumHeight(280);
        const Chart which = Chart(i);
        connect(chart, &charts::DashboardChart::activated, this,
                [this, which](const QString &key, int category, double x) {
                    onChartActivated(which, key, category, x);
                });
        const QRect cell = chartCells[i];
        gridLayout->addWidget(chart, cell.y(), cell.x(), cell.height(), cell.width());
        m_charts << chart;
    }
    for (int column = 0; column < 2; ++column)
        gridLayout->setColumnStretch(column, 1);
    m_charts.at(int(Chart::Timeline))
        ->setToolTip(tr("Certificates by the local day of their Hue-S record: per day for periods up to %1 "
                        "days, per week (Monday to Sunday) beyond. Click a point for its findings.")
                         .arg(statistics::timelineDailyLimit));
    m_charts.at(int(Chart::Delays))
        ->setToolTip(tr("recorded_at − activated_at of programme certificates (§1.4, §2.2). Box: first to "
                        "third quartile, line: median; whiskers: 5th and 95th percentile."));
    m_charts.at(int(Chart::ServiceRate))
        ->setToolTip(tr("Requests completed within 48 hours of registration, of those completed in time or "
                        "expired as the rule “%1” judges them (§4.4). Requests withdrawn within 48 hours "
                        "and requests still inside their 48 hours are not counted.")
                         .arg(rules::ruleDisplayName(QStringLiteral("REQUEST_EXPIRED"))));
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("chartScroll"));
    scroll->setWidget(grid);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_sorted->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("providerTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProviderOverviewModel::Code, Qt::AscendingOrder);
    ReadOnlyTable::setUp(m_table);
    m_table->horizontalHeader()->setSectionsMovable(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    // Legal names are long: the name takes the room the numbers leave (elided, full text in the
    // tooltip) so that the table never scrolls sideways at 1366×768.
    m_table->horizontalHeader()->setSectionResizeMode(ProviderOverviewModel::Name, QHeaderView::Stretch);

    m_splitter->setObjectName(QStringLiteral("overviewSplitter"));
    m_splitter->addWidget(scroll);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    auto *content = new QWidget(this);
    auto *cards = new QHBoxLayout;
    for (StatCard *card : {m_withSignature, m_share, m_findings, m_excluded})
        cards->addWidget(card, 1);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->addLayout(cards);
    contentLayout->addWidget(m_splitter, 1);
    contentLayout->addWidget(m_note);

    m_stack->insertWidget(ContentIndex, content);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Overview"), this));
    layout->addWidget(m_filterBar);
    layout->addWidget(m_busy);
    layout->addWidget(m_contractWarning);
    layout->addWidget(m_stack, 1);

    connect(m_filterBar, &FilterBar::filterChanged, this, &OverviewPage::onFilterChanged);
    m_filterBar->followRegistry(m_session);
    connect(m_stack, &QStackedWidget::currentChanged, this, &OverviewPage::updateExports);
    // While another registry is tried, the open one stays on show: only its replacement (opened)
    // or, with none open, the attempt itself clears the page.
    connect(&m_session, &registry::RegistrySession::opening, this,
            [this](const connection::ConnectionSpec &spec) {
                if (m_session.isOpen())
                    return;
                forgetRegistry();
                m_stack->showLoading(tr("Opening the registry %1…").arg(spec.displayName()));
            });
    connect(&m_session, &registry::RegistrySession::opened, this,
            [this](const connection::ConnectionSpec &, const registry::ContractReport &report) {
                forgetRegistry();
                showContract(report);
                m_findingCounts.reset();
                Q_EMIT findingCountsWanted(filter());
                refresh();
            });
    connect(&m_session, &registry::RegistrySession::openFailed, this, [this](const sw::Error &error) {
        if (!m_session.isOpen())
            showError(error, false);
    });
    connect(&m_session, &registry::RegistrySession::closed, this, &OverviewPage::showNoRegistry);

    for (charts::DashboardChart *chart : m_charts)
        chart->setData({});
    if (m_session.isOpen())
        refresh();
    else
        showNoRegistry();
}

OverviewPage::View OverviewPage::view() const
{
    static_assert(int(View::NoRegistry) == NoRegistryIndex && int(View::Loading) == LoadingIndex
                  && int(View::Error) == ErrorIndex && int(View::Content) == ContentIndex);
    const View shown = View(m_stack->currentIndex());
    // The page's frame, its figures still being counted.
    if (shown == View::Content && !m_dashboard)
        return View::Loading;
    return shown;
}

charts::DashboardChart *OverviewPage::chart(Chart which) const
{
    return m_charts.value(int(which));
}

statistics::Filter OverviewPage::filter() const
{
    return m_filterBar->filter();
}

QList<QAction *> OverviewPage::exportActions() const
{
    return {m_exportPdf, m_exportPng};
}

void OverviewPage::setRequestDeadline(qint64 seconds)
{
    m_requestDeadline = seconds;
}

void OverviewPage::refresh()
{
    count(true);
}

DashboardCache::Key OverviewPage::cacheKey() const
{
    const auto spec = m_session.spec();
    return {spec ? spec->registryKey() : QString(), m_clock.localDate(), filter(), m_requestDeadline};
}

// The exports are of the figures on show.
void OverviewPage::updateExports()
{
    const bool shown = m_stack->currentIndex() == ContentIndex && m_dashboard.has_value();
    m_exportPdf->setEnabled(shown);
    m_exportPng->setEnabled(shown);
}

void OverviewPage::onFilterChanged()
{
    if (!m_session.isOpen())
        return;
    m_findingCounts.reset(); // the counts on show belong to the previous filter
    showFindingCounts();
    Q_EMIT findingCountsWanted(filter());
    // A filter seen a moment ago: its figures at once, and any count still under way is dropped.
    if (const auto cached = m_cache.find(cacheKey(), m_clock.now())) {
        m_stack->dropRequests();
        ++m_countSerial;
        m_counting = false;
        m_busy->hide();
        showDashboard(*cached);
        return;
    }
    // Keep the figures on show while the new ones are counted (a bar under the filter says so).
    count(view() != View::Content);
}

void OverviewPage::count(bool showFrame)
{
    if (!m_session.isOpen())
        return;
    if (showFrame)
        showCountingFrame();
    m_counting = true;
    m_busy->show();
    ++m_countsRequested;
    const DashboardCache::Key key = cacheKey();
    const statistics::Filter current = key.filter;
    statistics::DashboardOptions options;
    options.asOf = m_clock.now();
    options.requestDeadlineSeconds = m_requestDeadline;
    const connection::Credentials credentials = m_session.credentials();
    // Each chart fills in as its figures arrive (issue 17). The progress is called in the
    // counting threads: posted to the session (which outlives its jobs), shown if the page is
    // still there and this is still the latest count.
    const quint64 serial = ++m_countSerial;
    statistics::DashboardProgress progress
        = [page = QPointer<OverviewPage>(this), session = &m_session,
           serial](const statistics::Dashboard &partial, statistics::DashboardFigures complete) {
              if (complete == statistics::allDashboardFigures)
                  return; // the whole count follows as the request's answer
              QMetaObject::invokeMethod(
                  session,
                  [page, serial, partial, complete] {
                      if (page && page->m_countSerial == serial)
                          page->showPartial(partial, complete);
                  },
                  Qt::QueuedConnection);
          };
    // When the filter changed meanwhile, a newer count is on its way: this one is dropped.
    m_stack->requestLatest<statistics::Dashboard>(
        m_session, this,
        [current, options, credentials, progress](registry::RegistryConnection &connection) {
            return statistics::loadDashboard(connection, credentials, current, options, progress);
        },
        [this, key](Result<statistics::Dashboard> result) {
            m_counting = false;
            m_busy->hide();
            if (!result) {
                if (m_session.isOpen())
                    showError(result.error(), true);
                return;
            }
            m_cache.insert(key, *result);
            showDashboard(*result);
        });
}

// The figures of a registry no longer on show, and its counts still on their way.
void OverviewPage::forgetRegistry()
{
    m_contractWarning->hide();
    m_model->clear();
    m_dashboard.reset();
    m_cache.clear();
    m_providerCodes.clear();
    m_stack->dropRequests();
    ++m_countSerial;
    m_counting = false;
    m_busy->hide();
}

// The page as it will look, at once: the cards and the charts' frames say "Counting…" until the
// figures arrive (issue 17); the findings' card and chart keep the findings store's answer.
void OverviewPage::showCountingFrame()
{
    m_dashboard.reset();
    m_partialFigures = {};
    m_model->clear();
    const QString counting = tr("Counting…");
    for (StatCard *card : {m_withSignature, m_share, m_excluded}) {
        card->setValue(counting);
        card->setNote(QString());
    }
    statistics::Dashboard none;
    none.filter = filter();
    const charts::ChartData frames[]
        = {charts::DashboardChartData::timeline(none), charts::DashboardChartData::shares(none),
           charts::DashboardChartData::channels(none), charts::DashboardChartData::delays(none),
           charts::DashboardChartData::serviceRate(none)};
    const Chart which[]
        = {Chart::Timeline, Chart::Shares, Chart::Channels, Chart::Delays, Chart::ServiceRate};
    for (int i = 0; i < int(std::size(frames)); ++i) {
        charts::ChartData frame = frames[i];
        frame.emptyText = counting;
        m_charts.at(int(which[i]))->setData(frame);
    }
    showFindingCounts();
    m_note->setText(tr("Counting certificates and requests in the registry…"));
    m_stack->setCurrentIndex(ContentIndex);
    updateExports();
}

void OverviewPage::showNoRegistry()
{
    forgetRegistry();
    m_findingCounts.reset();
    m_stack->showNoRegistry();
}

void OverviewPage::showError(const sw::Error &error, bool canRetry)
{
    m_retryOpens = !canRetry;
    m_stack->showError(error, canRetry ? tr("Try again") : tr("Connect…"));
}

void OverviewPage::showContract(const registry::ContractReport &report)
{
    if (report.ok()) {
        m_contractWarning->hide();
        return;
    }
    m_contractWarning->setError(
        sw::Error::make(tr("This registry does not follow the data contract: figures that need the missing "
                           "parts cannot be counted. Ask Hue-S for a complete export."),
                        report.problems().join(QLatin1Char('\n'))));
    m_contractWarning->show();
}

void OverviewPage::showDashboard(const statistics::Dashboard &dashboard)
{
    m_dashboard = dashboard;
    const QLocale locale;
    m_model->setLocale(locale);
    m_model->setDashboard(dashboard);

    for (const statistics::ProviderDashboard &p : dashboard.providers)
        if (!m_providerCodes.contains(p.code))
            m_providerCodes << p.code;
    m_filterBar->setProviders(charts::DashboardChartData::orderedProviders(m_providerCodes));
    showFigures(dashboard, statistics::allDashboardFigures);
    showFindingCounts();

    QStringList notes;
    if (dashboard.unreadableCertificates > 0 || dashboard.unreadableRequests > 0)
        notes << tr("Left out because a time cannot be read: %1 certificates and %2 requests (DATA_QUALITY "
                    "findings).")
                     .arg(LocaleFormat::count(dashboard.unreadableCertificates, locale),
                          LocaleFormat::count(dashboard.unreadableRequests, locale));
    notes << tr("Counted in the registry at %1. Press F5 to count again.")
                 .arg(LocaleFormat::dateTime(dashboard.asOf, locale));
    m_note->setText(notes.join(QLatin1Char(' ')));

    if (!m_tableStateRestored)
        fitColumns();
    m_stack->setCurrentIndex(ContentIndex);
    updateExports();
    Q_EMIT dashboardShown();
}

void OverviewPage::showPartial(const statistics::Dashboard &partial, statistics::DashboardFigures complete)
{
    // Only into the frame of a count under way (see the header).
    if (!m_counting || m_dashboard || m_stack->currentIndex() != ContentIndex)
        return;
    const statistics::DashboardFigures fresh = complete & ~m_partialFigures;
    if (!fresh)
        return;
    m_partialFigures |= complete;
    showFigures(partial, fresh);
    Q_EMIT partialShown(m_partialFigures);
}

void OverviewPage::setFindingCounts(const statistics::FindingCounts &counts)
{
    m_findingCounts = counts;
    showFindingCounts();
}

void OverviewPage::showFindingCounts()
{
    if (m_findingCounts) {
        m_findings->setValue(LocaleFormat::count(m_findingCounts->totalOpen));
        m_findings->setNote(tr("open findings for this filter; click a bar to see them"));
    } else {
        m_findings->setValue(QStringLiteral("—"));
        m_findings->setNote(tr("no scan yet for this filter"));
    }
    m_charts.at(int(Chart::Findings))->setData(charts::DashboardChartData::findings(m_findingCounts));
}

void OverviewPage::onChartActivated(Chart which, const QString &key, int category, double x)
{
    const charts::ChartData &data = m_charts.at(int(which))->data();
    statistics::Filter wanted = filter();
    switch (which) {
    case Chart::Timeline: {
        if (!m_dashboard || m_dashboard->bucketStarts.isEmpty())
            return;
        // The bucket the clicked point (or the line's piece) belongs to.
        const QDate day = charts::DashboardChartData::dayOfX(x);
        int bucket = 0;
        while (bucket + 1 < m_dashboard->bucketStarts.size()
               && m_dashboard->bucketStarts.at(bucket + 1) <= day)
            ++bucket;
        const auto [from, to] = m_dashboard->bucketRange(bucket);
        wanted.provider = key;
        wanted.from = from;
        wanted.to = to;
        break;
    }
    case Chart::Shares:
        wanted.provider = key;
        break;
    case Chart::Findings:
        wanted.provider = data.categoryKeys.value(category);
        wanted.rule = key;
        break;
    case Chart::Channels:
    case Chart::Delays:
    case Chart::ServiceRate:
        wanted.provider = data.categoryKeys.value(category);
        break;
    }
    if (wanted.provider.isEmpty())
        return;
    if (wanted.provider == statistics::invalidProviderKey())
        wanted = invalidCodeFindings(wanted, m_dashboard, m_findingCounts); // the findings of its codes
    Q_EMIT findingsRequested(wanted);
}

void OverviewPage::fitColumns()
{
    ColumnFit::fitToContents(m_table);
}

QByteArray OverviewPage::tableState() const
{
    // Widths are only worth keeping once they were fitted to real numbers.
    if (!m_tableStateRestored && m_model->rowCount() == 0)
        return {};
    return m_table->horizontalHeader()->saveState();
}

void OverviewPage::restoreTableState(const QByteArray &state)
{
    if (!state.isEmpty() && m_table->horizontalHeader()->restoreState(state)) {
        m_tableStateRestored = true;
        ColumnFit::widenToHeaders(m_table->horizontalHeader()); // the titles may be another language's
    }
}

QByteArray OverviewPage::splitterState() const
{
    return m_splitter->saveState();
}

void OverviewPage::restoreSplitterState(const QByteArray &state)
{
    if (!state.isEmpty())
        m_splitter->restoreState(state);
}

QVariantMap OverviewPage::filterState() const
{
    return m_filterBar->saveState();
}

void OverviewPage::restoreFilterState(const QVariantMap &state)
{
    m_filterBar->restoreState(state);
}

} // namespace sw::ui
