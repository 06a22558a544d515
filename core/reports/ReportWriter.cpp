#include "reports/ReportWriter.h"

#include "documents/DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextObjectInterface>
#include <QTextTable>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcReports)

namespace sw::reports {

namespace {

// Decree 30/2020, Appendix I (spec/documents.md), as the minutes use it: A4 portrait, margins top
// and bottom 20 mm, left 30 mm, right 15 mm; sizes in points.
constexpr qreal marginTopMm = 20;
constexpr qreal marginBottomMm = 20;
constexpr qreal marginLeftMm = 30;
constexpr qreal marginRightMm = 15;
constexpr int resolution = 1200;
constexpr qreal parentBodyPt = 12;
constexpr qreal issuingBodyPt = 12;
constexpr qreal nationalTitlePt = 12;
constexpr qreal mottoPt = 13;
constexpr qreal numberPt = 13;
constexpr qreal dateLinePt = 13;
constexpr qreal typeNamePt = 14;
constexpr qreal bodyPt = 14;
constexpr qreal tablePt = 11; // wide tables of figures: 11 keeps nine columns readable
constexpr qreal signaturePt = 13;
constexpr qreal signerNamePt = 14;
constexpr qreal recipientsLabelPt = 12;
constexpr qreal recipientsPt = 11;
constexpr qreal pageNumberPt = 13;

// Qt 6.4's text layout on a paint device: margins, padding and borders in 1/96 inch; a block's
// text indent in device units (measured by documents/OfficialDocumentWriter).
constexpr qreal cssPxPerMm = 96.0 / 25.4;
constexpr qreal cssPxPerPt = 96.0 / 72.0;
constexpr qreal deviceUnitsPerMm = resolution / 25.4;
constexpr qreal firstLineIndentMm = 12.7;
constexpr qreal paragraphSpacingPt = 6;
constexpr qreal signatureSpaceMm = 24;

constexpr int ruleProperty = QTextFormat::UserProperty + 1; // a short rule under the block
constexpr int chartProperty = QTextFormat::UserProperty + 2; // the chart's index
constexpr int chartObjectType = QTextFormat::UserObject + 1;

QTextBlockFormat centredBlock(qreal topPt = 0, qreal bottomPt = 0)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignHCenter);
    format.setTopMargin(topPt * cssPxPerPt);
    format.setBottomMargin(bottomPt * cssPxPerPt);
    return format;
}

QTextTableFormat plainTable(const QList<qreal> &widths)
{
    QTextTableFormat format;
    format.setBorder(0);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_None);
    format.setCellSpacing(0);
    format.setCellPadding(0);
    format.setMargin(0);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QList<QTextLength> constraints;
    for (qreal width : widths)
        constraints << QTextLength(QTextLength::PercentageLength, width);
    format.setColumnWidthConstraints(constraints);
    return format;
}

} // namespace

// Draws the charts where the text layout placed their object characters.
class ReportWriter::ChartHandler : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    ChartHandler(QString family, qreal width) : m_family(std::move(family)), m_width(width) { }

    int add(const ReportChart &chart)
    {
        m_charts.append(chart);
        return int(m_charts.size()) - 1;
    }

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override
    {
        return {m_width, m_width * chartLogicalSize.height() / chartLogicalSize.width()};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                    const QTextFormat &format) override
    {
        const int index = format.property(chartProperty).toInt();
        if (index >= 0 && index < m_charts.size())
            paintChart(*painter, rect, m_charts.at(index), m_family);
    }

private:
    QString m_family;
    qreal m_width;
    QList<ReportChart> m_charts;
};

Result<std::unique_ptr<ReportWriter>> ReportWriter::create()
{
    Result<QString> family = documents::DocumentFonts::family();
    if (!family)
        return family.error();
    return std::unique_ptr<ReportWriter>(new ReportWriter(family.value()));
}

