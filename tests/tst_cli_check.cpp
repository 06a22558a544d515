#include "ScratchRegistry.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
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
    void wrongTypeIsNamed_data();
    void wrongTypeIsNamed();
    void badUsage_data();
    void badUsage();
    void missingFile();
    void damagedRegistry_data();
    void damagedRegistry();
    void onePageOfGarbageFailsTheCheck();
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
    // A demo registry of a few thousand citizens, made once.
    QString demoRegistry();
    QTemporaryDir m_home;
    QString m_demo;
};

void TestCliCheck::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_home.isValid());
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("config/SignWatch"))));
    sw::settings::Settings(m_home.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")))
        .setLanguage(QStringLiteral("en"));
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

void TestCliCheck::wrongTypeIsNamed_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

// An INTEGER citizen id is a contract problem: check names it and exits 3, scan refuses.
void TestCliCheck::wrongTypeIsNamed()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY(scratch.ok());
    const QStringList change = engine == Engine::Sqlite
        ? QStringList {QStringLiteral("DROP TABLE citizens"),
                       QStringLiteral(
                           "CREATE TABLE citizens (citizen_id INTEGER PRIMARY KEY, full_name TEXT, "
                           "birth_date TEXT, district_code TEXT, phone TEXT)")}
        : QStringList {QStringLiteral("ALTER TABLE citizens ALTER COLUMN citizen_id TYPE bigint USING "
                                      "citizen_id::bigint")};
    QVERIFY((*scratch)->exec(change).ok());
    const QString url = (*scratch)->spec().toUrl();
    Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), url});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.contains(QLatin1String("Wrong type: citizens.citizen_id")), qPrintable(run.out));
    run = cli({QStringLiteral("scan"), QStringLiteral("--db"), url, QStringLiteral("--out"),
               m_home.filePath(QStringLiteral("wrong-type.jsonl"))});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("citizens.citizen_id")), qPrintable(run.err));
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

QString TestCliCheck::demoRegistry()
{
    if (m_demo.isEmpty()) {
        const QString path = m_home.filePath(QStringLiteral("demo.sqlite"));
        const Run run = cli({QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("5000"),
                             QStringLiteral("--seed"), QStringLiteral("7"), QStringLiteral("--out"),
                             QStringLiteral("sqlite:") + path});
        if (run.exitCode == 0)
            m_demo = path;
        else
            qWarning("demo failed: %s", qPrintable(run.err));
    }
    return m_demo;
}

namespace {
// Overwrites pages [first, last) of a SQLite file (4096-byte pages) with garbage.
bool overwritePages(const QString &path, qint64 first, qint64 last)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    for (qint64 page = first; page < last; ++page)
        if (!file.seek(page * 4096) || file.write(QByteArray(4096, char(0xAB))) != 4096)
            return false;
    return true;
}
} // namespace

// Files that are not registries, or damaged ones, are named as such (not "Missing table: …"), and
// every command that opens a registry exits with 3 on them.
void TestCliCheck::damagedRegistry_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("says");
    QTest::newRow("text file") << "text"
                               << "is not a SQLite database";
    QTest::newRow("empty file") << "empty"
                                << "is not a SQLite database";
    QTest::newRow("truncated copy") << "truncated"
                                    << "is damaged (truncated or corrupted)";
    QTest::newRow("pages of garbage") << "garbage"
                                      << "is damaged (truncated or corrupted)";
}

void TestCliCheck::damagedRegistry()
{
    QFETCH(QString, damage);
    QFETCH(QString, says);
    const QString demo = demoRegistry();
    QVERIFY(!demo.isEmpty());
    const QString path = m_home.filePath(damage + QStringLiteral(".sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(demo, path));
    QFile file(path);
    const qint64 size = file.size();
    const qint64 pages = size / 4096;
    if (damage == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("citizen_id,full_name\n046090000001,Nguyễn Văn A\n");
    } else if (damage == QLatin1String("empty")) {
        QVERIFY(file.resize(0));
    } else if (damage == QLatin1String("truncated")) {
        QVERIFY(file.resize(size / 2));
    } else {
        QVERIFY(overwritePages(path, pages * 3 / 10, pages * 7 / 10));
    }
    file.close();

    const QString db = QStringLiteral("sqlite:") + path;
    const QStringList commands[] = {
        {QStringLiteral("check")},
        {QStringLiteral("scan"), QStringLiteral("--out"), m_home.filePath(QStringLiteral("findings.jsonl"))},
        {QStringLiteral("overview")},
        {QStringLiteral("dashboard")},
        {QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2023-01-01"),
         QStringLiteral("--to"), QStringLiteral("2023-12-31"), QStringLiteral("--out"),
         m_home.filePath(QStringLiteral("report.pdf"))},
    };
    for (const QStringList &command : commands) {
        const Run run = cli(command + QStringList {QStringLiteral("--db"), db});
        QVERIFY2(run.exitCode == 3, qPrintable(command.first() + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(says), qPrintable(command.first() + QStringLiteral(": ") + run.err));
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QLatin1String("Missing table")), qPrintable(run.err));
    }
}

void TestCliCheck::onePageOfGarbageFailsTheCheck()
{
    const QString demo = demoRegistry();
    QVERIFY(!demo.isEmpty());
    const QString path = m_home.filePath(QStringLiteral("one-page.sqlite"));
    QFile::remove(path);
    QVERIFY(QFile::copy(demo, path));
    QVERIFY(overwritePages(path, QFileInfo(path).size() / 4096 / 2, QFileInfo(path).size() / 4096 / 2 + 1));
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("sqlite:") + path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(path), qPrintable(run.err));
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
