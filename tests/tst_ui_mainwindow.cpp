// The main window shell: navigation, the status bar, remembered layout, opening and cancelling,
// and screenshots of what a user sees at 1366×768 in Vietnamese.
#include "OnScreen.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentsPage.h"
#include "citizens/CitizenPage.h"
#include "connection/ConnectionProfile.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "dashboard/ProviderOverviewModel.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "publishing/Outbox.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/ConnectionDialog.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/FilterBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace sw;

namespace {
// A registry that looks like the campaign's: the six providers with their legal names, a few
// thousand citizens, every channel, requests and look-ups.
QStringList campaignRegistry()
{
    struct Provider
    {
        const char *code;
        const char *name;
        int weight;
    };
    const Provider providers[] = {
        {"VNPT-CA", "VNPT Thừa Thiên Huế", 40},
        {"VIETTEL-CA", "Viettel Thừa Thiên Huế", 30},
        {"MISA-CA", "Công ty Cổ phần MISA", 10},
        {"BKAV-CA", "Công ty Cổ phần BKAV", 8},
        {"FPT-CA", "Công ty TNHH Hệ thống thông tin FPT", 7},
        {"CA2", "Công ty Cổ phần Công nghệ Thẻ Nacencomm", 5},
    };
    const char *channels[] = {"door_to_door", "door_to_door", "app", "hues_request", "legacy_import"};
    const char *districts[] = {"474", "476", "477", "478", "479", "480", "481", "482", "483"};

    QStringList statements;
    QStringList values;
    for (const Provider &p : providers)
        values << QStringLiteral("('%1', '%2', %3)")
                      .arg(QLatin1String(p.code), QString::fromUtf8(p.name),
                           qstrcmp(p.code, "FPT-CA") == 0 ? QStringLiteral("'2023-11-20T03:00:00Z'")
                                                          : QStringLiteral("NULL"));
    statements << QStringLiteral("INSERT INTO providers (code, name, excluded_at) VALUES ")
            + values.join(u',');
    values.clear();

    auto flush = [&statements, &values](const QString &head) {
        if (!values.isEmpty())
            statements << head + values.join(u',');
        values.clear();
    };
    const int citizens = 4000;
    for (int i = 1; i <= citizens; ++i) {
        values << QStringLiteral("('0460%1', 'Công dân %2', '%3')")
                      .arg(90000000 + i, 8, 10, QLatin1Char('0'))
                      .arg(i)
                      .arg(QLatin1String(districts[i % 9]));
        if (values.size() == 500)
            flush(QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "));
    }
    flush(QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "));

    int id = 0;
    auto providerFor = [&providers](int n) {
        int slot = n % 100;
        for (const Provider &p : providers) {
            if (slot < p.weight)
                return p.code;
            slot -= p.weight;
        }
        return providers[0].code;
    };
    for (int i = 1; i <= citizens; i += 2) { // about half the citizens hold a signature
        ++id;
        const char *status = id % 41 == 0 ? "revoked" : id % 29 == 0 ? "technical_error" : "active";
        values << QStringLiteral("(%1, '0460%2', '%3', '%4', '%5', '2023-%6-%7T0%8:00:00Z')")
                      .arg(id)
                      .arg(90000000 + i, 8, 10, QLatin1Char('0'))
                      .arg(QLatin1String(providerFor(i * 7)), QLatin1String(channels[id % 5]),
                           QLatin1String(status))
                      .arg(8 + id % 5, 2, 10, QLatin1Char('0'))
                      .arg(1 + id % 28, 2, 10, QLatin1Char('0'))
                      .arg(id % 10);
        if (values.size() == 500)
            flush(QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, "
                                 "status, recorded_at) VALUES "));
    }
    flush(QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, "
                         "recorded_at) VALUES "));
    for (int i = 1; i <= 600; ++i)
        values << QStringLiteral("(%1, '0460%2', '%3', '%4', '2023-10-01T00:00:00Z')")
                      .arg(i)
                      .arg(90000000 + i * 3, 8, 10, QLatin1Char('0'))
                      .arg(QLatin1String(providerFor(i * 13)),
                           i % 3 ? QStringLiteral("home") : QStringLiteral("phone"));
    flush(QStringLiteral(
        "INSERT INTO service_requests (id, citizen_id, provider_code, mode, registered_at) VALUES "));
    for (int i = 1; i <= 2500; ++i) {
        values << QStringLiteral("(%1, '%2', '0460%3', '2023-08-01T00:00:00Z', %4)")
                      .arg(i)
                      .arg(QLatin1String(providerFor(i * 11)))
                      .arg(90000000 + i, 8, 10, QLatin1Char('0'))
                      .arg(i % 4 == 0 ? QStringLiteral("TRUE") : QStringLiteral("FALSE"));
        if (values.size() == 500)
            flush(QStringLiteral(
                "INSERT INTO lookups (id, provider_code, citizen_id, looked_up_at, found) VALUES "));
    }
    flush(QStringLiteral("INSERT INTO lookups (id, provider_code, citizen_id, looked_up_at, found) VALUES "));
    return statements;
}

QString mainWindowText(const char *source)
{
    return QCoreApplication::translate("sw::ui::MainWindow", source);
}

QString statusText(const char *source)
{
    return QCoreApplication::translate("sw::ui::RegistryStatus", source);
}

QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false); // kept so that a person can look at them
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}
} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void navigationSwitchesPages();
    void ctrlFFocusesEveryPagesFilters();
    void statusBarNamesTheOpenRegistry_data();
    void statusBarNamesTheOpenRegistry();
    void cancelWhileOpening();
    void failedAttemptKeepsTheOpenRegistry_data();
    void failedAttemptKeepsTheOpenRegistry();
    void dialogKeepsWhatWasTypedAfterAFailure();
    void layoutIsRemembered();
    void openProfileAsksForMissingPassword();
    void screenshots();

