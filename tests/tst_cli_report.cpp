#include "CaseworkFixtures.h"
#include "RegistryBuilder.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"

#include "casebook/Casebook.h"

#include <QFile>
#include <QProcess>
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
    QVERIFY(text.contains(
        QStringLiteral("IV. TÌNH HÌNH XỬ LÝ VỤ VIỆC Báo cáo này không kèm số liệu sổ vụ việc.")));
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
    QVERIFY(pdfText(out).contains(QStringLiteral("Trong kỳ mở 0 vụ việc")));
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
