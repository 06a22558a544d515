#include "documents/DocumentPagination.h"

#include "documents/DocumentStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextLayout>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <limits>

namespace sw::documents {

DocumentPagination::DocumentPagination(QTextDocument &document, InsertRows insertRows)
    : m_document(document), m_insertRows(std::move(insertRows))
{ }

void DocumentPagination::addTable(QTextTable *table, std::shared_ptr<const DocumentTable> content)
{
    m_pieces.append({table, std::move(content), 0});
}

void DocumentPagination::keepTogether(QTextTable *table)
{
    m_keepTogether.append(table);
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

bool DocumentPagination::fixFirstBreak()
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
    // Blocks kept with what follows them in a chain (a heading over a table's caption over its unit
    // line) are looked at again from the chain's first: moving a later link may leave an earlier
    // one alone at the foot of the page.
    for (QTextBlock before = m_document.findBlock(fixedAt).previous();
         before.isValid() && before.blockFormat().property(keepWithNextProperty).toBool();
         before = before.previous())
        fixedAt = before.position();
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

QList<int> DocumentPagination::predictCuts(qsizetype index, int firstCut) const
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
    const qreal limit = pageHeight - pageMetrics::marginBottomMm * pageMetrics::deviceUnitsPerMm - overhead;
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

void DocumentPagination::splitPiece(qsizetype index, int row)
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
    QTextTable *rest = m_insertRows(after, *cut.content, firstMoved, moved, true);
    m_pieces.insert(index + 1, {rest, cut.content, firstMoved});
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

} // namespace sw::documents
