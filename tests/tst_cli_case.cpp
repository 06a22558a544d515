// signwatch-cli's casework as an inspector runs it on a demo campaign: scan, open a case against
// one provider, establish it, draft and sign the minutes (Số: 01/BB-STTTT, citizen ids masked in
// the PDF and on the terminal), announce, and check the audit log, which catches a row edited in
// the file. Usage errors exit 2, refusals 1, a casebook that cannot be opened 3.
#include "privacy/Masking.h"

#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestCliCase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void workflowEndToEnd();
    void badUsage_data();
    void badUsage();
    void casebookCannotBeOpened();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments);
    QString pdfText(const QString &pdf);

    QTemporaryDir m_dir;
    QString m_findings;
    QString m_casebook;
    QString m_provider;
    QStringList m_providerCitizens; // full ids of the provider's findings
};

namespace {
const QRegularExpression fullId(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
}

TestCliCase::Run TestCliCase::cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(300000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliCase::pdfText(const QString &pdf)
{
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestCliCase::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        sw::settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    Run run = cli({QStringLiteral("demo"), QStringLiteral("--citizens"), QStringLiteral("3000"),
                   QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"),
                   QStringLiteral("sqlite:") + demo});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    m_findings = m_dir.filePath(QStringLiteral("findings.jsonl"));
    run = cli({QStringLiteral("scan"), QStringLiteral("--db"), QStringLiteral("sqlite:") + demo,
               QStringLiteral("--as-of"), QStringLiteral("2024-08-01T00:00:00Z"), QStringLiteral("--rules"),
               QStringLiteral("DUPLICATE_ISSUANCE,MISSING_LOOKUP,LATE_UPDATE"), QStringLiteral("--out"),
               m_findings});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The provider with the fewest duplicate issuances (at least one): a short minutes.
    QFile file(m_findings);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QMap<QString, QStringList> citizensByProvider;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.value(QLatin1String("rule")).toString() == QLatin1String("DUPLICATE_ISSUANCE"))
            citizensByProvider[o.value(QLatin1String("provider")).toString()]
                << o.value(QLatin1String("citizen_id")).toString();
    }
    QVERIFY(!citizensByProvider.isEmpty());
    for (auto it = citizensByProvider.cbegin(); it != citizensByProvider.cend(); ++it)
        if (m_provider.isEmpty() || it.value().size() < m_providerCitizens.size()) {
            m_provider = it.key();
            m_providerCitizens = it.value();
        }
    m_casebook = m_dir.filePath(QStringLiteral("casebook.sqlite"));
}

