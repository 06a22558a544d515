#include "CaseworkFixtures.h"
#include "RegistryBuilder.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"

#include "casebook/Casebook.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using sw::connection::Engine;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;

// signwatch-cli report: exit codes, the PDF written, its text read back.
class TestCliReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesTheReport_data();
    void writesTheReport();
    void withCasebook();
    void consoleStoresByDefault();
    void draftOutAndIn();
    void badUsage_data();
    void badUsage();
    void registryThatCannotBeOpened();

private:
    struct Run
    {
        int exitCode;
        QString err;
    };
    Run cli(const QStringList &arguments, const QByteArray &password = {});
    QString pdfText(const QString &path);

    QTemporaryDir m_dir;
    std::unique_ptr<ScratchRegistry> m_sqlite;
    std::unique_ptr<ScratchRegistry> m_postgres;
    QString m_casebook;
};

TestCliReport::Run TestCliReport::cli(const QStringList &arguments, const QByteArray &password)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"),
               m_dir.filePath(QStringLiteral("data"))); // the console's stores
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the command chooses offscreen itself
    env.remove(QStringLiteral("DISPLAY"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), QString::fromUtf8(password));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
                  QStringList {QStringLiteral("report")} + arguments);
    if (!process.waitForFinished(120000))
        return {-1, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

QString TestCliReport::pdfText(const QString &path)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput())
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .simplified();
}

void TestCliReport::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    RegistryBuilder b;
    b.citizen(QStringLiteral("046090000001"));
    b.citizen(QStringLiteral("046090000002"));
    for (const auto &[id, who, provider, channel, day] :
         {std::tuple {1, "046090000001", "VNPT-CA", "app", "2023-08-02"},
          std::tuple {2, "046090000002", "MISA-CA", "door_to_door", "2023-08-03"}}) {
        RegistryBuilder::Cert c;
        c.id = id;
        c.citizen = QString::fromLatin1(who);
        c.provider = QString::fromLatin1(provider);
        c.channel = QString::fromLatin1(channel);
        c.activated = QString::fromLatin1(day) + QStringLiteral("T00:00:00Z");
        c.recorded = QString::fromLatin1(day) + QStringLiteral("T00:10:00Z");
        b.certificate(c);
    }
    for (Engine engine : sw::test::enginesUnderTest()) {
        auto scratch = ScratchRegistry::create(engine);
        QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().fullText()));
        QVERIFY((*scratch)->exec(b.statements()));
        (*scratch)->closeWriter();
        (engine == Engine::Sqlite ? m_sqlite : m_postgres) = std::move(*scratch);
    }
    m_casebook = m_dir.filePath(QStringLiteral("casebook.sqlite"));
    QVERIFY(casebook::Casebook::open(m_casebook).ok()); // an empty casebook, migrated
}

void TestCliReport::writesTheReport_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestCliReport::writesTheReport()
{
    QFETCH(Engine, engine);
    ScratchRegistry *registry = engine == Engine::Sqlite ? m_sqlite.get() : m_postgres.get();
    QVERIFY(registry);
    const QString out = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(int(engine)));
    const QString proposals = m_dir.filePath(QStringLiteral("proposals.txt"));
    {
        QFile file(proposals);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("Đề nghị các doanh nghiệp rà soát dữ liệu trùng lặp.\n").toUtf8());
    }
    const Run run
        = cli({QStringLiteral("--db"), registry->spec().toUrl(), QStringLiteral("--from"),
               QStringLiteral("2023-08-01"), QStringLiteral("--to"), QStringLiteral("2023-08-31"),
               QStringLiteral("--as-of"), QStringLiteral("2023-09-10T00:00:00Z"), QStringLiteral("--number"),
               QStringLiteral("7"), QStringLiteral("--proposals"), proposals, QStringLiteral("--out"), out},
              registry->password().toUtf8());
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(QFile::exists(out));
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    const QString text = pdfText(out);
    QVERIFY2(text.contains(QStringLiteral("BÁO CÁO")), qPrintable(text.left(200)));
    // Issued today: the body in force today heads and numbers it.
    QVERIFY(text.contains(QStringLiteral("Số: 07/BC-") + sw::test::bodyCodeToday()));
    QVERIFY(text.contains(QStringLiteral("có 2 công dân đã có chữ ký số")));
    QVERIFY(text.contains(QStringLiteral("Đề nghị các doanh nghiệp rà soát dữ liệu trùng lặp.")));
    // Neither findings store nor casebook at the console's places: their parts are left out, and
    // the command says where it looked.
    QVERIFY(!text.contains(QStringLiteral("XỬ LÝ VỤ VIỆC")));
    QVERIFY(!text.contains(QStringLiteral("VI PHẠM PHÁT HIỆN")));
    QVERIFY(!text.contains(QStringLiteral("không kèm số liệu")));
    QVERIFY2(run.err.contains(m_dir.filePath(QStringLiteral("data"))), qPrintable(run.err));
}

