#include "shell/IssuingBodiesBox.h"

#include "casebook/Casebook.h"
#include "casebook/Issuers.h"
#include "documents/DocumentWording.h"
#include "shell/RoleGate.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
const QString addIssuerAction = QStringLiteral("issuer.add");

QLineEdit *field(QWidget *parent, const char *name, const QString &example)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(example);
    return edit;
}
} // namespace

IssuingBodiesBox::IssuingBodiesBox(QWidget *parent)
    : QGroupBox(tr("Issuing bodies"), parent),
      m_table(new QTableWidget(this)),
      m_from(new QDateEdit(this)),
      m_parent(field(this, "issuerParentEdit", QStringLiteral("UBND THÀNH PHỐ HUẾ"))),
      m_body(field(this, "issuerBodyEdit", QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"))),
      m_code(field(this, "issuerCodeEdit", QStringLiteral("SKHCN"))),
      m_inText(field(this, "issuerInTextEdit", QStringLiteral("Sở Khoa học và Công nghệ"))),
      m_place(field(this, "issuerPlaceEdit", QStringLiteral("Huế"))),
      m_address(field(this, "issuerAddressEdit", tr("the seat's street address"))),
      m_add(new QPushButton(tr("Add the period…"), this)),
      m_setAddress(new QPushButton(tr("Record the address for the selected period"), this)),
      m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("issuingBodiesBox"));
    auto *intro = new QLabel(tr("A minutes or an announcement carries the body in force on the day it is "
                                "signed, a report the body in force on its date; a signed document never "
                                "changes. When the body changes, a signatory adds the next period here."),
                             this);
    intro->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("issuingBodiesTable"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({tr("From"), tr("Parent body"), tr("Issuing body"), tr("Code"),
                                        tr("In running text"), tr("Place"), tr("Address")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A row is selected to record its address (the one thing of a period that changes).
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setMaximumHeight(180);

    m_from->setObjectName(QStringLiteral("issuerFromEdit"));
    m_from->setCalendarPopup(true);
    m_from->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    m_add->setObjectName(QStringLiteral("addIssuerButton"));
    m_setAddress->setObjectName(QStringLiteral("setIssuerAddressButton"));
    m_message->setObjectName(QStringLiteral("issuerMessage"));
    m_message->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("In force from"), m_from);
    form->addRow(tr("Parent body (header line 1)"), m_parent);
    form->addRow(tr("Issuing body (header line 2)"), m_body);
    form->addRow(tr("Code in numbers"), m_code);
    form->addRow(tr("Body in running text"), m_inText);
    form->addRow(tr("Place in the date line"), m_place);
    form->addRow(tr("Address of the seat (where minutes are drawn up)"), m_address);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_setAddress);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_confirmer = [this](const QString &question) {
        return QMessageBox::question(this, tr("Add the issuing body"), question) == QMessageBox::Yes;
    };
    connect(m_add, &QPushButton::clicked, this, &IssuingBodiesBox::addPeriod);
    connect(m_setAddress, &QPushButton::clicked, this, &IssuingBodiesBox::recordAddress);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &IssuingBodiesBox::updateAddState);
    reload();
}

void IssuingBodiesBox::setCasebook(casebook::Casebook *casebook)
{
    m_casebook = casebook;
    m_message->clear();
    // A new period starts tomorrow at the earliest: documents signed today keep today's body.
    if (casebook)
        m_from->setDate(documents::provinceTime(casebook->clock().now()).date().addDays(1));
    reload();
}

void IssuingBodiesBox::setConfirmer(std::function<bool(const QString &)> confirmer)
{
    m_confirmer = std::move(confirmer);
}

void IssuingBodiesBox::reload()
{
    Result<documents::IssuingPeriods> periods = m_casebook ? casebook::Issuers::readIn(m_casebook->database())
                                                           : documents::IssuingPeriods::builtIn();
    if (!periods) {
        m_table->setRowCount(0);
        m_message->setText(periods.error().message);
        updateAddState();
        return;
    }
    const auto &list = periods->periods();
    m_periods = list;
    m_table->setRowCount(int(list.size()));
    for (int row = 0; row < list.size(); ++row) {
        const auto &p = list.at(row);
        const QStringList cells {
            documents::periodDate(p.from), p.issuer.parentBody, p.issuer.body,   p.issuer.bodyCode,
            p.issuer.bodyInText,           p.issuer.place,      p.issuer.address};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
    updateAddState();
}

void IssuingBodiesBox::updateAddState()
{
    const bool allowed = m_casebook && m_casebook->roles().allows(addIssuerAction);
    for (QWidget *w : std::initializer_list<QWidget *> {m_from, m_parent, m_body, m_code, m_inText, m_place,
                                                        m_address, m_add})
        w->setEnabled(allowed);
    m_setAddress->setEnabled(allowed && !m_table->selectedItems().isEmpty());
    if (!m_casebook)
        m_add->setToolTip(tr("Open a casebook first: the periods are kept in it, shared by every desk."));
    else
        m_add->setToolTip(allowed ? tr("Documents signed from that day carry the new body.")
                                  : RoleGate::refusal(addIssuerAction));
}

void IssuingBodiesBox::addPeriod()
{
    if (!m_casebook)
        return;
    documents::IssuingPeriod period {m_from->date(),
                                     {m_parent->text(), m_body->text(), m_code->text(), m_inText->text(),
                                      m_place->text(), m_address->text()}};
    if (m_confirmer
        && !m_confirmer(tr("From %1, documents will be signed as %2 (%3). A period cannot be changed or "
                           "removed once added. Add it?")
                            .arg(documents::periodDate(period.from), period.issuer.bodyInText.trimmed(),
                                 period.issuer.bodyCode.trimmed())))
        return;
    auto added = casebook::Issuers(*m_casebook).add(period);
    if (!added) {
        m_message->setText(added.error().message);
        return;
    }
    m_message->setText(
        tr("Added: documents signed from %1 are issued by %2 (%3).")
            .arg(documents::periodDate(added->from), added->issuer.bodyInText, added->issuer.bodyCode));
    for (QLineEdit *edit : {m_parent, m_body, m_code, m_inText, m_place, m_address})
        edit->clear();
    reload();
    Q_EMIT periodAdded();
}

void IssuingBodiesBox::recordAddress()
{
    const QList<QTableWidgetItem *> selected = m_table->selectedItems();
    if (!m_casebook || selected.isEmpty())
        return;
    const int row = selected.constFirst()->row();
    if (row < 0 || row >= m_periods.size())
        return;
    auto changed = casebook::Issuers(*m_casebook).setAddress(m_periods.at(row).from, m_address->text());
    if (!changed) {
        m_message->setText(changed.error().message);
        return;
    }
    m_message->setText(
        tr("Recorded: %1 (%2) has its seat at %3.")
            .arg(changed->issuer.bodyInText, changed->issuer.bodyCode, changed->issuer.address));
    m_address->clear();
    reload();
    Q_EMIT periodAdded();
}

} // namespace sw::ui
