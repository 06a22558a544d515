// Nothing clipped, nothing off-screen (issue 17): on a 1366×768 screen, in Vietnamese and in
// English, the window fits the screen at its first launch, and on every page of the main window
// (with nothing open, then with a registry scanned and a casebook at work) and in every dialog,
// each label, button, group box title, tab, combo box, header section, cell in sight, window title
// and chart text has the room its text needs (LayoutCheck). Remembered column widths still fit
// their headers after a switch of language; the reports page keeps its buttons and messages in
// sight after a preview. With SIGNWATCH_SCREENSHOT_DIR=/folder, every page and dialog is saved there
// as PNG.
#include "LaptopScreen.h"
#include "LayoutCheck.h"
#include "QtStrings.h"
#include "ScratchRegistry.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "casework/CasePrompts.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintsPage.h"
#include "casework/DocumentsPage.h"
#include "citizens/CitizenPage.h"
#include "citizens/UnmaskDialog.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "demo/DemoGenerator.h"
#include "findings/FindingsExportDialog.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "reports/ReportsPage.h"
#include "rules/Finding.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/CaseworkServices.h"
#include "shell/ConnectionDialog.h"
#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"

#include <QApplication>
#include <QFileDialog>
#include <QInputDialog>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using test::nextModal;
using test::whileShown;

namespace {

const QSize screenSize(1366, 768);

rules::Finding finding(const QString &rule, qint64 subject, const QString &provider, int day)
{
    rules::Finding f;
    f.rule = rule;
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = subject;
    f.provider = provider;
    f.citizenId = QStringLiteral("04609000%1").arg(subject, 4, 10, QLatin1Char('0'));
    f.at = QDateTime(QDate(2023, 9, day), QTime(2, 30), Qt::UTC).toSecsSinceEpoch();
    f.evidence = {subject};
    return f;
}

} // namespace

class TestUiLayout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstLaunchFitsTheScreen();
    void pages_data();
    void pages();
    void dialogs_data();
    void dialogs();
    void rememberedWidthsAfterALanguageSwitch();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QString &settingsName);
    // The window with the registry open and scanned, a finding's detail on show.
    void openAndScan(ui::MainWindow &window);
    void look(QWidget *widget, const QString &where);
    void screenshot(QWidget *widget, const QString &name);
    void verifyNothingClipped();

    QTemporaryDir m_dir;
    QString m_documents;
    test::LayoutCheck m_check;
    std::unique_ptr<test::ScratchRegistry> m_registry;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<findings::FindingsStore> m_findings;
    std::unique_ptr<ui::CasebookSession> m_casebook;
    const sw::Clock m_clock;
    qint64 m_caseId = 0;
    qint64 m_documentId = 0;
};

