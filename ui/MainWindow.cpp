#include "MainWindow.h"

#include "CasesPage.h"
#include "CitizenPage.h"
#include "ComplaintsPage.h"
#include "ConnectionDialog.h"
#include "DocumentsPage.h"
#include "FindingsPage.h"
#include "LocaleFormat.h"
#include "OverviewPage.h"
#include "RegistryStatus.h"
#include "ReportsPage.h"
#include "SettingsPage.h"
#include "TableExport.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "findings/FindingsStore.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"
#include "registry/ConnectionProfile.h"
#include "registry/Credentials.h"
#include "registry/RegistrySession.h"
#include "registry/SecretStore.h"
#include "rules/Thresholds.h"
#include "settings/Settings.h"
#include "statistics/DashboardStats.h"

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
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimeZone>
#include <QTimer>

Q_LOGGING_CATEGORY(lcUi, "signwatch.ui")

namespace sw::ui {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString splitterKey = QStringLiteral("window/splitter");
const QString pageKey = QStringLiteral("window/page");
const QString overviewHeaderKey = QStringLiteral("overview/header");
const QString findingsStateKey = QStringLiteral("findings/state");
const QString citizensHeaderKey = QStringLiteral("citizens/timelineHeader");
const QString overviewSplitterKey = QStringLiteral("overview/splitter");
const QString overviewFilterKey = QStringLiteral("overview/filter");
} // namespace

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
      m_overview(new OverviewPage(context.session, m_pages)),
      m_findings(new FindingsPage(context.session, context.settings, context.findings, m_pages)),
      m_citizens(new CitizenPage(context.session, context.audit, m_pages)),
      m_settingsPage(new SettingsPage(context.settings, context.profiles, m_pages))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("SignWatch"));
    setWindowIcon(applicationIcon());
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setUniformItemSizes(true);
    m_navigation->setSpacing(1);
    m_navigation->setMinimumWidth(150);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_overview->setObjectName(QStringLiteral("overviewPage"));
    m_findings->setObjectName(QStringLiteral("findingsPage"));
    m_citizens->setObjectName(QStringLiteral("citizenPage"));
    m_settingsPage->setObjectName(QStringLiteral("settingsPage"));

    // Pages in navigation order; the later versions' areas say what will come there.
    addPage(Overview, tr("Overview"), m_overview);
    addPage(Findings, tr("Findings"), m_findings);
    addPage(Citizens, tr("Citizen look-up"), m_citizens);
    createCasework();
    addPage(Complaints, tr("Complaints"), m_complaintsPage);
    addPage(Cases, tr("Cases"), m_casesPage);
    addPage(Minutes, tr("Minutes & announcements"), m_documentsPage);
    m_reportsPage = new ReportsPage(context.session, context.settings, context.findings, m_pages);
    m_reportsPage->setObjectName(QStringLiteral("reportsPage"));
    m_reportsPage->setCasebook(&context.casebook);
    addPage(Reports, tr("Reports"), m_reportsPage);
    addPage(Settings, tr("Settings"), m_settingsPage);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 1176});
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
    connect(m_overview, &OverviewPage::findingsRequested, this, [this](const statistics::Filter &filter) {
        setCurrentPage(Findings);
        m_findings->showFindings(filter);
    });
    connect(m_findings, &FindingsPage::scanFinished, this, &MainWindow::updateLastScanStatus);
    m_findings->setCaseworkExclusions([this] {
        const auto exclusions = caseworkExclusions();
        m_citizens->setCaseworkExclusions(exclusions);
        return exclusions;
    });
    connect(m_findings, &FindingsPage::findingsChanged, this, &MainWindow::updateLastScanStatus);
    m_lastScanTimer = new QTimer(this);
    m_lastScanTimer->setInterval(60 * 1000);
    connect(m_lastScanTimer, &QTimer::timeout, this, &MainWindow::updateLastScanStatus);
    m_lastScanTimer->start();
    applyRuleSettings();
    connect(m_settingsPage, &SettingsPage::manageConnectionsRequested, this,
            &MainWindow::showConnectionDialog);

    connect(&m_session, &registry::RegistrySession::opened, this,
            [this](const registry::ConnectionSpec &spec) {
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
}

MainWindow::~MainWindow() = default;

// §5: complaints, cases, minutes and announcements on the casebook; announcements go to the
// Department's portal through the outbox (address in the settings, token in the keychain).
void MainWindow::createCasework()
{
    casebook::Casebook &book = m_context.casebook;
    m_complaints = std::make_unique<casebook::Complaints>(book);
    m_cases = std::make_unique<casebook::Cases>(book);
    m_caseDocuments = std::make_unique<casebook::CaseDocuments>(book);
    m_outbox = std::make_unique<publishing::Outbox>(book.database());
    m_publisher = new publishing::Publisher(*m_outbox, this);
    // A case's announcement leaves only as it was signed (the outbox keeps a copy in the file).
    m_publisher->setCheck([documents = m_caseDocuments.get()](const publishing::Publication &p) {
        return documents->checkPublication(p.id, p.pdf);
    });
    const QString endpoint = m_settings.value(QStringLiteral("publishing/endpoint")).toString();
    if (!endpoint.isEmpty()) {
        if (auto set = m_publisher->setEndpoint(endpoint); !set)
            qCWarning(lcUi) << "portal address refused:" << set.error().message;
        if (auto token = m_secrets.read(QStringLiteral("publishing/portalToken")))
            m_publisher->setToken(*token);
        if (auto started = m_publisher->start(); !started)
            qCWarning(lcUi) << "publishing not started:" << started.error().message;
    }

    m_complaintsPage = new ComplaintsPage(*m_complaints, m_pages);
    m_complaintsPage->setObjectName(QStringLiteral("complaintsPage"));
    m_casesPage
        = new CasesPage(*m_cases, *m_complaints, *m_caseDocuments, m_context.audit, m_publisher, m_pages);
    m_casesPage->setObjectName(QStringLiteral("casesPage"));
    m_documentsPage = new DocumentsPage(*m_cases, *m_caseDocuments, m_publisher, m_pages);
    m_documentsPage->setObjectName(QStringLiteral("documentsPage"));

    connect(m_complaintsPage, &ComplaintsPage::citizenTimelineRequested, this, [this](const QString &id) {
        setCurrentPage(Citizens);
        m_citizens->showCitizen(id, std::nullopt);
    });
    connect(m_findings, &FindingsPage::caseworkRequested, this,
            [this](const QString &provider, const QList<rules::Finding> &findings) {
                setCurrentPage(Cases);
                m_casesPage->createCaseFromFindings(provider, findings);
            });
    connect(m_casesPage, &CasesPage::documentRequested, this, [this](qint64 id) {
        setCurrentPage(Minutes);
        m_documentsPage->showDocument(id);
    });
    connect(m_casesPage, &CasesPage::caseChanged, m_documentsPage, &DocumentsPage::reload);
    connect(m_casesPage, &CasesPage::caseChanged, m_complaintsPage, &ComplaintsPage::reload);
    connect(m_documentsPage, &DocumentsPage::caseChanged, m_casesPage, &CasesPage::reload);
    connect(m_complaintsPage, &ComplaintsPage::complaintSaved, m_casesPage, &CasesPage::reload);
    connect(
        m_casesPage, &CasesPage::exclusionsChanged, this,
        [this](const QMap<QString, qint64> &exclusions) { m_citizens->setCaseworkExclusions(exclusions); });
    connect(m_documentsPage, &DocumentsPage::settingsRequested, this, [this] { setCurrentPage(Settings); });
}

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

    QMenu *casework = menuBar()->addMenu(tr("&Casework"));
    casework->addAction(m_complaintsPage->newComplaintAction());
    casework->addAction(m_complaintsPage->timelineAction());
    casework->addSeparator();
    for (QAction *action : m_casesPage->moveActions())
        casework->addAction(action);
    casework->addAction(m_casesPage->attachComplaintsAction());
    casework->addAction(m_casesPage->openDocumentsAction());
    casework->addSeparator();
    casework->addAction(m_documentsPage->previewAction());
    casework->addAction(m_documentsPage->signAction());
    casework->addAction(m_documentsPage->exportPdfAction());
    casework->addAction(m_documentsPage->correctAction());
    casework->addAction(m_documentsPage->announcementAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About SignWatch"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setToolTip(tr("Version and purpose of SignWatch"));

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

    statusBar()->addWidget(m_registryStatus);
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

void MainWindow::openRegistry(const registry::ConnectionSpec &spec, const registry::Credentials &credentials,
                              const QString &profileName)
{
    m_openingProfile = profileName;
    m_session.open(spec, credentials);
}

void MainWindow::openWithoutPrompt(const registry::ConnectionSpec &spec, const QString &profileName)
{
    // Typed in this session (the keychain could not keep it): memory first.
    if (spec.engine == registry::Engine::Postgres && m_sessionPasswords.contains(spec.keychainKey())) {
        openRegistry(spec,
                     {m_sessionPasswords.value(spec.keychainKey()),
                      m_sessionPasswords.value(spec.sslKeyKeychainKey())},
                     profileName);
        return;
    }
    auto credentials = registry::credentialsWithoutPrompt(spec, m_secrets);
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
        m_complaintsPage->reload();
        break;
    case Cases:
        m_casesPage->reload();
        break;
    case Minutes:
        m_documentsPage->reload();
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
    const qint64 minutes = qMax<qint64>(0, started.secsTo(QDateTime::currentDateTimeUtc()) / 60);
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
    rules::Thresholds thresholds;
    const auto overrides = m_settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        (void)thresholds.set(it.key(), it.value());
    m_citizens->setThresholds(thresholds);
    m_overview->setRequestDeadline(thresholds.value(QStringLiteral("request_deadline")));
    m_citizens->setCaseworkExclusions(caseworkExclusions());
}

// §5.3: exclusions recorded on published cases feed EXCLUDED_PROVIDER in later scans.
QMap<QString, qint64> MainWindow::caseworkExclusions() const
{
    auto exclusions = casebook::Cases(m_context.casebook).exclusions();
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
        auto stored = m_context.findings.countsByProviderAndRule(spec->registryKey(), filter);
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

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SignWatch"),
                       tr("<h3>SignWatch %1</h3><p>Supervision console of the Department of Information and "
                          "Communications of Thừa Thiên Huế for the 2023 free digital-signature campaign.</p>"
                          "<p>It reads the Hue-S issuance registry read-only and never changes it.</p>")
                           .arg(QApplication::applicationVersion()));
}

void MainWindow::restoreWindowState()
{
    const QByteArray geometry = m_settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1366, 768);
    restoreState(m_settings.value(stateKey).toByteArray());
    const QByteArray splitter = m_settings.value(splitterKey).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
    m_overview->restoreTableState(m_settings.value(overviewHeaderKey).toByteArray());
    m_overview->restoreSplitterState(m_settings.value(overviewSplitterKey).toByteArray());
    m_overview->restoreFilterState(m_settings.value(overviewFilterKey).toMap());
    m_findings->restoreState(m_settings.value(findingsStateKey).toByteArray());
    m_citizens->restoreTableState(m_settings.value(citizensHeaderKey).toByteArray());
    m_complaintsPage->restoreState(m_settings.value(QStringLiteral("complaints/state")).toByteArray());
    m_casesPage->restoreState(m_settings.value(QStringLiteral("cases/state")).toByteArray());
    m_documentsPage->restoreState(m_settings.value(QStringLiteral("documents/state")).toByteArray());
    const int page = m_settings.value(pageKey).toInt();
    setCurrentPage(page >= 0 && page < PageCount ? Page(page) : Overview);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(geometryKey, saveGeometry());
    m_settings.setValue(stateKey, saveState());
    m_settings.setValue(splitterKey, m_splitter->saveState());
    m_settings.setValue(pageKey, int(currentPage()));
    m_settings.setValue(overviewHeaderKey, m_overview->tableState());
    m_settings.setValue(overviewSplitterKey, m_overview->splitterState());
    m_settings.setValue(overviewFilterKey, m_overview->filterState());
    m_settings.setValue(findingsStateKey, m_findings->saveState());
    m_settings.setValue(citizensHeaderKey, m_citizens->tableState());
    m_settings.setValue(QStringLiteral("complaints/state"), m_complaintsPage->saveState());
    m_settings.setValue(QStringLiteral("cases/state"), m_casesPage->saveState());
    m_settings.setValue(QStringLiteral("documents/state"), m_documentsPage->saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowState();
    event->accept();
}

} // namespace sw::ui
