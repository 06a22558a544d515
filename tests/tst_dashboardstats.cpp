#include "RegistryBuilder.h"
#include "ScratchRegistry.h"

#include "statistics/DashboardStats.h"
#include "statistics/LastRecordedDay.h"
#include "statistics/Province.h"

#include <QTest>

#include <map>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using namespace sw::statistics;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;
using Cert = RegistryBuilder::Cert;

// The dashboard's figures against a hand-made registry whose answers were counted by hand (the
// comments say how), on SQLite and PostgreSQL: days in local time (UTC+7) with records at local
// midnight and one second before, filters, the channel mix, quantiles of odd, even and single
// counts, the 48-hour rate at exactly 48 hours and one second past, and rows the rules cannot read.
class TestDashboardStats : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void wholeRegistry_data();
    void wholeRegistry();
    void filters_data();
    void filters();
    void weeksForLongPeriods_data();
    void weeksForLongPeriods();
    void serviceRate_data();
    void serviceRate();
    void parallelEqualsSerial_data();
    void parallelEqualsSerial();
    void unreadableRowsAreLeftOutAndCounted();
    void holdersAreDistinctIdsAsWritten_data();
    void holdersAreDistinctIdsAsWritten();
    void lastRecordedDay_data();
    void lastRecordedDay();
    void periodBoundsAreLocalMidnight();

private:
    // One registry per engine for the whole run (PostgreSQL databases take a moment to create).
    ScratchRegistry *registry(Engine engine);
    Result<Dashboard> load(Engine engine, const Filter &filter);

    std::map<Engine, std::unique_ptr<ScratchRegistry>> m_registries;
    std::map<Engine, std::unique_ptr<RegistryConnection>> m_connections;
};

