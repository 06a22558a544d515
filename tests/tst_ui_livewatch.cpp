// The findings page's live switch (issue 16): on a registry that Hue-S keeps writing to, a
// duplicate issuance appears as a row within the interval, with the counter and a desktop
// notification (provider and rule; a click selects it); a revocation that ends it takes the row
// away; the findings store holds a full scan's set after every poll; the watermark is stored and a
// second start resumes from it (reporting what happened while the switch was off); switching off
// stops polling; a dropped connection is reported and the next tick goes on. SQLite, and
// PostgreSQL when configured.
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "WatchCheck.h"
#include "connection/SecretStore.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "findings/LiveNotifier.h"
#include "findings/LiveWatchRunner.h"
#include "registry/RegistrySession.h"
#include "rules/LiveWatch.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/SettingsPage.h"
#include "widgets/LocaleFormat.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <atomic>
#include <memory>

using namespace sw;
using ui::FindingsModel;
using ui::FindingsPage;

namespace {

const char *const context = "sw::ui::FindingsPage";

qint64 utc(const char *iso)
{
    return *rules::parseUtcTime(QLatin1String(iso));
}

QString iso(qint64 seconds)
{
    // The contract's form (registry.md), "Z" and all.
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

// The moment the tests take as "now" (the clock of the page, moved by the tests).
const qint64 t0 = utc("2024-03-01T00:00:00Z");

// Records what the page announces, as the tray would show it.
struct RecordingNotifier : ui::LiveNotifier
{
    struct Message
    {
        QString title;
        QString message;
        std::function<void()> clicked;
    };
    QList<Message> messages;

    void notify(const QString &title, const QString &message, std::function<void()> clicked) override
    {
        messages.append({title, message, std::move(clicked)});
    }
};

test::RegistryBuilder::Cert cert(qint64 id, int citizen, const char *provider, qint64 at,
                                 const char *freeUntil)
{
    test::RegistryBuilder::Cert c;
    c.id = id;
    c.citizen = test::numberedCitizen(citizen);
    c.provider = QLatin1String(provider);
    c.activated = iso(at);
    c.recorded = iso(at);
    c.freeUntil = QLatin1String(freeUntil);
    return c;
}

// Citizen 1 holds a VNPT-CA certificate (1), looked up first; VIETTEL-CA looked citizen 1 up ten
// minutes before t0 (found). Citizen 2's MISA-CA certificate (2) reached Hue-S 25 hours after
// activation: LATE_UPDATE, the one finding at the start. Citizen 3 holds a BKAV-CA certificate (3).
test::RegistryBuilder startingRegistry()
{
    test::RegistryBuilder b;
    // Names and birth dates apart: no two of them are near-duplicates.
    b.citizen(test::numberedCitizen(1), QStringLiteral("Nguyễn Văn An"), QStringLiteral("1980-01-01"))
        .citizen(test::numberedCitizen(2), QStringLiteral("Trần Thị Bình"), QStringLiteral("1981-02-02"))
        .citizen(test::numberedCitizen(3), QStringLiteral("Lê Văn Cường"), QStringLiteral("1982-03-03"));
    b.certificate(cert(1, 1, "VNPT-CA", utc("2023-08-01T01:00:00Z"), "2024-08-01"));
    test::RegistryBuilder::Cert late = cert(2, 2, "MISA-CA", utc("2023-09-01T00:00:00Z"), "2024-09-01");
    late.recorded = QStringLiteral("2023-09-02T01:00:00Z");
    b.certificate(late);
    b.certificate(cert(3, 3, "BKAV-CA", utc("2023-10-01T00:00:00Z"), "2024-10-01"));
    b.lookup(1, QStringLiteral("VNPT-CA"), test::numberedCitizen(1), QStringLiteral("2023-08-01T00:50:00Z"))
        .lookup(2, QStringLiteral("MISA-CA"), test::numberedCitizen(2),
                QStringLiteral("2023-08-31T23:00:00Z"))
        .lookup(3, QStringLiteral("BKAV-CA"), test::numberedCitizen(3),
                QStringLiteral("2023-09-30T23:00:00Z"))
        .lookup(4, QStringLiteral("VIETTEL-CA"), test::numberedCitizen(1), iso(t0 - 600), true)
        .lookup(5, QStringLiteral("VNPT-CA"), test::numberedCitizen(3), iso(t0 - 600), true);
    return b;
}

// The statements of `builder` after the providers every builder starts with.
QStringList added(const test::RegistryBuilder &builder)
{
    static const qsizetype providers = test::RegistryBuilder().statements().size();
    return builder.statements().mid(providers);
}

// A new duplicate: `provider` issues to `citizen` at `at` while the citizen's certificate is held.
QStringList duplicate(qint64 id, int citizen, const char *provider, qint64 at)
{
    test::RegistryBuilder b;
    b.certificate(cert(id, citizen, provider, at, "2025-03-01"));
    return added(b);
}

int rowOfRule(const FindingsModel &model, const QString &rule)
{
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, FindingsModel::Rule).data(FindingsModel::RawValueRole).toString() == rule)
            return row;
    return -1;
}

