#include "citizens/UnmaskDialog.h"

#include "widgets/WindowTitle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

UnmaskDialog::UnmaskDialog(const QString &maskedId, QWidget *parent)
    : QDialog(parent), m_reason(new QLineEdit(this)), m_show(nullptr)
{
    setObjectName(QStringLiteral("unmaskDialog"));
    setWindowTitle(tr("Show the full citizen id"));
    WindowTitle::keepWhole(this);
    auto *text = new QLabel(tr("Citizens' information is confidential (§1.7). To see the full id of citizen "
                               "%1, say why you need it. Your user name, the time, the citizen and the "
                               "reason are written to the audit log.")
                                .arg(maskedId),
                            this);
    text->setWordWrap(true);
    auto *label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("unmaskReason"));
    m_reason->setPlaceholderText(tr("e.g. complaint no. 12/2024 of this citizen"));
    m_reason->setMaxLength(500);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_show = buttons->addButton(tr("Show full id"), QDialogButtonBox::AcceptRole);
    m_show->setObjectName(QStringLiteral("unmaskShow"));
    m_show->setEnabled(false);
    m_show->setDefault(true);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this](const QString &t) { m_show->setEnabled(!t.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &UnmaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &UnmaskDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

QString UnmaskDialog::reason() const
{
    return m_reason->text().trimmed();
}

void UnmaskDialog::accept()
{
    if (reason().isEmpty()) {
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace sw::ui
