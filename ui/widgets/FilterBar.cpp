#include "widgets/FilterBar.h"

#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "statistics/LastRecordedDay.h"
#include "statistics/Province.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QShortcut>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

#include <tuple>

namespace sw::ui {

namespace {
using PeriodKind = FilterBar::PeriodKind;

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

QDate firstOfQuarter(const QDate &day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

// The kind of period `from`–`to` is: a whole month, a whole quarter, the campaign, or a range.
PeriodKind kindOf(const QDate &from, const QDate &to)
{
    if (!from.isValid() && !to.isValid())
        return PeriodKind::All;
    if (from == FilterBar::campaignFirstDay() && to == FilterBar::campaignLastDay())
        return PeriodKind::Campaign;
    if (from.isValid() && from == firstOfMonth(from) && to == from.addMonths(1).addDays(-1))
        return PeriodKind::Month;
    if (from.isValid() && from == firstOfQuarter(from) && to == from.addMonths(3).addDays(-1))
        return PeriodKind::Quarter;
    return PeriodKind::Range;
}

// A filter's list: as wide as its longest choice where there is room; in a narrow window it may get
// narrower, so that the filter bars never set the window's least width (issue 17). Its list still
// drops down as wide as its longest choice.
class FilterCombo : public QComboBox
{
public:
    using QComboBox::QComboBox;
    QSize minimumSizeHint() const override
    {
        QSize hint = QComboBox::minimumSizeHint();
        QStyleOptionComboBox option;
        initStyleOption(&option);
        const QSize least = style()->sizeFromContents(
            QStyle::CT_ComboBox, &option, QSize(fontMetrics().averageCharWidth() * 8, fontMetrics().height()),
            this);
        hint.setWidth(qMin(hint.width(), least.width()));
        return hint;
    }
};

QComboBox *makeCombo(QWidget *parent, const QString &objectName, const QString &accessibleName)
{
    auto *combo = new FilterCombo(parent);
    combo->setObjectName(objectName);
    combo->setAccessibleName(accessibleName);
    combo->setToolTip(accessibleName);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

void selectData(QComboBox *combo, const QString &value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}
} // namespace

FilterBar::FilterBar(Controls controls, const Clock &clock, QWidget *parent)
    : QWidget(parent), m_controls(controls), m_clock(clock)
{
    setObjectName(QStringLiteral("filterBar"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    if (controls & Period) {
        m_period = makeCombo(this, QStringLiteral("filterPeriod"), tr("Period"));
        m_period->addItem(tr("All time"), int(PeriodKind::All));
        m_period->addItem(tr("Month"), int(PeriodKind::Month));
        m_period->setItemData(1, tr("A calendar month; the arrows go to the month before or after"),
                              Qt::ToolTipRole);
        m_period->addItem(tr("Quarter"), int(PeriodKind::Quarter));
        m_period->setItemData(2, tr("A calendar quarter; the arrows go to the quarter before or after"),
                              Qt::ToolTipRole);
        m_period->addItem(tr("The campaign"), int(PeriodKind::Campaign));
        m_period->setItemData(3,
                              tr("The programme's twelve months, from %1 to %2")
                                  .arg(QLocale().toString(campaignFirstDay(), QLocale::ShortFormat),
                                       QLocale().toString(campaignLastDay(), QLocale::ShortFormat)),
                              Qt::ToolTipRole);
        m_period->addItem(tr("From … to …"), int(PeriodKind::Range));
        layout->addWidget(m_period);
        for (auto [button, arrow, name] :
             {std::tuple {&m_previous, Qt::LeftArrow, QStringLiteral("filterPrevious")},
              std::tuple {&m_next, Qt::RightArrow, QStringLiteral("filterNext")}}) {
            *button = new QToolButton(this);
            (*button)->setObjectName(name);
            (*button)->setArrowType(arrow);
            (*button)->setAutoRaise(true);
            layout->addWidget(*button);
        }
        for (QDateEdit **edit : {&m_from, &m_to}) {
            *edit = new QDateEdit(this);
            (*edit)->setCalendarPopup(true);
            (*edit)->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
            (*edit)->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
            // A typed date applies when complete, not at each digit (issue 17).
            (*edit)->setKeyboardTracking(false);
            layout->addWidget(*edit);
        }
        m_from->setObjectName(QStringLiteral("filterFrom"));
        m_from->setAccessibleName(tr("First day"));
        m_from->setToolTip(tr("First day of the period (included)"));
        m_from->setDate(campaignFirstDay());
        m_to->setObjectName(QStringLiteral("filterTo"));
        m_to->setAccessibleName(tr("Last day"));
        m_to->setToolTip(tr("Last day of the period (included)"));
        m_to->setDate(m_clock.localDate());
        m_periodProblem = new QLabel(tr("The first day is after the last."), this);
        m_periodProblem->setObjectName(QStringLiteral("filterPeriodProblem"));
        m_periodProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_periodProblem->hide();
        layout->addWidget(m_periodProblem);
        connect(m_period, &QComboBox::currentIndexChanged, this, &FilterBar::periodKindChosen);
        connect(m_previous, &QToolButton::clicked, this, [this] { stepPeriod(-1); });
        connect(m_next, &QToolButton::clicked, this, [this] { stepPeriod(1); });
        connect(m_from, &QDateEdit::dateChanged, this, &FilterBar::emitIfChanged);
        connect(m_to, &QDateEdit::dateChanged, this, &FilterBar::emitIfChanged);
        updatePeriodEnabled();
    }
    if (controls & District) {
        m_district = makeCombo(this, QStringLiteral("filterDistrict"), tr("District"));
        m_district->addItem(tr("All districts"), QString());
        for (const statistics::District &d : statistics::districts())
            m_district->addItem(d.name, d.code);
        layout->addWidget(m_district);
        connect(m_district, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }
    if (controls & Provider) {
        m_provider = makeCombo(this, QStringLiteral("filterProvider"), tr("Provider"));
        m_provider->addItem(tr("All providers"), QString());
        layout->addWidget(m_provider);
        connect(m_provider, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }
    if (controls & Rule) {
        m_rule = makeCombo(this, QStringLiteral("filterRule"), tr("Rule"));
        m_rule->addItem(tr("All rules"), QString());
        for (const rules::RuleInfo &rule : rules::ruleCatalogue()) {
            const int row = m_rule->count();
            m_rule->addItem(rule.translatedName(), rule.code);
            m_rule->setItemData(row, rule.translatedSummary(), Qt::ToolTipRole);
        }
        layout->addWidget(m_rule);
        connect(m_rule, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }
    if (controls & Severity) {
        m_severity = makeCombo(this, QStringLiteral("filterSeverity"), tr("Severity"));
        m_severity->addItem(tr("All severities"), QString());
        m_severity->addItem(tr("High"), QStringLiteral("high"));
        m_severity->addItem(tr("Medium"), QStringLiteral("medium"));
        m_severity->addItem(tr("Low"), QStringLiteral("low"));
        layout->addWidget(m_severity);
        connect(m_severity, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }
    if (controls & Handling) {
        // Issue 17: whether casework has the finding (statistics::Filter::handling).
        m_handling = makeCombo(this, QStringLiteral("filterHandling"), tr("Handling"));
        m_handling->addItem(tr("Handled or not"), QString());
        m_handling->addItem(tr("Not handled"), QStringLiteral("unhandled"));
        m_handling->setItemData(1, tr("Findings in no case yet"), Qt::ToolTipRole);
        m_handling->addItem(tr("Handled"), QStringLiteral("handled"));
        m_handling->setItemData(2, tr("Findings sent to a case, including those of a dismissed case"),
                                Qt::ToolTipRole);
        layout->addWidget(m_handling);
        connect(m_handling, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    }

    // Ctrl+F anywhere on the page gives the bar the keyboard (ui-guide.md "Behaviour").
    if (parent) {
        auto *find = new QShortcut(QKeySequence::Find, parent);
        find->setContext(Qt::WidgetWithChildrenShortcut);
        connect(find, &QShortcut::activated, this, &FilterBar::focusFirst);
    }

    m_clear = new QToolButton(this);
    m_clear->setObjectName(QStringLiteral("filterClear"));
    m_clear->setText(tr("Clear filters"));
    m_clear->setToolTip(tr("Show everything again"));
    m_clear->setAutoRaise(true);
    layout->addWidget(m_clear);
    layout->addStretch(1);
    connect(m_clear, &QToolButton::clicked, this, [this] { setFilter({}); });
    m_last = filter();
    updateClearEnabled();
}

statistics::Filter FilterBar::filter() const
{
    statistics::Filter f;
    if (m_period && periodKind() != PeriodKind::All) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    if (m_district)
        f.district = m_district->currentData().toString();
    if (m_provider)
        f.provider = m_provider->currentData().toString();
    if (m_rule)
        f.rule = m_rule->currentData().toString();
    if (m_severity)
        f.severity = m_severity->currentData().toString();
    if (m_handling)
        f.handling = m_handling->currentData().toString();
    return f;
}

void FilterBar::setFilter(const statistics::Filter &filter)
{
    m_updating = true;
    if (m_period) {
        const QDate from = filter.from.isValid() || !filter.to.isValid() ? filter.from : campaignFirstDay();
        const QDate to = filter.to.isValid() || !filter.from.isValid() ? filter.to : m_clock.localDate();
        showPeriod(kindOf(from, to), from, to);
    }
    if (m_district)
        selectData(m_district, filter.district);
    if (m_provider) {
        if (!filter.provider.isEmpty() && m_provider->findData(filter.provider) < 0)
            m_provider->addItem(filter.provider, filter.provider);
        selectData(m_provider, filter.provider);
    }
    if (m_rule)
        selectData(m_rule, filter.rule);
    if (m_severity)
        selectData(m_severity, filter.severity);
    if (m_handling)
        selectData(m_handling, filter.handling);
    m_updating = false;
    emitIfChanged();
}

void FilterBar::setProviders(const QStringList &codes)
{
    if (!m_provider)
        return;
    const QString current = m_provider->currentData().toString();
    m_updating = true;
    while (m_provider->count() > 1)
        m_provider->removeItem(1);
    for (const QString &code : codes)
        m_provider->addItem(code, code);
    if (!current.isEmpty() && m_provider->findData(current) < 0)
        m_provider->addItem(current, current); // keep a remembered choice visible
    selectData(m_provider, current);
    m_updating = false;
    emitIfChanged();
}

void FilterBar::setLastDataDay(const QDate &day)
{
    m_lastDataDay = day;
    if (m_period && periodKind() == PeriodKind::All && day.isValid()) {
        const QSignalBlocker blocker(m_to);
        m_to->setDate(day); // where a month, a quarter or a range chosen next ends
    }
}

void FilterBar::followRegistry(registry::RegistrySession &session)
{
    auto ask = [this, &session] {
        const QDateTime now = m_clock.now();
        session.request<QDate>(
            this,
            [now](registry::RegistryConnection &connection) {
                return statistics::lastRecordedDay(connection, now);
            },
            [this](Result<QDate> day) {
                // Without it a month or a quarter starts from today's: nothing to say.
                if (day && day->isValid()) {
                    setLastDataDay(*day);
                    Q_EMIT lastDataDayChanged(*day);
                }
            });
    };
    connect(&session, &registry::RegistrySession::opened, this, ask);
    if (session.isOpen())
        ask();
}

FilterBar::PeriodKind FilterBar::periodKind() const
{
    return m_period ? PeriodKind(m_period->currentData().toInt()) : PeriodKind::All;
}

QDate FilterBar::campaignFirstDay()
{
    return QDate(2023, 7, 28);
}

QDate FilterBar::campaignLastDay()
{
    return campaignFirstDay().addYears(1).addDays(-1);
}

// A kind chosen in the list: a month or a quarter is the one holding the last day shown (the
// registry's latest record's day until a period is chosen); a range starts as the period shown.
void FilterBar::periodKindChosen()
{
    if (m_updating)
        return;
    const PeriodKind kind = periodKind();
    const QDate day = m_to->date();
    switch (kind) {
    case PeriodKind::All:
    case PeriodKind::Range:
        showPeriod(kind, m_from->date(), m_to->date());
        break;
    case PeriodKind::Month:
        showPeriod(kind, firstOfMonth(day), firstOfMonth(day).addMonths(1).addDays(-1));
        break;
    case PeriodKind::Quarter:
        showPeriod(kind, firstOfQuarter(day), firstOfQuarter(day).addMonths(3).addDays(-1));
        break;
    case PeriodKind::Campaign:
        showPeriod(kind, campaignFirstDay(), campaignLastDay());
        break;
    }
    emitIfChanged();
}

void FilterBar::stepPeriod(int direction)
{
    const int months = periodKind() == PeriodKind::Quarter ? 3 : 1;
    const QDate from = m_from->date().addMonths(direction * months);
    showPeriod(periodKind(), from, from.addMonths(months).addDays(-1));
    emitIfChanged();
}

// Shows a period without applying it: the list's kind, the two days, what can be changed.
void FilterBar::showPeriod(PeriodKind kind, const QDate &from, const QDate &to)
{
    const bool updating = m_updating;
    m_updating = true;
    m_period->setCurrentIndex(m_period->findData(int(kind)));
    if (from.isValid())
        m_from->setDate(from);
    if (to.isValid())
        m_to->setDate(to);
    m_updating = updating;
    updatePeriodEnabled();
}

void FilterBar::focusFirst()
{
    for (QWidget *w : {static_cast<QWidget *>(m_period), static_cast<QWidget *>(m_district),
                       static_cast<QWidget *>(m_provider), static_cast<QWidget *>(m_rule),
                       static_cast<QWidget *>(m_severity), static_cast<QWidget *>(m_handling)}) {
        if (w) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

QVariantMap FilterBar::saveState() const
{
    const statistics::Filter f = filter();
    QVariantMap state;
    if (f.from.isValid())
        state.insert(QStringLiteral("from"), f.from.toString(Qt::ISODate));
    if (f.to.isValid())
        state.insert(QStringLiteral("to"), f.to.toString(Qt::ISODate));
    state.insert(QStringLiteral("district"), f.district);
    state.insert(QStringLiteral("provider"), f.provider);
    state.insert(QStringLiteral("rule"), f.rule);
    state.insert(QStringLiteral("severity"), f.severity);
    state.insert(QStringLiteral("handling"), f.handling);
    return state;
}

void FilterBar::restoreState(const QVariantMap &state)
{
    statistics::Filter f;
    f.from = QDate::fromString(state.value(QStringLiteral("from")).toString(), Qt::ISODate);
    f.to = QDate::fromString(state.value(QStringLiteral("to")).toString(), Qt::ISODate);
    f.district = state.value(QStringLiteral("district")).toString();
    f.provider = state.value(QStringLiteral("provider")).toString();
    f.rule = state.value(QStringLiteral("rule")).toString();
    f.severity = state.value(QStringLiteral("severity")).toString();
    f.handling = state.value(QStringLiteral("handling")).toString();
    setFilter(f);
}

void FilterBar::emitIfChanged()
{
    if (m_updating)
        return;
    if (m_period) {
        // A first day after the last is said, not applied, and neither day is moved.
        const bool inverted = periodKind() != PeriodKind::All && m_from->date() > m_to->date();
        m_periodProblem->setVisible(inverted);
        if (inverted)
            return;
    }
    updateClearEnabled();
    const statistics::Filter current = filter();
    if (current == m_last)
        return;
    m_last = current;
    Q_EMIT filterChanged(current);
}

void FilterBar::updatePeriodEnabled()
{
    const PeriodKind kind = periodKind();
    const bool range = kind == PeriodKind::Range;
    m_from->setEnabled(range);
    m_to->setEnabled(range);
    const bool steps = kind == PeriodKind::Month || kind == PeriodKind::Quarter;
    m_previous->setVisible(steps);
    m_next->setVisible(steps);
    if (steps) {
        const bool month = kind == PeriodKind::Month;
        m_previous->setToolTip(month ? tr("The month before") : tr("The quarter before"));
        m_next->setToolTip(month ? tr("The month after") : tr("The quarter after"));
        m_previous->setAccessibleName(m_previous->toolTip());
        m_next->setAccessibleName(m_next->toolTip());
    }
    if (kind != PeriodKind::Range)
        m_periodProblem->hide();
}

void FilterBar::updateClearEnabled()
{
    m_clear->setEnabled(!filter().isEmpty());
}

} // namespace sw::ui
