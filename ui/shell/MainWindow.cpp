#include "shell/MainWindow.h"

#include "casebook/Cases.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentsPage.h"
#include "citizens/CitizenFindingsLookup.h"
#include "citizens/CitizenPage.h"
#include "connection/ConnectionProfile.h"
#include "connection/Credentials.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "publishing/Publisher.h"
#include "registry/RegistrySession.h"
#include "reports/ReportsPage.h"
#include "rules/Thresholds.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CaseMarksWatch.h"
#include "shell/CasebookSession.h"
#include "shell/CasebookUnavailablePage.h"
#include "shell/CaseworkServices.h"
#include "shell/ConnectionDialog.h"
#include "shell/PersonStatus.h"
#include "shell/RegistryStatus.h"
#include "shell/SettingsPage.h"
#include "shell/TrayNotifier.h"
#include "statistics/DashboardStats.h"
#include "util/Clock.h"
#include "widgets/FileDialogFit.h"
#include "widgets/LocaleFormat.h"
#include "widgets/RuleThresholds.h"
#include "widgets/TableExport.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QIcon>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "signwatch.ui")

namespace sw::ui {

QIcon MainWindow::applicationIcon()
{
    return QIcon(QStringLiteral(":/icons/vn.gov.hue.SignWatch.svg"));
}

MainWindow::MainWindow(const ConsoleContext &context, QWidget *parent)
    : QMainWindow(parent),
      m_context(context),
      m_settings(context.settings),
      m_profiles(context.profiles),
      m_secrets(context.secrets),
      m_session(context.session),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_navigation(new QListWidget(m_splitter)),
      m_pages(new QStackedWidget(m_splitter)),
      m_overview(new OverviewPage(context.session, context.clock, m_pages)),
      m_findings(
          new FindingsPage(context.session, context.settings, context.findings, context.clock, m_pages)),
      m_citizens(new CitizenPage(context.session, nullptr, context.clock, m_pages)),
      m_settingsPage(new SettingsPage(context.settings, context.profiles, context.secrets, m_pages))
{
    setObjectName(QStringLiteral("mainWindow"));
    qApp->installEventFilter(new FileDialogFit(this)); // Qt's file dialogs, widened to what they show
    setWindowTitle(tr("SignWatch"));
    setWindowIcon(applicationIcon());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_findings->setObjectName(QStringLiteral("findingsPage"));
    m_citizens->setObjectName(QStringLiteral("citizenPage"));
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));

    // Pages in navigation order; the later versions' areas say what will come there.
    addPage(Overview, tr("Overview"), m_overview);
    addPage(Findings, tr("Findings"), m_findings);
    addPage(Citizens, tr("Citizen look-up"), m_citizens);
    // The casework pages are made when the casebook is there (createCaseworkPages); until then,
    // and whenever it cannot be reached, a page in their place says so.
    const QString caseworkTitles[] = {tr("Complaints"), tr("Cases"), tr("Minutes & announcements")};
    for (int i = 0; i < 3; ++i) {
        auto *state = new CasebookUnavailablePage(caseworkTitles[i], m_pages);
        state->setObjectName(QStringLiteral("casebookUnavailable%1").arg(i));
        connect(state, &CasebookUnavailablePage::retryRequested, this, [this] { connectCasebook(); });
        connect(state, &CasebookUnavailablePage::settingsRequested, this,
                [this] { setCurrentPage(Settings); });
        m_casebookStates[i] = state;
        addPage(Page(Complaints + i), caseworkTitles[i], state);
    }
    m_reportsPage
        = new ReportsPage(context.session, context.settings, context.findings, context.clock, m_pages);
    m_reportsPage->setObjectName(QStringLiteral("reportsPage"));
    addPage(Reports, tr("Reports"), m_reportsPage);
    addPage(Settings, tr("Settings"), m_settingsPage);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    // The navigation as wide as its longest entry in this language (an entry's text, its margins
    // and the list's frame and spacing), the page the rest.
    int longest = 0;
    for (int row = 0; row < m_navigation->count(); ++row)
        longest
            = qMax(longest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(row)->text()));
    const int textMargin
        = m_navigation->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_navigation) + 1;
    const int navigationWidth = qMax(
        150, longest + 2 * textMargin + 2 * m_navigation->frameWidth() + 2 * m_navigation->spacing() + 8);
    m_navigation->setMinimumWidth(navigationWidth);
    m_splitter->setSizes({navigationWidth, 1366 - navigationWidth});
    setCentralWidget(m_splitter);

    createActions();
    createStatusBar();

    connect(m_overview, &OverviewPage::connectRequested, this, &MainWindow::showConnectionDialog);
    connect(m_citizens, &CitizenPage::connectRequested, this, &MainWindow::showConnectionDialog);
    // The dashboard's findings figures come from the registry's latest stored scan; a click on a
    // chart opens the findings behind it.
    connect(m_overview, &OverviewPage::findingCountsWanted, this, &MainWindow::answerFindingCounts);
    connect(m_findings, &FindingsPage::findingsChanged, this,
            [this] { answerFindingCounts(m_overview->filter()); });
    connect(m_overview, &OverviewPage::findingsRequested, this, [this](statistics::Filter filter) {
        setCurrentPage(Findings);
        filter.handling = QStringLiteral("unhandled"); // what the dashboard counts (issue 17)
        m_findings->showFindings(filter);
    });
    // Issue 17: the findings page and the dashboard know which findings casework has.
    m_caseMarks = new CaseMarksWatch(context.casebook, context.findings, this);
    connect(m_caseMarks, &CaseMarksWatch::changed, m_findings, &FindingsPage::caseMarksChanged);
    connect(m_caseMarks, &CaseMarksWatch::changed, this,
            [this] { answerFindingCounts(m_overview->filter()); });
    m_citizenFindings = std::make_unique<CitizenFindingsLookup>(
        m_session, context.findings, m_settings, context.clock, [this] { return caseworkExclusions(); });
    connect(m_findings, &FindingsPage::scanFinished, this, &MainWindow::updateLastScanStatus);
    m_findings->setCaseworkExclusions([this] {
        const auto exclusions = caseworkExclusions();
        m_citizens->setCaseworkExclusions(exclusions);
        return exclusions;
    });
    connect(m_findings, &FindingsPage::findingsChanged, this, &MainWindow::updateLastScanStatus);
    // The live watch announces new findings in the tray; a click shows them here.
    if (TrayNotifier::isAvailable()) {
        m_tray = new TrayNotifier(windowIcon(), this);
        m_findings->setNotifier(m_tray);
    }
    connect(m_findings, &FindingsPage::notificationClicked, this, [this] { setCurrentPage(Findings); });
    m_lastScanTimer = new QTimer(this);
    m_lastScanTimer->setInterval(60 * 1000);
    connect(m_lastScanTimer, &QTimer::timeout, this, &MainWindow::updateLastScanStatus);
    m_lastScanTimer->start();
    applyRuleSettings();
    connect(m_settingsPage, &SettingsPage::manageConnectionsRequested, this,
            &MainWindow::showConnectionDialog);
    connect(m_settingsPage, &SettingsPage::casebookChosen, this,
            [this](const connection::ConnectionSpec &, const connection::Credentials &typed) {
                connectCasebook(typed);
            });
    connect(m_settingsPage, &SettingsPage::thresholdsChanged, this, [this] {
        applyRuleSettings();
        m_findings->thresholdsChanged();
    });
    connect(m_settingsPage, &SettingsPage::publishingChanged, this, &MainWindow::applyPublishingSettings);
    connect(m_findings, &FindingsPage::caseworkRequested, this,
            [this](const QString &provider, const QList<rules::Finding> &findings) {
                setCurrentPage(Cases);
                if (m_casesPage)
                    m_casesPage->createCaseFromFindings(provider, findings);
            });
    CasebookSession &casebook = m_context.casebook;
    connect(&casebook, &CasebookSession::aboutToClose, this, &MainWindow::dropCaseworkPages);
    connect(&casebook, &CasebookSession::opened, this, &MainWindow::createCaseworkPages);
    connect(&casebook, &CasebookSession::unavailable, this, &MainWindow::showCasebookUnavailable);
    connect(&casebook, &CasebookSession::tablesChanged, this, &MainWindow::casebookTablesChanged);

    connect(&m_session, &registry::RegistrySession::opened, this,
            [this](const connection::ConnectionSpec &spec) {
                // Remember what to reopen at the next start (never a password).
                m_settings.setLastRegistryUrl(spec.toUrl());
                m_settings.setLastProfile(m_openingProfile);
                if (m_connectionDialog)
                    std::exchange(m_connectionDialog, nullptr)->accept(); // it waited for the registry
            });
    connect(&m_session, &registry::RegistrySession::openFailed, this, &MainWindow::showOpenFailure);
    connect(&m_session, &registry::RegistrySession::closed, this, [this] {
        // Closed while a dialog's attempt was under way (its Cancel in the status bar).
        if (m_connectionDialog)
            std::exchange(m_connectionDialog, nullptr)
                ->connectFailed(
                    sw::Error::make(tr("Connecting was cancelled."), {}, sw::Error::Kind::Cancelled));
    });

    restoreWindowState();
    updateActions();
    // Made by the composition root before the window (tests): the pages now.
    if (casebook.isOpen())
        createCaseworkPages();
    else
        updateCasebookStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    Q_ASSERT(m_pages->count() == page);
    m_pages->addWidget(widget);
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setSizeHint(QSize(0, 30));
    item->setToolTip(title);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::showConnectionDialog);
    m_connectAction->setShortcut(QKeySequence::Open);
    m_connectAction->setToolTip(tr("Open a registry read-only (Ctrl+O)"));
    m_disconnectAction = file->addAction(tr("&Disconnect"), &m_session, &registry::RegistrySession::close);
    m_disconnectAction->setToolTip(tr("Close the open registry"));
    file->addSeparator();
    for (QAction *action : m_overview->exportActions())
        file->addAction(action);
    QAction *exportTable
        = file->addAction(tr("Export &table as CSV…"), this, &MainWindow::exportCurrentTable);
    exportTable->setToolTip(tr("Write the table of the overview or of the citizen's timeline to a CSV file "
                               "(UTF-8), identity numbers as shown"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    quit->setToolTip(tr("Close SignWatch (Ctrl+Q)"));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    m_refreshAction->setToolTip(tr("Read the registry again for this page; on the findings page, scan (F5)"));

    QMenu *findings = menuBar()->addMenu(tr("F&indings"));
    findings->addAction(m_findings->scanAction());
    findings->addAction(m_findings->exportAction());

    QMenu *casework = m_caseworkMenu = menuBar()->addMenu(tr("&Casework"));
    rebuildCaseworkMenu();

    QMenu *help = createHelpMenu();

    for (QMenu *menu : {file, view, findings, casework, help})
        menu->setToolTipsVisible(true);
}

void MainWindow::createStatusBar()
{
    m_registryStatus = new RegistryStatus(m_session, this);
    m_registryStatus->setObjectName(QStringLiteral("registryStatusBar"));
    connect(m_registryStatus, &RegistryStatus::changed, this, &MainWindow::updateActions);
    m_asOfLabel = new QLabel(tr("As of: now"), this);
    m_asOfLabel->setObjectName(QStringLiteral("asOfStatus"));
    m_asOfLabel->setToolTip(tr("The time at which the registry is seen; findings use it too"));
    m_lastScanLabel = new QLabel(tr("Last scan: no scan yet"), this);
    m_lastScanLabel->setObjectName(QStringLiteral("lastScanStatus"));

    m_noticeLabel = new QLabel(this);
    m_noticeLabel->setObjectName(QStringLiteral("noticeStatus"));
    m_noticeLabel->setVisible(false);

    m_casebookLabel = new QLabel(this);
    m_casebookLabel->setObjectName(QStringLiteral("casebookStatus"));
    m_person = new PersonStatus(this);
    connect(m_registryStatus, &RegistryStatus::changed, m_person, [this] {
        const auto spec = m_session.spec();
        m_person->setRegistryUser(spec && spec->engine == connection::Engine::Postgres ? spec->user
                                                                                       : QString());
    });

    statusBar()->addWidget(m_registryStatus);
    statusBar()->addWidget(m_person);
    statusBar()->addWidget(m_casebookLabel);
    statusBar()->addWidget(m_noticeLabel);
    statusBar()->addPermanentWidget(m_asOfLabel);
    statusBar()->addPermanentWidget(m_lastScanLabel);
}

void MainWindow::showNotice(const QString &text)
{
    m_noticeLabel->setText(text);
    m_noticeLabel->setToolTip(text);
    m_noticeLabel->setVisible(!text.isEmpty());
}

void MainWindow::updateActions()
{
    using State = registry::RegistrySession::State;
    m_disconnectAction->setEnabled(m_session.state() != State::Closed);
    m_refreshAction->setEnabled(m_session.state() == State::Open);
    setWindowTitle(m_registryStatus->windowTitle());
}

// An attempt that failed is reported where the user is: in the connection dialog that started
// it, else on the overview when that is on show and nothing is open (it says so itself), else in
// a message over the current page. Whatever was open stays open.
void MainWindow::showOpenFailure(const sw::Error &error)
{
    qCWarning(lcUi) << "registry not opened:" << error.message;
    if (m_connectionDialog) {
        std::exchange(m_connectionDialog, nullptr)->connectFailed(error);
        return;
    }
    if (error.kind == sw::Error::Kind::Cancelled || (!m_session.isOpen() && currentPage() == Overview))
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Registry not opened"), error.message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("openFailureMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto spec = m_session.spec(); spec && m_session.isOpen())
        box->setInformativeText(tr("%1 stays open.").arg(spec->displayName()));
    box->setDetailedText(error.detail);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::setCurrentPage(Page page)
{
    if (page >= 0 && page < PageCount)
        m_navigation->setCurrentRow(page);
}

void MainWindow::openRegistry(const connection::ConnectionSpec &spec,
                              const connection::Credentials &credentials, const QString &profileName)
{
    m_openingProfile = profileName;
    m_session.open(spec, credentials);
}

void MainWindow::openWithoutPrompt(const connection::ConnectionSpec &spec, const QString &profileName)
{
    // Typed in this session (the keychain could not keep it): memory first.
    if (spec.engine == connection::Engine::Postgres && m_sessionPasswords.contains(spec.keychainKey())) {
        openRegistry(spec,
                     {m_sessionPasswords.value(spec.keychainKey()),
                      m_sessionPasswords.value(spec.sslKeyKeychainKey())},
                     profileName);
        return;
    }
    auto credentials = connection::credentialsWithoutPrompt(spec, m_secrets);
    if (credentials) {
        openRegistry(spec, *credentials, profileName);
        return;
    }
    // No stored password: ask for it, saying why.
    ConnectionDialog *dialog = showConnectionDialog();
    if (!profileName.isEmpty())
        dialog->selectProfile(profileName);
    else
        dialog->setSpec(spec);
    const sw::Error &error = credentials.error();
    if (error.kind == sw::Error::Kind::Unavailable || error.kind == sw::Error::Kind::AccessDenied)
        dialog->reportKeychainUnavailable(error);
    else
        dialog->setNotice(sw::Error::make(
            tr("Enter the password for %1: none is saved for this connection.").arg(spec.displayName()),
            error.fullText()));
}

bool MainWindow::openProfile(const QString &name)
{
    const auto profile = m_profiles.find(name);
    if (!profile)
        return false;
    openWithoutPrompt(profile->spec, profile->name);
    return true;
}

ConnectionDialog *MainWindow::showConnectionDialog()
{
    auto *dialog = new ConnectionDialog(m_profiles, m_secrets, m_sessionPasswords, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto spec = m_session.spec())
        dialog->setSpec(*spec);
    if (!m_settings.lastProfile().isEmpty())
        dialog->selectProfile(m_settings.lastProfile());
    connect(dialog, &ConnectionDialog::profilesChanged, m_settingsPage, &SettingsPage::reloadProfiles);
    // The dialog stays open while its registry is tried: it closes when the registry opened, and
    // keeps everything typed when the attempt failed (showOpenFailure tells it).
    connect(dialog, &ConnectionDialog::connectRequested, this, [this, dialog] {
        m_connectionDialog = dialog;
        openRegistry(dialog->spec(), dialog->credentials(), dialog->profileName());
    });
    connect(dialog, &QDialog::rejected, this, [this, dialog] {
        if (m_connectionDialog == dialog)
            m_session.cancelOpen(); // closed while connecting: the user gave up the attempt
    });
    dialog->open();
    return dialog;
}

void MainWindow::refresh()
{
    switch (currentPage()) {
    case Findings:
        m_findings->scanAction()->trigger();
        break;
    case Citizens:
        m_citizens->refresh();
        break;
    case Complaints:
    case Cases:
    case Minutes:
        // A casebook that cannot be reached is tried again; a shared one is asked first whether
        // its connection still works.
        if (!m_context.casebook.isOpen())
            connectCasebook();
        else if (m_context.casebook.checkConnection())
            casebookTablesChanged({});
        break;
    default:
        m_overview->refresh();
        break;
    }
}

// The pages with lists of their own (findings, complaints, cases, documents) export with Ctrl+E;
// this covers the overview's provider table and the citizen's timeline.
void MainWindow::exportCurrentTable()
{
    if (currentPage() == Citizens)
        TableExport::exportView(m_citizens->timelineView(), QStringLiteral("citizen-timeline"), this);
    else
        TableExport::exportView(m_overview->table(), QStringLiteral("providers"), this);
}

void MainWindow::updateLastScanStatus()
{
    const auto scan = m_findings->currentScan();
    if (!scan) {
        m_lastScanLabel->setText(tr("Last scan: no scan yet"));
        m_lastScanLabel->setToolTip(tr("Scan the registry on the findings page (F5 there)"));
        return;
    }
    const QDateTime started = QDateTime::fromSecsSinceEpoch(scan->startedAt, QTimeZone::utc());
    const qint64 minutes = qMax<qint64>(0, started.secsTo(m_context.clock.now()) / 60);
    // Counts computed apart: lupdate (Qt 6.4) hangs on a division inside tr()'s arguments.
    const int hours = int(minutes / 60);
    const int days = int(minutes / (24 * 60));
    QString age;
    if (minutes < 1)
        age = tr("just now");
    else if (minutes < 60)
        age = tr("%n minute(s) ago", nullptr, int(minutes));
    else if (minutes < 48 * 60)
        age = tr("%n hour(s) ago", nullptr, hours);
    else
        age = tr("%n day(s) ago", nullptr, days);
    m_lastScanLabel->setText(tr("Last scan: %1 (%2 findings)").arg(age, LocaleFormat::count(scan->findings)));
    m_lastScanLabel->setToolTip(
        tr("Scanned %1, registry as of %2")
            .arg(LocaleFormat::dateTime(started),
                 LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(scan->asOf, QTimeZone::utc()))));
}

