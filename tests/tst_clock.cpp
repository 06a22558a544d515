// The one clock of core and ui: fixed clocks read exactly, copies share their source, and no
// other code reads the system's time.
#include "SourceScan.h"
#include "util/Clock.h"

#include <QTest>

using sw::Clock;

class TestClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fixedClockReadsExactlyInUtc();
    void copiesReadTheSameSource();
    void datesFollowTheZone();
    void systemClockIsTheDefault();
    void onlyTheClockReadsTheSystemTime();
};

void TestClock::fixedClockReadsExactlyInUtc()
{
    // 09:30 in Huế (UTC+7) is 02:30 UTC.
    const Clock clock = Clock::fixedAt(QDateTime(QDate(2024, 5, 6), QTime(9, 30), QTimeZone(7 * 3600)));
    QCOMPARE(clock.now(), QDateTime(QDate(2024, 5, 6), QTime(2, 30), QTimeZone::utc()));
    QCOMPARE(clock.now().timeSpec(), Qt::UTC);
    QCOMPARE(clock.secsSinceEpoch(), qint64(1714962600));
    QCOMPARE(clock.now(), clock.now());
}

void TestClock::copiesReadTheSameSource()
{
    QDateTime now(QDate(2023, 9, 12), QTime(2, 30), QTimeZone::utc());
    const Clock clock([&now] { return now; });
    const Clock copy = clock; // as the casebook, the outbox and the pages each keep one
    now = now.addSecs(90);
    QCOMPARE(copy.now(), QDateTime(QDate(2023, 9, 12), QTime(2, 31, 30), QTimeZone::utc()));
    QCOMPARE(clock.now(), copy.now());
}

void TestClock::datesFollowTheZone()
{
    // 20:00 UTC on 6 May is already 7 May in Huế.
    const Clock clock = Clock::fixedAt(QDateTime(QDate(2024, 5, 6), QTime(20, 0), QTimeZone::utc()));
    QCOMPARE(clock.dateIn(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))), QDate(2024, 5, 7));
    QCOMPARE(clock.dateIn(QTimeZone::utc()), QDate(2024, 5, 6));
    QCOMPARE(clock.localDate(), clock.now().toLocalTime().date());
}

void TestClock::systemClockIsTheDefault()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const QDateTime now = Clock().now();
    const QDateTime after = QDateTime::currentDateTimeUtc();
    QVERIFY(before <= now && now <= after);
    QCOMPARE(now.timeSpec(), Qt::UTC);
}

// Core, ui and the executables take the time from a Clock; durations use QElapsedTimer.
void TestClock::onlyTheClockReadsTheSystemTime()
{
    const QRegularExpression pattern(QStringLiteral(
        "current(DateTime(Utc)?|Date|Time|M?SecsSinceEpoch)\\s*\\(|system_clock::now|std::time\\s*\\("));
    const QStringList folders {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};
    // The scan reads the real tree: it finds the clock's own read.
    QVERIFY(!sw::test::sourceLinesMatching(folders, pattern, {})
                 .filter(QStringLiteral("core/util/Clock.cpp"))
                 .isEmpty());
    const QStringList others
        = sw::test::sourceLinesMatching(folders, pattern, {QStringLiteral("core/util/Clock.cpp")});
    QVERIFY2(
        others.isEmpty(),
        qPrintable(QStringLiteral("the system's time read outside util/Clock (take a sw::Clock instead):\n")
                   + others.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
