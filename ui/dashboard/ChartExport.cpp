#include "dashboard/ChartExport.h"

#include "dashboard/charts/ChartFactory.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsScene>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace sw::ui {

QFont ChartExport::documentFont(qreal pointSize)
{
    QFont font;
    // Both ship with Debian (fonts-liberation2, fonts-dejavu-core) and cover Vietnamese; Qt falls
    // back from the first to the second.
    font.setFamilies({QStringLiteral("Liberation Sans"), QStringLiteral("DejaVu Sans")});
    font.setPointSizeF(pointSize);
    return font;
}

void ChartExport::paintChart(QPainter &painter, const QRectF &target, const charts::ChartData &data,
                             const QSize &logical)
{
    QGraphicsScene scene;
    charts::ChartFactory::Style style;
    style.font = documentFont(9);
    style.plotColumns = logical.width();
    QChart *chart = charts::ChartFactory::build(data, style);
    scene.addItem(chart); // the scene deletes it
    // A chart never shown has size 0×0: give it the logical size and let it lay itself out.
    chart->setGeometry(QRectF(QPointF(0, 0), QSizeF(logical)));
    QCoreApplication::sendPostedEvents();
    QCoreApplication::sendPostedEvents(); // once more: crowded category labels were slanted

    const QRectF source(QPointF(0, 0), QSizeF(logical));
    scene.setSceneRect(source);
    scene.render(&painter, target, source, Qt::KeepAspectRatio);
}

QImage ChartExport::renderImage(const charts::ChartData &data, const QSize &logical, qreal scale)
{
    QImage image(QSize(qRound(logical.width() * scale), qRound(logical.height() * scale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    paintChart(painter, QRectF(image.rect()), data, logical);
    return image;
}

Result<void> ChartExport::savePng(const charts::ChartData &data, const QString &path, const QSize &logical)
{
    if (!renderImage(data, logical).save(path, "PNG"))
        return Error::make(QCoreApplication::translate("ChartExport",
                                                       "The picture could not be saved to %1. "
                                                       "Check that the folder exists and that "
                                                       "you may write to it.")
                               .arg(path));
    return {};
}

Result<void> ChartExport::writeDashboardPdf(const Document &document, const QString &path)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    writer.setTitle(document.title);
    writer.setCreator(QStringLiteral("SignWatch"));
    if (!writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                          QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter)))
        return Error::make(QCoreApplication::translate("ChartExport", "The page could not be set up."));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error::make(QCoreApplication::translate("ChartExport",
                                                       "The PDF could not be written to %1. Check "
                                                       "that the folder exists and that you may "
                                                       "write to it.")
                               .arg(path));
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF page = writer.pageLayout()
                            .paintRectPixels(writer.resolution())
                            .translated(-writer.pageLayout().paintRectPixels(writer.resolution()).topLeft());
    const double mm = writer.resolution() / 25.4;
    double y = 0;

    auto text = [&](const QString &line, qreal points, bool bold, const QRectF &box, int flags) {
        QFont font = documentFont(points);
        font.setBold(bold);
        painter.setFont(font);
        QRectF used;
        painter.drawText(box, flags | Qt::TextWordWrap, line, &used);
        return used.height();
    };

    painter.setPen(Qt::black);
    y += text(document.title, 15, true, QRectF(0, y, page.width(), 20 * mm), Qt::AlignLeft | Qt::AlignTop);
    painter.setPen(QColor(0x40, 0x40, 0x40));
    for (const QString &line : document.lines)
        y += text(line, 9, false, QRectF(0, y, page.width(), 10 * mm), Qt::AlignLeft | Qt::AlignTop);
    y += 2 * mm;

    // Headline figures in framed boxes.
    if (!document.figures.isEmpty()) {
        const double gap = 3 * mm;
        const double width = (page.width() - gap * (document.figures.size() - 1)) / document.figures.size();
        const double height = 19 * mm;
        for (int i = 0; i < document.figures.size(); ++i) {
            const Figure &f = document.figures.at(i);
            const QRectF box(i * (width + gap), y, width, height);
            painter.setPen(QPen(QColor(0xB0, 0xB0, 0xB0), 0.3 * mm));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(box);
            const QRectF inner = box.adjusted(2 * mm, 1.5 * mm, -2 * mm, -1 * mm);
            painter.setPen(QColor(0x50, 0x50, 0x50));
            double line = text(f.caption, 8, false, inner, Qt::AlignLeft | Qt::AlignTop);
            painter.setPen(Qt::black);
            line += text(f.value, 14, true, inner.adjusted(0, line, 0, 0), Qt::AlignLeft | Qt::AlignTop);
            painter.setPen(QColor(0x50, 0x50, 0x50));
            text(f.note, 7, false, inner.adjusted(0, line, 0, 0), Qt::AlignLeft | Qt::AlignTop);
        }
        y += height + 3 * mm;
    }

    // The charts: three columns, laid out at a screen size and scaled into their cells.
    const double footerHeight = document.footer.isEmpty() ? 0 : 6 * mm;
    const int columns = 3;
    const int rows = int((document.charts.size() + columns - 1) / columns);
    if (rows > 0) {
        const double gap = 3 * mm;
        const double cellWidth = (page.width() - gap * (columns - 1)) / columns;
        const double cellHeight = (page.height() - y - footerHeight - gap * (rows - 1)) / rows;
        const QSize logical(640, qMax(240, int(std::lround(640 * cellHeight / cellWidth))));
        for (int i = 0; i < document.charts.size(); ++i) {
            const QRectF cell((i % columns) * (cellWidth + gap), y + (i / columns) * (cellHeight + gap),
                              cellWidth, cellHeight);
            paintChart(painter, cell, document.charts.at(i), logical);
            painter.setPen(QPen(QColor(0xD0, 0xD0, 0xD0), 0.2 * mm));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(cell);
        }
    }
    if (!document.footer.isEmpty()) {
        painter.setPen(QColor(0x60, 0x60, 0x60));
        text(document.footer, 7, false, QRectF(0, page.height() - footerHeight, page.width(), footerHeight),
             Qt::AlignLeft | Qt::AlignBottom);
    }
    if (!painter.end())
        return Error::make(QCoreApplication::translate("ChartExport", "The PDF could not be finished."));
    return {};
}

} // namespace sw::ui
