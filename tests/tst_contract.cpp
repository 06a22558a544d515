#include "ScratchRegistry.h"

#include "registry/ContractCheck.h"
#include "registry/RegistrySchema.h"

#include <QTest>

using namespace sw::registry;
using sw::test::ScratchRegistry;

class TestContract : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void check_data();
    void check();
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

QTEST_GUILESS_MAIN(TestContract)
#include "tst_contract.moc"
