#pragma once

#include "dashboard/charts/ChartData.h"
#include "util/Result.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

class QPainter;
class QRectF;

namespace sw::ui {

// Charts into pictures and documents, the same way on screen, in PNG and in PDF: a chart is laid
// out at its logical size (as on a screen) and then scaled into its place. Drawn at the page's
// own size instead, a chart in a 1200-dpi PDF would get tiny fonts and hairlines (qt-notes.md).
// Reports (issue 6) draw their charts through paintChart too.
class ChartExport
{
public:
    // The size a chart is laid out at for exports, in pixels.
    static QSize logicalSize() { return {960, 600}; }
    // A system font that covers Vietnamese (Liberation Sans, else DejaVu Sans), embedded in PDFs
    // by Qt as a subset; nothing is bundled.
    static QFont documentFont(qreal pointSize);

    // Draws `data` laid out at `logical` into `target` (any device: PDF, image, printer).
    static void paintChart(QPainter &painter, const QRectF &target, const charts::ChartData &data,
                           const QSize &logical = logicalSize());
    static QImage renderImage(const charts::ChartData &data, const QSize &logical = logicalSize(),
                              qreal scale = 2.0);
    static Result<void> savePng(const charts::ChartData &data, const QString &path,
                                const QSize &logical = logicalSize());

    // One A4 landscape page: title, lines under it (the filter, when counted), headline figures,
    // then the charts in a grid of three columns.
    struct Figure
    {
        QString caption;
        QString value;
        QString note;
    };
    struct Document
    {
        QString title;
        QStringList lines;
        QList<Figure> figures;
        QList<charts::ChartData> charts;
        QString footer;
    };
    static Result<void> writeDashboardPdf(const Document &document, const QString &path);
};

} // namespace sw::ui
