// Findings that know what became of them (issue 17), in the console as a person uses it: a
// registry scanned on the findings page, findings sent to casework with the page's button, the
// case dismissed on the cases page; the findings table's Case column and detail pane say where
// each finding stands, the dashboard's "open findings" and the page's count of findings not
// handled drop as findings go to a case and stay down when the case is dismissed, the handled /
// not handled filter agrees; and a complaint links findings picked from its citizen's own, before
// any scan (the citizen's records judged) and after one (the stored scan's). In Vietnamese and
// English, on a casebook file and on a shared PostgreSQL casebook when SIGNWATCH_TEST_PG is set.
#include "LaptopScreen.h"
#include "OnScreen.h"
#include "RegistryBuilder.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/Complaints.h"
#include "casework/CaseFindingsModel.h"
#include "casework/CasePrompts.h"
#include "casework/CasesPage.h"
#include "casework/ComplaintForm.h"
#include "casework/ComplaintsPage.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "findings/FindingDetailPane.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "privacy/Masking.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/CaseworkServices.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"
#include "widgets/FilterBar.h"
#include "widgets/StatCard.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using ui::FindingsModel;

namespace {

test::RegistryBuilder::Cert cert(qint64 id, const QString &citizen, const QString &provider,
                                 const QString &activated, const QString &recorded)
{
    test::RegistryBuilder::Cert c;
    c.id = id;
    c.citizen = citizen;
    c.provider = provider;
    c.activated = activated;
    c.recorded = recorded;
    c.freeUntil = QStringLiteral("2024-09-01");
    return c;
}

// Citizen 1 holds a VNPT-CA certificate when VIETTEL-CA issues another after its own look-up found
// it (a duplicate); citizen 3's VIETTEL-CA certificate reached Hue-S a day late; citizen 2's
// MISA-CA certificate too. Findings of two providers, two of them VIETTEL-CA's at least.
QStringList registryStatements()
{
    test::RegistryBuilder b;
    b.citizen(QStringLiteral("046090000001"), QStringLiteral("Nguyễn Văn An"))
        .citizen(QStringLiteral("046090000002"), QStringLiteral("Trần Thị Bình"))
        .citizen(QStringLiteral("046090000003"), QStringLiteral("Lê Văn Cường"));
    b.certificate(cert(1, QStringLiteral("046090000001"), QStringLiteral("VNPT-CA"),
                       QStringLiteral("2023-08-01T01:00:00Z"), QStringLiteral("2023-08-01T01:00:00Z")));
    b.certificate(cert(2, QStringLiteral("046090000001"), QStringLiteral("VIETTEL-CA"),
                       QStringLiteral("2023-08-05T02:00:00Z"), QStringLiteral("2023-08-05T02:05:00Z")));
    b.certificate(cert(3, QStringLiteral("046090000002"), QStringLiteral("MISA-CA"),
                       QStringLiteral("2023-09-01T00:00:00Z"), QStringLiteral("2023-09-02T01:00:00Z")));
    b.certificate(cert(4, QStringLiteral("046090000003"), QStringLiteral("VIETTEL-CA"),
                       QStringLiteral("2023-09-03T00:00:00Z"), QStringLiteral("2023-09-04T02:00:00Z")));
    b.lookup(1, QStringLiteral("VNPT-CA"), QStringLiteral("046090000001"),
             QStringLiteral("2023-08-01T00:50:00Z"))
        .lookup(2, QStringLiteral("VIETTEL-CA"), QStringLiteral("046090000001"),
                QStringLiteral("2023-08-05T01:50:00Z"), true)
        .lookup(3, QStringLiteral("MISA-CA"), QStringLiteral("046090000002"),
                QStringLiteral("2023-08-31T23:30:00Z"))
        .lookup(4, QStringLiteral("VIETTEL-CA"), QStringLiteral("046090000003"),
                QStringLiteral("2023-09-02T23:30:00Z"));
    return b.statements();
}

// The reason a dismissal asks for.
class Reasons : public ui::CasePrompts
{
public:
    std::optional<QString> reason(QWidget *, const QString &, const QString &, bool) override
    {
        return QStringLiteral("Nhập liệu nhầm, đã khắc phục");
    }
};

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

// Types `text` key by key.
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

// One desk: its settings, registry session, findings store, casebook and window.
struct Console
{
    QTemporaryDir dir;
    std::unique_ptr<test::ScratchRegistry> scratchRegistry;
    std::unique_ptr<test::ScratchCasebook> book;
    std::unique_ptr<settings::Settings> prefs;
    std::unique_ptr<settings::ProfileStore> profiles;
    connection::SecretStore secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    registry::RegistrySession session;
    std::unique_ptr<findings::FindingsStore> store;
    const Clock clock;
    std::unique_ptr<ui::CasebookSession> caseworkSession;
    std::unique_ptr<ui::MainWindow> window;

