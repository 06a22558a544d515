#include "findings/EvidenceTimeline.h"

#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

namespace sw::ui {

using findings::EvidenceEvent;

namespace {
constexpr int margin = 6;
constexpr int lineGap = 18; // room for the dot and the line

QString channelText(const QString &channel)
{
    if (channel == QLatin1String("app"))
        return EvidenceTimeline::tr("app");
    if (channel == QLatin1String("door_to_door"))
        return EvidenceTimeline::tr("door to door");
    if (channel == QLatin1String("hues_request"))
        return EvidenceTimeline::tr("request on Hue-S");
    if (channel == QLatin1String("legacy_import"))
        return EvidenceTimeline::tr("import of an older signature");
    return channel;
}
} // namespace

EvidenceTimeline::EvidenceTimeline(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("evidenceTimeline"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setAccessibleName(tr("Records on a time line"));
}

void EvidenceTimeline::setEvents(const QList<EvidenceEvent> &events, qint64 asOf)
{
    m_events = events;
    m_asOf = asOf;
    m_locale = QLocale();
    updateGeometry();
    update();
}

void EvidenceTimeline::clear()
{
    setEvents({}, 0);
}

QString EvidenceTimeline::describe(const EvidenceEvent &e)
{
    QString text;
    switch (e.kind) {
    case EvidenceEvent::Kind::Activated:
        text = tr("%1 activated certificate #%2 (%3)")
                   .arg(e.provider)
                   .arg(e.recordId)
                   .arg(channelText(e.channel));
        break;
    case EvidenceEvent::Kind::Recorded:
        text = e.status == QLatin1String("technical_error")
            ? tr("Certificate #%1 of %2 recorded on Hue-S as a technical error (%3)")
            : tr("Certificate #%1 of %2 recorded on Hue-S (%3)");
        text = text.arg(e.recordId).arg(e.provider, channelText(e.channel));
        break;
    case EvidenceEvent::Kind::Revoked:
        text = tr("Certificate #%1 of %2 revoked").arg(e.recordId).arg(e.provider);
        if (e.reason == QLatin1String("switch_provider"))
            text += tr(" (switch of provider)");
        else if (e.reason == QLatin1String("citizen_request"))
            text += tr(" (at the citizen's request)");
        else if (e.reason == QLatin1String("error"))
            text += tr(" (entered in error)");
        break;
    case EvidenceEvent::Kind::RequestRegistered:
        text
            = (e.mode == QLatin1String("phone") ? tr("Citizen registered request #%1 with %2 (help by phone)")
                                                : tr("Citizen registered request #%1 with %2 (help at home)"))
                  .arg(e.recordId)
                  .arg(e.provider);
        break;
    case EvidenceEvent::Kind::RequestCompleted:
        text = tr("%1 marked request #%2 done on Hue-S").arg(e.provider).arg(e.recordId);
        break;
    case EvidenceEvent::Kind::RequestCancelled:
        text = tr("Citizen withdrew request #%1").arg(e.recordId);
        break;
    case EvidenceEvent::Kind::LookedUp:
        text = (e.found ? tr("%1 looked the citizen up on Hue-S: a signature exists")
                        : tr("%1 looked the citizen up on Hue-S: none found"))
                   .arg(e.provider);
        break;
    }
    if (e.role == EvidenceEvent::Role::Subject)
        text += tr(" — this finding");
    else if (e.role == EvidenceEvent::Role::Evidence)
        text += tr(" — evidence");
    return text;
}

QString EvidenceTimeline::eventText(int i) const
{
    if (i < 0 || i >= m_events.size())
        return {};
    const EvidenceEvent &e = m_events.at(i);
    return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC), m_locale) + QLatin1Char(' ')
        + describe(e);
}

int EvidenceTimeline::rowHeight() const
{
    // Two lines an event: the time, then what happened (the pane is narrow).
    return 2 * fontMetrics().height() + 8;
}

bool EvidenceTimeline::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const int row = help->pos().y() < margin ? -1 : (help->pos().y() - margin) / rowHeight();
    if (row >= 0 && row < m_events.size())
        QToolTip::showText(help->globalPos(), eventText(row), this);
    else
        QToolTip::hideText();
    return true;
}

QSize EvidenceTimeline::sizeHint() const
{
    return {360, 2 * margin + rowHeight() * int(qMax<qsizetype>(1, m_events.size()))};
}

QSize EvidenceTimeline::minimumSizeHint() const
{
    return {200, sizeHint().height()};
}

void EvidenceTimeline::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const int rh = rowHeight();
    const int lineHeight = fontMetrics().height();
    const int lineX = margin + lineGap / 2;
    const int textX = margin + lineGap + 4;
    const int textWidth = width() - textX - margin;
    const QColor text = palette().color(QPalette::WindowText);
    const QColor pale = palette().color(QPalette::PlaceholderText);

    if (m_events.isEmpty()) {
        p.setPen(pale);
        p.drawText(rect().adjusted(margin, margin, -margin, -margin), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("No records found in the registry."));
        return;
    }
    // The time line itself, through the dots.
    p.setPen(QPen(pale, 2));
    p.drawLine(lineX, margin + 4 + lineHeight, lineX,
               margin + rh * int(m_events.size()) - rh + 4 + lineHeight);

    for (int i = 0; i < m_events.size(); ++i) {
        const EvidenceEvent &e = m_events.at(i);
        const int top = margin + i * rh;
        const bool after = m_asOf > 0 && e.at > m_asOf;

        QColor colour = ProviderColors::color(e.provider);
        if (after)
            colour.setAlpha(110);
        const QPointF centre(lineX, top + 4 + lineHeight);
        if (e.role == EvidenceEvent::Role::Subject) {
            p.setPen(QPen(text, 1));
            p.setBrush(colour);
            p.drawEllipse(centre, 6, 6);
        } else if (e.role == EvidenceEvent::Role::Evidence) {
            p.setPen(QPen(colour, 3));
            p.setBrush(palette().color(QPalette::Base));
            p.drawEllipse(centre, 5, 5);
        } else {
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawEllipse(centre, 3.5, 3.5);
        }

        QString when = LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(e.at, Qt::UTC), m_locale);
        if (after)
            when += tr(" (after the scan)");
        p.setFont(font());
        p.setPen(pale);
        p.drawText(QRect(textX, top + 2, textWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter, when);
        QFont font = this->font();
        font.setBold(e.role == EvidenceEvent::Role::Subject);
        p.setFont(font);
        p.setPen(after ? pale : text);
        p.drawText(QRect(textX, top + 2 + lineHeight, textWidth, lineHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(font).elidedText(describe(e), Qt::ElideRight, textWidth));
    }
}

} // namespace sw::ui
