// Each kind of change the live watch must see, on each engine: a certificate recorded, a request
// completed or cancelled, a deadline or grace passed by the clock alone, a technical error
// activated, a revocation that ends a near-duplicate, a switch of provider, a staff burst's tenth
// issuance, a look-up committed late, an exclusion decided in the casework, a restart from the
// stored watermark and a dropped connection. After every poll the watch's set equals a full scan.
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "WatchCheck.h"
#include "rules/LiveWatch.h"
#include "rules/Thresholds.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTest>

using namespace sw;
using connection::Engine;
using rules::WatchEvent;
using test::RegistryBuilder;

Q_DECLARE_METATYPE(sw::connection::Engine)

namespace {

qint64 at(const char *text)
{
    return *rules::parseUtcTime(QString::fromLatin1(text));
}

QString citizenNo(int n)
{
    return QStringLiteral("0462000000%1").arg(n, 2, 10, QLatin1Char('0'));
}

RegistryBuilder::Cert cert(qint64 id, int citizen, const char *provider, const char *activated,
                           const char *recorded)
{
    RegistryBuilder::Cert c;
    c.id = id;
    c.citizen = citizenNo(citizen);
    c.provider = QString::fromLatin1(provider);
    c.activated = QString::fromLatin1(activated);
    c.recorded = QString::fromLatin1(recorded);
    c.freeUntil = QStringLiteral("2025-06-30");
    return c;
}

// The registry of each test: twelve citizens with names of their own.
RegistryBuilder people()
{
    RegistryBuilder b;
    const char *names[]
        = {"Lê Văn Bình",  "Trần Thị Cúc", "Phạm Văn Dũng", "Hoàng Thị Hoa", "Võ Văn Khánh",  "Đặng Thị Lan",
           "Bùi Văn Minh", "Đỗ Thị Ngọc",  "Hồ Văn Phúc",   "Ngô Thị Quế",   "Dương Văn Sơn", "Lý Thị Tâm"};
    for (int n = 1; n <= 12; ++n)
        b.citizen(citizenNo(n), QString::fromUtf8(names[n - 1]), QStringLiteral("19%1-03-04").arg(50 + n));
    return b;
}

QString describe(const QList<WatchEvent> &events)
{
    QStringList out;
    for (const WatchEvent &e : events)
        out << QStringLiteral("%1 %2 #%3")
                   .arg(e.kind == WatchEvent::Kind::New ? QStringLiteral("new") : QStringLiteral("resolved"),
                        e.finding.rule)
                   .arg(e.finding.subjectId);
    return out.join(QStringLiteral(", "));
}

bool has(const QList<WatchEvent> &events, WatchEvent::Kind kind, const char *rule, qint64 subject)
{
    return std::any_of(events.cbegin(), events.cend(), [&](const WatchEvent &e) {
        return e.kind == kind && e.finding.rule == QLatin1String(rule) && e.finding.subjectId == subject;
    });
}

} // namespace

class TestWatchKinds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void certificateRecorded_data() { engines(); }
    void certificateRecorded();
    void requestsCompletedCancelledAndExpired_data() { engines(); }
    void requestsCompletedCancelledAndExpired();
    void technicalErrorGoesStaleThenIsActivated_data() { engines(); }
    void technicalErrorGoesStaleThenIsActivated();
    void revocationEndsANearDuplicate_data() { engines(); }
    void revocationEndsANearDuplicate();
    void switchOfProvider_data() { engines(); }
    void switchOfProvider();
    void tenthDoorToDoorIssuanceMakesABurst_data() { engines(); }
    void tenthDoorToDoorIssuanceMakesABurst();
    void lookUpCommittedLate_data() { engines(); }
    void lookUpCommittedLate();
    void caseworkExclusionFeedsTheWatch_data() { engines(); }
    void caseworkExclusionFeedsTheWatch();
    void restartResumesFromTheWatermark_data() { engines(); }
    void restartResumesFromTheWatermark();
    void timesAheadOfTheClockCountWhenTheyCome_data() { engines(); }
    void timesAheadOfTheClockCountWhenTheyCome();
    void droppedConnectionMissesNothing_data();
    void droppedConnectionMissesNothing();

