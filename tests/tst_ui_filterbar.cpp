#include "widgets/FilterBar.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

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
        period->setCurrentIndex(period->findData(int(FilterBar::PeriodKind::Range)));
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

    // Issue 17: a month, a quarter, the campaign; stepped with the arrows; recognised again when
    // set or restored.
    void periodPresets()
    {
        FilterBar bar(FilterBar::Period | FilterBar::District, today);
        auto *period = bar.findChild<QComboBox *>(QStringLiteral("filterPeriod"));
        auto *previous = bar.findChild<QToolButton *>(QStringLiteral("filterPrevious"));
        auto *next = bar.findChild<QToolButton *>(QStringLiteral("filterNext"));
        auto *from = bar.findChild<QDateEdit *>(QStringLiteral("filterFrom"));
        QVERIFY(period && previous && next && from);
        QSignalSpy changed(&bar, &FilterBar::filterChanged);
        QVERIFY(previous->isHidden());

        // The registry's latest record is in March 2024: the month offered first is that one.
        bar.setLastDataDay(QDate(2024, 3, 17));
        QVERIFY(bar.filter().from.isNull()); // still all time
        period->setCurrentIndex(period->findData(int(FilterBar::PeriodKind::Month)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().from, QDate(2024, 3, 1));
        QCOMPARE(bar.filter().to, QDate(2024, 3, 31));
        QVERIFY(!previous->isHidden() && !next->isHidden());
        QVERIFY(!from->isEnabled()); // a month is changed with the arrows
        previous->click();
        QCOMPARE(bar.filter().from, QDate(2024, 2, 1));
        QCOMPARE(bar.filter().to, QDate(2024, 2, 29));
        QCOMPARE(changed.size(), 2);

        period->setCurrentIndex(period->findData(int(FilterBar::PeriodKind::Quarter)));
        QCOMPARE(bar.filter().from, QDate(2024, 1, 1)); // the quarter holding the month shown
        QCOMPARE(bar.filter().to, QDate(2024, 3, 31));
        next->click();
        QCOMPARE(bar.filter().from, QDate(2024, 4, 1));
        QCOMPARE(bar.filter().to, QDate(2024, 6, 30));

        period->setCurrentIndex(period->findData(int(FilterBar::PeriodKind::Campaign)));
        QCOMPARE(bar.filter().from, QDate(2023, 7, 28));
        QCOMPARE(bar.filter().to, QDate(2024, 7, 27));
        QVERIFY(previous->isHidden());

        // A range starts as the period shown, its days free.
        period->setCurrentIndex(period->findData(int(FilterBar::PeriodKind::Range)));
        QCOMPARE(bar.filter().from, QDate(2023, 7, 28));
        QVERIFY(from->isEnabled());

        // Set or restored, a whole month or quarter shows as one.
        Filter f;
        f.from = QDate(2023, 10, 1);
        f.to = QDate(2023, 12, 31);
        bar.setFilter(f);
        QCOMPARE(bar.periodKind(), FilterBar::PeriodKind::Quarter);
        FilterBar other(FilterBar::Period, today);
        f.to = QDate(2023, 10, 31);
        bar.setFilter(f);
        other.restoreState(bar.saveState());
        QCOMPARE(other.periodKind(), FilterBar::PeriodKind::Month);
        QCOMPARE(other.filter().from, QDate(2023, 10, 1));
        f.to = QDate(2023, 10, 30);
        other.setFilter(f);
        QCOMPARE(other.periodKind(), FilterBar::PeriodKind::Range);
        // Without a registry, a month is the clock's.
        FilterBar fresh(FilterBar::Period, today);
        auto *freshPeriod = fresh.findChild<QComboBox *>(QStringLiteral("filterPeriod"));
        freshPeriod->setCurrentIndex(freshPeriod->findData(int(FilterBar::PeriodKind::Month)));
        QCOMPARE(fresh.filter().from, QDate(2024, 5, 1));
    }

    // Issue 17: a typed date applies once complete; a first day after the last is said, not
    // applied, and neither day moves.
    void typedDatesDoNotChangeBehindTheUsersBack()
    {
        FilterBar bar(FilterBar::Period, today);
        bar.show();
        QVERIFY(QTest::qWaitForWindowExposed(&bar));
        auto *from = bar.findChild<QDateEdit *>(QStringLiteral("filterFrom"));
        auto *to = bar.findChild<QDateEdit *>(QStringLiteral("filterTo"));
        auto *problem = bar.findChild<QLabel *>(QStringLiteral("filterPeriodProblem"));
        QVERIFY(problem);
        Filter f;
        f.from = QDate(2024, 3, 5);
        f.to = QDate(2024, 3, 20);
        bar.setFilter(f);
        QCOMPARE(bar.periodKind(), FilterBar::PeriodKind::Range);
        QSignalSpy changed(&bar, &FilterBar::filterChanged);

        // The day typed digit by digit: nothing applies until Enter.
        from->setFocus();
        from->setSelectedSection(QDateTimeEdit::DaySection);
        QTest::keyClicks(from, QStringLiteral("12"));
        QCOMPARE(from->text(), QStringLiteral("12/03/2024"));
        QCOMPARE(changed.size(), 0);
        QTest::keyClick(from, Qt::Key_Return);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(bar.filter().from, QDate(2024, 3, 12));

        // A first day after the last: pointed out, the filter unchanged, the last day where it was.
        from->setDate(QDate(2024, 4, 2));
        QCOMPARE(changed.size(), 1);
        QVERIFY(problem->isVisible());
        QCOMPARE(to->date(), QDate(2024, 3, 20));
        QCOMPARE(from->date(), QDate(2024, 4, 2));
        to->setDate(QDate(2024, 4, 30));
        QVERIFY(!problem->isVisible());
        QCOMPARE(changed.size(), 2);
        QCOMPARE(bar.filter().from, QDate(2024, 4, 2));
        QCOMPARE(bar.filter().to, QDate(2024, 4, 30));
    }

    // Ctrl+F anywhere on the page gives the bar the keyboard (ui-guide.md).
    void ctrlFFocusesTheBar()
    {
        QWidget page;
        auto *layout = new QVBoxLayout(&page);
        auto *bar = new FilterBar(FilterBar::District | FilterBar::Provider, today, &page);
        auto *edit = new QLineEdit(&page);
        layout->addWidget(bar);
        layout->addWidget(edit);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), bar->findChild<QComboBox *>(QStringLiteral("filterDistrict")));
    }
};

QTEST_MAIN(TestFilterBar)
#include "tst_ui_filterbar.moc"
