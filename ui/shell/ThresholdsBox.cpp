#include "shell/ThresholdsBox.h"

#include "widgets/DurationEdit.h"
#include "widgets/RuleThresholds.h"

#include "settings/Settings.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeZone>

#include <algorithm>

namespace sw::ui {

namespace {
// The console shows times in the Department's local time (UTC+7), the registry keeps them in UTC.
constexpr qint64 localOffset = 7 * 3600;
// The spin boxes hold an int: ten years of seconds is far beyond any sensible threshold.
constexpr int largest = 10 * 365 * 86400;

QString capitalised(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}
} // namespace

ThresholdsBox::ThresholdsBox(settings::Settings &settings, QWidget *parent)
    : QGroupBox(tr("Rule thresholds"), parent), m_settings(settings), m_notice(new QLabel(this))
{
    setObjectName(QStringLiteral("thresholdsSettings"));
    auto *grid = new QGridLayout;
    grid->setColumnStretch(0, 1);
    using Unit = rules::ThresholdInfo::Unit;
    int row = 0;
    for (const rules::ThresholdInfo &info : rules::thresholdCatalogue()) {
        Field field {info};
        QWidget *editor = nullptr;
        if (info.unit == Unit::Timestamp) {
            field.time = new QDateTimeEdit(this);
            field.time->setTimeSpec(Qt::UTC); // shown shifted to UTC+7, see load()
            field.time->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
            field.time->setCalendarPopup(true);
            editor = field.time;
            connect(field.time, &QDateTimeEdit::dateTimeChanged, this, [this, field] { store(field); });
        } else if (info.unit == Unit::Seconds) {
            // "24 giờ", "5 phút", "7 ngày" rather than "86.400 giây"; kept in seconds all the same.
            field.duration = new DurationEdit(this);
            field.duration->setMaximumSeconds(largest);
            editor = field.duration;
            connect(field.duration, &DurationEdit::secondsChanged, this, [this, field] { store(field); });
        } else {
            field.spin = new QSpinBox(this);
            field.spin->setRange(info.unit == Unit::Count ? 1 : 0, largest);
            field.spin->setGroupSeparatorShown(true);
            if (info.unit == Unit::Days) {
                QSpinBox *spin = field.spin; // "1 day", "364 days"
                const auto nameDays
                    = [this, spin] { spin->setSuffix(tr(" day(s)", nullptr, spin->value())); };
                nameDays();
                connect(spin, &QSpinBox::valueChanged, this, nameDays);
            }
            editor = field.spin;
            connect(field.spin, &QSpinBox::valueChanged, this, [this, field] { store(field); });
        }
        editor->setObjectName(QStringLiteral("threshold_") + info.name);
        const QString meaning = QCoreApplication::translate("Rules", info.meaning);
        QString tip = QStringLiteral("%1 (%2)").arg(capitalised(meaning), info.name);
        if (info.unit == Unit::Timestamp)
            tip += QLatin1Char('\n') + tr("Local time (UTC+7)");
        editor->setToolTip(tip);
        auto *label = new QLabel(capitalised(meaning) + QLatin1Char(':'), this);
        label->setWordWrap(true);
        label->setBuddy(editor);
        label->setToolTip(tip);
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row, 1);
        ++row;
        m_fields << field;
    }

    m_notice->setObjectName(QStringLiteral("thresholdsNotice"));
    m_notice->setWordWrap(true);
    m_notice->setText(tr("Thresholds changed: the findings on show were found with the earlier values. "
                         "Run a new scan on the findings page (F5) to find them with these."));
    m_notice->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_notice->hide();

    auto *reset = new QPushButton(tr("Reset to the defaults"), this);
    reset->setObjectName(QStringLiteral("resetThresholdsButton"));
    reset->setToolTip(tr("Use the thresholds of the detection rules' definitions again"));
    connect(reset, &QPushButton::clicked, this, &ThresholdsBox::resetToDefaults);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(reset);
    buttons->addStretch();

    auto *hint = new QLabel(tr("Scans, the live watch and the command line use these values; a value "
                               "equal to the default follows the definitions."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(grid);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);
    load();
}

void ThresholdsBox::load()
{
    m_loading = true;
    const rules::Thresholds thresholds = thresholdsFromSettings(m_settings);
    for (const Field &field : std::as_const(m_fields)) {
        const qint64 value = thresholds.value(field.info.name);
        if (field.time)
            field.time->setDateTime(QDateTime::fromSecsSinceEpoch(value + localOffset, QTimeZone::utc()));
        else if (field.duration)
            field.duration->setSeconds(value);
        else
            field.spin->setValue(
                int(std::clamp<qint64>(value, field.spin->minimum(), field.spin->maximum())));
    }
    m_loading = false;
}

void ThresholdsBox::store(const Field &field)
{
    if (m_loading)
        return;
    const qint64 value = field.time ? field.time->dateTime().toSecsSinceEpoch() - localOffset
        : field.duration            ? field.duration->seconds()
                                    : qint64(field.spin->value());
    QString text;
    if (value != field.info.defaultValue)
        text = field.info.unit == rules::ThresholdInfo::Unit::Timestamp ? rules::formatUtcTime(value)
                                                                        : QString::number(value);
    m_settings.setThresholdOverride(field.info.name, text);
    m_settings.sync();
    m_notice->show();
    Q_EMIT thresholdsChanged();
}

void ThresholdsBox::resetToDefaults()
{
    const auto overrides = m_settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        m_settings.setThresholdOverride(it.key(), QString());
    m_settings.sync();
    load();
    if (!overrides.isEmpty()) {
        m_notice->show();
        Q_EMIT thresholdsChanged();
    }
}

} // namespace sw::ui
