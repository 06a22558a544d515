// The console's findings store: its schema and migrations, saving scans in one transaction,
// "new since the previous scan", filters (period edges at local midnight), counts, sorting and
// paging, and keeping the last few scans; what casework made of the findings (the case marks:
// handled / not handled in SQL, from any thread) and a citizen's findings.
#include "findings/FindingsStore.h"
#include "rules/Finding.h"
#include "rules/Thresholds.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sw;
using findings::FindingSortKey;
using findings::FindingsQuery;
using findings::FindingsStore;

namespace {
const QString registryA = QStringLiteral("sqlite:/data/a.sqlite");
const QString registryB = QStringLiteral("postgresql://hues@db:5432/registry");

qint64 utc(const char *iso)
{
    return *rules::parseUtcTime(QLatin1String(iso));
}

rules::Finding finding(const char *rule, qint64 subject, const char *provider, const char *citizen,
                       std::optional<qint64> at, QList<qint64> evidence = {},
                       QList<QPair<QString, rules::DetailValue>> detail = {})
{
    rules::Finding f;
    f.rule = QLatin1String(rule);
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = subject;
    if (provider)
        f.provider = QLatin1String(provider);
    if (citizen)
        f.citizenId = QLatin1String(citizen);
    f.at = at;
    f.evidence = std::move(evidence);
    f.detail = std::move(detail);
    return f;
}

findings::ScanToSave scanOf(const QString &registry, qint64 asOf = utc("2024-03-31T17:00:00Z"))
{
    findings::ScanToSave s;
    s.registryKey = registry;
    s.asOf = asOf;
    s.startedAt = asOf + 60;
    s.elapsedMs = 1234;
    s.thresholds = rules::Thresholds().values();
    s.certificates = 42;
    return s;
}

// Four findings in the findings order, over two districts, three providers and two days.
QList<rules::Finding> sampleFindings()
{
    return {
        finding("DUPLICATE_ISSUANCE", 11, "VIETTEL-CA", "046090000001", utc("2023-08-02T03:04:05Z"), {4, 7},
                {{QStringLiteral("lookup_found"), true}}),
        finding("FREE_PERIOD", 12, "VNPT-CA", "046090000002", utc("2023-08-01T16:59:59Z"), {},
                {{QStringLiteral("free_until"), nullptr},
                 {QStringLiteral("expected"), QStringLiteral("2024-07-31")}}),
        finding("LATE_UPDATE", 13, "VNPT-CA", "046090000003", utc("2023-08-01T17:00:00Z"), {},
                {{QStringLiteral("delay_seconds"), qint64(90000)}}),
        finding("DATA_QUALITY", 5, nullptr, nullptr, std::nullopt),
    };
}

const QHash<QString, QString> sampleDistricts = {{QStringLiteral("046090000001"), QStringLiteral("474")},
                                                 {QStringLiteral("046090000002"), QStringLiteral("478")},
                                                 {QStringLiteral("046090000003"), QStringLiteral("478")}};

QList<qint64> subjects(const QList<findings::StoredFinding> &rows)
{
    QList<qint64> ids;
    for (const auto &r : rows)
        ids << r.finding.subjectId;
    return ids;
}
} // namespace

class TestFindingsStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void migratesAnEmptyFile();
    void refusesANewerFile();
    void savesAndLoads();
    void filters_data();
    void filters();
    void counts();
    void newSinceThePreviousScan();
    void sortsAndPages_data();
    void sortsAndPages();
    void keepsTheLastScans();
    void failedSaveKeepsThePreviousScan();
    void savesFromAnotherThread();
    void updateBringsAScanForward();
    void updateOfAScanNoLongerKept();
    void caseMarksSayWhatIsHandled();
    void caseMarksFromAnotherThread();
    void citizenFindingsOfAScan();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("sub/findings.sqlite")); }
};

void TestFindingsStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestFindingsStore::migratesAnEmptyFile()
{
    {
        FindingsStore store(path());
        QVERIFY(store.open()); // makes the folder and the file
        QCOMPARE(*store.storedSchemaVersion(), FindingsStore::schemaVersion);
        QVERIFY(!store.latestScan(registryA)->has_value());
        QVERIFY(store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts));
    }
    // Opening again migrates nothing and keeps what was saved.
    FindingsStore again(path());
    QVERIFY(again.open());
    QCOMPARE(*again.storedSchemaVersion(), FindingsStore::schemaVersion);
    QCOMPARE((*again.latestScan(registryA))->findings, 4);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), FindingsStore::schemaVersion); // one row per step
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
}

void TestFindingsStore::refusesANewerFile()
{
    {
        QDir().mkpath(QFileInfo(path()).absolutePath());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version VALUES (99)")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    FindingsStore store(path());
    const auto opened = store.open();
    QVERIFY(!opened);
    QVERIFY(opened.error().message.contains(QStringLiteral("newer version")));
    QVERIFY(opened.error().detail.contains(QStringLiteral("99")));
}

void TestFindingsStore::savesAndLoads()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    auto scan = scanOf(registryA);
    scan.rules = {QStringLiteral("LATE_UPDATE"), QStringLiteral("DUPLICATE_ISSUANCE")};
    scan.thresholds[QStringLiteral("late_update")] = 3600;
    const QList<rules::Finding> original = sampleFindings();
    const auto saved = store.saveScan(scan, original, sampleDistricts);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));
    QCOMPARE(saved->findings, 4);
    QCOMPARE(saved->newFindings, 4); // the registry's first scan: everything is new

    const auto latest = store.latestScan(registryA);
    QVERIFY(latest && latest->has_value());
    const findings::ScanRecord &r = **latest;
    QCOMPARE(r.id, saved->id);
    QCOMPARE(r.registryKey, registryA);
    QCOMPARE(r.asOf, scan.asOf);
    QCOMPARE(r.startedAt, scan.startedAt);
    QCOMPARE(r.elapsedMs, 1234);
    QCOMPARE(r.certificates, 42);
    QCOMPARE(r.rules, scan.rules);
    QCOMPARE(r.thresholds.value(QStringLiteral("late_update")), 3600);
    QCOMPARE(r.thresholds.value(QStringLiteral("burst_count")), 10);
    QVERIFY(!store.latestScan(registryB)->has_value());

    const auto rows = store.findings(r.id, {}, FindingSortKey::Rule, Qt::AscendingOrder, 0, 100);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 4);
    QList<rules::Finding> back;
    for (const auto &row : *rows) {
        back << row.finding;
        QCOMPARE(row.jsonLine, rules::toJsonLine(row.finding)); // the exact line of the spec's form
        QCOMPARE(row.scanId, r.id);
    }
    QList<rules::Finding> sorted = original;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(back, sorted); // every field round-trips, detail order and nulls included
    QCOMPARE(rows->at(1).severity, rules::Severity::High); // DUPLICATE_ISSUANCE
    QCOMPARE(rows->at(1).district, QStringLiteral("474"));
    QCOMPARE(rows->at(0).district, QString()); // DATA_QUALITY: no citizen
    QCOMPARE(rows->at(0).severity, rules::Severity::Low);
}

