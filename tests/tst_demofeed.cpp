#include "EachEngine.h"
#include "ScratchRegistry.h"

#include "demo/DemoFeed.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoMarker.h"
#include "registry/ContractCheck.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

// signwatch-cli demo feed: the demo marks its registry, the feed refuses any other, and what it
// adds is stamped within the run, keeps the data contract, and gives findings of several rules on
// the rows it wrote (and none that no violation case asked for). Runs on each engine under test.
class TestDemoFeed : public QObject
{
    Q_OBJECT
public:
    explicit TestDemoFeed(Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase();
    void demoLeavesItsMark();
    void refusesRegistriesTheDemoDidNotMake();
    void feedsStoriesStampedByTheClock();
    void commandLineFeedsWithTheRealClock();
    void waitsWhileAReaderHoldsTheFile();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    Result<std::unique_ptr<ScratchRegistry>> demoRegistry(qint64 citizens, quint64 seed,
                                                          const Clock &clock = Clock());
    QString url(const ScratchRegistry &scratch) const;
    // "?" on SQLite, a cast on PostgreSQL: times are bound in the contract's text form.
    QString time() const;
    static QString text(qint64 seconds);
    static qint64 scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

    Engine m_engine;
    QTemporaryDir m_dir;
};

TestDemoFeed::Run TestDemoFeed::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

Result<std::unique_ptr<ScratchRegistry>> TestDemoFeed::demoRegistry(qint64 citizens, quint64 seed,
                                                                    const Clock &clock)
{
    auto scratch = ScratchRegistry::create(m_engine, false);
    if (!scratch)
        return scratch.error();
    demo::DemoOptions options;
    options.citizens = citizens;
    options.seed = seed;
    options.clock = clock;
    if (auto summary = demo::generateDemoRegistry((*scratch)->writer(), options); !summary)
        return summary.error();
    return std::move(scratch.value());
}

QString TestDemoFeed::url(const ScratchRegistry &scratch) const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("sqlite:") + scratch.spec().path
                                      : scratch.spec().toUrl();
}

QString TestDemoFeed::time() const
{
    return m_engine == Engine::Sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS timestamptz)");
}

QString TestDemoFeed::text(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

qint64 TestDemoFeed::scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(db);
    if (!query.prepare(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec() || !query.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        return -1;
    }
    return query.value(0).toLongLong();
}

void TestDemoFeed::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestDemoFeed::demoLeavesItsMark()
{
    const QDateTime made(QDate(2026, 11, 2), QTime(8, 30, 15), Qt::UTC);
    auto scratch = demoRegistry(1000, 77, Clock::fixedAt(made));
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    RegistryConnection &writer = (*scratch)->writer();
    auto marker = demo::readDemoMarker(writer);
    QVERIFY2(marker.ok(), qPrintable(marker ? QString() : marker.error().fullText()));
    QCOMPARE(marker->seed, quint64(77));
    QCOMPARE(marker->citizens, qint64(1000));
    QCOMPARE(marker->createdAt, made.toSecsSinceEpoch());
    // registry.md: extra tables may exist and are ignored; the contract check still passes.
    auto contract = checkContract(writer.database());
    QVERIFY(contract.ok());
    QVERIFY2(contract->ok(), qPrintable(contract->problems().join(QLatin1Char('\n'))));
    // A replaced demo gets a new mark, not a second row.
    demo::DemoOptions options;
    options.citizens = 1200;
    options.seed = 78;
    options.replace = true;
    QVERIFY(demo::generateDemoRegistry(writer, options).ok());
    QCOMPARE(scalar(writer.database(), QStringLiteral("SELECT count(*) FROM signwatch_demo")), 1);
    marker = demo::readDemoMarker(writer);
    QVERIFY(marker.ok());
    QCOMPARE(marker->seed, quint64(78));
    QCOMPARE(marker->citizens, qint64(1200));
}

void TestDemoFeed::refusesRegistriesTheDemoDidNotMake()
{
    // The contract tables, as Hue-S would hand them over, and a look-up: no demo's mark.
    auto scratch = ScratchRegistry::create(m_engine, true);
    QVERIFY(scratch.ok());
    QVERIFY((*scratch)
                ->exec({QStringLiteral("INSERT INTO providers (code, name) VALUES ('VNPT-CA', 'VNPT')"),
                        QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                                       "('046090000001', 'Nguyễn Văn An', '474')")})
                .ok());
    auto refused = demo::DemoFeed::open((*scratch)->writer(), Clock(), {});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(refused.error().message.contains(QLatin1String("signwatch_demo")),
             qPrintable(refused.error().message));

    (*scratch)->closeWriter();
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("feed"), QStringLiteral("--db"),
                         url(**scratch), QStringLiteral("--count"), QStringLiteral("5"),
                         QStringLiteral("--rate"), QStringLiteral("1000")});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("signwatch_demo")), qPrintable(run.err));
    auto reader = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(reader.ok());
    for (const char *table : {"lookups", "certificates", "service_requests"})
        QCOMPARE(
            scalar((*reader)->database(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)), 0);
    QCOMPARE(scalar((*reader)->database(), QStringLiteral("SELECT count(*) FROM citizens")), 1);

    // A demo registry opened read-only is refused too: the feed writes on its own connection.
    auto demoScratch = demoRegistry(1000, 3);
    QVERIFY(demoScratch.ok());
    (*demoScratch)->closeWriter();
    auto readOnly = RegistryConnection::open((*demoScratch)->spec(), (*demoScratch)->password());
    QVERIFY(readOnly.ok());
    auto readOnlyFeed = demo::DemoFeed::open(**readOnly, Clock(), {});
    QVERIFY(!readOnlyFeed.ok());
    QCOMPARE(readOnlyFeed.error().kind, Error::Kind::InvalidInput);

    const Run both = cli({QStringLiteral("demo"), QStringLiteral("feed"), QStringLiteral("--db"),
                          url(**demoScratch), QStringLiteral("--count"), QStringLiteral("5"),
                          QStringLiteral("--duration"), QStringLiteral("5")});
    QCOMPARE(both.exitCode, 2);
}

