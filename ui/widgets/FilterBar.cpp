#include "widgets/FilterBar.h"

#include "rules/RuleCatalogue.h"
#include "statistics/Province.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QToolButton>

namespace sw::ui {

namespace {
// The programme's first day (regulation.md): the default start of a chosen range.
const QDate campaignStart(2023, 1, 1);

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
        m_period->addItem(tr("All time"), false);
        m_period->addItem(tr("From … to …"), true);
        layout->addWidget(m_period);
        for (QDateEdit **edit : {&m_from, &m_to}) {
            *edit = new QDateEdit(this);
            (*edit)->setCalendarPopup(true);
            (*edit)->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
            layout->addWidget(*edit);
        }
        m_from->setObjectName(QStringLiteral("filterFrom"));
        m_from->setAccessibleName(tr("First day"));
        m_from->setToolTip(tr("First day of the period (included)"));
        m_from->setDate(campaignStart);
        m_to->setObjectName(QStringLiteral("filterTo"));
        m_to->setAccessibleName(tr("Last day"));
        m_to->setToolTip(tr("Last day of the period (included)"));
        m_to->setDate(m_clock.localDate());
        connect(m_period, &QComboBox::currentIndexChanged, this, [this] {
            updatePeriodEnabled();
            emitIfChanged();
        });
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
    if (m_period && m_period->currentData().toBool()) {
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
        const bool range = filter.from.isValid() || filter.to.isValid();
        m_period->setCurrentIndex(range ? 1 : 0);
        if (range) {
            m_from->setDate(filter.from.isValid() ? filter.from : campaignStart);
            m_to->setDate(filter.to.isValid() ? filter.to : m_clock.localDate());
        }
        updatePeriodEnabled();
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
    updateClearEnabled();
    const statistics::Filter current = filter();
    if (current == m_last)
        return;
    m_last = current;
    Q_EMIT filterChanged(current);
}

void FilterBar::updatePeriodEnabled()
{
    const bool range = m_period->currentData().toBool();
    m_from->setEnabled(range);
    m_to->setEnabled(range);
}

void FilterBar::updateClearEnabled()
{
    m_clear->setEnabled(!filter().isEmpty());
}

} // namespace sw::ui
