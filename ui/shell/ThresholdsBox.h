#pragma once

#include "rules/Thresholds.h"

#include <QGroupBox>
#include <QList>

class QAbstractSpinBox;
class QDateTimeEdit;
class QLabel;
class QSpinBox;

namespace sw::settings {
class Settings;
}

namespace sw::ui {

class DurationEdit;

// Settings, "Rule thresholds": every threshold of spec/rules.md with the spec's default, each
// change written to the settings at once (only values that differ from the default are kept, so a
// later default applies to the rest). Scans and the live watch read them when they start
// (FindingsPage), the command line too; the findings already on show were found with the earlier
// values, which the box says after a change.
class ThresholdsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit ThresholdsBox(settings::Settings &settings, QWidget *parent = nullptr);

    // Shows what the settings hold.
    void load();
    // Forgets every value the user set: the spec's defaults again.
    void resetToDefaults();

Q_SIGNALS:
    // A threshold changed in the settings: what was found earlier needs a new scan.
    void thresholdsChanged();

private:
    struct Field
    {
        rules::ThresholdInfo info;
        DurationEdit *duration = nullptr; // seconds, shown in the unit that reads best
        QSpinBox *spin = nullptr; // days, a count
        QDateTimeEdit *time = nullptr; // programme_start
    };
    void store(const Field &field);

    settings::Settings &m_settings;
    QList<Field> m_fields;
    QLabel *m_notice;
    bool m_loading = false;
};

} // namespace sw::ui