void TestDemoFeed::feedsStoriesStampedByTheClock()
{
    auto scratch = demoRegistry(2000, 41);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    RegistryConnection &writer = (*scratch)->writer();
    QSqlDatabase db = writer.database();
    if (m_engine == Engine::Sqlite) // the test's own speed: each event is a transaction
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    const qint64 maxCertificate = scalar(db, QStringLiteral("SELECT MAX(id) FROM certificates"));
    const qint64 maxRequest = scalar(db, QStringLiteral("SELECT MAX(id) FROM service_requests"));
    const qint64 maxLookup = scalar(db, QStringLiteral("SELECT MAX(id) FROM lookups"));
    const qint64 citizensBefore = scalar(db, QStringLiteral("SELECT count(*) FROM citizens"));

    // A clock that moves 4 s per event, ending before the real now: hours of activity in a
    // moment, and stories whose later steps come minutes after their first.
    constexpr int kEvents = 1200;
    constexpr qint64 kStep = 7;
    const qint64 start = QDateTime::currentSecsSinceEpoch() - kEvents * kStep - 600;
    qint64 simulated = start;
    const Clock clock([&simulated] { return QDateTime::fromSecsSinceEpoch(simulated, Qt::UTC); });
    demo::FeedOptions options;
    options.seed = 2026;
    options.violationScale = 50; // more cases than the demo's rates, so that a short run shows them
    auto feed = demo::DemoFeed::open(writer, clock, options);
    QVERIFY2(feed.ok(), qPrintable(feed ? QString() : feed.error().fullText()));
    for (int i = 0; i < kEvents; ++i) {
        auto stepped = (*feed)->step();
        QVERIFY2(stepped.ok(),
                 qPrintable(stepped ? QString()
                                    : QString::number(i) + QLatin1Char(' ') + stepped.error().fullText()));
        simulated += kStep;
    }
    const qint64 end = simulated;
    const demo::FeedSummary &summary = (*feed)->summary();
    QCOMPARE(summary.events, qint64(kEvents));

    const QVariantList span = {text(start), text(end)};
    auto rows
        = [&](const QString &where, const QVariantList &values = {}) { return scalar(db, where, values); };
    const QString outside = QStringLiteral(" NOT BETWEEN %1 AND %1").arg(time());
    // Look-ups: new rows only, stamped within the run, both answers.
    const QVariantList lookupNew = {maxLookup};
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM lookups WHERE id > ?"), lookupNew), summary.lookups);
    QVERIFY(summary.lookups > 100);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM lookups WHERE id > ? AND looked_up_at") + outside,
                  lookupNew + span),
             0);
    QVERIFY(rows(QStringLiteral("SELECT count(*) FROM lookups WHERE id > ? AND found = %1")
                     .arg(m_engine == Engine::Sqlite ? QStringLiteral("1") : QStringLiteral("true")),
                 lookupNew)
            > 0);
    // Requests: registered, completed and cancelled within the run.
    const QVariantList requestNew = {maxRequest};
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM service_requests WHERE id > ?"), requestNew),
             summary.requests);
    QCOMPARE(
        rows(QStringLiteral("SELECT count(*) FROM service_requests WHERE id > ? AND registered_at") + outside,
             requestNew + span),
        0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM service_requests WHERE completed_at IS NOT NULL AND "
                                 "completed_at >= ?"),
                  {text(start)}),
             summary.completions);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM service_requests WHERE cancelled_at IS NOT NULL AND "
                                 "cancelled_at >= ?"),
                  {text(start)}),
             summary.cancellations);
    QVERIFY(summary.completions > 0);
    QVERIFY(summary.cancellations > 0);
    QCOMPARE(rows(QStringLiteral(
                      "SELECT count(*) FROM service_requests WHERE completed_at > ? OR cancelled_at > ?"),
                  {text(end), text(end)}),
             0);
    // Certificates: every channel, recorded within the run; programme activations too.
    const QVariantList certificateNew = {maxCertificate};
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM certificates WHERE id > ?"), certificateNew),
             summary.certificates);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM certificates WHERE id > ? AND recorded_at") + outside,
                  certificateNew + span),
             0);
    QCOMPARE(
        rows(QStringLiteral("SELECT count(*) FROM certificates WHERE id > ? AND channel <> 'legacy_import' "
                            "AND activated_at IS NOT NULL AND activated_at")
                 + outside,
             certificateNew + span),
        0);
    for (const char *channel : {"app", "door_to_door", "hues_request"})
        QVERIFY2(rows(QStringLiteral("SELECT count(*) FROM certificates WHERE id > ? AND channel = ?"),
                      {maxCertificate, QString::fromLatin1(channel)})
                     > 0,
                 channel);
    // Records activated after they reached Hue-S (technical errors, pre-entered records).
    QVERIFY(summary.activations > 0);
    QVERIFY(
        rows(QStringLiteral("SELECT count(*) FROM certificates WHERE id > ? AND activated_at > recorded_at"),
             certificateNew)
        > 0);
    // Revocations stamped within the run; switches: the old revoked, the new one replaces it.
    QCOMPARE(
        rows(QStringLiteral("SELECT count(*) FROM certificates WHERE revoked_at IS NOT NULL AND revoked_at "
                            ">= %1 AND revoked_at <= %1")
                 .arg(time()),
             span),
        summary.revocations);
    QVERIFY(
        rows(QStringLiteral("SELECT count(*) FROM certificates o JOIN certificates n ON n.replaces_id = o.id "
                            "WHERE o.id <= ? AND n.id > ? AND o.revoke_reason = 'switch_provider' "
                            "AND o.revoked_at <= n.recorded_at"),
             {maxCertificate, maxCertificate})
        > 0);
    QCOMPARE(rows(QStringLiteral("SELECT count(*) FROM citizens")) - citizensBefore, summary.citizens);

    // Still a registry of the contract.
    auto contract = checkContract(db);
    QVERIFY(contract.ok());
    QVERIFY2(contract->ok(), qPrintable(contract->problems().join(QLatin1Char('\n'))));

    // A scan at the end of the run: findings whose subjects are rows the feed wrote, of the rules
    // its violation cases aimed at, and of several of them.
    QHash<qint64, qint64> recordedAt;
    {
        QSqlQuery query(db);
        QVERIFY(query.prepare(QStringLiteral("SELECT id, recorded_at FROM certificates WHERE id > ?")));
        query.addBindValue(maxCertificate);
        QVERIFY(query.exec());
        while (query.next()) {
            const QVariant value = query.value(1);
            const QDateTime at = value.metaType().id() == QMetaType::QDateTime
                ? value.toDateTime()
                : QDateTime::fromString(value.toString(), Qt::ISODate);
            recordedAt.insert(query.value(0).toLongLong(), at.toSecsSinceEpoch());
        }
    }
    db = QSqlDatabase();
    (*scratch)->closeWriter();
    const Run scan = cli({QStringLiteral("scan"), QStringLiteral("--db"), url(**scratch),
                          QStringLiteral("--as-of"), text(end)});
    QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
    QSet<QString> fedRules;
    for (const QByteArray &line : scan.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject finding = QJsonDocument::fromJson(line).object();
        const QString subject = finding.value(QLatin1String("subject")).toString();
        const qint64 id = finding.value(QLatin1String("subject_id")).toInteger();
        const bool fed = subject == QLatin1String("request") || subject == QLatin1String("service_requests")
            ? id > maxRequest
            : subject == QLatin1String("lookups") ? id > maxLookup
                                                  : id > maxCertificate;
        if (!fed)
            continue;
        const QString rule = finding.value(QLatin1String("rule")).toString();
        fedRules.insert(rule);
        if (subject == QLatin1String("certificate"))
            QVERIFY2(recordedAt.value(id) >= start && recordedAt.value(id) <= end, line.constData());
        QVERIFY2(summary.violations.contains(rule) || summary.nearMisses.contains(rule), line.constData());
    }
    QStringList listed = fedRules.values();
    listed.sort();
    qInfo("rules on fed rows: %s", qPrintable(listed.join(QLatin1Char(' '))));
    QVERIFY2(fedRules.size() >= 5, qPrintable(QStringList(fedRules.values()).join(QLatin1Char(' '))));
}

