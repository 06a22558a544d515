// The console without its casebook (issue 13): it starts when the casebook's server cannot be
// reached, the casework pages say so and what to do, the registry pages keep working, nothing
// falls back to a local file; a casebook lost later takes its pages with it, and "Try again" brings
// them back. The status bar names who is signed in to the casebook.
#include "ScratchRegistry.h"
#include "casebook/Casebook.h"
#include "casebook/CasebookPeople.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentsPage.h"
#include "citizens/CitizenPage.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "settings/CasebookProfile.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/CasebookUnavailablePage.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"
#include "widgets/ErrorPanel.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using ui::MainWindow;

class TestUiCasebookState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithoutAnUnreachableCasebook();
    void lostCasebookTakesItsPagesAndComesBack();
    void statusBarNamesTheCasebookUser();
    void rolesGreyWhatTheyDoNotAllow();

private:
    std::unique_ptr<MainWindow> makeWindow();
    QStackedWidget *pages(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    }
    QString casebookStatus(MainWindow &window)
    {
        return window.findChild<QLabel *>(QStringLiteral("casebookStatus"))->text();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<findings::FindingsStore> m_findings;
    std::unique_ptr<ui::CasebookSession> m_casebook;
    const sw::Clock m_clock;
};

void TestUiCasebookState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // The password of the unreachable casebook below: never asked for in a dialog.
    qputenv("PGPASSWORD", "not-used");
}

void TestUiCasebookState::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<settings::Settings>(m_dir.filePath(name + QStringLiteral(".ini")));
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    m_session = std::make_unique<registry::RegistrySession>();
    m_findings = std::make_unique<findings::FindingsStore>(
        m_dir.filePath(name + QStringLiteral("-findings.sqlite")));
    QVERIFY(m_findings->open().ok());
    m_casebook = std::make_unique<ui::CasebookSession>(*m_settings, m_secrets, m_clock);
}

void TestUiCasebookState::cleanup()
{
    m_session.reset();
    m_casebook.reset();
    m_findings.reset();
    m_profiles.reset();
    m_settings.reset();
}

