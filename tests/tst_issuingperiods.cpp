// The issuing body by period (spec/organisation.md): which body a document dated on a day carries,
// and what a next period must be.
#include "documents/IssuingPeriods.h"

#include <QTest>

using namespace sw::documents;

Q_DECLARE_METATYPE(sw::documents::IssuingPeriod)

class TestIssuingPeriods : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtInPeriods();
    void inForce_data();
    void inForce();
    void nextPeriod_data();
    void nextPeriod();
};

void TestIssuingPeriods::builtInPeriods()
{
    const auto periods = IssuingPeriods::builtIn().periods();
    QCOMPARE(periods.size(), 3);
    QCOMPARE(periods.at(0).from, QDate(2023, 7, 28));
    // The first period is the documents' historical default (Issuer{}).
    QCOMPARE(periods.at(0).issuer, Issuer {});
    QCOMPARE(periods.at(1).from, QDate(2025, 1, 1));
    QCOMPARE(periods.at(1).issuer.parentBody, QStringLiteral("UBND THÀNH PHỐ HUẾ"));
    QCOMPARE(periods.at(1).issuer.bodyCode, QStringLiteral("STTTT"));
    QCOMPARE(periods.at(1).issuer.place, QStringLiteral("Huế"));
    QCOMPARE(periods.at(2).from, QDate(2025, 3, 1));
    QCOMPARE(periods.at(2).issuer.body, QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"));
    QCOMPARE(periods.at(2).issuer.bodyCode, QStringLiteral("SKHCN"));
    QCOMPARE(periods.at(2).issuer.bodyInText, QStringLiteral("Sở Khoa học và Công nghệ"));
    // No address is invented: the casebook records the seats (Issuers::setAddress).
    for (const auto &p : periods)
        QCOMPARE(p.issuer.address, QString());
}

void TestIssuingPeriods::inForce_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("code"); // empty: refused
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QDate>("from");

    QTest::newRow("before the campaign") << QDate(2023, 7, 27) << QString() << QString() << QDate();
    QTest::newRow("first day") << QDate(2023, 7, 28) << "STTTT"
                               << "UBND TỈNH THỪA THIÊN HUẾ" << QDate(2023, 7, 28);
    QTest::newRow("last day of the province") << QDate(2024, 12, 31) << "STTTT"
                                              << "UBND TỈNH THỪA THIÊN HUẾ" << QDate(2023, 7, 28);
    QTest::newRow("Huế city") << QDate(2025, 1, 1) << "STTTT"
                              << "UBND THÀNH PHỐ HUẾ" << QDate(2025, 1, 1);
    QTest::newRow("day before the merger") << QDate(2025, 2, 28) << "STTTT"
                                           << "UBND THÀNH PHỐ HUẾ" << QDate(2025, 1, 1);
    QTest::newRow("merger") << QDate(2025, 3, 1) << "SKHCN"
                            << "UBND THÀNH PHỐ HUẾ" << QDate(2025, 3, 1);
    QTest::newRow("2026") << QDate(2026, 11, 20) << "SKHCN"
                          << "UBND THÀNH PHỐ HUẾ" << QDate(2025, 3, 1);
    QTest::newRow("invalid") << QDate() << QString() << QString() << QDate();
}

void TestIssuingPeriods::inForce()
{
    QFETCH(QDate, date);
    QFETCH(QString, code);
    QFETCH(QString, parent);
    QFETCH(QDate, from);
    const auto found = IssuingPeriods::builtIn().inForce(date);
    if (code.isEmpty()) {
        QVERIFY(!found);
        QCOMPARE(found.error().kind, sw::Error::Kind::InvalidInput);
        if (date.isValid())
            QVERIFY2(found.error().message.contains(QStringLiteral("28/07/2023")),
                     qPrintable(found.error().message));
        return;
    }
    QVERIFY2(found.ok(), qPrintable(found.ok() ? QString() : found.error().message));
    QCOMPARE(found->period.issuer.bodyCode, code);
    QCOMPARE(found->period.issuer.parentBody, parent);
    QCOMPARE(found->period.from, from);
    // The reason names the period's first day and the code.
    QVERIFY2(found->reason.contains(periodDate(from)) && found->reason.contains(code),
             qPrintable(found->reason));
}

void TestIssuingPeriods::nextPeriod_data()
{
    QTest::addColumn<IssuingPeriod>("candidate");
    QTest::addColumn<QString>("problem"); // a word of the refusal; empty: accepted

    const Issuer next {QStringLiteral("UBND THÀNH PHỐ HUẾ"),
                       QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ HUẾ"),
                       QStringLiteral("SKHCNH2"),
                       QStringLiteral("Sở Khoa học và Công nghệ Huế"),
                       QStringLiteral("Huế"),
                       QStringLiteral("Số 26 Hà Nội, thành phố Huế")};
    QTest::newRow("complete") << IssuingPeriod {QDate(2027, 1, 1), next} << QString();
    Issuer noAddress = next;
    noAddress.address.clear();
    QTest::newRow("no address") << IssuingPeriod {QDate(2027, 1, 1), noAddress}
                                << QStringLiteral("the address");
    Issuer noPlace = next;
    noPlace.place = QStringLiteral("  ");
    QTest::newRow("no place") << IssuingPeriod {QDate(2027, 1, 1), noPlace} << QStringLiteral("the place");
    Issuer noBody = next;
    noBody.body.clear();
    noBody.bodyInText.clear();
    QTest::newRow("no body") << IssuingPeriod {QDate(2027, 1, 1), noBody}
                             << QStringLiteral("the issuing body, the body in running text");
    QTest::newRow("no date") << IssuingPeriod {QDate(), next} << QStringLiteral("the date");
    Issuer dash = next;
    dash.bodyCode = QStringLiteral("SKH-CN");
    QTest::newRow("code with a dash")
        << IssuingPeriod {QDate(2027, 1, 1), dash} << QStringLiteral("letters and digits");
    Issuer space = next;
    space.bodyCode = QStringLiteral("SK HCN");
    QTest::newRow("code with a space")
        << IssuingPeriod {QDate(2027, 1, 1), space} << QStringLiteral("letters and digits");
    QTest::newRow("same day as the last")
        << IssuingPeriod {QDate(2025, 3, 1), next} << QStringLiteral("after the last one (01/03/2025");
    QTest::newRow("before the last") << IssuingPeriod {QDate(2024, 1, 1), next}
                                     << QStringLiteral("after the last one");
}

void TestIssuingPeriods::nextPeriod()
{
    QFETCH(IssuingPeriod, candidate);
    QFETCH(QString, problem);
    const QString found = IssuingPeriods::builtIn().problemWithNext(candidate);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.contains(problem), qPrintable(found));
}

QTEST_GUILESS_MAIN(TestIssuingPeriods)
#include "tst_issuingperiods.moc"