void TestDemoFeed::commandLineFeedsWithTheRealClock()
{
    auto scratch = demoRegistry(1000, 9);
    QVERIFY(scratch.ok());
    const qint64 maxLookup
        = scalar((*scratch)->writer().database(), QStringLiteral("SELECT MAX(id) FROM lookups"));
    const qint64 maxCertificate
        = scalar((*scratch)->writer().database(), QStringLiteral("SELECT MAX(id) FROM certificates"));
    (*scratch)->closeWriter();
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Run run
        = cli({QStringLiteral("demo"), QStringLiteral("feed"), QStringLiteral("--db"), url(**scratch),
               QStringLiteral("--count"), QStringLiteral("40"), QStringLiteral("--rate"),
               QStringLiteral("400"), QStringLiteral("--seed"), QStringLiteral("5")});
    const qint64 after = QDateTime::currentSecsSinceEpoch();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The summary names the 40 events (in the interface's language).
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral("\\b40\\b"))), qPrintable(run.err));
    auto reader = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(reader.ok());
    const QSqlDatabase db = (*reader)->database();
    const QVariantList span = {text(before), text(after)};
    const QString outside = QStringLiteral(" NOT BETWEEN %1 AND %1").arg(time());
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM lookups WHERE id > ?"), {maxLookup}) > 0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM lookups WHERE id > ? AND looked_up_at") + outside,
                    QVariantList {maxLookup} + span),
             0);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM certificates WHERE id > ? AND recorded_at") + outside,
               QVariantList {maxCertificate} + span),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM service_requests WHERE registered_at > ?"),
                    {text(after)}),
             0);
    auto contract = checkContract(db);
    QVERIFY(contract.ok() && contract->ok());
}