private:
    std::unique_ptr<ui::MainWindow> makeWindow();

    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<findings::FindingsStore> m_findings;
    std::unique_ptr<ui::CasebookSession> m_casebook;
    const sw::Clock m_clock; // the system's: the window's times are not under test here
};

void TestUiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(test::checkPostgresRequirement());
    // Vietnamese is the default: numbers and dates in Vietnamese form (and the Vietnamese
    // translation when it has been built).
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    QCOMPARE(QLocale().language(), QLocale::Vietnamese);
}

void TestUiMainWindow::init()
{
    const QString ini
        = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    m_settings = std::make_unique<settings::Settings>(ini);
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    m_session = std::make_unique<registry::RegistrySession>();
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_findings = std::make_unique<findings::FindingsStore>(
        m_dir.filePath(name + QStringLiteral("-findings.sqlite")));
    QVERIFY(m_findings->open().ok());
    auto opened = casebook::Casebook::open(m_dir.filePath(name + QStringLiteral("-casebook.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    // The session migrates the outbox's tables and makes the casework services, as in main().
    m_casebook = std::make_unique<ui::CasebookSession>(*m_settings, m_secrets, m_clock);
    m_casebook->adopt(std::move(opened.value()));
    QVERIFY(m_casebook->isOpen());
    QVERIFY(m_casebook->outboxNotice().isEmpty());
}

void TestUiMainWindow::cleanup()
{
    m_session.reset();
    m_casebook.reset();
    m_findings.reset();
    m_profiles.reset();
    m_settings.reset();
}

std::unique_ptr<ui::MainWindow> TestUiMainWindow::makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>(ui::ConsoleContext {
        *m_settings, *m_profiles, m_secrets, *m_session, *m_findings, *m_casebook, m_clock});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestUiMainWindow::navigationSwitchesPages()
{
    auto window = makeWindow();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    QCOMPARE(navigation->count(), int(ui::MainWindow::PageCount));
    QCOMPARE(pages->count(), int(ui::MainWindow::PageCount));
    const QStringList expected = {
        QStringLiteral("Overview"),   QStringLiteral("Findings"), QStringLiteral("Citizen look-up"),
        QStringLiteral("Complaints"), QStringLiteral("Cases"),    QStringLiteral("Minutes & announcements"),
        QStringLiteral("Reports"),    QStringLiteral("Settings")};
    if (QCoreApplication::translate("sw::ui::MainWindow", "Overview") == QLatin1String("Overview")) {
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(navigation->item(i)->text(), expected.at(i));
    }
    QCOMPARE(window->currentPage(), ui::MainWindow::Overview);

    for (int row = navigation->count() - 1; row >= 0; --row) {
        const QRect rect = navigation->visualItemRect(navigation->item(row));
        QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(pages->currentIndex(), row);
        QCOMPARE(int(window->currentPage()), row);
    }
    // Each area is its page.
    window->setCurrentPage(ui::MainWindow::Complaints);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->complaintsPage()));
    window->setCurrentPage(ui::MainWindow::Cases);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->casesPage()));
    window->setCurrentPage(ui::MainWindow::Minutes);
    QCOMPARE(pages->currentWidget(), static_cast<QWidget *>(window->documentsPage()));
    // A click on a live watch's notification shows the findings.
    Q_EMIT window->findingsPage()->notificationClicked();
    QCOMPARE(window->currentPage(), ui::MainWindow::Findings);
    // The overview tells what to do without a registry.
    QCOMPARE(window->overviewPage()->view(), ui::OverviewPage::View::NoRegistry);
    auto *status = window->findChild<QLabel *>(QStringLiteral("registryStatus"));
    QCOMPARE(status->text(), statusText("No registry open"));
}

