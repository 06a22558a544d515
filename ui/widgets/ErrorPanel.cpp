#include "widgets/ErrorPanel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

ErrorPanel::ErrorPanel(QWidget *parent)
    : QWidget(parent),
      m_icon(new QLabel(this)),
      m_message(new QLabel(this)),
      m_detailsToggle(new QToolButton(this)),
      m_details(new QPlainTextEdit(this)),
      m_action(new QPushButton(this))
{
    m_message->setObjectName(QStringLiteral("errorMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_icon->setAlignment(Qt::AlignTop);
    setIcon(QStyle::SP_MessageBoxWarning);

    m_detailsToggle->setObjectName(QStringLiteral("errorDetailsToggle"));
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setToolTip(tr("Show the technical message, for a support request"));
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    connect(m_detailsToggle, &QToolButton::toggled, this, &ErrorPanel::setDetailsVisible);

    m_details->setObjectName(QStringLiteral("errorDetails"));
    m_details->setReadOnly(true);
    m_details->setMaximumHeight(120);
    m_details->hide();

    m_action->setObjectName(QStringLiteral("errorAction"));
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &ErrorPanel::actionTriggered);

    auto *text = new QVBoxLayout;
    text->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_action);
    buttons->addWidget(m_detailsToggle);
    buttons->addStretch();
    text->addLayout(buttons);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
}

void ErrorPanel::setError(const sw::Error &error)
{
    setIcon(QStyle::SP_MessageBoxWarning);
    m_message->setText(error.message);
    m_details->setPlainText(error.detail);
    m_detailsToggle->setVisible(!error.detail.isEmpty());
    m_detailsToggle->setChecked(false);
    setDetailsVisible(false);
}

void ErrorPanel::setIcon(QStyle::StandardPixmap icon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this) * 2;
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
}

void ErrorPanel::setInformation(const QString &text, const QString &details)
{
    setError(sw::Error::make(text, details));
    setIcon(QStyle::SP_MessageBoxInformation);
}

void ErrorPanel::setActionText(const QString &label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

void ErrorPanel::setDetailsVisible(bool visible)
{
    m_details->setVisible(visible);
    m_detailsToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

QString ErrorPanel::message() const
{
    return m_message->text();
}

QString ErrorPanel::details() const
{
    return m_details->toPlainText();
}

bool ErrorPanel::detailsVisible() const
{
    return !m_details->isHidden();
}

} // namespace sw::ui
