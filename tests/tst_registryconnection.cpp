#include "ScratchRegistry.h"

#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

// The console opens a registry read-only: every write through its connection must fail, on both
// engines, while reads work.
class TestRegistryConnection : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void writesFail_data();
    void writesFail();
    void missingSqliteFileIsReported();
    void damagedSqliteFilesAreNamed();
    void wrongPasswordIsReported();
    void droppedConnectionIsRetried();
};

void TestRegistryConnection::writesFail_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestRegistryConnection::writesFail()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    QVERIFY(
        (*scratch)->exec({QStringLiteral("INSERT INTO providers VALUES ('VNPT-CA', 'VNPT', NULL)")}).ok());
    (*scratch)->closeWriter();

    auto console = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY2(console.ok(), qPrintable(console ? QString() : console.error().fullText()));
    QSqlDatabase db = (*console)->database();

    QSqlQuery read(db);
    QVERIFY(read.exec(QStringLiteral("SELECT COUNT(*) FROM providers")));
    QVERIFY(read.next());
    QCOMPARE(read.value(0).toInt(), 1);

    const QStringList writes = {
        QStringLiteral("INSERT INTO providers VALUES ('FPT-CA', 'FPT', NULL)"),
        QStringLiteral("UPDATE providers SET name = 'x'"),
        QStringLiteral("DELETE FROM providers"),
        QStringLiteral("CREATE TABLE console_notes (id INTEGER)"),
        QStringLiteral("DROP TABLE providers"),
    };
    for (const QString &statement : writes) {
        QSqlQuery write(db);
        QVERIFY2(!write.exec(statement), qPrintable(statement));
    }
    // Inside an explicit transaction too (PostgreSQL: the session's transactions are read-only).
    QVERIFY(db.transaction());
    QSqlQuery write(db);
    QVERIFY(!write.exec(writes.first()));
    db.rollback();

    QSqlQuery after(db);
    QVERIFY(after.exec(QStringLiteral("SELECT COUNT(*), MIN(name) FROM providers")));
    QVERIFY(after.next());
    QCOMPARE(after.value(0).toInt(), 1);
    QCOMPARE(after.value(1).toString(), QStringLiteral("VNPT"));
}

void TestRegistryConnection::missingSqliteFileIsReported()
{
    ConnectionSpec spec;
    spec.path = QStringLiteral("/nonexistent/folder/registry.sqlite");
    const auto opened = RegistryConnection::open(spec, {});
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, sw::Error::Kind::NotFound);
    QVERIFY(opened.error().message.contains(spec.path));
}

// Not "Missing table: providers": a file that is no database, or a damaged one, is named as such
// when it is opened.
void TestRegistryConnection::damagedSqliteFilesAreNamed()
{
    QTemporaryDir dir;
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    QVERIFY((*scratch)->exec(createIndexStatements(Engine::Sqlite)).ok());
    (*scratch)->closeWriter();
    const QString registry = (*scratch)->spec().path;

    struct Case
    {
        const char *name;
        QByteArray content; // empty: a truncated copy of the registry
        const char *says;
    };
    QFile source(registry);
    QVERIFY(source.open(QIODevice::ReadOnly));
    const QByteArray whole = source.readAll();
    const Case cases[] = {
        {"notes.txt", "Hue-S export\n", "is not a SQLite database"},
        {"empty.sqlite", QByteArray(), "is not a SQLite database"},
        {"truncated.sqlite", whole.left(whole.size() / 2), "is damaged (truncated or corrupted)"},
        {"header-only.sqlite", whole.left(60), "is damaged (truncated or corrupted)"},
    };
    for (const Case &c : cases) {
        const QString path = dir.filePath(QLatin1String(c.name));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(c.content);
        file.close();
        ConnectionSpec spec;
        spec.path = path;
        const auto opened = RegistryConnection::open(spec, {});
        QVERIFY2(!opened.ok(), c.name);
        QCOMPARE(opened.error().kind, sw::Error::Kind::Damaged);
        QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(QLatin1String(c.says)), qPrintable(opened.error().message));
    }
    // The registry itself is sound, and says so when checked page by page.
    ConnectionSpec sound;
    sound.path = registry;
    auto opened = RegistryConnection::open(sound, {});
    QVERIFY(opened.ok());
    QVERIFY((*opened)->checkIntegrity().ok());
}

void TestRegistryConnection::wrongPasswordIsReported()
{
    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server configured");
    auto spec = ConnectionSpec::parse(qEnvironmentVariable("SIGNWATCH_TEST_PG"));
    QVERIFY(spec.ok());
    const auto opened = RegistryConnection::open(*spec, QStringLiteral("wrong-password"));
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().message.contains(spec->host));
    QVERIFY(!opened.error().detail.isEmpty()); // the server's words, kept for "Details"
    QVERIFY(!opened.error().fullText().contains(QLatin1String("wrong-password")));
}

void TestRegistryConnection::droppedConnectionIsRetried()
{
    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server configured");
    auto scratch = ScratchRegistry::create(Engine::Postgres);
    QVERIFY(scratch.ok());
    auto console = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(console.ok());
    QSqlQuery pid((*console)->database());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const int backend = pid.value(0).toInt();

    // The server ends the console's session, as a restart or a network cut would.
    QSqlQuery kill((*scratch)->writer().database());
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));

    const auto alive = (*console)->ensureAlive();
    QVERIFY2(alive.ok(), qPrintable(alive ? QString() : alive.error().fullText()));
    QSqlQuery again((*console)->database());
    QVERIFY(again.exec(QStringLiteral("SELECT pg_backend_pid()")) && again.next());
    QVERIFY(again.value(0).toInt() != backend);
    // Still read-only after reconnecting.
    QSqlQuery write((*console)->database());
    QVERIFY(!write.exec(QStringLiteral("INSERT INTO providers VALUES ('X', 'X', NULL)")));
}

QTEST_GUILESS_MAIN(TestRegistryConnection)
#include "tst_registryconnection.moc"
