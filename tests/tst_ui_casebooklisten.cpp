// Other desks' changes without F5 (issue 13): two consoles on one shared PostgreSQL casebook, each
// with its own connection; a case opened in one appears in the other's list within 2 s, carried by
// the server's notifications (LISTEN/NOTIFY), no refresh pressed. Needs a PostgreSQL server
// (SIGNWATCH_TEST_PG, password in PGPASSWORD); skipped without one unless SIGNWATCH_REQUIRE_PG=1.
#include "CaseworkFixtures.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "connection/SecretStore.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/CasebookUnavailablePage.h"
#include "shell/CaseworkServices.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {
// One desk: its own settings, registry session, findings store, casebook connection and window.
struct Desk
{
    Desk(const QString &dir, const QString &name, const test::ScratchCasebook &casebook)
        : settings(dir + QLatin1Char('/') + name + QStringLiteral(".ini")),
          profiles(settings),
          findings(dir + QLatin1Char('/') + name + QStringLiteral("-findings.sqlite")),
          session(settings, secrets, clock)
    {
        (void)findings.open();
        session.setCheckInterval(0); // the test drives everything
        connected = session.connectTo(casebook.spec(), casebook.password());
    }

    settings::Settings settings;
    settings::ProfileStore profiles;
    connection::SecretStore secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    registry::RegistrySession registry;
    findings::FindingsStore findings;
    const Clock clock;
    ui::CasebookSession session;
    Result<void> connected;
    std::unique_ptr<ui::MainWindow> window; // last: it goes first
};
} // namespace

class TestUiCasebookListen : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QVERIFY(test::checkPostgresRequirement());
        if (qEnvironmentVariableIsEmpty("SIGNWATCH_TEST_PG"))
            QSKIP("SIGNWATCH_TEST_PG is not set: no PostgreSQL server to share a casebook on");
        auto created = test::ScratchCasebook::create(connection::Engine::Postgres);
        QVERIFY2(created.ok(), qPrintable(created ? QString() : created.error().fullText()));
        m_casebook = std::move(*created);
    }

    void caseOpenedAtOneDeskAppearsAtTheOther()
    {
        Desk first(m_dir.path(), QStringLiteral("first"), *m_casebook);
        Desk second(m_dir.path(), QStringLiteral("second"), *m_casebook);
        QVERIFY2(first.connected.ok(),
                 qPrintable(first.connected ? QString() : first.connected.error().fullText()));
        QVERIFY2(second.connected.ok(),
                 qPrintable(second.connected ? QString() : second.connected.error().fullText()));
        for (Desk *desk : {&first, &second}) {
            desk->window = std::make_unique<ui::MainWindow>(
                ui::ConsoleContext {desk->settings, desk->profiles, desk->secrets, desk->registry,
                                    desk->findings, desk->session, desk->clock});
            desk->window->show();
            desk->window->setCurrentPage(ui::MainWindow::Cases);
        }
        QVERIFY(QTest::qWaitForWindowExposed(second.window.get()));
        QTableView *secondCases = second.window->casesPage()->table();
        QTableView *secondComplaints = second.window->complaintsPage()->table();
        QCOMPARE(secondCases->model()->rowCount(), 0);
        QSignalSpy changed(&second.session, &ui::CasebookSession::tablesChanged);

        // The first desk opens a case; the second's list shows it without F5.
        casebook::NewCase newCase;
        newCase.provider = QStringLiteral("VIETTEL-CA");
        newCase.findingLines = {test::findingLine(1), test::findingLine(2)};
        QElapsedTimer since;
        since.start();
        auto opened = first.session.casework()->cases().open(newCase);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
        QTRY_COMPARE_WITH_TIMEOUT(secondCases->model()->rowCount(), 1, 2000);
        qInfo("seen at the other desk after %lld ms", since.elapsed());
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.first().first().value<QSet<QString>>().contains(QStringLiteral("cases")));
        // Its own list too (its own write notifies it as well).
        QTRY_COMPARE_WITH_TIMEOUT(first.window->casesPage()->table()->model()->rowCount(), 1, 2000);

        // A complaint added at the second desk reaches the first's complaints list.
        QTableView *firstComplaints = first.window->complaintsPage()->table();
        const int before = firstComplaints->model()->rowCount();
        casebook::Complaint complaint;
        complaint.citizenId = test::demoCitizen(7);
        complaint.provider = QStringLiteral("VIETTEL-CA");
        complaint.receivedAt = first.clock.now();
        complaint.statement = QStringLiteral("Chứng thư cấp khi không yêu cầu");
        auto added = second.session.casework()->complaints().add(complaint);
        QVERIFY2(added.ok(), qPrintable(added ? QString() : added.error().fullText()));
        QTRY_COMPARE_WITH_TIMEOUT(firstComplaints->model()->rowCount(), before + 1, 2000);
        QCOMPARE(secondComplaints->model()->rowCount(), before + 1);
    }

    void droppedConnectionIsNoticed()
    {
        Desk desk(m_dir.path(), QStringLiteral("dropped"), *m_casebook);
        QVERIFY(desk.connected.ok());
        desk.window = std::make_unique<ui::MainWindow>(
            ui::ConsoleContext {desk.settings, desk.profiles, desk.secrets, desk.registry, desk.findings,
                                desk.session, desk.clock});
        QVERIFY(desk.window->casesPage());
        // The server ends the desk's session (a restart, a network cut seen by the server).
        QSqlQuery pid(desk.session.casebook()->database());
        QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
        const qint64 backend = pid.value(0).toLongLong();
        pid.finish();
        {
            auto other = casebook::Casebook::connect(m_casebook->spec(), m_casebook->password());
            QVERIFY(other.ok());
            QSqlQuery kill((*other)->database());
            QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
        }
        QSignalSpy unavailable(&desk.session, &ui::CasebookSession::unavailable);
        QVERIFY(QTest::qWaitFor([&] { return !desk.session.checkConnection(); }, 5000));
        QCOMPARE(unavailable.count(), 1);
        QVERIFY(!desk.window->casesPage());
        QVERIFY(desk.window->casebookUnavailablePage(ui::MainWindow::Cases)
                    ->message()
                    .contains(m_casebook->databaseName()));
        // The server is there again: Try again reconnects.
        QVERIFY(desk.session.retry().ok());
        QVERIFY(desk.window->casesPage());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::ScratchCasebook> m_casebook;
};

QTEST_MAIN(TestUiCasebookListen)
#include "tst_ui_casebooklisten.moc"
