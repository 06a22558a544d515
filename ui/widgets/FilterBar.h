#pragma once

#include "statistics/Filter.h"
#include "util/Clock.h"

#include <QFlags>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QToolButton;

namespace sw::registry {
class RegistrySession;
}

namespace sw::ui {

// The filter bar under a page's title (ui-guide.md "Frame"): period, district, provider, rule,
// severity, and on the findings page handled / not handled — always in that order, each page
// showing the ones it can apply. Changes apply at
// once (filterChanged); "Clear filters" returns to all. Ctrl+F on the page gives it the keyboard.
//
// The period (issue 17): all time, a month or a quarter (stepped with the arrows beside it), the
// campaign (regulation.md: twelve months from 28/07/2023), or a range typed or picked in the two
// date boxes. A typed date applies when it is complete (Enter or leaving the box), never digit by
// digit; a first day after the last is pointed out and not applied, neither day being moved.
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    enum Control {
        Period = 0x1,
        District = 0x2,
        Provider = 0x4,
        Rule = 0x8,
        Severity = 0x10,
        Handling = 0x20
    };
    Q_DECLARE_FLAGS(Controls, Control)

    // `clock` gives the last day a period offers by default: today.
    FilterBar(Controls controls, const Clock &clock, QWidget *parent = nullptr);

    statistics::Filter filter() const;
    // Shows `filter` (fields of controls this bar lacks are ignored); emits filterChanged once
    // when it differs from the current one.
    void setFilter(const statistics::Filter &filter);
    // The provider codes to offer (the registry's); keeps the current choice when it is listed.
    void setProviders(const QStringList &codes);
    // The local day of the registry's latest record (statistics::lastRecordedDay): a month or a
    // quarter chosen from "all time" is the one holding it, and so is a range's last day.
    void setLastDataDay(const QDate &day);
    // Keeps the last data day up to date with the registries `session` opens (one index lookup
    // in the session's worker per registry).
    void followRegistry(registry::RegistrySession &session);
    QDate lastDataDay() const { return m_lastDataDay; }
    // Gives the keyboard to the first control (Ctrl+F).
    void focusFirst();

    enum class PeriodKind { All, Month, Quarter, Campaign, Range };
    PeriodKind periodKind() const;
    // The programme's campaign (regulation.md "Facts"): 28/07/2023 to 27/07/2024.
    static QDate campaignFirstDay();
    static QDate campaignLastDay();

    // For remembering the last filters in the settings.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    void filterChanged(const sw::statistics::Filter &filter);
    void lastDataDayChanged(const QDate &day);

private:
    void emitIfChanged();
    void periodKindChosen();
    void stepPeriod(int direction);
    void showPeriod(PeriodKind kind, const QDate &from, const QDate &to);
    void updatePeriodEnabled();
    void updateClearEnabled();

    Controls m_controls;
    Clock m_clock;
    QComboBox *m_period = nullptr; // PeriodKind
    QToolButton *m_previous = nullptr; // the month or quarter before
    QToolButton *m_next = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_periodProblem = nullptr; // a first day after the last
    QDate m_lastDataDay;
    QComboBox *m_district = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_rule = nullptr;
    QComboBox *m_severity = nullptr;
    QComboBox *m_handling = nullptr;
    QToolButton *m_clear = nullptr;
    statistics::Filter m_last;
    bool m_updating = false;
};

} // namespace sw::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(sw::ui::FilterBar::Controls)
