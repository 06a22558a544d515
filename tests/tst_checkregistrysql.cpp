#include "RequireTool.h"
#include "ScratchRegistry.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::registry;
using namespace sw::connection;
using sw::test::ScratchRegistry;

// The administrator's scripts of docs/registry.md, run by psql on a demo registry of the test
// server: scripts/registry-reader-role.sql makes a role that can read the registry and change
// nothing, and scripts/check-registry.sql says OK on the demo and names what is broken, as
// `signwatch-cli check` does.
class TestCheckRegistrySql : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void demoRegistryIsOkForTheReader();
    void readerCannotWrite();
    void superuserIsWarned();
    void brokenRegistryFails();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run run(const QString &program, const QStringList &arguments, const QString &password);
    // psql -X -f SCRIPT on the scratch registry, as the admin or the reader.
    Run psqlScript(const QString &script, const QStringList &extra, bool asReader);
    Run psqlCommand(const QString &sql, bool asReader);
    QString url(bool asReader) const;
    static QString script(const QString &name);
    static QStringList linesOf(const QString &text, const QString &status);

    QTemporaryDir m_home;
    QString m_psql;
    std::unique_ptr<ScratchRegistry> m_registry;
    QString m_reader;
    const QString m_readerPassword = QStringLiteral("reader-test-password");
};

QString TestCheckRegistrySql::script(const QString &name)
{
    return QDir::cleanPath(QStringLiteral(SIGNWATCH_TEST_DATA "/../../scripts/") + name);
}

QStringList TestCheckRegistrySql::linesOf(const QString &text, const QString &status)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        if (line.startsWith(status + QLatin1Char(' ')))
            lines << line;
    return lines;
}

TestCheckRegistrySql::Run TestCheckRegistrySql::run(const QString &program, const QStringList &arguments,
                                                    const QString &password)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSWORD"), password);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(180000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCheckRegistrySql::url(bool asReader) const
{
    ConnectionSpec spec = m_registry->spec();
    if (asReader)
        spec.user = m_reader;
    return spec.toUrl();
}

TestCheckRegistrySql::Run TestCheckRegistrySql::psqlScript(const QString &path, const QStringList &extra,
                                                           bool asReader)
{
    return run(m_psql,
               QStringList {QStringLiteral("-X"), QStringLiteral("-f"), path} + extra
                   + QStringList {url(asReader)},
               asReader ? m_readerPassword : m_registry->password());
}

TestCheckRegistrySql::Run TestCheckRegistrySql::psqlCommand(const QString &sql, bool asReader)
{
    return run(m_psql,
               {QStringLiteral("-X"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                QStringLiteral("-c"), sql, url(asReader)},
               asReader ? m_readerPassword : m_registry->password());
}

void TestCheckRegistrySql::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    if (qEnvironmentVariableIsEmpty("SIGNWATCH_TEST_PG"))
        QSKIP("SIGNWATCH_TEST_PG is not set: the scripts need a PostgreSQL server");
    if (!sw::test::requireTool({"psql"}, "postgresql-client"))
        return;
    m_psql = QStandardPaths::findExecutable(QStringLiteral("psql"));
    QVERIFY(m_home.isValid());
    // The console's messages are checked in English (its default language is Vietnamese).
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("config/SignWatch"))));
    sw::settings::Settings(m_home.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")))
        .setLanguage(QStringLiteral("en"));
    QVERIFY(QFileInfo::exists(script(QStringLiteral("check-registry.sql"))));
    QVERIFY(QFileInfo::exists(script(QStringLiteral("registry-reader-role.sql"))));

    auto scratch = ScratchRegistry::create(Engine::Postgres, false);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    m_registry = std::move(scratch.value());
    m_registry->closeWriter();
    const Run demo
        = run(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
              {QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("2000"),
               QStringLiteral("--seed"), QStringLiteral("11"), QStringLiteral("--out"), url(false)},
              m_registry->password());
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));

    // Roles belong to the whole server: a name of this run's own.
    m_reader = QStringLiteral("sw_reader_%1").arg(QCoreApplication::applicationPid());
    const Run role = psqlScript(script(QStringLiteral("registry-reader-role.sql")),
                                {QStringLiteral("-v"), QStringLiteral("role=") + m_reader}, false);
    QVERIFY2(role.exitCode == 0, qPrintable(role.out + role.err));
    const Run password
        = psqlCommand(QStringLiteral("ALTER ROLE %1 PASSWORD '%2'").arg(m_reader, m_readerPassword), false);
    QVERIFY2(password.exitCode == 0, qPrintable(password.err));
}

void TestCheckRegistrySql::cleanupTestCase()
{
    if (!m_registry)
        return;
    const ConnectionSpec admin = m_registry->spec();
    m_registry.reset(); // drops the database, and with it the role's privileges there
    if (m_reader.isEmpty())
        return;
    ConnectionSpec server = admin;
    server.database = QStringLiteral("postgres");
    run(m_psql,
        {QStringLiteral("-X"), QStringLiteral("-c"), QStringLiteral("DROP ROLE IF EXISTS ") + m_reader,
         server.toUrl()},
        qEnvironmentVariable("PGPASSWORD"));
}