// Issue 17: Ctrl+F gives the keyboard to the page's filter bar on every page that has one (the
// findings page had none), and to the search box on the citizen look-up.
void TestUiMainWindow::ctrlFFocusesEveryPagesFilters()
{
    auto window = makeWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    int withBar = 0;
    for (int index = 0; index < int(ui::MainWindow::PageCount); ++index) {
        window->setCurrentPage(ui::MainWindow::Page(index));
        QWidget *page = pages->currentWidget();
        auto *bar = page->findChild<ui::FilterBar *>(QStringLiteral("filterBar"));
        if (!bar)
            continue;
        ++withBar;
        page->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY2(bar->isAncestorOf(QApplication::focusWidget()), qPrintable(page->objectName()));
    }
    QCOMPARE(withBar, 6); // overview, findings, complaints, cases, minutes, reports
}

void TestUiMainWindow::statusBarNamesTheOpenRegistry_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiMainWindow::statusBarNamesTheOpenRegistry()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    (*scratch)->closeWriter();

    auto window = makeWindow();
    auto *status = window->findChild<QLabel *>(QStringLiteral("registryStatus"));
    auto *busy = window->findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    QSignalSpy opened(m_session.get(), &registry::RegistrySession::opened);
    window->openRegistry((*scratch)->spec(), (*scratch)->password());
    QVERIFY(busy->isVisible());
    QVERIFY(status->text().startsWith(statusText("Opening %1…").section(QStringLiteral("%1"), 0, 0)));
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(!busy->isVisible());

    const QString text = status->text();
    QVERIFY2(text.contains(connection::engineName(engine)), qPrintable(text));
    QVERIFY2(text.contains((*scratch)->spec().displayName()), qPrintable(text));
    QVERIFY2(text.contains(statusText("%1 · read-only").arg(QString())), qPrintable(text));
    QVERIFY(window->windowTitle().contains((*scratch)->spec().displayName()));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("asOfStatus"))->text(), mainWindowText("As of: now"));
    QCOMPARE(window->findChild<QLabel *>(QStringLiteral("lastScanStatus"))->text(),
             mainWindowText("Last scan: no scan yet"));
    // What to reopen next time, without any password.
    QCOMPARE(m_settings->lastRegistryUrl(), (*scratch)->spec().toUrl());
    QTRY_COMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Content);

    // F5 counts again.
    QSignalSpy ready(window->overviewPage(), &ui::OverviewPage::dashboardShown);
    QTest::keyClick(window.get(), Qt::Key_F5);
    QCOMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Loading);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Content);

    m_session->close();
    QCOMPARE(status->text(), statusText("No registry open"));
}

void TestUiMainWindow::cancelWhileOpening()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    (*scratch)->closeWriter();

    auto window = makeWindow();
    QSignalSpy opened(m_session.get(), &registry::RegistrySession::opened);
    window->openRegistry((*scratch)->spec(), {});
    auto *cancel = window->findChild<QToolButton *>(QStringLiteral("cancelOpenButton"));
    QVERIFY(cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(m_session->state(), registry::RegistrySession::State::Closed);
    QVERIFY(!cancel->isVisible());
    QTest::qWait(200); // the worker finishes opening; its result must be dropped
    QCOMPARE(opened.count(), 0);
    QCOMPARE(window->overviewPage()->view(), ui::OverviewPage::View::NoRegistry);

    // The session still works afterwards.
    window->openRegistry((*scratch)->spec(), {});
    QTRY_COMPARE(opened.count(), 1);
}

