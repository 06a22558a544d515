#include "documents/OfficialDocumentWriter.h"

#include "documents/DocumentFonts.h"
#include "privacy/Masking.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFontMetricsF>
#include <QLoggingCategory>
#include <QPainter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>
#include <QXmlStreamWriter>

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

namespace sw::documents {

Q_LOGGING_CATEGORY(lcDocumentPdf, "signwatch.documents.pdf", QtInfoMsg)

namespace {

// Decree 30/2020, Appendix I (spec/documents.md): A4 portrait, top and bottom 20–25 mm, left 30–35
// mm, right 15–20 mm.
constexpr qreal marginTopMm = 20;
constexpr qreal marginBottomMm = 20;
constexpr qreal marginLeftMm = 30;
constexpr qreal marginRightMm = 15;
constexpr int resolution = 1200; // QPdfWriter's default: device units are 1/1200 inch

// Sizes in points (spec/documents.md's header table).
constexpr qreal parentBodyPt = 12; // 12–13, upright
constexpr qreal issuingBodyPt = 12; // 12–13, bold: 13 would not leave the Quốc hiệu room on one line
constexpr qreal nationalTitlePt = 12; // Quốc hiệu 12–13, bold
constexpr qreal mottoPt = 13; // Tiêu ngữ 13–14, bold
constexpr qreal numberPt = 13; // "Số: …", 13
constexpr qreal dateLinePt = 13; // 13–14, italic
constexpr qreal typeNamePt = 14; // "BIÊN BẢN", 13–14, bold
constexpr qreal bodyPt = 14; // body 13–14
constexpr qreal tablePt = 12;
constexpr qreal signaturePt = 13; // authority and title, bold capitals
constexpr qreal signerNamePt = 14;
constexpr qreal recipientsLabelPt = 12; // "Nơi nhận:" 12, bold italic
constexpr qreal recipientsPt = 11; // its list, 11
constexpr qreal pageNumberPt = 13; // 13–14, centred in the top margin, from page 2

// Units, as Qt 6.4's QTextDocumentLayout reads them on a paint device (measured): frame, table and
// block margins, padding and borders in 1/96 inch, scaled to the device; a block's text indent in
// the device's own units.
constexpr qreal cssPxPerMm = 96.0 / 25.4;
constexpr qreal cssPxPerPt = 96.0 / 72.0;
constexpr qreal deviceUnitsPerMm = resolution / 25.4;
constexpr qreal firstLineIndentMm = 12.7; // 1–1.27 cm
constexpr qreal paragraphSpacingPt = 6; // at least 6 pt
constexpr qreal signatureSpaceMm = 22; // room for the signature and the seal

// A block property: draw a rule under the block's last line, this fraction of the line's width
// long, centred on it (issuing body: 1/3–1/2; Tiêu ngữ: the whole text; subject line: short).
constexpr int ruleProperty = QTextFormat::UserProperty + 1;
// A block property: the block goes to the next page with what follows it (headings, the line that
// introduces a table, the closing words before the signatures).
constexpr int keepWithNextProperty = QTextFormat::UserProperty + 2;

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

QString OfficialDocumentWriter::guard(const QString &text)
{
    static const QRegularExpression twelveDigits(QStringLiteral("(?<!\\d)\\d{12}(?!\\d)"));
    QString guarded = text;
    QRegularExpressionMatchIterator it = twelveDigits.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        guarded.replace(match.capturedStart(), match.capturedLength(),
                        privacy::maskCitizenId(match.captured()));
    }
    return guarded;
}

Result<std::unique_ptr<OfficialDocumentWriter>> OfficialDocumentWriter::create()
{
    Result<QString> family = DocumentFonts::family();
    if (!family)
        return family.error();
    return std::unique_ptr<OfficialDocumentWriter>(new OfficialDocumentWriter(family.value()));
}

OfficialDocumentWriter::OfficialDocumentWriter(QString family) : m_family(std::move(family))
{
    m_buffer.setBuffer(&m_bytes);
    m_buffer.open(QIODevice::WriteOnly);
    m_writer = std::make_unique<QPdfWriter>(&m_buffer);
    m_writer->setResolution(resolution);
    // The page's own margins are zero: the document lays out its margins itself, so that page
    // numbers can be painted inside the top margin.
    m_writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                        QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter));
    m_writer->setCreator(QStringLiteral("SignWatch"));

    // qt-notes.md: without the writer as paint device the layout uses screen metrics.
    m_document.documentLayout()->setPaintDevice(m_writer.get());
    m_document.setUseDesignMetrics(true);
    m_document.setDefaultFont(DocumentFonts::font(m_family, bodyPt));
    m_document.setPageSize(QSizeF(m_writer->width(), m_writer->height()));
    QTextFrameFormat root = m_document.rootFrame()->frameFormat();
    root.setTopMargin(marginTopMm * cssPxPerMm);
    root.setBottomMargin(marginBottomMm * cssPxPerMm);
    root.setLeftMargin(marginLeftMm * cssPxPerMm);
    root.setRightMargin(marginRightMm * cssPxPerMm);
    root.setPadding(0);
    root.setBorder(0);
    m_document.rootFrame()->setFrameFormat(root);
    m_document.setUndoRedoEnabled(false);
    m_cursor = QTextCursor(&m_document);
    // One edit block for the whole construction: the layout runs once, at the end, instead of
    // after every insertion (minutes with a few hundred evidence rows took minutes otherwise).
    m_cursor.beginEditBlock();
}