std::unique_ptr<MainWindow> TestUiCasebookState::makeWindow()
{
    auto window = std::make_unique<MainWindow>(ui::ConsoleContext {
        *m_settings, *m_profiles, m_secrets, *m_session, *m_findings, *m_casebook, m_clock});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestUiCasebookState::startsWithoutAnUnreachableCasebook()
{
    // A port on this machine that nothing listens on: the shared casebook's server is down.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    }
    auto spec = connection::ConnectionSpec::parse(
        QStringLiteral("postgresql://alice@127.0.0.1:%1/casebook?sslmode=disable").arg(port));
    QVERIFY(spec.ok());
    settings::setCasebookSpec(*m_settings, *spec, casebook::Casebook::defaultPath());

    auto window = makeWindow();
    QSignalSpy unavailable(m_casebook.get(), &ui::CasebookSession::unavailable);
    window->connectCasebook();
    QCOMPARE(unavailable.count(), 1);
    QCOMPARE(m_casebook->state(), ui::CasebookSession::State::Unavailable);

    // Each casework page says so, with what to do and a way to try again.
    for (MainWindow::Page page : {MainWindow::Complaints, MainWindow::Cases, MainWindow::Minutes}) {
        window->setCurrentPage(page);
        auto *state = window->casebookUnavailablePage(page);
        QVERIFY(state);
        QCOMPARE(pages(*window)->currentWidget(), static_cast<QWidget *>(state));
        QVERIFY(state->message().contains(QStringLiteral("127.0.0.1")));
        QVERIFY(state->message().contains(QStringLiteral("Settings")));
        auto *retry = state->findChild<QPushButton *>(QStringLiteral("errorAction"));
        QVERIFY(retry && retry->isVisibleTo(state));
        QVERIFY(state->findChild<QPushButton *>(QStringLiteral("casebookSettingsButton")));
    }
    QVERIFY(!window->complaintsPage());
    QVERIFY(!window->casesPage());
    QVERIFY(!window->documentsPage());
    QVERIFY(casebookStatus(*window).contains(QStringLiteral("cannot be reached")));

    // Nothing fell back to a local file.
    QVERIFY(!QFile::exists(casebook::Casebook::defaultPath()));

    // The registry pages work: a registry opens and the overview reads it.
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    QVERIFY(scratch.ok());
    QVERIFY((*scratch)->exec(test::fixtureStatements(QStringLiteral("overview-small.sql"))).ok());
    (*scratch)->closeWriter();
    window->setCurrentPage(MainWindow::Overview);
    QSignalSpy opened(m_session.get(), &registry::RegistrySession::opened);
    window->openRegistry((*scratch)->spec(), {});
    QVERIFY(opened.wait(10000));
    QVERIFY(QTest::qWaitFor([&] { return window->overviewPage()->view() == ui::OverviewPage::View::Content; },
                            10000));

    // "Try again" tries again (the server is still down: the same answer, no crash).
    window->setCurrentPage(MainWindow::Cases);
    auto *state = window->casebookUnavailablePage(MainWindow::Cases);
    QTest::mouseClick(state->findChild<QPushButton *>(QStringLiteral("errorAction")), Qt::LeftButton);
    QCOMPARE(unavailable.count(), 2);
    // "Casebook settings…" leads to Settings.
    QTest::mouseClick(state->findChild<QPushButton *>(QStringLiteral("casebookSettingsButton")),
                      Qt::LeftButton);
    QCOMPARE(window->currentPage(), MainWindow::Settings);

    // Chosen again as this desk's file (Settings): the pages come.
    connection::ConnectionSpec local;
    local.path = m_dir.filePath(QStringLiteral("desk-casebook.sqlite"));
    settings::setCasebookSpec(*m_settings, local, casebook::Casebook::defaultPath());
    window->connectCasebook();
    QVERIFY(m_casebook->isOpen());
    QVERIFY(window->complaintsPage());
    window->setCurrentPage(MainWindow::Complaints);
    QCOMPARE(pages(*window)->currentWidget(), static_cast<QWidget *>(window->complaintsPage()));
}

void TestUiCasebookState::lostCasebookTakesItsPagesAndComesBack()
{
    connection::ConnectionSpec local;
    local.path = m_dir.filePath(QStringLiteral("lost-casebook.sqlite"));
    settings::setCasebookSpec(*m_settings, local, casebook::Casebook::defaultPath());
    auto window = makeWindow();
    window->connectCasebook();
    QVERIFY(m_casebook->isOpen());
    window->setCurrentPage(MainWindow::Cases);
    QPointer<ui::CasesPage> cases = window->casesPage();
    QVERIFY(cases);
    QCOMPARE(pages(*window)->currentWidget(), static_cast<QWidget *>(cases.data()));
    auto *caseworkMenu = window->menuBar()->actions().at(3)->menu();
    QVERIFY(caseworkMenu->actions().size() > 5);

    // The connection drops (as the periodic check finds on a shared casebook).
    m_casebook->lose(sw::Error::make(QStringLiteral("The connection to the casebook was lost."),
                                     QStringLiteral("server closed the connection unexpectedly"),
                                     sw::Error::Kind::Unavailable));
    QVERIFY(!cases); // gone with the services it worked on
    QVERIFY(!window->casesPage());
    QCOMPARE(window->currentPage(), MainWindow::Cases); // the user stays where they were
    auto *state = window->casebookUnavailablePage(MainWindow::Cases);
    QCOMPARE(pages(*window)->currentWidget(), static_cast<QWidget *>(state));
    QVERIFY(state->message().contains(QStringLiteral("was lost")));
    QCOMPARE(caseworkMenu->actions().size(), 1); // "Connect to the casebook"

    // Try again: the casebook is back, and with it the page and the menu.
    QTest::mouseClick(state->findChild<QPushButton *>(QStringLiteral("errorAction")), Qt::LeftButton);
    QVERIFY(m_casebook->isOpen());
    QVERIFY(window->casesPage());
    QCOMPARE(pages(*window)->currentWidget(), static_cast<QWidget *>(window->casesPage()));
    QVERIFY(caseworkMenu->actions().size() > 5);
}

void TestUiCasebookState::statusBarNamesTheCasebookUser()
{
    connection::ConnectionSpec local;
    local.path = m_dir.filePath(QStringLiteral("status-casebook.sqlite"));
    settings::setCasebookSpec(*m_settings, local, casebook::Casebook::defaultPath());
    auto window = makeWindow();
    QVERIFY(casebookStatus(*window).contains(QStringLiteral("not connected")));
    window->connectCasebook();
    QVERIFY(m_casebook->isOpen());
    // SQLite: the operating-system user, who holds every role, by the account's full name when it
    // has one (issue 17).
    const QString status = casebookStatus(*window);
    for (casebook::Role role : casebook::allRoles())
        QVERIFY2(status.contains(casebook::roleLabel(role)), qPrintable(status));
    const QString user = m_casebook->casebook()->user();
    auto people = casebook::CasebookPeople::read(*m_casebook->casebook());
    QVERIFY(people);
    const QString name = people->nameOf(user).isEmpty() ? user : people->nameOf(user);
    QVERIFY2(status.contains(QStringLiteral(" · ") + name + QStringLiteral(" (")), qPrintable(status));
    const QString tip = window->findChild<QLabel *>(QStringLiteral("casebookStatus"))->toolTip();
    QVERIFY2(tip.contains(user), qPrintable(tip));
    // A registry file has no login: nothing more to say.
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("personStatus"))->isHidden());
}