void TestUiMainWindow::failedAttemptKeepsTheOpenRegistry_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

// A failed attempt (here: a file that is no registry, or a wrong password) never closes the
// registry that is open: the pages keep what they show, and the error is shown where the user is.
void TestUiMainWindow::failedAttemptKeepsTheOpenRegistry()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec(campaignRegistry()).ok());
    (*scratch)->closeWriter();

    auto window = makeWindow();
    auto *status = window->findChild<QLabel *>(QStringLiteral("registryStatus"));
    window->openRegistry((*scratch)->spec(), (*scratch)->password());
    QTRY_COMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Content);
    const int rows = window->overviewPage()->model()->rowCount();
    QVERIFY(rows > 0);
    window->setCurrentPage(ui::MainWindow::Citizens);
    const QString before = status->text();

    connection::ConnectionSpec bad;
    QString password;
    if (engine == connection::Engine::Sqlite) {
        bad.path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(bad.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a registry\n");
    } else {
        bad = (*scratch)->spec();
        password = QStringLiteral("wrong-password");
    }
    QSignalSpy failed(m_session.get(), &registry::RegistrySession::openFailed);
    window->openRegistry(bad, password);
    QVERIFY2(status->text().contains(statusText("connecting to %1…").section(QStringLiteral("%1"), 0, 0)),
             qPrintable(status->text()));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);

    QVERIFY(m_session->isOpen());
    QCOMPARE(status->text(), before);
    QCOMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Content);
    QCOMPARE(window->overviewPage()->model()->rowCount(), rows);
    QCOMPARE(window->citizenPage()->view(), ui::CitizenPage::View::Prompt);
    // Said on the page the user is on, naming what stays open.
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox *>(QStringLiteral("openFailureMessage")))
                && box->isVisible());
    QVERIFY2(box->informativeText().contains((*scratch)->spec().displayName()),
             qPrintable(box->informativeText()));
    QVERIFY(!box->detailedText().contains(QLatin1String("wrong-password")));
    QVERIFY(box->grab().save(
        QDir(screenshotDir())
            .filePath(QStringLiteral("open-failed-message-%1.png").arg(connection::engineName(engine)))));
    // What the picture shows: the registry that stays open, named; no password.
    QVERIFY2(test::showsText(box, (*scratch)->spec().displayName()), test::describeScreen(box));
    QVERIFY(!test::showsText(box, QStringLiteral("wrong-password")));
    box->close();
    // And the registry still answers.
    QSignalSpy ready(window->overviewPage(), &ui::OverviewPage::dashboardShown);
    window->setCurrentPage(ui::MainWindow::Overview);
    window->refresh();
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(window->overviewPage()->model()->rowCount(), rows);
}