QString currentRule(const FindingsPage &page)
{
    const QModelIndex current = page.table()->currentIndex();
    if (!current.isValid())
        return {};
    return page.model()
        ->index(current.row(), FindingsModel::Rule)
        .data(FindingsModel::RawValueRole)
        .toString();
}

// The text a translated template starts with, up to its first argument.
QString lead(const char *source)
{
    const QString text = QCoreApplication::translate(context, source);
    return text.left(text.indexOf(QLatin1Char('%')));
}

// One page on a registry the test keeps writing to, with its own store, settings and clock.
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<test::ScratchRegistry> registry;
    std::unique_ptr<settings::Settings> settings;
    std::unique_ptr<findings::FindingsStore> store;
    std::unique_ptr<registry::RegistrySession> session;
    std::unique_ptr<FindingsPage> page;
    std::shared_ptr<std::atomic<qint64>> now = std::make_shared<std::atomic<qint64>>(t0);
    RecordingNotifier notifier;

    bool make(connection::Engine engine)
    {
        auto scratch = test::ScratchRegistry::create(engine);
        if (!scratch) {
            qWarning("%s", qPrintable(scratch.error().fullText()));
            return false;
        }
        registry = std::move(*scratch);
        if (auto filled = registry->exec(startingRegistry().statements()); !filled) {
            qWarning("%s", qPrintable(filled.error().fullText()));
            return false;
        }
        settings = std::make_unique<settings::Settings>(dir.filePath(QStringLiteral("settings.ini")));
        settings->setLiveWatchInterval(std::chrono::milliseconds(100));
        store = std::make_unique<findings::FindingsStore>(dir.filePath(QStringLiteral("findings.sqlite")));
        if (!store->open())
            return false;
        session = std::make_unique<registry::RegistrySession>();
        newPage();
        QSignalSpy opened(session.get(), &registry::RegistrySession::opened);
        session->open(registry->spec(), registry->password());
        return opened.wait(20000);
    }
    void newPage()
    {
        auto source = now;
        page = std::make_unique<FindingsPage>(*session, *settings, *store, Clock([source] {
            return QDateTime::fromSecsSinceEpoch(source->load(), QTimeZone::utc());
        }));
        page->setNotifier(&notifier);
        page->resize(1176, 720);
        page->show();
    }
    // Hue-S writes: retried while a poll holds the SQLite file.
    bool write(const QStringList &statements)
    {
        for (int attempt = 0; attempt < 100; ++attempt) {
            auto done = registry->exec(statements);
            if (done)
                return true;
            if (attempt == 99)
                qWarning("%s", qPrintable(done.error().fullText()));
            QTest::qWait(20);
        }
        return false;
    }
    // Switches live on and waits for its first full scan.
    bool goLive()
    {
        QSignalSpy polled(page.get(), &FindingsPage::livePolled);
        QTest::mouseClick(page->liveButton(), Qt::LeftButton);
        return page->isLive() && (polled.count() > 0 || polled.wait(30000));
    }
    // The store's latest scan of the registry, comparable with a full scan.
    QStringList stored() const
    {
        auto latest = store->latestScan(registry->spec().registryKey());
        if (!latest || !*latest)
            return {};
        auto ids = store->findingIds((*latest)->id, {}, findings::FindingSortKey::Rule, Qt::AscendingOrder);
        auto rows = store->findingsByIds(*ids);
        QList<rules::Finding> out;
        for (const findings::StoredFinding &row : *rows)
            out << row.finding;
        return test::comparable(out);
    }
};

} // namespace

class TestUiLiveWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelRefreshKeepsTheRowsThatStay();
    void rowsComeAndGo_data();
    void rowsComeAndGo();
    void droppedConnectionIsRetried_data();
    void droppedConnectionIsRetried();
    void closingThePageStopsTheWatch();
    void intervalFromTheSettingsPage();
};

void TestUiLiveWatch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    QVERIFY(test::checkPostgresRequirement());
}

// A poll's findings come and go without a reset: the rows that stay keep their persistent
// indexes (a view's selection and current row), across pages, in any sort.
void TestUiLiveWatch::modelRefreshKeepsTheRowsThatStay()
{
    QTemporaryDir dir;
    findings::FindingsStore store(dir.filePath(QStringLiteral("f.sqlite")));
    QVERIFY(store.open());
    auto make = [](qint64 id, const char *rule, const char *provider, qint64 at) {
        rules::Finding f;
        f.rule = QLatin1String(rule);
        f.subjectKind = QStringLiteral("certificate");
        f.subjectId = id;
        f.provider = QLatin1String(provider);
        f.citizenId = test::numberedCitizen(int(id % 90) + 1);
        f.at = at;
        return f;
    };
    const char *providers[] = {"VNPT-CA", "VIETTEL-CA", "MISA-CA", "BKAV-CA"};
    QList<rules::Finding> first;
    for (qint64 id = 1; id <= 700; ++id)
        first << make(id, id % 3 ? "MISSING_LOOKUP" : "LATE_UPDATE", providers[id % 4], t0 - id * 61 % 9000);
    std::sort(first.begin(), first.end());
    findings::ScanToSave scan;
    scan.registryKey = QStringLiteral("sqlite:/x");
    const auto saved = store.saveScan(scan, first, {});
    QVERIFY(saved);

    FindingsModel model(store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setScan(saved->id);
    QList<rules::Finding> current = first;
    for (int column : {int(FindingsModel::Time), int(FindingsModel::Provider)}) {
        model.sort(column, Qt::AscendingOrder);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        // Rows on the first and the last page are kept an eye on.
        QList<QPersistentModelIndex> watched;
        QList<qint64> watchedIds;
        for (int row : {0, 5, 300, model.rowCount() - 60, model.rowCount() - 1}) {
            const qint64 subject = model.finding(row)->finding.subjectId;
            if ((subject + column) % 7 == 0)
                continue; // resolved below
            watched << QPersistentModelIndex(model.index(row, 0));
            watchedIds << model.finding(row)->rowId;
        }
        QVERIFY(watched.size() >= 3);
        QList<rules::Finding> resolved, added;
        for (const rules::Finding &f : std::as_const(current))
            if ((f.subjectId + column) % 7 == 0)
                resolved << f;
        for (qint64 id = 1000 * (column + 1); id < 1000 * (column + 1) + 40; ++id)
            added << make(id, "DUPLICATE_ISSUANCE", providers[id % 4], t0 - id * 37 % 9000);
        QVERIFY(store.updateScan(saved->id, t0, resolved, added, {}));
        model.refresh();
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() > 0);
        QVERIFY(inserted.count() > 0);
        QCOMPARE(model.rowIds(),
                 *store.findingIds(saved->id, {}, FindingsModel::sortKey(column), Qt::AscendingOrder));
        for (int i = 0; i < watched.size(); ++i) {
            QVERIFY(watched.at(i).isValid());
            QCOMPARE(model.finding(watched.at(i).row())->rowId, watchedIds.at(i));
        }
        for (const rules::Finding &f : std::as_const(resolved))
            current.removeOne(f);
        current << added;
    }
}

