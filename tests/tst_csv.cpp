// CSV fields as every export of the console writes them: RFC 4180 quoting, and no cell that a
// spreadsheet would run as a formula (registry data comes from outside: a provider code or a staff
// account could be "=HYPERLINK(…)").
#include "findings/FindingsExport.h"
#include "reports/CsvExport.h"
#include "rules/Finding.h"
#include "util/Csv.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void field_data();
    void field();
    void findingRow();
    void exportsNeutraliseFormulas();
};

void TestCsv::field_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("csv");
    QTest::newRow("plain") << QStringLiteral("VNPT-CA") << QByteArray("VNPT-CA");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("Vietnamese") << QStringLiteral("Nguyễn") << QStringLiteral("Nguyễn").toUtf8();
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("equals formula") << QStringLiteral("=1+2") << QByteArray("'=1+2");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                               << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("plus formula") << QStringLiteral("+cmd|' /C calc'!A0")
                                  << QByteArray("'+cmd|' /C calc'!A0");
    QTest::newRow("minus formula") << QStringLiteral("-2+3+cmd") << QByteArray("'-2+3+cmd");
    QTest::newRow("at formula") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\t=1") << QByteArray("'\t=1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1") << QByteArray("\"'\r=1\"");
    QTest::newRow("negative number") << QStringLiteral("-12") << QByteArray("-12");
    QTest::newRow("signed decimal") << QStringLiteral("+3,5 %") << QByteArray("\"+3,5 %\"");
    QTest::newRow("negative decimal") << QStringLiteral("-0.25") << QByteArray("-0.25");
    QTest::newRow("equals inside") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("dash alone") << QStringLiteral("-") << QByteArray("'-");
}

void TestCsv::field()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, csv);
    QCOMPARE(util::csvField(text), csv);
}

void TestCsv::findingRow()
{
    rules::Finding f;
    f.rule = QStringLiteral("DATA_QUALITY");
    f.subjectKind = QStringLiteral("certificates");
    f.subjectId = 12;
    f.provider = QStringLiteral("=HYPERLINK(\"http://evil\")"); // an unknown provider code, as stored
    f.detail = {{QStringLiteral("column"), QStringLiteral("provider_code")}};
    const QList<QStringList> back = reports::CsvExport::parse(rules::toCsvRow(f));
    QCOMPARE(back.size(), 1);
    QCOMPARE(back.first().size(), 10);
    QCOMPARE(back.first().at(5), QStringLiteral("'=HYPERLINK(\"http://evil\")"));
    QCOMPARE(back.first().at(0), QStringLiteral("DATA_QUALITY"));
}

void TestCsv::exportsNeutraliseFormulas()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // A table exported from a page.
    const QString table = dir.filePath(QStringLiteral("table.csv"));
    QVERIFY(reports::CsvExport::save(table, {QStringLiteral("staff")},
                                     {{QStringLiteral("@cmd")}, {QStringLiteral("-5")}})
                .ok());
    QFile file(table);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = reports::CsvExport::parse(file.readAll());
    QCOMPARE(
        rows,
        (QList<QStringList> {{QStringLiteral("staff")}, {QStringLiteral("'@cmd")}, {QStringLiteral("-5")}}));

    // The findings page's export (CSV with the district column).
    const QString findingsCsv = dir.filePath(QStringLiteral("findings.csv"));
    findings::FindingsExport out(findingsCsv, findings::FindingsExport::Format::Csv);
    QVERIFY(out.begin().ok());
    findings::StoredFinding stored;
    stored.finding.rule = QStringLiteral("DATA_QUALITY");
    stored.finding.subjectKind = QStringLiteral("lookups");
    stored.finding.subjectId = 3;
    stored.finding.provider = QStringLiteral("+SUM(1)");
    QVERIFY(out.append({stored}).ok());
    QVERIFY(out.commit().ok());
    QFile written(findingsCsv);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QList<QStringList> lines = reports::CsvExport::parse(written.readAll());
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(1).at(5), QStringLiteral("'+SUM(1)"));
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