OfficialDocumentWriter::~OfficialDocumentWriter() = default;

void OfficialDocumentWriter::startBlock(const QTextBlockFormat &format)
{
    if (m_cursor.block().length() <= 1 && !m_cursor.currentTable())
        m_cursor.setBlockFormat(format);
    else
        m_cursor.insertBlock(format);
}

void OfficialDocumentWriter::insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold,
                                        bool italic)
{
    QTextCharFormat format;
    format.setFont(DocumentFonts::font(m_family, pointSize, bold, italic),
                   QTextCharFormat::FontPropertiesAll);
    format.setForeground(Qt::black);
    cursor.insertText(guard(text), format);
}

void OfficialDocumentWriter::header(const Issuer &issuer, const QString &numberLine, const QString &dateLine)
{
    // The left column is as wide as its widest line (plus a little air); the right column takes the
    // rest, which leaves the Quốc hiệu on one line.
    auto width = [this](const QString &text, qreal pt, bool bold, bool italic = false) {
        return QFontMetricsF(DocumentFonts::font(m_family, pt, bold, italic), m_writer.get())
            .horizontalAdvance(text);
    };
    const qreal textWidth = m_writer->width() - (marginLeftMm + marginRightMm) * deviceUnitsPerMm;
    const qreal left = std::max({width(issuer.parentBody, parentBodyPt, false),
                                 width(issuer.body, issuingBodyPt, true), width(numberLine, numberPt, false)})
        + 2 * deviceUnitsPerMm;
    const qreal leftPercent = std::clamp(100.0 * left / textWidth, 35.0, 50.0);

    // The empty block a document starts with would push the header down by a line.
    QTextBlockFormat first;
    first.setLineHeight(0, QTextBlockFormat::FixedHeight);
    m_cursor.setBlockFormat(first);
    QTextTableFormat headerFormat = plainTable({leftPercent, 100.0 - leftPercent});
    // Qt gives the first block after a table no top margin: the table keeps the space below it.
    headerFormat.setBottomMargin(14 * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(2, 2, headerFormat);
    // Room for the rules under the issuing body and the Tiêu ngữ (a cell's last block margin is not
    // applied inside a table: the cell's padding is).
    for (int c = 0; c < 2; ++c) {
        QTextTableCellFormat upper = table->cellAt(0, c).format().toTableCellFormat();
        upper.setBottomPadding(8 * cssPxPerPt);
        table->cellAt(0, c).setFormat(upper);
    }

    QTextCursor cell = table->cellAt(0, 0).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, issuer.parentBody, parentBodyPt);
    QTextBlockFormat body = centredBlock();
    body.setProperty(ruleProperty, 0.4); // 1/3–1/2 of the body's name
    cell.insertBlock(body);
    insertText(cell, issuer.body, issuingBodyPt, true);

    cell = table->cellAt(0, 1).firstCursorPosition();
    cell.setBlockFormat(centredBlock());
    insertText(cell, QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), nationalTitlePt, true);
    QTextBlockFormat motto = centredBlock();
    motto.setProperty(ruleProperty, 1.0); // as long as the Tiêu ngữ
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

