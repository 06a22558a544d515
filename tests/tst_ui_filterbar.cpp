#include "widgets/FilterBar.h"

#include <QComboBox>
#include <QDateEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>

using sw::statistics::Filter;
using sw::ui::FilterBar;

class TestFilterBar : public QObject
{
    Q_OBJECT
    // The console's clock: a period ends today by default (the tests run with TZ=UTC).
    const sw::Clock today = sw::Clock::fixedAt(QDateTime(QDate(2024, 5, 6), QTime(3, 15), QTimeZone::utc()));

private Q_SLOTS:
    void changesApplyAtOnceAndClear()
    {
        FilterBar bar(FilterBar::Period | FilterBar::District | FilterBar::Provider | FilterBar::Rule
                          | FilterBar::Severity,
                      today);
        bar.setProviders({QStringLiteral("VNPT-CA"), QStringLiteral("CA2")});
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        QVERIFY(bar.filter().isEmpty());
        auto *clear = bar.findChild<QToolButton *>(QStringLiteral("filterClear"));
        QVERIFY(!clear->isEnabled());

        auto *provider = bar.findChild<QComboBox *>(QStringLiteral("filterProvider"));
        provider->setCurrentIndex(provider->findData(QStringLiteral("CA2")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().provider, QStringLiteral("CA2"));
        QVERIFY(clear->isEnabled());

        auto *period = bar.findChild<QComboBox *>(QStringLiteral("filterPeriod"));
        auto *from = bar.findChild<QDateEdit *>(QStringLiteral("filterFrom"));
        QVERIFY(!from->isEnabled());
        period->setCurrentIndex(1);
        QVERIFY(from->isEnabled());
        QCOMPARE(bar.filter().to, QDate(2024, 5, 6)); // the clock's today
        from->setDate(QDate(2023, 3, 1));
        QCOMPARE(bar.filter().from, QDate(2023, 3, 1));
        QCOMPARE(changed.size(), 3);

        clear->click();
        QVERIFY(bar.filter().isEmpty());
        QCOMPARE(changed.size(), 4);
        QVERIFY(!clear->isEnabled());
    }

    void stateRoundTrips()
    {
        FilterBar bar(FilterBar::Period | FilterBar::District | FilterBar::Provider | FilterBar::Rule
                          | FilterBar::Severity,
                      today);
        Filter f;
        f.from = QDate(2023, 2, 1);
        f.to = QDate(2023, 2, 28);
        f.district = QStringLiteral("478");
        f.provider = QStringLiteral("MISA-CA"); // not offered yet: kept visible
        f.rule = QStringLiteral("LATE_UPDATE");
        f.severity = QStringLiteral("medium");
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        bar.setFilter(f);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter(), f);
        bar.setFilter(f);
        QCOMPARE(changed.size(), 1); // no change, no signal

        FilterBar other(FilterBar::Period | FilterBar::District | FilterBar::Provider | FilterBar::Rule
                            | FilterBar::Severity,
                        today);
        other.restoreState(bar.saveState());
        QCOMPARE(other.filter(), f);
    }

    // Issue 17: handled / not handled after severity, in the state, cleared with the rest.
    void handlingIsAFilterLikeTheOthers()
    {
        const auto controls = FilterBar::Period | FilterBar::District | FilterBar::Provider | FilterBar::Rule
            | FilterBar::Severity | FilterBar::Handling;
        FilterBar bar(controls, today);
        auto *handling = bar.findChild<QComboBox *>(QStringLiteral("filterHandling"));
        QVERIFY(handling);
        const auto combos = bar.findChildren<QComboBox *>();
        QCOMPARE(combos.size(), 6); // period, district, provider, rule, severity, handling
        QCOMPARE(combos.last(), handling); // last, in the bar's order
        QCOMPARE(handling->count(), 3);
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        handling->setCurrentIndex(handling->findData(QStringLiteral("unhandled")));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().handling, QStringLiteral("unhandled"));
        QVERIFY(!bar.filter().isEmpty());

        FilterBar other(controls, today);
        other.restoreState(bar.saveState());
        QCOMPARE(other.filter().handling, QStringLiteral("unhandled"));
        Filter handled;
        handled.handling = QStringLiteral("handled");
        other.setFilter(handled);
        QCOMPARE(other.findChild<QComboBox *>(QStringLiteral("filterHandling"))->currentData().toString(),
                 QStringLiteral("handled"));

        bar.findChild<QToolButton *>(QStringLiteral("filterClear"))->click();
        QVERIFY(bar.filter().handling.isEmpty());
        // A page without the control ignores the field.
        FilterBar plain(FilterBar::Provider, today);
        plain.setFilter(handled);
        QVERIFY(plain.filter().handling.isEmpty());
    }

    void absentControlsIgnoreTheirFields()
    {
        FilterBar bar(FilterBar::District | FilterBar::Provider, today);
        Filter f;
        f.rule = QStringLiteral("LATE_UPDATE");
        f.district = QStringLiteral("474");
        bar.setFilter(f);
        QCOMPARE(bar.filter().district, QStringLiteral("474"));
        QVERIFY(bar.filter().rule.isEmpty());
        QVERIFY(!bar.findChild<QComboBox *>(QStringLiteral("filterRule")));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_ui_filterbar.moc"