ReportWriter::ReportWriter(QString family) : m_family(std::move(family))
{
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(resolution);
    // The page's own margins are zero: the document lays out its margins, so that page numbers can
    // be painted in the top margin.
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setCreator(QStringLiteral("SignWatch"));
    m_document.documentLayout()->setPaintDevice(m_writer.get()); // qt-notes.md: else screen metrics
    m_document.setUseDesignMetrics(true);
    m_document.setDefaultFont(documents::DocumentFonts::font(m_family, bodyPt));
    m_document.setPageSize(QSizeF(m_writer->width(), m_writer->height()));
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setTopMargin(marginTopMm * cssPxPerMm);
    root.setBottomMargin(marginBottomMm * cssPxPerMm);
    root.setLeftMargin(marginLeftMm * cssPxPerMm);
    root.setRightMargin(marginRightMm * cssPxPerMm);
    root.setPadding(0);
    root.setBorder(0);
    m_document.rootFrame()->setFrameFormat(root);
    const qreal textWidth = m_writer->width() - (marginLeftMm + marginRightMm) * deviceUnitsPerMm;
    m_charts = std::make_unique<ChartHandler>(m_family, textWidth * 0.97);
    m_document.documentLayout()->registerHandler(chartObjectType, m_charts.get());
    m_cursor = QTextCursor(&m_document);
}

ReportWriter::~ReportWriter() = default;

void ReportWriter::startBlock(const QTextBlockFormat &format)
{
    if (m_cursor.block().length() <= 1 && !m_cursor.currentTable())
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
}

void ReportWriter::insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                              bool italic)
{
    QTextCharFormat format;
    format.setFont(documents::DocumentFonts::font(m_family, pointSize, bold, italic),
                   QTextCharFormat::FontPropertiesAll);
    format.setForeground(Qt::black);
    cursor.insertText(documents::OfficialDocumentWriter::guard(text), format);
}

void ReportWriter::header(const documents::Issuer &issuer, const QString &numberLine, const QString &dateLine)
{
    auto width = [this](const QString &text, qreal pt, bool bold) {
        return QFontMetricsF(documents::DocumentFonts::font(m_family, pt, bold), m_writer.get())
            .horizontalAdvance(text);
    };
    const qreal textWidth = m_writer->width() - (marginLeftMm + marginRightMm) * deviceUnitsPerMm;
    const qreal left = std::max({width(issuer.parentBody, parentBodyPt, false),
                                 width(issuer.body, issuingBodyPt, true), width(numberLine, numberPt, false)})
        + 2 * deviceUnitsPerMm;
    const qreal leftPercent = std::clamp(100.0 * left / textWidth, 35.0, 50.0);

    QTextBlockFormat first;
    first.setLineHeight(0, QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(first);
    QTextTable *table = m_cursor.insertTable(2, 2, plainTable({leftPercent, 100.0 - leftPercent}));
    for (int c = 0; c < 2; ++c) {
        QTextTableCellFormat upper = table->cellAt(0, c).format().toTableCellFormat();
        upper.setBottomPadding(8 * cssPxPerPt);
        table->cellAt(0, c).setFormat(upper);
    }
    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, issuer.parentBody, parentBodyPt);
    QTextBlockFormat body = centredBlock();
    body.setProperty(ruleProperty, 0.4);
    cell.insertBlock(body);
    insertText(cell, issuer.body, issuingBodyPt, true);

    cell = table->cellAt(0, 1).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), nationalTitlePt, true);
    QTextBlockFormat motto = centredBlock();
    motto.setProperty(ruleProperty, 1.0);
    cell.insertBlock(motto);
    insertText(cell, QStringLiteral("Độc lập - Tự do - Hạnh phúc"), mottoPt, true);

    cell = table->cellAt(1, 0).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, numberLine, numberPt);
    cell = table->cellAt(1, 1).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, dateLine, dateLinePt, false, true);
    m_cursor.movePosition(QTextCursor::End);
}