void OfficialDocumentWriter::title(const QString &typeName, const QString &subject)
{
    startBlock(centredBlock());
    insertText(m_cursor, typeName, typeNamePt, true);
    QTextBlockFormat subjectFormat = centredBlock(0, 18);
    subjectFormat.setProperty(ruleProperty, 0.35);
    m_cursor.insertBlock(subjectFormat);
    insertText(m_cursor, subject, typeNamePt, true);
}

void OfficialDocumentWriter::sectionHeading(const QString &text)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignLeft);
    format.setTopMargin(paragraphSpacingPt * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setProperty(keepWithNextProperty, true);
    startBlock(format);
    insertText(m_cursor, text, bodyPt, true);
}

void OfficialDocumentWriter::paragraph(const QString &text, const QString &leadBold)
{
    QTextBlockFormat format;
    format.setAlignment(Qt::AlignJustify);
    format.setTextIndent(firstLineIndentMm * deviceUnitsPerMm);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    format.setLineHeight(100, QTextBlockFormat::ProportionalHeight); // single (the decree: single to 1.5)
    startBlock(format);
    if (!leadBold.isEmpty())
        insertText(m_cursor, leadBold, bodyPt, true);
    insertText(m_cursor, text, bodyPt);
}

QTextTable *OfficialDocumentWriter::insertGrid(QTextCursor &cursor, const GridTable &grid, qsizetype firstRow,
                                               qsizetype rows, bool breakBefore)
{
    QTextTableFormat format = plainTable(grid.widths);
    format.setBorder(0.75 * cssPxPerPt);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorderBrush(Qt::black);
    format.setBorderCollapse(true);
    format.setCellPadding(1.2 * cssPxPerMm);
    format.setHeaderRowCount(1); // repeated by Qt should a single row outgrow a page
    format.setTopMargin(2 * cssPxPerPt);
    format.setBottomMargin(paragraphSpacingPt * cssPxPerPt);
    if (breakBefore)
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);

    QTextTable *table = cursor.insertTable(int(rows) + 1, int(grid.columns.size()), format);
    for (int c = 0; c < grid.columns.size(); ++c) {
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        cell.setBlockFormat(centredBlock());
        insertText(cell, grid.columns[c], tablePt, true);
    }
    for (qsizetype r = 0; r < rows; ++r) {
        const QStringList &row = grid.rows[firstRow + r];
        for (int c = 0; c < grid.columns.size() && c < row.size(); ++c) {
            QTextCursor cell = table->cellAt(int(r) + 1, c).firstCursorPosition();
            QTextBlockFormat block;
            block.setAlignment(grid.centred.contains(c) ? Qt::AlignHCenter : Qt::AlignLeft);
            cell.setBlockFormat(block);
            insertText(cell, row[c], tablePt);
        }
    }
    return table;
}

