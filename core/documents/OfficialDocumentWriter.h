#pragma once

#include "documents/DocumentFigures.h"
#include "documents/DocumentPagination.h"
#include "documents/DocumentParts.h"
#include "documents/DocumentStyle.h"
#include "documents/DocumentTable.h"
#include "util/Result.h"

#include <QBuffer>
#include <QByteArray>
#include <QDate>
#include <QImage>
#include <QLineF>
#include <QList>
#include <QPdfWriter>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>
#include <optional>

class QPainter;

namespace sw::documents {

// Where the document's own signer signs (Decree 30/2020, Appendix I, electronic documents): the
// room the layout leaves between the signer's title and name, and the body's seal over its left
// third. In PDF user space as a signature's appearance wants it: points, origin bottom-left.
struct SignatureSlot
{
    int page = 0; // 0-based
    QRectF signature; // the signer's signature image
    QRectF seal; // the body's seal: covers about the left third of the signature image
    QString signerName; // as printed under the room (a plain text appearance repeats them)
    QString signerTitle;
};

// What a document says of itself in its XMP metadata (spec issue 14 §4), beside its title and
// the audit log's head.
struct DocumentFacts
{
    QString number; // "01/BB-SKHCN"; empty for a draft
    QString issuingBody; // "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    QDate date; // the document's date

    bool isEmpty() const { return number.isEmpty() && issuingBody.isEmpty() && !date.isValid(); }
};

// A rendered document: the PDF's bytes and their SHA-256 (a signed document is frozen by this
// hash in the casebook).
struct PdfDocument
{
    QByteArray bytes;
    QByteArray sha256; // lowercase hex
    int pageCount = 0;
    // The issuing body's signer's slot; none when the document has no signature block of its own.
    std::optional<SignatureSlot> signerSlot;
    DocumentFacts facts; // as in its XMP metadata
};

// Lays out an administrative document in the form of Decree 30/2020/NĐ-CP, Appendix I
// (spec/documents.md) with QTextDocument, and paints it page by page into a PDF or into images (a
// preview): A4 portrait, the two-column header with its short rules, body text justified, tables
// whose header row repeats on each page they run onto, charts, signature blocks side by side, "Nơi
// nhận", and page numbers from page 2, centred in the top margin. All text is in the one bundled
// font (DocumentFonts). Minutes, announcements and the report (reports/ReportWriter) are all laid
// out here; what differs between them is their DocumentStyle.
//
// Every piece of text passes a last guard: a run of exactly 12 digits (a citizen id) is masked
// (§1.7), whatever field it came from; and codes ("2016/STTTT-IOC", "VIETTEL-CA") are kept from
// breaking across lines at their hyphen or slash (DocumentWording: unbreakableCodes).
class OfficialDocumentWriter
{
public:
    // Draws a chart into the rectangle it is given (device units).
    using ChartPainter = DocumentFigures::Paint;

    static Result<std::unique_ptr<OfficialDocumentWriter>> create(const DocumentStyle &style = {});
    ~OfficialDocumentWriter();
    OfficialDocumentWriter(const OfficialDocumentWriter &) = delete;
    OfficialDocumentWriter &operator=(const OfficialDocumentWriter &) = delete;

    // The bundled font's family.
    const QString &family() const { return m_family; }

