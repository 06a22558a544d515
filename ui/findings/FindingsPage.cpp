#include "findings/FindingsPage.h"

#include "findings/FindingDetailPane.h"
#include "findings/FindingsModel.h"
#include "findings/LiveWatchRunner.h"
#include "findings/ScanRunner.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "settings/Settings.h"
#include "statistics/Province.h"
#include "widgets/ColumnFit.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/PageHeader.h"
#include "widgets/ProviderColors.h"

#include <QAction>
#include <QCheckBox>
#include <QDataStream>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
enum StackIndex { NoRegistryIndex, NoScanIndex, ContentIndex };
constexpr quint32 stateMagic = 0x46494e44; // "FIND"
constexpr int stateVersion = 2; // 2: the Case column (issue 17)
constexpr int caseColumnWidth = 230;

QDateTime utc(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}
} // namespace

FindingsPage::FindingsPage(registry::RegistrySession &session, settings::Settings &settings,
                           findings::FindingsStore &store, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_session(session),
      m_settings(settings),
      m_store(store),
      m_clock(clock),
      m_runner(new ScanRunner(store, clock, this)),
      m_live(new LiveWatchRunner(store, clock, this)),
      m_model(new FindingsModel(store, this)),
      m_scanAction(new QAction(tr("&Scan the registry"), this)),
      m_exportAction(new QAction(tr("&Export findings…"), this)),
      m_filterBar(new FilterBar(FilterBar::Period | FilterBar::District | FilterBar::Provider
                                    | FilterBar::Rule | FilterBar::Severity | FilterBar::Handling,
                                clock, this)),
      m_onlyNew(new QCheckBox(tr("Only new"), this)),
      m_scanButton(new QPushButton(tr("Scan"), this)),
      m_liveButton(new QToolButton(this)),
      m_liveCounter(new QLabel(this)),
      m_liveStatus(new QLabel(this)),
      m_exportButton(new QPushButton(tr("Export…"), this)),
      m_caseworkButton(new QPushButton(tr("Send to casework"), this)),
      m_counts(new QLabel(this)),
      m_summary(new QLabel(this)),
      m_progressRow(new QWidget(this)),
      m_progress(new QProgressBar(m_progressRow)),
      m_progressText(new QLabel(m_progressRow)),
      m_cancelButton(new QPushButton(tr("Cancel"), m_progressRow)),
      m_message(new ErrorPanel(this)),
      m_stack(new QStackedWidget(this)),
      m_noRegistry(new EmptyStateWidget(this)),
      m_noScan(new EmptyStateWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_table(new QTableView(m_splitter)),
      m_detail(new FindingDetailPane(session, m_splitter)),
      m_ageTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findingsPage"));

    // Actions, for the buttons here and the main window's menus.
    m_scanAction->setObjectName(QStringLiteral("scanAction"));
    m_scanAction->setToolTip(tr("Run every detection rule on the open registry and keep the findings"));
    connect(m_scanAction, &QAction::triggered, this, &FindingsPage::startScan);
    m_exportAction->setObjectName(QStringLiteral("exportAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Write the selected or the filtered findings to CSV or JSON Lines, with "
                                  "identity numbers masked (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &FindingsPage::showExportDialog);
    addAction(m_exportAction);

    m_scanButton->setObjectName(QStringLiteral("scanButton"));
    m_scanButton->setToolTip(m_scanAction->toolTip());
    connect(m_scanButton, &QPushButton::clicked, m_scanAction, &QAction::trigger);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setToolTip(m_exportAction->toolTip());
    connect(m_exportButton, &QPushButton::clicked, m_exportAction, &QAction::trigger);
    m_caseworkButton->setObjectName(QStringLiteral("caseworkButton"));
    m_caseworkButton->setEnabled(false);
    m_caseworkTip = tr("Open a case against the provider of the selected findings (§5.3); select findings "
                       "of one provider");
    m_caseworkButton->setToolTip(m_caseworkTip);
    connect(m_caseworkButton, &QPushButton::clicked, this, &FindingsPage::sendSelectedToCasework);
    m_onlyNew->setObjectName(QStringLiteral("onlyNew"));
    m_onlyNew->setToolTip(tr("Show only findings that the previous scan of this registry did not have"));
    setUpLive();
    m_counts->setObjectName(QStringLiteral("findingCounts"));
    m_summary->setObjectName(QStringLiteral("scanSummary"));
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setWordWrap(true);

    // Progress of a running scan.
    m_progress->setObjectName(QStringLiteral("scanProgress"));
    m_progress->setMaximumWidth(320);
    m_progressText->setObjectName(QStringLiteral("scanProgressText"));
    m_cancelButton->setObjectName(QStringLiteral("cancelScanButton"));
    m_cancelButton->setToolTip(tr("Stop the scan; nothing of it is kept"));
    connect(m_cancelButton, &QPushButton::clicked, this, &FindingsPage::cancelScan);
    auto *progressLayout = new QHBoxLayout(m_progressRow);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progress, 1);
    progressLayout->addWidget(m_progressText, 2);
    progressLayout->addWidget(m_cancelButton);
    m_progressRow->hide();
    m_message->setObjectName(QStringLiteral("findingsMessage"));
    m_message->hide();

    // Empty states say what to do next.
    m_noRegistry->setObjectName(QStringLiteral("findingsNoRegistry"));
    m_noRegistry->setHeadline(tr("No registry is open — use File › Connect…"));
    m_noRegistry->setText(
        tr("Findings come from scanning a registry: open the Hue-S issuance registry first."));
    m_noScan->setObjectName(QStringLiteral("findingsNoScan"));
    m_noScan->setHeadline(tr("No scan yet — press Scan to start"));
    m_noScan->setText(tr("A scan checks every certificate, request and look-up of the registry against the "
                         "regulation's rules; its findings are kept on this computer."));
    m_noScan->setActionText(tr("Scan"));
    connect(m_noScan, &EmptyStateWidget::actionTriggered, m_scanAction, &QAction::trigger);

    // The table and the detail beside it.
    m_table->setObjectName(QStringLiteral("findingsTable"));
    m_table->setModel(m_model);
    // Newest first; the indicator is set before sorting is enabled, which sorts by it.
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Every row has the same height: the view need not ask 200,000 rows for theirs.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setStretchLastSection(false);
    const int widths[FindingsModel::ColumnCount] = {175, 95, 105, 115, 118, 105, 125, 50, caseColumnWidth};
    for (int column = 0; column < FindingsModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table, &QTableView::activated, this, &FindingsPage::openDetail);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FindingsPage::currentRowChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &FindingsPage::updateActions);
    m_detail->hide();
    connect(m_detail, &FindingDetailPane::closeRequested, this, &FindingsPage::closeDetail);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &FindingsPage::closeDetail);

    m_stack->insertWidget(NoRegistryIndex, m_noRegistry);
    m_stack->insertWidget(NoScanIndex, m_noScan);
    m_stack->insertWidget(ContentIndex, m_splitter);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterBar, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_scanButton);
    actions->addWidget(m_liveButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_caseworkButton);
    actions->addSpacing(12);
    // Beside the counts it narrows, leaving the filter bar's row to the filters (with handled / not
    // handled it fills 1366 pixels).
    actions->addWidget(m_onlyNew);
    actions->addWidget(m_counts);
    actions->addStretch(1);
    // The live watch's counter and state on a line of their own, under the actions: beside them
    // they made the page wider than a laptop's screen (issue 17).
    auto *live = new QHBoxLayout;
    live->addWidget(m_liveCounter);
    live->addWidget(m_liveStatus, 1);
    m_liveStatus->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Findings"), this));
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addLayout(live);
    layout->addWidget(m_progressRow);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_summary);

    m_filterBar->setProviders(ProviderColors::knownCodes());
    connect(m_filterBar, &FilterBar::filterChanged, this, &FindingsPage::applyQuery);
    m_filterBar->followRegistry(m_session);
    connect(m_onlyNew, &QCheckBox::toggled, this, &FindingsPage::applyQuery);
    connect(m_model, &FindingsModel::errorOccurred, this, &FindingsPage::showError);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_columnsFitted && m_model->rowCount() > 0)
            fitColumns();
        updateCounts();
        updateActions();
    });

    connect(m_runner, &ScanRunner::progress, this, [this](int done, int total, const QString &step) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progressText->setText(step);
    });
    connect(m_runner, &ScanRunner::finished, this, &FindingsPage::scanSucceeded);
    connect(m_live, &LiveWatchRunner::started, this, &FindingsPage::liveStepped);
    connect(m_live, &LiveWatchRunner::polled, this, &FindingsPage::liveStepped);
    connect(m_live, &LiveWatchRunner::failed, this, &FindingsPage::liveFailed);
    connect(m_runner, &ScanRunner::failed, this, &FindingsPage::scanFailed);

    // The live watch follows one registry: another one opened, or none, ends it.
    connect(&m_session, &registry::RegistrySession::opened, this, [this] { setLive(false); });
    connect(&m_session, &registry::RegistrySession::closed, this, [this] { setLive(false); });
    connect(&m_session, &registry::RegistrySession::opened, this, &FindingsPage::reloadStoredScan);
    connect(&m_session, &registry::RegistrySession::closed, this, &FindingsPage::reloadStoredScan);
    connect(&m_session, &registry::RegistrySession::opening, this, [this] {
        if (m_session.isOpen())
            return; // the open registry's findings stay on show while another is tried
        m_message->hide();
        showScan(std::nullopt);
    });

    // The age of the scan shown ("2 hours ago") moves on.
    m_ageTimer->setInterval(60 * 1000);
    connect(m_ageTimer, &QTimer::timeout, this, &FindingsPage::updateSummary);
    m_ageTimer->start();

    reloadStoredScan();
}