void OfficialDocumentWriter::table(const QStringList &columns, const QList<QStringList> &rows,
                                   const QList<qreal> &widths, const QList<int> &centred)
{
    auto grid = std::make_shared<GridTable>(GridTable {columns, rows, widths, centred});
    QTextTable *table = insertGrid(m_cursor, *grid, 0, grid->rows.size(), false);
    m_pieces.append({table, grid, 0});
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocumentWriter::keepWithNext()
{
    QTextBlockFormat format = m_cursor.blockFormat();
    format.setProperty(keepWithNextProperty, true);
    m_cursor.setBlockFormat(format);
}

void OfficialDocumentWriter::signatureCell(QTextCursor &cursor, const Signatory &signatory)
{
    bool first = true;
    auto line = [&](const QString &text, qreal pt, qreal topPt = 0) {
        if (text.isEmpty())
            return;
        if (first)
            cursor.setBlockFormat(centredBlock(topPt));
        else
            cursor.insertBlock(centredBlock(topPt));
        first = false;
        insertText(cursor, text, pt, true);
    };
    line(signatory.heading, signaturePt);
    line(signatory.authority, signaturePt);
    line(signatory.title, signaturePt);
    if (signatory.name.isEmpty())
        return;
    QTextBlockFormat name = centredBlock();
    name.setTopMargin(signatureSpaceMm * cssPxPerMm);
    if (first)
        cursor.setBlockFormat(name);
    else
        cursor.insertBlock(name);
    insertText(cursor, signatory.name, signerNamePt, true);
}

void OfficialDocumentWriter::signatures(const QList<Signatory> &signatories)
{
    if (signatories.isEmpty())
        return;
    QList<qreal> widths(signatories.size(), 100.0 / signatories.size());
    QTextTableFormat format = plainTable(widths);
    format.setTopMargin(12 * cssPxPerPt);
    // Titles in the first row, names in the second: the names line up however many title lines
    // each side has.
    QTextTable *table = m_cursor.insertTable(2, int(signatories.size()), format);
    m_keepTogether.append(table);
    for (int c = 0; c < signatories.size(); ++c) {
        Signatory titles = signatories[c];
        titles.name.clear();
        QTextCursor cell = table->cellAt(0, c).firstCursorPosition();
        signatureCell(cell, titles);
        QTextTableCellFormat nameCell = table->cellAt(1, c).format().toTableCellFormat();
        nameCell.setTopPadding(signatureSpaceMm * cssPxPerMm);
        table->cellAt(1, c).setFormat(nameCell);
        cell = table->cellAt(1, c).firstCursorPosition();
        cell.setBlockFormat(centredBlock());
        insertText(cell, signatories[c].name, signerNamePt, true);
    }
    m_cursor.movePosition(QTextCursor::End);
}

void OfficialDocumentWriter::recipientsCell(QTextCursor &cursor, const QStringList &recipients)
{
    QTextBlockFormat label;
    label.setAlignment(Qt::AlignLeft);
    cursor.setBlockFormat(label);
    insertText(cursor, QStringLiteral("Nơi nhận:"), recipientsLabelPt, true, true);
    for (qsizetype i = 0; i < recipients.size(); ++i) {
        QString item = recipients[i].trimmed();
        while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
            item.chop(1);
        // Each line "- …;", the last "- Lưu: VT, …." (Decree 30, Appendix I).
        item = QStringLiteral("- ") + item
            + (i + 1 == recipients.size() ? QLatin1Char('.') : QLatin1Char(';'));
        QTextBlockFormat block;
        block.setAlignment(Qt::AlignLeft);
        cursor.insertBlock(block);
        insertText(cursor, item, recipientsPt);
    }
}

void OfficialDocumentWriter::recipients(const QStringList &recipients, const Signatory *signatory)
{
    QTextTableFormat format = plainTable({45, 55});
    format.setTopMargin(12 * cssPxPerPt);
    QTextTable *table = m_cursor.insertTable(1, 2, format);
    m_keepTogether.append(table);
    QTextCursor left = table->cellAt(0, 0).firstCursorPosition();
    if (!recipients.isEmpty())
        recipientsCell(left, recipients);
    if (signatory) {
        QTextCursor right = table->cellAt(0, 1).firstCursorPosition();
        signatureCell(right, *signatory);
    }
    m_cursor.movePosition(QTextCursor::End);
}

namespace {

// Where a block's lines start and end, in document coordinates.
struct LineSpan
{
    qreal top;
    qreal bottom;
};

LineSpan lineSpan(QAbstractTextDocumentLayout *layout, const QTextBlock &block)
{
    const QRectF rect = layout->blockBoundingRect(block);
    const QTextLayout *lines = block.layout();
    if (!lines || lines->lineCount() == 0)
        return {rect.top(), rect.bottom()};
    const QTextLine first = lines->lineAt(0);
    const QTextLine last = lines->lineAt(lines->lineCount() - 1);
    return {rect.top() + first.y(), rect.top() + last.y() + last.height()};
}

// The lines of a table row, from the top of its first line to the bottom of its last.
LineSpan rowSpan(QAbstractTextDocumentLayout *layout, QTextTable *table, int row)
{
    LineSpan span {std::numeric_limits<qreal>::max(), std::numeric_limits<qreal>::lowest()};
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextBlock block = it.currentBlock();
            if (!block.isValid())
                continue;
            const LineSpan lines = lineSpan(layout, block);
            span.top = std::min(span.top, lines.top);
            span.bottom = std::max(span.bottom, lines.bottom);
        }
    }
    return span;
}

