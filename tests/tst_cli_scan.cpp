#include "ScratchRegistry.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using sw::test::ScratchRegistry;

// signwatch-cli demo and scan as a user runs them: the same demo campaign on SQLite and on
// PostgreSQL scans to byte-identical JSON Lines; usage errors exit 2, registry errors 3.
class TestCliScan : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void demoScansIdenticallyOnBothEngines();
    void formatsAndOutput();
    void badUsage_data();
    void badUsage();
    void registryErrors();

private:
    struct Run
    {
        int exitCode;
        QByteArray out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_sqliteDemo;
};

TestCliScan::Run TestCliScan::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliScan::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    m_sqliteDemo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("4000"),
                         QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"),
                         QStringLiteral("sqlite:") + m_sqliteDemo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliScan::demoScansIdenticallyOnBothEngines()
{
    const QStringList scan = {QStringLiteral("scan"), QStringLiteral("--as-of"),
                              QStringLiteral("2024-08-01T00:00:00Z"), QStringLiteral("--db")};
    const Run sqlite = cli(scan + QStringList {QStringLiteral("sqlite:") + m_sqliteDemo});
    QVERIFY2(sqlite.exitCode == 0, qPrintable(sqlite.err));
    // Every rule fires on the demo campaign.
    for (const char *rule :
         {"DATA_QUALITY", "DUPLICATE_ISSUANCE", "EXCLUDED_PROVIDER", "FREE_PERIOD", "IDENTITY_NEAR_DUPLICATE",
          "LATE_UPDATE", "LEGACY_MISLABEL", "MISSING_LOOKUP", "PREMATURE_CONFIRMATION", "REQUEST_EXPIRED",
          "STAFF_BURST", "STALE_TECHNICAL_ERROR", "SUPERSEDED"})
        QVERIFY2(sqlite.out.contains(QByteArray("{\"rule\":\"") + rule + '"'), rule);
    // Deterministic: the same scan twice gives the same bytes.
    QCOMPARE(cli(scan + QStringList {QStringLiteral("sqlite:") + m_sqliteDemo}).out, sqlite.out);

    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server configured");
    auto pg = ScratchRegistry::create(Engine::Postgres, false);
    QVERIFY(pg.ok());
    (*pg)->closeWriter();
    const QString url = (*pg)->spec().toUrl();
    const Run demo = cli({QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("4000"),
                          QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), url});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const Run postgres = cli(scan + QStringList {url});
    QVERIFY2(postgres.exitCode == 0, qPrintable(postgres.err));
    QCOMPARE(postgres.out.count('\n'), sqlite.out.count('\n'));
    QCOMPARE(QCryptographicHash::hash(postgres.out, QCryptographicHash::Sha256).toHex(),
             QCryptographicHash::hash(sqlite.out, QCryptographicHash::Sha256).toHex());
}

void TestCliScan::formatsAndOutput()
{
    const QString out = m_dir.filePath(QStringLiteral("findings.csv"));
    const Run run
        = cli({QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_sqliteDemo,
               QStringLiteral("--as-of"), QStringLiteral("2024-08-01T00:00:00Z"), QStringLiteral("--rules"),
               QStringLiteral("LATE_UPDATE,STAFF_BURST"), QStringLiteral("--threshold"),
               QStringLiteral("late_update=172800"), QStringLiteral("--format"), QStringLiteral("csv"),
               QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(run.out.isEmpty()); // findings went to the file; progress to stderr
    QVERIFY(run.err.contains(QLatin1String("STAFF_BURST")));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QCOMPARE(lines.first(),
             QByteArray("rule,clause,severity,subject,subject_id,provider,citizen_id,at,evidence,detail"));
    bool late = false;
    for (const QByteArray &line : lines.mid(1)) {
        if (line.isEmpty())
            continue;
        QVERIFY2(line.startsWith("LATE_UPDATE,") || line.startsWith("STAFF_BURST,"), line.constData());
        if (line.startsWith("LATE_UPDATE,")) {
            late = true;
            const qint64 delay = line.mid(line.indexOf("delay_seconds=") + 14).toLongLong();
            QVERIFY2(delay > 172800, line.constData()); // the threshold was raised
        }
    }
    QVERIFY(late);
}

void TestCliScan::badUsage_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("unknown rule") << QStringList {QStringLiteral("--rules"), QStringLiteral("NOT_A_RULE")};
    QTest::newRow("unknown threshold")
        << QStringList {QStringLiteral("--threshold"), QStringLiteral("speed=1")};
    QTest::newRow("negative threshold")
        << QStringList {QStringLiteral("--threshold"), QStringLiteral("late_update=-5")};
    QTest::newRow("bad as-of") << QStringList {QStringLiteral("--as-of"), QStringLiteral("yesterday")};
    QTest::newRow("bad format") << QStringList {QStringLiteral("--format"), QStringLiteral("xml")};
}

void TestCliScan::badUsage()
{
    QFETCH(QStringList, extra);
    const Run run = cli(
        QStringList {QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_sqliteDemo}
        + extra);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
    QVERIFY(run.out.isEmpty());
}

void TestCliScan::registryErrors()
{
    Run run = cli(
        {QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:/nonexistent/x.sqlite")});
    QCOMPARE(run.exitCode, 3);
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    QVERIFY((*scratch)->exec({QStringLiteral("DROP TABLE lookups")}).ok());
    run = cli({QStringLiteral("scan"), QStringLiteral("--db"), (*scratch)->spec().toUrl()});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QLatin1String("lookups")));
}

QTEST_GUILESS_MAIN(TestCliScan)
#include "tst_cli_scan.moc"