// Thresholds overridden in the settings apply to the citizen page's findings as to the scan's.
void MainWindow::applyRuleSettings()
{
    const rules::Thresholds thresholds = thresholdsFromSettings(m_settings);
    m_citizens->setThresholds(thresholds);
    m_overview->setRequestDeadline(thresholds.value(QStringLiteral("request_deadline")));
    const auto exclusions = caseworkExclusions();
    m_citizens->setCaseworkExclusions(exclusions);
    m_findings->updateCaseworkExclusions(exclusions);
}

// §5.3: exclusions recorded on published cases feed EXCLUDED_PROVIDER in later scans.
QMap<QString, qint64> MainWindow::caseworkExclusions() const
{
    if (!m_context.casebook.casework())
        return {};
    auto exclusions = m_context.casebook.casework()->cases().exclusions();
    if (!exclusions) {
        qCWarning(lcUi) << "casework exclusions unavailable:" << exclusions.error().message;
        return {};
    }
    return exclusions.value();
}

void MainWindow::answerFindingCounts(const statistics::Filter &filter)
{
    statistics::FindingCounts counts;
    const auto spec = m_session.spec();
    if (spec) {
        // "Open findings" (Vi phạm chưa xử lý): those in no case, nor decided on (issue 17).
        statistics::Filter open = filter;
        open.handling = QStringLiteral("unhandled");
        auto stored = m_context.findings.countsByProviderAndRule(spec->registryKey(), open);
        if (!stored) {
            qCWarning(lcUi) << "findings counts unavailable:" << stored.error().message;
        } else if (stored->scanId == 0) {
            return; // no scan of this registry yet: the dashboard keeps saying so
        } else {
            counts.totalOpen = stored->total;
            counts.byProviderRule = stored->byProviderAndRule;
        }
    }
    m_overview->setFindingCounts(counts);
}