void TestFindingsStore::filters_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QList<qint64>>("expected"); // subject ids, findings order

    const QDate jul31(2023, 7, 31), aug1(2023, 8, 1), aug2(2023, 8, 2);
    // 12 (16:59:59Z) is 23:59:59 local on 1 August; 13 (17:00:00Z) is 00:00 local on 2 August.
    QTest::newRow("all") << QDate() << QDate() << ""
                         << ""
                         << ""
                         << "" << QList<qint64> {5, 11, 12, 13};
    QTest::newRow("1 Aug local") << aug1 << aug1 << ""
                                 << ""
                                 << ""
                                 << "" << QList<qint64> {12};
    QTest::newRow("2 Aug local") << aug2 << aug2 << ""
                                 << ""
                                 << ""
                                 << "" << QList<qint64> {11, 13};
    QTest::newRow("from 2 Aug") << aug2 << QDate() << ""
                                << ""
                                << ""
                                << "" << QList<qint64> {11, 13};
    QTest::newRow("until 1 Aug") << QDate() << aug1 << ""
                                 << ""
                                 << ""
                                 << "" << QList<qint64> {12};
    QTest::newRow("31 Jul") << jul31 << jul31 << ""
                            << ""
                            << ""
                            << "" << QList<qint64> {};
    QTest::newRow("district") << QDate() << QDate() << "478"
                              << ""
                              << ""
                              << "" << QList<qint64> {12, 13};
    QTest::newRow("provider") << QDate() << QDate() << ""
                              << "VNPT-CA"
                              << ""
                              << "" << QList<qint64> {12, 13};
    QTest::newRow("rule") << QDate() << QDate() << ""
                          << ""
                          << "LATE_UPDATE"
                          << "" << QList<qint64> {13};
    QTest::newRow("high") << QDate() << QDate() << ""
                          << ""
                          << ""
                          << "high" << QList<qint64> {11};
    QTest::newRow("medium") << QDate() << QDate() << ""
                            << ""
                            << ""
                            << "medium" << QList<qint64> {12, 13};
    QTest::newRow("low") << QDate() << QDate() << ""
                         << ""
                         << ""
                         << "low" << QList<qint64> {5};
    QTest::newRow("combined") << aug2 << aug2 << "478"
                              << "VNPT-CA"
                              << ""
                              << "medium" << QList<qint64> {13};
}

void TestFindingsStore::filters()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QString, district);
    QFETCH(QString, provider);
    QFETCH(QString, rule);
    QFETCH(QString, severity);
    QFETCH(QList<qint64>, expected);

    FindingsStore store(path());
    QVERIFY(store.open());
    const auto saved = store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts);
    QVERIFY(saved);
    FindingsQuery query;
    query.filter = {from, to, district, provider, rule, severity, {}};
    const auto rows = store.findings(saved->id, query, FindingSortKey::Rule, Qt::AscendingOrder, 0, 100);
    QVERIFY(rows);
    QList<qint64> got = subjects(*rows);
    std::sort(got.begin(), got.end());
    QCOMPARE(got, expected);
    QCOMPARE(*store.count(saved->id, query), expected.size());
}

void TestFindingsStore::counts()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    const auto saved = store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts);
    QVERIFY(saved);
    const auto b = store.breakdown(saved->id, {});
    QVERIFY(b);
    QCOMPARE(b->total, 4);
    QCOMPARE(b->byRule.value(QStringLiteral("LATE_UPDATE")), 1);
    QCOMPARE(b->bySeverity.value(QStringLiteral("medium")), 2);
    QCOMPARE(b->bySeverity.value(QStringLiteral("high")), 1);
    QCOMPARE(b->byProvider.value(QStringLiteral("VNPT-CA")), 2);
    QCOMPARE(b->byProvider.value(QString()), 1); // DATA_QUALITY with no provider
    QCOMPARE(b->byDistrict.value(QStringLiteral("478")), 2);

    statistics::Filter vnpt;
    vnpt.provider = QStringLiteral("VNPT-CA");
    const auto filtered = store.breakdown(saved->id, {vnpt, false});
    QCOMPARE(filtered->total, 2);
    QCOMPARE(filtered->byRule.size(), 2);

    const auto byProvider = store.countsByProviderAndRule(registryA, {});
    QVERIFY(byProvider);
    QCOMPARE(byProvider->scanId, saved->id);
    QCOMPARE(byProvider->total, 4);
    QCOMPARE(
        byProvider->byProviderAndRule.value(QStringLiteral("VNPT-CA")).value(QStringLiteral("FREE_PERIOD")),
        1);
    QCOMPARE(byProvider->byProviderAndRule.value(QStringLiteral("VIETTEL-CA"))
                 .value(QStringLiteral("DUPLICATE_ISSUANCE")),
             1);
    statistics::Filter day;
    day.from = day.to = QDate(2023, 8, 2);
    QCOMPARE(store.countsByProviderAndRule(registryA, day)->total, 2);
    const auto none = store.countsByProviderAndRule(registryB, {});
    QVERIFY(none);
    QCOMPARE(none->scanId, 0);
    QCOMPARE(none->total, 0);
}

