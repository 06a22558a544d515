// One citizen's timeline and the citizen search, on a hand-made registry (look-ups by two
// providers, a request, a door-to-door issuance, a switch with revocation, a late duplicate, an
// expiring request, an unreadable row), on SQLite and PostgreSQL: order, as of T before / at /
// after events, the §1.4 holder, findings equal to the full scan's, search by id and by name.
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "citizens/CitizenRecords.h"
#include "citizens/CitizenSearch.h"
#include "citizens/CitizenTimeline.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"
#include "rules/NearDuplicates.h"
#include "rules/ScanEngine.h"
#include "rules/Thresholds.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

#include <map>

using namespace sw;
using namespace sw::citizens;
using connection::Engine;
using Kind = TimelineEvent::Kind;
using test::RegistryBuilder;

Q_DECLARE_METATYPE(sw::connection::Engine)

namespace {
const QString citizenA = QStringLiteral("046190001234");
const QString citizenB = QStringLiteral("046190009999"); // same name key and birth date as A
const QString orphan = QStringLiteral("046199999999"); // look-ups only, no citizens row

qint64 t(const char *iso)
{
    return *rules::parseUtcTime(QLatin1String(iso));
}

RegistryBuilder::Cert cert(qint64 id, const QString &citizen, const QString &provider, const QString &channel,
                           const QString &status, const QString &activated, const QString &recorded,
                           const QString &freeUntil = {}, const QString &staff = {}, qint64 request = 0,
                           qint64 replaces = 0, const QString &revoked = {}, const QString &reason = {})
{
    RegistryBuilder::Cert c;
    c.id = id;
    c.citizen = citizen;
    c.provider = provider;
    c.channel = channel;
    c.status = status;
    c.activated = activated;
    c.recorded = recorded;
    c.freeUntil = freeUntil;
    c.staff = staff;
    c.request = request;
    c.replaces = replaces;
    c.revoked = revoked;
    c.reason = reason;
    return c;
}

QStringList campaign(Engine engine)
{
    RegistryBuilder b;
    b.citizen(citizenA, QStringLiteral("Nguyễn Văn Án"), QStringLiteral("1990-05-04"))
        .citizen(citizenB, QStringLiteral("Nguyễn Văn An"), QStringLiteral("1990-05-04"))
        .citizen(QStringLiteral("046190005678"), QStringLiteral("Trần Thị Bình"),
                 QStringLiteral("1990-05-04"))
        .citizen(QStringLiteral("046190004321"), QStringLiteral("NGUYỄN  VĂN ÁN"),
                 QStringLiteral("1990-05-05"))
        // A: two providers look up; VNPT-CA issues at the door.
        .lookup(1, QStringLiteral("VNPT-CA"), citizenA, QStringLiteral("2023-08-01T02:00:00Z"))
        .certificate(cert(1, citizenA, QStringLiteral("VNPT-CA"), QStringLiteral("door_to_door"),
                          QStringLiteral("revoked"), QStringLiteral("2023-08-01T02:10:00Z"),
                          QStringLiteral("2023-08-01T02:15:00Z"), QStringLiteral("2024-08-01"),
                          QStringLiteral("nv01"), 0, 0, QStringLiteral("2023-10-10T00:00:00Z"),
                          QStringLiteral("switch_provider")))
        .lookup(2, QStringLiteral("VIETTEL-CA"), citizenA, QStringLiteral("2023-08-01T03:00:00Z"), true)
        // A asks Hue-S for VIETTEL-CA, which switches the citizen properly.
        .request(1, citizenA, QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-10-09T01:00:00Z"),
                 QStringLiteral("2023-10-10T01:00:00Z"), {}, QStringLiteral("phone"))
        .lookup(3, QStringLiteral("VIETTEL-CA"), citizenA, QStringLiteral("2023-10-10T00:20:00Z"), true)
        .certificate(cert(2, citizenA, QStringLiteral("VIETTEL-CA"), QStringLiteral("hues_request"),
                          QStringLiteral("active"), QStringLiteral("2023-10-10T00:30:00Z"),
                          QStringLiteral("2023-10-10T00:40:00Z"), QStringLiteral("2024-08-01"), {}, 1, 1))
        // MISA-CA issues again without a look-up and updates Hue-S two days late.
        .certificate(cert(3, citizenA, QStringLiteral("MISA-CA"), QStringLiteral("app"),
                          QStringLiteral("active"), QStringLiteral("2023-11-01T00:00:00Z"),
                          QStringLiteral("2023-11-03T00:00:00Z")))
        // A request to CA2 nobody serves: expired once 48 hours passed (as of T).
        .request(2, citizenA, QStringLiteral("CA2"), QStringLiteral("2024-01-01T00:00:00Z"))
        // An unreadable record: a channel the contract does not know.
        .certificate(cert(4, citizenA, QStringLiteral("FPT-CA"), QStringLiteral("kiosk"),
                          QStringLiteral("active"), QStringLiteral("2023-12-01T00:00:00Z"),
                          QStringLiteral("2023-12-01T00:00:00Z")))
        // B holds one certificate; its findings must not appear on A.
        .certificate(cert(5, citizenB, QStringLiteral("BKAV-CA"), QStringLiteral("app"),
                          QStringLiteral("active"), QStringLiteral("2023-09-01T00:00:00Z"),
                          QStringLiteral("2023-09-01T00:00:00Z")))
        .lookup(4, QStringLiteral("FPT-CA"), orphan, QStringLiteral("2023-09-01T00:00:00Z"));
    Q_UNUSED(engine);
    return b.statements();
}

struct Fixture
{
    std::unique_ptr<test::ScratchRegistry> scratch;
    std::unique_ptr<registry::RegistryConnection> console;
};

Fixture open(Engine engine, const QStringList &statements)
{
    Fixture f;
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch) {
        qWarning("%s", qPrintable(scratch.error().fullText()));
        return f;
    }
    if (auto filled = (*scratch)->exec(statements); !filled) {
        qWarning("%s", qPrintable(filled.error().fullText()));
        return f;
    }
    (void)(*scratch)->exec(registry::createIndexStatements(engine));
    (*scratch)->closeWriter();
    auto console = registry::RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    if (!console) {
        qWarning("%s", qPrintable(console.error().fullText()));
        return f;
    }
    f.scratch = std::move(scratch.value());
    f.console = std::move(console.value());
    return f;
}