FindingsPage::~FindingsPage()
{
    // No poll may run once the page is gone: the worker thread is joined here.
    m_live->stop();
}

FindingsPage::View FindingsPage::view() const
{
    switch (m_stack->currentIndex()) {
    case NoScanIndex:
        return View::NoScan;
    case ContentIndex:
        return View::Content;
    default:
        return View::NoRegistry;
    }
}

bool FindingsPage::isScanning() const
{
    return m_runner->isRunning();
}

bool FindingsPage::isDetailOpen() const
{
    return m_detail->isVisible() || (!m_detail->isHidden() && !isVisible());
}

bool FindingsPage::onlyNew() const
{
    return m_onlyNew->isChecked();
}

void FindingsPage::setOnlyNew(bool onlyNew)
{
    m_onlyNew->setChecked(onlyNew);
}

std::optional<QString> FindingsPage::registryKey() const
{
    if (!m_session.isOpen() || !m_session.spec())
        return std::nullopt;
    return m_session.spec()->registryKey();
}

Result<void> FindingsPage::ensureStoreOpen()
{
    if (m_store.isOpen())
        return {};
    return m_store.open();
}

void FindingsPage::reloadStoredScan()
{
    const auto key = registryKey();
    if (!key) {
        showScan(std::nullopt);
        return;
    }
    if (auto opened = ensureStoreOpen(); !opened) {
        showError(opened.error());
        showScan(std::nullopt);
        return;
    }
    auto latest = m_store.latestScan(*key);
    if (!latest) {
        showError(latest.error());
        showScan(std::nullopt);
        return;
    }
    showScan(*latest);
}

