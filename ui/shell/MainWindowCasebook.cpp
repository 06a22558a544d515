// MainWindow and the casebook (issue 13): the casework pages are made when the casebook is there
// and go when it cannot be reached, a page in their place saying so; the status bar names who is
// signed in to it; other desks' changes refresh the lists. Apart from MainWindow.cpp to keep each
// file short.
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casebook/CasebookPeople.h"
#include "casebook/CasebookRoles.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentsPage.h"
#include "casework/OutboxView.h"
#include "citizens/CitizenFindingsLookup.h"
#include "citizens/CitizenPage.h"
#include "connection/SecretStore.h"
#include "findings/FindingsPage.h"
#include "registry/RegistrySession.h"
#include "reports/ReportsPage.h"
#include "settings/CasebookProfile.h"
#include "settings/Settings.h"
#include "shell/CaseMarksWatch.h"
#include "shell/CasebookSession.h"
#include "shell/CasebookUnavailablePage.h"
#include "shell/CaseworkServices.h"
#include "shell/IssuingBodiesBox.h"
#include "shell/MainWindow.h"
#include "shell/PersonStatus.h"
#include "shell/RoleGate.h"
#include "shell/SettingsPage.h"
#include "widgets/WindowTitle.h"

#include <QAction>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMenu>
#include <QStackedWidget>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

// §5: the pages of complaints, cases, minutes and announcements, on the casework services of the
// casebook that just opened.
void MainWindow::createCaseworkPages()
{
    CasebookSession &session = m_context.casebook;
    CaseworkServices &casework = *session.casework();
    m_complaintsPage = new ComplaintsPage(casework.complaints(), m_pages);
    m_complaintsPage->setObjectName(QStringLiteral("complaintsPage"));
    m_casesPage = new CasesPage(casework.cases(), casework.complaints(), casework.documents(),
                                *session.audit(), &casework.publisher(), m_pages);
    m_casesPage->setObjectName(QStringLiteral("casesPage"));
    m_documentsPage
        = new DocumentsPage(casework.cases(), casework.documents(), &casework.publisher(), m_pages);
    m_documentsPage->setObjectName(QStringLiteral("documentsPage"));
    // Issue 14: the person's signing key and trust anchors, as Settings holds them at each use.
    m_documentsPage->setSigningProfileSource([this] { return m_settings.signingProfile(); });
    m_casesPage->setSigningProfileSource([this] { return m_settings.signingProfile(); });
    m_casesPage->setRegistrySession(&m_session);

    connect(m_complaintsPage, &ComplaintsPage::citizenTimelineRequested, this, [this](const QString &id) {
        setCurrentPage(Citizens);
        m_citizens->showCitizen(id, std::nullopt);
    });
    connect(m_casesPage, &CasesPage::documentRequested, this, [this](qint64 id) {
        setCurrentPage(Minutes);
        m_documentsPage->showDocument(id);
    });
    connect(m_casesPage, &CasesPage::caseChanged, m_documentsPage, &DocumentsPage::reload);
    connect(m_casesPage, &CasesPage::caseChanged, m_complaintsPage, &ComplaintsPage::reload);
    connect(m_documentsPage, &DocumentsPage::caseChanged, m_casesPage, &CasesPage::reload);
    connect(m_complaintsPage, &ComplaintsPage::complaintSaved, m_casesPage, &CasesPage::reload);
    connect(m_casesPage, &CasesPage::exclusionsChanged, this,
            [this](const QMap<QString, qint64> &exclusions) {
                m_citizens->setCaseworkExclusions(exclusions);
                m_findings->updateCaseworkExclusions(exclusions);
            });
    connect(m_documentsPage, &DocumentsPage::settingsRequested, this, [this] { setCurrentPage(Settings); });
    // Issue 17: this desk's casework changes which findings are handled (another desk's reach the
    // watch as the shared casebook's notifications).
    connect(m_casesPage, &CasesPage::caseOpened, m_caseMarks, &CaseMarksWatch::reload);
    connect(m_casesPage, &CasesPage::caseChanged, m_caseMarks, &CaseMarksWatch::reload);
    connect(m_documentsPage, &DocumentsPage::caseChanged, m_caseMarks, &CaseMarksWatch::reload);
    connect(m_complaintsPage, &ComplaintsPage::complaintSaved, m_caseMarks, &CaseMarksWatch::reload);
    // The complaint form picks from the citizen's findings (issue 17), as they stand.
    m_complaintsPage->setCitizenFindingsSource(m_citizenFindings.get());
    connect(m_findings, &FindingsPage::findingsChanged, m_complaintsPage,
            &ComplaintsPage::citizenFindingsChanged);
    connect(&m_session, &registry::RegistrySession::opened, m_complaintsPage,
            &ComplaintsPage::citizenFindingsChanged);
    connect(&m_session, &registry::RegistrySession::closed, m_complaintsPage,
            &ComplaintsPage::citizenFindingsChanged);

    using View = settings::Settings::View;
    m_complaintsPage->restoreState(m_settings.viewState(View::Complaints));
    m_casesPage->restoreState(m_settings.viewState(View::Cases));
    m_documentsPage->restoreState(m_settings.viewState(View::Documents));
    setPageWidget(Complaints, m_complaintsPage);
    setPageWidget(Cases, m_casesPage);
    setPageWidget(Minutes, m_documentsPage);

    m_citizens->setAudit(session.audit());
    m_citizens->setCaseworkExclusions(caseworkExclusions());
    m_findings->updateCaseworkExclusions(caseworkExclusions());
    m_reportsPage->setCasebook(session.casebook());
    m_settingsPage->issuingBodies()->setCasebook(session.casebook());
    rebuildCaseworkMenu();
    applyRoles(session.casebook()->roles());
    updateCasebookStatus();
    if (!session.outboxNotice().isEmpty())
        showNotice(session.outboxNotice());
}