void MainWindow::restoreWindowState()
{
    using View = settings::Settings::View;
    const QByteArray geometry = m_settings.windowGeometry();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        fitToScreen();
    restoreState(m_settings.windowState());
    const QByteArray splitter = m_settings.viewState(View::Navigation);
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_overview->restoreTableState(m_settings.viewState(View::OverviewTable));
    m_overview->restoreSplitterState(m_settings.viewState(View::OverviewSplitter));
    m_overview->restoreFilterState(m_settings.overviewFilter());
    m_findings->restoreState(m_settings.viewState(View::Findings));
    m_citizens->restoreTableState(m_settings.viewState(View::CitizenTimeline));
    if (m_complaintsPage) {
        m_complaintsPage->restoreState(m_settings.viewState(View::Complaints));
        m_casesPage->restoreState(m_settings.viewState(View::Cases));
        m_documentsPage->restoreState(m_settings.viewState(View::Documents));
    }
    const int page = m_settings.windowPage();
    setCurrentPage(page >= 0 && page < PageCount ? Page(page) : Overview);
}

// The first launch, nothing remembered: the laptop size the console is made for, 1366×768, inside
// the screen's available area (less its panels) with room for a title bar and borders, which are not
// known before the window is shown; a screen that small gets the window maximised.
void MainWindow::fitToScreen()
{
    const QSize preferred(1366, 768);
    const QSize frame(16, 48);
    const QRect available = screen()->availableGeometry();
    const QSize size = preferred.boundedTo(available.size() - frame);
    resize(size);
    move(available.center() - QPoint(size.width() / 2, size.height() / 2));
    if (size != preferred)
        setWindowState(windowState() | Qt::WindowMaximized);
}

void MainWindow::saveWindowState()
{
    using View = settings::Settings::View;
    m_settings.setWindowGeometry(saveGeometry());
    m_settings.setWindowState(saveState());
    m_settings.setViewState(View::Navigation, m_splitter->saveState());
    m_settings.setWindowPage(int(currentPage()));
    m_settings.setViewState(View::OverviewTable, m_overview->tableState());
    m_settings.setViewState(View::OverviewSplitter, m_overview->splitterState());
    m_settings.setOverviewFilter(m_overview->filterState());
    m_settings.setViewState(View::Findings, m_findings->saveState());
    m_settings.setViewState(View::CitizenTimeline, m_citizens->tableState());
    if (m_complaintsPage) {
        m_settings.setViewState(View::Complaints, m_complaintsPage->saveState());
        m_settings.setViewState(View::Cases, m_casesPage->saveState());
        m_settings.setViewState(View::Documents, m_documentsPage->saveState());
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace sw::ui
