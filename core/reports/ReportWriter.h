#pragma once

#include "documents/DocumentParts.h"
#include "documents/OfficialDocumentWriter.h"
#include "reports/ReportCharts.h"
#include "util/Result.h"

#include <QBuffer>
#include <QImage>
#include <QList>
#include <QPdfWriter>
#include <QString>
#include <QStringList>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace sw::reports {

// Lays out the report in the form of Decree 30/2020/NĐ-CP, Appendix I (spec/documents.md), as
// documents::OfficialDocumentWriter lays out minutes, plus what a report needs: charts as vector
// drawings in the flow of the text (a QTextObjectInterface: a chart moves to the next page whole),
// and the pages painted into a PDF or into images for a preview. A4 portrait, the bundled font
// only (documents::DocumentFonts), tables whose header row repeats on each page they run onto,
// page numbers from page 2 in the top margin. Every text passes OfficialDocumentWriter::guard
// (a 12-digit run is masked, §1.7).
//
// TODO(lead): OfficialDocumentWriter could take chart() and pageImages(); this class would then
// shrink to the report's content.
class ReportWriter
{
public:
    static Result<std::unique_ptr<ReportWriter>> create();
    ~ReportWriter();
    ReportWriter(const ReportWriter &) = delete;
    ReportWriter &operator=(const ReportWriter &) = delete;

    const QString &family() const { return m_family; }

    void header(const documents::Issuer &issuer, const QString &numberLine, const QString &dateLine);
    void title(const QString &typeName, const QString &subject);
    // "I. KẾT QUẢ TRIỂN KHAI": bold, at the left margin.
    void sectionHeading(const QString &text);
    // "1. Theo doanh nghiệp": bold italic, indented.
    void subHeading(const QString &text);
    void paragraph(const QString &text, const QString &leadBold = {});
    // A bordered table; widths in per cent of the text width; the first row repeats on each page.
    // Columns in `right` are right-aligned (figures), the rest left; a last row in bold when
    // `totalRow` is set.
    void table(const QStringList &columns, const QList<QStringList> &rows, const QList<qreal> &widths,
               const QList<int> &right = {}, bool totalRow = false);
    // A chart as wide as the text, centred, kept whole on one page.
    void chart(const ReportChart &chart);
    // "Nơi nhận:" at the left and the signature block at the right.
    void closing(const QStringList &recipients, const documents::Signatory &signatory);

    // Paints every page into a PDF.
    Result<documents::PdfDocument> finish(const QString &title);
    // Paints every page into images of `dpi` (a preview); does not end the writer.
    QList<QImage> pageImages(int dpi);

private:
    class ChartHandler;
    explicit ReportWriter(QString family);
    void startBlock(const QTextBlockFormat &format);
    void insertText(QTextCursor &cursor, const QString &text, qreal pointSize, bool bold = false,
                    bool italic = false);
    void prepareEnd();
    // Paints page `page` (0-based) in document coordinates; the painter is at the page's origin.
    void paintPage(QPainter &painter, int page);

    QString m_family;
    QByteArray m_bytes;
    QBuffer m_buffer;
    std::unique_ptr<QPdfWriter> m_writer;
    QTextDocument m_document;
    QTextCursor m_cursor;
    std::unique_ptr<ChartHandler> m_charts;
};

} // namespace sw::reports