void FindingsPage::showScan(const std::optional<findings::ScanRecord> &scan)
{
    const bool changed = scan.has_value() != m_scan.has_value() || (scan && m_scan && scan->id != m_scan->id);
    m_scan = scan;
    if (scan) {
        // Providers found in the scan besides the programme's six (unknown codes) can be chosen too.
        QStringList providers = ProviderColors::knownCodes();
        if (auto b = m_store.breakdown(scan->id, {}); b)
            for (auto it = b->byProvider.cbegin(); it != b->byProvider.cend(); ++it)
                if (!it.key().isEmpty() && !providers.contains(it.key()))
                    providers << it.key();
        m_filterBar->setProviders(providers);
    }
    m_model->setQuery({m_filterBar->filter(), m_onlyNew->isChecked()});
    m_model->setScan(scan ? scan->id : 0);
    if (!m_session.isOpen())
        m_stack->setCurrentIndex(NoRegistryIndex);
    else
        m_stack->setCurrentIndex(scan ? ContentIndex : NoScanIndex);
    if (!scan)
        closeDetail();
    updateSummary();
    updateActions();
    if (changed)
        Q_EMIT findingsChanged();
}

void FindingsPage::applyQuery()
{
    const qint64 keep = m_detail->rowId();
    m_model->setQuery({m_filterBar->filter(), m_onlyNew->isChecked()});
    // The open detail stays when its finding is still listed.
    if (isDetailOpen()) {
        const qsizetype row = m_model->rowIds().indexOf(keep);
        if (row < 0)
            closeDetail();
        else
            m_table->selectionModel()->setCurrentIndex(
                m_model->index(int(row), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
}

void FindingsPage::updateCounts()
{
    if (!m_scan) {
        m_counts->clear();
        return;
    }
    const findings::FindingsQuery all {m_filterBar->filter(), false};
    auto totals = m_store.totals(m_scan->id, all);
    if (!totals) {
        m_counts->clear();
        return;
    }
    const QLocale locale;
    QString text = tr("%1 findings · %2 new")
                       .arg(LocaleFormat::count(totals->findings, locale),
                            LocaleFormat::count(totals->newFindings, locale));
    text += tr(" · %1 not handled").arg(LocaleFormat::count(totals->unhandled, locale));
    if (m_onlyNew->isChecked())
        text += tr(" (showing the new ones)");
    if (!m_filterBar->filter().isEmpty())
        text += tr(" — of %1 in the scan").arg(LocaleFormat::count(m_scan->findings, locale));
    m_counts->setText(text);
}

void FindingsPage::updateSummary()
{
    if (!m_scan) {
        m_summary->clear();
        return;
    }
    const QLocale locale;
    const qint64 age = qMax<qint64>(0, m_clock.secsSinceEpoch() - m_scan->startedAt);
    // Counts computed apart: lupdate (Qt 6.4) hangs on a division inside tr()'s arguments.
    const int minutes = int(age / 60);
    const int hours = int(age / 3600);
    const int days = int(age / 86400);
    QString ago;
    if (age < 60)
        ago = tr("just now");
    else if (age < 3600)
        ago = tr("%n minute(s) ago", nullptr, minutes);
    else if (age < 2 * 86400)
        ago = tr("%n hour(s) ago", nullptr, hours);
    else
        ago = tr("%n day(s) ago", nullptr, days);
    m_summary->setText(tr("Scan of %1 (%2), registry as of %3: %4 certificates checked, %5 findings, %6 new "
                          "since the previous scan, in %7 s.")
                           .arg(LocaleFormat::dateTime(utc(m_scan->startedAt), locale), ago,
                                LocaleFormat::dateTime(utc(m_scan->asOf), locale),
                                LocaleFormat::count(m_scan->certificates, locale),
                                LocaleFormat::count(m_scan->findings, locale),
                                LocaleFormat::count(m_scan->newFindings, locale),
                                locale.toString(double(m_scan->elapsedMs) / 1000.0, 'f', 1)));
    // The findings on show were found with other thresholds than the settings now hold.
    if (!m_scan->thresholds.isEmpty() && m_scan->thresholds != thresholds().values())
        m_summary->setText(m_summary->text() + QLatin1Char(' ')
                           + tr("The thresholds in Settings changed since this scan: scan again (F5) to "
                                "apply them."));
}

void FindingsPage::thresholdsChanged()
{
    updateSummary();
}

QString FindingsPage::countsText() const
{
    return m_counts->text();
}

QString FindingsPage::scanSummary() const
{
    return m_summary->text();
}

void FindingsPage::updateActions()
{
    const bool scanning = m_runner->isRunning();
    // While the live watch runs, its set is the scan shown: a scan beside it would replace it.
    m_scanAction->setEnabled(m_session.isOpen() && !scanning && !isLive());
    m_liveButton->setEnabled(isLive() || (m_session.isOpen() && !scanning));
    m_scanButton->setEnabled(m_scanAction->isEnabled());
    m_exportAction->setEnabled(m_scan.has_value() && m_model->rowCount() > 0);
    m_exportButton->setEnabled(m_exportAction->isEnabled());
    m_caseworkButton->setEnabled(m_caseworkAllowed && selectedProvider().has_value());
}

void FindingsPage::setCaseworkAllowed(bool allowed, const QString &why)
{
    m_caseworkAllowed = allowed;
    m_caseworkButton->setToolTip(allowed ? m_caseworkTip : m_caseworkTip + QStringLiteral("\n") + why);
    updateActions();
}

// The one provider of the selected findings; nothing when none is selected or they are several.
std::optional<QString> FindingsPage::selectedProvider() const
{
    std::optional<QString> provider;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto stored = m_model->finding(index.row());
        if (!stored || !stored->finding.provider)
            return std::nullopt;
        if (provider && *provider != *stored->finding.provider)
            return std::nullopt;
        provider = *stored->finding.provider;
    }
    return provider;
}

void FindingsPage::sendSelectedToCasework()
{
    const auto provider = selectedProvider();
    if (!provider)
        return;
    QList<qint64> ids;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        ids << m_model->rowIds().at(index.row());
    auto rows = m_store.findingsByIds(ids);
    if (!rows) {
        showError(rows.error());
        return;
    }
    QList<rules::Finding> selected;
    for (const findings::StoredFinding &row : *rows)
        selected << row.finding;
    Q_EMIT caseworkRequested(*provider, selected);
}

void FindingsPage::showError(const sw::Error &error)
{
    m_message->setError(error);
    m_message->setActionText({});
    m_message->show();
}

void FindingsPage::showFindings(const sw::statistics::Filter &filter)
{
    m_onlyNew->setChecked(false);
    m_filterBar->setFilter(filter);
    applyQuery();
    m_table->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

void FindingsPage::openDetail()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || !m_scan)
        return;
    const auto finding = m_model->finding(current.row());
    if (!finding)
        return;
    const bool wasHidden = m_detail->isHidden();
    m_detail->show();
    if (wasHidden) {
        const int total = m_splitter->width();
        m_splitter->setSizes({total * 3 / 5, total - total * 3 / 5});
    }
    m_detail->showFinding(*finding, *m_scan);
    m_detail->showCase(m_model->caseMark(finding->finding));
}

void FindingsPage::closeDetail()
{
    if (m_detail->isHidden())
        return;
    m_detail->hide();
    m_detail->clear();
    m_table->setFocus(Qt::OtherFocusReason);
}

void FindingsPage::currentRowChanged()
{
    // An open detail follows the current row.
    if (!m_detail->isHidden() && m_table->currentIndex().isValid())
        openDetail();
}

// Widths for every rule's name, severity, known provider and district in the interface's language,
// and for the findings first shown.
void FindingsPage::fitColumns()
{
    m_columnsFitted = true;
    QHash<int, QStringList> samples;
    for (const rules::RuleInfo &rule : rules::ruleCatalogue())
        samples[FindingsModel::Rule] << rule.translatedName();
    for (rules::Severity severity : {rules::Severity::High, rules::Severity::Medium, rules::Severity::Low})
        samples[FindingsModel::Severity] << FindingsModel::severityText(severity);
    samples[FindingsModel::Provider] = ProviderColors::knownCodes();
    for (const statistics::District &district : statistics::districts())
        samples[FindingsModel::District] << district.name;
    ColumnFit::fitToContents(m_table, samples);
}

QByteArray FindingsPage::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << stateMagic << stateVersion << m_splitter->saveState() << m_table->horizontalHeader()->saveState()
        << m_filterBar->saveState() << m_onlyNew->isChecked();
    return state;
}

void FindingsPage::restoreState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    QDataStream in(state);
    quint32 magic = 0;
    int version = 0;
    QByteArray splitter, header;
    QVariantMap filters;
    bool onlyNew = false;
    in >> magic >> version;
    if (magic != stateMagic || version < 1 || version > stateVersion)
        return;
    in >> splitter >> header >> filters >> onlyNew;
    if (in.status() != QDataStream::Ok)
        return;
    m_splitter->restoreState(splitter);
    if (m_table->horizontalHeader()->restoreState(header)) {
        m_columnsFitted = true; // the person's widths, wide enough for this language's titles
        if (version < 2) // saved before the Case column: it gets its width, not the header's default
            m_table->setColumnWidth(FindingsModel::Case, caseColumnWidth);
        ColumnFit::widenToHeaders(m_table->horizontalHeader());
    }
    m_filterBar->restoreState(filters);
    m_onlyNew->setChecked(onlyNew);
    applyQuery();
}

} // namespace sw::ui
