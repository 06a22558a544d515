// signwatch-cli's casework as an inspector runs it on a demo campaign: scan, open a case against
// one provider, establish it, draft and sign the minutes (Số: 01/BB-SKHCN in 2026, citizen ids masked in
// the PDF and on the terminal), announce, and check the audit log, which catches a row edited in
// the file. Usage errors exit 2, refusals 1, a casebook that cannot be opened 3.
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "casebook/AuditAnchor.h"
#include "connection/SecretStore.h"
#include "privacy/Masking.h"

#include "settings/Settings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void changedPdfIsNotExported();
    void verifyNamesCaseworkChangedInTheFile_data();
    void verifyNamesCaseworkChangedInTheFile();
    void removedEntriesFoundThroughTheAnchor();
    void anchorInAFileWithoutKeychain();
    void checkingAMissingCasebookCreatesNothing();
    void minutesShowTheEarlierCertificateFromTheRegistry();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    // `environment`: variables to set (an empty value unsets one).
    Run cli(const QStringList &arguments, const QMap<QString, QString> &environment = {});
    QString pdfText(const QString &pdf);
    // The inspector's additions to a minutes draft before signing.
    static QJsonObject completeDraft(QJsonObject draft);
    // A new casebook `name` with case 1 (its minutes signed, 01/BB-…) and case 2 (open); empty on
    // failure.
    QString signedCasebook(const QString &name, const QMap<QString, QString> &environment = {});
    static qint64 auditEntries(const QString &casebook);

    QTemporaryDir m_dir;
    QString m_findings;
    QString m_demo; // the registry the findings were scanned from
    QString m_casebook;
    QString m_provider;
    QStringList m_providerCitizens; // full ids of the provider's findings
};

namespace {
const QRegularExpression fullId(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
}

TestCliCase::Run TestCliCase::cli(const QStringList &arguments, const QMap<QString, QString> &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    for (auto it = environment.cbegin(); it != environment.cend(); ++it) {
        if (it.value().isEmpty())
            env.remove(it.key());
        else
            env.insert(it.key(), it.value());
    }
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
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    // Messages are checked in English (the default interface language is Vietnamese).
    QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("config/SignWatch"))));
    {
        sw::settings::Settings ini(m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")));
        ini.setLanguage(QStringLiteral("en"));
    }
    const QString demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
    m_demo = demo;
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
    // Issue 15: the refusal names every missing part, section IV's pre-filled conclusion not among them.
    for (const QString &part :
         {QStringLiteral("place"), QStringLiteral("the Department's participants"),
          QStringLiteral("the provider's opinion"), QStringLiteral("the date the exclusion takes effect"),
          QStringLiteral("the provider's address")})
        QVERIFY2(run.err.contains(part), qPrintable(part + QStringLiteral(": ") + run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("the conclusion")), qPrintable(run.err));

    const QJsonObject draft = completeDraft(QJsonDocument::fromJson(draftBytes).object());
    QFile draftOut(draftFile);
    QVERIFY(draftOut.open(QIODevice::WriteOnly));
    draftOut.write(QJsonDocument(draft).toJson());
    draftOut.close();
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--draft-in"), draftFile, QStringLiteral("--out"), minutesPdf,
                           QStringLiteral("--sign")}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("01/BB-") + sw::test::bodyCodeToday());

    const QString text = pdfText(minutesPdf);
    QVERIFY2(text.contains(QStringLiteral("Số: 01/BB-") + sw::test::bodyCodeToday()),
             qPrintable(text.left(600)));
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

    // The announcement: not signed without the exclusion date (the Department's decision), which
    // --exclusion-date fills in; its own numbering, citing the minutes, without citizen data.
    const QString announcementPdf = m_dir.filePath(QStringLiteral("announcement.pdf"));
    const QString announcementDraft = m_dir.filePath(QStringLiteral("announcement.json"));
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--draft-out"), announcementDraft}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    {
        QFile file(announcementDraft);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QJsonObject undated = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(undated.value(QStringLiteral("exclusion_date")).toString(), QStringLiteral("2024-08-10"));
        undated.remove(QStringLiteral("exclusion_date"));
        file.resize(0);
        file.write(QJsonDocument(undated).toJson());
    }
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--draft-in"), announcementDraft, QStringLiteral("--out"),
                           announcementPdf, QStringLiteral("--sign")}
              + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("exclusion date")), qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("--exclusion-date"))
                 || run.err.contains(QStringLiteral("--draft-in")),
             qPrintable(run.err));
    // The draft's preview says the date is missing instead of printing dots.
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), announcementPdf}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(
        pdfText(announcementPdf).simplified().contains(QStringLiteral("kể từ ngày [chưa nhập ngày loại]")));
    run = cli(QStringList {QStringLiteral("announce"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--exclusion-date"), QStringLiteral("2024-08-12"),
                           QStringLiteral("--out"), announcementPdf, QStringLiteral("--sign")}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), QStringLiteral("01/TB-") + sw::test::bodyCodeToday());
    const QString announcement = pdfText(announcementPdf);
    QVERIFY2(announcement.simplified().contains(QStringLiteral("kể từ ngày 12/8/2024")),
             qPrintable(announcement));
    QVERIFY(announcement.simplified().contains(QStringLiteral("Về việc loại ")));
    QVERIFY(!announcement.contains(QStringLiteral("tháng … năm …")));
    QVERIFY(announcement.contains(QStringLiteral("Số: 01/TB-") + sw::test::bodyCodeToday()));
    QVERIFY(announcement.simplified().contains(QStringLiteral("01/BB-") + sw::test::bodyCodeToday()));
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

