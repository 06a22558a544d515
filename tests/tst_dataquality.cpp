#include "RegistryBuilder.h"
#include "ScratchRegistry.h"

#include "registry/RegistryConnection.h"
#include "rules/ScanEngine.h"

#include <QSqlQuery>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using namespace sw::rules;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;
using Cert = RegistryBuilder::Cert;

// A registry full of odd rows still scans: every unreadable row is one DATA_QUALITY finding, and
// takes part in no other rule. SQLite can hold malformed times and `found` values; PostgreSQL's
// column types refuse them, so those rows are SQLite-only.
class TestDataQuality : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void oddRows_data();
    void oddRows();
};

namespace {
Cert good(qint64 id, const QString &citizen, const QString &provider = QStringLiteral("VNPT-CA"))
{
    Cert c;
    c.id = id;
    c.citizen = citizen;
    c.provider = provider;
    c.activated = QStringLiteral("2023-09-01T01:00:00Z");
    c.recorded = QStringLiteral("2023-09-01T01:05:00Z");
    c.freeUntil = QStringLiteral("2024-09-01");
    return c;
}
} // namespace

void TestDataQuality::oddRows_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDataQuality::oddRows()
{
    QFETCH(Engine, engine);
    const bool sqlite = engine == Engine::Sqlite;
    const QString X = QStringLiteral("046090000001");
    const QString Y = QStringLiteral("046090000002");
    const QString hostile = QStringLiteral("<script>alert('x')</script>\"; DROP TABLE certificates; --");
    RegistryBuilder r;
    r.citizen(X).citizen(Y).citizen(QStringLiteral("046090000003"), hostile);
    QStringList expected; // "table id" of each DATA_QUALITY finding, in the findings order

    // Certificates, unreadable for each reason the spec lists.
    auto bad = [&](Cert c, const char *why) {
        Q_UNUSED(why)
        r.certificate(c);
        expected << QStringLiteral("certificates %1").arg(c.id);
    };
    Cert c = good(1, X);
    c.channel = QStringLiteral("kiosk");
    c.activated = QStringLiteral("2023-08-01T01:00:00Z");
    c.recorded = QStringLiteral("2023-08-01T01:05:00Z");
    bad(c, "unknown channel; held before 20, it would make 20 a duplicate");
    c = good(2, X);
    c.status = QStringLiteral("ACTIVE");
    bad(c, "unknown status (case matters)");
    c = good(3, X);
    c.status = QStringLiteral("revoked");
    c.revoked = QStringLiteral("2023-09-02T00:00:00Z");
    c.reason = QStringLiteral("lost");
    bad(c, "unknown revoke_reason");
    c = good(4, QStringLiteral("046099999999"));
    bad(c, "citizen does not exist");
    c = good(5, X, QStringLiteral("ACME-CA"));
    bad(c, "provider does not exist");
    c = good(6, X);
    c.request = 999;
    bad(c, "request does not exist");
    c = good(7, X);
    c.replaces = 999;
    bad(c, "replaced certificate does not exist");
    c = good(8, hostile);
    bad(c, "SQL and HTML as a citizen id: dangling");
    if (sqlite) {
        c = good(9, X);
        c.recorded = QStringLiteral("2023-02-30T00:00:00Z");
        bad(c, "no 30 February");
        c = good(10, X);
        c.activated = QStringLiteral("2023-08-01 01:00:00");
        bad(c, "a space instead of T");
        c = good(11, X);
        c.freeUntil = QStringLiteral("2024-13-01");
        bad(c, "month 13");
        c = good(12, X);
        c.recorded = QStringLiteral("2023-08-01T24:00:00Z");
        bad(c, "hour 24");
        c = good(13, X);
        c.revoked = QStringLiteral("soon");
        c.status = QStringLiteral("revoked");
        c.reason = QStringLiteral("error");
        bad(c, "not a time");
        c = good(14, X);
        c.freeUntil = QStringLiteral("2023-02-29");
        bad(c, "no 29 February in 2023");
        c = good(15, X);
        c.activated = QStringLiteral("2023-09-01T01:00:00+07:00");
        bad(c, "an offset instead of Z");
    }
    // Readable: 20 is lawful once the unreadable rows are set aside (no duplicate of 1, look-up
    // present); 21 lacks a look-up because its only look-up is unreadable.
    r.lookup(1, QStringLiteral("VNPT-CA"), Y, QStringLiteral("2023-09-01T00:50:00Z"));
    r.certificate(good(20, Y));
    Cert lacking = good(21, QStringLiteral("046090000003"));
    r.certificate(lacking);

    // Requests.
    r.request(1, X, QStringLiteral("VNPT-CA"), QStringLiteral("2023-09-01T00:00:00Z"), {}, {},
              QStringLiteral("email"));
    r.request(2, X, QStringLiteral("NOPE-CA"), QStringLiteral("2023-09-01T00:00:00Z"));
    r.request(3, QStringLiteral("046099999999"), QStringLiteral("VNPT-CA"),
              QStringLiteral("2023-09-01T00:00:00Z"));
    QStringList badRequests = {QStringLiteral("service_requests 1"), QStringLiteral("service_requests 2"),
                               QStringLiteral("service_requests 3")};
    if (sqlite) {
        r.request(4, X, QStringLiteral("VNPT-CA"), QStringLiteral("yesterday"));
        r.request(5, X, QStringLiteral("VNPT-CA"), QStringLiteral("2023-09-01T00:00:00Z"),
                  QStringLiteral("2023-09-31T00:00:00Z"));
        badRequests << QStringLiteral("service_requests 4") << QStringLiteral("service_requests 5");
    }

    // Look-ups: a look-up of an unknown citizen is still readable.
    r.lookup(2, QStringLiteral("ACME-CA"), X, QStringLiteral("2023-09-01T00:00:00Z"));
    r.lookup(3, QStringLiteral("VNPT-CA"), QStringLiteral("046099999999"),
             QStringLiteral("2023-09-01T00:00:00Z"));
    QStringList badLookups = {QStringLiteral("lookups 2")};
    if (sqlite) {
        r.raw(QStringLiteral(
            "INSERT INTO lookups VALUES (4, 'VNPT-CA', NULL, '046090000003', '2023-09-01T00:55:00Z', 2)"));
        r.raw(QStringLiteral("INSERT INTO lookups VALUES (5, 'VNPT-CA', NULL, '046090000003', "
                             "'2023-09-01T00:56:00Z', 'yes')"));
        r.raw(QStringLiteral(
            "INSERT INTO lookups VALUES (6, 'VNPT-CA', NULL, '046090000003', '2023-09-01 00:57:00', 0)"));
        badLookups << QStringLiteral("lookups 4") << QStringLiteral("lookups 5")
                   << QStringLiteral("lookups 6");
    } else {
        // PostgreSQL: an unknown provider is the unreadable look-up it can hold.
        r.lookup(4, QStringLiteral("ACME-CA"), QStringLiteral("046090000003"),
                 QStringLiteral("2023-09-01T00:55:00Z"));
        badLookups << QStringLiteral("lookups 4");
    }
    expected << badLookups << badRequests;

    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const auto loaded = (*scratch)->exec(r.statements());
    QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
    (*scratch)->closeWriter();

    auto scanAndCheck = [&] {
        ScanOptions options;
        options.asOf = *parseUtcTime(QStringLiteral("2024-03-31T17:00:00Z"));
        const auto result = ScanEngine((*scratch)->spec(), (*scratch)->password()).run(options);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().fullText()));

        QStringList quality;
        QStringList others;
        for (const Finding &f : result->findings) {
            if (f.rule == QLatin1String("DATA_QUALITY")) {
                quality << QStringLiteral("%1 %2").arg(f.subjectKind).arg(f.subjectId);
                QVERIFY(!f.at.has_value());
                QVERIFY(f.evidence.isEmpty());
                QVERIFY(f.detail.isEmpty());
            } else {
                others << QStringLiteral("%1 %2 %3").arg(f.rule, f.subjectKind).arg(f.subjectId);
            }
        }
        QCOMPARE(quality, expected);
        // Only the look-up that counts is unreadable: 21 misses it. 20 is no duplicate of 1.
        QCOMPARE(others, QStringList {QStringLiteral("MISSING_LOOKUP certificate 21")});

        // Provider and citizen are the row's values as stored, even hostile text.
        const auto hostileRow
            = std::find_if(result->findings.cbegin(), result->findings.cend(), [](const Finding &f) {
                  return f.subjectId == 8 && f.subjectKind == QLatin1String("certificates");
              });
        QVERIFY(hostileRow != result->findings.cend());
        QCOMPARE(hostileRow->citizenId.value_or(QString()), hostile);
        QVERIFY(toJsonLine(*hostileRow).contains("\\\"; DROP TABLE"));
    };
    scanAndCheck();
    if (QTest::currentTestFailed() || sqlite)
        return;

    // PostgreSQL, vacuumed: the unknown citizens are then found by a merge of the citizen indexes,
    // with hash joins off for that query (ScanEngine's PlannerHint). The same findings.
    {
        auto writer = RegistryConnection::open((*scratch)->spec(), (*scratch)->password(),
                                               RegistryConnection::Mode::Write);
        QVERIFY(writer.ok());
        QSqlQuery vacuum((*writer)->database());
        QVERIFY(vacuum.exec(QStringLiteral("VACUUM (FREEZE, ANALYZE)"))
                && vacuum.exec(QStringLiteral("VACUUM")));
        QVERIFY(
            vacuum.exec(QStringLiteral(
                "SELECT bool_and(relallvisible >= 0.9 * relpages) FROM pg_class WHERE oid IN "
                "(to_regclass('citizens'), to_regclass('certificates'), to_regclass('service_requests'))"))
            && vacuum.next() && vacuum.value(0).toBool());
    }
    scanAndCheck();
}

QTEST_GUILESS_MAIN(TestDataQuality)
#include "tst_dataquality.moc"