void TestCliReport::withCasebook()
{
    const QString out = m_dir.filePath(QStringLiteral("with-casebook.pdf"));
    const Run run = cli({QStringLiteral("--db"), m_sqlite->spec().toUrl(), QStringLiteral("--from"),
                         QStringLiteral("2023-08-01"), QStringLiteral("--to"), QStringLiteral("2023-08-31"),
                         QStringLiteral("--casebook"), m_casebook, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    QVERIFY(pdfText(out).contains(QStringLiteral("Trong kỳ không mở vụ việc nào")));
    QVERIFY2(run.err.contains(m_casebook), qPrintable(run.err));
}

void TestCliReport::consoleStoresByDefault()
{
    // Where the console keeps its stores, as the command's help states it.
    QProcess help;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    help.setProcessEnvironment(env);
    help.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"),
               {QStringLiteral("report"), QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(30000));
    // (The help wraps long paths: read it without its white space.)
    const QString helpText
        = QString::fromUtf8(help.readAllStandardOutput()).remove(QRegularExpression(QStringLiteral("\\s")));
    const QString data = m_dir.filePath(QStringLiteral("data"));
    const qsizetype from = helpText.indexOf(data);
    const qsizetype to = helpText.indexOf(QStringLiteral("/findings.sqlite"), from);
    QVERIFY2(from >= 0 && to > from, qPrintable(helpText));
    const QString folder = helpText.mid(from, to - from);
    // The console's casebook at its standard place: used without --casebook, and named.
    const QString casebookPath = folder + QStringLiteral("/casebook.sqlite");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::copy(m_casebook, casebookPath));
    const QString out = m_dir.filePath(QStringLiteral("default-stores.pdf"));
    const Run run = cli({QStringLiteral("--db"), m_sqlite->spec().toUrl(), QStringLiteral("--from"),
                         QStringLiteral("2023-08-01"), QStringLiteral("--to"), QStringLiteral("2023-08-31"),
                         QStringLiteral("--out"), out});
    QFile::remove(casebookPath);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.contains(casebookPath), qPrintable(run.err));
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("III. XỬ LÝ VỤ VIỆC VÀ CÁC BIỆN PHÁP ĐÃ THỰC HIỆN")));
    QVERIFY(text.contains(QStringLiteral("sổ theo dõi vụ việc của Sở")));
}