namespace {
const QDateTime asOf(QDate(2023, 9, 1), QTime(0, 0), Qt::UTC);

constexpr auto citizen = sw::test::numberedCitizen;
constexpr auto cert = sw::test::numberedCertificate;

QStringList registryStatements()
{
    RegistryBuilder b;
    b.tenCitizensInThreeDistricts(); // 1–5 Huế (474), 6–8 Phú Vang (478), 9–10 A Lưới (481)
    // Local day (UTC+7) of each record, and the delay recorded − activated.
    b.certificate(cert(1, 1, "VNPT-CA", "door_to_door", "active", "2023-08-01T01:00:00Z",
                       "2023-08-01T01:10:00Z")); // 1 Aug, 600 s
    b.certificate(cert(2, 2, "VNPT-CA", "door_to_door", "active", "2023-08-01T16:59:00Z",
                       "2023-08-01T16:59:59Z")); // 1 Aug 23:59:59 local, 59 s
    b.certificate(cert(3, 3, "VNPT-CA", "app", "active", "2023-08-01T16:50:00Z",
                       "2023-08-01T17:00:00Z")); // 2 Aug 00:00:00 local, 600 s
    b.certificate(
        cert(4, 4, "VNPT-CA", "app", "technical_error", "", "2023-08-05T03:00:00Z")); // 5 Aug, no delay
    b.certificate(cert(5, 6, "VIETTEL-CA", "hues_request", "active", "2023-08-03T00:00:00Z",
                       "2023-08-03T00:02:00Z")); // 3 Aug, 120 s
    b.certificate(cert(6, 7, "VIETTEL-CA", "app", "active", "2023-08-03T00:00:00Z",
                       "2023-08-03T01:00:00Z")); // 3 Aug, 3600 s
    b.certificate(cert(7, 8, "VIETTEL-CA", "door_to_door", "revoked", "2023-08-04T00:00:00Z",
                       "2023-08-04T00:05:00Z")); // 4 Aug, 300 s
    b.certificate(cert(8, 9, "VIETTEL-CA", "legacy_import", "active", "2020-01-01T00:00:00Z",
                       "2023-08-10T00:00:00Z")); // 10 Aug, a legacy import: no delay
    b.certificate(cert(9, 10, "FPT-CA", "door_to_door", "active", "2023-08-02T00:00:00Z",
                       "2023-08-02T00:00:00Z")); // 2 Aug, 0 s
    b.certificate(cert(10, 1, "XYZ-CA", "kiosk", "lost", "2023-08-06T00:00:00Z",
                       "2023-08-06T00:01:40Z")); // 6 Aug, 100 s; unknown provider, channel, status
    b.certificate(cert(11, 5, "VIETTEL-CA", "app", "active", "2023-08-03T05:00:00Z",
                       "2023-08-03T05:00:00Z")); // 3 Aug, 0 s
    b.certificate(cert(12, 2, "VNPT-CA", "app", "active", "2023-09-05T00:00:00Z",
                       "2023-09-05T00:00:00Z")); // after the as-of time: not there yet
    // Requests, deadline D = registered + 48 h, as of 1 Sep 2023.
    b.request(1, citizen(1), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-03T00:00:00Z")); // completed at D exactly: served
    b.request(2, citizen(2), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-03T00:00:01Z")); // one second past D: expired
    b.request(3, citizen(3), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"), {},
              QStringLiteral("2023-08-02T00:00:00Z")); // withdrawn before D
    b.request(4, citizen(4), QStringLiteral("VNPT-CA"),
              QStringLiteral("2023-08-01T00:00:00Z")); // never: expired
    b.request(5, citizen(6), QStringLiteral("VIETTEL-CA"),
              QStringLiteral("2023-08-31T12:00:00Z")); // D after T: pending
    b.request(6, citizen(7), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-01T00:00:00Z"), {},
              QStringLiteral("2023-08-04T00:00:00Z")); // withdrawn after D: expired
    b.request(7, citizen(6), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-01T10:00:00Z"),
              QStringLiteral("2023-08-01T05:00:00Z")); // completed in time (and withdrawn): served
    b.request(8, citizen(10), QStringLiteral("FPT-CA"), QStringLiteral("2023-08-05T00:00:00Z"),
              QStringLiteral("2023-09-05T00:00:00Z")); // completed after T counts as open: expired
    b.excludeProvider(QStringLiteral("FPT-CA"), QStringLiteral("2023-08-15T00:00:00Z"));
    return b.statements();
}

const ProviderDashboard *line(const Dashboard &d, const char *code)
{
    for (const ProviderDashboard &p : d.providers)
        if (p.code == QLatin1String(code))
            return &p;
    return nullptr;
}

#define LOAD_OR_FAIL(name, engine, filter)                                                                   \
    const auto name##Result = load(engine, filter);                                                          \
    QVERIFY2(name##Result.ok(), qPrintable(name##Result ? QString() : name##Result.error().fullText()));     \
    const Dashboard &name = *name##Result

Filter period(QDate from, QDate to)
{
    Filter f;
    f.from = from;
    f.to = to;
    return f;
}
} // namespace

ScratchRegistry *TestDashboardStats::registry(Engine engine)
{
    auto found = m_registries.find(engine);
    if (found != m_registries.end())
        return found->second.get();
    auto scratch = ScratchRegistry::create(engine);
    if (!scratch) {
        qWarning("%s", qPrintable(scratch.error().fullText()));
        return nullptr;
    }
    if (auto filled = (*scratch)->exec(registryStatements()); !filled) {
        qWarning("%s", qPrintable(filled.error().fullText()));
        return nullptr;
    }
    (*scratch)->closeWriter();
    ScratchRegistry *raw = scratch->get();
    m_registries.emplace(engine, std::move(*scratch));
    return raw;
}

Result<Dashboard> TestDashboardStats::load(Engine engine, const Filter &filter)
{
    ScratchRegistry *scratch = registry(engine);
    if (!scratch)
        return Error::make(QStringLiteral("no registry"));
    auto found = m_connections.find(engine);
    if (found == m_connections.end()) {
        auto opened = RegistryConnection::open(scratch->spec(), scratch->password());
        if (!opened)
            return opened.error();
        found = m_connections.emplace(engine, std::move(*opened)).first;
    }
    DashboardOptions options;
    options.asOf = asOf;
    return loadDashboard(found->second->database(), filter, options);
}

void TestDashboardStats::wholeRegistry_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDashboardStats::wholeRegistry()
{
    QFETCH(Engine, engine);
    LOAD_OR_FAIL(d, engine, Filter());

    // 11 certificates exist at T (no. 12 is recorded after it); 1–10 August is 10 days: per day.
    QCOMPARE(d.totals.certificates, 11);
    QCOMPARE(d.firstDay, QDate(2023, 8, 1));
    QCOMPARE(d.lastDay, QDate(2023, 8, 10));
    QCOMPARE(d.bucketDays, 1);
    QCOMPARE(d.bucketStarts.size(), 10);
    // 1 Aug: nos. 1 and 2 (23:59:59 local); 2 Aug: no. 3 (00:00:00 local); 5 Aug: no. 4.
    QCOMPARE(d.timeline.value(QStringLiteral("VNPT-CA")), (QList<qint64> {2, 1, 0, 0, 1, 0, 0, 0, 0, 0}));
    QCOMPARE(d.timeline.value(QStringLiteral("VIETTEL-CA")), (QList<qint64> {0, 0, 3, 1, 0, 0, 0, 0, 0, 1}));
    QCOMPARE(d.timeline.value(QStringLiteral("FPT-CA")), (QList<qint64> {0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(d.timeline.value(QStringLiteral("XYZ-CA")), (QList<qint64> {0, 0, 0, 0, 0, 1, 0, 0, 0, 0}));

    // Holders: citizens 1–7, 9, 10 minus 8 (revoked only); 1 counts for VNPT, not for "lost".
    QCOMPARE(d.citizensWithSignature, 9);
    QCOMPARE(d.population, provincePopulation);
    QVERIFY(!d.populationFromRegistry);
    QCOMPARE(d.providersExcluded, 1); // FPT-CA on 15 August
    QCOMPARE(d.unreadableCertificates, 0);

    // Every provider of the table gets a line, the unknown code too.
    QCOMPARE(d.providers.size(), 7);
    const ProviderDashboard *vnpt = line(d, "VNPT-CA");
    QVERIFY(vnpt);
    QCOMPARE(vnpt->certificates, 4);
    QCOMPARE(vnpt->byChannel.value(QStringLiteral("door_to_door")), 2);
    QCOMPARE(vnpt->byChannel.value(QStringLiteral("app")), 2);
    QCOMPARE(vnpt->byChannel.value(QStringLiteral("other")), 0);
    QCOMPARE(vnpt->active, 3);
    QCOMPARE(vnpt->technicalError, 1);
    const ProviderDashboard *viettel = line(d, "VIETTEL-CA");
    QCOMPARE(viettel->byChannel.value(QStringLiteral("hues_request")), 1);
    QCOMPARE(viettel->byChannel.value(QStringLiteral("app")), 2);
    QCOMPARE(viettel->byChannel.value(QStringLiteral("door_to_door")), 1);
    QCOMPARE(viettel->byChannel.value(QStringLiteral("legacy_import")), 1);
    QCOMPARE(viettel->revoked, 1);
    const ProviderDashboard *unknown = line(d, "XYZ-CA");
    QVERIFY(unknown && !unknown->known);
    QCOMPARE(unknown->byChannel.value(QStringLiteral("other")), 1);
    QCOMPARE(unknown->active + unknown->technicalError + unknown->revoked, 0);
    QVERIFY(line(d, "FPT-CA")->excluded);
    QVERIFY(!line(d, "MISA-CA")->excluded);
    QCOMPARE(line(d, "MISA-CA")->certificates, 0);

    // Quantiles, linear between ranks at (n − 1)·p:
    // VNPT [59, 600, 600] (odd): p05 59 + 0.1·541, q1 59 + 0.5·541, median 600.
    QCOMPARE(vnpt->delay.count, 3);
    QCOMPARE(vnpt->delay.minimum, 59.0);
    QCOMPARE(vnpt->delay.p05, 113.1);
    QCOMPARE(vnpt->delay.q1, 329.5);
    QCOMPARE(vnpt->delay.median, 600.0);
    QCOMPARE(vnpt->delay.q3, 600.0);
    QCOMPARE(vnpt->delay.p95, 600.0);
    // VIETTEL [0, 120, 300, 3600] (even; the legacy import left out): p05 0.15·120, q1 0.75·120,
    // median 120 + 0.5·180, q3 300 + 0.25·3300, p95 300 + 0.85·3300.
    QCOMPARE(viettel->delay.count, 4);
    QCOMPARE(viettel->delay.p05, 18.0);
    QCOMPARE(viettel->delay.q1, 90.0);
    QCOMPARE(viettel->delay.median, 210.0);
    QCOMPARE(viettel->delay.q3, 1125.0);
    QCOMPARE(viettel->delay.p95, 3105.0);
    QCOMPARE(viettel->delay.maximum, 3600.0);
    // FPT: one value, every quantile is it.
    const ProviderDashboard *fpt = line(d, "FPT-CA");
    QCOMPARE(fpt->delay.count, 1);
    QCOMPARE(fpt->delay.q1, 0.0);
    QCOMPARE(fpt->delay.p95, 0.0);
    QCOMPARE(unknown->delay.median, 100.0);
    QCOMPARE(line(d, "MISA-CA")->delay.count, 0);
}

void TestDashboardStats::filters_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<Filter>("filter");
    QTest::addColumn<qint64>("certificates");
    QTest::addColumn<qint64>("holders");
    QTest::addColumn<qint64>("requests");
    QTest::addColumn<qint64>("excluded");

    Filter district;
    district.district = QStringLiteral("478");
    Filter provider;
    provider.provider = QStringLiteral("VNPT-CA");
    Filter both = district;
    both.provider = QStringLiteral("VIETTEL-CA");
    for (Engine engine : sw::test::enginesUnderTest()) {
        const QByteArray e = engine == Engine::Sqlite ? "sqlite " : "postgresql ";
        // Phú Vang: citizens 6–8, certificates 5–7 (8 is revoked only), requests 5 and 6 (citizens 6 and 7)
        // and 7 (citizen 6).
        QTest::newRow(e + "district")
            << engine << district << qint64(3) << qint64(2) << qint64(3) << qint64(1);
        QTest::newRow(e + "provider")
            << engine << provider << qint64(4) << qint64(4) << qint64(4) << qint64(0);
        QTest::newRow(e + "district and provider")
            << engine << both << qint64(3) << qint64(2) << qint64(3) << qint64(0);
        // From local midnight of 2 August: no. 3 (00:00:00 local) is in, no. 2 (23:59:59 the day
        // before) out; 2–3 August: nos. 3, 9, 5, 6, 11; requests registered 1 August are out.
        QTest::newRow(e + "from midnight") << engine << period({2023, 8, 2}, {2023, 8, 3}) << qint64(5)
                                           << qint64(5) << qint64(0) << qint64(0);
        // Up to the end of 1 August: nos. 1 and 2 in, no. 3 out; requests 1–4, 6, 7 in.
        QTest::newRow(e + "to the second before midnight")
            << engine << period({2023, 8, 1}, {2023, 8, 1}) << qint64(2) << qint64(2) << qint64(6)
            << qint64(0);
        // FPT-CA's exclusion (15 August) falls inside a period up to 15 August, not one up to 14 August.
        QTest::newRow(e + "exclusion inside") << engine << period({2023, 8, 1}, {2023, 8, 15}) << qint64(11)
                                              << qint64(9) << qint64(7) << qint64(1);
        QTest::newRow(e + "exclusion after") << engine << period({2023, 8, 1}, {2023, 8, 14}) << qint64(11)
                                             << qint64(9) << qint64(7) << qint64(0);
    }
}

void TestDashboardStats::filters()
{
    QFETCH(Engine, engine);
    QFETCH(Filter, filter);
    QFETCH(qint64, certificates);
    QFETCH(qint64, holders);
    QFETCH(qint64, requests);
    QFETCH(qint64, excluded);
    LOAD_OR_FAIL(d, engine, filter);
    QCOMPARE(d.totals.certificates, certificates);
    QCOMPARE(d.citizensWithSignature, holders);
    QCOMPARE(d.totals.requests.registered, requests);
    QCOMPARE(d.providersExcluded, excluded);
    qint64 onTimeline = 0;
    for (const QList<qint64> &counts : d.timeline)
        for (qint64 n : counts)
            onTimeline += n;
    QCOMPARE(onTimeline, certificates);
    if (!filter.district.isEmpty()) {
        QVERIFY(d.populationFromRegistry);
        QCOMPARE(d.population, 3); // citizens 6–8
        QCOMPARE(*d.sharePercent(), 100.0 * holders / 3.0);
    }
    if (!filter.provider.isEmpty()) {
        for (const ProviderDashboard &p : d.providers)
            QCOMPARE(p.code, filter.provider);
    }
    if (filter.from.isValid()) {
        QCOMPARE(d.firstDay, filter.from);
        QCOMPARE(d.lastDay, filter.to);
        QCOMPARE(d.bucketStarts.size(), filter.from.daysTo(filter.to) + 1);
    }
}

void TestDashboardStats::weeksForLongPeriods_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDashboardStats::weeksForLongPeriods()
{
    QFETCH(Engine, engine);
    // 92 days are still drawn per day.
    {
        LOAD_OR_FAIL(d, engine, period({2023, 7, 1}, {2023, 9, 30}));
        QCOMPARE(d.bucketDays, 1);
        QCOMPARE(d.bucketStarts.size(), 92);
    }
    // 1 July – 31 December 2023 (184 days): weeks from Monday; the first bucket is Saturday 1 and
    // Sunday 2 July, then 26 Mondays from 3 July to 25 December.
    LOAD_OR_FAIL(d, engine, period({2023, 7, 1}, {2023, 12, 31}));
    QCOMPARE(d.bucketDays, 7);
    QCOMPARE(d.bucketStarts.size(), 27);
    QCOMPARE(d.bucketStarts.at(0), QDate(2023, 7, 1));
    QCOMPARE(d.bucketStarts.at(1), QDate(2023, 7, 3));
    QCOMPARE(d.bucketRange(0), std::make_pair(QDate(2023, 7, 1), QDate(2023, 7, 2)));
    QCOMPARE(d.bucketRange(26), std::make_pair(QDate(2023, 12, 25), QDate(2023, 12, 31)));
    // Week of 31 July – 6 August: VNPT 1–4, VIETTEL 5, 6, 7, 11; week of 7 August: VIETTEL 8.
    QCOMPARE(d.bucketStarts.at(5), QDate(2023, 7, 31));
    QCOMPARE(d.timeline.value(QStringLiteral("VNPT-CA")).at(5), 4);
    QCOMPARE(d.timeline.value(QStringLiteral("VIETTEL-CA")).at(5), 4);
    QCOMPARE(d.timeline.value(QStringLiteral("VIETTEL-CA")).at(6), 1);
    QCOMPARE(d.timeline.value(QStringLiteral("VIETTEL-CA")).at(4), 0);
}

void TestDashboardStats::serviceRate_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDashboardStats::serviceRate()
{
    QFETCH(Engine, engine);
    LOAD_OR_FAIL(d, engine, Filter());
    // VNPT: 1 served at 48 h exactly, 2 one second late, 3 withdrawn in time, 4 never completed.
    const RequestService &vnpt = line(d, "VNPT-CA")->requests;
    QCOMPARE(vnpt.registered, 4);
    QCOMPARE(vnpt.served, 1);
    QCOMPARE(vnpt.expired, 2);
    QCOMPARE(vnpt.withdrawn, 1);
    QCOMPARE(vnpt.pending, 0);
    QCOMPARE(*vnpt.ratePercent(), 100.0 / 3.0);
    // VIETTEL: 7 served (completed before its late withdrawal), 6 withdrawn after D, 5 pending.
    const RequestService &viettel = line(d, "VIETTEL-CA")->requests;
    QCOMPARE(viettel.served, 1);
    QCOMPARE(viettel.expired, 1);
    QCOMPARE(viettel.pending, 1);
    QCOMPARE(*viettel.ratePercent(), 50.0);
    // FPT: completed after T, which counts as not completed: expired.
    QCOMPARE(line(d, "FPT-CA")->requests.expired, 1);
    QCOMPARE(*line(d, "FPT-CA")->requests.ratePercent(), 0.0);
    QVERIFY(!line(d, "MISA-CA")->requests.ratePercent());
    QCOMPARE(d.totals.requests.registered, 8);
}

void TestDashboardStats::parallelEqualsSerial_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDashboardStats::parallelEqualsSerial()
{
    QFETCH(Engine, engine);
    ScratchRegistry *scratch = registry(engine);
    QVERIFY(scratch);
    auto connection = RegistryConnection::open(scratch->spec(), scratch->password());
    QVERIFY(connection.ok());
    DashboardOptions options;
    options.asOf = asOf;
    Filter f;
    f.district = QStringLiteral("474");
    for (const Filter &filter : {Filter(), f}) {
        const auto serial = loadDashboard((*connection)->database(), filter, options);
        const auto parallel = loadDashboard(**connection, scratch->password(), filter, options);
        QVERIFY(serial.ok() && parallel.ok());
        QCOMPARE(parallel->citizensWithSignature, serial->citizensWithSignature);
        QCOMPARE(parallel->timeline, serial->timeline);
        QCOMPARE(parallel->providers.size(), serial->providers.size());
        for (int i = 0; i < serial->providers.size(); ++i) {
            QCOMPARE(parallel->providers.at(i).certificates, serial->providers.at(i).certificates);
            QCOMPARE(parallel->providers.at(i).delay.median, serial->providers.at(i).delay.median);
            QCOMPARE(parallel->providers.at(i).requests.served, serial->providers.at(i).requests.served);
        }
    }
}

void TestDashboardStats::unreadableRowsAreLeftOutAndCounted()
{
    // Only SQLite stores a time as any text; PostgreSQL's timestamptz refuses it.
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    RegistryBuilder b;
    b.citizen(citizen(1)).citizen(citizen(2));
    b.certificate(cert(1, 1, "VNPT-CA", "app", "active", "2023-08-01T01:00:00Z", "2023-08-01T01:10:00Z"));
    b.certificate(cert(2, 2, "VNPT-CA", "app", "active", "2023-08-01T01:00:00Z", "01/08/2023 08:10"));
    b.certificate(cert(3, 2, "VIETTEL-CA", "app", "active", "yesterday", "2023-08-02T01:10:00Z"));
    b.request(1, citizen(1), QStringLiteral("VNPT-CA"), QStringLiteral("soon"));
    b.request(2, citizen(2), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-02T25:00:00Z"));
    b.request(3, citizen(2), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-02T00:00:00Z"));
    QVERIFY((*scratch)->exec(b.statements()).ok());
    (*scratch)->closeWriter();
    auto connection = RegistryConnection::open((*scratch)->spec(), {});
    QVERIFY(connection.ok());
    DashboardOptions options;
    options.asOf = asOf;
    const auto d = loadDashboard((*connection)->database(), Filter(), options);
    QVERIFY2(d.ok(), qPrintable(d ? QString() : d.error().fullText()));
    // No. 2's record time is unreadable: left out, counted apart. No. 3 counts (its record time
    // is fine) but has no delay: its activation time is unreadable.
    QCOMPARE(d->unreadableCertificates, 1);
    QCOMPARE(d->totals.certificates, 2);
    QCOMPARE(line(*d, "VNPT-CA")->delay.count, 1);
    QCOMPARE(line(*d, "VIETTEL-CA")->delay.count, 0);
    QCOMPARE(d->citizensWithSignature, 2);
    // Requests 1 (registered "soon") and 2 (completed at hour 25) are unreadable; 3 is served.
    QCOMPARE(d->unreadableRequests, 2);
    QCOMPARE(d->totals.requests.registered, 1);
    QCOMPARE(d->totals.requests.served, 1);
    // With a period the unreadable rows still cannot be placed: the same count.
    const auto inPeriod
        = loadDashboard((*connection)->database(), period({2023, 8, 1}, {2023, 8, 1}), options);
    QVERIFY(inPeriod.ok());
    QCOMPARE(inPeriod->unreadableCertificates, 1);
    QCOMPARE(inPeriod->totals.certificates, 1);
    // The latest readable record: "01/08/2023 08:10" is not a time.
    QCOMPARE(*statistics::lastRecordedDay(**connection, asOf), QDate(2023, 8, 2));
}

void TestDashboardStats::holdersAreDistinctIdsAsWritten_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

// SQLite counts the holders in C++ (ids of digits as numbers), over two rowid ranges: ids that
// differ only by a leading zero are two citizens, ids of other characters count too, and a citizen
// whose records fall in both ranges is one.
void TestDashboardStats::holdersAreDistinctIdsAsWritten()
{
    QFETCH(Engine, engine);
    RegistryBuilder b;
    const QStringList ids = {QStringLiteral("046000000001"), QStringLiteral("46000000001"),
                             QStringLiteral("CD-7"), QStringLiteral("046000000002")};
    for (const QString &id : ids)
        b.citizen(id);
    auto add = [&b](qint64 id, const QString &citizenId, const char *status) {
        Cert c = cert(id, 1, "VNPT-CA", "app", status, "2023-08-01T01:00:00Z", "2023-08-01T01:10:00Z");
        c.citizen = citizenId;
        b.certificate(c);
    };
    add(1, ids.at(0), "active");
    add(2, ids.at(1), "technical_error");
    add(3, ids.at(2), "active");
    add(4, ids.at(3), "revoked"); // not a holder
    add(5, ids.at(0), "active"); // the second range: the same citizen again
    add(6, ids.at(2), "technical_error");
    // A district of two: the id with the leading zero (not the one without) and the id of letters.
    b.raw(QStringLiteral("UPDATE citizens SET district_code = '999' WHERE citizen_id IN ('%1', '%2')")
              .arg(ids.at(0), ids.at(2)));
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    QVERIFY((*scratch)->exec(b.statements()).ok());
    (*scratch)->closeWriter();
    auto connection = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(connection.ok());
    DashboardOptions options;
    options.asOf = asOf;
    const auto serial = loadDashboard((*connection)->database(), Filter(), options);
    const auto parallel = loadDashboard(**connection, (*scratch)->password(), Filter(), options);
    QVERIFY(serial.ok() && parallel.ok());
    QCOMPARE(serial->citizensWithSignature, 3);
    QCOMPARE(parallel->citizensWithSignature, 3);
    QCOMPARE(parallel->totals.certificates, 6);

    // The district's citizens are matched by their ids as written, as a join matches them.
    Filter inDistrict;
    inDistrict.district = QStringLiteral("999");
    for (const auto &d : {loadDashboard((*connection)->database(), inDistrict, options),
                          loadDashboard(**connection, (*scratch)->password(), inDistrict, options)}) {
        QVERIFY(d.ok());
        QCOMPARE(d->totals.certificates, 4); // 1, 3, 5, 6
        QCOMPARE(d->citizensWithSignature, 2);
        QCOMPARE(d->population, 2);
    }
}

void TestDashboardStats::lastRecordedDay_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

// Issue 17: the local day of the latest record by a time, what the filter bars and a first report
// start from.
void TestDashboardStats::lastRecordedDay()
{
    QFETCH(Engine, engine);
    QVERIFY(load(engine, Filter()).ok()); // makes the registry and its connection
    RegistryConnection &connection = *m_connections.at(engine);
    const auto at = [&](const char *utc) {
        return statistics::lastRecordedDay(connection,
                                           QDateTime::fromString(QLatin1String(utc), Qt::ISODate));
    };
    QCOMPARE(*at("2023-09-01T00:00:00Z"), QDate(2023, 8, 10)); // no. 8; no. 12 is later
    QCOMPARE(*at("2023-09-05T00:00:00Z"), QDate(2023, 9, 5)); // no. 12, recorded at that second
    QCOMPARE(*at("2023-08-01T17:00:00Z"), QDate(2023, 8, 2)); // no. 3, at local midnight
    QCOMPARE(*at("2023-08-01T16:59:59Z"), QDate(2023, 8, 1)); // no. 2, one second before
    const auto none = at("2023-07-01T00:00:00Z");
    QVERIFY(none.ok());
    QVERIFY(none->isNull());
}

void TestDashboardStats::periodBoundsAreLocalMidnight()
{
    const auto [lo, hi] = periodBounds(period({2023, 8, 2}, {2023, 8, 3}));
    QCOMPARE(*lo, QDateTime(QDate(2023, 8, 1), QTime(17, 0), Qt::UTC));
    QCOMPARE(*hi, QDateTime(QDate(2023, 8, 3), QTime(17, 0), Qt::UTC));
    const auto [none, end] = periodBounds(Filter());
    QVERIFY(!none && !end);
}

QTEST_GUILESS_MAIN(TestDashboardStats)
#include "tst_dashboardstats.moc"