    ~Console()
    {
        window.reset();
        caseworkSession.reset();
    }

    bool make(connection::Engine casebookEngine)
    {
        auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
        if (!scratch || !(*scratch)->exec(registryStatements()))
            return false;
        scratchRegistry = std::move(*scratch);
        scratchRegistry->closeWriter();
        auto created = test::ScratchCasebook::create(casebookEngine);
        if (!created) {
            qWarning("%s", qPrintable(created.error().fullText()));
            return false;
        }
        book = std::move(*created);
        prefs = std::make_unique<settings::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        profiles = std::make_unique<settings::ProfileStore>(*prefs);
        store = std::make_unique<findings::FindingsStore>(dir.filePath(QStringLiteral("findings.sqlite")));
        if (!store->open())
            return false;
        caseworkSession = std::make_unique<ui::CasebookSession>(*prefs, secrets, clock);
        caseworkSession->setCheckInterval(0);
        if (auto connected = caseworkSession->connectTo(book->spec(), book->password()); !connected) {
            qWarning("%s", qPrintable(connected.error().fullText()));
            return false;
        }
        window = std::make_unique<ui::MainWindow>(
            ui::ConsoleContext {*prefs, *profiles, secrets, session, *store, *caseworkSession, clock});
        window->resize(1366, 768);
        window->show();
        QSignalSpy opened(&session, &registry::RegistrySession::opened);
        session.open(scratchRegistry->spec(), scratchRegistry->password());
        return opened.wait(20000);
    }
    bool scan()
    {
        QSignalSpy finished(window->findingsPage(), &ui::FindingsPage::scanFinished);
        window->findingsPage()->startScan();
        return finished.wait(30000);
    }
    // The dashboard's "open findings" (Vi phạm chưa xử lý).
    QString openFindings() const
    {
        return window->overviewPage()->findChild<ui::StatCard *>(QStringLiteral("findingsCard"))->value();
    }
};

void addRows()
{
    QTest::addColumn<connection::Engine>("engine");
    QTest::addColumn<QString>("language");
    for (connection::Engine engine : test::enginesUnderTest())
        for (const char *language : {"vi", "en"})
            QTest::addRow("%s-%s", engine == connection::Engine::Sqlite ? "sqlite" : "postgresql", language)
                << engine << QString::fromLatin1(language);
}

} // namespace

class TestUiHandledFindings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sentToACaseThenDismissed_data() { addRows(); }
    void sentToACaseThenDismissed();
    void complaintLinksPickedFindings_data() { addRows(); }
    void complaintLinksPickedFindings();
};

void TestUiHandledFindings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(test::checkPostgresRequirement());
}

