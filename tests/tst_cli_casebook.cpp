// signwatch-cli casebook init | grant | migrate, and casework commands on the Department's shared
// casebook, on the test PostgreSQL server (SIGNWATCH_TEST_PG): init is safe to run again, grant
// gives a login its role, the server refuses what a role may not do (the message names the role),
// and a desk's casebook moves in with its audit history, its chain verifiable, while a second move
// of the same numbers is refused and changes nothing.
#include "ScratchRegistry.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using sw::connection::Engine;

class TestCliCasebook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initIsSafeToRunAgain();
    void grantGivesRolesTheServerEnforces();
    void migrateMovesADeskWithItsHistory();
    void badUsage_data();
    void badUsage();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QString &password = {});
    QString url(const QString &user) const;
    bool sql(const QString &statement);
    qint64 count(const QString &table);

    QTemporaryDir m_dir;
    std::unique_ptr<sw::test::ScratchRegistry> m_db; // an empty database for the casebook
    QString m_findings = QStringLiteral(SIGNWATCH_TEST_DATA "/edge-cases.expected.jsonl");
    QString m_login; // a login of this test's own (roles are cluster-wide)
};

TestCliCasebook::Run TestCliCasebook::cli(const QStringList &arguments, const QString &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliCasebook::url(const QString &user) const
{
    auto spec = m_db->spec();
    spec.user = user;
    return spec.toUrl();
}

bool TestCliCasebook::sql(const QString &statement)
{
    QSqlQuery query(m_db->writer().database());
    if (!query.exec(statement)) {
        qWarning("%s", qPrintable(statement));
        return false;
    }
    return true;
}

qint64 TestCliCasebook::count(const QString &table)
{
    QSqlQuery query(m_db->writer().database());
    if (!query.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

void TestCliCasebook::initTestCase()
{
    if (!sw::test::checkPostgresRequirement())
        return;
    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("SIGNWATCH_TEST_PG is not set: no PostgreSQL server to hold a shared casebook");
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        sw::settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    auto db = sw::test::ScratchRegistry::create(Engine::Postgres, false);
    QVERIFY2(db, db ? "" : qPrintable(db.error().fullText()));
    m_db = std::move(*db);
    m_login = m_db->spec().database + QStringLiteral("_login");
    QVERIFY(sql(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'pw-%1'").arg(m_login)));
}

void TestCliCasebook::initIsSafeToRunAgain()
{
    const QString owner = url(m_db->spec().user);
    for (int round = 0; round < 2; ++round) {
        const Run run
            = cli({QStringLiteral("casebook"), QStringLiteral("init"), QStringLiteral("--casebook"), owner},
                  m_db->password());
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("_inspector")), qPrintable(run.out));
    }
    QSqlQuery roles(m_db->writer().database());
    QVERIFY(roles.exec(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE '%1\\_%%'")
                           .arg(m_db->spec().database)));
    QVERIFY(roles.next());
    QCOMPARE(roles.value(0).toInt(), 4); // three group roles and this test's login
}

void TestCliCasebook::grantGivesRolesTheServerEnforces()
{
    const QString mine = url(m_login);
    const QString password = QStringLiteral("pw-") + m_login;
    // No role yet: the casebook cannot even be read.
    const QStringList open {QStringLiteral("case"),       QStringLiteral("open"),
                            QStringLiteral("--provider"), QStringLiteral("VNPT-CA"),
                            QStringLiteral("--findings"), m_findings,
                            QStringLiteral("--casebook"), mine};
    Run run = cli(open, password);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("holds no role")), qPrintable(run.err));
    QCOMPARE(count(QStringLiteral("cases")), 0);

    // A signatory reads the casebook but does not open cases: the server says which role does.
    run = cli({QStringLiteral("casebook"), QStringLiteral("grant"), m_login, QStringLiteral("--role"),
               QStringLiteral("signatory"), QStringLiteral("--casebook"), url(m_db->spec().user)},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(open, password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("needs the role \"inspector\"")), qPrintable(run.err));
    QCOMPARE(count(QStringLiteral("cases")), 0);

    run = cli({QStringLiteral("casebook"), QStringLiteral("grant"), m_login, QStringLiteral("--role"),
               QStringLiteral("inspector"), QStringLiteral("--casebook"), url(m_db->spec().user)},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(open, password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString caseId = run.out.trimmed();
    // An inspector does not establish a violation: a supervisor does.
    run = cli(
        {QStringLiteral("case"), QStringLiteral("establish"), caseId, QStringLiteral("--casebook"), mine},
        password);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("needs the role \"supervisor\"")), qPrintable(run.err));
    // The audit log names the login, as the server knows it.
    QSqlQuery who(m_db->writer().database());
    QVERIFY(who.exec(QStringLiteral("SELECT actor, action FROM audit_log ORDER BY id")));
    QVERIFY(who.next());
    QCOMPARE(who.value(0).toString(), m_login);
    QCOMPARE(who.value(1).toString(), QStringLiteral("case.open"));
    QVERIFY(!who.next()); // the refused move left no entry

    run = cli({QStringLiteral("casebook"), QStringLiteral("grant"), m_login, QStringLiteral("--role"),
               QStringLiteral("supervisor"), QStringLiteral("--casebook"), url(m_db->spec().user)},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(
        {QStringLiteral("case"), QStringLiteral("establish"), caseId, QStringLiteral("--casebook"), mine},
        password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--casebook"), mine},
              password);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TestCliCasebook::migrateMovesADeskWithItsHistory()
{
    // A desk's casebook: its case 1 and 2 collide with the shared casebook's case 1 (opened above),
    // so the first move is refused; a desk whose numbers are free moves in.
    const QString desk = m_dir.filePath(QStringLiteral("desk.sqlite"));
    const QString owner = url(m_db->spec().user);
    for (int i = 0; i < 2; ++i) {
        const Run run = cli({QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--provider"),
                             QStringLiteral("VNPT-CA"), QStringLiteral("--findings"), m_findings,
                             QStringLiteral("--casebook"), desk});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const qint64 entriesBefore = count(QStringLiteral("audit_log"));
    Run run = cli({QStringLiteral("casebook"), QStringLiteral("migrate"), QStringLiteral("--from"), desk,
                   QStringLiteral("--to"), owner},
                  m_db->password());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("case 1")), qPrintable(run.err));
    QCOMPARE(count(QStringLiteral("audit_log")), entriesBefore);
    QCOMPARE(count(QStringLiteral("cases")), 1);

    // The shared casebook's case 1 is not the desk's: a fresh database takes the desk whole.
    auto fresh = sw::test::ScratchRegistry::create(Engine::Postgres, false);
    QVERIFY2(fresh, fresh ? "" : qPrintable(fresh.error().fullText()));
    auto spec = (*fresh)->spec();
    const QString freshUrl = spec.toUrl();
    run = cli({QStringLiteral("casebook"), QStringLiteral("init"), QStringLiteral("--casebook"), freshUrl},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("case"), QStringLiteral("dismiss"), QStringLiteral("2"),
               QStringLiteral("--reason"), QStringLiteral("no violation"), QStringLiteral("--casebook"),
               desk});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({QStringLiteral("casebook"), QStringLiteral("migrate"), QStringLiteral("--from"), desk,
               QStringLiteral("--to"), freshUrl},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("3 audit entries")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("verifies: 4 entries")), qPrintable(run.out));
    QSqlQuery moved((*fresh)->writer().database());
    QVERIFY(moved.exec(QStringLiteral("SELECT action, actor FROM audit_log ORDER BY id")));
    QStringList actions;
    QString lastActor;
    while (moved.next()) {
        actions << moved.value(0).toString();
        lastActor = moved.value(1).toString();
    }
    QCOMPARE(actions,
             (QStringList {QStringLiteral("case.open"), QStringLiteral("case.open"),
                           QStringLiteral("case.dismissed"), QStringLiteral("casebook.migrate")}));
    QCOMPARE(lastActor, spec.user); // the move itself, by the owner as the server knows them
    run = cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--casebook"), freshUrl},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed().split(QLatin1Char('\n')).size(), 2);
    // The same desk again: every number is taken now; nothing moves.
    run = cli({QStringLiteral("casebook"), QStringLiteral("migrate"), QStringLiteral("--from"), desk,
               QStringLiteral("--to"), freshUrl},
              m_db->password());
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("Nothing was moved")), qPrintable(run.err));
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--casebook"), freshUrl},
              m_db->password());
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

void TestCliCasebook::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says");
    QTest::newRow("init on a file") << QStringList {QStringLiteral("casebook"), QStringLiteral("init"),
                                                    QStringLiteral("--casebook"),
                                                    QStringLiteral("/tmp/x.sqlite")}
                                    << QStringLiteral("PostgreSQL");
    QTest::newRow("grant without role")
        << QStringList {QStringLiteral("casebook"), QStringLiteral("grant"), QStringLiteral("someone"),
                        QStringLiteral("--casebook"), QStringLiteral("postgresql://a@localhost/b")}
        << QStringLiteral("--role");
    QTest::newRow("migrate to a file")
        << QStringList {QStringLiteral("casebook"), QStringLiteral("migrate"),
                        QStringLiteral("--from"),   QStringLiteral("/tmp/a.sqlite"),
                        QStringLiteral("--to"),     QStringLiteral("/tmp/b.sqlite")}
        << QStringLiteral("postgresql://");
    QTest::newRow("unknown") << QStringList {QStringLiteral("casebook"), QStringLiteral("drop")}
                             << QStringLiteral("drop");
}

void TestCliCasebook::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliCasebook)
#include "tst_cli_casebook.moc"