QJsonObject TestCliCase::completeDraft(QJsonObject draft)
{
    draft.insert(QLatin1String("date"), QStringLiteral("2024-08-05"));
    draft.insert(QLatin1String("started_at"), QStringLiteral("2024-08-05T02:00:00Z"));
    draft.insert(QLatin1String("closed_at"), QStringLiteral("2024-08-05T03:30:00Z"));
    draft.insert(QLatin1String("meeting_place"),
                 QStringLiteral("Sở Thông tin và Truyền thông, 06 Trần Quốc Toản, Huế"));
    draft.insert(QLatin1String("exclusion_date"), QStringLiteral("2024-08-10"));
    draft.insert(QLatin1String("department_participants"),
                 QJsonArray {QJsonObject {{QLatin1String("name"), QStringLiteral("Trần Văn Bình")},
                                          {QLatin1String("title"), QStringLiteral("Phó Giám đốc Sở")}},
                             QJsonObject {{QLatin1String("name"), QStringLiteral("Lê Thị Hoa")},
                                          {QLatin1String("title"), QStringLiteral("Chuyên viên")},
                                          {QLatin1String("recorder"), true}}});
    draft.insert(QLatin1String("provider_participants"),
                 QJsonArray {QJsonObject {{QLatin1String("name"), QStringLiteral("Phạm Minh Đức")},
                                          {QLatin1String("title"), QStringLiteral("Giám đốc")}}});
    QJsonObject provider = draft.value(QLatin1String("provider")).toObject();
    if (provider.value(QLatin1String("legal_name")).toString().isEmpty())
        provider.insert(QLatin1String("legal_name"), QStringLiteral("Viettel Thừa Thiên Huế"));
    provider.insert(QLatin1String("address"), QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế"));
    provider.insert(QLatin1String("registration_number"), QStringLiteral("0100109106-015"));
    draft.insert(QLatin1String("provider"), provider);
    draft.insert(QLatin1String("provider_opinion"), QStringLiteral("none"));
    QJsonObject signatory = draft.value(QLatin1String("department_signatory")).toObject();
    signatory.insert(QLatin1String("name"), QStringLiteral("Trần Văn Bình"));
    signatory.insert(QLatin1String("title"), QStringLiteral("Phó Giám đốc"));
    draft.insert(QLatin1String("department_signatory"), signatory);
    QJsonObject providerSignatory = draft.value(QLatin1String("provider_signatory")).toObject();
    providerSignatory.insert(QLatin1String("name"), QStringLiteral("Phạm Minh Đức"));
    draft.insert(QLatin1String("provider_signatory"), providerSignatory);
    return draft;
}

QString TestCliCase::signedCasebook(const QString &name, const QMap<QString, QString> &environment)
{
    const QString path = m_dir.filePath(name);
    const QStringList cb = {QStringLiteral("--casebook"), path};
    const QStringList open = {QStringLiteral("case"),       QStringLiteral("open"),
                              QStringLiteral("--provider"), m_provider,
                              QStringLiteral("--findings"), m_findings,
                              QStringLiteral("--rules"),    QStringLiteral("DUPLICATE_ISSUANCE")};
    const QString draftFile = m_dir.filePath(name + QStringLiteral(".json"));
    const QString pdf = m_dir.filePath(name + QStringLiteral(".pdf"));
    if (cli(open + cb, environment).exitCode != 0
        || cli(QStringList {QStringLiteral("case"), QStringLiteral("establish"), QStringLiteral("1")} + cb,
               environment)
                .exitCode
            != 0
        || cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                            QStringLiteral("--draft-out"), draftFile}
                   + cb,
               environment)
                .exitCode
            != 0)
        return {};
    QFile file(draftFile);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject draft = completeDraft(QJsonDocument::fromJson(file.readAll()).object());
    file.close();
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(draft).toJson()) <= 0)
        return {};
    file.close();
    const Run sign = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"),
                                      QStringLiteral("1"), QStringLiteral("--draft-in"), draftFile,
                                      QStringLiteral("--out"), pdf, QStringLiteral("--sign")}
                             + cb,
                         environment);
    if (sign.exitCode != 0 || sign.out.trimmed() != QStringLiteral("01/BB-") + sw::test::bodyCodeToday()
        || cli(open + cb, environment).exitCode != 0)
        return {};
    return path;
}

