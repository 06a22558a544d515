#include "widgets/StatCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace sw::ui {

StatCard::StatCard(const QString &caption, QWidget *parent)
    : QFrame(parent),
      m_caption(new QLabel(caption, this)),
      m_value(new QLabel(this)),
      m_note(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);

    m_caption->setWordWrap(true);
    m_caption->setForegroundRole(QPalette::PlaceholderText);
    m_value->setObjectName(QStringLiteral("statValue"));
    m_value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_value->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_value->setFont(font);
    m_note->setWordWrap(true);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 8, 12, 8);
    layout->setSpacing(2);
    layout->addWidget(m_caption);
    layout->addWidget(m_value);
    layout->addWidget(m_note);
    layout->addStretch();
}

void StatCard::setValue(const QString &value)
{
    m_value->setText(value);
}

void StatCard::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString StatCard::value() const
{
    return m_value->text();
}

QString StatCard::note() const
{
    return m_note->text();
}

} // namespace sw::ui
