// The audit log as CSV for use outside the console (AuditExport; `signwatch-cli audit export`):
// times in UTC, a reason with a comma, quotes and a line end quoted, citizen ids masked, days of
// --from/--to in local time (UTC+7) with both ends included, personal-data accesses alone, and a
// file readable by its owner only.
#include "casebook/AuditExport.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "privacy/Masking.h"
#include "privacy/PrivateFiles.h"
#include "reports/CsvExport.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::casebook;

namespace {
const QString unmaskedId = QStringLiteral("046201012345");
const QString secondId = QStringLiteral("079301234567");
const QString trickyReason = QStringLiteral("Said \"urgent\", call back\nsecond line");

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toLocal8Bit();
}

QList<qint64> ids(const QList<AuditEntry> &entries)
{
    QList<qint64> out;
    for (const AuditEntry &e : entries)
        out << e.id;
    return out;
}
} // namespace

class TestAuditExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowsAsWritten();
    void selection_data();
    void selection();
    void firstDayAfterLastIsRefused();
    void fileIsPrivate();

private:
    QTemporaryDir m_dir;
    QDateTime m_now;
    std::unique_ptr<Casebook> m_casebook;
    std::unique_ptr<AuditLog> m_log;
};

void TestAuditExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto opened
        = Casebook::open(m_dir.filePath(QStringLiteral("casebook.sqlite")), Clock([this] { return m_now; }));
    QVERIFY2(opened.ok(), why(opened).constData());
    m_casebook = std::move(*opened);
    m_log = std::make_unique<AuditLog>(*m_casebook);
    // Around the local midnights of 5 and 6 January 2024 (17:00 UTC the day before).
    const struct
    {
        const char *at;
        const char *actor;
        AuditLog::NewEntry entry;
    } entries[] = {
        {"2024-01-04T16:59:59Z",
         "lan.nt",
         {QStringLiteral("citizen.unmask"), QStringLiteral("citizen"), unmaskedId,
          QStringLiteral("Complaint no. 3: the citizen's account")}},
        {"2024-01-04T17:00:00Z",
         "minh.lv",
         {QStringLiteral("complaint.add"), QStringLiteral("complaint"), QStringLiteral("1"), trickyReason}},
        {"2024-01-05T16:59:59Z",
         "Trần Thị Hoa",
         {QStringLiteral("citizen.unmask"), QStringLiteral("citizen"), secondId,
          QStringLiteral("Asked by %1's lawyer").arg(secondId)}},
        {"2024-01-05T17:00:00Z",
         "minh.lv",
         {QStringLiteral("case.open"), QStringLiteral("case"), QStringLiteral("2"), QStringLiteral("=1+1")}},
    };
    for (const auto &e : entries) {
        m_now = utc(e.at);
        m_log->setActor(QString::fromUtf8(e.actor));
        auto appended = m_log->append(e.entry);
        QVERIFY2(appended.ok(), why(appended).constData());
    }
}

void TestAuditExport::cleanupTestCase()
{
    m_log.reset();
    m_casebook.reset();
}

