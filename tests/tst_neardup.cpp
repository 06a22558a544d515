#include "rules/NearDuplicates.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace sw::rules;

// IDENTITY_NEAR_DUPLICATE's pieces: the name key, id nearness, and the pair search (including the
// masked-key path taken for large birth-date blocks) against brute force.
class TestNearDuplicates : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nameKey_data();
    void nameKey();
    void nearIds_data();
    void nearIds();
    void pairSearchMatchesBruteForce_data();
    void pairSearchMatchesBruteForce();
};

void TestNearDuplicates::nameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("diacritics and case")
        << QStringLiteral("Nguyễn Văn Ánh") << QStringLiteral("NGUYEN VAN ANH") << true;
    QTest::newRow("đ and Đ") << QStringLiteral("Đặng Thị Đào") << QStringLiteral("dang thi dao") << true;
    QTest::newRow("white space runs, tabs, no-break space")
        << QStringLiteral("  Trần\t\tThị \u00A0Bình ") << QStringLiteral("tran thi binh") << true;
    QTest::newRow("decomposed input")
        << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("nguyen") << true;
    QTest::newRow("ơ and ư lose the horn")
        << QStringLiteral("Phước Lợi") << QStringLiteral("phuoc loi") << true;
    QTest::newRow("different words") << QStringLiteral("Phạm Thị Dung") << QStringLiteral("Phạm Thị Dũng Anh")
                                     << false;
    QTest::newRow("inner space matters") << QStringLiteral("Thu Hà") << QStringLiteral("Thuha") << false;
}

void TestNearDuplicates::nameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, equal);
    QCOMPARE(sw::rules::nameKey(a) == sw::rules::nameKey(b), equal);
}

void TestNearDuplicates::nearIds_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("near");
    QTest::newRow("one digit") << QStringLiteral("046090500001") << QStringLiteral("046090500007") << true;
    QTest::newRow("first digit") << QStringLiteral("046090500001") << QStringLiteral("146090500001") << true;
    QTest::newRow("adjacent swap") << QStringLiteral("046185001234") << QStringLiteral("046185002134")
                                   << true;
    QTest::newRow("swap at the end") << QStringLiteral("046185001234") << QStringLiteral("046185001243")
                                     << true;
    QTest::newRow("two digits") << QStringLiteral("046070005555") << QStringLiteral("046070005566") << false;
    QTest::newRow("non-adjacent swap")
        << QStringLiteral("046185001234") << QStringLiteral("046185004231") << false;
    QTest::newRow("same id") << QStringLiteral("046185001234") << QStringLiteral("046185001234") << false;
    QTest::newRow("eleven digits") << QStringLiteral("04618500123") << QStringLiteral("04618500124") << false;
    QTest::newRow("a letter") << QStringLiteral("04618500123x") << QStringLiteral("046185001234") << false;
}

void TestNearDuplicates::nearIds()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, near);
    QCOMPARE(idsNearlyEqual(a, b), near);
    QCOMPARE(idsNearlyEqual(b, a), near);
}

void TestNearDuplicates::pairSearchMatchesBruteForce_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("birthDates");
    QTest::newRow("small blocks: pairwise") << 600 << 20;
    QTest::newRow("one large block: masked keys") << 1500 << 1;
}

void TestNearDuplicates::pairSearchMatchesBruteForce()
{
    QFETCH(int, count);
    QFETCH(int, birthDates);
    QRandomGenerator random(42);
    struct Citizen
    {
        QString id;
        QString birth;
    };
    QList<Citizen> citizens;
    QSet<QString> ids; // ids are a primary key: unique
    while (citizens.size() < count) {
        // Ids from a small space so that near pairs occur; some near twins of earlier ids on purpose.
        QString id = QStringLiteral("0461900") + QString::number(random.bounded(10000, 40000));
        QString birth
            = QStringLiteral("1990-01-%1").arg(1 + random.bounded(birthDates), 2, 10, QLatin1Char('0'));
        if (citizens.size() > 10 && random.bounded(5) == 0) {
            const Citizen &source = citizens[random.bounded(citizens.size())];
            id = source.id;
            birth = source.birth;
            const int p = random.bounded(12);
            if (random.bounded(2) == 0)
                id[p] = QChar(u'0' + random.bounded(10));
            else if (p < 11)
                std::swap(id[p], id[p + 1]);
        }
        if (!ids.contains(id)) {
            ids.insert(id);
            citizens.append({id, birth});
        }
    }
    // Left out: not 12 digits, and a birth date not in the contract's form.
    citizens.append({QStringLiteral("bad"), QStringLiteral("1990-01-01")});
    citizens.append({QStringLiteral("046190010000"), QStringLiteral("1990-1-01")});

    QList<QPair<QString, QString>> expected;
    NearIdSearch search;
    for (qsizetype i = 0; i < citizens.size(); ++i) {
        search.add(citizens[i].id, citizens[i].birth);
        for (qsizetype j = i + 1; j < citizens.size(); ++j)
            if (citizens[i].birth == citizens[j].birth && citizens[i].birth.size() == 10
                && idsNearlyEqual(citizens[i].id, citizens[j].id))
                expected.append(
                    {std::min(citizens[i].id, citizens[j].id), std::max(citizens[i].id, citizens[j].id)});
    }
    std::sort(expected.begin(), expected.end());
    QCOMPARE(search.size(), citizens.size() - 2);
    QVERIFY(expected.size() > 20);
    QCOMPARE(search.pairs(), expected);

    // The same citizens as UTF-8 bytes (how SQLite hands them over) and as PostgreSQL's lists of
    // "day:id" (days from 1970-01-01, some negative; a list split in two rows; a piece that is
    // not 12 digits, a piece with no day and an empty piece left out).
    NearIdSearch fromBytes;
    NearIdSearch fromDays;
    QStringList items;
    for (const Citizen &c : citizens) {
        fromBytes.add(QByteArrayView(c.id.toUtf8()), QByteArrayView(c.birth.toUtf8()));
        const QDate date = QDate::fromString(c.birth, QStringLiteral("yyyy-MM-dd"));
        if (date.isValid())
            items << QStringLiteral("%1:%2").arg(QDate(1970, 1, 1).daysTo(date) - 8000).arg(c.id);
    }
    items << QStringLiteral("12:04619001") << QStringLiteral(":046190010001") << QString();
    fromDays.addDayIds(items.mid(0, items.size() / 2).join(QLatin1Char(',')));
    fromDays.addDayIds(items.mid(items.size() / 2).join(QLatin1Char(',')));
    QCOMPARE(fromBytes.size(), search.size());
    QCOMPARE(fromDays.size(), search.size());
    QCOMPARE(fromBytes.pairs(), expected);
    QCOMPARE(fromDays.pairs(), expected);
}

QTEST_GUILESS_MAIN(TestNearDuplicates)
#include "tst_neardup.moc"
