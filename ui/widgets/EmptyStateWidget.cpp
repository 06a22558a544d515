#include "widgets/EmptyStateWidget.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sw::ui {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent), m_headline(new QLabel(this)), m_text(new QLabel(this)), m_action(new QPushButton(this))
{
    m_headline->setObjectName(QStringLiteral("emptyHeadline"));
    m_text->setObjectName(QStringLiteral("emptyText"));
    m_action->setObjectName(QStringLiteral("emptyAction"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    m_headline->setFont(font);
    for (QLabel *label : {m_headline, m_text}) {
        label->setAlignment(Qt::AlignHCenter);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EmptyStateWidget::actionTriggered);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_headline);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStateWidget::setHeadline(const QString &headline)
{
    m_headline->setText(headline);
}

void EmptyStateWidget::setText(const QString &text)
{
    m_text->setText(text);
    m_text->setVisible(!text.isEmpty());
}

void EmptyStateWidget::setActionText(const QString &label)
{
    m_action->setText(label);
    m_action->setVisible(!label.isEmpty());
}

QString EmptyStateWidget::headline() const
{
    return m_headline->text();
}

QString EmptyStateWidget::text() const
{
    return m_text->text();
}

} // namespace sw::ui
