#include "EachEngine.h"
#include "ScratchRegistry.h"

#include "demo/DemoGenerator.h"
#include "registry/RegistrySchema.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

// scripts/watch-indexes.sql, as docs/live-watch-admin.md tells the registry's administrator to
// run it: it creates the indexes the live watch needs (the same as the schema's, by name and
// column), adds only what is missing, runs again harmlessly, and on PostgreSQL also in its
// CONCURRENTLY form (each statement outside a transaction).
class TestWatchIndexes : public QObject
{
    Q_OBJECT
public:
    explicit TestWatchIndexes(Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void scriptMatchesTheSchema();
    void createsTheIndexesOnABareRegistry();
    void addsNothingToADemoRegistry();
    void runsWithSqlite3();

private:
    static QString scriptPath()
    {
        return QStringLiteral(SIGNWATCH_TEST_DATA "/../../scripts/watch-indexes.sql");
    }
    static QStringList scriptStatements(bool concurrently);
    // "name table column" of each CREATE INDEX statement.
    static QSet<QString> indexKeys(const QStringList &statements);
    QSet<QString> indexesIn(const QSqlDatabase &db) const;
    static bool run(const QSqlDatabase &db, const QStringList &statements);

    Engine m_engine;
};

QStringList TestWatchIndexes::scriptStatements(bool concurrently)
{
    QFile file(scriptPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList lines;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(QLatin1String("--")))
            continue;
        // The documented sed, line by line.
        lines << (concurrently ? QString(line).replace(
                      QRegularExpression(QStringLiteral("^CREATE INDEX IF NOT EXISTS")),
                      QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS"))
                               : line);
    }
    QStringList statements;
    for (const QString &statement : lines.join(QLatin1Char('\n')).split(QLatin1Char(';'))) {
        if (!statement.trimmed().isEmpty())
            statements << statement.trimmed();
    }
    return statements;
}

QSet<QString> TestWatchIndexes::indexKeys(const QStringList &statements)
{
    static const QRegularExpression pattern(QStringLiteral(
        "CREATE INDEX (?:CONCURRENTLY )?(?:IF NOT EXISTS )?(\\w+) ON (\\w+) \\(([\\w, ]+)\\)"));
    QSet<QString> keys;
    for (const QString &statement : statements) {
        const QRegularExpressionMatch match = pattern.match(statement);
        if (match.hasMatch())
            keys.insert(match.captured(1) + QLatin1Char(' ') + match.captured(2) + QLatin1Char(' ')
                        + match.captured(3));
    }
    return keys;
}

QSet<QString> TestWatchIndexes::indexesIn(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    query.exec(m_engine == Engine::Sqlite
                   ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
                   : QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() "
                                    "AND indexname NOT LIKE '%_pkey'"));
    QSet<QString> names;
    while (query.next())
        names.insert(query.value(0).toString());
    return names;
}

bool TestWatchIndexes::run(const QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            qWarning("%s: %s", qPrintable(statement), qPrintable(query.lastError().text()));
            return false;
        }
    }
    return true;
}

void TestWatchIndexes::scriptMatchesTheSchema()
{
    // The script's eight are the last eight of the schema's indexes (those the watch added), by
    // name, table and column: a registry made by the demo already has them.
    const QStringList schema = createIndexStatements(m_engine);
    QVERIFY(schema.size() > 8);
    const QSet<QString> script = indexKeys(scriptStatements(false));
    QCOMPARE(script.size(), 8);
    QCOMPARE(script, indexKeys(schema.mid(schema.size() - 8)));
    QCOMPARE(indexKeys(scriptStatements(true)), script);
    for (const QString &statement : scriptStatements(true)) {
        if (statement.startsWith(QLatin1String("CREATE")))
            QVERIFY2(statement.startsWith(QLatin1String("CREATE INDEX CONCURRENTLY IF NOT EXISTS")),
                     qPrintable(statement));
    }
}

void TestWatchIndexes::createsTheIndexesOnABareRegistry()
{
    auto scratch = ScratchRegistry::create(m_engine, true);
    QVERIFY(scratch.ok());
    const QSqlDatabase db = (*scratch)->writer().database();
    QCOMPARE(indexesIn(db), QSet<QString>());
    // On PostgreSQL the CONCURRENTLY form, each statement on its own (autocommit), as psql runs it.
    const bool concurrently = m_engine == Engine::Postgres;
    QVERIFY(run(db, scriptStatements(concurrently)));
    QSet<QString> expected;
    for (const QString &key : indexKeys(scriptStatements(false)))
        expected.insert(key.section(QLatin1Char(' '), 0, 0));
    QCOMPARE(indexesIn(db), expected);
    // Again: nothing to add, no error.
    QVERIFY(run(db, scriptStatements(concurrently)));
    QVERIFY(run(db, scriptStatements(false)));
    QCOMPARE(indexesIn(db), expected);
}

void TestWatchIndexes::addsNothingToADemoRegistry()
{
    auto scratch = ScratchRegistry::create(m_engine, false);
    QVERIFY(scratch.ok());
    demo::DemoOptions options;
    options.citizens = 1000;
    QVERIFY(demo::generateDemoRegistry((*scratch)->writer(), options).ok());
    const QSqlDatabase db = (*scratch)->writer().database();
    const QSet<QString> before = indexesIn(db);
    QCOMPARE(before.size(), createIndexStatements(m_engine).size());
    QVERIFY(run(db, scriptStatements(m_engine == Engine::Postgres)));
    QCOMPARE(indexesIn(db), before);
}

void TestWatchIndexes::runsWithSqlite3()
{
    if (m_engine != Engine::Sqlite)
        QSKIP("psql's run is the CONCURRENTLY form above");
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (sqlite3.isEmpty())
        QSKIP("no sqlite3 program");
    auto scratch = ScratchRegistry::create(Engine::Sqlite, true);
    QVERIFY(scratch.ok());
    (*scratch)->closeWriter();
    QProcess process;
    process.setStandardInputFile(scriptPath());
    process.start(sqlite3, {QStringLiteral("-bail"), (*scratch)->spec().path});
    QVERIFY(process.waitForFinished(30000));
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    auto reader = RegistryConnection::open((*scratch)->spec(), {});
    QVERIFY(reader.ok());
    QCOMPARE(indexesIn((*reader)->database()).size(), 8);
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestWatchIndexes>(argc, argv, "watch indexes script");
}

#include "tst_watchindexes.moc"
