// What the command line writes arrives whole or the command fails, and what it leaves on disk is
// complete and private: scan and check to a full device exit non-zero; findings written with
// --out are readable by their owner only; a demo registry killed while being written leaves no
// file or a complete registry, and the next run makes it.
#include "ScratchRegistry.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using sw::connection::Engine;
using sw::test::ScratchRegistry;

namespace {

struct Run
{
    int exitCode;
    QByteArray out;
    QString err;
};

int fileMode(const QString &path)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void fullDiskFailsTheCommand_data();
    void fullDiskFailsTheCommand();
    void findingsFileIsPrivate();
    void killedDemoLeavesNoBrokenFile_data();
    void killedDemoLeavesNoBrokenFile();

private:
    QProcessEnvironment environment() const;
    Run cli(const QStringList &arguments, const QString &stdoutFile = {});
    QTemporaryDir m_dir;
    QString m_registry;
};

QProcessEnvironment TestCliOutput::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

Run TestCliOutput::cli(const QStringList &arguments, const QString &stdoutFile)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    if (!stdoutFile.isEmpty())
        process.setStandardOutputFile(stdoutFile);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

void TestCliOutput::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(QStringLiteral("/dev/full")), "this test needs /dev/full");
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        sw::settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    m_registry = m_dir.filePath(QStringLiteral("registry.sqlite"));
    const Run run = cli({QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("3000"),
                         QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"),
                         QStringLiteral("sqlite:") + m_registry});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliOutput::fullDiskFailsTheCommand_data()
{
    QTest::addColumn<QStringList>("arguments");
    // scan writes its findings in one piece; check prints through the console's text stream.
    QTest::newRow("scan") << QStringList {QStringLiteral("scan"), QStringLiteral("--as-of"),
                                          QStringLiteral("2024-08-01T00:00:00Z")};
    QTest::newRow("scan csv") << QStringList {QStringLiteral("scan"), QStringLiteral("--format"),
                                              QStringLiteral("csv")};
    QTest::newRow("check") << QStringList {QStringLiteral("check")};
}

void TestCliOutput::fullDiskFailsTheCommand()
{
    QFETCH(QStringList, arguments);
    arguments << QStringLiteral("--db") << QStringLiteral("sqlite:") + m_registry;
    // The same command to a file works: the failure below is the full device's.
    const QString file = m_dir.filePath(QStringLiteral("stdout.txt"));
    const Run toFile = cli(arguments, file);
    QVERIFY2(toFile.exitCode == 0, qPrintable(toFile.err));
    QVERIFY(QFileInfo(file).size() > 0);

    const Run full = cli(arguments, QStringLiteral("/dev/full"));
    QVERIFY2(full.exitCode != 0, "a write to a full device must fail the command");
    QVERIFY2(full.err.contains(QLatin1String("could not be written")), qPrintable(full.err));
}

void TestCliOutput::findingsFileIsPrivate()
{
    const QString out = m_dir.filePath(QStringLiteral("findings.jsonl"));
    const Run run = cli({QStringLiteral("scan"), QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + m_registry, QStringLiteral("--as-of"),
                         QStringLiteral("2024-08-01T00:00:00Z"), QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"citizen_id\":\"")); // full ids: the reason for 0600
    QCOMPARE(fileMode(out), 0600);

    // An earlier export that others could read is restricted when it is written again.
    QVERIFY(QFile::setPermissions(out, QFile::permissions(out) | QFile::ReadGroup | QFile::ReadOther));
    QCOMPARE(fileMode(out), 0644);
    QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_registry,
                  QStringLiteral("--out"), out})
                 .exitCode,
             0);
    QCOMPARE(fileMode(out), 0600);

    // A failed write leaves nothing behind, not even an empty file.
    const QString unwritable = m_dir.filePath(QStringLiteral("no-such-folder/findings.jsonl"));
    QCOMPARE(cli({QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_registry,
                  QStringLiteral("--out"), unwritable})
                 .exitCode,
             1);
    QVERIFY(!QFileInfo::exists(unwritable));
}

void TestCliOutput::killedDemoLeavesNoBrokenFile_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<int>("killAt"); // the progress (percent on stderr) at which the run is killed
    for (Engine engine : sw::test::enginesUnderTest()) {
        const char *name = engine == Engine::Sqlite ? "sqlite" : "postgresql";
        // PostgreSQL loads in one transaction, whatever the stage: two stages show it.
        if (engine == Engine::Sqlite)
            QTest::addRow("%s: creating tables", name) << engine << 0;
        QTest::addRow("%s: citizens", name) << engine << 30;
        QTest::addRow("%s: indexes", name) << engine << 85;
        if (engine == Engine::Sqlite)
            QTest::addRow("%s: statistics", name) << engine << 95;
    }
}

void TestCliOutput::killedDemoLeavesNoBrokenFile()
{
    QFETCH(Engine, engine);
    QFETCH(int, killAt);
    // SQLite: a file that does not exist yet; PostgreSQL: an empty database.
    std::unique_ptr<ScratchRegistry> database;
    QString url = QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("killed-%1.sqlite").arg(killAt));
    if (engine == Engine::Postgres) {
        auto scratch = ScratchRegistry::create(Engine::Postgres, false);
        QVERIFY(scratch.ok());
        database = std::move(scratch.value());
        database->closeWriter();
        url = database->spec().toUrl();
    }
    const QString target = url.mid(7);
    const QStringList demo = {QStringLiteral("demo"),
                              QStringLiteral("--citizens"),
                              QStringLiteral("60000"),
                              QStringLiteral("--seed"),
                              QStringLiteral("9"),
                              QStringLiteral("--out"),
                              url};
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), demo);
    QVERIFY(process.waitForStarted());
    static const QRegularExpression percent(QStringLiteral("(\\d+)% "));
    int reached = -1;
    while (reached < killAt && process.state() == QProcess::Running) {
        process.waitForReadyRead(50);
        const QString lines = QString::fromUtf8(process.readAllStandardError());
        for (const QRegularExpressionMatch &m : percent.globalMatch(lines))
            reached = qMax(reached, m.captured(1).toInt());
    }
    if (process.state() == QProcess::Running) {
        process.kill(); // SIGKILL: no handler, no clean-up
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitStatus(), QProcess::CrashExit);
    } else {
        qWarning("the demo finished before it could be killed at %d %%", killAt);
    }

    // Either nothing (no file; no contract table in the database) or a registry meeting the contract.
    const QStringList check = {QStringLiteral("check"), QStringLiteral("--db"), url};
    bool complete = false;
    if (engine == Engine::Postgres || QFileInfo::exists(target)) {
        const Run checked = cli(check);
        complete = checked.exitCode == 0;
        if (!complete) {
            QVERIFY2(engine == Engine::Postgres, "a registry file is there, but it is not complete");
            const QString said = QString::fromUtf8(checked.out) + checked.err;
            for (const char *table : {"providers", "citizens", "certificates", "service_requests", "lookups"})
                QVERIFY2(said.contains(QLatin1String("Missing table: ") + QLatin1String(table)),
                         qPrintable(said));
        }
    }
    // The next run recovers: it makes the registry (a complete one is left as it is).
    if (!complete) {
        const Run again = cli(demo);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    }
    const Run checked = cli(check);
    QVERIFY2(checked.exitCode == 0, qPrintable(checked.err));
    if (engine == Engine::Sqlite)
        QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
