#include "reports/ReportPdf.h"

#include "documents/DocumentWording.h"
#include "reports/ReportCharts.h"
#include "reports/ReportDraft.h"
#include "reports/ReportFormat.h"
#include "reports/ReportSections.h"
#include "reports/ReportWriter.h"
#include "rules/RuleCatalogue.h"
#include "statistics/OverviewStats.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <algorithm>

namespace sw::reports {

namespace {

const QStringList &baseTitles()
{
    static const QStringList list = {
        QStringLiteral("KẾT QUẢ TRIỂN KHAI"),
        QStringLiteral("CHẤT LƯỢNG DỊCH VỤ"),
        QStringLiteral("VI PHẠM PHÁT HIỆN QUA GIÁM SÁT"),
        QStringLiteral("XỬ LÝ VỤ VIỆC VÀ CÁC BIỆN PHÁP ĐÃ THỰC HIỆN"),
        QStringLiteral("ĐÁNH GIÁ CHUNG"),
        QStringLiteral("ĐỀ XUẤT, KIẾN NGHỊ"),
    };
    return list;
}

QString roman(int n)
{
    static const QStringList numerals
        = {QStringLiteral("I"), QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
           QStringLiteral("V"), QStringLiteral("VI"), QStringLiteral("VII"), QStringLiteral("VIII")};
    return numerals.value(n - 1, QString::number(n));
}

// The numbered titles of the parts this report has: the violations only with a scan, the casework
// only with the casebook (a part without its source is left out, not printed empty).
QStringList titlesOf(bool violations, bool casework)
{
    QStringList titles;
    for (int i = 0; i < baseTitles().size(); ++i) {
        if ((i == 2 && !violations) || (i == 3 && !casework))
            continue;
        titles << QStringLiteral("%1. %2").arg(roman(int(titles.size()) + 1), baseTitles().at(i));
    }
    return titles;
}

// Where the figures come from, in one sentence: the registry up to the period's end (or the as-of
// day when earlier), the scan's day, the casebook.
QString sourcesNote(const ReportData &data)
{
    const QDate asOfDay = documents::provinceTime(data.asOf).date();
    const QDate until = asOfDay.isValid() && asOfDay < data.filter.to ? asOfDay : data.filter.to;
    QStringList sources {QStringLiteral("dữ liệu Hue-S đến hết ngày %1").arg(sections::day(until))};
    if (data.violations.available)
        sources << QStringLiteral("kết quả giám sát theo lần quét dữ liệu ngày %1")
                       .arg(sections::day(documents::provinceTime(data.violations.scanAsOf).date()));
    if (data.casework.available)
        sources << QStringLiteral("sổ theo dõi vụ việc của Sở");
    QString note = QStringLiteral("Số liệu trong báo cáo tổng hợp từ ") + sources.join(QStringLiteral("; "))
        + QLatin1Char('.');
    if (data.unreadableCertificates > 0)
        note += QStringLiteral(" %1 bản ghi có thời gian không đọc được không được tính.")
                    .arg(viCount(data.unreadableCertificates));
    return note;
}

void appendix(ReportWriter &writer, const ReportData &data, const QList<ReportChart> &charts)
{
    if (charts.isEmpty())
        return;
    writer.breakPage();
    writer.centredHeading(QStringLiteral("PHỤ LỤC"));
    writer.centredHeading(QStringLiteral("Biểu đồ kèm theo Báo cáo %1")
                              .arg(reportNumberLine(data.meta.number, data.meta.issuer).mid(4)));
    for (const ReportChart &chart : charts)
        writer.chart(chart);
}

Result<std::unique_ptr<ReportWriter>> compose(const ReportData &data)
{
    auto created = ReportWriter::create();
    if (!created)
        return created.error();
    ReportWriter &writer = **created;
    const ReportMeta &meta = data.meta;
    const QDate issued = meta.issued.isValid() ? meta.issued : documents::provinceTime(Clock().now()).date();
    writer.header(meta.issuer, reportNumberLine(meta.number, meta.issuer),
                  documents::dateLine(meta.issuer.place, issued));
    writer.title(QStringLiteral("BÁO CÁO"),
                 meta.subject.isEmpty() ? defaultSubject(data.filter) : meta.subject);

    if (data.texts.introduction.trimmed().isEmpty())
        writer.paragraph(
            QStringLiteral("Thực hiện %1, %2 báo cáo kết quả triển khai từ ngày %3 đến ngày %4 như sau:")
                .arg(documents::Citations().basis(), meta.issuer.bodyInText, sections::day(data.filter.from),
                     sections::day(data.filter.to)));
    else
        sections::ownText(writer, data.texts.introduction);

    const QStringList titles = titlesOf(data.violations.available, data.casework.available);
    int next = 0;
    sections::campaign(writer, data, titles.at(next++));
    sections::quality(writer, data, titles.at(next++));
    if (data.violations.available)
        sections::violations(writer, data, titles.at(next++));
    if (data.casework.available)
        sections::casework(writer, data, titles.at(next++));

    writer.sectionHeading(titles.at(next++));
    sections::ownText(
        writer, data.texts.assessment.trimmed().isEmpty() ? draftAssessment(data) : data.texts.assessment);
    writer.sectionHeading(titles.at(next++));
    sections::ownText(writer,
                      data.texts.proposals.trimmed().isEmpty() ? draftProposals(data) : data.texts.proposals);
    writer.paragraph(sourcesNote(data));

    writer.closing(meta.recipients.isEmpty() ? defaultRecipients(meta.issuer) : meta.recipients,
                   meta.signatory);
    appendix(writer, data, reportCharts(data));
    return created;
}

QString pdfTitle(const ReportData &data)
{
    return QStringLiteral("Báo cáo %1").arg(reportNumberLine(data.meta.number, data.meta.issuer).mid(4));
}

} // namespace

Result<documents::PdfDocument> ReportPdf::render(const ReportData &data)
{
    auto writer = compose(data);
    if (!writer)
        return writer.error();
    return (*writer)->finish(pdfTitle(data));
}

Result<QList<QImage>> ReportPdf::pageImages(const ReportData &data, int dpi)
{
    auto writer = compose(data);
    if (!writer)
        return writer.error();
    return (*writer)->pageImages(dpi);
}

QStringList ReportPdf::sectionTitles()
{
    return titlesOf(true, true);
}

QStringList ReportPdf::sectionTitles(const ReportData &data)
{
    return titlesOf(data.violations.available, data.casework.available);
}

} // namespace sw::reports