CitizenTimeline timelineAt(registry::RegistryConnection &c, const QString &id, qint64 asOf)
{
    CitizenScanOptions options;
    options.asOf = asOf;
    auto timeline = loadCitizenTimeline(c, id, options);
    if (!timeline) {
        qWarning("%s", qPrintable(timeline.error().fullText()));
        return {};
    }
    return timeline.value();
}

// "kind:record" per event, e.g. "recorded:2".
QStringList shape(const CitizenTimeline &timeline)
{
    static const char *names[]
        = {"lookup", "registered", "activated", "recorded", "completed", "cancelled", "revoked"};
    QStringList out;
    for (const TimelineEvent &e : timeline.events)
        out << QStringLiteral("%1:%2").arg(QLatin1String(names[int(e.kind)])).arg(e.recordId);
    return out;
}

QStringList findingsOn(const TimelineEvent &e)
{
    QStringList rules;
    for (const rules::Finding &f : e.findings)
        rules << f.rule;
    rules.sort();
    return rules;
}

const TimelineEvent *find(const CitizenTimeline &timeline, Kind kind, qint64 id)
{
    for (const TimelineEvent &e : timeline.events)
        if (e.kind == kind && e.recordId == id)
            return &e;
    return nullptr;
}
} // namespace

class TestCitizenTimeline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::checkPostgresRequirement()); }
    void timelineInOrder_data() { engines(); }
    void timelineInOrder();
    void asOf_data();
    void asOf();
    void findingsEqualTheFullScan_data() { engines(); }
    void findingsEqualTheFullScan();
    void search_data();
    void search();
    void unknownAndOrphanIds_data() { engines(); }
    void unknownAndOrphanIds();
    void malformedRowsDoNotCrash();
    void contractTimeIsStrict_data();
    void contractTimeIsStrict();
    void speedOnLargeRegistry();

