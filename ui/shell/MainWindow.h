#pragma once

#include "casebook/CasebookRoles.h"
#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "shell/ConsoleContext.h"
#include "statistics/Filter.h"
#include "util/Result.h"

#include <QHash>
#include <QMainWindow>

#include <QMap>
#include <QPointer>
#include <QSet>

#include <memory>

class QAction;
class QMenu;
class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;
class QTimer;

namespace sw::connection {
class SecretStore;
} // namespace sw::connection
namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class ProfileStore;
class Settings;
} // namespace sw::settings

namespace sw::ui {

class CasebookUnavailablePage;
class CaseMarksWatch;
class CasesPage;
class CitizenFindingsLookup;
class CitizenPage;
class ComplaintsPage;
class DocumentsPage;
class ConnectionDialog;
class FindingsPage;
class HelpDialog;
class TrayNotifier;
class OverviewPage;
class PersonStatus;
class RegistryStatus;
class ReportsPage;
class SettingsPage;

// The shell: navigation, pages, menus and the status bar. Pages do their own work.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Navigation order (ui-guide.md "Frame").
    enum Page { Overview, Findings, Citizens, Complaints, Cases, Minutes, Reports, Settings, PageCount };

    explicit MainWindow(const ConsoleContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    // The application icon (resources/icons, embedded by resources/signwatch.qrc).
    static QIcon applicationIcon();

    Page currentPage() const;
    void setCurrentPage(Page page);
    OverviewPage *overviewPage() const { return m_overview; }
    FindingsPage *findingsPage() const { return m_findings; }
    CitizenPage *citizenPage() const { return m_citizens; }
    ComplaintsPage *complaintsPage() const { return m_complaintsPage; }
    CasesPage *casesPage() const { return m_casesPage; }
    DocumentsPage *documentsPage() const { return m_documentsPage; }

    // Opens a registry with known credentials (none for SQLite).
    void openRegistry(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
                      const QString &profileName = {});
    // Opens a registry, taking a PostgreSQL password from this session's memory, PGPASSWORD or
    // the keychain; when there is none, asks in the connection dialog and says why.
    void openWithoutPrompt(const connection::ConnectionSpec &spec, const QString &profileName = {});
    // Opens a saved profile; false when no profile has that name.
    bool openProfile(const QString &name);
    // Connects to the casebook the settings name (the user's typed password first, then this
    // session's, PGPASSWORD or the keychain; asks for one when none is kept). The casework pages
    // say while connecting and when it cannot be reached; the registry pages are not affected.
    void connectCasebook(const connection::Credentials &typed = {});
    // Greys out what `roles` do not allow (issue 13): the casebook's roles when it opens.
    void applyRoles(const casebook::Roles &roles);
    // In place of a casework page while there is no casebook (nullptr for other pages).
    CasebookUnavailablePage *casebookUnavailablePage(Page page) const;
    // A notice that needs no answer (e.g. where the audit log's head is kept), in the status bar
    // until the next one.
    void showNotice(const QString &text);

    // The user guide, at the section of `page` (F1); made at the first use, kept afterwards.
    HelpDialog *showHelp(Page page);
    // The guide at its glossary of the rules and terms.
    HelpDialog *showGlossary();
    HelpDialog *helpDialog() const { return m_help; }

public Q_SLOTS:
    // Shows the (window-modal) connection dialog; it opens what the user chooses.
    ConnectionDialog *showConnectionDialog();
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The casebook (MainWindowCasebook.cpp): the casework pages come and go with it.
    void createCaseworkPages();
    void dropCaseworkPages();
    void setPageWidget(Page page, QWidget *widget);
    void rebuildCaseworkMenu();
    void showCasebookUnavailable(const sw::Error &error);
    void connectCasebookWith(const connection::ConnectionSpec &spec,
                             const connection::Credentials &credentials);
    void updateCasebookStatus();
    void casebookTablesChanged(const QSet<QString> &tables);
    void createActions();
    void createStatusBar();
    void addPage(Page page, const QString &title, QWidget *widget);
    void updateActions();
    void showOpenFailure(const sw::Error &error);
    void updateLastScanStatus();
    void exportCurrentTable();
    void applyRuleSettings();
    void applyPublishingSettings();
    void answerFindingCounts(const statistics::Filter &filter);
    QMap<QString, qint64> caseworkExclusions() const;
    // The Help menu (MainWindowHelp.cpp): the guide at the page on show (F1), the glossary, about.
    QMenu *createHelpMenu();
    void showAbout();
    void restoreWindowState();
    void fitToScreen();
    void saveWindowState();

    ConsoleContext m_context;
    settings::Settings &m_settings;
    settings::ProfileStore &m_profiles;
    connection::SecretStore &m_secrets;
    registry::RegistrySession &m_session;
    // PostgreSQL passwords typed in this session when the keychain could not keep them: memory
    // only, by keychain key.
    QHash<QString, QString> m_sessionPasswords;
    QString m_openingProfile;
    // The dialog whose Connect started the attempt under way: it learns how the attempt ended.
    QPointer<ConnectionDialog> m_connectionDialog;

    QSplitter *m_splitter;
    QListWidget *m_navigation;
    QStackedWidget *m_pages;
    OverviewPage *m_overview;
    FindingsPage *m_findings;
    CitizenPage *m_citizens;
    ComplaintsPage *m_complaintsPage = nullptr;
    CasesPage *m_casesPage = nullptr;
    DocumentsPage *m_documentsPage = nullptr;
    ReportsPage *m_reportsPage = nullptr;
    SettingsPage *m_settingsPage;
    CasebookUnavailablePage *m_casebookStates[3] = {}; // Complaints, Cases, Minutes
    QMenu *m_caseworkMenu = nullptr;
    QLabel *m_casebookLabel = nullptr;
    PersonStatus *m_person = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_disconnectAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QTimer *m_lastScanTimer = nullptr; // keeps the last scan's age current
    RegistryStatus *m_registryStatus = nullptr;
    QLabel *m_asOfLabel = nullptr;
    QLabel *m_lastScanLabel = nullptr;
    QLabel *m_noticeLabel = nullptr;
    TrayNotifier *m_tray = nullptr; // the live watch's notifications, where the desktop has a tray
    HelpDialog *m_help = nullptr;
    CaseMarksWatch *m_caseMarks = nullptr; // what casework made of the findings (issue 17)
    std::unique_ptr<CitizenFindingsLookup> m_citizenFindings; // for the complaint form to pick from
};

} // namespace sw::ui
