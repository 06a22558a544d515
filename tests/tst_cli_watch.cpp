// signwatch-cli watch as a user runs it: a certificate recorded while it watches comes out at once
// as a JSON line of the scan's form with "event"; a restart with --state reports what happened
// while it was stopped; the events file and the state are readable by their owner only.
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

class TestCliWatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void newRecordIsReportedWhileWatching();
    void restartReportsWhatHappenedMeanwhile();
    void badUsage();

private:
    QProcessEnvironment environment() const;
    // Records a certificate of an existing holder now: a duplicate issuance.
    bool recordDuplicate(qint64 id);
    QTemporaryDir m_dir;
    QString m_registry;
    QString m_holder;
};

QProcessEnvironment TestCliWatch::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    return env;
}

void TestCliWatch::initTestCase()
{
    m_registry = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.setProcessEnvironment(environment());
    demo.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
               {QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("1500"),
                QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--out"),
                QStringLiteral("sqlite:") + m_registry});
    QVERIFY(demo.waitForFinished(120000));
    QCOMPARE(demo.exitCode(), 0);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("writer"));
    db.setDatabaseName(m_registry);
    QVERIFY(db.open());
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT citizen_id FROM certificates WHERE status = 'active' AND "
                                      "channel = 'app' ORDER BY id LIMIT 1")));
    QVERIFY(query.next());
    m_holder = query.value(0).toString();
}

bool TestCliWatch::recordDuplicate(qint64 id)
{
    const QString now = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    QSqlQuery insert(QSqlDatabase::database(QStringLiteral("writer")));
    insert.prepare(
        QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, "
                       "activated_at, recorded_at, free_until) VALUES (?, ?, 'CA2', 'app', 'active', ?, ?, "
                       "'2027-12-31')"));
    insert.addBindValue(id);
    insert.addBindValue(m_holder);
    insert.addBindValue(now);
    insert.addBindValue(now);
    if (!insert.exec())
        qWarning("%s", qPrintable(insert.lastError().text()));
    return !insert.lastError().isValid();
}

void TestCliWatch::newRecordIsReportedWhileWatching()
{
    const QString events = m_dir.filePath(QStringLiteral("events.jsonl"));
    const QString state = m_dir.filePath(QStringLiteral("state.json"));
    QProcess watch;
    watch.setProcessEnvironment(environment());
    watch.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                {QStringLiteral("watch"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_registry,
                 QStringLiteral("--interval"), QStringLiteral("1"), QStringLiteral("--polls"),
                 QStringLiteral("30"), QStringLiteral("--out"), events, QStringLiteral("--state"), state});
    // The state is written once the first scan is done: the watch is then looking.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(state), 60000);
    QVERIFY(recordDuplicate(900001));
    auto reported = [&] {
        QFile file(events);
        return file.open(QIODevice::ReadOnly) && file.readAll().contains("\"subject_id\":900001");
    };
    QTRY_VERIFY_WITH_TIMEOUT(reported(), 20000); // within a few intervals, not at the end of the run
    QVERIFY(watch.state() == QProcess::Running);
    watch.terminate(); // SIGTERM: a clean stop
    QVERIFY(watch.waitForFinished(20000));
    QCOMPARE(watch.exitCode(), 0);

    QFile file(events);
    QVERIFY(file.open(QIODevice::ReadOnly));
    bool found = false;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject json = QJsonDocument::fromJson(line).object();
        QVERIFY2(!json.isEmpty(), line.constData());
        QVERIFY(json.contains(QStringLiteral("event")));
        if (json.value(QStringLiteral("subject_id")).toInteger() == 900001
            && json.value(QStringLiteral("rule")).toString() == QLatin1String("DUPLICATE_ISSUANCE")) {
            found = true;
            QCOMPARE(json.value(QStringLiteral("event")).toString(), QStringLiteral("new"));
            QCOMPARE(json.value(QStringLiteral("provider")).toString(), QStringLiteral("CA2"));
        }
    }
    QVERIFY(found);
    // Full citizen ids: the owner's only.
    QCOMPARE(QFile::permissions(events) & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFile::permissions(state) & 0x0077, QFileDevice::Permissions());
}

void TestCliWatch::restartReportsWhatHappenedMeanwhile()
{
    const QString state = m_dir.filePath(QStringLiteral("restart.json"));
    auto run = [&](QByteArray *out) {
        QProcess watch;
        watch.setProcessEnvironment(environment());
        watch.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                    {QStringLiteral("watch"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_registry,
                     QStringLiteral("--polls"), QStringLiteral("0"), QStringLiteral("--state"), state});
        const bool done = watch.waitForFinished(60000) && watch.exitCode() == 0;
        *out = watch.readAllStandardOutput();
        if (!done)
            qWarning("%s", watch.readAllStandardError().constData());
        return done;
    };
    QByteArray out;
    QVERIFY(run(&out));
    QVERIFY(!out.contains("\"subject_id\":900002"));
    QVERIFY(recordDuplicate(900002));
    QTest::qWait(1100); // the record is later than the stored watermark
    QVERIFY(run(&out));
    QVERIFY2(out.contains("\"subject_id\":900002"), out.constData());
    QVERIFY(out.contains("\"event\":\"new\""));
}

void TestCliWatch::badUsage()
{
    for (const QStringList &arguments :
         {QStringList {QStringLiteral("--interval"), QStringLiteral("0")},
          QStringList {QStringLiteral("--margin"), QStringLiteral("-5")},
          QStringList {QStringLiteral("--threshold"), QStringLiteral("nonsense=1")}}) {
        QProcess watch;
        watch.setProcessEnvironment(environment());
        watch.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                    QStringList {QStringLiteral("watch"), QStringLiteral("--db"),
                                 QStringLiteral("sqlite:") + m_registry}
                        + arguments);
        QVERIFY(watch.waitForFinished(30000));
        QCOMPARE(watch.exitCode(), 2);
        QVERIFY(!watch.readAllStandardError().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCliWatch)
#include "tst_cli_watch.moc"