private:
    // The campaign registry of an engine, made once: the tests only read it.
    registry::RegistryConnection *campaignRegistry(Engine engine)
    {
        Fixture &f = m_fixtures[int(engine)];
        if (!f.console)
            f = open(engine, campaign(engine));
        return f.console.get();
    }
    std::map<int, Fixture> m_fixtures;

    static void engines()
    {
        QTest::addColumn<Engine>("engine");
        test::addEngineRows();
    }
};

void TestCitizenTimeline::timelineInOrder()
{
    QFETCH(Engine, engine);
    registry::RegistryConnection *console = campaignRegistry(engine);
    QVERIFY(console);
    const CitizenTimeline timeline = timelineAt(*console, citizenA, t("2024-03-31T17:00:00Z"));
    QCOMPARE(timeline.fullName, QStringLiteral("Nguyễn Văn Án"));
    QCOMPARE(timeline.birthDate, QStringLiteral("1990-05-04"));
    QCOMPARE(timeline.districtCode, QStringLiteral("474"));
    QVERIFY(timeline.inCitizensTable);
    QCOMPARE(
        shape(timeline),
        (QStringList {QStringLiteral("lookup:1"), QStringLiteral("activated:1"), QStringLiteral("recorded:1"),
                      QStringLiteral("lookup:2"), QStringLiteral("registered:1"), QStringLiteral("revoked:1"),
                      QStringLiteral("lookup:3"), QStringLiteral("activated:2"), QStringLiteral("recorded:2"),
                      QStringLiteral("completed:1"), QStringLiteral("activated:3"),
                      QStringLiteral("recorded:3"), QStringLiteral("activated:4"),
                      QStringLiteral("recorded:4"), QStringLiteral("registered:2")}));
    // Event facts, as stored.
    const TimelineEvent *lookup2 = find(timeline, Kind::Lookup, 2);
    QVERIFY(lookup2);
    QCOMPARE(lookup2->provider, QStringLiteral("VIETTEL-CA"));
    QCOMPARE(lookup2->found, std::optional<bool>(true));
    QCOMPARE(find(timeline, Kind::Lookup, 1)->found, std::optional<bool>(false));
    const TimelineEvent *revoked = find(timeline, Kind::CertificateRevoked, 1);
    QCOMPARE(revoked->revokeReason, QStringLiteral("switch_provider"));
    QCOMPARE(revoked->at, std::optional<qint64>(t("2023-10-10T00:00:00Z")));
    const TimelineEvent *recorded2 = find(timeline, Kind::CertificateRecorded, 2);
    QCOMPARE(recorded2->replacesId, std::optional<qint64>(1));
    QCOMPARE(recorded2->requestId, std::optional<qint64>(1));
    QCOMPARE(recorded2->freeUntil, QStringLiteral("2024-08-01"));
    QCOMPARE(recorded2->channel, QStringLiteral("hues_request"));
    QCOMPARE(find(timeline, Kind::RequestRegistered, 1)->mode, QStringLiteral("phone"));
    QCOMPARE(find(timeline, Kind::CertificateRecorded, 1)->staffId, QStringLiteral("nv01"));

    // Findings on the events they concern.
    QCOMPARE(findingsOn(*find(timeline, Kind::CertificateActivated, 3)),
             (QStringList {QStringLiteral("DUPLICATE_ISSUANCE"), QStringLiteral("FREE_PERIOD"),
                           QStringLiteral("MISSING_LOOKUP")}));
    QCOMPARE(findingsOn(*find(timeline, Kind::CertificateRecorded, 3)),
             QStringList {QStringLiteral("LATE_UPDATE")});
    QCOMPARE(findingsOn(*find(timeline, Kind::RequestRegistered, 2)),
             QStringList {QStringLiteral("REQUEST_EXPIRED")});
    QCOMPARE(findingsOn(*find(timeline, Kind::CertificateRecorded, 4)),
             QStringList {QStringLiteral("DATA_QUALITY")});
    QVERIFY(find(timeline, Kind::CertificateRecorded, 4)->unreadable);
    for (qint64 clean : {1, 2})
        QVERIFY(find(timeline, Kind::CertificateRecorded, clean)->findings.isEmpty());
    QCOMPARE(find(timeline, Kind::CertificateActivated, 3)->findings.first().evidence, QList<qint64> {2});

    // §1.4: VIETTEL-CA holds A after the switch; MISA-CA's later record is a second one held.
    QVERIFY(timeline.holder);
    QCOMPARE(timeline.holder->provider, QStringLiteral("VIETTEL-CA"));
    QCOMPARE(timeline.holder->certificateId, 2);
    QCOMPARE(timeline.holder->recordedAt, t("2023-10-10T00:40:00Z"));
    QCOMPARE(timeline.holder->othersHeld, 1);
    QCOMPARE(timeline.notJudged, rulesNeedingOtherCitizens());
}