void TestAuditExport::rowsAsWritten()
{
    auto all = AuditExport::select(*m_log, {});
    QVERIFY2(all.ok(), why(all).constData());
    QCOMPARE(all->size(), 4);
    const QByteArray bytes = AuditExport::csv(*all);
    // UTF-8 with a byte-order mark, CRLF line ends; the reason's line end stays inside its quotes.
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,time_utc,person,action,subject_kind,subject_id,reason\r\n"));
    QVERIFY(bytes.contains("2,2024-01-04T17:00:00Z,minh.lv,complaint.add,complaint,1,"
                           "\"Said \"\"urgent\"\", call back\nsecond line\"\r\n"));
    // A reason a spreadsheet would run as a formula is defused (util/Csv.h).
    QVERIFY(bytes.endsWith("4,2024-01-05T17:00:00Z,minh.lv,case.open,case,2,'=1+1\r\n"));
    // §1.7: no full citizen id in the file, neither as the subject nor typed into a reason.
    QVERIFY(!bytes.contains(unmaskedId.toLatin1()));
    QVERIFY(!bytes.contains(secondId.toLatin1()));
    QVERIFY(!QRegularExpression(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"))
                 .match(QString::fromUtf8(bytes))
                 .hasMatch());

    const QList<QStringList> rows = reports::CsvExport::parse(bytes);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.at(0), AuditExport::header());
    QCOMPARE(rows.at(1),
             (QStringList {QStringLiteral("1"), QStringLiteral("2024-01-04T16:59:59Z"),
                           QStringLiteral("lan.nt"), QStringLiteral("citizen.unmask"),
                           QStringLiteral("citizen"), privacy::maskCitizenId(unmaskedId),
                           QStringLiteral("Complaint no. 3: the citizen's account")}));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("046******345"));
    QCOMPARE(rows.at(2).at(6), trickyReason);
    QCOMPARE(rows.at(3).at(2), QStringLiteral("Trần Thị Hoa"));
    QCOMPARE(rows.at(3).at(5), privacy::maskCitizenId(secondId));
    QCOMPARE(rows.at(3).at(6), QStringLiteral("Asked by %1's lawyer").arg(privacy::maskCitizenId(secondId)));
}

void TestAuditExport::selection_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<bool>("personal");
    QTest::addColumn<QList<qint64>>("expected");
    const QDate jan4(2024, 1, 4), jan5(2024, 1, 5), jan6(2024, 1, 6);
    QTest::newRow("everything") << QDate() << QDate() << false << QList<qint64> {1, 2, 3, 4};
    // 16:59:59 UTC is 23:59:59 local, still the day before; 17:00 UTC is local midnight.
    QTest::newRow("one local day") << jan5 << jan5 << false << QList<qint64> {2, 3};
    QTest::newRow("from a day on") << jan5 << QDate() << false << QList<qint64> {2, 3, 4};
    QTest::newRow("up to a day") << QDate() << jan4 << false << QList<qint64> {1};
    QTest::newRow("two days") << jan4 << jan5 << false << QList<qint64> {1, 2, 3};
    QTest::newRow("a day with nothing")
        << QDate(2024, 1, 7) << QDate(2024, 1, 7) << false << QList<qint64> {};
    QTest::newRow("last day only") << jan6 << jan6 << false << QList<qint64> {4};
    QTest::newRow("personal data") << QDate() << QDate() << true << QList<qint64> {1, 3};
    QTest::newRow("personal data on a day") << jan5 << jan5 << true << QList<qint64> {3};
}

void TestAuditExport::selection()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(bool, personal);
    QFETCH(QList<qint64>, expected);
    auto selected = AuditExport::select(*m_log, {from, to, personal});
    QVERIFY2(selected.ok(), why(selected).constData());
    QCOMPARE(ids(*selected), expected);
}

void TestAuditExport::firstDayAfterLastIsRefused()
{
    auto refused = AuditExport::select(*m_log, {QDate(2024, 1, 6), QDate(2024, 1, 5), false});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::InvalidInput);
    QVERIFY(refused.error().message.contains(QLatin1String("2024-01-06")));
}

void TestAuditExport::fileIsPrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
    auto written = AuditExport::write(*m_log, {QDate(), QDate(), true}, path);
    QVERIFY2(written.ok(), why(written).constData());
    QCOMPARE(*written, qint64(2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), AuditExport::csv(*AuditExport::select(*m_log, {QDate(), QDate(), true})));
#ifdef Q_OS_UNIX
    QCOMPARE(file.permissions()
                 & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                    | QFileDevice::WriteOther),
             QFileDevice::Permissions());
    QVERIFY(!privacy::isOpenToOthers(path));
#endif
}

QTEST_GUILESS_MAIN(TestAuditExport)
#include "tst_auditexport.moc"
