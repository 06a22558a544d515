#pragma once

#include <QWidget>

class QComboBox;
class QSpinBox;

namespace sw::ui {

// A length of time as people say it: a whole number and its unit (seconds, minutes, hours, days),
// held as seconds. Set from seconds, it shows the largest unit that holds the value exactly
// (86.400 s: 24 hours, 604.800 s: 7 days, 300 s: 5 minutes), so a value is never rounded; the
// person may pick another unit, and the number then counts in that unit (5 minutes → 5 hours).
class DurationEdit : public QWidget
{
    Q_OBJECT
public:
    enum Unit { Seconds = 1, Minutes = 60, Hours = 3600, Days = 86400 };

    explicit DurationEdit(QWidget *parent = nullptr);

    qint64 seconds() const;
    void setSeconds(qint64 seconds);
    // The largest value, in seconds (the smallest is 0).
    void setMaximumSeconds(qint64 seconds);

    Unit unit() const;
    int amount() const; // the number shown, in unit()
    QSpinBox *amountBox() const { return m_amount; }
    QComboBox *unitBox() const { return m_unit; }

    // The unit `seconds` reads best in: days from three days on, hours, minutes, or seconds, the
    // largest that holds it exactly.
    static Unit unitFor(qint64 seconds);

Q_SIGNALS:
    // The person changed the number or the unit (not setSeconds()).
    void secondsChanged(qint64 seconds);

private:
    void setUnit(Unit unit);
    void updateRange();
    void nameUnits();

    QSpinBox *m_amount;
    QComboBox *m_unit;
    qint64 m_maximum = 10LL * 365 * 86400;
    bool m_setting = false;
};

} // namespace sw::ui
