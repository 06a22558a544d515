// The reports page: preview pages from a hand-made registry counted on the session's worker, export
// to PDF, the texts kept in the settings and the next report starting from this one, cancel, the
// table export helper (visible columns, display text), and screenshots at 1366×768 in both languages.

#include "PrintAnswer.h"
#include "RegistryBuilder.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"

#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "reports/CsvExport.h"
#include "reports/ReportsPage.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "widgets/FilterBar.h"
#include "widgets/TableExport.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace sw;
using Cert = test::RegistryBuilder::Cert;

namespace {
QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false);
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}

QStringList registryStatements()
{
    test::RegistryBuilder b;
    const QStringList providers
        = {QStringLiteral("VNPT-CA"), QStringLiteral("VIETTEL-CA"), QStringLiteral("MISA-CA"),
           QStringLiteral("BKAV-CA"), QStringLiteral("FPT-CA"),     QStringLiteral("CA2")};
    for (int i = 0; i < 120; ++i) {
        const QString citizen = QStringLiteral("0460920%1").arg(10000 + i);
        b.citizen(citizen, QStringLiteral("Công dân %1").arg(i));
        b.raw(QStringLiteral("UPDATE citizens SET district_code = '%1' WHERE citizen_id = '%2'")
                  .arg(474 + i % 10 % 9)
                  .arg(citizen));
        Cert c;
        c.id = i + 1;
        c.citizen = citizen;
        c.provider = providers.at(i * 7 % 11 % 6);
        c.channel = i % 3 ? QStringLiteral("app") : QStringLiteral("hues_request");
        const QString day = QStringLiteral("2023-08-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        c.activated = day + QStringLiteral("T02:00:00Z");
        c.recorded = day + QStringLiteral("T0%1:%2:00Z").arg(2 + i % 4).arg(10 + i % 40);
        b.certificate(c);
        if (i % 4 == 0)
            b.request(i + 1, citizen, c.provider, day + QStringLiteral("T01:00:00Z"),
                      i % 8 ? day + QStringLiteral("T09:00:00Z") : QString());
    }
    return b.statements();
}

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<test::ScratchRegistry> registry;
    std::unique_ptr<settings::Settings> settings;
    std::unique_ptr<findings::FindingsStore> store;
    std::unique_ptr<registry::RegistrySession> session;
    std::unique_ptr<ui::ReportsPage> page;

    bool make()
    {
        auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
        if (!scratch || !(*scratch)->exec(registryStatements()))
            return false;
        registry = std::move(*scratch);
        registry->closeWriter();
        settings = std::make_unique<settings::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        store = std::make_unique<findings::FindingsStore>(dir.filePath(QStringLiteral("findings.sqlite")));
        if (!store->open())
            return false;
        session = std::make_unique<registry::RegistrySession>();
        QSignalSpy opened(session.get(), &registry::RegistrySession::opened);
        session->open(registry->spec(), registry->password());
        if (!opened.wait(20000))
            return false;
        newPage();
        return true;
    }
    void newPage()
    {
        page.reset();
        page = std::make_unique<ui::ReportsPage>(*session, *settings, *store, sw::Clock());
        page->resize(1176, 740); // the page's share of a 1366×768 window
        page->show();
    }
    void august()
    {
        statistics::Filter f;
        f.from = QDate(2023, 8, 1);
        f.to = QDate(2023, 8, 31);
        page->filterBar()->setFilter(f);
    }
};
} // namespace

class TestUiReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam)); }
    void previewAndExport();
    void textsAreKeptAndTheNextReportFollows();
    void firstReportCoversTheLastMonthWithRecords();
    void previewOfAnotherPeriodIsMarked();
    void printsThroughThePrintDialog();
    void tableExportTakesVisibleColumnsAsDisplayed();
    void screenshots();
};