void breakBefore(QTextTable *table)
{
    QTextTableFormat format = table->format();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    table->setFormat(format);
}

} // namespace

bool OfficialDocumentWriter::fixFirstBreak()
{
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageHeight = m_document.pageSize().height();
    auto page = [pageHeight](qreal y) { return int(std::floor(y / pageHeight)); };
    // A span crosses a page when its first and last lines are on different pages.
    auto crosses = [&](const LineSpan &span) { return page(span.top) != page(span.bottom - 1); };
    auto pieceAt = [this](QTextTable *table) -> qsizetype {
        for (qsizetype i = 0; i < m_pieces.size(); ++i)
            if (m_pieces[i].table == table)
                return i;
        return -1;
    };

    // The root frame's blocks and tables in document order, from where the last fix was made
    // (nothing before it moves again). Stopping at the first break to fix keeps Qt's lazy layout
    // from laying out the rest of the document on every pass.
    std::function<void()> fix;
    int fixedAt = 0;
    for (QTextFrame::iterator it = m_document.rootFrame()->begin(); !it.atEnd() && !fix; ++it) {
        if (QTextTable *table = qobject_cast<QTextTable *>(it.currentFrame())) {
            if (table->lastPosition() < m_settledPosition)
                continue;
            const QTextFormat::PageBreakFlags policy = table->format().pageBreakPolicy();
            if (const qsizetype i = pieceAt(table); i >= 0) {
                qreal previousBottom = 0;
                for (int r = 1; r < table->rows() && !fix; ++r) {
                    const LineSpan span = rowSpan(layout, table, r);
                    // A row across a page, or one Qt moved whole to the next page (where it
                    // leaves the table's border open at the foot of the page): cut there.
                    const bool movedByQt = r > 1 && page(span.top) != page(previousBottom - 1);
                    previousBottom = span.bottom;
                    if (!crosses(span) && !movedByQt)
                        continue;
                    fixedAt = table->firstPosition();
                    if (r == 1) {
                        // The first row does not fit under the header: the whole piece moves on,
                        // unless it starts a page already (a row taller than a page breaks where
                        // Qt breaks it).
                        if (!(policy & QTextFormat::PageBreak_AlwaysBefore))
                            fix = [table] { breakBefore(table); };
                    } else {
                        const QList<int> cuts = predictCuts(i, r);
                        fix = [this, i, cuts] {
                            // From the last cut to the first: the earlier row numbers stay valid.
                            for (auto cut = cuts.crbegin(); cut != cuts.crend(); ++cut)
                                splitPiece(i, *cut);
                        };
                    }
                }
            } else if (m_keepTogether.contains(table) && !(policy & QTextFormat::PageBreak_AlwaysBefore)) {
                LineSpan span = rowSpan(layout, table, 0);
                for (int r = 1; r < table->rows(); ++r)
                    span.bottom = std::max(span.bottom, rowSpan(layout, table, r).bottom);
                if (crosses(span)) {
                    fixedAt = table->firstPosition();
                    fix = [table] { breakBefore(table); };
                }
            }
            continue;
        }
        const QTextBlock block = it.currentBlock();
        if (!block.isValid() || block.position() + block.length() < m_settledPosition)
            continue;
        const QTextBlockFormat format = block.blockFormat();
        if (!format.property(keepWithNextProperty).toBool()
            || (format.pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore))
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && next.length() <= 1 && !QTextCursor(next).currentTable())
            next = next.next();
        if (!next.isValid())
            continue;
        const LineSpan here = lineSpan(layout, block);
        if (page(lineSpan(layout, next).top) > page(here.bottom - 1)) {
            fixedAt = block.position();
            fix = [block, next] {
                QTextBlockFormat moved = block.blockFormat();
                moved.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                QTextCursor(block).setBlockFormat(moved);
                // What follows had been sent to the next page on its own; it now comes along.
                if (QTextTable *table = QTextCursor(next).currentTable()) {
                    QTextTableFormat comes = table->format();
                    comes.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    table->setFormat(comes);
                } else {
                    QTextBlockFormat follows = next.blockFormat();
                    follows.setPageBreakPolicy(QTextFormat::PageBreak_Auto);
                    QTextCursor(next).setBlockFormat(follows);
                }
            };
        }
    }

    if (!fix)
        return false;
    m_settledPosition = fixedAt;
    QTextCursor edit(&m_document);
    edit.beginEditBlock();
    fix();
    edit.endEditBlock();
    return true;
}