void TestCliCase::workflowEndToEnd()
{
    const QStringList cb = {QStringLiteral("--casebook"), m_casebook};
    Run run = cli(QStringList {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--provider"),
                               m_provider, QStringLiteral("--findings"), m_findings,
                               QStringLiteral("--rules"), QStringLiteral("DUPLICATE_ISSUANCE"),
                               QStringLiteral("--title"), QStringLiteral("Cấp trùng")}
                  + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("1"));

    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("list")} + cb);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.startsWith(QStringLiteral("1\t") + m_provider + QStringLiteral("\topen\t")
                                + QString::number(m_providerCitizens.size())),
             qPrintable(run.out));

    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")} + cb);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(!run.out.contains(fullId), qPrintable(run.out)); // §1.7: never a full id
    QVERIFY(run.out.contains(sw::privacy::maskCitizenId(m_providerCitizens.first())));

    // Minutes need an established case.
    const QString minutesPdf = m_dir.filePath(QStringLiteral("minutes.pdf"));
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), minutesPdf}
              + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(QStringLiteral("established")));
    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("establish"), QStringLiteral("1"),
                           QStringLiteral("--reason"), QStringLiteral("checked on Hue-S")}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The draft, exported for editing; signing refuses while it is incomplete.
    const QString draftFile = m_dir.filePath(QStringLiteral("draft.json"));
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), minutesPdf, QStringLiteral("--draft-out"), draftFile}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("draft"));
    QFile draftIn(draftFile);
    QVERIFY(draftIn.open(QIODevice::ReadOnly));
    const QByteArray draftBytes = draftIn.readAll();
    QVERIFY2(!QString::fromUtf8(draftBytes).contains(fullId), "the exported draft masks ids");
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), minutesPdf, QStringLiteral("--sign")}
              + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("place")), qPrintable(run.err));

    QJsonObject draft = QJsonDocument::fromJson(draftBytes).object();
    draft.insert(QLatin1String("date"), QStringLiteral("2024-08-05"));
    draft.insert(QLatin1String("started_at"), QStringLiteral("2024-08-05T02:00:00Z"));
    draft.insert(QLatin1String("closed_at"), QStringLiteral("2024-08-05T03:30:00Z"));
    draft.insert(QLatin1String("meeting_place"),
                 QStringLiteral("Sở Thông tin và Truyền thông, 06 Trần Quốc Toản, Huế"));
    draft.insert(QLatin1String("exclusion_date"), QStringLiteral("2024-08-10"));
    draft.insert(QLatin1String("department_participants"),
                 QJsonArray {QJsonObject {{QLatin1String("name"), QStringLiteral("Trần Văn Bình")},
                                          {QLatin1String("title"), QStringLiteral("Phó Giám đốc Sở")}}});
    QJsonObject signatory = draft.value(QLatin1String("department_signatory")).toObject();
    signatory.insert(QLatin1String("name"), QStringLiteral("Trần Văn Bình"));
    draft.insert(QLatin1String("department_signatory"), signatory);
    QFile draftOut(draftFile);
    QVERIFY(draftOut.open(QIODevice::WriteOnly));
    draftOut.write(QJsonDocument(draft).toJson());
    draftOut.close();
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--draft-in"), draftFile, QStringLiteral("--out"), minutesPdf,
                           QStringLiteral("--sign")}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("01/BB-STTTT"));

    const QString text = pdfText(minutesPdf);
    QVERIFY2(text.contains(QStringLiteral("Số: 01/BB-STTTT")), qPrintable(text.left(600)));
    QVERIFY2(!text.contains(fullId), "the minutes print only masked ids");
    QVERIFY(text.contains(sw::privacy::maskCitizenId(m_providerCitizens.first())));
    // The SHA-256 recorded is the file's.
    QFile pdf(minutesPdf);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(pdf.readAll(), QCryptographicHash::Sha256).toHex());
    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("1")} + cb);
    QVERIFY2(run.out.contains(QStringLiteral("SHA-256 ") + sha), qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("minutes signed")));

    // Frozen: the draft cannot be replaced, and signing again is refused.
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--draft-in"), draftFile, QStringLiteral("--out"), minutesPdf}
              + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("correction")), qPrintable(run.err));
    // Signed minutes keep their bytes.
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), m_dir.filePath(QStringLiteral("again.pdf"))}
              + cb);
    QCOMPARE(run.exitCode, 0);
    QFile again(m_dir.filePath(QStringLiteral("again.pdf")));
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(again.readAll(), QCryptographicHash::Sha256).toHex()),
        sha);
    // A case with signed minutes cannot be dismissed.
    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("dismiss"), QStringLiteral("1"),
                           QStringLiteral("--reason"), QStringLiteral("x")}
              + cb);
    QCOMPARE(run.exitCode, 1);

    // The announcement: its own numbering, citing the minutes, without citizen data.
    const QString announcementPdf = m_dir.filePath(QStringLiteral("announcement.pdf"));
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), announcementPdf, QStringLiteral("--sign")}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("01/TB-STTTT"));
    const QString announcement = pdfText(announcementPdf);
    QVERIFY(announcement.contains(QStringLiteral("Số: 01/TB-STTTT")));
    QVERIFY(announcement.simplified().contains(QStringLiteral("01/BB-STTTT")));
    QVERIFY(!announcement.contains(fullId));
    QVERIFY(!announcement.contains(QStringLiteral("******")));

    // The audit log holds the whole workflow and catches an edited row.
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY(run.out.contains(QStringLiteral("intact")));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(m_casebook);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_no_update")));
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 3")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("entry 3")), qPrintable(run.out));
}

void TestCliCase::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("case alone") << QStringList {QStringLiteral("case")};
    QTest::newRow("unknown sub-command") << QStringList {QStringLiteral("case"), QStringLiteral("reopen")};
    QTest::newRow("show without number") << QStringList {QStringLiteral("case"), QStringLiteral("show")};
    QTest::newRow("show not a number")
        << QStringList {QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("abc")};
    QTest::newRow("open without findings")
        << QStringList {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--provider"),
                        QStringLiteral("VNPT-CA")};
    QTest::newRow("open with a missing file") << QStringList {
        QStringLiteral("case"),    QStringLiteral("open"),       QStringLiteral("--provider"),
        QStringLiteral("VNPT-CA"), QStringLiteral("--findings"), QStringLiteral("/nonexistent.jsonl")};
    QTest::newRow("minutes without case")
        << QStringList {QStringLiteral("minutes"), QStringLiteral("--out"), QStringLiteral("x.pdf")};
    QTest::newRow("announce without out")
        << QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1")};
    QTest::newRow("audit without verify") << QStringList {QStringLiteral("audit")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("case"), QStringLiteral("list"),
                                                    QStringLiteral("--frobnicate")};
}

void TestCliCase::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(
        arguments + QStringList {QStringLiteral("--casebook"), m_dir.filePath(QStringLiteral("u.sqlite"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCliCase::casebookCannotBeOpened()
{
    // A casebook inside a file is no folder: the store cannot be opened.
    QFile blocker(m_dir.filePath(QStringLiteral("blocker")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir.filePath(QStringLiteral("blocker/casebook.sqlite"));
    for (const QStringList &args : {QStringList {QStringLiteral("case"), QStringLiteral("list")},
                                    QStringList {QStringLiteral("audit"), QStringLiteral("verify")}}) {
        const Run run = cli(args + QStringList {QStringLiteral("--casebook"), path});
        QCOMPARE(run.exitCode, 3);
    }
    // A case that does not exist is a refusal, not bad usage.
    const Run missing = cli({QStringLiteral("case"), QStringLiteral("show"), QStringLiteral("99"),
                             QStringLiteral("--casebook"), m_dir.filePath(QStringLiteral("empty.sqlite"))});
    QCOMPARE(missing.exitCode, 1);
}

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