private:
    void engines()
    {
        QTest::addColumn<Engine>("engine");
        test::addEngineRows();
    }
    // A registry built from `b`, and a watch started on it at `start`.
    bool setUp(const RegistryBuilder &b, qint64 start, rules::WatchOptions options = {});
    // Runs statements on the registry, polls at `t` and checks the set against a full scan.
    bool step(const QStringList &statements, qint64 t, QList<WatchEvent> *events = nullptr);

    std::unique_ptr<test::ScratchRegistry> m_registry;
    std::unique_ptr<rules::LiveWatch> m_watch;
    QMap<QString, qint64> m_exclusions;
};

void TestWatchKinds::initTestCase()
{
    QVERIFY(test::checkPostgresRequirement());
    QLoggingCategory::setFilterRules(
        QStringLiteral("signwatch.rules.info=false\nsignwatch.watch.info=false"));
}

bool TestWatchKinds::setUp(const RegistryBuilder &b, qint64 start, rules::WatchOptions options)
{
    QFETCH(Engine, engine);
    m_watch.reset();
    m_exclusions.clear();
    auto made = test::ScratchRegistry::create(engine);
    if (!made) {
        qWarning("%s", qPrintable(made.error().fullText()));
        return false;
    }
    m_registry = std::move(*made);
    if (auto filled = m_registry->exec(b.statements()); !filled) {
        qWarning("%s", qPrintable(filled.error().fullText()));
        return false;
    }
    options.reconcileSeconds = 0;
    m_watch = std::make_unique<rules::LiveWatch>(m_registry->spec(), m_registry->password(), options);
    auto started = m_watch->start(start);
    if (!started)
        qWarning("%s", qPrintable(started.error().fullText()));
    return started.ok();
}

bool TestWatchKinds::step(const QStringList &statements, qint64 t, QList<WatchEvent> *events)
{
    if (!statements.isEmpty())
        if (auto done = m_registry->exec(statements); !done) {
            qWarning("%s", qPrintable(done.error().fullText()));
            return false;
        }
    auto polled = m_watch->poll(t);
    if (!polled) {
        qWarning("%s", qPrintable(polled.error().fullText()));
        return false;
    }
    if (events)
        *events = polled->events;
    QString error;
    const QStringList full = test::fullScanAt(*m_registry, t, &error, m_exclusions);
    const QStringList watched = test::comparable(m_watch->findings());
    if (!error.isEmpty() || watched != full) {
        qWarning("%s\nonly the scan:\n%s\nonly the watch:\n%s", qPrintable(error),
                 qPrintable(test::missingFrom(full, watched)), qPrintable(test::missingFrom(watched, full)));
        return false;
    }
    return true;
}

void TestWatchKinds::certificateRecorded()
{
    RegistryBuilder b = people();
    b.certificate(cert(1, 1, "VNPT-CA", "2024-01-01T01:00:00Z", "2024-01-01T01:05:00Z"))
        .lookup(1, QStringLiteral("VNPT-CA"), citizenNo(1), QStringLiteral("2024-01-01T00:50:00Z"));
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    QCOMPARE(m_watch->findingCount(), 0);
    RegistryBuilder change;
    change.certificate(cert(2, 1, "VIETTEL-CA", "2024-01-10T00:00:30Z", "2024-01-10T00:00:40Z"))
        .lookup(2, QStringLiteral("VIETTEL-CA"), citizenNo(1), QStringLiteral("2024-01-10T00:00:10Z"), true);
    QList<WatchEvent> events;
    QVERIFY(step(change.statements().mid(1), at("2024-01-10T00:01:00Z"), &events));
    QVERIFY2(events.size() == 1 && has(events, WatchEvent::Kind::New, "DUPLICATE_ISSUANCE", 2),
             qPrintable(describe(events)));
    QCOMPARE(events[0].finding.evidence, QList<qint64> {1});
    // Nothing changed: nothing to tell, and the row is not judged again.
    auto quiet = m_watch->poll(at("2024-01-10T00:01:05Z"));
    QVERIFY(quiet.ok());
    QVERIFY(quiet->events.isEmpty());
    QCOMPARE(quiet->changedRows, 0);
}

