#include "documents/DocumentFigures.h"

#include <QPainter>

namespace sw::documents {

QTextCharFormat DocumentFigures::add(const QSizeF &size, Paint paint)
{
    QTextCharFormat format;
    format.setObjectType(objectType);
    format.setProperty(indexProperty, int(m_figures.size()));
    m_figures.append({size, std::move(paint)});
    return format;
}

const DocumentFigures::Figure *DocumentFigures::figure(const QTextFormat &format) const
{
    const int index = format.property(indexProperty).toInt();
    return index >= 0 && index < m_figures.size() ? &m_figures.at(index) : nullptr;
}

QSizeF DocumentFigures::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const Figure *f = figure(format);
    return f ? f->size : QSizeF();
}

void DocumentFigures::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                 const QTextFormat &format)
{
    if (const Figure *f = figure(format); f && f->paint)
        f->paint(*painter, rect);
}

} // namespace sw::documents
