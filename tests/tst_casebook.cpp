// The console's own store: migrations from an empty file and on reopening, a file from a newer
// version refused, the audit log's append, and verify() catching an entry edited, deleted,
// reordered or slipped in by someone who edits the SQLite file directly. The class runs on each
// engine under test: on PostgreSQL the server numbers, dates, signs (session user) and chains each
// entry, and the tampering is a superuser's with the triggers off.
#include "EachEngine.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casebook/CasebookMigrations.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw::casebook;

namespace {
QDateTime fixedClock()
{
    return QDateTime(QDate(2024, 3, 5), QTime(7, 30, 15, 999), QTimeZone::utc());
}
} // namespace

class TestCasebook : public QObject
{
    Q_OBJECT
public:
    explicit TestCasebook(sw::connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_scratch.reset(); }
    void migratesFromEmptyAndReopens();
    void defaultPathIsInAppData();
    void refusesNewerFile();
    void appendStoresEveryField();
    void appendRefusesBadInput();
    void databaseRefusesChanges();
    void chainVerifies();
    void detectsTampering_data();
    void detectsTampering();

private:
    bool shared() const { return m_engine == sw::connection::Engine::Postgres; }
    Casebook &casebook() { return m_scratch->casebook(); }
    // Three entries appended through the API.
    void appendThree(AuditLog &log);

    sw::connection::Engine m_engine;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
};

void TestCasebook::init()
{
    auto scratch = sw::test::ScratchCasebook::create(m_engine, sw::Clock(fixedClock));
    QVERIFY2(scratch.ok(), qPrintable(scratch.ok() ? QString() : scratch.error().fullText()));
    m_scratch = std::move(scratch.value());
}

void TestCasebook::migratesFromEmptyAndReopens()
{
    QVERIFY(!casebookMigrations().isEmpty());
    QVERIFY(Casebook::latestVersion() >= 1);
    {
        Casebook *casebook = &this->casebook();
        QCOMPARE(casebook->schemaVersion(), Casebook::latestVersion());
        QSqlQuery query(casebook->database());
        QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), Casebook::latestVersion());
        QVERIFY(!query.next()); // one row only
        AuditLog log(*casebook);
        QVERIFY(log.append({QStringLiteral("test"), QStringLiteral("citizen"), QStringLiteral("1"),
                            QStringLiteral("kept")})
                    .ok());
    }
    // Reopening runs no step again and keeps the data.
    QVERIFY(m_scratch->reopen().ok());
    Casebook *again = &casebook();
    QCOMPARE(again->schemaVersion(), Casebook::latestVersion());
    AuditLog log(*again);
    auto entries = log.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->first().reason, QStringLiteral("kept"));
    QSqlQuery count(again->database());
    QVERIFY(count.exec(QStringLiteral("SELECT COUNT(*) FROM schema_version")));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);
}

