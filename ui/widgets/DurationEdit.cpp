#include "widgets/DurationEdit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QSpinBox>

#include <algorithm>
#include <limits>

namespace sw::ui {

DurationEdit::DurationEdit(QWidget *parent)
    : QWidget(parent), m_amount(new QSpinBox(this)), m_unit(new QComboBox(this))
{
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setGroupSeparatorShown(true);
    m_amount->setAlignment(Qt::AlignRight);
    m_unit->setObjectName(QStringLiteral("unit"));
    for (const Unit u : {Seconds, Minutes, Hours, Days})
        m_unit->addItem(QString(), int(u));
    nameUnits();
    setFocusProxy(m_amount);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_amount, 1);
    layout->addWidget(m_unit);
    updateRange();
    connect(m_amount, &QSpinBox::valueChanged, this, [this] {
        nameUnits(); // "1 hour", "2 hours"
        if (!m_setting)
            Q_EMIT secondsChanged(seconds());
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, [this] {
        const bool setting = m_setting;
        m_setting = true; // a number cut to the new unit's range is part of this one change
        updateRange();
        m_setting = setting;
        if (!m_setting)
            Q_EMIT secondsChanged(seconds());
    });
}

qint64 DurationEdit::seconds() const
{
    return qint64(m_amount->value()) * qint64(unit());
}

void DurationEdit::setSeconds(qint64 seconds)
{
    seconds = std::clamp<qint64>(seconds, 0, m_maximum);
    m_setting = true;
    setUnit(unitFor(seconds));
    m_amount->setValue(int(seconds / qint64(unit())));
    m_setting = false;
}

void DurationEdit::setMaximumSeconds(qint64 seconds)
{
    m_maximum = std::clamp<qint64>(seconds, 0, std::numeric_limits<int>::max());
    updateRange();
}

DurationEdit::Unit DurationEdit::unit() const
{
    return Unit(m_unit->currentData().toInt());
}

int DurationEdit::amount() const
{
    return m_amount->value();
}

DurationEdit::Unit DurationEdit::unitFor(qint64 seconds)
{
    // 24 and 48 hours read as the regulation writes them (§4.4 "48 giờ"); a week as 7 days.
    if (seconds > 0 && seconds % Days == 0 && seconds >= 3 * qint64(Days))
        return Days;
    if (seconds > 0 && seconds % Hours == 0)
        return Hours;
    if (seconds > 0 && seconds % Minutes == 0)
        return Minutes;
    return Seconds;
}

void DurationEdit::setUnit(Unit unit)
{
    m_unit->setCurrentIndex(m_unit->findData(int(unit)));
    updateRange();
}

// The units' names agree with the number shown (English "1 hour", "24 hours").
void DurationEdit::nameUnits()
{
    const int n = m_amount->value();
    const QString names[] = {tr("second(s)", nullptr, n), tr("minute(s)", nullptr, n),
                             tr("hour(s)", nullptr, n), tr("day(s)", nullptr, n)};
    for (int i = 0; i < m_unit->count(); ++i)
        m_unit->setItemText(i, names[i]);
}

void DurationEdit::updateRange()
{
    m_amount->setMaximum(int(m_maximum / qint64(unit())));
}

} // namespace sw::ui