void TestFindingsStore::newSinceThePreviousScan()
{
    qint64 secondId = 0;
    {
        FindingsStore store(path());
        QVERIFY(store.open());
        QVERIFY(store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts));
        // Another registry's scans do not count for registry A.
        QVERIFY(
            store.saveScan(scanOf(registryB), {finding("LATE_UPDATE", 99, "CA2", "046090000009", 1)}, {}));

        // Second scan: 11 stays; 13 went away; 14 appears; 12 is now seen by another rule (new), and
        // the same subject id as a request is another subject (new).
        QList<rules::Finding> second = {sampleFindings().at(0), sampleFindings().at(3),
                                        finding("LATE_UPDATE", 12, "VNPT-CA", "046090000002", 1),
                                        finding("MISSING_LOOKUP", 14, "CA2", "046090000004", 2)};
        rules::Finding request = finding("REQUEST_EXPIRED", 11, "CA2", "046090000004", 3);
        request.subjectKind = QStringLiteral("request");
        second << request;
        const auto saved = store.saveScan(scanOf(registryA, utc("2024-04-30T17:00:00Z")), second, {});
        QVERIFY(saved);
        secondId = saved->id;
        QCOMPARE(saved->findings, 5);
        QCOMPARE(saved->newFindings, 3);
    }
    // After a restart the marks are still there.
    FindingsStore store(path());
    QVERIFY(store.open());
    const auto latest = store.latestScan(registryA);
    QCOMPARE((*latest)->id, secondId);
    QCOMPARE((*latest)->newFindings, 3);
    const auto fresh = store.findings(secondId, {{}, true}, FindingSortKey::Rule, Qt::AscendingOrder, 0, 100);
    QVERIFY(fresh);
    QStringList got;
    for (const auto &row : *fresh) {
        QVERIFY(row.isNew);
        got << row.finding.rule + QLatin1Char(':') + QString::number(row.finding.subjectId);
    }
    QCOMPARE(got,
             (QStringList {QStringLiteral("LATE_UPDATE:12"), QStringLiteral("MISSING_LOOKUP:14"),
                           QStringLiteral("REQUEST_EXPIRED:11")}));
    const auto totals = store.totals(secondId, {});
    QCOMPARE(totals->findings, 5);
    QCOMPARE(totals->newFindings, 3);
    QCOMPARE(*store.count(secondId, {{}, true}), 3);
}

void TestFindingsStore::sortsAndPages_data()
{
    QTest::addColumn<FindingSortKey>("key");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QList<qint64>>("expected");
    // Ties fall back to the findings order, in the same direction.
    QTest::newRow("rule asc") << FindingSortKey::Rule << Qt::AscendingOrder << QList<qint64> {5, 11, 12, 13};
    QTest::newRow("rule desc") << FindingSortKey::Rule << Qt::DescendingOrder
                               << QList<qint64> {13, 12, 11, 5};
    QTest::newRow("severity") << FindingSortKey::Severity << Qt::AscendingOrder
                              << QList<qint64> {11, 12, 13, 5};
    QTest::newRow("provider") << FindingSortKey::Provider << Qt::AscendingOrder
                              << QList<qint64> {5, 11, 12, 13};
    QTest::newRow("provider desc") << FindingSortKey::Provider << Qt::DescendingOrder
                                   << QList<qint64> {13, 12, 11, 5};
    QTest::newRow("time") << FindingSortKey::Time << Qt::AscendingOrder << QList<qint64> {5, 12, 13, 11};
    QTest::newRow("time desc") << FindingSortKey::Time << Qt::DescendingOrder
                               << QList<qint64> {11, 13, 12, 5};
    QTest::newRow("district") << FindingSortKey::District << Qt::AscendingOrder
                              << QList<qint64> {5, 11, 12, 13};
    QTest::newRow("citizen desc") << FindingSortKey::Citizen << Qt::DescendingOrder
                                  << QList<qint64> {13, 12, 11, 5};
    QTest::newRow("subject") << FindingSortKey::Subject << Qt::AscendingOrder
                             << QList<qint64> {5, 11, 12, 13};
}