void TestCitizenTimeline::asOf_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("asOf");
    QTest::addColumn<QStringList>("events");
    QTest::addColumn<QString>("holder"); // provider, or empty
    QTest::addColumn<QStringList>("rules"); // every finding's rule, sorted

    for (Engine engine : test::enginesUnderTest()) {
        const QByteArray e = engine == Engine::Sqlite ? "sqlite " : "postgresql ";
        auto row
            = [&e, engine](const char *tag) { return &(QTest::newRow((e + tag).constData()) << engine); };
        // The unreadable row is shown whatever T is (DATA_QUALITY comes before the as-of cut).
        *row("before everything") << QStringLiteral("2023-07-31T00:00:00Z")
                                  << QStringList {QStringLiteral("activated:4"), QStringLiteral("recorded:4")}
                                  << QString() << QStringList {QStringLiteral("DATA_QUALITY")};
        *row("one second before the record")
            << QStringLiteral("2023-08-01T02:14:59Z")
            << QStringList {QStringLiteral("lookup:1"), QStringLiteral("activated:4"),
                            QStringLiteral("recorded:4")}
            << QString() << QStringList {QStringLiteral("DATA_QUALITY")};
        *row("at the record") << QStringLiteral("2023-08-01T02:15:00Z")
                              << QStringList {QStringLiteral("lookup:1"), QStringLiteral("activated:1"),
                                              QStringLiteral("recorded:1"), QStringLiteral("activated:4"),
                                              QStringLiteral("recorded:4")}
                              << QStringLiteral("VNPT-CA") << QStringList {QStringLiteral("DATA_QUALITY")};
        *row("one second before the revocation")
            << QStringLiteral("2023-10-09T23:59:59Z")
            << QStringList {QStringLiteral("lookup:1"),     QStringLiteral("activated:1"),
                            QStringLiteral("recorded:1"),   QStringLiteral("lookup:2"),
                            QStringLiteral("registered:1"), QStringLiteral("activated:4"),
                            QStringLiteral("recorded:4")}
            << QStringLiteral("VNPT-CA") << QStringList {QStringLiteral("DATA_QUALITY")};
        *row("at the revocation")
            << QStringLiteral("2023-10-10T00:00:00Z")
            << QStringList {QStringLiteral("lookup:1"),     QStringLiteral("activated:1"),
                            QStringLiteral("recorded:1"),   QStringLiteral("lookup:2"),
                            QStringLiteral("registered:1"), QStringLiteral("revoked:1"),
                            QStringLiteral("activated:4"),  QStringLiteral("recorded:4")}
            << QString() << QStringList {QStringLiteral("DATA_QUALITY")};
        // MISA-CA has activated but not yet reached Hue-S: its certificate does not exist yet.
        *row("between activation and late record")
            << QStringLiteral("2023-11-02T00:00:00Z")
            << QStringList {QStringLiteral("lookup:1"),     QStringLiteral("activated:1"),
                            QStringLiteral("recorded:1"),   QStringLiteral("lookup:2"),
                            QStringLiteral("registered:1"), QStringLiteral("revoked:1"),
                            QStringLiteral("lookup:3"),     QStringLiteral("activated:2"),
                            QStringLiteral("recorded:2"),   QStringLiteral("completed:1"),
                            QStringLiteral("activated:4"),  QStringLiteral("recorded:4")}
            << QStringLiteral("VIETTEL-CA") << QStringList {QStringLiteral("DATA_QUALITY")};
        // The CA2 request is registered but its 48 hours have not passed.
        *row("request not yet expired")
            << QStringLiteral("2024-01-02T00:00:00Z") << QStringList() << QStringLiteral("VIETTEL-CA")
            << QStringList {QStringLiteral("DATA_QUALITY"), QStringLiteral("DUPLICATE_ISSUANCE"),
                            QStringLiteral("FREE_PERIOD"), QStringLiteral("LATE_UPDATE"),
                            QStringLiteral("MISSING_LOOKUP")};
        *row("after everything")
            << QStringLiteral("2024-03-31T17:00:00Z") << QStringList() << QStringLiteral("VIETTEL-CA")
            << QStringList {QStringLiteral("DATA_QUALITY"),   QStringLiteral("DUPLICATE_ISSUANCE"),
                            QStringLiteral("FREE_PERIOD"),    QStringLiteral("LATE_UPDATE"),
                            QStringLiteral("MISSING_LOOKUP"), QStringLiteral("REQUEST_EXPIRED")};
    }
}