void TestUiLayout::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    m_documents = QDir::home().filePath(QStringLiteral("Documents"));
    QVERIFY(QDir().mkpath(m_documents + QStringLiteral("/archive")));
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    QCOMPARE(QGuiApplication::primaryScreen()->geometry().size(), screenSize);

    // The demo registry, with two codes the programme does not know beside its six providers: one
    // differs from a known code by a single character.
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite, false);
    QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().fullText()));
    m_registry = std::move(scratch.value());
    demo::DemoOptions options;
    options.citizens = 2000;
    QVERIFY(demo::generateDemoRegistry(m_registry->writer(), options).ok());
    const auto unknown = m_registry->exec({
        QStringLiteral("INSERT INTO providers (code, name) VALUES ('BKAV_CA', 'BKAV (mã cũ)'), "
                       "('HUE-SMARTCA', 'Nhà cung cấp thử nghiệm')"),
        QStringLiteral("UPDATE certificates SET provider_code = 'BKAV_CA' WHERE id % 17 = 0"),
        QStringLiteral("UPDATE certificates SET provider_code = 'HUE-SMARTCA' WHERE id % 19 = 0"),
        QStringLiteral("UPDATE service_requests SET provider_code = 'BKAV_CA' WHERE id % 17 = 0"),
    });
    QVERIFY2(unknown, qPrintable(unknown ? QString() : unknown.error().fullText()));
    m_registry->closeWriter();

    m_settings = std::make_unique<settings::Settings>(m_dir.filePath(QStringLiteral("profiles.ini")));
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    QVERIFY(m_profiles->save({QStringLiteral("Demo"), m_registry->spec()}).ok());
    m_session = std::make_unique<registry::RegistrySession>();
    m_findings = std::make_unique<findings::FindingsStore>(m_dir.filePath(QStringLiteral("findings.sqlite")));
    QVERIFY(m_findings->open().ok());
    auto opened = casebook::Casebook::open(m_dir.filePath(QStringLiteral("casebook.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    m_casebook = std::make_unique<ui::CasebookSession>(*m_settings, m_secrets, m_clock);
    m_casebook->adopt(std::move(opened.value()));
    QVERIFY(m_casebook->casework());

    // A casebook at work: complaints of every outcome, a case established with its minutes drafted.
    ui::CaseworkServices &casework = *m_casebook->casework();
    const QStringList providers = {QStringLiteral("VIETTEL-CA"), QStringLiteral("VNPT-CA"),
                                   QStringLiteral("BKAV-CA"), QStringLiteral("MISA-CA")};
    for (int i = 0; i < 8; ++i) {
        casebook::Complaint c;
        c.citizenId = QStringLiteral("0460900012%1").arg(i, 2, 10, QLatin1Char('0'));
        c.provider = providers.at(i % 4);
        c.receivedAt = QDateTime(QDate(2024, 1, 5 + i), QTime(1 + i, 15), Qt::UTC);
        c.channel = casebook::allChannels().at(i % casebook::allChannels().size());
        c.statement = QStringLiteral("Công dân phản ánh bị cấp chữ ký số lần thứ hai mà không có yêu cầu");
        c.outcome = casebook::allOutcomes().at(i % casebook::allOutcomes().size());
        if (c.outcome != casebook::ComplaintOutcome::Pending)
            c.notes = QStringLiteral("Đã đối chiếu với dữ liệu Hue-S");
        if (c.outcome == casebook::ComplaintOutcome::Substantiated)
            c.findingLines << rules::toJsonLine(
                finding(QStringLiteral("DUPLICATE_ISSUANCE"), 4700 + i, c.provider, 10));
        auto added = casework.complaints().add(c);
        QVERIFY2(added, qPrintable(added ? QString() : added.error().fullText()));
    }
    casebook::NewCase viettel;
    viettel.provider = QStringLiteral("VIETTEL-CA");
    for (int i = 0; i < 3; ++i)
        viettel.findingLines << rules::toJsonLine(
            finding(i == 2 ? QStringLiteral("LATE_UPDATE") : QStringLiteral("DUPLICATE_ISSUANCE"), 4711 + i,
                    viettel.provider, 12 + i));
    auto opened2 = casework.cases().open(viettel);
    QVERIFY(opened2);
    m_caseId = opened2->id;
    QVERIFY(casework.cases().establish(m_caseId, QStringLiteral("Đã xác minh với dữ liệu Hue-S")));
    auto minutes = casework.documents().createMinutes(m_caseId);
    QVERIFY(minutes);
    m_documentId = minutes->id;
    casebook::NewCase vnpt;
    vnpt.provider = QStringLiteral("VNPT-CA");
    vnpt.findingLines << rules::toJsonLine(finding(QStringLiteral("LATE_UPDATE"), 5000, vnpt.provider, 20));
    QVERIFY(casework.cases().open(vnpt));
}

void TestUiLayout::cleanupTestCase()
{
    m_session.reset();
    m_casebook.reset();
    m_findings.reset();
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

std::unique_ptr<ui::MainWindow> TestUiLayout::makeWindow(const QString &settingsName)
{
    m_settings = std::make_unique<settings::Settings>(m_dir.filePath(settingsName + QStringLiteral(".ini")));
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    auto window = std::make_unique<ui::MainWindow>(ui::ConsoleContext {
        *m_settings, *m_profiles, m_secrets, *m_session, *m_findings, *m_casebook, m_clock});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestUiLayout::openAndScan(ui::MainWindow &window)
{
    window.openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window.overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    ui::FindingsPage *findings = window.findingsPage();
    window.setCurrentPage(ui::MainWindow::Findings);
    if (!findings->currentScan()) {
        findings->scanAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!findings->isScanning() && findings->currentScan(), 60000);
    }
    QTRY_VERIFY(findings->model()->rowCount() > 0);
    findings->table()->selectRow(0);
    findings->openDetail();
    QTRY_VERIFY(findings->isDetailOpen());
}

void TestUiLayout::look(QWidget *widget, const QString &where)
{
    QCoreApplication::processEvents();
    QTest::qWait(30); // charts and the status bar lay out on the event loop
    m_check.look(widget, where);
}

void TestUiLayout::screenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QVERIFY(QDir().mkpath(dir));
    QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void TestUiLayout::verifyNothingClipped()
{
    const QStringList problems = m_check.take();
    for (const QString &problem : problems)
        qWarning().noquote() << problem;
    QVERIFY2(problems.isEmpty(),
             qPrintable(
                 QStringLiteral("%1 texts without the room they need (listed above)").arg(problems.size())));
}

// The first launch (nothing remembered) on a 1366×768 screen: the whole window, its frame and its
// status bar inside the screen's available area; and the pages let it be much narrower and lower
// than the screen (a panel, a title bar, or a window beside it).
void TestUiLayout::firstLaunchFitsTheScreen()
{
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        settings::installTranslations(*qApp, language);
        auto window = makeWindow(QStringLiteral("first-") + language);
        QCoreApplication::processEvents();
        const QRect available = window->screen()->availableGeometry();
        const QRect frame = window->frameGeometry();
        if (!available.contains(frame))
            m_check.fail(QStringLiteral("%1: the window takes %2,%3 %4×%5 of the %6×%7 available")
                             .arg(language)
                             .arg(frame.x())
                             .arg(frame.y())
                             .arg(frame.width())
                             .arg(frame.height())
                             .arg(available.width())
                             .arg(available.height()));
        const auto smallest = [this, &window, &language](const QString &where) {
            const QSize least = window->minimumSizeHint().expandedTo(window->minimumSize());
            if (least.width() > 1200 || least.height() > 640)
                m_check.fail(QStringLiteral("%1, %2: the window cannot be smaller than %3×%4")
                                 .arg(language, where)
                                 .arg(least.width())
                                 .arg(least.height()));
        };
        smallest(QStringLiteral("first launch"));
        qInfo("%s: the window can be as small as %d×%d", qPrintable(language),
              window->minimumSizeHint().width(), window->minimumSizeHint().height());
        // With a registry open, scanned and every page made.
        openAndScan(*window);
        auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
        for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
            window->setCurrentPage(ui::MainWindow::Page(page));
            QCoreApplication::processEvents();
            smallest(navigation->item(page)->text());
        }
        // The findings page's row with the live watch's counter and status.
        window->setCurrentPage(ui::MainWindow::Findings);
        QSignalSpy polled(window->findingsPage(), &ui::FindingsPage::livePolled);
        window->findingsPage()->setLive(true);
        QTRY_VERIFY_WITH_TIMEOUT(window->findingsPage()->isLive() && polled.count() > 0, 30000);
        QCoreApplication::processEvents();
        smallest(QStringLiteral("live watch"));
        window->findingsPage()->setLive(false);
        window->close();
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    verifyNothingClipped();
}

void TestUiLayout::pages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

// Every page, first with nothing open, then with the registry scanned and the casebook at work.
void TestUiLayout::pages()
{
    QFETCH(QString, language);
    settings::installTranslations(*qApp, language);
    m_session->close();
    auto window = makeWindow(QStringLiteral("pages-") + language);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    const auto page = [&](int index) { return navigation->item(index)->text(); };
    for (int index = 0; index < ui::MainWindow::PageCount; ++index) {
        window->setCurrentPage(ui::MainWindow::Page(index));
        look(window.get(), QStringLiteral("%1, nothing open: %2").arg(language, page(index)));
    }
    screenshot(window.get(), QStringLiteral("layout-%1-nothing-open").arg(language));

    openAndScan(*window);
    // The findings page while it watches the registry live: its counter and status in the row.
    ui::FindingsPage *findings = window->findingsPage();
    QSignalSpy polled(findings, &ui::FindingsPage::livePolled);
    findings->setLive(true);
    QTRY_VERIFY_WITH_TIMEOUT(findings->isLive() && polled.count() > 0, 30000);
    look(window.get(), QStringLiteral("%1: %2, live").arg(language, page(ui::MainWindow::Findings)));
    screenshot(window.get(), QStringLiteral("layout-%1-findings-live").arg(language));
    findings->setLive(false);
    const auto stored = findings->model()->finding(0);
    QVERIFY(stored);
    window->setCurrentPage(ui::MainWindow::Citizens);
    window->citizenPage()->showCitizen(stored->finding.citizenId.value_or(QString()), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(window->citizenPage()->view(), ui::CitizenPage::View::Timeline, 20000);
    window->setCurrentPage(ui::MainWindow::Complaints);
    window->complaintsPage()->table()->selectRow(1);
    window->complaintsPage()->openSelected();
    window->setCurrentPage(ui::MainWindow::Cases);
    window->casesPage()->showCase(m_caseId);
    QVERIFY(window->casesPage()->isDetailOpen());
    window->setCurrentPage(ui::MainWindow::Minutes);
    window->documentsPage()->showDocument(m_documentId);

    // The report, previewed: its buttons and messages stay in sight beside the pages.
    auto *reports = window->findChild<ui::ReportsPage *>(QStringLiteral("reportsPage"));
    QVERIFY(reports);
    window->setCurrentPage(ui::MainWindow::Reports);
    QSignalSpy previewed(reports, &ui::ReportsPage::previewReady);
    QPushButton *previewButton = nullptr;
    for (QPushButton *button : reports->findChildren<QPushButton *>())
        if (button->text() == QCoreApplication::translate("sw::ui::ReportsPage", "Preview"))
            previewButton = button;
    QVERIFY(previewButton);
    previewButton->click();
    QTRY_COMPARE_WITH_TIMEOUT(previewed.count(), 1, 60000);
    QCoreApplication::processEvents();
    const auto inSight = [this, &language](const QWidget *widget, const QString &text) {
        if (!widget->isVisible() || widget->visibleRegion().boundingRect() != widget->rect())
            m_check.fail(QStringLiteral("%1: reports — %2 — \"%3\" — out of sight after a preview")
                             .arg(language, test::layout::nameOf(widget), text));
    };
    const QStringList actions = {QCoreApplication::translate("sw::ui::ReportsPage", "Preview"),
                                 QCoreApplication::translate("sw::ui::ReportsPage", "Export PDF…")};
    int buttons = 0;
    for (QPushButton *button : reports->findChildren<QPushButton *>()) {
        if (!actions.contains(button->text()))
            continue;
        ++buttons;
        inSight(button, button->text());
    }
    QCOMPARE(buttons, 2);
    if (auto *status = reports->findChild<QLabel *>(QStringLiteral("reportStatus")))
        inSight(status, status->text());
    else
        m_check.fail(language + QStringLiteral(": reports — no status line"));

    const char *const names[]
        = {"overview", "findings", "citizens", "complaints", "cases", "minutes", "reports", "settings"};
    for (int index = 0; index < ui::MainWindow::PageCount; ++index) {
        window->setCurrentPage(ui::MainWindow::Page(index));
        look(window.get(), QStringLiteral("%1: %2").arg(language, page(index)));
        screenshot(window.get(), QStringLiteral("layout-%1-%2").arg(language, QLatin1String(names[index])));
    }
    // The charts below the fold too.
    window->setCurrentPage(ui::MainWindow::Overview);
    auto *charts = window->findChild<QScrollArea *>(QStringLiteral("chartScroll"));
    QVERIFY(charts);
    screenshot(charts->widget(), QStringLiteral("layout-%1-overview-charts").arg(language));
    window->close();
    verifyNothingClipped();
}

void TestUiLayout::dialogs_data()
{
    pages_data();
}

// Every dialog of the console: its own, the casework prompts, message boxes, Qt's file dialogs.
void TestUiLayout::dialogs()
{
    QFETCH(QString, language);
    settings::installTranslations(*qApp, language);
    auto window = makeWindow(QStringLiteral("dialogs-") + language);
    const auto lookAndClose = [this, &language](const QString &where) {
        return [this, where, language](QWidget *dialog) {
            if (!dialog) {
                m_check.fail(QStringLiteral("%1: %2 not shown").arg(language, where));
                return;
            }
            look(dialog, QStringLiteral("%1: %2").arg(language, where));
            screenshot(
                dialog,
                QStringLiteral("layout-%1-dialog-%2").arg(language, QString(where).replace(u' ', u'-')));
            dialog->close();
        };
    };

    ui::ConnectionDialog *connection = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(connection));
    look(connection, language + QStringLiteral(": connection (SQLite)"));
    connection::ConnectionSpec postgres;
    postgres.engine = connection::Engine::Postgres;
    postgres.host = QStringLiteral("db.hue.gov.vn");
    postgres.database = QStringLiteral("hues");
    postgres.user = QStringLiteral("sotttt_reader");
    connection->setSpec(postgres);
    connection->reportKeychainUnavailable(Error::make(QStringLiteral("The system keychain is not available."),
                                                      QStringLiteral("Cannot autolaunch D-Bus"),
                                                      Error::Kind::Unavailable));
    look(connection, language + QStringLiteral(": connection (PostgreSQL, no keychain)"));
    screenshot(connection, QStringLiteral("layout-%1-connection-dialog").arg(language));
    connection->reject();

    ui::UnmaskDialog unmask(QStringLiteral("046******789"), window.get());
    unmask.show();
    look(&unmask, language + QStringLiteral(": unmask"));
    unmask.close();
    ui::FindingsExportDialog exporting(3, 12345, window.get());
    exporting.show();
    look(&exporting, language + QStringLiteral(": export findings"));
    exporting.close();
    // The user guide (F1), at the findings page's section.
    ui::HelpDialog *help = window->showHelp(ui::MainWindow::Findings);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    look(help, language + QStringLiteral(": user guide"));
    screenshot(help, QStringLiteral("layout-%1-dialog-user-guide").arg(language));
    help->close();

    ui::CasePrompts prompts;
    QWidget *parent = window.get();
    const QString sign = QCoreApplication::translate("sw::ui::CasesPage", "Sign the minutes");
    whileShown(nextModal(), lookAndClose(QStringLiteral("confirmation")), [&] {
        prompts.confirm(parent, QStringLiteral("Ký biên bản"),
                        QStringLiteral("Ký biên bản số 12/BB-STTTT về VIETTEL-CA? Biên bản đã ký không sửa "
                                       "được nữa."),
                        sign);
    });
    whileShown(nextModal(), lookAndClose(QStringLiteral("reason")), [&] {
        prompts.reason(parent, QStringLiteral("Bác bỏ vụ việc"), QStringLiteral("Lý do bác bỏ vụ việc:"),
                       true);
    });
    whileShown(nextModal(), lookAndClose(QStringLiteral("exclusion")),
               [&] { prompts.exclusion(parent, QDate(2024, 5, 20)); });
    const auto candidates = m_casebook->casework()->complaints().list();
    QVERIFY(candidates);
    whileShown(nextModal(), lookAndClose(QStringLiteral("complaints to attach")),
               [&] { prompts.chooseComplaints(parent, *candidates); });
    whileShown(nextModal(), lookAndClose(QStringLiteral("edit conflict")), [&] {
        prompts.editConflict(parent, QStringLiteral("Trần Văn B đã lưu bản này lúc 14:30."),
                             QStringLiteral("Nội dung của họ"));
    });
    whileShown(nextModal(), lookAndClose(QStringLiteral("signing PIN")),
               [&] { prompts.signingPin(parent, QStringLiteral("Token VNPT-CA của Sở (khe 0)")); });
    whileShown(nextModal(), lookAndClose(QStringLiteral("information")), [&] {
        prompts.inform(parent, QStringLiteral("Chưa ký được"),
                       QStringLiteral("Biên bản còn thiếu người ghi."));
    });

    QAction *about = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    QVERIFY(about);
    whileShown(nextModal(), lookAndClose(QStringLiteral("about")), [about] { about->trigger(); });

    // A registry that could not be opened, its details shown.
    window->openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    window->setCurrentPage(ui::MainWindow::Citizens);
    connection::ConnectionSpec bad;
    bad.path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(QFile(bad.path).open(QIODevice::WriteOnly));
    window->openRegistry(bad, {});
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox *>(QStringLiteral("openFailureMessage")))
                                 && box->isVisible(),
                             15000);
    look(box, language + QStringLiteral(": registry not opened"));
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::ActionRole)
            button->click(); // the details
    look(box, language + QStringLiteral(": registry not opened, with details"));
    box->close();

    // The casebook's password.
    m_settings->setCasebookUrl(QStringLiteral("postgresql://inspector@127.0.0.1:9/casebook"));
    const QByteArray pgPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    window->connectCasebook();
    if (!pgPassword.isNull())
        qputenv("PGPASSWORD", pgPassword);
    m_settings->setCasebookUrl({});
    QInputDialog *password = nullptr;
    QTRY_VERIFY((password = window->findChild<QInputDialog *>(QStringLiteral("casebookPasswordDialog"))));
    QVERIFY(QTest::qWaitForWindowExposed(password));
    look(password, language + QStringLiteral(": casebook password"));
    password->reject();

    // Qt's file dialogs as the console opens them.
    const auto fileDialog = [this, &language](const QString &where) {
        return [this, where, language](QWidget *dialog) {
            if (auto *files = qobject_cast<QFileDialog *>(dialog))
                files->setDirectory(m_documents);
            QTest::qWait(100);
            look(dialog, QStringLiteral("%1: %2").arg(language, where));
            screenshot(
                dialog,
                QStringLiteral("layout-%1-dialog-%2").arg(language, QString(where).replace(u' ', u'-')));
            if (dialog)
                dialog->close();
        };
    };
    window->setCurrentPage(ui::MainWindow::Overview);
    const QList<QAction *> exports = window->overviewPage()->exportActions();
    whileShown(nextModal(), fileDialog(QStringLiteral("export the dashboard")),
               [&exports] { exports.at(0)->trigger(); });
    whileShown(nextModal(), fileDialog(QStringLiteral("export the charts")),
               [&exports] { exports.at(1)->trigger(); });
    ui::ConnectionDialog *again = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(again));
    auto *browse = again->findChild<QPushButton *>(QStringLiteral("browseButton"));
    QVERIFY(browse);
    whileShown(nextModal(), fileDialog(QStringLiteral("open a registry")), [browse] { browse->click(); });
    again->reject();
    window->close();
    verifyNothingClipped();
}