void TestDemoFeed::waitsWhileAReaderHoldsTheFile()
{
    auto scratch = demoRegistry(1000, 12);
    QVERIFY(scratch.ok());
    RegistryConnection &writer = (*scratch)->writer();
    qint64 simulated = QDateTime::currentSecsSinceEpoch() - 3600;
    const Clock clock([&simulated] { return QDateTime::fromSecsSinceEpoch(simulated, Qt::UTC); });
    auto feed = demo::DemoFeed::open(writer, clock, {});
    QVERIFY(feed.ok());
    for (int i = 0; i < 30; ++i, simulated += 5)
        QVERIFY((*feed)->step().ok());
    const demo::FeedSummary before = (*feed)->summary();
    const qint64 pending = (*feed)->pendingSteps();
    const qint64 lookups = scalar(writer.database(), QStringLiteral("SELECT count(*) FROM lookups"));

    // A long read (the console's scan) holds the file: the event fails as busy, and leaves the
    // feed as it was.
    auto reader = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(reader.ok());
    QSqlDatabase readerDb = (*reader)->database();
    QVERIFY(readerDb.transaction());
    QSqlQuery holding(readerDb);
    QVERIFY(holding.exec(QStringLiteral("SELECT citizen_id FROM citizens")));
    QVERIFY(holding.next());
    if (m_engine == Engine::Postgres) {
        // PostgreSQL's readers never block a writer: the event goes through at once.
        QVERIFY((*feed)->step().ok());
        QCOMPARE((*feed)->summary().events, before.events + 1);
        holding.finish();
        QVERIFY(readerDb.commit());
        return;
    }
    auto blocked = (*feed)->step();
    QVERIFY(!blocked.ok());
    QVERIFY2(blocked.error().kind == Error::Kind::Unavailable, qPrintable(blocked.error().fullText()));
    QCOMPARE((*feed)->summary().events, before.events);
    QCOMPARE((*feed)->summary().lookups, before.lookups);
    QCOMPARE((*feed)->pendingSteps(), pending);
    holding.finish();
    QVERIFY(readerDb.commit());

    // Once the reader lets go, the same event goes through.
    QVERIFY((*feed)->step().ok());
    QCOMPARE((*feed)->summary().events, before.events + 1);
    const demo::FeedSummary &after = (*feed)->summary();
    const qint64 written = after.lookups - before.lookups;
    QCOMPARE(scalar(writer.database(), QStringLiteral("SELECT count(*) FROM lookups")), lookups + written);
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestDemoFeed>(argc, argv, "demo feed");
}

#include "tst_demofeed.moc"