void TestFindingsStore::sortsAndPages()
{
    QFETCH(FindingSortKey, key);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QList<qint64>, expected);
    FindingsStore store(path());
    QVERIFY(store.open());
    const auto saved = store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts);
    QVERIFY(saved);

    const auto ids = store.findingIds(saved->id, {}, key, order);
    QVERIFY(ids);
    const auto all = store.findingsByIds(*ids);
    QCOMPARE(subjects(*all), expected);
    // Pages of two give the same order.
    QList<qint64> paged;
    for (qint64 offset = 0; offset < 4; offset += 2)
        paged += subjects(*store.findings(saved->id, {}, key, order, offset, 2));
    QCOMPARE(paged, expected);
    // findingsByIds keeps the order asked for, and leaves out unknown ids.
    QList<qint64> reversed(ids->crbegin(), ids->crend());
    reversed.insert(1, 987654);
    QList<qint64> expectedReversed(expected.crbegin(), expected.crend());
    QCOMPARE(subjects(*store.findingsByIds(reversed)), expectedReversed);
}

void TestFindingsStore::keepsTheLastScans()
{
    FindingsStore store(path(), 3);
    QVERIFY(store.open());
    QList<qint64> ids;
    for (int i = 0; i < 5; ++i)
        ids << store.saveScan(scanOf(registryA, utc("2024-01-01T00:00:00Z") + i), sampleFindings(), {})->id;
    QVERIFY(store.saveScan(scanOf(registryB), sampleFindings(), {}));
    const auto kept = store.scans(registryA);
    QCOMPARE(kept->size(), 3);
    QCOMPARE(kept->first().id, ids.last()); // newest first
    QCOMPARE(kept->last().id, ids.at(2));
    QVERIFY(!store.scan(ids.at(0))->has_value());
    QCOMPARE(*store.count(ids.at(0), {}), 0); // its findings went with it
    QCOMPARE(*store.count(ids.at(2), {}), 4);
    QCOMPARE(store.scans(registryB)->size(), 1);
}

void TestFindingsStore::failedSaveKeepsThePreviousScan()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    const auto first = store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts);
    QVERIFY(first);
    {
        // The disk fills up, the process dies…: here an insert that fails half-way through the scan.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER fail BEFORE INSERT ON findings WHEN NEW.subject_id = 999 "
                                  "BEGIN SELECT RAISE(ABORT, 'disk full'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    QList<rules::Finding> doomed = sampleFindings();
    doomed.insert(2, finding("LATE_UPDATE", 999, "CA2", "046090000009", 1));
    const auto failed
        = store.saveScan(scanOf(registryA, utc("2024-05-01T00:00:00Z")), doomed, sampleDistricts);
    QVERIFY(!failed);
    QVERIFY(failed.error().detail.contains(QStringLiteral("disk full")));
    const auto latest = store.latestScan(registryA);
    QCOMPARE((*latest)->id, first->id);
    QCOMPARE(store.scans(registryA)->size(), 1);
    QCOMPARE(*store.count(first->id, {}), 4);
    QCOMPARE(*store.count(first->id + 1, {}), 0); // nothing of the failed scan is left
}