qint64 TestCliCase::auditEntries(const QString &casebook)
{
    qint64 count = -1;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("count"));
        raw.setDatabaseName(casebook);
        QSqlQuery q(raw.open() ? raw : QSqlDatabase());
        if (q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next())
            count = q.value(0).toLongLong();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("count"));
    return count;
}

void TestCliCase::changedPdfIsNotExported()
{
    const QString casebook = signedCasebook(QStringLiteral("changed-pdf.sqlite"));
    QVERIFY(!casebook.isEmpty());
    {
        sw::test::CasebookTamperer file(casebook);
        QVERIFY(file.flipPdfBit(1));
    }
    const qint64 entries = auditEntries(casebook);
    const QString exported = m_dir.filePath(QStringLiteral("changed-export.pdf"));
    Run run = cli({QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                   QStringLiteral("--out"), exported, QStringLiteral("--casebook"), casebook});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("The stored file of the minutes 01/BB-%1 was changed outside "
                                             "SignWatch")
                                  .arg(sw::test::bodyCodeToday())),
             qPrintable(run.err));
    QVERIFY(!QFileInfo::exists(exported));
    // The refusal is in the audit log.
    QCOMPARE(auditEntries(casebook), entries + 1);
    run = cli({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--casebook"), casebook});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("The stored PDF of document 1 differs")), qPrintable(run.out));
}

void TestCliCase::verifyNamesCaseworkChangedInTheFile_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named");
    QTest::newRow("case status") << QStringLiteral("UPDATE cases SET status = 'dismissed' WHERE id = 2")
                                 << QStringLiteral("case 2 was changed outside SignWatch");
    QTest::newRow("case findings deleted") << QStringLiteral("DELETE FROM case_findings WHERE case_id = 2")
                                           << QStringLiteral("case 2 was changed outside SignWatch");
    QTest::newRow("signed minutes back to draft")
        << QStringLiteral(
               "UPDATE case_documents SET state = 'draft', year = NULL, number = NULL WHERE id = 1")
        << QStringLiteral("document 1 was changed outside SignWatch");
}