void TestUiLiveWatch::rowsComeAndGo_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiLiveWatch::rowsComeAndGo()
{
    QFETCH(connection::Engine, engine);
    Fixture fx;
    QVERIFY(fx.make(engine));
    FindingsPage &page = *fx.page;
    const QString key = fx.registry->spec().registryKey();
    QVERIFY(fx.settings->liveWatermark(key).isEmpty());
    QVERIFY(!page.liveButton()->toolTip().isEmpty());

    // On: one full scan, saved as the page's scan.
    QVERIFY(fx.goLive());
    QVERIFY(page.liveButton()->isChecked());
    QVERIFY(!page.scanAction()->isEnabled()); // the watch's set is the scan shown
    QCOMPARE(page.view(), FindingsPage::View::Content);
    QCOMPARE(page.model()->rowCount(), 1);
    const int late = rowOfRule(*page.model(), QStringLiteral("LATE_UPDATE"));
    QVERIFY(late >= 0);
    QCOMPARE(page.liveCounterText(),
             QCoreApplication::translate(context, "%n new finding(s) since %1", nullptr, 0)
                 .arg(ui::LocaleFormat::time(QDateTime::fromSecsSinceEpoch(t0, QTimeZone::utc()))));
    QVERIFY2(page.liveStatusText().startsWith(lead("Live: registry checked at %1")),
             qPrintable(page.liveStatusText()));
    QVERIFY(page.liveStatusText().endsWith(QStringLiteral("07:00:00"))); // t0 in the province's time
    const qint64 lateRowId = page.model()->rowIds().at(late);
    page.table()->selectionModel()->setCurrentIndex(
        page.model()->index(late, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Hue-S records a duplicate: VIETTEL-CA issues to citizen 1, who holds certificate 1.
    QVERIFY(fx.write(duplicate(4, 1, "VIETTEL-CA", t0 - 60)));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*page.model(), QStringLiteral("DUPLICATE_ISSUANCE")) >= 0, 10000);
    QCOMPARE(page.model()->rowCount(), 2);
    // The selection stayed on its finding.
    QCOMPARE(page.model()->rowIds().at(page.table()->currentIndex().row()), lateRowId);
    QCOMPARE(page.table()->selectionModel()->selectedRows().size(), 1);
    QCOMPARE(page.liveCounterText(),
             QCoreApplication::translate(context, "%n new finding(s) since %1", nullptr, 1)
                 .arg(ui::LocaleFormat::time(QDateTime::fromSecsSinceEpoch(t0, QTimeZone::utc()))));
    QTRY_COMPARE(fx.notifier.messages.size(), 1);
    const auto &message = fx.notifier.messages.first();
    // The rule by its name, as the officials say it (the code is for files).
    QCOMPARE(message.title,
             QCoreApplication::translate(context, "New finding: %1").arg(QStringLiteral("Cấp trùng")));
    QVERIFY2(message.message.startsWith(QStringLiteral("VIETTEL-CA")), qPrintable(message.message));
    // The store holds what a full scan at the poll's time finds.
    QString error;
    QCOMPARE(fx.stored(), test::fullScanAt(*fx.registry, t0, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.countsText().startsWith(QCoreApplication::translate(context, "%1 findings · %2 new")
                                             .arg(QStringLiteral("2"), QStringLiteral("2"))));

    // A click on the notification selects the new finding.
    QSignalSpy clicked(&page, &FindingsPage::notificationClicked);
    message.clicked();
    QCOMPARE(clicked.count(), 1);
    QCOMPARE(currentRule(page), QStringLiteral("DUPLICATE_ISSUANCE"));

    // Hue-S records that certificate 1 had been revoked before certificate 4 was issued (a proper
    // switch): no duplicate any more, the row goes; nothing is announced.
    QVERIFY(fx.write({QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = '%1', "
                                     "revoke_reason = 'switch_provider' WHERE id = 1")
                          .arg(iso(t0 - 120))}));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*page.model(), QStringLiteral("DUPLICATE_ISSUANCE")) < 0, 10000);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(fx.notifier.messages.size(), 1);
    QVERIFY(page.liveCounterText().startsWith(
        QCoreApplication::translate(context, "%n new finding(s) since %1", nullptr, 1).left(2)));
    QCOMPARE(fx.stored(), test::fullScanAt(*fx.registry, t0, &error));

    // The watermark is stored after each poll.
    const auto watermark = rules::Watermark::fromJson(
        QJsonDocument::fromJson(fx.settings->liveWatermark(key).toUtf8()).object());
    QVERIFY(watermark);
    QCOMPARE(watermark->asOf, t0);
    QCOMPARE(watermark->certificate, qint64(4));
    QCOMPARE(watermark->lookup, qint64(5));

    // Off: the worker is joined and polls no more; what Hue-S records meanwhile shows nowhere.
    QTest::mouseClick(page.liveButton(), Qt::LeftButton);
    QVERIFY(!page.isLive());
    QVERIFY(!page.liveButton()->isChecked());
    QVERIFY(page.scanAction()->isEnabled());
    const int steps = page.liveRunner()->stepCount();
    QVERIFY(steps >= 3);
    QVERIFY(fx.write(duplicate(5, 3, "VIETTEL-CA", t0 + 30)));
    QTest::qWait(600);
    QCOMPARE(page.liveRunner()->stepCount(), steps);
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(fx.notifier.messages.size(), 1);

    // On again a minute later: it resumes from the stored watermark, and what was recorded while
    // it was off comes as new findings (VIETTEL-CA had not looked citizen 3 up: a duplicate and a
    // missing look-up), announced in one message with their count.
    fx.now->store(t0 + 60);
    QVERIFY(fx.goLive());
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*page.model(), QStringLiteral("DUPLICATE_ISSUANCE")) >= 0, 10000);
    QVERIFY(rowOfRule(*page.model(), QStringLiteral("MISSING_LOOKUP")) >= 0);
    QTRY_COMPARE(fx.notifier.messages.size(), 2);
    QCOMPARE(fx.notifier.messages.last().title,
             QCoreApplication::translate(context, "%n new finding(s)", nullptr, 2));
    QCOMPARE(fx.notifier.messages.last().message,
             QStringLiteral("VIETTEL-CA: Cấp trùng\nVIETTEL-CA: Không tra cứu Hue-S"));
    fx.notifier.messages.last().clicked();
    QCOMPARE(currentRule(page), QStringLiteral("DUPLICATE_ISSUANCE"));
    QCOMPARE(page.liveCounterText(),
             QCoreApplication::translate(context, "%n new finding(s) since %1", nullptr, 2)
                 .arg(ui::LocaleFormat::time(QDateTime::fromSecsSinceEpoch(t0 + 60, QTimeZone::utc()))));
    QCOMPARE(fx.stored(), test::fullScanAt(*fx.registry, t0 + 60, &error));
    page.setLive(false);
    QVERIFY(!page.isLive());
}