// Through the dialog: it stays open with everything typed and says why; the open registry stays.
void TestUiMainWindow::dialogKeepsWhatWasTypedAfterAFailure()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    (*scratch)->closeWriter();
    auto window = makeWindow();
    QSignalSpy opened(m_session.get(), &registry::RegistrySession::opened);
    window->openRegistry((*scratch)->spec(), {});
    QTRY_COMPARE(opened.count(), 1);

    ui::ConnectionDialog *dialog = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    dialog->findChild<QComboBox *>(QStringLiteral("engine"))->setCurrentIndex(1);
    dialog->findChild<QLineEdit *>(QStringLiteral("pgHost"))->setText(QStringLiteral("127.0.0.1"));
    dialog->findChild<QSpinBox *>(QStringLiteral("pgPort"))->setValue(1); // nothing listens there
    dialog->findChild<QLineEdit *>(QStringLiteral("pgDatabase"))->setText(QStringLiteral("hues"));
    dialog->findChild<QLineEdit *>(QStringLiteral("pgUser"))->setText(QStringLiteral("sotttt_reader"));
    dialog->findChild<QLineEdit *>(QStringLiteral("pgPassword"))->setText(QStringLiteral("typed-password"));
    QSignalSpy failed(m_session.get(), &registry::RegistrySession::openFailed);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);

    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->isConnecting());
    QVERIFY2(dialog->notice().contains(QLatin1String("127.0.0.1")), qPrintable(dialog->notice()));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("pgHost"))->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("pgPassword"))->text(),
             QStringLiteral("typed-password"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("pgUser"))->text(),
             QStringLiteral("sotttt_reader"));
    QVERIFY(!window->findChild<QMessageBox *>(QStringLiteral("openFailureMessage")));
    QVERIFY(m_session->isOpen());
    QCOMPARE(m_session->spec(), std::optional<connection::ConnectionSpec>((*scratch)->spec()));
    QVERIFY(
        dialog->grab().save(QDir(screenshotDir()).filePath(QStringLiteral("connection-dialog-failed.png"))));
    // What the picture shows: why it failed, the host typed, the password as dots only.
    QVERIFY2(test::showsText(dialog, dialog->notice()), test::describeScreen(dialog));
    QVERIFY(test::showsText(dialog, QStringLiteral("127.0.0.1")));
    QVERIFY(!test::showsText(dialog, QStringLiteral("typed-password")));

    // Fixed and tried again: the dialog closes once the registry opened.
    dialog->findChild<QComboBox *>(QStringLiteral("engine"))->setCurrentIndex(0);
    dialog->findChild<QLineEdit *>(QStringLiteral("sqlitePath"))->setText((*scratch)->spec().path);
    const QPointer<ui::ConnectionDialog> guard(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
    QTRY_COMPARE(opened.count(), 2);
    QTRY_VERIFY(!guard || !guard->isVisible());
}

void TestUiMainWindow::layoutIsRemembered()
{
    QList<int> sizes;
    {
        auto window = makeWindow();
        auto *splitter = window->findChild<QSplitter *>();
        splitter->setSizes({260, 1000});
        sizes = splitter->sizes();
        window->setCurrentPage(ui::MainWindow::Reports);
        window->close();
    }
    QVERIFY(!m_settings->windowGeometry().isEmpty());
    QVERIFY(!m_settings->viewState(settings::Settings::View::Navigation).isEmpty());
    auto window = makeWindow();
    QCOMPARE(window->findChild<QSplitter *>()->sizes().first(), sizes.first());
    QCOMPARE(window->currentPage(), ui::MainWindow::Reports);
}

void TestUiMainWindow::openProfileAsksForMissingPassword()
{
    connection::ConnectionSpec spec;
    spec.engine = connection::Engine::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = 1; // never reached: there is no password to try
    spec.database = QStringLiteral("hues");
    spec.user = QStringLiteral("nobody");
    QVERIFY(m_profiles->save({QStringLiteral("Hue-S"), spec}));
    const QByteArray pgPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");

    auto window = makeWindow();
    QVERIFY(!window->openProfile(QStringLiteral("No such profile")));
    QVERIFY(window->openProfile(QStringLiteral("Hue-S")));
    if (!pgPassword.isNull())
        qputenv("PGPASSWORD", pgPassword);
    auto *dialog = window->findChild<ui::ConnectionDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!dialog->notice().isEmpty());
    QCOMPARE(m_session->state(), registry::RegistrySession::State::Closed);
    dialog->reject();
}