void TestWatchKinds::requestsCompletedCancelledAndExpired()
{
    RegistryBuilder b = people();
    b.request(1, citizenNo(1), QStringLiteral("FPT-CA"), QStringLiteral("2024-01-09T00:00:00Z"));
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    QList<WatchEvent> events;
    // The clock alone: 48 hours pass one second after the deadline.
    QVERIFY(step({}, at("2024-01-11T00:00:00Z"), &events));
    QVERIFY2(events.isEmpty(), qPrintable(describe(events)));
    QVERIFY(step({}, at("2024-01-11T00:00:01Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "REQUEST_EXPIRED", 1), qPrintable(describe(events)));
    // Marked done with no certificate activated: premature; then the certificate arrives.
    RegistryBuilder change;
    change
        .request(2, citizenNo(2), QStringLiteral("MISA-CA"), QStringLiteral("2024-01-11T01:00:00Z"),
                 QStringLiteral("2024-01-11T02:00:00Z"))
        .request(3, citizenNo(3), QStringLiteral("MISA-CA"), QStringLiteral("2024-01-11T01:10:00Z"));
    QVERIFY(step(change.statements().mid(1), at("2024-01-11T02:00:10Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "PREMATURE_CONFIRMATION", 2), qPrintable(describe(events)));
    RegistryBuilder::Cert serving = cert(5, 2, "MISA-CA", "2024-01-11T01:55:00Z", "2024-01-11T02:05:00Z");
    serving.channel = QStringLiteral("hues_request");
    serving.request = 2;
    RegistryBuilder served;
    served.certificate(serving);
    QVERIFY(step(served.statements().mid(1) << QStringLiteral(
                     "UPDATE service_requests SET cancelled_at = '2024-01-11T03:00:00Z' WHERE id = 3"),
                 at("2024-01-11T03:00:30Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "PREMATURE_CONFIRMATION", 2),
             qPrintable(describe(events)));
    // Withdrawn in time: request 3 never expires.
    QVERIFY(step({}, at("2024-01-14T00:00:00Z"), &events));
    QVERIFY2(!has(events, WatchEvent::Kind::New, "REQUEST_EXPIRED", 3), qPrintable(describe(events)));
}

void TestWatchKinds::technicalErrorGoesStaleThenIsActivated()
{
    RegistryBuilder::Cert error = cert(1, 4, "BKAV-CA", "", "2024-01-01T00:00:00Z");
    error.status = QStringLiteral("technical_error");
    error.channel = QStringLiteral("door_to_door");
    RegistryBuilder b = people();
    b.certificate(error).lookup(1, QStringLiteral("BKAV-CA"), citizenNo(4),
                                QStringLiteral("2023-12-31T23:50:00Z"));
    QVERIFY(setUp(b, at("2024-01-07T00:00:00Z")));
    QList<WatchEvent> events;
    QVERIFY(step({}, at("2024-01-08T00:00:00Z"), &events));
    QVERIFY2(events.isEmpty(), qPrintable(describe(events)));
    QVERIFY(step({}, at("2024-01-08T00:00:01Z"), &events)); // seven days and one second
    QVERIFY2(has(events, WatchEvent::Kind::New, "STALE_TECHNICAL_ERROR", 1), qPrintable(describe(events)));
    QVERIFY(step(
        {QStringLiteral("UPDATE certificates SET status = 'active', activated_at = '2024-01-08T06:00:00Z' "
                        "WHERE id = 1")},
        at("2024-01-08T06:00:30Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "STALE_TECHNICAL_ERROR", 1),
             qPrintable(describe(events)));
}

void TestWatchKinds::revocationEndsANearDuplicate()
{
    RegistryBuilder b = people();
    b.citizen(QStringLiteral("046211111111"), QStringLiteral("Nguyễn Văn An"), QStringLiteral("1980-05-06"))
        .citizen(QStringLiteral("046211111121"), QStringLiteral("NGUYEN VAN  AN"),
                 QStringLiteral("1980-05-06"));
    RegistryBuilder::Cert first = cert(1, 1, "VNPT-CA", "2024-01-02T01:00:00Z", "2024-01-02T01:01:00Z");
    first.citizen = QStringLiteral("046211111111");
    RegistryBuilder::Cert second = cert(2, 1, "CA2", "2024-01-03T01:00:00Z", "2024-01-03T01:01:00Z");
    second.citizen = QStringLiteral("046211111121");
    b.certificate(first).certificate(second);
    QVERIFY(setUp(b, at("2024-01-05T00:00:00Z")));
    QVERIFY(
        test::comparable(m_watch->findings()).join(u'\n').contains(QLatin1String("IDENTITY_NEAR_DUPLICATE")));
    QList<WatchEvent> events;
    QVERIFY(step(
        {QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = '2024-01-05T00:10:00Z', "
                        "revoke_reason = 'error' WHERE id = 2")},
        at("2024-01-05T00:10:30Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "IDENTITY_NEAR_DUPLICATE", 2),
             qPrintable(describe(events)));
}

void TestWatchKinds::switchOfProvider()
{
    RegistryBuilder b = people();
    RegistryBuilder::Cert old = cert(1, 5, "VNPT-CA", "2023-09-01T01:00:00Z", "2023-09-01T01:01:00Z");
    old.freeUntil = QStringLiteral("2024-08-31");
    b.certificate(old);
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    RegistryBuilder::Cert next = cert(2, 5, "FPT-CA", "2024-01-10T00:05:00Z", "2024-01-10T00:05:30Z");
    next.replaces = 1;
    next.freeUntil = QStringLiteral("2025-01-09"); // the free year restarted: §1.5
    RegistryBuilder change;
    change.certificate(next).lookup(1, QStringLiteral("FPT-CA"), citizenNo(5),
                                    QStringLiteral("2024-01-10T00:01:00Z"));
    QList<WatchEvent> events;
    QVERIFY(step(
        QStringList {QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = "
                                    "'2024-01-10T00:02:00Z', revoke_reason = 'switch_provider' WHERE id = 1")}
            + change.statements().mid(1),
        at("2024-01-10T00:06:00Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "FREE_PERIOD", 2), qPrintable(describe(events)));
    QVERIFY2(!has(events, WatchEvent::Kind::New, "DUPLICATE_ISSUANCE", 2), qPrintable(describe(events)));
}

void TestWatchKinds::tenthDoorToDoorIssuanceMakesABurst()
{
    RegistryBuilder b = people();
    auto doorToDoor = [](qint64 id, int citizen, int minute) {
        const QByteArray t
            = QStringLiteral("2024-01-10T08:%1:00Z").arg(minute, 2, 10, QLatin1Char('0')).toLatin1();
        RegistryBuilder::Cert c = cert(id, citizen, "VIETTEL-CA", t.constData(), t.constData());
        c.channel = QStringLiteral("door_to_door");
        c.staff = QStringLiteral("viettel.hue.07");
        return c;
    };
    for (int i = 1; i <= 9; ++i)
        b.certificate(doorToDoor(i, i, 2 * i));
    QVERIFY(setUp(b, at("2024-01-10T08:19:00Z")));
    QVERIFY2(!test::comparable(m_watch->findings()).join(u'\n').contains(QLatin1String("STAFF_BURST")),
             "nine issuances are no burst");
    RegistryBuilder change;
    change.certificate(doorToDoor(10, 10, 20));
    QList<WatchEvent> events;
    QVERIFY(step(change.statements().mid(1), at("2024-01-10T08:21:00Z"), &events));
    for (qint64 id : {1, 5, 9, 10})
        QVERIFY2(has(events, WatchEvent::Kind::New, "STAFF_BURST", id), qPrintable(describe(events)));
}

void TestWatchKinds::lookUpCommittedLate()
{
    RegistryBuilder b = people();
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    RegistryBuilder change;
    change.certificate(cert(1, 6, "MISA-CA", "2024-01-10T00:00:20Z", "2024-01-10T00:00:30Z"))
        .certificate(cert(2, 7, "MISA-CA", "2024-01-10T00:00:20Z", "2024-01-10T00:00:30Z"));
    QList<WatchEvent> events;
    QVERIFY(step(change.statements().mid(1), at("2024-01-10T00:01:00Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "MISSING_LOOKUP", 1), qPrintable(describe(events)));
    // Two look-ups reach the table late, stamped before the issuances: one within the margin, one
    // long before the last poll but with a new id.
    RegistryBuilder late;
    late.lookup(1, QStringLiteral("MISA-CA"), citizenNo(6), QStringLiteral("2024-01-10T00:00:05Z"))
        .lookup(2, QStringLiteral("MISA-CA"), citizenNo(7), QStringLiteral("2024-01-09T12:00:00Z"));
    QVERIFY(step(late.statements().mid(1), at("2024-01-10T00:02:00Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "MISSING_LOOKUP", 1), qPrintable(describe(events)));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "MISSING_LOOKUP", 2), qPrintable(describe(events)));
}

void TestWatchKinds::caseworkExclusionFeedsTheWatch()
{
    RegistryBuilder b = people();
    b.certificate(cert(1, 8, "VIETTEL-CA", "2024-01-09T01:00:00Z", "2024-01-09T01:00:10Z"))
        .certificate(cert(2, 9, "VIETTEL-CA", "2024-01-10T01:00:00Z", "2024-01-10T01:00:10Z"))
        .lookup(1, QStringLiteral("VIETTEL-CA"), citizenNo(8), QStringLiteral("2024-01-09T00:59:00Z"))
        .lookup(2, QStringLiteral("VIETTEL-CA"), citizenNo(9), QStringLiteral("2024-01-10T00:59:00Z"));
    QVERIFY(setUp(b, at("2024-01-11T00:00:00Z")));
    m_exclusions = {{QStringLiteral("VIETTEL-CA"), at("2024-01-10T00:00:00Z")}};
    m_watch->setCaseworkExclusions(m_exclusions);
    QList<WatchEvent> events;
    QVERIFY(step({}, at("2024-01-11T00:00:10Z"), &events));
    QVERIFY2(events.size() == 1 && has(events, WatchEvent::Kind::New, "EXCLUDED_PROVIDER", 2),
             qPrintable(describe(events)));
}

void TestWatchKinds::restartResumesFromTheWatermark()
{
    RegistryBuilder b = people();
    b.certificate(cert(1, 10, "CA2", "2024-01-01T01:00:00Z", "2024-01-01T01:05:00Z"));
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    QVERIFY(step({}, at("2024-01-10T00:00:05Z")));
    const rules::Watermark stored = *rules::Watermark::fromJson(m_watch->watermark().toJson());
    QCOMPARE(stored.asOf, at("2024-01-10T00:00:05Z"));
    m_watch.reset(); // the console closes
    RegistryBuilder change;
    change.certificate(cert(2, 10, "BKAV-CA", "2024-01-10T05:00:00Z", "2024-01-10T05:00:10Z"));
    QVERIFY(m_registry->exec(change.statements().mid(1)).ok());
    rules::WatchOptions options;
    options.reconcileSeconds = 0;
    m_watch = std::make_unique<rules::LiveWatch>(m_registry->spec(), m_registry->password(), options);
    auto resumed = m_watch->start(at("2024-01-10T06:00:00Z"), stored);
    QVERIFY2(resumed.ok(), qPrintable(resumed ? QString() : resumed.error().fullText()));
    QVERIFY2(has(resumed->events, WatchEvent::Kind::New, "DUPLICATE_ISSUANCE", 2),
             qPrintable(describe(resumed->events)));
    QVERIFY(step({}, at("2024-01-10T06:00:05Z")));
}

void TestWatchKinds::timesAheadOfTheClockCountWhenTheyCome()
{
    RegistryBuilder b = people();
    b.citizen(QStringLiteral("046233333331"), QStringLiteral("Trần Văn Bảo"), QStringLiteral("1979-01-02"))
        .citizen(QStringLiteral("046233333332"), QStringLiteral("Tran Van Bao"),
                 QStringLiteral("1979-01-02"));
    RegistryBuilder::Cert first = cert(1, 1, "VNPT-CA", "2024-01-02T01:00:00Z", "2024-01-02T01:01:00Z");
    first.citizen = QStringLiteral("046233333331");
    RegistryBuilder::Cert second = cert(2, 1, "CA2", "2024-01-03T01:00:00Z", "2024-01-03T01:01:00Z");
    second.citizen = QStringLiteral("046233333332");
    b.certificate(first).certificate(second).certificate(
        cert(3, 12, "MISA-CA", "2024-01-01T01:00:00Z", "2024-01-01T01:01:00Z"));
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    // A record stamped a minute ahead of the console's clock, and a revocation dated ahead: neither
    // counts yet, both count once the clock passes them.
    RegistryBuilder change;
    change.certificate(cert(4, 12, "BKAV-CA", "2024-01-10T00:01:00Z", "2024-01-10T00:01:30Z"));
    QList<WatchEvent> events;
    QVERIFY(step(change.statements().mid(1)
                     << QStringLiteral("UPDATE certificates SET status = 'revoked', revoked_at = "
                                       "'2024-01-10T00:01:40Z', revoke_reason = 'error' WHERE id = 2"),
                 at("2024-01-10T00:00:10Z"), &events));
    QVERIFY2(events.isEmpty(), qPrintable(describe(events)));
    QVERIFY(step({}, at("2024-01-10T00:00:40Z"), &events));
    QVERIFY2(events.isEmpty(), qPrintable(describe(events)));
    QVERIFY(step({}, at("2024-01-10T00:01:35Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "DUPLICATE_ISSUANCE", 4), qPrintable(describe(events)));
    QVERIFY(step({}, at("2024-01-10T00:01:45Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::Resolved, "IDENTITY_NEAR_DUPLICATE", 2),
             qPrintable(describe(events)));
}

void TestWatchKinds::droppedConnectionMissesNothing_data()
{
    engines();
}

void TestWatchKinds::droppedConnectionMissesNothing()
{
    RegistryBuilder b = people();
    b.certificate(cert(1, 11, "FPT-CA", "2024-01-01T01:00:00Z", "2024-01-01T01:05:00Z"));
    QVERIFY(setUp(b, at("2024-01-10T00:00:00Z")));
    QFETCH(Engine, engine);
    RegistryBuilder change;
    change.certificate(cert(2, 11, "VNPT-CA", "2024-01-10T00:00:20Z", "2024-01-10T00:00:30Z"));
    QSqlQuery writer(m_registry->writer().database());
    if (engine == Engine::Postgres) {
        // The server ends the watch's session.
        QVERIFY(
            writer.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                       "WHERE datname = current_database() AND pid <> pg_backend_pid()")));
        QVERIFY(m_registry->exec(change.statements().mid(1)).ok());
    } else {
        // A writer holds the file locked longer than the watch waits (five seconds).
        QVERIFY(writer.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        for (const QString &statement : change.statements().mid(1))
            QVERIFY(writer.exec(statement));
    }
    auto lost = m_watch->poll(at("2024-01-10T00:01:00Z"));
    QVERIFY(!lost.ok());
    if (engine == Engine::Sqlite)
        QVERIFY(writer.exec(QStringLiteral("COMMIT")));
    QList<WatchEvent> events;
    QVERIFY(step({}, at("2024-01-10T00:02:00Z"), &events));
    QVERIFY2(has(events, WatchEvent::Kind::New, "DUPLICATE_ISSUANCE", 2), qPrintable(describe(events)));
}

QTEST_GUILESS_MAIN(TestWatchKinds)
#include "tst_watchkinds.moc"