void TestUiReports::previewAndExport()
{
    Fixture fx;
    QVERIFY(fx.make());
    fx.august();
    QSignalSpy ready(fx.page.get(), &ui::ReportsPage::previewReady);
    QSignalSpy failed(fx.page.get(), &ui::ReportsPage::failed);
    fx.page->preview();
    QVERIFY(fx.page->isBusy());
    QVERIFY(ready.wait(20000));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().value<Error>().fullText()));
    QVERIFY(fx.page->previewPageCount() >= 3);
    QVERIFY(fx.page->lastReport());
    QCOMPARE(fx.page->lastReport()->campaign.certificates, 120);
    // Empty texts: the assessment and proposals drafted from the figures, in boxes to edit; the
    // status names the stores the figures came from.
    auto *assessment = fx.page->findChild<QPlainTextEdit *>(QStringLiteral("assessment"));
    QVERIFY(assessment);
    QVERIFY2(assessment->toPlainText().startsWith(QStringLiteral("1. Kết quả đạt được\n")),
             qPrintable(assessment->toPlainText()));
    QVERIFY(assessment->toPlainText().contains(
        QStringLiteral("%1 công dân đã có chữ ký số").arg(fx.page->lastReport()->campaign.holdersAtEnd)));
    QVERIFY(!fx.page->findChild<QPlainTextEdit *>(QStringLiteral("proposals"))->toPlainText().isEmpty());
    const auto labels = fx.page->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [&](const QLabel *label) {
        return label->text().contains(QDir::toNativeSeparators(fx.store->path()));
    }));
    // The supervisor's edit stays; the button drafts again on request.
    assessment->setPlainText(QStringLiteral("1. Kết quả đạt được\nNhận xét riêng."));
    auto *draft = fx.page->findChild<QPushButton *>(QStringLiteral("draftTexts"));
    QVERIFY(draft && draft->isEnabled());
    draft->click();
    QVERIFY(assessment->toPlainText().contains(QStringLiteral("4. Nhiệm vụ thời gian tới")));

    QSignalSpy exported(fx.page.get(), &ui::ReportsPage::exported);
    const QString path = fx.dir.filePath(QStringLiteral("out.pdf"));
    fx.page->exportPdf(path);
    QVERIFY(exported.count() == 1 || exported.wait(20000)); // the counted figures serve again
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    QVERIFY(pdf.read(5) == "%PDF-");
}

void TestUiReports::textsAreKeptAndTheNextReportFollows()
{
    Fixture fx;
    QVERIFY(fx.make());
    fx.august();
    auto *proposals = fx.page->findChild<QPlainTextEdit *>(QStringLiteral("proposals"));
    QVERIFY(proposals);
    proposals->setPlainText(QStringLiteral("Đề nghị tăng cường giám sát."));
    QSignalSpy exported(fx.page.get(), &ui::ReportsPage::exported);
    fx.page->exportPdf(fx.dir.filePath(QStringLiteral("august.pdf")));
    QVERIFY(exported.wait(20000));
    fx.newPage(); // as next month, reopening the console
    const QVariantMap state = fx.settings->reportDraft();
    QCOMPARE(state.value(QStringLiteral("number")).toInt(), 2);
    QCOMPARE(fx.page->filterBar()->filter().from, QDate(2023, 9, 1));
    QCOMPARE(fx.page->filterBar()->filter().to, QDate(2023, 9, 30));
    QCOMPARE(fx.page->findChild<QPlainTextEdit *>(QStringLiteral("proposals"))->toPlainText(),
             QStringLiteral("Đề nghị tăng cường giám sát."));
}

// Issue 17: with no period chosen, the report is of the registry's last month with records (August
// 2023 here, the clock being years later); a period chosen stays chosen.
void TestUiReports::firstReportCoversTheLastMonthWithRecords()
{
    Fixture fx;
    QVERIFY(fx.make());
    QTRY_COMPARE(fx.page->filterBar()->filter().from, QDate(2023, 8, 1));
    QCOMPARE(fx.page->filterBar()->filter().to, QDate(2023, 8, 31));
    QCOMPARE(fx.page->filterBar()->periodKind(), ui::FilterBar::PeriodKind::Month);
    fx.newPage(); // not chosen yet: the same again
    QTRY_COMPARE(fx.page->filterBar()->lastDataDay(), QDate(2023, 8, 28));
    QCOMPARE(fx.page->filterBar()->filter().from, QDate(2023, 8, 1));

    statistics::Filter july;
    july.from = QDate(2023, 7, 1);
    july.to = QDate(2023, 7, 31);
    fx.page->filterBar()->setFilter(july);
    fx.newPage();
    QTRY_COMPARE(fx.page->filterBar()->lastDataDay(), QDate(2023, 8, 28));
    QCOMPARE(fx.page->filterBar()->filter().from, QDate(2023, 7, 1));
}