// The casebook is going (unreachable, or another one chosen): nothing may keep a reference to it.
void MainWindow::dropCaseworkPages()
{
    if (!m_complaintsPage)
        return;
    using View = settings::Settings::View;
    m_settings.setViewState(View::Complaints, m_complaintsPage->saveState());
    m_settings.setViewState(View::Cases, m_casesPage->saveState());
    m_settings.setViewState(View::Documents, m_documentsPage->saveState());
    setPageWidget(Complaints, m_casebookStates[0]);
    setPageWidget(Cases, m_casebookStates[1]);
    setPageWidget(Minutes, m_casebookStates[2]);
    delete std::exchange(m_complaintsPage, nullptr);
    delete std::exchange(m_casesPage, nullptr);
    delete std::exchange(m_documentsPage, nullptr);
    m_citizens->setAudit(nullptr);
    m_reportsPage->setCasebook(nullptr);
    m_settingsPage->issuingBodies()->setCasebook(nullptr);
    // Without a casebook the pages say why; nothing is greyed for a role meanwhile.
    applyRoles(casebook::Roles::all());
    rebuildCaseworkMenu();
}

void MainWindow::applyRoles(const casebook::Roles &roles)
{
    const QString unmask = QStringLiteral("citizen.unmask");
    m_citizens->setUnmaskAllowed(roles.allows(unmask), RoleGate::refusal(unmask));
    const QString open = QStringLiteral("case.open");
    m_findings->setCaseworkAllowed(roles.allows(open), RoleGate::refusal(open));
    if (!m_complaintsPage)
        return;
    RoleGate::apply(m_complaintsPage->newComplaintAction(), roles, QStringLiteral("complaint.add"));
    const std::pair<QAction *, const char *> gated[] = {
        {m_casesPage->establishAction(), "case.established"},
        {m_casesPage->dismissAction(), "case.dismissed"},
        {m_casesPage->draftMinutesAction(), "case.minutes_drafted"},
        {m_casesPage->signMinutesAction(), "case.minutes_signed"},
        {m_casesPage->publishAction(), "case.publication_queued"},
        {m_casesPage->exclusionAction(), "case.exclusion"},
        {m_casesPage->attachComplaintsAction(), "case.attach_complaint"},
        {m_documentsPage->signAction(), "document.sign"},
        {m_documentsPage->correctAction(), "document.correct"},
        {m_documentsPage->announcementAction(), "document.create"},
    };
    for (const auto &[action, auditAction] : gated)
        RoleGate::apply(action, roles, QLatin1String(auditAction));
}

