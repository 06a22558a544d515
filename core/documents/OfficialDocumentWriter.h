#pragma once

#include "documents/DocumentParts.h"
#include "util/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QList>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace sw::documents {

// A rendered document: the PDF's bytes and their SHA-256 (a signed document is frozen by this
// hash in the casebook).
struct PdfDocument
{
    QByteArray bytes;
    QByteArray sha256; // lowercase hex
    int pageCount = 0;
};

// Lays out an administrative document in the form of Decree 30/2020/NĐ-CP, Appendix I
// (spec/documents.md) with QTextDocument, and paints it page by page into a PDF: A4 portrait,
// the two-column header with its short rules, body text justified, tables that split across pages
// with their header row repeated, signature blocks side by side, "Nơi nhận", and page numbers from
// page 2, centred in the top margin. All text is in the one bundled font (DocumentFonts).
//
// Every piece of text passes a last guard: a run of exactly 12 digits (a citizen id) is masked
// (§1.7), whatever field it came from.
class OfficialDocumentWriter
{
public:
    static Result<std::unique_ptr<OfficialDocumentWriter>> create();
    ~OfficialDocumentWriter();
    OfficialDocumentWriter(const OfficialDocumentWriter &) = delete;
    OfficialDocumentWriter &operator=(const OfficialDocumentWriter &) = delete;

    // The two-column header: parent body and issuing body over the number on the left; Quốc hiệu
    // and Tiêu ngữ over the place and date line on the right.
    void header(const Issuer &issuer, const QString &numberLine, const QString &dateLine);
    // The type name ("BIÊN BẢN") and the subject line (trích yếu) with its short rule.
    void title(const QString &typeName, const QString &subject);
    // A section heading in capitals ("I. THÀNH PHẦN"), bold, indented like a paragraph.
    void sectionHeading(const QString &text);
    // A body paragraph, justified, first line indented. `leadBold` is printed bold before `text`.
    void paragraph(const QString &text, const QString &leadBold = {});
    // A bordered table; widths in per cent of the text width. The first row (the column names)
    // repeats at the top of each page the table runs onto. Columns in `centred` are centred.
    void table(const QStringList &columns, const QList<QStringList> &rows, const QList<qreal> &widths,
               const QList<int> &centred = {});
    // Keeps the last paragraph on the page of what follows it.
    void keepWithNext();
    // Signature blocks side by side, in equal columns.
    void signatures(const QList<Signatory> &signatories);
    // "Nơi nhận:" and its list at the left; a signature block at the right when `signatory` is set.
    void recipients(const QStringList &recipients, const Signatory *signatory = nullptr);

    // Paints every page and returns the PDF. `title` goes into the PDF's metadata; so does the
    // audit log's head of a signed document (XMP, with the title and the creator again).
    Result<PdfDocument> finish(const QString &title, const AuditStamp &audit = {});
    // The XMP packet of a document with this title and audit stamp.
    static QByteArray xmpMetadata(const QString &title, const AuditStamp &audit);

    // Masks any run of exactly 12 digits (privacy/Masking.h).
    static QString guard(const QString &text);

private:
    // A bordered table's content, kept to re-insert the rows that move to the next page.
    struct GridTable
    {
        QStringList columns;
        QList<QStringList> rows;
        QList<qreal> widths;
        QList<int> centred;
    };
    // One piece of a GridTable as laid out: its rows from `firstRow` on.
    struct TablePiece
    {
        QTextTable *table;
        std::shared_ptr<const GridTable> grid;
        qsizetype firstRow;
    };

    explicit OfficialDocumentWriter(QString family);
    // A piece of `grid`: the header and `rows` rows from `firstRow` on.
    QTextTable *insertGrid(QTextCursor &cursor, const GridTable &grid, qsizetype firstRow, qsizetype rows,
                           bool breakBefore);
    // Qt breaks a table row, or a signature block, across pages line by line and leaves headings at
    // a page's foot. Fixes the first such break, in document order; false when there is none.
    bool fixFirstBreak();
    void splitPiece(qsizetype index, int row);
    // The rows where piece `index` is to be cut: `firstCut`, then the predicted cuts after it.
    QList<int> predictCuts(qsizetype index, int firstCut) const;
    // Starts a block in `format`, reusing the empty block a table leaves after itself.
    void startBlock(const QTextBlockFormat &format);
    void insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold = false,
                    bool italic = false);
    void signatureCell(QTextCursor &cursor, const Signatory &signatory);
    void recipientsCell(QTextCursor &cursor, const QStringList &recipients);

    QString m_family;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QTextDocument m_document;
    QTextCursor m_cursor;
    QList<TablePiece> m_pieces;
    QList<QTextTable *> m_keepTogether;
    int m_settledPosition = 0; // the document before this position is paginated for good
};

} // namespace sw::documents
