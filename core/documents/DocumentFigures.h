#pragma once

#include <QList>
#include <QObject>
#include <QSizeF>
#include <QTextFormat>
#include <QTextObjectInterface>

#include <functional>

namespace sw::documents {

// The figures of a document (the report's charts): text objects that the layout places like one
// large character, so that a figure moves to the next page whole. Each is drawn by the function it
// was added with, into the rectangle the layout gives it, on a PDF page or a preview image alike.
class DocumentFigures : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    using Paint = std::function<void(QPainter &painter, const QRectF &target)>;
    static constexpr int objectType = QTextFormat::UserObject + 1;

    // The character format of a figure `size` large (device units), drawn by `paint`.
    QTextCharFormat add(const QSizeF &size, Paint paint);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    struct Figure
    {
        QSizeF size;
        Paint paint;
    };
    // A character format property: the figure's index.
    static constexpr int indexProperty = QTextFormat::UserProperty + 3;
    const Figure *figure(const QTextFormat &format) const;

    QList<Figure> m_figures;
};

} // namespace sw::documents