    // The two-column header: parent body and issuing body over the number on the left; Quốc hiệu
    // and Tiêu ngữ over the place and date line on the right.
    void header(const Issuer &issuer, const QString &numberLine, const QString &dateLine);
    // The type name ("BIÊN BẢN") and the subject line (trích yếu) with its short rule.
    void title(const QString &typeName, const QString &subject);
    // A section heading in capitals ("I. THÀNH PHẦN"), bold, indented like a paragraph.
    void sectionHeading(const QString &text);
    // A heading within a section ("1. Theo doanh nghiệp"), bold italic, indented like a paragraph.
    void subHeading(const QString &text);
    // A body paragraph, justified, first line indented. `leadBold` is printed bold before `text`.
    void paragraph(const QString &text, const QString &leadBold = {});
    // A bordered table (DocumentTable); its column names repeat at the top of each page it runs
    // onto.
    void table(const DocumentTable &table);
    // The chart hook: a drawing `widthShare` of the text width wide and as tall as `proportions`
    // make it, centred in a block of its own and kept whole on one page.
    void chart(const QSizeF &proportions, qreal widthShare, ChartPainter paint);
    // Keeps the last paragraph on the page of what follows it.
    void keepWithNext();
    // The last paragraph starts a new page (what follows it too): for a closing that would
    // otherwise leave its last block alone on a page of its own.
    void breakBeforeLast();
    // Signature blocks side by side, in equal columns. Column `signerColumn` (when ≥ 0) is the
    // issuing body's signer's: its room becomes the PDF's signer slot (PdfDocument::signerSlot).
    void signatures(const QList<Signatory> &signatories, qsizetype signerColumn = -1);
    // "Nơi nhận:" and its list at the left; a signature block at the right when `signatory` is set,
    // the issuing body's signer's (the signer slot).
    void recipients(const QStringList &recipients, const Signatory *signatory = nullptr);

    // Paints every page and returns the PDF. `title` goes into the PDF's metadata; so does the
    // audit log's head of a signed document (XMP, with the title and the creator again).
    Result<PdfDocument> finish(const QString &title, const AuditStamp &audit = {},
                               const DocumentFacts &facts = {});
    // Paints every page into images of `dpi` (a preview), as finish() would into the PDF.
    QList<QImage> pageImages(int dpi);
    // The XMP packet of a document with this title, audit stamp and facts: dc:title, dc:identifier
    // (the number), dc:publisher (the issuing body), dc:date, and SignWatch's own properties.
    static QByteArray xmpMetadata(const QString &title, const AuditStamp &audit,
                                  const DocumentFacts &facts = {});
    // The namespace of SignWatch's own XMP properties.
    static QString xmpNamespace();

    // Masks any run of exactly 12 digits (privacy/Masking.h).
    static QString guard(const QString &text);

private:
    // A rule under a block (the issuing body, the Tiêu ngữ, the subject line), in document
    // coordinates.
    struct Rule
    {
        QLineF line;
        int page;
    };

    OfficialDocumentWriter(QString family, const DocumentStyle &style);
    // Rows `firstRow`… of `table` under its header row at `cursor` (DocumentPagination::InsertRows).
    QTextTable *insertRows(QTextCursor &cursor, const DocumentTable &table, qsizetype firstRow,
                           qsizetype rows, bool breakBefore);
    // Starts a block in `format`, reusing the empty block a table leaves after itself.
    void startBlock(const QTextBlockFormat &format);
    void insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold = false,
                    bool italic = false);
    // The lines above the room for the signature: heading, authority, title; false when none.
    bool signatureTitles(QTextCursor &cursor, const Signatory &signatory);
    // The titles, the room for the signature, then the name.
    void signatureCell(QTextCursor &cursor, const Signatory &signatory);
    void recipientsCell(QTextCursor &cursor, const QStringList &recipients);
    // The signer slot from the blocks recorded while laying out, once the layout is complete.
    std::optional<SignatureSlot> signerSlot() const;
    // Ends the construction: the page breaks fixed, the empty block at the end taking no room.
    void complete();
    QList<Rule> rules() const;
    // Paints page `page` (0-based); the painter is at the page's origin, in device units.
    void paintPage(QPainter &painter, int page, const QList<Rule> &rules) const;

    QString m_family;
    DocumentStyle m_style;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QTextDocument m_document;
    QTextCursor m_cursor;
    DocumentFigures m_figures;
    DocumentPagination m_pagination;
    bool m_complete = false;
    // The signer's last title line (may be invalid) and name, for the signer slot.
    QTextBlock m_signerTitle;
    QTextBlock m_signerName;
    Signatory m_signer;
};

} // namespace sw::documents
