// The official report's one "Mã không hợp lệ" row (issue 17): provider codes not among the
// programme's six (a typing slip such as VNPT_CA, a business outside the programme such as BKAV_CA)
// are summed into one row of each provider table, and a line under the table names the codes it
// holds; no table has a row of its own for such a code. Built from a registry on SQLite and
// PostgreSQL, the PDF read back with pdftotext.

#include "RegistryBuilder.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"

#include "findings/FindingsStore.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportPdf.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::reports;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;

namespace {
constexpr auto citizen = sw::test::numberedCitizen;
constexpr auto cert = sw::test::numberedCertificate;

// August 2023: VNPT-CA issues two certificates, BKAV_CA one, VNPT_CA one (both codes are in the
// registry's providers table, so the rows are readable and counted); a request of each invalid
// code; findings of both invalid codes and of VNPT-CA.
QStringList registryStatements()
{
    RegistryBuilder b;
    b.tenCitizensInThreeDistricts();
    b.raw(QStringLiteral("INSERT INTO providers VALUES ('BKAV_CA', 'BKAV (mã cũ)', NULL), "
                         "('VNPT_CA', 'VNPT (gõ nhầm)', NULL)"));
    b.certificate(cert(1, 1, "VNPT-CA", "app", "active", "2023-08-01T01:00:00Z", "2023-08-01T01:01:40Z"));
    b.certificate(
        cert(2, 2, "VNPT-CA", "door_to_door", "active", "2023-08-02T01:00:00Z", "2023-08-02T01:05:00Z"));
    b.certificate(cert(3, 3, "BKAV_CA", "app", "active", "2023-08-03T01:00:00Z", "2023-08-03T01:10:00Z"));
    b.certificate(
        cert(4, 6, "VNPT_CA", "door_to_door", "active", "2023-08-04T01:00:00Z", "2023-08-04T01:02:00Z"));
    b.request(1, citizen(7), QStringLiteral("BKAV_CA"), QStringLiteral("2023-08-05T00:00:00Z"),
              QStringLiteral("2023-08-05T06:00:00Z"));
    b.request(2, citizen(8), QStringLiteral("VNPT_CA"), QStringLiteral("2023-08-06T00:00:00Z"));
    return b.statements();
}

rules::Finding finding(const char *rule, qint64 id, const char *provider, const char *at)
{
    rules::Finding f;
    f.rule = QString::fromLatin1(rule);
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = id;
    f.provider = QString::fromLatin1(provider);
    f.citizenId = citizen(int(id));
    f.at = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate).toSecsSinceEpoch();
    f.evidence = {};
    return f;
}
} // namespace

class TestReportProviderGroups : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void invalidCodesAreOneNamedRow_data();
    void invalidCodesAreOneNamedRow();

private:
    QTemporaryDir m_dir;
};

void TestReportProviderGroups::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_dir.isValid());
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
}

void TestReportProviderGroups::invalidCodesAreOneNamedRow_data()
{
    QTest::addColumn<connection::Engine>("engine");
    sw::test::addEngineRows();
}

void TestReportProviderGroups::invalidCodesAreOneNamedRow()
{
    QFETCH(connection::Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().fullText()));
    QVERIFY((*scratch)->exec(registryStatements()));
    (*scratch)->closeWriter();

    const QString key = QStringLiteral("report-provider-groups");
    findings::FindingsStore store(m_dir.filePath(QStringLiteral("findings-%1.sqlite").arg(int(engine))));
    QVERIFY(store.open());
    findings::ScanToSave scan;
    scan.registryKey = key;
    scan.asOf = QDateTime(QDate(2023, 9, 10), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    scan.startedAt = scan.asOf;
    const QList<rules::Finding> found = {
        finding("MISSING_LOOKUP", 1, "VNPT-CA", "2023-08-01T01:00:00Z"),
        finding("MISSING_LOOKUP", 3, "BKAV_CA", "2023-08-03T01:00:00Z"),
        finding("MISSING_LOOKUP", 4, "VNPT_CA", "2023-08-04T01:00:00Z"),
    };
    QVERIFY(store.saveScan(scan, found, {}));

    auto connection = registry::RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY2(connection, qPrintable(connection ? QString() : connection.error().fullText()));
    ReportInput input;
    input.filter.from = QDate(2023, 8, 1);
    input.filter.to = QDate(2023, 8, 31);
    input.asOf = QDateTime(QDate(2023, 9, 10), QTime(0, 0), Qt::UTC);
    input.findings = &store;
    input.registryKey = key;
    auto data = buildReport((*connection)->database(), input);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().fullText()));

    auto pdf = ReportPdf::render(*data);
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().fullText()));
    const QString path = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(int(engine)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(pdf->bytes), qint64(pdf->bytes.size()));
    file.close();
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
    QVERIFY(pdftotext.waitForFinished(60000));
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput())
                             .replace(QChar(0x00A0), QLatin1Char(' '))
                             .simplified();
    QVERIFY(!text.isEmpty());

    // The row, with the two codes' sums: 2 certificates (1 app, 1 door to door), 2 holders; 2
    // requests, 1 served; 2 findings.
    const QString row = QStringLiteral("Mã không hợp lệ");
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d+ Mã không hợp lệ 2 1 1 0 0 2 "))),
             qPrintable(text));
    QVERIFY2(text.contains(QRegularExpression(QStringLiteral("\\d+ Mã không hợp lệ 2 0 "))),
             qPrintable(text));
    // The line under each of the three provider tables names the codes the row holds.
    const QString note = QStringLiteral("Mã không hợp lệ: BKAV_CA, VNPT_CA. Đây là mã doanh nghiệp ghi trong "
                                        "dữ liệu Hue-S không thuộc sáu doanh nghiệp tham gia chương trình");
    QCOMPARE(text.count(note), 3);
    // No code of its own in any table: each code appears only in those lines, and no row reads
    // "BKAV_CA 0 … 0,0 %".
    QCOMPARE(text.count(QStringLiteral("BKAV_CA")), 3);
    QCOMPARE(text.count(QStringLiteral("VNPT_CA")), 3);
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("(BKAV_CA|VNPT_CA)( \\(đã loại\\))? \\d"))));
    // The draft names a business where it names the one that issued most, not the row of codes.
    QVERIFY2(text.contains(QStringLiteral("Doanh nghiệp cấp nhiều nhất là VNPT-CA (2 chứng thư")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("nhiều nhất là ") + row));
    QVERIFY(!text.contains(QStringLiteral("nhiều nhất ở ") + row));
    if (const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + QStringLiteral("/report-invalid-codes.pdf"));
}

QTEST_MAIN(TestReportProviderGroups)
#include "tst_report_providergroups.moc"