void TestFindingsStore::savesFromAnotherThread()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    qint64 savedId = 0;
    QThread *thread = QThread::create([&] {
        const auto saved = store.saveScan(scanOf(registryA), sampleFindings(), sampleDistricts);
        savedId = saved ? saved->id : -1;
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY(savedId > 0);
    QCOMPARE((*store.latestScan(registryA))->id, savedId); // seen by the opening thread's connection
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1); // the thread's connection was removed
}

// A live watch's poll: resolved findings leave the scan, new ones join it (new when the scan
// before did not have them), the others keep their rows; the scan's time and counts follow, and
// nothing changes when a step fails.
void TestFindingsStore::updateBringsAScanForward()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    // The registry's scan before: it had finding 13 but not 14.
    QVERIFY(store.saveScan(scanOf(registryA), {sampleFindings().at(2)}, sampleDistricts));
    const auto watch = store.saveScan(scanOf(registryA, utc("2024-04-01T00:00:00Z")),
                                      {sampleFindings().at(0), sampleFindings().at(1)}, sampleDistricts);
    QVERIFY(watch);
    QCOMPARE(watch->newFindings, 2);
    const qint64 keptRow = *store.findingRowId(watch->id, QStringLiteral("DUPLICATE_ISSUANCE"),
                                               QStringLiteral("certificate"), 11);
    QVERIFY(keptRow > 0);
    QCOMPARE(
        *store.findingRowId(watch->id, QStringLiteral("DUPLICATE_ISSUANCE"), QStringLiteral("request"), 11),
        qint64(0));

    const qint64 asOf = utc("2024-04-01T00:00:05Z");
    const auto updated
        = store.updateScan(watch->id, asOf, {sampleFindings().at(1)},
                           {sampleFindings().at(2), finding("MISSING_LOOKUP", 14, "CA2", "046090000004", 2)},
                           {{QStringLiteral("046090000003"), QStringLiteral("478")},
                            {QStringLiteral("046090000004"), QStringLiteral("481")}});
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().fullText()));
    QCOMPARE(updated->id, watch->id);
    QCOMPARE(updated->asOf, asOf);
    QCOMPARE(updated->findings, 3);
    QCOMPARE(updated->newFindings, 2); // 11 (new in the watch's scan) and 14; 13 was in the scan before
    QCOMPARE(updated->startedAt, watch->startedAt);
    const auto stored = *store.scan(watch->id);
    QCOMPARE(stored->asOf, asOf);
    QCOMPARE(stored->findings, 3);
    QCOMPARE((*store.latestScan(registryA))->id, watch->id);

    const auto rows = store.findings(watch->id, {}, FindingSortKey::Rule, Qt::AscendingOrder, 0, 10);
    QCOMPARE(subjects(*rows), (QList<qint64> {11, 13, 14}));
    QCOMPARE(rows->at(0).rowId, keptRow); // the finding that stayed kept its row
    QVERIFY(!rows->at(1).isNew);
    QCOMPARE(rows->at(1).district, QStringLiteral("478"));
    QVERIFY(rows->at(2).isNew);
    QCOMPARE(rows->at(2).district, QStringLiteral("481"));
    QCOMPARE(rows->at(2).jsonLine,
             rules::toJsonLine(finding("MISSING_LOOKUP", 14, "CA2", "046090000004", 2)));

    // A poll without events moves the time only.
    const auto quiet = store.updateScan(watch->id, asOf + 5, {}, {}, {});
    QVERIFY(quiet);
    QCOMPARE(quiet->asOf, asOf + 5);
    QCOMPARE(quiet->findings, 3);

    // A step that fails half-way (an insert refused after a delete) leaves the scan as it was.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("saboteur"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(
            q.exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON findings WHEN NEW.subject_id = 99 "
                                  "BEGIN SELECT RAISE(ABORT, 'refused'); END")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("saboteur"));
    const auto failed = store.updateScan(watch->id, asOf + 10, {sampleFindings().at(0)},
                                         {finding("LATE_UPDATE", 99, "CA2", "046090000009", 1)}, {});
    QVERIFY(!failed);
    const auto after = *store.scan(watch->id);
    QCOMPARE(after->asOf, asOf + 5);
    QCOMPARE(after->findings, 3);
    QCOMPARE(*store.findingRowId(watch->id, QStringLiteral("DUPLICATE_ISSUANCE"),
                                 QStringLiteral("certificate"), 11),
             keptRow);
}

