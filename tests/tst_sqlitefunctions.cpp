// The console's SQLite functions (registry/SqliteFunctions) must judge and convert the contract's
// times exactly as SQLite's own date functions with the form checks did before them: compared
// here on hand-picked edges and on thousands of deterministic mutations of valid times.
#include "registry/RegistryConnection.h"
#include "registry/SqliteFunctions.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;

namespace {
// The reference: SQLite's parser plus the pattern and the checks it lacks.
const char *referenceTimestamp
    = "SELECT (typeof(:v) = 'text' AND :v GLOB "
      "'[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]T[0-2][0-9]:[0-5][0-9]:[0-5][0-9]Z' "
      "AND unixepoch(:v) IS NOT NULL AND substr(:v, 12, 2) <> '24' "
      "AND (substr(:v, 9, 2) < '29' OR date(:v, '+0 days') = substr(:v, 1, 10))), "
      "sw_ts_valid(:v), unixepoch(:v), sw_epoch(:v)";
const char *referenceDate
    = "SELECT (typeof(:v) = 'text' AND :v GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]' "
      "AND unixepoch(:v) IS NOT NULL "
      "AND (substr(:v, 9, 2) < '29' OR date(:v, '+0 days') = :v)), "
      "sw_date_valid(:v), unixepoch(:v) / 86400, sw_days(:v)";
} // namespace

class TestSqliteFunctions : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<RegistryConnection> m_connection;

    void compare(const char *sql, const QVariant &value)
    {
        QSqlQuery query(m_connection->database());
        QVERIFY(query.prepare(QString::fromLatin1(sql)));
        query.bindValue(QStringLiteral(":v"), value);
        QVERIFY(query.exec() && query.next());
        const bool expected = query.value(0).toInt() == 1;
        QCOMPARE(query.value(1).toInt() == 1, expected);
        if (expected)
            QCOMPARE(query.value(3).toLongLong(), query.value(2).toLongLong());
        else
            QVERIFY(query.value(3).isNull());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto spec
            = ConnectionSpec::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("f.sqlite")));
        QVERIFY(spec.ok());
        auto connection = RegistryConnection::open(*spec, {}, RegistryConnection::Mode::Write);
        QVERIFY2(connection.ok(), qPrintable(connection ? QString() : connection.error().fullText()));
        m_connection = std::move(connection.value());
    }

    void timestamps_data()
    {
        QTest::addColumn<QVariant>("value");
        const char *edges[] = {"2023-05-01T10:00:00Z",
                               "1970-01-01T00:00:00Z",
                               "1969-12-31T23:59:59Z",
                               "0000-01-01T00:00:00Z",
                               "9999-12-31T23:59:59Z",
                               "2024-02-29T12:00:00Z",
                               "2023-02-29T12:00:00Z",
                               "2100-02-29T00:00:00Z",
                               "2000-02-29T00:00:00Z",
                               "2023-04-31T00:00:00Z",
                               "2023-04-30T00:00:00Z",
                               "2023-13-01T00:00:00Z",
                               "2023-00-10T00:00:00Z",
                               "2023-01-00T00:00:00Z",
                               "2023-01-32T00:00:00Z",
                               "2023-05-01T24:00:00Z",
                               "2023-05-01T23:60:00Z",
                               "2023-05-01T23:59:60Z",
                               "2023-05-01 10:00:00Z",
                               "2023-05-01T10:00:00",
                               "2023-05-01T10:00:00+07:00",
                               "2023-05-01T10:00:00.5Z",
                               "2023-5-01T10:00:00Z",
                               "2023-05-01",
                               "",
                               "tomorrow",
                               "2023-05-01T1a:00:00Z",
                               " 2023-05-01T10:00:00Z",
                               "２023-05-01T10:00:00Z"};
        for (const char *edge : edges)
            QTest::newRow(edge) << QVariant(QString::fromUtf8(edge));
        QTest::newRow("integer") << QVariant(qint64(1700000000));
        QTest::newRow("null") << QVariant();
    }
    void timestamps()
    {
        QFETCH(QVariant, value);
        compare(referenceTimestamp, value);
    }

    void dates_data()
    {
        QTest::addColumn<QVariant>("value");
        const char *edges[] = {"2024-05-01",
                               "2024-02-29",
                               "2023-02-29",
                               "1969-12-31",
                               "2023-11-31",
                               "2023-00-01",
                               "2023-01-00",
                               "2023-1-01",
                               "2024-05-01T00:00:00Z",
                               "20240501",
                               ""};
        for (const char *edge : edges)
            QTest::newRow(edge) << QVariant(QString::fromUtf8(edge));
        QTest::newRow("null") << QVariant();
    }
    void dates()
    {
        QFETCH(QVariant, value);
        compare(referenceDate, value);
    }

    // Valid times with one character replaced: every position, digits and separators.
    void mutations()
    {
        QRandomGenerator rng(2023);
        const QString alphabet = QStringLiteral("0123456789-:TZ ");
        for (int i = 0; i < 3000; ++i) {
            const qint64 seconds = qint64(rng.bounded(quint64(4102444800))) - 86400 * 365;
            QString text = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
            if (i % 3 != 0)
                text[rng.bounded(int(text.size()))] = alphabet[rng.bounded(int(alphabet.size()))];
            compare(referenceTimestamp, text);
            compare(referenceDate, text.left(10));
            if (QTest::currentTestFailed()) {
                qWarning() << "differs on" << text;
                return;
            }
        }
    }

    // The raw reader that the near-duplicate search uses: UTF-8 text as stored, NULL as a null
    // view, a message for bad SQL, and a stop when cancelled.
    void readsTextRows()
    {
        const QSqlDatabase db = m_connection->database();
        QSqlQuery query(db);
        QVERIFY(query.exec(QStringLiteral("CREATE TABLE rows (a TEXT, b TEXT)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO rows VALUES ('046090000001', 'Đặng Thị Ánh'), "
                                          "('046090000002', NULL), (42, '')")));
        QList<QStringList> seen;
        auto read = readSqliteTextRows(
            db, QStringLiteral("SELECT a, b FROM rows ORDER BY rowid"), 2,
            [&seen](const QByteArrayView *row) {
                seen.append({QString::fromUtf8(row[0]),
                             row[1].isNull() ? QStringLiteral("NULL") : QString::fromUtf8(row[1])});
            });
        QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().fullText()));
        const QList<QStringList> expected = {{QStringLiteral("046090000001"), QStringLiteral("Đặng Thị Ánh")},
                                             {QStringLiteral("046090000002"), QStringLiteral("NULL")},
                                             {QStringLiteral("42"), QString()}};
        QCOMPARE(seen, expected);

        auto bad = readSqliteTextRows(db, QStringLiteral("SELECT x FROM nowhere"), 1,
                                      [](const QByteArrayView *) {});
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().detail.contains(QStringLiteral("nowhere")), qPrintable(bad.error().fullText()));

        const std::atomic<bool> cancel {true};
        int calls = 0;
        auto cancelled = readSqliteTextRows(
            db, QStringLiteral("SELECT a FROM rows"), 1, [&calls](const QByteArrayView *) { ++calls; },
            &cancel);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().kind, sw::Error::Kind::Cancelled);
        QCOMPARE(calls, 0);
        QVERIFY(query.exec(QStringLiteral("DROP TABLE rows")));
    }
};

QTEST_GUILESS_MAIN(TestSqliteFunctions)
#include "tst_sqlitefunctions.moc"