void TestCliCase::verifyNamesCaseworkChangedInTheFile()
{
    QFETCH(QString, statement);
    QFETCH(QString, named);
    const QString casebook
        = signedCasebook(QStringLiteral("state-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(!casebook.isEmpty());
    const QStringList verify
        = {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--casebook"), casebook};
    Run run = cli(verify);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    {
        sw::test::CasebookTamperer file(casebook);
        QVERIFY(file.exec(statement));
    }
    run = cli(verify);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(named), qPrintable(run.out));
}

void TestCliCase::removedEntriesFoundThroughTheAnchor()
{
    const QString casebook = signedCasebook(QStringLiteral("anchored.sqlite"));
    QVERIFY(!casebook.isEmpty());
    const QStringList cb = {QStringLiteral("--casebook"), casebook};
    // `audit anchor` prints the head for a supervisor: n, the hash of entry n, its time.
    Run run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("anchor")} + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList head = run.out.trimmed().split(QStringLiteral(", "));
    QCOMPARE(head.size(), 3);
    const qint64 entries = auditEntries(casebook);
    QCOMPARE(head.at(0), QString::number(entries));
    QCOMPARE(head.at(1).size(), 64);
    QVERIFY(QDateTime::fromString(head.at(2), Qt::ISODate).isValid());
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QStringLiteral("%1 entries, entry %1 %2 — holds").arg(entries).arg(head.at(1))),
             qPrintable(run.out));

    {
        sw::test::CasebookTamperer file(casebook);
        QVERIFY(file.exec(QStringLiteral("DELETE FROM audit_log WHERE id = %1").arg(entries)));
    }
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("entry %1 was removed").arg(entries)), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("DOES NOT HOLD")), qPrintable(run.out));
    if (qEnvironmentVariable("SIGNWATCH_REQUIRE_KEYCHAIN") == QLatin1String("1"))
        QVERIFY2(run.out.contains(QStringLiteral("Anchor in the system keychain")), qPrintable(run.out));
    // No head is printed for a log that does not verify.
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("anchor")} + cb);
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
}

void TestCliCase::anchorInAFileWithoutKeychain()
{
    // No session bus: QtKeychain cannot reach any keychain.
    const QMap<QString, QString> noKeychain
        = {{QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent")},
           {QStringLiteral("DISPLAY"), QString()}};
    const QString casebook = signedCasebook(QStringLiteral("file-anchored.sqlite"), noKeychain);
    QVERIFY(!casebook.isEmpty());
    const QStringList cb = {QStringLiteral("--casebook"), casebook};
    // Said once per run, however many writes it makes, and the work is done.
    Run run = cli(QStringList {QStringLiteral("case"), QStringLiteral("establish"), QStringLiteral("2")} + cb,
                  noKeychain);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.err.count(QStringLiteral("The head of the audit log is kept in")), 1);

    const QString folder = m_dir.filePath(QStringLiteral("config/SignWatch/SignWatch/audit-anchors"));
    const QString canonical = QFileInfo(casebook).canonicalFilePath();
    QString anchorFile;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject anchor = QJsonDocument::fromJson(file.readAll()).object();
        if (anchor.value(QLatin1String("casebook")).toString() == canonical) {
            anchorFile = file.fileName();
            QCOMPARE(anchor.value(QLatin1String("entries")).toInteger(), auditEntries(casebook));
        }
    }
    QVERIFY2(!anchorFile.isEmpty(), qPrintable(folder));
    // Readable by the user only.
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup
        | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(anchorFile) & others, QFileDevice::Permissions());
    QVERIFY(QFile::permissions(anchorFile) & QFileDevice::ReadOwner);
    QVERIFY(QFile::permissions(anchorFile) & QFileDevice::WriteOwner);
    QCOMPARE(QFile::permissions(folder) & others, QFileDevice::Permissions());
    // Nothing went to the keychain this test session may have.
    auto inKeychain = sw::connection::SecretStore().read(sw::casebook::AuditAnchor::keychainKey(canonical));
    QVERIFY(!inKeychain.ok());

    {
        sw::test::CasebookTamperer file(casebook);
        QVERIFY(file.exec(QStringLiteral("DELETE FROM audit_log")));
    }
    run = cli(QStringList {QStringLiteral("audit"), QStringLiteral("verify")} + cb, noKeychain);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("but the log has none: every entry was removed")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Anchor in %1").arg(anchorFile)), qPrintable(run.out));
}