// Issue 17: once the period changes, the pages on show say they are of the period before.
void TestUiReports::previewOfAnotherPeriodIsMarked()
{
    Fixture fx;
    QVERIFY(fx.make());
    fx.august();
    auto *stale = fx.page->findChild<QLabel *>(QStringLiteral("reportPreviewStale"));
    QVERIFY(stale);
    QVERIFY(!stale->isVisible());
    fx.page->filterBar()->setFilter({}); // no preview yet: nothing to mark
    QVERIFY(!stale->isVisible());
    fx.august();
    QSignalSpy ready(fx.page.get(), &ui::ReportsPage::previewReady);
    fx.page->preview();
    QVERIFY(ready.wait(20000));
    QVERIFY(!stale->isVisible());
    statistics::Filter september;
    september.from = QDate(2023, 9, 1);
    september.to = QDate(2023, 9, 30);
    fx.page->filterBar()->setFilter(september);
    QVERIFY(stale->isVisible());
    QVERIFY(!stale->parentWidget()->findChildren<QScrollArea *>().isEmpty());
    fx.page->preview();
    QVERIFY(ready.wait(20000));
    QVERIFY(!stale->isVisible());
}

// Issue 17: Print… prints the report's pages as exported, through the system's print dialog.
void TestUiReports::printsThroughThePrintDialog()
{
    if (!test::requireTool({"pdfinfo"}, "poppler-utils"))
        return;
    Fixture fx;
    QVERIFY(fx.make());
    fx.august();
    QSignalSpy printed(fx.page.get(), &ui::ReportsPage::printed);
    QSignalSpy failed(fx.page.get(), &ui::ReportsPage::failed);
    const QString path = fx.dir.filePath(QStringLiteral("printed.pdf"));
    auto *print = fx.page->findChild<QPushButton *>(QStringLiteral("printReport"));
    QVERIFY(print && print->isVisible());
    // The dialog opens once the figures are counted; it is answered when it shows.
    QTimer answer;
    connect(&answer, &QTimer::timeout, fx.page.get(), [&] {
        if (fx.page->findChild<QPrintDialog *>(QStringLiteral("printDialog"))) {
            answer.stop();
            test::answerPrintDialog(fx.page.get(), path);
        }
    });
    answer.start(50);
    print->click();
    QVERIFY(printed.wait(30000));
    QVERIFY(failed.isEmpty());
    const int pages = printed.first().first().toInt();
    QVERIFY(pages >= 3);
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    QVERIFY(info.waitForFinished(30000));
    QVERIFY(QString::fromUtf8(info.readAllStandardOutput())
                .contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))));
}

void TestUiReports::tableExportTakesVisibleColumnsAsDisplayed()
{
    QStandardItemModel model(2, 3);
    model.setHorizontalHeaderLabels({QStringLiteral("Mã"), QStringLiteral("Công dân"), QStringLiteral("Ẩn")});
    model.setItem(0, 0, new QStandardItem(QStringLiteral("A")));
    model.setItem(0, 1, new QStandardItem(QStringLiteral("046******789")));
    model.setItem(0, 2, new QStandardItem(QStringLiteral("x")));
    model.setItem(1, 0, new QStandardItem(QStringLiteral("B, \"C\"")));
    model.setItem(1, 1, new QStandardItem(QStringLiteral("Nguyễn Thị Ánh")));
    QTableView view;
    view.setModel(&model);
    view.horizontalHeader()->setSectionHidden(2, true);
    view.horizontalHeader()->moveSection(1, 0); // the citizen shown first
    const QList<int> columns = ui::TableExport::visibleColumns(model, view.horizontalHeader());
    QCOMPARE(columns, (QList<int> {1, 0}));
    const QString path = QDir::temp().filePath(QStringLiteral("tst_ui_reports-export.csv"));
    QVERIFY(ui::TableExport::save(model, columns, path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> back = reports::CsvExport::parse(file.readAll());
    file.remove();
    QCOMPARE(back.size(), 3);
    QCOMPARE(back.at(0), (QStringList {QStringLiteral("Công dân"), QStringLiteral("Mã")}));
    QCOMPARE(back.at(1), (QStringList {QStringLiteral("046******789"), QStringLiteral("A")}));
    QCOMPARE(back.at(2), (QStringList {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("B, \"C\"")}));
}

void TestUiReports::screenshots()
{
    Fixture fx;
    QVERIFY(fx.make());
    const QString dir = screenshotDir();
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        settings::installTranslations(*qApp, language);
        QLocale::setDefault(language == QLatin1String("en")
                                ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                : QLocale(QLocale::Vietnamese, QLocale::Vietnam));
        fx.newPage();
        fx.august();
        QSignalSpy ready(fx.page.get(), &ui::ReportsPage::previewReady);
        fx.page->preview();
        QVERIFY(ready.wait(20000));
        QTest::qWait(50);
        const QString path = QDir(dir).filePath(QStringLiteral("reports-%1.png").arg(language));
        QVERIFY(fx.page->grab().save(path));
        qInfo("screenshot %s", qPrintable(path));
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

QTEST_MAIN(TestUiReports)
#include "tst_ui_reports.moc"