void MainWindow::setPageWidget(Page page, QWidget *widget)
{
    QWidget *old = m_pages->widget(page);
    if (old == widget)
        return;
    const bool current = m_pages->currentIndex() == page;
    m_pages->insertWidget(page, widget);
    m_pages->removeWidget(old);
    if (current)
        m_pages->setCurrentIndex(page);
}

CasebookUnavailablePage *MainWindow::casebookUnavailablePage(Page page) const
{
    if (page < Complaints || page > Minutes)
        return nullptr;
    return m_casebookStates[page - Complaints];
}

void MainWindow::rebuildCaseworkMenu()
{
    QMenu *casework = m_caseworkMenu;
    casework->clear();
    if (!m_complaintsPage) {
        QAction *retry
            = casework->addAction(tr("Connect to the &casebook"), this, [this] { connectCasebook(); });
        retry->setToolTip(tr("Try again to reach the casebook named under Settings"));
        return;
    }
    casework->addAction(m_complaintsPage->newComplaintAction());
    casework->addAction(m_complaintsPage->timelineAction());
    casework->addSeparator();
    for (QAction *action : m_casesPage->moveActions())
        casework->addAction(action);
    casework->addAction(m_casesPage->attachComplaintsAction());
    casework->addAction(m_casesPage->openDocumentsAction());
    casework->addSeparator();
    casework->addAction(m_documentsPage->previewAction());
    casework->addAction(m_documentsPage->printAction());
    casework->addAction(m_documentsPage->signAction());
    casework->addAction(m_documentsPage->exportPdfAction());
    casework->addAction(m_documentsPage->correctAction());
    casework->addAction(m_documentsPage->announcementAction());
}

void MainWindow::showCasebookUnavailable(const sw::Error &error)
{
    for (CasebookUnavailablePage *state : m_casebookStates)
        state->showUnavailable(error);
    updateCasebookStatus();
}

void MainWindow::connectCasebook(const connection::Credentials &typed)
{
    auto spec = settings::casebookSpec(m_settings, casebook::Casebook::defaultPath());
    if (!spec) {
        if (m_context.casebook.isOpen())
            m_context.casebook.lose(spec.error());
        else
            showCasebookUnavailable(spec.error());
        return;
    }
    if (spec->engine != connection::Engine::Postgres) {
        connectCasebookWith(*spec, {});
        return;
    }
    // The password as for the registry: typed now, typed earlier in this session, PGPASSWORD or
    // the keychain; asked for when there is none.
    const QString key = spec->keychainKey();
    const QString sslKey = spec->sslKeyKeychainKey();
    if (!typed.password.isEmpty())
        m_sessionPasswords.insert(key, typed.password);
    if (!typed.sslKeyPassword.isEmpty())
        m_sessionPasswords.insert(sslKey, typed.sslKeyPassword);
    if (m_sessionPasswords.contains(key)) {
        connectCasebookWith(*spec, {m_sessionPasswords.value(key), m_sessionPasswords.value(sslKey)});
        return;
    }
    if (auto stored = connection::credentialsWithoutPrompt(*spec, m_secrets)) {
        connectCasebookWith(*spec, *stored);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("casebookPasswordDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setWindowTitle(tr("Casebook password"));
    WindowTitle::keepWhole(dialog);
    dialog->setLabelText(tr("No password is saved for %1 on the Department's casebook %2. Enter it to work "
                            "on the casework (kept in memory for this session; save it in the keychain "
                            "under Settings).")
                             .arg(spec->user, spec->displayName()));
    dialog->setTextEchoMode(QLineEdit::Password);
    const connection::ConnectionSpec asked = *spec;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, asked](const QString &password) {
        m_sessionPasswords.insert(asked.keychainKey(), password);
        connectCasebookWith(asked, {password, m_sessionPasswords.value(asked.sslKeyKeychainKey())});
    });
    connect(dialog, &QDialog::rejected, this, [this, asked] {
        showCasebookUnavailable(
            sw::Error::make(tr("No password was given for the casebook %1.").arg(asked.displayName()), {},
                            sw::Error::Kind::AccessDenied));
    });
    dialog->open();
}