void TestFindingsStore::updateOfAScanNoLongerKept()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    const auto updated = store.updateScan(4711, 1, {}, {sampleFindings().at(0)}, {});
    QVERIFY(!updated);
    QCOMPARE(updated.error().kind, Error::Kind::NotFound);
    QCOMPARE(*store.count(4711, {}), 0);
}

// Issue 17: findings in a case are handled (a dismissed case's too), the others not; filters,
// counts, the case sort and the dashboard's counts agree, and follow the marks when they change.
void TestFindingsStore::caseMarksSayWhatIsHandled()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    const QList<rules::Finding> sample = sampleFindings();
    const auto saved = store.saveScan(scanOf(registryA), sample, sampleDistricts);
    QVERIFY(saved);
    // Subjects 11 (DUPLICATE_ISSUANCE) and 13 (LATE_UPDATE); none of the others.
    findings::CaseMarks marks;
    marks.insert(sample.at(0).key(), {3, QStringLiteral("established"), false});
    marks.insert(sample.at(2).key(), {2, QStringLiteral("dismissed"), false});
    marks.insert(QStringLiteral("LATE_UPDATE/certificate/999"), {4, QStringLiteral("open"), false});
    marks.insert(QStringLiteral("not a key"), {5, QStringLiteral("open"), false}); // left out
    // Before any marks: nothing is handled.
    QCOMPARE(store.totals(saved->id, {})->unhandled, 4);
    statistics::Filter handled;
    handled.handling = QStringLiteral("handled");
    QCOMPARE(*store.count(saved->id, {handled, false}), 0);

    store.setCaseMarks(marks);
    QCOMPARE(store.caseMarks(), marks);
    const auto totals = store.totals(saved->id, {});
    QCOMPARE(totals->findings, 4);
    QCOMPARE(totals->unhandled, 2);
    statistics::Filter unhandled;
    unhandled.handling = QStringLiteral("unhandled");
    const auto page = [&](const statistics::Filter &filter) {
        return subjects(
            *store.findings(saved->id, {filter, false}, FindingSortKey::Subject, Qt::AscendingOrder, 0, 10));
    };
    QCOMPARE(page(unhandled), QList<qint64>({5, 12}));
    QCOMPARE(page(handled), QList<qint64>({11, 13}));
    // With the other filters, and in the breakdown and the dashboard's counts.
    statistics::Filter vnptUnhandled = unhandled;
    vnptUnhandled.provider = QStringLiteral("VNPT-CA");
    QCOMPARE(*store.count(saved->id, {vnptUnhandled, false}), 1);
    QCOMPARE(store.breakdown(saved->id, {handled, false})->byRule.value(QStringLiteral("LATE_UPDATE")), 1);
    const auto open = store.countsByProviderAndRule(registryA, unhandled);
    QCOMPARE(open->total, 2);
    QVERIFY(!open->byProviderAndRule.value(QStringLiteral("VIETTEL-CA"))
                 .contains(QStringLiteral("DUPLICATE_ISSUANCE")));
    QCOMPARE(store.countsByProviderAndRule(registryA, {})->total, 4);
    // By case: none first, then case 2, then case 3.
    const auto byCase = store.findingIds(saved->id, {}, FindingSortKey::Case, Qt::AscendingOrder);
    QCOMPARE(subjects(*store.findingsByIds(*byCase)).mid(2), QList<qint64>({13, 11}));
    const auto byCaseDown = store.findingIds(saved->id, {}, FindingSortKey::Case, Qt::DescendingOrder);
    QCOMPARE(subjects(*store.findingsByIds(*byCaseDown)).mid(0, 2), QList<qint64>({11, 13}));

    // New marks replace the old ones: the dismissed case's finding goes to no case at all.
    marks.remove(sample.at(2).key());
    store.setCaseMarks(marks);
    QCOMPARE(store.totals(saved->id, {})->unhandled, 3);
    QCOMPARE(page(handled), QList<qint64>({11}));
    store.setCaseMarks({});
    QCOMPARE(*store.count(saved->id, {unhandled, false}), 4);
}

