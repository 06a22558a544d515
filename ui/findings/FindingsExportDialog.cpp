#include "findings/FindingsExportDialog.h"

#include "widgets/LocaleFormat.h"
#include "widgets/WindowTitle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace sw::ui {

FindingsExportDialog::FindingsExportDialog(qint64 selected, qint64 filtered, QWidget *parent)
    : QDialog(parent),
      m_selected(new QRadioButton(tr("The selected findings (%1)").arg(LocaleFormat::count(selected)), this)),
      m_filtered(new QRadioButton(tr("All filtered findings (%1)").arg(LocaleFormat::count(filtered)), this)),
      m_format(new QComboBox(this)),
      m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("findingsExportDialog"));
    setWindowTitle(tr("Export findings"));
    WindowTitle::keepWhole(this);
    m_selected->setObjectName(QStringLiteral("exportSelected"));
    m_filtered->setObjectName(QStringLiteral("exportFiltered"));
    m_selected->setEnabled(selected > 0);
    (selected > 0 ? m_selected : m_filtered)->setChecked(true);
    m_format->setObjectName(QStringLiteral("exportFormat"));
    m_format->addItem(tr("CSV for spreadsheets (UTF-8)"), int(findings::FindingsExport::Format::Csv));
    m_format->addItem(tr("JSON Lines (the scan's format)"), int(findings::FindingsExport::Format::JsonLines));
    m_note->setObjectName(QStringLiteral("exportNote"));
    m_note->setWordWrap(true);
    // §1.7: citizens' information is confidential.
    m_note->setText(
        tr("Citizen identity numbers are masked in the file (046******789): citizens' information "
           "is confidential (§1.7)."));

    auto *form = new QFormLayout;
    auto *scope = new QVBoxLayout;
    scope->addWidget(m_selected);
    scope->addWidget(m_filtered);
    form->addRow(tr("Export"), scope);
    form->addRow(tr("Format"), m_format);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
}

bool FindingsExportDialog::selectedOnly() const
{
    return m_selected->isChecked();
}

findings::FindingsExport::Format FindingsExportDialog::format() const
{
    return findings::FindingsExport::Format(m_format->currentData().toInt());
}

QString FindingsExportDialog::noteText() const
{
    return m_note->text();
}

} // namespace sw::ui
