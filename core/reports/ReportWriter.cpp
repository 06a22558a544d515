#include "reports/ReportWriter.h"

#include <QCoreApplication>

namespace sw::reports {

namespace {

// The report's measures within Decree 30's ranges (spec/documents.md).
documents::DocumentStyle reportStyle()
{
    documents::DocumentStyle style;
    style.headerGapPt = 0;
    style.titleTopPt = 24;
    style.headingTopPt = 12;
    style.lineHeightPercent = 110;
    style.tablePt = 11; // wide tables of figures: 11 keeps nine columns readable
    style.cellPaddingMm = 1.0;
    style.signatureSpaceMm = 24;
    style.ruleGapPt = 1.5;
    // The documents' own pagination: headings, captions and unit lines stay with what follows them.
    style.fixPageBreaks = true;
    return style;
}

} // namespace

Result<std::unique_ptr<ReportWriter>> ReportWriter::create()
{
    auto writer = documents::OfficialDocumentWriter::create(reportStyle());
    if (!writer)
        return writer.error();
    return std::unique_ptr<ReportWriter>(new ReportWriter(std::move(*writer)));
}

ReportWriter::ReportWriter(std::unique_ptr<documents::OfficialDocumentWriter> writer)
    : m_writer(std::move(writer))
{ }

void ReportWriter::table(const QStringList &columns, const QList<QStringList> &rows,
                         const QList<qreal> &widths, const QList<int> &right, bool totalRow)
{
    m_writer->table(
        {.columns = columns, .rows = rows, .widths = widths, .right = right, .totalRow = totalRow});
}

void ReportWriter::numberedTable(const QString &title, const QString &unit, const QStringList &columns,
                                 const QList<QStringList> &rows, const QList<qreal> &widths,
                                 const QList<int> &right, bool totalRow)
{
    m_writer->tableCaption(QStringLiteral("Bảng %1. %2").arg(++m_tables).arg(title),
                           unit.isEmpty() ? QString() : QStringLiteral("Đơn vị tính: ") + unit);
    table(columns, rows, widths, right, totalRow);
}

void ReportWriter::chart(const ReportChart &chart)
{
    m_writer->chart(chartLogicalSize, 0.97,
                    [chart, family = m_writer->family()](QPainter &painter, const QRectF &target) {
                        paintChart(painter, target, chart, family);
                    });
}

void ReportWriter::closing(const QStringList &recipients, const documents::Signatory &signatory)
{
    m_writer->recipients(recipients, &signatory);
}

Result<documents::PdfDocument> ReportWriter::finish(const QString &title)
{
    auto pdf = m_writer->finish(title);
    if (!pdf)
        return Error::make(QCoreApplication::translate("Reports", "The report's PDF cannot be written."));
    return pdf;
}

} // namespace sw::reports