namespace {

// The height of a table row's lines, wherever the row stands: the tallest cell's lines.
qreal rowContentHeight(QTextTable *table, int row)
{
    qreal tallest = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(row, c);
        qreal height = 0;
        for (QTextFrame::iterator it = cell.begin(); !it.atEnd(); ++it) {
            const QTextLayout *lines = it.currentBlock().isValid() ? it.currentBlock().layout() : nullptr;
            for (int l = 0; lines && l < lines->lineCount(); ++l)
                height += lines->lineAt(l).height();
        }
        tallest = std::max(tallest, height);
    }
    return tallest;
}

} // namespace

QList<int> OfficialDocumentWriter::predictCuts(qsizetype index, int firstCut) const
{
    // Each cut relays out the rest of the document (Qt 6.4 does not stop early), so a long table
    // would cost one full layout per page. A piece that starts a page tells how rows stack on a
    // fresh page; the cuts of all the pages after are predicted from it and made at once. A wrong
    // guess costs nothing but time: the next pass finds it like any other break.
    QList<int> cuts {firstCut};
    QTextTable *table = m_pieces[index].table;
    if (!(table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore) || firstCut < 3)
        return cuts;
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageHeight = m_document.pageSize().height();
    const LineSpan header = rowSpan(layout, table, 0);
    const qreal pageTop = std::floor(header.top / pageHeight) * pageHeight;
    // On a page that the piece starts: where the first row's lines start and what a row adds to
    // its lines (padding and border), both measured.
    const qreal firstRowOffset = rowSpan(layout, table, 1).top - pageTop;
    const qreal overhead
        = rowSpan(layout, table, 2).top - rowSpan(layout, table, 1).top - rowContentHeight(table, 1);
    // The lowest a row's last line may end: one line of the row that did not fit is the bound.
    const qreal limit = pageHeight - marginBottomMm * deviceUnitsPerMm - overhead;
    qreal y = firstRowOffset;
    for (int r = firstCut; r < table->rows(); ++r) {
        const qreal height = rowContentHeight(table, r);
        if (r > firstCut && y + height > limit) {
            cuts.append(r);
            y = firstRowOffset;
        }
        y += height + overhead;
    }
    return cuts;
}