void TestCitizenTimeline::asOf()
{
    QFETCH(Engine, engine);
    QFETCH(QString, asOf);
    QFETCH(QStringList, events);
    QFETCH(QString, holder);
    QFETCH(QStringList, rules);
    registry::RegistryConnection *console = campaignRegistry(engine);
    QVERIFY(console);
    const CitizenTimeline timeline = timelineAt(*console, citizenA, t(asOf.toLatin1().constData()));
    QCOMPARE(timeline.asOf, t(asOf.toLatin1().constData()));
    if (!events.isEmpty())
        QCOMPARE(shape(timeline), events);
    QCOMPARE(timeline.holder ? timeline.holder->provider : QString(), holder);
    QStringList found;
    for (const rules::Finding &finding : timeline.findings)
        found << finding.rule;
    found.sort();
    QCOMPARE(found, rules);
    // Every finding sits on one shown event.
    qsizetype placed = 0;
    for (const TimelineEvent &e : timeline.events)
        placed += e.findings.size();
    QCOMPARE(placed, timeline.findings.size());
}

void TestCitizenTimeline::findingsEqualTheFullScan()
{
    QFETCH(Engine, engine);
    Fixture f = open(engine, campaign(engine));
    QVERIFY(f.console);
    for (const char *when : {"2023-10-10T00:00:00Z", "2024-01-02T00:00:00Z", "2024-03-31T17:00:00Z"}) {
        rules::ScanOptions options;
        options.asOf = t(when);
        options.threads = 1;
        auto full = rules::ScanEngine(f.scratch->spec(), f.scratch->password()).run(options);
        QVERIFY2(full.ok(), qPrintable(full ? QString() : full.error().fullText()));
        QList<rules::Finding> expected;
        for (const rules::Finding &finding : std::as_const(full->findings))
            if (finding.citizenId == citizenA && !rulesNeedingOtherCitizens().contains(finding.rule))
                expected << finding;
        QVERIFY(!expected.isEmpty());
        const CitizenTimeline timeline = timelineAt(*f.console, citizenA, t(when));
        QCOMPARE(timeline.findings, expected);
        // B's finding (MISSING_LOOKUP on certificate 5) is B's alone.
        const CitizenTimeline b = timelineAt(*f.console, citizenB, t(when));
        for (const rules::Finding &finding : b.findings)
            QCOMPARE(finding.subjectId, 5);
    }
}

void TestCitizenTimeline::search_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("birthDate");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<int>("exact"); // how many matched the whole name

    for (Engine engine : test::enginesUnderTest()) {
        const QByteArray e = engine == Engine::Sqlite ? "sqlite " : "postgresql ";
        auto row
            = [&e, engine](const char *tag) { return &(QTest::newRow((e + tag).constData()) << engine); };
        *row("id") << citizenA << QString() << QStringList {citizenA} << 1;
        *row("id with spaces and dots")
            << QStringLiteral(" 046.190 001-234 ") << QString() << QStringList {citizenA} << 1;
        *row("id ignores the birth date")
            << citizenA << QStringLiteral("2000-01-01") << QStringList {citizenA} << 1;
        *row("unknown id") << QStringLiteral("046190000000") << QString() << QStringList() << 0;
        // Both "Nguyễn Văn Án" and "Nguyễn Văn An" fold to "nguyen van an".
        *row("name folded") << QStringLiteral("nguyen van an") << QStringLiteral("1990-05-04")
                            << QStringList {citizenA, citizenB} << 2;
        *row("name upper case, extra spaces")
            << QStringLiteral("  NGUYỄN   VĂN  ÁN ") << QStringLiteral("1990-05-04")
            << QStringList {citizenA, citizenB} << 2;
        *row("name with đ and other marks") << QStringLiteral("tran thi binh") << QStringLiteral("1990-05-04")
                                            << QStringList {QStringLiteral("046190005678")} << 1;
        *row("some of the words") << QStringLiteral("Nguyen An") << QStringLiteral("1990-05-04")
                                  << QStringList {citizenA, citizenB} << 0;
        *row("other birth date") << QStringLiteral("nguyen van an") << QStringLiteral("1990-05-05")
                                 << QStringList {QStringLiteral("046190004321")} << 1;
        *row("no such name") << QStringLiteral("Lê Văn Cường") << QStringLiteral("1990-05-04")
                             << QStringList() << 0;
        *row("no one born that day") << QStringLiteral("nguyen van an") << QStringLiteral("1991-01-01")
                                     << QStringList() << 0;
    }
}

