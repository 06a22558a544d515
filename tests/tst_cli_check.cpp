#include "ScratchRegistry.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::registry;
using sw::test::ScratchRegistry;

// signwatch-cli check and overview, run as a user would, on both engines.
class TestCliCheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void check_data();
    void check();
    void badUsage_data();
    void badUsage();
    void missingFile();
    void overviewPrintsCounts();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments,
            const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    QTemporaryDir m_home;
};

void TestCliCheck::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_home.isValid());
}

TestCliCheck::Run TestCliCheck::cli(const QStringList &arguments, const QProcessEnvironment &baseEnv)
{
    QProcessEnvironment env = baseEnv;
    // A home of its own: no saved profiles, default settings.
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(120000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliCheck::check_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestCliCheck::check()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const QString url = (*scratch)->spec().toUrl();

    Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), url});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));

    QVERIFY((*scratch)
                ->exec({QStringLiteral("ALTER TABLE certificates DROP COLUMN revoke_reason"),
                        QStringLiteral("DROP TABLE lookups")})
                .ok());
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QLatin1String("certificates.revoke_reason")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("lookups")), qPrintable(run.out));
}

void TestCliCheck::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList();
    QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("no registry") << QStringList {QStringLiteral("check")};
    QTest::newRow("both --db and --profile")
        << QStringList {QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("sqlite:/x"),
                        QStringLiteral("--profile"), QStringLiteral("p")};
    QTest::newRow("bad url") << QStringList {QStringLiteral("check"), QStringLiteral("--db"),
                                             QStringLiteral("mysql://x")};
    QTest::newRow("password in url") << QStringList {QStringLiteral("check"), QStringLiteral("--db"),
                                                     QStringLiteral("postgresql://u:pw@h/d")};
    QTest::newRow("unknown profile") << QStringList {QStringLiteral("check"), QStringLiteral("--profile"),
                                                     QStringLiteral("nope")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("check"), QStringLiteral("--frob")};
}

void TestCliCheck::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.trimmed().isEmpty());
}

void TestCliCheck::missingFile()
{
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("absent.sqlite"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(QLatin1String("absent.sqlite")));
}

void TestCliCheck::overviewPrintsCounts()
{
    auto scratch = ScratchRegistry::create(Engine::Sqlite);
    QVERIFY(scratch.ok());
    QVERIFY((*scratch)->exec(sw::test::fixtureStatements(QStringLiteral("overview-small.sql"))).ok());
    const Run run = cli({QStringLiteral("overview"), QStringLiteral("--db"), (*scratch)->spec().toUrl()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QVERIFY(lines.contains(QStringLiteral("VNPT-CA\t2\t1\t0\t1\t0\t4\t2\t1\t0\t3")));
    QVERIFY(lines.contains(QStringLiteral("TOTAL\t2\t2\t1\t1\t1\t7\t5\t1\t3\t5")));
    QVERIFY(lines.contains(QStringLiteral("citizens_with_certificate\t5")));
}

QTEST_GUILESS_MAIN(TestCliCheck)
#include "tst_cli_check.moc"