void TestUiHandledFindings::cleanupTestCase()
{
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

void TestUiHandledFindings::sentToACaseThenDismissed()
{
    QFETCH(connection::Engine, engine);
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    const bool vi = language == QLatin1String("vi");
    const QString openCase
        = vi ? QStringLiteral("Vụ việc số 1 — đang mở") : QStringLiteral("Case no. 1 — open");
    const QString dismissedCase
        = vi ? QStringLiteral("Vụ việc số 1 — đã đình chỉ") : QStringLiteral("Case no. 1 — dismissed");
    const QString notHandled = vi ? QStringLiteral("Chưa xử lý") : QStringLiteral("Not handled");
    const auto notHandledCount = [vi](int n) {
        return vi ? QStringLiteral(" · %1 chưa xử lý").arg(n) : QStringLiteral(" · %1 not handled").arg(n);
    };

    Console c;
    QVERIFY(c.make(engine));
    ui::FindingsPage *page = c.window->findingsPage();
    c.window->setCurrentPage(ui::MainWindow::Findings);
    QVERIFY(c.scan());
    FindingsModel *model = page->model();
    const int all = model->rowCount();
    QList<int> viettel;
    for (int row = 0; row < all; ++row)
        if (model->index(row, FindingsModel::Provider).data().toString() == QLatin1String("VIETTEL-CA"))
            viettel << row;
    QVERIFY2(viettel.size() >= 2 && viettel.size() < all, qPrintable(QString::number(viettel.size())));
    // Nothing is in a case yet: every finding is open.
    QCOMPARE(c.openFindings(), QString::number(all));
    QVERIFY2(page->countsText().contains(notHandledCount(all)), qPrintable(page->countsText()));
    for (int row = 0; row < all; ++row)
        QVERIFY(model->index(row, FindingsModel::Case).data().toString().isEmpty());

    // Send VIETTEL-CA's findings to casework with the page's button: a case opens with them.
    QItemSelection selection;
    for (int row : std::as_const(viettel))
        selection.select(model->index(row, 0), model->index(row, FindingsModel::ColumnCount - 1));
    page->table()->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    QVERIFY(page->caseworkButton()->isEnabled());
    QTest::mouseClick(page->caseworkButton(), Qt::LeftButton);
    QCOMPARE(c.window->currentPage(), ui::MainWindow::Cases);
    QCOMPARE(c.window->casesPage()->shownCaseId(), 1);

    // The table says where each finding stands; the counts drop by the findings sent.
    QTRY_COMPARE(model->index(viettel.first(), FindingsModel::Case).data().toString(), openCase);
    for (int row = 0; row < all; ++row)
        QCOMPARE(model->index(row, FindingsModel::Case).data().toString(),
                 viettel.contains(row) ? openCase : QString());
    const int open = all - int(viettel.size());
    QCOMPARE(c.openFindings(), QString::number(open));
    QVERIFY2(page->countsText().contains(notHandledCount(open)), qPrintable(page->countsText()));

    // The detail pane too, for a finding sent and one not.
    c.window->setCurrentPage(ui::MainWindow::Findings);
    const int other = [&] {
        for (int row = 0; row < all; ++row)
            if (!viettel.contains(row))
                return row;
        return -1;
    }();
    page->table()->selectionModel()->setCurrentIndex(
        model->index(other, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page->openDetail();
    QVERIFY2(page->detailPane()->caseStatus().startsWith(notHandled),
             qPrintable(page->detailPane()->caseStatus()));

    // The filter: handled, not handled (the dashboard's drill-down shows the open ones).
    statistics::Filter handled;
    handled.handling = QStringLiteral("handled");
    page->filterBar()->setFilter(handled);
    QCOMPARE(model->rowCount(), int(viettel.size()));
    page->table()->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page->openDetail();
    QVERIFY(page->isDetailOpen());
    QVERIFY2(page->detailPane()->caseStatus().startsWith(openCase),
             qPrintable(page->detailPane()->caseStatus()));
    statistics::Filter unhandled;
    unhandled.handling = QStringLiteral("unhandled");
    page->filterBar()->setFilter(unhandled);
    QCOMPARE(model->rowCount(), open);
    page->filterBar()->setFilter(handled);
    page->table()->selectionModel()->setCurrentIndex(
        model->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    page->openDetail();

    // The case is dismissed on the cases page: its findings say so and stay handled.
    ui::CasesPage *cases = c.window->casesPage();
    cases->setPrompts(std::make_unique<Reasons>());
    cases->showCase(1);
    QVERIFY(cases->dismissAction()->isEnabled());
    cases->dismissAction()->trigger();
    QTRY_COMPARE(model->index(0, FindingsModel::Case).data().toString(), dismissedCase);
    QCOMPARE(model->rowCount(), int(viettel.size()));
    QVERIFY2(page->detailPane()->caseStatus().startsWith(dismissedCase),
             qPrintable(page->detailPane()->caseStatus()));
    QCOMPARE(c.openFindings(), QString::number(open));
    // On screen, as a person sees it: the Case column, the detail pane and the filter.
    c.window->setCurrentPage(ui::MainWindow::Findings);
    page->table()->scrollTo(model->index(0, FindingsModel::Case));
    QCoreApplication::processEvents();
    QVERIFY2(test::showsText(page->table(), dismissedCase), test::describeScreen(page->table()));
    QVERIFY2(test::showsText(page->detailPane(), dismissedCase), test::describeScreen(page->detailPane()));
    QVERIFY(test::showsText(page->filterBar(), vi ? QStringLiteral("Đã xử lý") : QStringLiteral("Handled")));
    QVERIFY2(c.window->screen()->availableGeometry().contains(c.window->frameGeometry()),
             qPrintable(QStringLiteral("%1×%2")
                            .arg(c.window->width())
                            .arg(c.window->height()))); // the filter bar still fits the laptop's screen
    const QString shot
        = QDir(screenshotDir()).filePath(QStringLiteral("findings-handled-%1.png").arg(language));
    QVERIFY(c.window->grab().save(shot));
    qInfo("screenshot %s", qPrintable(shot));
    page->filterBar()->setFilter({});
    QVERIFY2(page->countsText().contains(notHandledCount(open)), qPrintable(page->countsText()));

    // The handled filter is remembered with the others.
    page->filterBar()->setFilter(unhandled);
    const QByteArray state = page->saveState();
    page->filterBar()->setFilter({});
    page->restoreState(state);
    QCOMPARE(page->filterBar()->filter().handling, QStringLiteral("unhandled"));
    QCOMPARE(model->rowCount(), open);
}

void TestUiHandledFindings::complaintLinksPickedFindings()
{
    QFETCH(connection::Engine, engine);
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    Console c;
    QVERIFY(c.make(engine));
    c.window->setCurrentPage(ui::MainWindow::Complaints);
    ui::ComplaintsPage *complaints = c.window->complaintsPage();
    complaints->newComplaint();
    ui::ComplaintForm *form = complaints->form();
    QVERIFY(form->candidatesView()->isVisibleTo(form));
    ui::CaseFindingsModel *candidates = form->candidatesModel();
    const auto rowOf = [candidates](const QString &rule) {
        for (int row = 0; row < candidates->rowCount(); ++row)
            if (candidates->index(row, ui::CaseFindingsModel::Rule)
                    .data(ui::CaseFindingsModel::RawValueRole)
                    .toString()
                == rule)
                return row;
        return -1;
    };

    // No scan kept yet: the citizen's own records are judged (on the session's worker).
    const QString citizen = QStringLiteral("046090000001");
    typeText(form->citizenField(), citizen);
    QTRY_VERIFY_WITH_TIMEOUT(rowOf(QStringLiteral("DUPLICATE_ISSUANCE")) >= 0, 20000);
    QVERIFY2(form->candidatesNote().contains(privacy::maskCitizenId(citizen)),
             qPrintable(form->candidatesNote()));
    QVERIFY(!form->candidatesNote().contains(citizen));
    QVERIFY2(form->candidatesNote().contains(language == QLatin1String("vi")
                                                 ? QStringLiteral("chưa có lần quét")
                                                 : QStringLiteral("no scan")),
             qPrintable(form->candidatesNote()));

    // After a scan, the stored scan's findings.
    QVERIFY(c.scan());
    QTRY_VERIFY(!form->candidatesNote().contains(
        language == QLatin1String("vi") ? QStringLiteral("chưa có lần quét") : QStringLiteral("no scan")));
    const int duplicate = rowOf(QStringLiteral("DUPLICATE_ISSUANCE"));
    QVERIFY(duplicate >= 0);
    const QModelIndex box = candidates->index(duplicate, ui::CaseFindingsModel::Rule);
    QVERIFY(candidates->flags(box) & Qt::ItemIsUserCheckable);
    QCOMPARE(box.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    // Ticked as a person ticks it: linked, and the complaint takes the finding's provider.
    QVERIFY(candidates->setData(box, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(form->findingsModel()->rowCount(), 1);
    QCOMPARE(form->providerField()->currentData().toString(), QStringLiteral("VIETTEL-CA"));
    QCOMPARE(
        candidates->index(rowOf(QStringLiteral("DUPLICATE_ISSUANCE")), 0).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
    for (int row = 0; row < candidates->rowCount(); ++row) // only the complaint's provider is offered
        QCOMPARE(candidates->findings().at(row).provider.value_or(QString()), QStringLiteral("VIETTEL-CA"));
    // Unticked: unlinked; ticked again.
    QVERIFY(candidates->setData(candidates->index(rowOf(QStringLiteral("DUPLICATE_ISSUANCE")), 0),
                                int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(form->findingsModel()->rowCount(), 0);
    QVERIFY(candidates->setData(candidates->index(rowOf(QStringLiteral("DUPLICATE_ISSUANCE")), 0),
                                int(Qt::Checked), Qt::CheckStateRole));

    form->statementField()->setPlainText(QStringLiteral("Tôi đã có chữ ký số của VNPT mà vẫn bị cấp thêm"));
    QCoreApplication::processEvents();
    QVERIFY2(test::showsText(form, privacy::maskCitizenId(citizen)), test::describeScreen(form));
    QVERIFY(test::isOnScreen(form->candidatesView(), c.window.get()));
    QVERIFY2(c.window->screen()->availableGeometry().contains(c.window->frameGeometry()),
             qPrintable(QStringLiteral("%1×%2")
                            .arg(c.window->width())
                            .arg(c.window->height()))); // the form still fits the laptop's screen
    const QString shot
        = QDir(screenshotDir()).filePath(QStringLiteral("complaint-picking-%1.png").arg(language));
    QVERIFY(c.window->grab().save(shot));
    qInfo("screenshot %s", qPrintable(shot));
    QVERIFY(complaints->saveForm());
    auto stored = c.caseworkSession->casework()->complaints().list();
    QVERIFY(stored);
    QCOMPARE(stored->size(), 1);
    // Linked exactly as the scan wrote the finding (as a scan file's line is).
    const auto latest = c.store->latestScan(c.scratchRegistry->spec().registryKey());
    const auto rows = c.store->citizenFindings((*latest)->id, citizen);
    QByteArray line;
    for (const findings::StoredFinding &row : *rows)
        if (row.finding.rule == QLatin1String("DUPLICATE_ISSUANCE"))
            line = row.jsonLine;
    QVERIFY(!line.isEmpty());
    QCOMPARE(stored->first().findingLines, QList<QByteArray>({line}));
    // The stored complaint in the form: its finding still ticked.
    QCOMPARE(form->citizenField()->text(), privacy::maskCitizenId(citizen));
    QCOMPARE(
        candidates->index(rowOf(QStringLiteral("DUPLICATE_ISSUANCE")), 0).data(Qt::CheckStateRole).toInt(),
        int(Qt::Checked));
}

int main(int argc, char *argv[])
{
    // A laptop's screen: the window's size is checked against it.
    QTemporaryDir config;
    if (!sw::test::useLaptopScreen(config))
        return 1;
    QApplication app(argc, argv);
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUiHandledFindings test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_handledfindings.moc"