void TestCitizenTimeline::search()
{
    QFETCH(Engine, engine);
    QFETCH(QString, text);
    QFETCH(QString, birthDate);
    QFETCH(QStringList, ids);
    QFETCH(int, exact);
    registry::RegistryConnection *console = campaignRegistry(engine);
    QVERIFY(console);
    auto matches = searchCitizens(*console, {text, birthDate});
    QVERIFY2(matches.ok(), qPrintable(matches ? QString() : matches.error().fullText()));
    QStringList got;
    int exactCount = 0;
    for (const CitizenMatch &m : *matches) {
        got << m.citizenId;
        exactCount += m.exactName ? 1 : 0;
        QVERIFY(m.inCitizensTable);
        QVERIFY(!m.fullName.isEmpty());
    }
    QCOMPARE(got, ids);
    QCOMPARE(exactCount, exact);
    if (!ids.isEmpty() && text.contains(QLatin1String("inh")))
        QCOMPARE(matches->first().fullName, QStringLiteral("Trần Thị Bình"));
}

void TestCitizenTimeline::unknownAndOrphanIds()
{
    QFETCH(Engine, engine);
    registry::RegistryConnection *console = campaignRegistry(engine);
    QVERIFY(console);
    // A name without a birth date, or a short number, is not a query.
    for (const CitizenQuery &q : {CitizenQuery {QStringLiteral("Nguyễn Văn Án"), {}},
                                  CitizenQuery {QStringLiteral("04619000123"), {}}, CitizenQuery {}}) {
        QCOMPARE(q.kind(), CitizenQuery::Kind::Incomplete);
        auto r = searchCitizens(*console, q);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::InvalidInput);
    }
    auto badDate = searchCitizens(*console, {QStringLiteral("an"), QStringLiteral("1990-02-30")});
    QVERIFY(!badDate.ok());

    // Look-ups under an id with no citizens row: found, and said so.
    auto matches = searchCitizens(*console, {orphan, {}});
    QVERIFY(matches.ok());
    QCOMPARE(matches->size(), 1);
    QVERIFY(!matches->first().inCitizensTable);
    const CitizenTimeline timeline = timelineAt(*console, orphan, t("2024-03-31T17:00:00Z"));
    QVERIFY(!timeline.inCitizensTable);
    QCOMPARE(shape(timeline), QStringList {QStringLiteral("lookup:4")});
    QVERIFY(timeline.findings.isEmpty()); // a look-up of an unknown citizen is readable
    QVERIFY(!timeline.holder);

    const CitizenTimeline nobody
        = timelineAt(*console, QStringLiteral("046100000000"), t("2024-03-31T17:00:00Z"));
    QVERIFY(nobody.events.isEmpty());
    QVERIFY(nobody.findings.isEmpty());
}

