#pragma once

#include "statistics/Filter.h"
#include "util/Clock.h"

#include <QFlags>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QToolButton;

namespace sw::ui {

// The filter bar under a page's title (ui-guide.md "Frame"): period, district, provider, rule,
// severity, and on the findings page handled / not handled — always in that order, each page
// showing the ones it can apply. Changes apply at
// once (filterChanged); "Clear filters" returns to all.
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
    // Gives the keyboard to the first control (Ctrl+F).
    void focusFirst();

    // For remembering the last filters in the settings.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    void filterChanged(const sw::statistics::Filter &filter);

private:
    void emitIfChanged();
    void updatePeriodEnabled();
    void updateClearEnabled();

    Controls m_controls;
    Clock m_clock;
    QComboBox *m_period = nullptr; // all time / a chosen range
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
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
