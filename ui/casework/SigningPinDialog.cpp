#include "casework/SigningPinDialog.h"

#include "widgets/WindowTitle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

SigningPinDialog::SigningPinDialog(const QString &what, QWidget *parent)
    : QDialog(parent), m_pin(new QLineEdit(this))
{
    setObjectName(QStringLiteral("signingPinDialog"));
    setWindowTitle(tr("Sign digitally"));
    WindowTitle::keepWhole(this);
    auto *label = new QLabel(tr("PIN or passphrase of %1:").arg(what), this);
    label->setWordWrap(true);
    label->setBuddy(m_pin);
    m_pin->setObjectName(QStringLiteral("signingPinEdit"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    auto *note = new QLabel(tr("It is used for this signature only and never stored."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_pin, &QLineEdit::textChanged, this, [buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_pin);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

SigningPinDialog::~SigningPinDialog()
{
    // Not left in the widget's memory longer than needed.
    m_pin->clear();
}

QByteArray SigningPinDialog::pin() const
{
    return m_pin->text().toUtf8();
}

} // namespace sw::ui