// Issue 13: what the signed-in person's roles do not allow is greyed out, saying which role it
// needs; what they allow stays as the page set it. (The server refuses it anyway.)
void TestUiCasebookState::rolesGreyWhatTheyDoNotAllow()
{
    connection::ConnectionSpec local;
    local.path = m_dir.filePath(QStringLiteral("roles-casebook.sqlite"));
    settings::setCasebookSpec(*m_settings, local, casebook::Casebook::defaultPath());
    auto window = makeWindow();
    window->connectCasebook();
    QVERIFY(m_casebook->isOpen());
    ui::CasesPage *cases = window->casesPage();
    ui::DocumentsPage *documents = window->documentsPage();
    QAction *newComplaint = window->complaintsPage()->newComplaintAction();
    QPushButton *unmask = window->citizenPage()->unmaskButton();
    // SQLite: one user with every role, nothing greyed.
    const QList<QAction *> all = {newComplaint,
                                  cases->establishAction(),
                                  cases->dismissAction(),
                                  cases->draftMinutesAction(),
                                  cases->signMinutesAction(),
                                  cases->publishAction(),
                                  cases->exclusionAction(),
                                  cases->attachComplaintsAction(),
                                  documents->signAction(),
                                  documents->announcementAction()};
    // The pages show a case's moves as its status allows, and a hidden action counts as disabled:
    // all shown here, as for a case where each applies.
    for (QAction *action : all)
        action->setVisible(true);
    for (QAction *action : all)
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    QVERIFY(unmask->isEnabled());
    const QString ownTip = cases->establishAction()->toolTip();

    const QString supervisor = casebook::roleLabel(casebook::Role::Supervisor);
    const QString signatory = casebook::roleLabel(casebook::Role::Signatory);
    const QString inspector = casebook::roleLabel(casebook::Role::Inspector);
    casebook::Roles inspectorOnly;
    inspectorOnly.inspector = true;
    window->applyRoles(inspectorOnly);
    for (QAction *action : {newComplaint, cases->draftMinutesAction(), cases->attachComplaintsAction(),
                            documents->announcementAction()})
        QVERIFY2(action->isEnabled(), qPrintable(action->objectName()));
    for (QAction *action : {cases->establishAction(), cases->dismissAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(supervisor), qPrintable(action->toolTip()));
    }
    for (QAction *action : {cases->signMinutesAction(), cases->publishAction(), cases->exclusionAction(),
                            documents->signAction()}) {
        QVERIFY(!action->isEnabled());
        QVERIFY2(action->toolTip().contains(signatory), qPrintable(action->toolTip()));
    }
    QVERIFY(!unmask->isEnabled());
    QVERIFY(unmask->toolTip().contains(supervisor));

    // A signatory alone: signs and publishes, drafts nothing, opens no case.
    casebook::Roles signatoryOnly;
    signatoryOnly.signatory = true;
    window->applyRoles(signatoryOnly);
    QVERIFY(cases->signMinutesAction()->isEnabled());
    QVERIFY(documents->signAction()->isEnabled());
    QVERIFY(!newComplaint->isEnabled());
    QVERIFY(newComplaint->toolTip().contains(inspector));
    QVERIFY(window->findingsPage()->caseworkButton()->toolTip().contains(inspector));
    QVERIFY(!cases->establishAction()->isEnabled());

    // A supervisor: establishes and unmasks; the tooltips are the actions' own again.
    casebook::Roles supervisorRoles;
    supervisorRoles.supervisor = true;
    window->applyRoles(supervisorRoles);
    QVERIFY(cases->establishAction()->isEnabled());
    QCOMPARE(cases->establishAction()->toolTip(), ownTip);
    QVERIFY(newComplaint->isEnabled()); // a supervisor is also an inspector
    QVERIFY(unmask->isEnabled());
    QVERIFY(!documents->signAction()->isEnabled());
}

QTEST_MAIN(TestUiCasebookState)
#include "tst_ui_casebookstate.moc"