void TestCasebook::defaultPathIsInAppData()
{
    if (shared())
        QSKIP("the local file's default place: checked in the SQLite run");
    QVERIFY(Casebook::defaultPath().endsWith(QStringLiteral("/casebook.sqlite")));
    QVERIFY(Casebook::defaultPath().startsWith(
        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
}

void TestCasebook::refusesNewerFile()
{
    QVERIFY(
        m_scratch
            ->tamper(
                {QStringLiteral("UPDATE schema_version SET version = %1").arg(Casebook::latestVersion() + 1)})
            .ok());
    auto newer = m_scratch->reopen();
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().kind, sw::Error::Kind::InvalidInput);
    QVERIFY(newer.error().message.contains(QStringLiteral("newer")));
}

void TestCasebook::appendStoresEveryField()
{
    Casebook *casebook = &this->casebook();
    AuditLog log(*casebook);
    log.setActor(QStringLiteral("thanh.nv"));
    // SQLite: the actor set and the casebook's clock; PostgreSQL: the server's session user and
    // clock, whatever the client says.
    const QString actor = shared() ? casebook->user() : QStringLiteral("thanh.nv");
    const QDateTime sent = QDateTime::currentDateTimeUtc();
    auto first = log.append({QStringLiteral("citizen.unmask"),
                             QStringLiteral("citizen"),
                             QStringLiteral("046090000001"),
                             QStringLiteral("Khiếu nại số 12/2024"),
                             {},
                             QStringLiteral("{\"shown\":true}")});
    QVERIFY2(first.ok(), qPrintable(first ? QString() : first.error().fullText()));
    QCOMPARE(first->id, 1);
    QCOMPARE(first->previousHash, AuditLog::genesisHash());
    QCOMPARE(first->hash.size(), 64);
    if (shared())
        QVERIFY2(qAbs(first->at.secsTo(sent)) < 300, qPrintable(first->at.toString(Qt::ISODate)));
    else
        QCOMPARE(first->at,
                 QDateTime(QDate(2024, 3, 5), QTime(7, 30, 15), QTimeZone::utc())); // to the second
    QCOMPARE(first->at.time().msec(), 0);

    auto second = log.append({QStringLiteral("citizen.unmask"), QStringLiteral("citizen"),
                              QStringLiteral("046090000002"), QStringLiteral("r2")});
    QVERIFY(second.ok());
    QCOMPARE(second->id, 2);
    QCOMPARE(second->previousHash, first->hash);

    auto stored = log.entriesFor(QStringLiteral("citizen"), QStringLiteral("046090000001"));
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    const AuditEntry &e = stored->first();
    QCOMPARE(e.actor, actor);
    QCOMPARE(e.action, QStringLiteral("citizen.unmask"));
    QCOMPARE(e.reason, QStringLiteral("Khiếu nại số 12/2024"));
    QVERIFY(e.before.isNull());
    QCOMPARE(e.after, QStringLiteral("{\"shown\":true}"));
    QCOMPARE(e.at, first->at);
    QCOMPARE(e.hash, first->hash);
    QCOMPARE(AuditLog::chainHash(e.previousHash, e), e.hash);

    // Raw: the time is UTC text in the registry's form.
    QSqlQuery raw(casebook->database());
    QVERIFY(raw.exec(QStringLiteral("SELECT at FROM audit_log WHERE id = 1")));
    QVERIFY(raw.next());
    QCOMPARE(raw.value(0).toString(), first->at.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    if (!shared())
        QCOMPARE(raw.value(0).toString(), QStringLiteral("2024-03-05T07:30:15Z"));

    auto head = log.head();
    QVERIFY(head.ok() && head->has_value());
    QCOMPARE((*head)->id, 2);
    // The default actor is the casebook's user: the operating-system user (SQLite), the login.
    QVERIFY(!AuditLog::currentOsUser().isEmpty());
    QCOMPARE(casebook->user(), shared() ? m_scratch->spec().user : AuditLog::currentOsUser());
    AuditLog fresh(*casebook);
    auto third = fresh.append({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QVERIFY2(third.ok(), qPrintable(third ? QString() : third.error().fullText()));
    QCOMPARE(third->actor, casebook->user());
}

void TestCasebook::appendRefusesBadInput()
{
    AuditLog log(casebook());
    QVERIFY(!log.append({QString(), QStringLiteral("citizen"), QStringLiteral("1")}).ok());
    QVERIFY(!log.append({QStringLiteral("x"), QStringLiteral("citizen"), QStringLiteral("  ")}).ok());
    auto notJson = log.append({QStringLiteral("x"), QStringLiteral("citizen"), QStringLiteral("1"),
                               QStringLiteral("r"), QStringLiteral("{not json")});
    QVERIFY(!notJson.ok());
    QCOMPARE(notJson.error().kind, sw::Error::Kind::InvalidInput);
    auto entries = log.entries();
    QVERIFY(entries.ok());
    QVERIFY(entries->isEmpty()); // nothing written
}

void TestCasebook::databaseRefusesChanges()
{
    AuditLog log(casebook());
    appendThree(log);
    // The owner's own connection (on PostgreSQL a superuser's): the log stays append-only.
    QSqlQuery query(casebook().database());
    QVERIFY(!query.exec(QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1")));
    QVERIFY(query.lastError().text().contains(QStringLiteral("append-only")));
    QVERIFY(!query.exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")));
    auto entries = log.entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->size(), 3);
    QCOMPARE(entries->first().reason, QStringLiteral("first reason"));
}

void TestCasebook::appendThree(AuditLog &log)
{
    for (const char *reason : {"first reason", "second reason", "third reason"})
        QVERIFY(log.append({QStringLiteral("citizen.unmask"), QStringLiteral("citizen"),
                            QStringLiteral("046090000001"), QLatin1String(reason)})
                    .ok());
}

void TestCasebook::chainVerifies()
{
    AuditLog log(casebook());
    auto empty = log.verify();
    QVERIFY(empty.ok());
    QVERIFY(empty->intact());
    QCOMPARE(empty->entries, 0);
    appendThree(log);
    auto check = log.verify();
    QVERIFY(check.ok());
    QVERIFY(check->intact());
    QCOMPARE(check->entries, 3);
    QVERIFY(!check->firstBrokenId);
}

void TestCasebook::detectsTampering_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<int>("problem");
    QTest::addColumn<qint64>("brokenAt");

    const int edited = int(AuditCheck::Problem::Edited);
    const int removed = int(AuditCheck::Problem::Removed);
    const int reordered = int(AuditCheck::Problem::Reordered);
    QTest::newRow("reason edited") << QStringList {QStringLiteral(
        "UPDATE audit_log SET reason = 'other' WHERE id = 2")}
                                   << edited << qint64(2);
    QTest::newRow("actor edited") << QStringList {QStringLiteral(
        "UPDATE audit_log SET actor = 'x' WHERE id = 1")}
                                  << edited << qint64(1);
    QTest::newRow("time edited") << QStringList {QStringLiteral(
        "UPDATE audit_log SET at = '2024-03-05T07:30:16Z' WHERE id = 3")}
                                 << edited << qint64(3);
    QTest::newRow("after added") << QStringList {QStringLiteral(
        "UPDATE audit_log SET after_json = '{}' WHERE id = 2")}
                                 << edited << qint64(2);
    QTest::newRow("middle deleted") << QStringList {QStringLiteral("DELETE FROM audit_log WHERE id = 2")}
                                    << removed << qint64(3);
    QTest::newRow("first deleted") << QStringList {QStringLiteral("DELETE FROM audit_log WHERE id = 1")}
                                   << removed << qint64(2);
    // Deleted, then the ids renumbered to hide the gap: the chain no longer links.
    QTest::newRow("deleted and renumbered")
        << QStringList {QStringLiteral("DELETE FROM audit_log WHERE id = 2"),
                        QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3")}
        << reordered << qint64(2);
    // Two entries swapped (contents exchanged between their ids).
    QTest::newRow("reordered") << QStringList {QStringLiteral("UPDATE audit_log SET id = 100 WHERE id = 2"),
                                               QStringLiteral("UPDATE audit_log SET id = 2 WHERE id = 3"),
                                               QStringLiteral("UPDATE audit_log SET id = 3 WHERE id = 100")}
                               << reordered << qint64(2);
    // An entry slipped in between, copying a real entry's hashes, the later ones moved up.
    QTest::newRow("inserted")
        << QStringList {QStringLiteral("UPDATE audit_log SET id = id + 10 WHERE id >= 2"),
                        QStringLiteral("UPDATE audit_log SET id = id - 9 WHERE id >= 12"),
                        QStringLiteral("INSERT INTO audit_log SELECT 2, at, actor, 'citizen.unmask', "
                                       "subject_kind, '046090000009', 'forged', NULL, NULL, "
                                       "prev_hash, hash, NULL FROM audit_log WHERE id = 3")}
        << edited << qint64(2);
    QTest::newRow("appended forged") << QStringList {QStringLiteral(
        "INSERT INTO audit_log SELECT 4, at, actor, action, subject_kind, subject_id, 'forged', NULL, NULL, "
        "hash, hash, NULL FROM audit_log WHERE id = 3")}
                                     << edited << qint64(4);
}

void TestCasebook::detectsTampering()
{
    QFETCH(QStringList, statements);
    QFETCH(int, problem);
    QFETCH(qint64, brokenAt);
    {
        AuditLog log(casebook());
        appendThree(log);
        auto before = log.verify();
        QVERIFY(before.ok() && before->intact());
    }
    auto tampered = m_scratch->tamper(statements);
    QVERIFY2(tampered.ok(), qPrintable(tampered.ok() ? QString() : tampered.error().fullText()));
    QVERIFY(m_scratch->reopen().ok());
    AuditLog log(casebook());
    auto check = log.verify();
    QVERIFY(check.ok());
    QVERIFY(!check->intact());
    QCOMPARE(int(check->problem), problem);
    QCOMPARE(check->firstBrokenId, std::optional<qint64>(brokenAt));
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestCasebook>(argc, argv, "casebook");
}
#include "tst_casebook.moc"