// A person fitted the columns to the English headers, then chose Vietnamese: the remembered widths
// come back wide enough for the Vietnamese headers.
void TestUiLayout::rememberedWidthsAfterALanguageSwitch()
{
    settings::installTranslations(*qApp, QStringLiteral("en"));
    {
        auto window = makeWindow(QStringLiteral("switch"));
        openAndScan(*window);
        for (int index = 0; index < ui::MainWindow::PageCount; ++index) {
            window->setCurrentPage(ui::MainWindow::Page(index));
            QCoreApplication::processEvents();
        }
        window->setCurrentPage(ui::MainWindow::Citizens);
        window->citizenPage()->showCitizen(
            window->findingsPage()->model()->finding(0)->finding.citizenId.value_or(QString()), std::nullopt);
        QTRY_COMPARE_WITH_TIMEOUT(window->citizenPage()->view(), ui::CitizenPage::View::Timeline, 20000);
        for (QHeaderView *header : window->findChildren<QHeaderView *>()) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int logical = 0; logical < header->count(); ++logical)
                if (header->sectionResizeMode(logical) == QHeaderView::Interactive
                    && !header->isSectionHidden(logical))
                    header->resizeSection(logical, test::LayoutCheck::sectionWidthFor(header, logical));
        }
        window->close(); // remembers the widths
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    auto window = makeWindow(QStringLiteral("switch"));
    openAndScan(*window);
    window->setCurrentPage(ui::MainWindow::Citizens);
    window->citizenPage()->showCitizen(
        window->findingsPage()->model()->finding(0)->finding.citizenId.value_or(QString()), std::nullopt);
    QTRY_COMPARE_WITH_TIMEOUT(window->citizenPage()->view(), ui::CitizenPage::View::Timeline, 20000);
    for (int index = 0; index < ui::MainWindow::PageCount; ++index) {
        window->setCurrentPage(ui::MainWindow::Page(index));
        look(window.get(), QStringLiteral("vi after en: page %1").arg(index));
    }
    window->close();
    const QStringList headers = m_check.take().filter(QStringLiteral("QHeaderView"));
    for (const QString &problem : headers)
        qWarning().noquote() << problem;
    QVERIFY2(headers.isEmpty(), "headers narrower than their titles (listed above)");
}

int main(int argc, char *argv[])
{
    // An offscreen screen of a laptop's size.
    QTemporaryDir config;
    if (!sw::test::useLaptopScreen(config, screenSize))
        return 1;
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUiLayout test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_layout.moc"
