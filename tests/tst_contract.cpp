#include "ScratchRegistry.h"

#include "registry/ContractCheck.h"
#include "registry/RegistrySchema.h"
#include "rules/ScanEngine.h"

#include <QMap>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

namespace {
// The contract's CREATE TABLE statement for `table` with some columns given other types.
QString recreated(Engine engine, const QString &table, const QMap<QString, QString> &types)
{
    const TableDef *def = contractTable(table);
    QStringList columns;
    for (const ColumnDef &c : def->columns) {
        QString column = c.name + QLatin1Char(' ')
            + types.value(c.name, engine == Engine::Sqlite ? c.sqliteType : c.postgresType);
        if (c.name == def->primaryKey)
            column += QStringLiteral(" PRIMARY KEY");
        columns << column;
    }
    return QStringLiteral("CREATE TABLE %1 (%2)").arg(table, columns.join(QStringLiteral(", ")));
}
} // namespace

class TestContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void check_data();
    void check();
    void scanRefusesAWrongType_data();
    void scanRefusesAWrongType();
};

void TestContract::check_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QStringList>("changes");
    QTest::addColumn<QStringList>("expectedProblems");
    for (Engine engine : sw::test::enginesUnderTest()) {
        const char *e = engine == Engine::Sqlite ? "sqlite" : "postgresql";
        QTest::addRow("%s: complete", e) << engine << QStringList() << QStringList();
        QTest::addRow("%s: extra table and column are fine", e)
            << engine
            << QStringList {QStringLiteral("CREATE TABLE audit_trail (id INTEGER)"),
                            QStringLiteral("ALTER TABLE certificates ADD COLUMN batch_no TEXT")}
            << QStringList();
        QTest::addRow("%s: missing table", e) << engine << QStringList {QStringLiteral("DROP TABLE lookups")}
                                              << QStringList {QStringLiteral("Missing table: lookups")};
        QTest::addRow("%s: missing column", e)
            << engine << QStringList {QStringLiteral("ALTER TABLE certificates DROP COLUMN serial")}
            << QStringList {QStringLiteral("Missing column: certificates.serial")};
        // Types: recreated tables, as a registry exported with other types would have them.
        const bool sqlite = engine == Engine::Sqlite;
        QTest::addRow("%s: wrong types", e)
            << engine
            << (sqlite
                    ? QStringList {QStringLiteral("DROP TABLE certificates"),
                                   recreated(engine, QStringLiteral("certificates"),
                                             {{QStringLiteral("id"), QStringLiteral("TEXT")}}),
                                   QStringLiteral("DROP TABLE citizens"),
                                   recreated(engine, QStringLiteral("citizens"),
                                             {{QStringLiteral("citizen_id"), QStringLiteral("INTEGER")}})}
                    : QStringList {QStringLiteral("ALTER TABLE certificates ALTER COLUMN id TYPE text"),
                                   QStringLiteral("ALTER TABLE citizens ALTER COLUMN citizen_id TYPE bigint "
                                                  "USING citizen_id::bigint"),
                                   QStringLiteral("ALTER TABLE certificates ALTER COLUMN recorded_at TYPE "
                                                  "timestamp")})
            << (sqlite
                    ? QStringList {QStringLiteral("Wrong type: citizens.citizen_id is INTEGER, the contract "
                                                  "says TEXT"),
                                   QStringLiteral("Wrong type: certificates.id is TEXT, the contract says "
                                                  "INTEGER")}
                    : QStringList {QStringLiteral("Wrong type: citizens.citizen_id is bigint, the contract "
                                                  "says text"),
                                   QStringLiteral("Wrong type: certificates.id is text, the contract says "
                                                  "bigint"),
                                   QStringLiteral("Wrong type: certificates.recorded_at is timestamp without "
                                                  "time zone, the contract says timestamptz")});
        // What each engine reads the same way: SQLite by affinity, PostgreSQL integer ids and varchar.
        QTest::addRow("%s: equivalent types are fine", e)
            << engine
            << (sqlite ? QStringList {QStringLiteral("DROP TABLE certificates"),
                                      recreated(engine, QStringLiteral("certificates"),
                                                {{QStringLiteral("id"), QStringLiteral("BIGINT")},
                                                 {QStringLiteral("serial"), QStringLiteral("VARCHAR(40)")}})}
                       : QStringList {QStringLiteral("ALTER TABLE certificates ALTER COLUMN id TYPE integer"),
                                      QStringLiteral("ALTER TABLE certificates ALTER COLUMN serial TYPE "
                                                     "varchar(40)")})
            << QStringList();
        QTest::addRow("%s: several problems", e)
            << engine
            << QStringList {QStringLiteral("DROP TABLE service_requests"),
                            QStringLiteral("ALTER TABLE citizens DROP COLUMN birth_date"),
                            QStringLiteral("ALTER TABLE providers DROP COLUMN excluded_at")}
            << QStringList {QStringLiteral("Missing table: service_requests"),
                            QStringLiteral("Missing column: providers.excluded_at"),
                            QStringLiteral("Missing column: citizens.birth_date")};
    }
}

void TestContract::check()
{
    QFETCH(Engine, engine);
    QFETCH(QStringList, changes);
    QFETCH(QStringList, expectedProblems);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    auto changed = (*scratch)->exec(changes);
    QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().fullText()));
    (*scratch)->closeWriter();

    auto console = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(console.ok());
    const auto report = checkContract((*console)->database());
    QVERIFY2(report.ok(), qPrintable(report ? QString() : report.error().fullText()));
    QCOMPARE(report->problems(), expectedProblems);
    QCOMPARE(report->ok(), expectedProblems.isEmpty());
}

void TestContract::scanRefusesAWrongType_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

// Not scanned into id 0: the scan (the console's and the command line's) refuses the registry.
void TestContract::scanRefusesAWrongType()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const QStringList change = engine == Engine::Sqlite
        ? QStringList {QStringLiteral("DROP TABLE certificates"),
                       recreated(engine, QStringLiteral("certificates"),
                                 {{QStringLiteral("id"), QStringLiteral("TEXT")}}),
                       QStringLiteral("INSERT INTO providers VALUES ('VNPT-CA', 'VNPT', NULL)"),
                       QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                                      "('046090000001', 'A', '474'), ('046090000002', 'B', '474')"),
                       QStringLiteral(
                           "INSERT INTO certificates (id, citizen_id, provider_code, channel, status, "
                           "recorded_at) VALUES ('C-1', '046090000001', 'VNPT-CA', 'app', 'active', "
                           "'2023-05-01T00:00:00Z')")}
        : QStringList {QStringLiteral("ALTER TABLE certificates ALTER COLUMN id TYPE text")};
    auto changed = (*scratch)->exec(change);
    QVERIFY2(changed.ok(), qPrintable(changed ? QString() : changed.error().fullText()));
    (*scratch)->closeWriter();

    const sw::rules::ScanEngine engineUnderTest((*scratch)->spec(), (*scratch)->password());
    const auto scanned = engineUnderTest.run({});
    QVERIFY(!scanned.ok());
    QVERIFY2(scanned.error().message.contains(QLatin1String("certificates.id")),
             qPrintable(scanned.error().message));
}

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