void TestUiMainWindow::screenshots()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    auto filled = (*scratch)->exec(campaignRegistry());
    if (!filled)
        QFAIL(qPrintable(filled.error().fullText()));
    (*scratch)->closeWriter();

    auto window = makeWindow();
    window->resize(1366, 768);
    const QString dir = screenshotDir();
    QImage shot;
    auto save = [&dir, &shot](QWidget *widget, const QString &name) {
        QTest::qWait(50);
        const QString path = QDir(dir).filePath(name);
        shot = widget->grab().toImage();
        QVERIFY(shot.save(path));
        qInfo("screenshot %s", qPrintable(path));
    };

    save(window.get(), QStringLiteral("mainwindow-empty.png"));
    QCOMPARE(shot.size(), QSize(1366, 768));
    // The window carries the application's icon (title bar, task bar).
    const QImage icon = window->windowIcon().pixmap(48).toImage();
    QVERIFY(!icon.isNull());
    QCOMPARE(icon, ui::MainWindow::applicationIcon().pixmap(48).toImage());
    QVERIFY(test::isOnScreen(window->overviewPage(), window.get()));
    window->openRegistry((*scratch)->spec(), {});
    QTRY_COMPARE(window->overviewPage()->view(), ui::OverviewPage::View::Content);
    QCOMPARE(window->overviewPage()->model()->rowCount(), 7);
    save(window.get(), QStringLiteral("mainwindow-overview.png"));
    // The provider lines in sight (the table scrolls below the charts), each with its colour beside
    // the code.
    {
        const QTableView *providers = window->overviewPage()->table();
        int inSight = 0;
        for (int row = 0; row < providers->model()->rowCount(); ++row) {
            const QModelIndex code = providers->model()->index(row, ui::ProviderOverviewModel::Code);
            if (!providers->viewport()->rect().contains(providers->visualRect(code)))
                continue;
            ++inSight;
            QVERIFY2(test::decorationShown(shot, providers, code, window.get()),
                     qPrintable(code.data().toString()));
        }
        QVERIFY2(inSight >= 3, qPrintable(QString::number(inSight)));
    }
    // The notice that the audit log's head is kept in a file (no keychain): in the status bar beside
    // the registry, stopping nothing, and the frame still fits.
    window->showNotice(QStringLiteral("The system keychain is not available. The head of the audit log is "
                                      "kept in /home/inspector/.config/SignWatch/SignWatch/audit-anchors "
                                      "instead."));
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("noticeStatus"))->isVisible());
    QVERIFY(window->findChild<QLabel *>(QStringLiteral("registryStatus"))->isVisible());
    QCOMPARE(window->width(), 1366);
    save(window.get(), QStringLiteral("mainwindow-anchor-notice.png"));
    window->showNotice({});

    // Nothing in the frame needs horizontal scrolling at 1366×768.
    auto *table = window->overviewPage()->table();
    QVERIFY2(!table->horizontalScrollBar()->isVisible(), "the overview table scrolls sideways");

    window->setCurrentPage(ui::MainWindow::Findings);
    save(window.get(), QStringLiteral("mainwindow-findings-empty.png"));
    QVERIFY(test::isOnScreen(window->findingsPage(), window.get()));
    QVERIFY(!test::isOnScreen(window->overviewPage(), window.get()));
    window->setCurrentPage(ui::MainWindow::Settings);
    save(window.get(), QStringLiteral("mainwindow-settings.png"));
    QVERIFY(!test::isOnScreen(window->findingsPage(), window.get()));

    ui::ConnectionDialog *dialog = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    save(dialog, QStringLiteral("connection-dialog.png"));
    // PostgreSQL with the keychain unavailable: the notice says why, its cause under Details.
    connection::ConnectionSpec postgres;
    postgres.engine = connection::Engine::Postgres;
    postgres.host = QStringLiteral("db.hue.gov.vn");
    postgres.database = QStringLiteral("hues");
    postgres.user = QStringLiteral("sotttt_reader");
    dialog->setSpec(postgres);
    dialog->reportKeychainUnavailable(Error::make(
        QStringLiteral("The system keychain is not available."),
        QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"), Error::Kind::Unavailable));
    save(dialog, QStringLiteral("connection-dialog-no-keychain.png"));
    QVERIFY2(test::showsText(dialog, dialog->notice()), test::describeScreen(dialog));
    QVERIFY(test::showsText(dialog, QStringLiteral("db.hue.gov.vn")));
    dialog->reject();
    window.reset();

    // The same frame in English too: nothing truncated, no sideways scrolling in either language.
    settings::installTranslations(*qApp, QStringLiteral("en"));
    auto translated = makeWindow();
    translated->resize(1366, 768);
    translated->setCurrentPage(ui::MainWindow::Overview);
    translated->openRegistry((*scratch)->spec(), {});
    QTRY_COMPARE(translated->overviewPage()->view(), ui::OverviewPage::View::Content);
    save(translated.get(), QStringLiteral("mainwindow-overview-en.png"));
    // In English: the navigation reads "Overview", "Findings"…
    QVERIFY2(test::textsOnScreen(translated.get()).contains(QStringLiteral("Findings")),
             test::describeScreen(translated.get()));
    QVERIFY2(!translated->overviewPage()->table()->horizontalScrollBar()->isVisible(),
             "the English overview table scrolls sideways");
    translated.reset();
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

QTEST_MAIN(TestUiMainWindow)
#include "tst_ui_mainwindow.moc"
