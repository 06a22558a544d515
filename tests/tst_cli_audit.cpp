// `signwatch-cli audit export` as a data-protection officer runs it: the audit log to CSV with
// citizen ids masked, a window of local days, personal-data accesses alone, a file readable by its
// owner only. Usage errors exit 2, a casebook that is not there 3 (and nothing is created).
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "privacy/PrivateFiles.h"
#include "reports/CsvExport.h"
#include "settings/Settings.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {
const QString citizenId = QStringLiteral("046201012345");
}

class TestCliAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void exportsEveryEntry();
    void personalDataOfOneDay();
    void badUsage_data();
    void badUsage();
    void missingCasebookCreatesNothing();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QList<QStringList> exported(const QStringList &options, const QString &name);

    QTemporaryDir m_dir;
    QString m_casebook;
};

TestCliAudit::Run TestCliAudit::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestCliAudit::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    // A casebook with three entries: an unmasking late on 4 January local time (UTC+7), a
    // complaint and a second unmasking on 5 January.
    m_casebook = m_dir.filePath(QStringLiteral("casebook.sqlite"));
    QDateTime now;
    auto opened = casebook::Casebook::open(m_casebook, Clock([&now] { return now; }));
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
    casebook::AuditLog log(**opened);
    log.setActor(QStringLiteral("lan.nt"));
    const struct
    {
        const char *at;
        casebook::AuditLog::NewEntry entry;
    } entries[] = {
        {"2024-01-04T16:30:00Z",
         {QStringLiteral("citizen.unmask"), QStringLiteral("citizen"), citizenId,
          QStringLiteral("Complaint no. 1")}},
        {"2024-01-05T01:00:00Z",
         {QStringLiteral("complaint.add"), QStringLiteral("complaint"), QStringLiteral("1"),
          QStringLiteral("Phoned in, \"urgent\"")}},
        {"2024-01-05T09:00:00Z",
         {QStringLiteral("citizen.unmask"), QStringLiteral("citizen"), citizenId,
          QStringLiteral("Case no. 1")}},
    };
    for (const auto &e : entries) {
        now = QDateTime::fromString(QString::fromLatin1(e.at), Qt::ISODate);
        auto appended = log.append(e.entry);
        QVERIFY2(appended.ok(), qPrintable(appended.ok() ? QString() : appended.error().fullText()));
    }
}

QList<QStringList> TestCliAudit::exported(const QStringList &options, const QString &name)
{
    const QString out = m_dir.filePath(name);
    const Run run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("export"),
                                     QStringLiteral("--casebook"), m_casebook, QStringLiteral("--out"), out}
                        + options);
    if (run.exitCode != 0) {
        qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
        return {};
    }
    QFile file(out);
    if (!file.open(QIODevice::ReadOnly) || privacy::isOpenToOthers(out))
        return {};
    const QByteArray bytes = file.readAll();
    if (bytes.contains(citizenId.toLatin1())) // §1.7: never a full id in the file
        return {};
    return reports::CsvExport::parse(bytes);
}

void TestCliAudit::exportsEveryEntry()
{
    const QList<QStringList> rows = exported({}, QStringLiteral("all.csv"));
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(0).join(u','),
             QStringLiteral("id,time_utc,person,action,subject_kind,subject_id,reason"));
    QCOMPARE(
        rows.at(1),
        (QStringList {QStringLiteral("1"), QStringLiteral("2024-01-04T16:30:00Z"), QStringLiteral("lan.nt"),
                      QStringLiteral("citizen.unmask"), QStringLiteral("citizen"),
                      QStringLiteral("046******345"), QStringLiteral("Complaint no. 1")}));
    QCOMPARE(rows.at(2).at(6), QStringLiteral("Phoned in, \"urgent\""));
}

void TestCliAudit::personalDataOfOneDay()
{
    // 16:30 UTC on 4 January is 23:30 local time: not on the 5th. The complaint is no personal-data access.
    const QList<QStringList> rows
        = exported({QStringLiteral("--personal-data"), QStringLiteral("--from"), QStringLiteral("2024-01-05"),
                    QStringLiteral("--to"), QStringLiteral("2024-01-05")},
                   QStringLiteral("personal.csv"));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(1).at(0), QStringLiteral("3"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("citizen.unmask"));
    // The day before, in local time, holds the first one.
    const QList<QStringList> before
        = exported({QStringLiteral("--personal-data"), QStringLiteral("--to"), QStringLiteral("2024-01-04")},
                   QStringLiteral("before.csv"));
    QCOMPARE(before.size(), 2);
    QCOMPARE(before.at(1).at(0), QStringLiteral("1"));

    const Run help = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY2(help.out.contains(QLatin1String("UTC+7")), qPrintable(help.out));
}

void TestCliAudit::badUsage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("no out") << QStringList {};
    QTest::newRow("not a day") << QStringList {QStringLiteral("--out"), QStringLiteral("x.csv"),
                                               QStringLiteral("--from"), QStringLiteral("2024-13-01")};
    QTest::newRow("not iso") << QStringList {QStringLiteral("--out"), QStringLiteral("x.csv"),
                                             QStringLiteral("--to"), QStringLiteral("05/01/2024")};
    QTest::newRow("first after last")
        << QStringList {QStringLiteral("--out"),      QStringLiteral("x.csv"), QStringLiteral("--from"),
                        QStringLiteral("2024-01-06"), QStringLiteral("--to"),  QStringLiteral("2024-01-05")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("--out"), QStringLiteral("x.csv"),
                                                    QStringLiteral("--full-ids")};
}

void TestCliAudit::badUsage()
{
    QFETCH(QStringList, options);
    const QDir here(m_dir.path());
    for (QString &option : options)
        if (option == QLatin1String("x.csv"))
            option = here.filePath(option);
    const Run run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("export"),
                                     QStringLiteral("--casebook"), m_casebook}
                        + options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(here.filePath(QStringLiteral("x.csv"))));
}

void TestCliAudit::missingCasebookCreatesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("nowhere.sqlite"));
    const QString out = m_dir.filePath(QStringLiteral("nowhere.csv"));
    const Run run = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--casebook"),
                         path, QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
