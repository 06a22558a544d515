#include "rules/SeverityStyle.h"

#include <QPainter>
#include <QPolygonF>
#include <QRectF>

namespace sw::rules {

namespace {
struct Shades
{
    QRgb fill;
    QRgb text;
};

constexpr Shades shades(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return {0xC62828, 0xB01E1E};
    case Severity::Medium:
        return {0xE08E00, 0x9A5B00};
    case Severity::Low:
        break;
    }
    return {0x8A8A8A, 0x5F6368};
}
} // namespace

QColor severityColor(Severity severity)
{
    return QColor::fromRgb(shades(severity).fill);
}

QColor severityTextColor(Severity severity)
{
    return QColor::fromRgb(shades(severity).text);
}

void paintSeverityMark(QPainter &painter, const QRectF &box, Severity severity)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(severityColor(severity));
    // Proportions of a 12-unit box.
    const qreal u = qMin(box.width(), box.height()) / 12;
    const QPointF o = box.center() - QPointF(6 * u, 6 * u);
    switch (severity) {
    case Severity::High:
        painter.drawPolygon(QPolygonF(
            {o + QPointF(6 * u, 0.5 * u), o + QPointF(11.5 * u, 11 * u), o + QPointF(0.5 * u, 11 * u)}));
        break;
    case Severity::Medium:
        painter.drawEllipse(QRectF(o + QPointF(u, u), QSizeF(10 * u, 10 * u)));
        break;
    case Severity::Low:
        painter.drawRect(QRectF(o + QPointF(2 * u, 2 * u), QSizeF(8 * u, 8 * u)));
        break;
    }
    painter.restore();
}

} // namespace sw::rules