void ReportWriter::title(const QString &typeName, const QString &subject)
{
    startBlock(centredBlock(24, 0));
    insertText(m_cursor, typeName, typeNamePt, true);
    QTextBlockFormat subjectFormat = centredBlock(0, 18);
    subjectFormat.setProperty(ruleProperty, 0.35);
    m_cursor.insertBlock(subjectFormat);
    insertText(m_cursor, subject, typeNamePt, true);
}

void ReportWriter::sectionHeading(const QString &text)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(2 * paragraphSpacingPt * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
    startBlock(format);
    insertText(m_cursor, text, bodyPt, true);
}

void ReportWriter::subHeading(const QString &text)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(paragraphSpacingPt * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    startBlock(format);
    insertText(m_cursor, text, bodyPt, true, true);
}

void ReportWriter::paragraph(const QString &text, const QString &leadBold)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignJustify);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setLineHeight(110, QTextBlockFormat::ProportionalHeight);
    startBlock(format);
    if (!leadBold.isEmpty())
        insertText(m_cursor, leadBold, bodyPt, true);
    insertText(m_cursor, text, bodyPt);
}

void ReportWriter::table(const QStringList &columns, const QList<QStringList> &rows,
                         const QList<qreal> &widths, const QList<int> &right, bool totalRow)
{
    QTextTableFormat format = plainTable(widths);
    format.setBorder(0.75 * cssPxPerPt);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellPadding(1.0 * cssPxPerMm);
    format.setHeaderRowCount(1); // repeated on each page the table runs onto
    format.setTopMargin(2 * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(int(rows.size()) + 1, int(columns.size()), format);
    for (int c = 0; c < columns.size(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        cell.setBlockFormat(centredBlock());
        insertText(cell, columns[c], tablePt, true);
    }
    for (int r = 0; r < rows.size(); ++r) {
        const bool bold = totalRow && r + 1 == rows.size();
        for (int c = 0; c < columns.size() && c < rows[r].size(); ++c) {
            QTextCursor cell = table->cellAt(r + 1, c).firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(right.contains(c) ? Qt::AlignRight : Qt::AlignLeft);
            cell.setBlockFormat(block);
            insertText(cell, rows[r][c], tablePt, bold);
        }
    }
    m_cursor.movePosition(QTextCursor::End);
}

void ReportWriter::chart(const ReportChart &chart)
{
    QTextBlockFormat format = centredBlock(4, 10);
    startBlock(format);
    QTextCharFormat object;
    object.setObjectType(chartObjectType);
    object.setProperty(chartProperty, m_charts->add(chart));
    m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
}

void ReportWriter::closing(const QStringList &recipients, const documents::Signatory &signatory)
{
    QTextTableFormat format = plainTable({45, 55});
    format.setTopMargin(12 * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(1, 2, format);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    QTextBlockFormat label;
    label.setAlignment(Qt::AlignLeft);
    left.setBlockFormat(label);
    insertText(left, QStringLiteral("Nơi nhận:"), recipientsLabelPt, true, true);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QString item = recipients[i].trimmed();
        while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
            item.chop(1);
        // Each line "- …;", the last "- Lưu: VT, …." (Decree 30, Appendix I).
        item = QStringLiteral("- ") + item
            + (i + 1 == recipients.size() ? QLatin1Char('.') : QLatin1Char(';'));
        left.insertBlock(label);
        insertText(left, item, recipientsPt);
    }
    QTextCursor cell = table->cellAt(0, 1).firstCursorPosition();
    bool first = true;
    auto line = [&](const QString &text) {
        if (text.isEmpty())
            return;
        if (first)
            cell.setBlockFormat(centredBlock());
        else
            cell.insertBlock(centredBlock());
        first = false;
        insertText(cell, text, signaturePt, true);
    };
    line(signatory.authority);
    line(signatory.title);
    QTextBlockFormat name = centredBlock();
    name.setTopMargin(signatureSpaceMm * cssPxPerMm);
    if (first)
        cell.setBlockFormat(name);
    else
        cell.insertBlock(name);
    insertText(cell, signatory.name, signerNamePt, true);
    m_cursor.movePosition(QTextCursor::End);
}

void ReportWriter::prepareEnd()
{
    // The empty block after a closing table must not start a page of its own.
    QTextCursor end(&m_document);
    end.movePosition(QTextCursor::End);
    if (end.block().length() <= 1 && !end.currentTable()) {
        QTextBlockFormat none = end.blockFormat();
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        none.setTopMargin(0);
        none.setBottomMargin(0);
        end.setBlockFormat(none);
    }
}

void ReportWriter::paintPage(QPainter &painter, int page)
{
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageWidth = m_document.pageSize().width();
    const qreal pageHeight = m_document.pageSize().height();
    const QRectF clip(0, page * pageHeight, pageWidth, pageHeight);
    painter.save();
    painter.translate(0, -page * pageHeight);
    painter.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    context.palette.setColor(QPalette::Text, Qt::black);
    layout->draw(&painter, context);
    // The rules under the issuing body, the Tiêu ngữ and the subject line.
    QPen rulePen(Qt::black);
    rulePen.setWidthF(0.6 / 72.0 * resolution);
    painter.setPen(rulePen);
    const qreal gap = 1.5 / 72.0 * resolution;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        const QVariant fraction = block.blockFormat().property(ruleProperty);
        if (!fraction.isValid() || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF blockRect = layout->blockBoundingRect(block);
        qreal widest = 0;
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            widest = std::max(widest, block.layout()->lineAt(i).naturalTextWidth());
        const QRectF lastRect = block.layout()->lineAt(block.layout()->lineCount() - 1).naturalTextRect();
        const qreal length = widest * fraction.toDouble();
        const qreal centre = blockRect.left() + lastRect.center().x();
        const qreal y = blockRect.top() + lastRect.bottom() + gap;
        if (int(y / pageHeight) == page)
            painter.drawLine(QLineF(centre - length / 2, y, centre + length / 2, y));
    }
    painter.restore();
    // Page numbers from page 2, Arabic, centred in the top margin.
    if (page > 0) {
        painter.setFont(documents::DocumentFonts::font(m_family, pageNumberPt));
        painter.setPen(Qt::black);
        const QRectF band(marginLeftMm * deviceUnitsPerMm, 0,
                          pageWidth - (marginLeftMm + marginRightMm) * deviceUnitsPerMm,
                          marginTopMm * deviceUnitsPerMm);
        painter.drawText(band, Qt::AlignCenter, QString::number(page + 1));
    }
}

Result<documents::PdfDocument> ReportWriter::finish(const QString &title)
{
    prepareEnd();
    m_writer->setTitle(documents::OfficialDocumentWriter::guard(title));
    const int pages = m_document.pageCount();
    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return Error::make(QCoreApplication::translate("Reports", "The report's PDF cannot be written."));
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_writer->newPage();
        paintPage(painter, page);
    }
    if (!painter.end())
        return Error::make(QCoreApplication::translate("Reports", "The report's PDF cannot be written."));
    m_buffer.close();
    qCDebug(lcReports) << "report rendered:" << pages << "pages," << m_bytes.size() << "bytes";
    documents::PdfDocument pdf;
    pdf.bytes = m_bytes;
    pdf.sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex();
    pdf.pageCount = pages;
    return pdf;
}

QList<QImage> ReportWriter::pageImages(int dpi)
{
    prepareEnd();
    QList<QImage> images;
    const qreal scale = qreal(dpi) / resolution;
    const QSizeF page = m_document.pageSize();
    for (int i = 0; i < m_document.pageCount(); ++i) {
        QImage image(QSize(qCeil(page.width() * scale), qCeil(page.height() * scale)), QImage::Format_RGB32);
        image.setDotsPerMeterX(qRound(dpi / 0.0254));
        image.setDotsPerMeterY(qRound(dpi / 0.0254));
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.scale(scale, scale);
        paintPage(painter, i);
        painter.end();
        images.append(image);
    }
    return images;
}

} // namespace sw::reports

#include "ReportWriter.moc"