void TestUiLiveWatch::droppedConnectionIsRetried_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiLiveWatch::droppedConnectionIsRetried()
{
    QFETCH(connection::Engine, engine);
    Fixture fx;
    QVERIFY(fx.make(engine));
    FindingsPage &page = *fx.page;
    QVERIFY(fx.goLive());
    QSignalSpy polled(&page, &FindingsPage::livePolled);
    QVERIFY(polled.wait(5000));

    // The registry goes away under the watch.
    QByteArray header;
    if (engine == connection::Engine::Sqlite) {
        // The file stops being a database (its header zeroed), then comes back as it was.
        QFile file(fx.registry->spec().path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        header = file.read(100);
        QVERIFY(file.seek(0));
        QCOMPARE(file.write(QByteArray(100, '\0')), qint64(100));
        file.close();
    } else {
        // The server ends the watch's sessions.
        QVERIFY(fx.write({QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                         "WHERE datname = current_database() AND pid <> pg_backend_pid()")}));
    }
    QTRY_VERIFY_WITH_TIMEOUT(
        page.liveStatusText().startsWith(
            lead("Live: the registry could not be read at %1 (%2); trying again at the next check.")),
        10000);
    QVERIFY(page.isLive());
    QVERIFY(
        !page.findChild<QLabel *>(QStringLiteral("liveStatus"))->toolTip().isEmpty()); // the error in full
    if (engine == connection::Engine::Sqlite) {
        QFile file(fx.registry->spec().path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QCOMPARE(file.write(header), qint64(100));
        file.close();
    }
    // Back: the next tick goes on from where the watch stood.
    QVERIFY(fx.write(duplicate(4, 1, "VIETTEL-CA", t0 - 60)));
    QTRY_VERIFY_WITH_TIMEOUT(rowOfRule(*page.model(), QStringLiteral("DUPLICATE_ISSUANCE")) >= 0, 10000);
    QTRY_VERIFY(page.liveStatusText().startsWith(lead("Live: registry checked at %1")));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("liveStatus"))->toolTip().isEmpty());
    QTRY_COMPARE(fx.notifier.messages.size(), 1);
    QString error;
    QCOMPARE(fx.stored(), test::fullScanAt(*fx.registry, t0, &error));
}

