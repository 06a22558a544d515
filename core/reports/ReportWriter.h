#pragma once

#include "documents/DocumentParts.h"
#include "documents/OfficialDocumentWriter.h"
#include "reports/ReportCharts.h"
#include "util/Result.h"

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace sw::reports {

// The report's pieces on documents::OfficialDocumentWriter, which lays out minutes and
// announcements too (Decree 30/2020/NĐ-CP, Appendix I, spec/documents.md): the report's measures
// (its DocumentStyle), its tables of figures and its charts, drawn as vector drawings in the flow of
// the text by the writer's chart hook (a chart moves to the next page whole).
class ReportWriter
{
public:
    static Result<std::unique_ptr<ReportWriter>> create();

    const QString &family() const { return m_writer->family(); }

    void header(const documents::Issuer &issuer, const QString &numberLine, const QString &dateLine)
    {
        m_writer->header(issuer, numberLine, dateLine);
    }
    void title(const QString &typeName, const QString &subject) { m_writer->title(typeName, subject); }
    // "I. KẾT QUẢ TRIỂN KHAI": bold, indented like a paragraph.
    void sectionHeading(const QString &text) { m_writer->sectionHeading(text); }
    // "1. Theo doanh nghiệp": bold italic, indented.
    void subHeading(const QString &text) { m_writer->subHeading(text); }
    void paragraph(const QString &text, const QString &leadBold = {}) { m_writer->paragraph(text, leadBold); }
    // A bordered table; widths in per cent of the text width; the first row repeats on each page.
    // Columns in `right` are right-aligned (figures), the rest left; a last row in bold when
    // `totalRow` is set.
    void table(const QStringList &columns, const QList<QStringList> &rows, const QList<qreal> &widths,
               const QList<int> &right = {}, bool totalRow = false);
    // The same under its caption, numbered in the report's order: "Bảng 1. `title`", then
    // "Đơn vị tính: `unit`" right-aligned in italics, both kept with the table.
    void numberedTable(const QString &title, const QString &unit, const QStringList &columns,
                       const QList<QStringList> &rows, const QList<qreal> &widths,
                       const QList<int> &right = {}, bool totalRow = false);
    // The number the next numbered table takes.
    int nextTableNumber() const { return m_tables + 1; }
    // The next block starts a new page (the appendix).
    void breakPage() { m_writer->breakPage(); }
    // A centred bold line ("PHỤ LỤC"), kept with what follows.
    void centredHeading(const QString &text) { m_writer->tableCaption(text); }
    // A chart as wide as the text, centred, kept whole on one page.
    void chart(const ReportChart &chart);
    // "Nơi nhận:" at the left and the signature block at the right.
    void closing(const QStringList &recipients, const documents::Signatory &signatory);

    // Paints every page into a PDF.
    Result<documents::PdfDocument> finish(const QString &title);
    // Paints every page into images of `dpi` (a preview).
    QList<QImage> pageImages(int dpi) { return m_writer->pageImages(dpi); }

private:
    explicit ReportWriter(std::unique_ptr<documents::OfficialDocumentWriter> writer);

    std::unique_ptr<documents::OfficialDocumentWriter> m_writer;
    int m_tables = 0;
};

} // namespace sw::reports