void MainWindow::connectCasebookWith(const connection::ConnectionSpec &spec,
                                     const connection::Credentials &credentials)
{
    for (CasebookUnavailablePage *state : m_casebookStates)
        state->showConnecting(spec.displayName());
    m_casebookLabel->setText(tr("Casebook: connecting…"));
    // Success or failure reach the window through the session's signals.
    if (auto connected = m_context.casebook.connectTo(spec, credentials); !connected)
        m_sessionPasswords.remove(spec.keychainKey()); // asked again on the next try
}

void MainWindow::updateCasebookStatus()
{
    const CasebookSession &session = m_context.casebook;
    if (!session.isOpen()) {
        const bool failed = session.state() == CasebookSession::State::Unavailable;
        m_casebookLabel->setText(failed ? tr("Casebook: cannot be reached") : tr("Casebook: not connected"));
        m_casebookLabel->setToolTip(failed ? session.error().message : QString());
        m_person->clearCasebook();
        return;
    }
    const casebook::Casebook &book = *session.casebook();
    QStringList roles;
    for (casebook::Role role : casebook::allRoles())
        if (book.roles().has(role))
            roles << casebook::roleLabel(role);
    if (roles.isEmpty())
        roles << tr("no role");
    // The person by name where the casebook knows it (the login's comment on the server, the
    // local account's full name), else by account; the registry's login beside (PersonStatus).
    auto people = casebook::CasebookPeople::read(book);
    if (!people)
        qCWarning(lcUi) << "names of the casebook's people:" << people.error().message;
    const casebook::CasebookPeople known = people ? *people : casebook::CasebookPeople();
    m_person->setCasebook(book.user(), known, book.isShared());
    const QString person = known.nameOf(book.user()).isEmpty() ? book.user() : known.nameOf(book.user());
    if (book.isShared()) {
        m_casebookLabel->setText(
            tr("Casebook: %1 · %2 (%3)")
                .arg(book.spec().displayName(), person, roles.join(QStringLiteral(", "))));
        m_casebookLabel->setToolTip(tr("The Department's shared casebook %1; you are signed in as %2")
                                        .arg(book.path(), known.displayName(book.user())));
    } else {
        m_casebookLabel->setText(
            tr("Casebook: this desk · %1 (%2)").arg(person, roles.join(QStringLiteral(", "))));
        m_casebookLabel->setToolTip(tr("This desk's casebook file %1; you are signed in as %2")
                                        .arg(book.path(), known.displayName(book.user())));
    }
}

// The portal's address or token changed on the settings page: the publisher uses them now.
void MainWindow::applyPublishingSettings()
{
    if (CaseworkServices *casework = m_context.casebook.casework())
        casework->configurePublishing(m_settings, m_context.secrets);
    if (m_documentsPage && m_documentsPage->outboxView())
        m_documentsPage->outboxView()->refresh();
}

// Issue 13: the server's notifications name the tables another desk (or this one) changed;
// the lists that show them are read again. No table named: all of them (F5).
void MainWindow::casebookTablesChanged(const QSet<QString> &tables)
{
    if (!m_complaintsPage)
        return;
    const auto touches = [&tables](std::initializer_list<const char *> names) {
        if (tables.isEmpty())
            return true;
        for (const char *name : names)
            if (tables.contains(QLatin1String(name)))
                return true;
        return false;
    };
    if (touches({"complaints", "complaint_findings", "cases"}))
        m_complaintsPage->reload();
    if (touches({"cases", "case_findings", "complaints", "complaint_findings", "case_documents",
                 "case_publications", "publication_outbox"}))
        m_casesPage->reload();
    if (touches({"cases", "case_documents", "case_publications", "publication_outbox"}))
        m_documentsPage->reload();
    if (touches({"cases", "case_publications"})) {
        const auto exclusions = caseworkExclusions();
        m_citizens->setCaseworkExclusions(exclusions);
        m_findings->updateCaseworkExclusions(exclusions);
    }
}

} // namespace sw::ui