void TestCliReport::draftOutAndIn()
{
    // The draft drafted from the figures, written for the supervisor to edit...
    const QString draft = m_dir.filePath(QStringLiteral("draft.json"));
    Run run = cli({QStringLiteral("--db"), m_sqlite->spec().toUrl(), QStringLiteral("--from"),
                   QStringLiteral("2023-08-01"), QStringLiteral("--to"), QStringLiteral("2023-08-31"),
                   QStringLiteral("--signer-name"), QStringLiteral("Nguyễn Thị Hoa"),
                   QStringLiteral("--draft-out"), draft});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(draft);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    const QString assessment = object.value(QStringLiteral("assessment")).toString();
    QVERIFY2(assessment.startsWith(QStringLiteral("1. Kết quả đạt được\n")), qPrintable(assessment));
    QVERIFY(assessment.contains(QStringLiteral("2 công dân đã có chữ ký số")));
    QVERIFY(assessment.contains(QStringLiteral("4. Nhiệm vụ thời gian tới")));
    QCOMPARE(
        object.value(QStringLiteral("signatory")).toObject().value(QStringLiteral("authority")).toString(),
        QStringLiteral("KT. GIÁM ĐỐC"));
    // ... edited, and read back into the PDF.
    object.insert(QStringLiteral("proposals"), QStringLiteral("Đề nghị đã được lãnh đạo Sở sửa."));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(object).toJson());
    file.close();
    const QString out = m_dir.filePath(QStringLiteral("edited.pdf"));
    run = cli({QStringLiteral("--db"), m_sqlite->spec().toUrl(), QStringLiteral("--from"),
               QStringLiteral("2023-08-01"), QStringLiteral("--to"), QStringLiteral("2023-08-31"),
               QStringLiteral("--draft-in"), draft, QStringLiteral("--out"), out});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    const QString text = pdfText(out);
    QVERIFY(text.contains(QStringLiteral("ĐỀ XUẤT, KIẾN NGHỊ Đề nghị đã được lãnh đạo Sở sửa.")));
    QVERIFY(text.contains(QStringLiteral("1. Kết quả đạt được")));
    QVERIFY(text.contains(QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"))
            || text.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
    QVERIFY(text.contains(QStringLiteral("Nguyễn Thị Hoa")));
}

void TestCliReport::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString out = QStringLiteral("/tmp/never-written.pdf");
    QTest::newRow("no period") << QStringList {QStringLiteral("--out"), out};
    QTest::newRow("from after to") << QStringList {QStringLiteral("--from"), QStringLiteral("2023-09-01"),
                                                   QStringLiteral("--to"),   QStringLiteral("2023-08-01"),
                                                   QStringLiteral("--out"),  out};
    QTest::newRow("bad date") << QStringList {QStringLiteral("--from"), QStringLiteral("1/8/2023"),
                                              QStringLiteral("--to"),   QStringLiteral("2023-08-31"),
                                              QStringLiteral("--out"),  out};
    QTest::newRow("no out") << QStringList {QStringLiteral("--from"), QStringLiteral("2023-08-01"),
                                            QStringLiteral("--to"), QStringLiteral("2023-08-31")};
    QTest::newRow("unknown district")
        << QStringList {QStringLiteral("--from"),     QStringLiteral("2023-08-01"),
                        QStringLiteral("--to"),       QStringLiteral("2023-08-31"),
                        QStringLiteral("--district"), QStringLiteral("999"),
                        QStringLiteral("--out"),      out};
    QTest::newRow("missing casebook")
        << QStringList {QStringLiteral("--from"),     QStringLiteral("2023-08-01"),
                        QStringLiteral("--to"),       QStringLiteral("2023-08-31"),
                        QStringLiteral("--casebook"), QStringLiteral("/nonexistent/c.sqlite"),
                        QStringLiteral("--out"),      out};
    QTest::newRow("missing findings store") << QStringList {QStringLiteral("--from"),
                                                            QStringLiteral("2023-08-01"),
                                                            QStringLiteral("--to"),
                                                            QStringLiteral("2023-08-31"),
                                                            QStringLiteral("--findings-store"),
                                                            QStringLiteral("/nonexistent/f.sqlite"),
                                                            QStringLiteral("--out"),
                                                            out};
}

void TestCliReport::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(QStringList {QStringLiteral("--db"), m_sqlite->spec().toUrl()} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(!QFile::exists(QStringLiteral("/tmp/never-written.pdf")));
}

void TestCliReport::registryThatCannotBeOpened()
{
    const QString out = m_dir.filePath(QStringLiteral("none.pdf"));
    const Run run = cli({QStringLiteral("--db"),
                         QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("missing.sqlite")),
                         QStringLiteral("--from"), QStringLiteral("2023-08-01"), QStringLiteral("--to"),
                         QStringLiteral("2023-08-31"), QStringLiteral("--out"), out});
    QCOMPARE(run.exitCode, 3);
    QVERIFY(!QFile::exists(out));
}

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