void TestCitizenTimeline::malformedRowsDoNotCrash()
{
    // SQLite only: PostgreSQL's column types refuse these values.
    QStringList statements = campaign(Engine::Sqlite);
    statements << QStringLiteral(
        "INSERT INTO certificates VALUES (10, '046190001234', 'VNPT-CA', 'app', 'active', "
        "'2023-02-30T00:00:00Z', '2023-13-45 bad', 'soon', NULL, NULL, 'x', 99, "
        "'2023-09-01T24:00:00Z', 'lost')")
               << QStringLiteral("INSERT INTO lookups VALUES (10, 'NOPE-CA', NULL, '046190001234', "
                                 "'2023-08-01T02:00:00+07:00', 'yes')")
               << QStringLiteral("INSERT INTO service_requests VALUES (10, '046190001234', 'CA2', 'fax', "
                                 "'', NULL, 'never')")
               << QStringLiteral(
                      "INSERT INTO certificates VALUES (11, '046190001234', 'CA2', 'app', 'active', "
                      "NULL, '2023-08-05T00:00:00Z', NULL, NULL, NULL, NULL, 777, NULL, NULL)");
    Fixture f = open(Engine::Sqlite, statements);
    QVERIFY(f.console);
    const CitizenTimeline timeline = timelineAt(*f.console, citizenA, t("2024-03-31T17:00:00Z"));
    QSet<qint64> unreadable;
    for (const rules::Finding &finding : timeline.findings)
        if (finding.rule == QLatin1String("DATA_QUALITY"))
            unreadable.insert(finding.subjectId);
    // 10 three times (certificate, look-up, request), 11 (replaces a certificate that does not exist), 4.
    QCOMPARE(unreadable, (QSet<qint64> {4, 10, 11}));
    int unreadableTimes = 0;
    for (const TimelineEvent &e : timeline.events) {
        if (!e.at) {
            ++unreadableTimes;
            QVERIFY(e.unreadable);
            QVERIFY(!e.storedTime.isEmpty() || e.kind == Kind::RequestRegistered);
        }
    }
    QVERIFY(unreadableTimes >= 4);
    QVERIFY(!timeline.events.last().at); // unreadable times last
    const TimelineEvent *lookup = find(timeline, Kind::Lookup, 10);
    QVERIFY(lookup);
    QVERIFY(!lookup->found); // 'yes' is no answer
    QCOMPARE(timeline.holder->provider, QStringLiteral("VIETTEL-CA")); // unreadable rows hold nobody
}

void TestCitizenTimeline::contractTimeIsStrict_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("good") << QVariant(QStringLiteral("2023-08-01T02:15:00Z")) << true;
    QTest::newRow("leap day") << QVariant(QStringLiteral("2024-02-29T00:00:00Z")) << true;
    QTest::newRow("30 February") << QVariant(QStringLiteral("2023-02-30T00:00:00Z")) << false;
    QTest::newRow("hour 24") << QVariant(QStringLiteral("2023-09-01T24:00:00Z")) << false;
    QTest::newRow("offset") << QVariant(QStringLiteral("2023-08-01T02:00:00+07:00")) << false;
    QTest::newRow("space") << QVariant(QStringLiteral("2023-08-01 02:00:00Z")) << false;
    QTest::newRow("number") << QVariant(qint64(1690855200)) << false;
    QTest::newRow("null") << QVariant() << false;
}

void TestCitizenTimeline::contractTimeIsStrict()
{
    QFETCH(QVariant, value);
    QFETCH(bool, valid);
    QCOMPARE(contractTime(value).has_value(), valid);
}