void OfficialDocumentWriter::splitPiece(qsizetype index, int row)
{
    // Rows `row`… move to a new piece that starts the next page under its own header.
    const TablePiece cut = m_pieces[index];
    const qsizetype firstMoved = cut.firstRow + row - 1;
    const int moved = cut.table->rows() - row;
    cut.table->removeRows(row, moved);
    QTextCursor after(&m_document);
    after.setPosition(cut.table->lastPosition() + 1);
    // Inserting a table at the start of a block leaves that block's formats with an empty block
    // before the new table: the text after it gets them back.
    const QTextBlockFormat followingFormat = after.blockFormat();
    const QTextCharFormat followingChars = after.blockCharFormat();
    QTextTable *rest = insertGrid(after, *cut.grid, firstMoved, moved, true);
    m_pieces.insert(index + 1, {rest, cut.grid, firstMoved});
    QTextCursor following(&m_document);
    following.setPosition(rest->lastPosition() + 1);
    if (!following.currentTable()) {
        following.setBlockFormat(followingFormat);
        following.setBlockCharFormat(followingChars);
    }
    // The empty block between the two tables takes no room.
    QTextCursor between(&m_document);
    between.setPosition(cut.table->lastPosition() + 1);
    if (!between.currentTable() && between.block().length() <= 1) {
        QTextBlockFormat none;
        none.setLineHeight(0, QTextBlockFormat::FixedHeight);
        between.setBlockFormat(none);
    }
}

