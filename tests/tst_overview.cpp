#include "ScratchRegistry.h"

#include "statistics/OverviewStats.h"

#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using namespace sw::statistics;
using sw::test::ScratchRegistry;

// The overview's numbers against a hand-made registry (tests/data/overview-small.sql) whose
// answers were counted by hand, on both engines.
class TestOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void counts_data();
    void counts();
    void emptyRegistry_data();
    void emptyRegistry();
};

void TestOverview::counts_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestOverview::counts()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const auto loaded = (*scratch)->exec(sw::test::fixtureStatements(QStringLiteral("overview-small.sql")));
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    (*scratch)->closeWriter();
    auto console = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(console.ok());

    const auto overview = loadOverview((*console)->database());
    QVERIFY2(overview.ok(), qPrintable(overview ? QString() : overview.error().fullText()));
    QCOMPARE(overview->citizens, 6);
    QCOMPARE(overview->citizensWithCertificate, 5); // a technical-error record counts (§3.3)

    QStringList codes;
    for (const auto &p : overview->providers)
        codes << p.code;
    QCOMPARE(codes,
             (QStringList {QStringLiteral("CA2"), QStringLiteral("VIETTEL-CA"), QStringLiteral("VNPT-CA"),
                           QStringLiteral("XYZ-CA")}));

    const ProviderOverview &ca2 = overview->providers.at(0);
    QVERIFY(ca2.known);
    QVERIFY(ca2.excluded);
    QCOMPARE(ca2.certificates, 0);
    QCOMPARE(ca2.requests, 1);
    QCOMPARE(ca2.lookups, 1);

    const ProviderOverview &viettel = overview->providers.at(1);
    QCOMPARE(viettel.name, QStringLiteral("Viettel Thừa Thiên Huế"));
    QVERIFY(!viettel.excluded);
    QCOMPARE(viettel.certificatesByChannel.value(QStringLiteral("app")), 1);
    QCOMPARE(viettel.certificatesByChannel.value(QStringLiteral("hues_request")), 1);
    QCOMPARE(viettel.certificates, 2);
    QCOMPARE(viettel.activeCertificates, 2);
    QCOMPARE(viettel.requests, 2);
    QCOMPARE(viettel.lookups, 1);

    const ProviderOverview &vnpt = overview->providers.at(2);
    QCOMPARE(vnpt.certificatesByChannel.value(QStringLiteral("door_to_door")), 2);
    QCOMPARE(vnpt.certificatesByChannel.value(QStringLiteral("app")), 1);
    QCOMPARE(vnpt.certificatesByChannel.value(QStringLiteral("legacy_import")), 1);
    QCOMPARE(vnpt.certificates, 4);
    QCOMPARE(vnpt.activeCertificates, 2);
    QCOMPARE(vnpt.revokedCertificates, 1);
    QCOMPARE(vnpt.requests, 0);
    QCOMPARE(vnpt.lookups, 3);

    const ProviderOverview &unknown = overview->providers.at(3);
    QVERIFY(!unknown.known);
    QVERIFY(unknown.name.isEmpty());
    QCOMPARE(unknown.certificatesByChannel.value(QStringLiteral("kiosk")), 1);

    const ProviderOverview &t = overview->totals;
    QCOMPARE(t.certificates, 7);
    QCOMPARE(t.activeCertificates, 5);
    QCOMPARE(t.revokedCertificates, 1);
    QCOMPARE(t.requests, 3);
    QCOMPARE(t.lookups, 5);
    QCOMPARE(t.certificatesByChannel.value(QStringLiteral("door_to_door")), 2);
    QCOMPARE(t.certificatesByChannel.value(QStringLiteral("app")), 2);
}

void TestOverview::emptyRegistry_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestOverview::emptyRegistry()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const auto overview = loadOverview((*scratch)->writer().database());
    QVERIFY(overview.ok());
    QVERIFY(overview->providers.isEmpty());
    QCOMPARE(overview->citizens, 0);
    QCOMPARE(overview->totals.certificates, 0);
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