// Timing on a full-size registry, when one is named: SIGNWATCH_CITIZEN_BENCH_DB=sqlite:PATH or a
// PostgreSQL URL (password in PGPASSWORD). Each search and timeline must take well under 2 s.
void TestCitizenTimeline::speedOnLargeRegistry()
{
    const QString url = qEnvironmentVariable("SIGNWATCH_CITIZEN_BENCH_DB");
    if (url.isEmpty())
        QSKIP("SIGNWATCH_CITIZEN_BENCH_DB names no registry");
    auto spec = connection::ConnectionSpec::parse(url);
    QVERIFY(spec.ok());
    auto console = registry::RegistryConnection::open(*spec, qEnvironmentVariable("PGPASSWORD"));
    QVERIFY2(console.ok(), qPrintable(console ? QString() : console.error().fullText()));
    registry::RegistryConnection &c = **console;

    // Setup (not timed): the citizens with the most certificates and look-ups, and one citizen's
    // name and birth date.
    QSqlQuery pick(c.database());
    QVERIFY(pick.exec(QStringLiteral("SELECT citizen_id FROM certificates GROUP BY citizen_id "
                                     "ORDER BY COUNT(*) DESC, citizen_id LIMIT 3")));
    QStringList ids;
    while (pick.next())
        ids << pick.value(0).toString();
    QVERIFY(pick.exec(QStringLiteral("SELECT citizen_id FROM lookups GROUP BY citizen_id "
                                     "ORDER BY COUNT(*) DESC, citizen_id LIMIT 2")));
    while (pick.next())
        ids << pick.value(0).toString();
    QVERIFY(pick.exec(QStringLiteral("SELECT full_name, %1 FROM citizens WHERE birth_date IS NOT NULL "
                                     "ORDER BY citizen_id LIMIT 1 OFFSET 600000")
                          .arg(c.engine() == Engine::Postgres
                                   ? QStringLiteral("to_char(birth_date, 'YYYY-MM-DD')")
                                   : QStringLiteral("birth_date"))));
    QVERIFY(pick.next());
    const QString name = pick.value(0).toString();
    const QString birth = pick.value(1).toString();
    pick.finish();

    QElapsedTimer timer;
    timer.start();
    auto byName = searchCitizens(c, {rules::nameKey(name).toUpper(), birth});
    const qint64 nameMs = timer.elapsed();
    QVERIFY(byName.ok() && !byName->isEmpty());
    qInfo("search by name and birth date: %lld ms, %lld matches", nameMs, qint64(byName->size()));
    QVERIFY(nameMs < 2000);
    for (const QString &id : std::as_const(ids)) {
        timer.restart();
        auto found = searchCitizens(c, {id, {}});
        const qint64 idMs = timer.elapsed();
        QVERIFY(found.ok() && found->size() == 1);
        timer.restart();
        CitizenScanOptions options;
        options.asOf = t("2024-08-01T00:00:00Z");
        auto timeline = loadCitizenTimeline(c, id, options);
        const qint64 timelineMs = timer.elapsed();
        QVERIFY2(timeline.ok(), qPrintable(timeline ? QString() : timeline.error().fullText()));
        qInfo("id %s: search %lld ms, timeline %lld ms (%lld events, %lld findings)",
              qPrintable(id.left(3) + QStringLiteral("…")), idMs, timelineMs, qint64(timeline->events.size()),
              qint64(timeline->findings.size()));
        QVERIFY(idMs < 2000);
        QVERIFY(timelineMs < 2000);
    }

    // With the full scan's findings of this registry as of 2024-08-01 (JSON Lines), the timelines
    // of the first citizens named there must give exactly their lines.
    const QString jsonl = qEnvironmentVariable("SIGNWATCH_CITIZEN_BENCH_FINDINGS");
    if (jsonl.isEmpty())
        return;
    QFile file(jsonl);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QMap<QString, QList<QByteArray>> expected;
    const QList<QByteArray> skipped {QByteArrayLiteral("\"rule\":\"STAFF_BURST\""),
                                     QByteArrayLiteral("\"rule\":\"IDENTITY_NEAR_DUPLICATE\"")};
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        const int at = line.indexOf("\"citizen_id\":\"");
        if (at < 0 || line.contains(skipped[0]) || line.contains(skipped[1]))
            continue;
        expected[QString::fromUtf8(line.mid(at + 14, 12))].append(line);
    }
    int checked = 0;
    qint64 slowest = 0;
    const int limit = qEnvironmentVariableIsSet("SIGNWATCH_CITIZEN_BENCH_LIMIT")
        ? qEnvironmentVariableIntValue("SIGNWATCH_CITIZEN_BENCH_LIMIT")
        : 200;
    for (auto it = expected.cbegin(); it != expected.cend() && checked < limit; ++it, ++checked) {
        CitizenScanOptions options;
        options.asOf = t("2024-08-01T00:00:00Z");
        timer.restart();
        auto timeline = loadCitizenTimeline(c, it.key(), options);
        slowest = std::max(slowest, timer.elapsed());
        QVERIFY(timeline.ok());
        QList<QByteArray> got;
        for (const rules::Finding &f : timeline->findings)
            got << rules::toJsonLine(f);
        QCOMPARE(got, it.value());
    }
    qInfo("%d citizens' findings equal the full scan's; slowest timeline %lld ms", checked, slowest);
}

QTEST_GUILESS_MAIN(TestCitizenTimeline)
#include "tst_citizentimeline.moc"