QByteArray OfficialDocumentWriter::xmpMetadata(const QString &title, const AuditStamp &audit)
{
    QByteArray xmp;
    QXmlStreamWriter w(&xmp);
    w.setAutoFormatting(true);
    w.writeProcessingInstruction(QStringLiteral("xpacket"),
                                 QStringLiteral("begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\""));
    w.writeStartElement(QStringLiteral("x:xmpmeta"));
    w.writeNamespace(QStringLiteral("adobe:ns:meta/"), QStringLiteral("x"));
    w.writeStartElement(QStringLiteral("rdf:RDF"));
    w.writeNamespace(QStringLiteral("http://www.w3.org/1999/02/22-rdf-syntax-ns#"), QStringLiteral("rdf"));
    w.writeStartElement(QStringLiteral("rdf:Description"));
    w.writeAttribute(QStringLiteral("rdf:about"), QString());
    w.writeNamespace(QStringLiteral("http://purl.org/dc/elements/1.1/"), QStringLiteral("dc"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/xap/1.0/"), QStringLiteral("xmp"));
    w.writeNamespace(QStringLiteral("http://ns.adobe.com/pdf/1.3/"), QStringLiteral("pdf"));
    // SignWatch's own properties (XMP allows any namespace).
    w.writeNamespace(QStringLiteral("urn:signwatch:ns:audit:1.0:"), QStringLiteral("signwatch"));
    w.writeTextElement(QStringLiteral("dc:format"), QStringLiteral("application/pdf"));
    w.writeStartElement(QStringLiteral("dc:title"));
    w.writeStartElement(QStringLiteral("rdf:Alt"));
    w.writeStartElement(QStringLiteral("rdf:li"));
    w.writeAttribute(QStringLiteral("xml:lang"), QStringLiteral("x-default"));
    w.writeCharacters(guard(title));
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeTextElement(QStringLiteral("xmp:CreatorTool"), QStringLiteral("SignWatch"));
    w.writeTextElement(QStringLiteral("pdf:Producer"), QStringLiteral("Qt " QT_VERSION_STR));
    if (audit.entries > 0) {
        w.writeTextElement(QStringLiteral("signwatch:AuditEntries"), QString::number(audit.entries));
        w.writeTextElement(QStringLiteral("signwatch:AuditHead"), audit.hash);
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndElement();
    w.writeProcessingInstruction(QStringLiteral("xpacket"), QStringLiteral("end=\"w\""));
    return xmp;
}

Result<PdfDocument> OfficialDocumentWriter::finish(const QString &title, const AuditStamp &audit)
{
    QElapsedTimer timer;
    timer.start();
    m_cursor.endEditBlock();
    m_document.pageCount();
    qCDebug(lcDocumentPdf) << "layout" << timer.restart() << "ms";
    // Each fix is final and moves content only forward: this ends.
    int fixes = 0;
    while (fixFirstBreak())
        ++fixes;
    qCDebug(lcDocumentPdf) << fixes << "page breaks moved in" << timer.restart() << "ms";
    m_writer->setTitle(guard(title));
    // Qt writes no XMP of its own (and none from setTitle): a signed document's carries the audit
    // log's head (`pdfinfo -meta` prints it).
    if (audit.entries > 0)
        m_writer->setDocumentXmpMetadata(xmpMetadata(title, audit));
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
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const qreal pageWidth = m_document.pageSize().width();
    const qreal pageHeight = m_document.pageSize().height();
    const int pages = m_document.pageCount();

    // The rules under the issuing body, the Tiêu ngữ and the subject line, in document coordinates.
    struct Rule
    {
        QLineF line;
        int page;
    };
    QList<Rule> rules;
    const qreal gap = 3.0 / 72.0 * resolution; // 3 pt under the line's descent: a rule, not an underline
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        const QVariant fraction = block.blockFormat().property(ruleProperty);
        if (!fraction.isValid() || !block.layout() || block.layout()->lineCount() == 0)
            continue;
        const QRectF blockRect = layout->blockBoundingRect(block);
        qreal widest = 0;
        for (int i = 0; i < block.layout()->lineCount(); ++i)
            widest = std::max(widest, block.layout()->lineAt(i).naturalTextWidth());
        const QTextLine last = block.layout()->lineAt(block.layout()->lineCount() - 1);
        const QRectF lastRect = last.naturalTextRect();
        const qreal length = widest * fraction.toDouble();
        const qreal centre = blockRect.left() + lastRect.center().x();
        const qreal y = blockRect.top() + lastRect.bottom() + gap;
        rules.append({QLineF(centre - length / 2, y, centre + length / 2, y), int(y / pageHeight)});
    }

    QPainter painter;
    if (!painter.begin(m_writer.get()))
        return Error::make(QCoreApplication::translate("Documents", "The PDF cannot be written."));
    const QFont pageNumberFont = DocumentFonts::font(m_family, pageNumberPt);
    QPen rulePen(Qt::black);
    rulePen.setWidthF(0.6 / 72.0 * resolution);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            m_writer->newPage();
        const QRectF clip(0, page * pageHeight, pageWidth, pageHeight);
        painter.save();
        painter.translate(0, -page * pageHeight);
        painter.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        layout->draw(&painter, context);
        painter.setPen(rulePen);
        for (const Rule &rule : rules)
            if (rule.page == page)
                painter.drawLine(rule.line);
        painter.restore();
        // Page numbers from page 2, Arabic, centred in the top margin.
        if (page > 0) {
            painter.setFont(pageNumberFont);
            painter.setPen(Qt::black);
            const QRectF band(marginLeftMm * deviceUnitsPerMm, 0,
                              pageWidth - (marginLeftMm + marginRightMm) * deviceUnitsPerMm,
                              marginTopMm * deviceUnitsPerMm);
            painter.drawText(band, Qt::AlignCenter, QString::number(page + 1));
        }
    }
    if (!painter.end())
        return Error::make(QCoreApplication::translate("Documents", "The PDF cannot be written."));
    m_buffer.close();
    qCDebug(lcDocumentPdf) << "rendered" << pages << "pages," << m_bytes.size() << "bytes";

    PdfDocument pdf;
    pdf.bytes = m_bytes;
    pdf.sha256 = QCryptographicHash::hash(m_bytes, QCryptographicHash::Sha256).toHex();
    pdf.pageCount = pages;
    return pdf;
}

} // namespace sw::documents