void TestCheckRegistrySql::demoRegistryIsOkForTheReader()
{
    const Run check = psqlScript(script(QStringLiteral("check-registry.sql")), {}, true);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    const QStringList lines = check.out.trimmed().split(QLatin1Char('\n'));
    QVERIFY2(lines.last().startsWith(QLatin1String("RESULT: OK")), qPrintable(check.out));
    QVERIFY2(linesOf(check.out, QStringLiteral("FAIL")).isEmpty(), qPrintable(check.out));
    // Every table, every table's columns, every index the demo generator makes.
    const QStringList ok = linesOf(check.out, QStringLiteral("OK   "));
    for (const char *table : {"providers", "citizens", "certificates", "service_requests", "lookups"}) {
        QVERIFY2(!ok.filter(QStringLiteral("OK    table %1 (").arg(QLatin1String(table))).isEmpty(),
                 qPrintable(check.out));
        QVERIFY2(!ok.filter(QStringLiteral("OK    %1: all ").arg(QLatin1String(table))).isEmpty(),
                 qPrintable(check.out));
    }
    QCOMPARE(ok.filter(QStringLiteral("OK    index on ")).size(), 19);
    QVERIFY2(ok.contains(QStringLiteral("OK    index on lookups (citizen_id, provider_code, looked_up_at): "
                                        "lookups_citizen_idx")),
             qPrintable(check.out));
    // The reader is what the console should use: no warning about its powers.
    const QStringList warnings = linesOf(check.out, QStringLiteral("WARN"));
    QVERIFY2(warnings.filter(QStringLiteral("superuser")).isEmpty(), qPrintable(check.out));
    QVERIFY2(warnings.filter(QStringLiteral(" may change ")).isEmpty(), qPrintable(check.out));
    QVERIFY2(warnings.filter(QStringLiteral("no index")).isEmpty(), qPrintable(check.out));
    QVERIFY2(warnings.filter(QStringLiteral("analysed")).isEmpty(), qPrintable(check.out));

    // The console agrees, connected as the reader.
    const Run cli = run(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                        {QStringLiteral("check"), QStringLiteral("--db"), url(true)}, m_readerPassword);
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.out + cli.err));
    QVERIFY2(cli.out.contains(QLatin1String("meets the data contract")), qPrintable(cli.out));
}

void TestCheckRegistrySql::readerCannotWrite()
{
    // Refused by the role's default (read-only transactions) …
    Run write = psqlCommand(QStringLiteral("DELETE FROM lookups"), true);
    QVERIFY(write.exitCode != 0);
    QVERIFY2(write.err.contains(QLatin1String("read-only transaction")), qPrintable(write.err));
    // … and by its privileges, when it asks for a read-write transaction.
    write = psqlCommand(QStringLiteral("BEGIN READ WRITE; DELETE FROM lookups; COMMIT"), true);
    QVERIFY(write.exitCode != 0);
    QVERIFY2(write.err.contains(QLatin1String("permission denied for table lookups")), qPrintable(write.err));
    write = psqlCommand(QStringLiteral("BEGIN READ WRITE; CREATE TABLE public.x (i int); COMMIT"), true);
    QVERIFY(write.exitCode != 0);
    QVERIFY2(write.err.contains(QLatin1String("permission denied for schema public")), qPrintable(write.err));
}

void TestCheckRegistrySql::superuserIsWarned()
{
    const Run check = psqlScript(script(QStringLiteral("check-registry.sql")), {}, false);
    QVERIFY2(check.exitCode == 0, qPrintable(check.out + check.err));
    QVERIFY2(!linesOf(check.out, QStringLiteral("WARN")).filter(QStringLiteral("is a superuser")).isEmpty(),
             qPrintable(check.out));
    QVERIFY2(
        check.out.trimmed().split(QLatin1Char('\n')).last().startsWith(QLatin1String("RESULT: OK with ")),
        qPrintable(check.out));
}

// Runs last (Qt Test runs slots in order): it breaks the registry.
void TestCheckRegistrySql::brokenRegistryFails()
{
    const Run broke
        = psqlCommand(QStringLiteral("DROP INDEX lookups_citizen_idx; "
                                     "ALTER TABLE certificates ALTER COLUMN recorded_at TYPE text; "
                                     "ALTER TABLE service_requests DROP COLUMN mode"),
                      false);
    QVERIFY2(broke.exitCode == 0, qPrintable(broke.err));
    const Run check = psqlScript(script(QStringLiteral("check-registry.sql")), {}, true);
    QCOMPARE(check.exitCode, 3); // psql's status for an error under ON_ERROR_STOP
    QVERIFY2(check.err.contains(QLatin1String("the registry does not meet the contract")),
             qPrintable(check.err));
    const QStringList failures = linesOf(check.out, QStringLiteral("FAIL"));
    QVERIFY2(failures.contains(
                 QStringLiteral("FAIL  certificates.recorded_at is text, the contract says timestamptz")),
             qPrintable(check.out));
    QVERIFY2(failures.contains(QStringLiteral("FAIL  column service_requests.mode is missing")),
             qPrintable(check.out));
    QCOMPARE(failures.size(), 2);
    QVERIFY2(
        linesOf(check.out, QStringLiteral("WARN"))
            .contains(QStringLiteral("WARN  no index on lookups (citizen_id, provider_code, looked_up_at): "
                                     "needed for MISSING_LOOKUP, lookup_found")),
        qPrintable(check.out));
    QVERIFY2(
        check.out.trimmed().split(QLatin1Char('\n')).last().startsWith(QLatin1String("RESULT: FAIL, 2 ")),
        qPrintable(check.out));

    // The console refuses the same registry for the same reasons.
    const Run cli = run(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                        {QStringLiteral("check"), QStringLiteral("--db"), url(true)}, m_readerPassword);
    QCOMPARE(cli.exitCode, 3);
    QVERIFY2(cli.out.contains(QLatin1String("Wrong type: certificates.recorded_at is text")),
             qPrintable(cli.out));
    QVERIFY2(cli.out.contains(QLatin1String("Missing column: service_requests.mode")), qPrintable(cli.out));
}

QTEST_GUILESS_MAIN(TestCheckRegistrySql)
#include "tst_checkregistrysql.moc"
