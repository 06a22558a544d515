#pragma once

#include "documents/DocumentTable.h"

#include <QList>
#include <QTextFormat>

#include <functional>
#include <memory>

class QTextCursor;
class QTextDocument;
class QTextTable;

namespace sw::documents {

// The page breaks of an official document, fixed where Qt's own pagination falls short: Qt breaks a
// table row, or a signature block, across pages line by line and leaves headings at a page's foot.
// Here a long table is cut into pieces where a page breaks, each piece starting the next page under
// its own header row; a table kept together (a signature block) moves on whole; a block marked
// keep-with-next moves on with what follows it.
class DocumentPagination
{
public:
    // A block property: the block goes to the next page with what follows it (headings, the line
    // that introduces a table, the closing words before the signatures).
    static constexpr int keepWithNextProperty = QTextFormat::UserProperty + 2;

    // Inserts rows `firstRow`… (`rows` of them) of `table` under its header row at `cursor`, on a
    // new page when `breakBefore` is set.
    using InsertRows = std::function<QTextTable *(QTextCursor &cursor, const DocumentTable &table,
                                                  qsizetype firstRow, qsizetype rows, bool breakBefore)>;

    DocumentPagination(QTextDocument &document, InsertRows insertRows);

    // `table` holds all the rows of `content`: it is cut where a page breaks.
    void addTable(QTextTable *table, std::shared_ptr<const DocumentTable> content);
    // `table` moves to the next page whole rather than break.
    void keepTogether(QTextTable *table);
    // Fixes the first break, in document order; false when there is none. Each fix is final and
    // moves content only forward: calling this until it returns false ends.
    bool fixFirstBreak();

private:
    // One piece of a table as laid out: its rows from `firstRow` on.
    struct TablePiece
    {
        QTextTable *table;
        std::shared_ptr<const DocumentTable> content;
        qsizetype firstRow;
    };

    void splitPiece(qsizetype index, int row);
    // The rows where piece `index` is to be cut: `firstCut`, then the predicted cuts after it.
    QList<int> predictCuts(qsizetype index, int firstCut) const;

    QTextDocument &m_document;
    InsertRows m_insertRows;
    QList<TablePiece> m_pieces;
    QList<QTextTable *> m_keepTogether;
    int m_settledPosition = 0; // the document before this position is paginated for good
};

} // namespace sw::documents