void TestCliCase::checkingAMissingCasebookCreatesNothing()
{
    const QString folder = m_dir.filePath(QStringLiteral("no-such-folder"));
    const QString path = folder + QStringLiteral("/casebook.sqlite");
    for (const char *sub : {"verify", "anchor"}) {
        const Run run
            = cli({QStringLiteral("audit"), QLatin1String(sub), QStringLiteral("--casebook"), path});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("There is no casebook at")), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(folder));
    }
}

// §1.4 (issue 15): with --db the minutes' duplicates show the certificate the citizen already held,
// its provider and the moment it reached Hue-S, read from the registry the case was scanned from.
void TestCliCase::minutesShowTheEarlierCertificateFromTheRegistry()
{
    const QStringList cb = {QStringLiteral("--casebook"), m_dir.filePath(QStringLiteral("earlier.sqlite"))};
    Run run = cli(QStringList {QStringLiteral("case"), QStringLiteral("open"), QStringLiteral("--provider"),
                               m_provider, QStringLiteral("--findings"), m_findings,
                               QStringLiteral("--rules"), QStringLiteral("DUPLICATE_ISSUANCE")}
                  + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli(QStringList {QStringLiteral("case"), QStringLiteral("establish"), QStringLiteral("1")} + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // Without the registry the draft knows the earlier certificates' ids only: no column.
    const QString plainPdf = m_dir.filePath(QStringLiteral("earlier-plain.pdf"));
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--out"), plainPdf}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!pdfText(plainPdf).contains(QStringLiteral("có trước")));

    const QString draftFile = m_dir.filePath(QStringLiteral("earlier.json"));
    const QString pdf = m_dir.filePath(QStringLiteral("earlier.pdf"));
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--db"), QStringLiteral("sqlite:") + m_demo,
                           QStringLiteral("--draft-out"), draftFile, QStringLiteral("--out"), pdf}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("earlier certificate")), qPrintable(run.err));
    QFile file(draftFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject draft = QJsonDocument::fromJson(file.readAll()).object();
    QSet<QString> providers;
    int rows = 0;
    for (const QJsonValue &violation : draft.value(QLatin1String("violations")).toArray())
        for (const QJsonValue &row : violation.toObject().value(QLatin1String("evidence")).toArray()) {
            const QJsonObject r = row.toObject();
            ++rows;
            QVERIFY2(!r.value(QLatin1String("earlier_certificates")).toArray().isEmpty(),
                     qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
            const QString provider = r.value(QLatin1String("earlier_provider")).toString();
            QVERIFY2(!provider.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(r).toJson())));
            QVERIFY(
                QDateTime::fromString(r.value(QLatin1String("earlier_recorded_at")).toString(), Qt::ISODate)
                    .isValid());
            providers.insert(provider);
        }
    QCOMPARE(rows, m_providerCitizens.size());

    // The PDF's evidence table has the column, with the provider and the time on Hue-S.
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.contains(QStringLiteral("Chứng thư có trước")), qPrintable(text));
    for (const QString &provider : std::as_const(providers))
        QVERIFY2(text.contains(provider), qPrintable(provider + QStringLiteral(": ") + text));
    QVERIFY2(text.contains(QStringLiteral("cập nhật lên Hue-S lúc")), qPrintable(text));
    QVERIFY2(!text.contains(fullId), "citizen ids stay masked");

    // A second run reads the same registry and leaves the draft as it is.
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--db"), QStringLiteral("sqlite:") + m_demo,
                           QStringLiteral("--draft-out"), draftFile}
              + cb);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("earlier certificate")), qPrintable(run.err));

    // A registry that cannot be opened is an error of the registry (exit 3), not a draft left half-done.
    run = cli(QStringList {QStringLiteral("minutes"), QStringLiteral("--case"), QStringLiteral("1"),
                           QStringLiteral("--db"),
                           QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("none.sqlite")),
                           QStringLiteral("--draft-out"), draftFile}
              + cb);
    QCOMPARE(run.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCliCase)
#include "tst_cli_case.moc"