// A call from another thread has a connection of its own: it sees the marks too.
void TestFindingsStore::caseMarksFromAnotherThread()
{
    FindingsStore store(path());
    QVERIFY(store.open());
    const QList<rules::Finding> sample = sampleFindings();
    const auto saved = store.saveScan(scanOf(registryA), sample, sampleDistricts);
    QVERIFY(saved);
    store.setCaseMarks({{sample.at(1).key(), {1, QStringLiteral("open"), false}}});
    QCOMPARE(store.totals(saved->id, {})->unhandled, 3); // loaded in the opening thread's connection
    qint64 unhandled = -1;
    qint64 handled = -1;
    QThread *thread = QThread::create([&] {
        statistics::Filter filter;
        filter.handling = QStringLiteral("handled");
        const auto ids
            = store.findingIds(saved->id, {filter, false}, FindingSortKey::Case, Qt::AscendingOrder);
        handled = ids ? ids->size() : -2;
        const auto totals = store.totals(saved->id, {});
        unhandled = totals ? totals->unhandled : -2;
    });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QCOMPARE(handled, 1);
    QCOMPARE(unhandled, 3);
    QCOMPARE(QSqlDatabase::connectionNames().size(), 1);
}

// The complaint form's choice: a citizen's findings in one scan; an older file gets the index.
void TestFindingsStore::citizenFindingsOfAScan()
{
    {
        FindingsStore store(path());
        QVERIFY(store.open());
    }
    // Back to version 1, as an earlier console left it.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        db.setDatabaseName(path());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("DROP INDEX findings_by_citizen")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM schema_version WHERE version > 1")));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    FindingsStore store(path());
    QVERIFY(store.open());
    QCOMPARE(*store.storedSchemaVersion(), 2);
    QList<rules::Finding> sample = sampleFindings();
    sample << finding("LATE_UPDATE", 14, "MISA-CA", "046090000001", utc("2023-09-02T03:04:05Z"));
    std::sort(sample.begin(), sample.end());
    const auto first = store.saveScan(scanOf(registryA), sample, sampleDistricts);
    const auto other = store.saveScan(scanOf(registryB), sample.mid(1, 1), sampleDistricts); // subject 11
    QVERIFY(first && other);
    const auto rows = store.citizenFindings(first->id, QStringLiteral("046090000001"));
    QVERIFY(rows);
    QCOMPARE(subjects(*rows), QList<qint64>({11, 14}));
    QCOMPARE(rows->first().finding.provider.value_or(QString()), QStringLiteral("VIETTEL-CA"));
    QCOMPARE(subjects(*store.citizenFindings(other->id, QStringLiteral("046090000001"))),
             QList<qint64>({11}));
    QVERIFY(store.citizenFindings(first->id, QStringLiteral("046090000009"))->isEmpty());
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("plan"));
    db.setDatabaseName(path());
    QVERIFY(db.open());
    {
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM findings WHERE scan_id = 1 AND "
                                      "citizen_id = '046090000001'")));
        QString plan;
        while (q.next())
            plan += q.value(3).toString();
        QVERIFY2(plan.contains(QStringLiteral("findings_by_citizen")), qPrintable(plan));
    }
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("plan"));
}

QTEST_GUILESS_MAIN(TestFindingsStore)
#include "tst_findingsstore.moc"