void TestUiLiveWatch::closingThePageStopsTheWatch()
{
    Fixture fx;
    QVERIFY(fx.make(connection::Engine::Sqlite));
    QVERIFY(fx.goLive());
    QSignalSpy polled(fx.page.get(), &FindingsPage::livePolled);
    QVERIFY(polled.wait(5000));
    auto *counter = fx.page->findChild<QLabel *>(QStringLiteral("liveCounter"));
    auto *status = fx.page->findChild<QLabel *>(QStringLiteral("liveStatus"));
    QVERIFY(counter && counter->isVisible() && status && status->isVisible());
    // Off and on again at once, while the first scan or a poll may be under way: each stop waits
    // for the step in flight and drops what it reports.
    for (int i = 0; i < 5; ++i) {
        fx.page->setLive(false);
        QVERIFY(!fx.page->isLive());
        QVERIFY(!counter->isVisible() && !status->isVisible());
        fx.page->setLive(true);
        QVERIFY(fx.page->isLive());
        QTest::qWait(i * 40);
    }
    QVERIFY(polled.wait(5000));
    // The page goes while polls run: its destructor joins the worker (a poll left running would
    // use the store and the registry after them).
    fx.page.reset();
    // The registry closed: the switch of a new page starts off, and closing the session stops it.
    fx.newPage();
    QVERIFY(!fx.page->isLive());
    QVERIFY(fx.goLive());
    fx.session->close();
    QTRY_VERIFY(!fx.page->isLive());
    QVERIFY(!fx.page->liveButton()->isChecked());
    QVERIFY(!fx.page->liveButton()->isEnabled());
}

// The interval is a setting (5 s by default) with a field on the Settings page; the switch's
// tooltip says it.
void TestUiLiveWatch::intervalFromTheSettingsPage()
{
    QTemporaryDir dir;
    settings::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    settings::ProfileStore profiles(settings);
    connection::SecretStore secrets(QStringLiteral("SignWatch-tst_ui_livewatch"));
    ui::SettingsPage settingsPage(settings, profiles, secrets);
    auto *spin = settingsPage.findChild<QSpinBox *>(QStringLiteral("liveIntervalSpin"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 5);
    spin->setValue(2);
    QCOMPARE(settings.liveWatchInterval(), std::chrono::milliseconds(2000));

    findings::FindingsStore store(dir.filePath(QStringLiteral("findings.sqlite")));
    registry::RegistrySession session;
    FindingsPage page(session, settings, store,
                      Clock::fixedAt(QDateTime::fromSecsSinceEpoch(t0, QTimeZone::utc())));
    QCOMPARE(page.liveButton()->toolTip(),
             QCoreApplication::translate(
                 context,
                 "Watch the registry live: after one full scan, check what changed every %1 "
                 "s, list new findings as they appear and announce them on the desktop")
                 .arg(QLocale().toString(2.0, 'g', 4)));
    // No registry open: the switch cannot be turned on.
    QVERIFY(!page.liveButton()->isEnabled());
    page.setLive(true);
    QVERIFY(!page.isLive());
}

QTEST_MAIN(TestUiLiveWatch)
#include "tst_ui_livewatch.moc"
