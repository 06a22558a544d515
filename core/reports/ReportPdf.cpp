#include "reports/ReportPdf.h"

#include "documents/DocumentWording.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"
#include "reports/ReportWriter.h"
#include "rules/RuleCatalogue.h"
#include "statistics/OverviewStats.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QRegularExpression>
#include <algorithm>

namespace sw::reports {

namespace {

const QStringList &titles()
{
    static const QStringList list = {
        QStringLiteral("I. KẾT QUẢ TRIỂN KHAI"),
        QStringLiteral("II. CHẤT LƯỢNG DỊCH VỤ"),
        QStringLiteral("III. VI PHẠM PHÁT HIỆN QUA GIÁM SÁT"),
        QStringLiteral("IV. TÌNH HÌNH XỬ LÝ VỤ VIỆC"),
        QStringLiteral("V. CÁC BIỆN PHÁP ĐÃ THỰC HIỆN"),
        QStringLiteral("VI. ĐÁNH GIÁ VÀ ĐỀ XUẤT, KIẾN NGHỊ"),
    };
    return list;
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString percentOrDash(const std::optional<double> &value)
{
    return value ? viPercent(*value) : QStringLiteral("–");
}

// The supervisor's text: one paragraph per non-empty line.
void ownText(ReportWriter &writer, const QString &text)
{
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    for (const QString &line : lines)
        if (!line.trimmed().isEmpty())
            writer.paragraph(line.trimmed());
}

QString channelSentence(const QMap<QString, qint64> &byChannel)
{
    static const QList<std::pair<QString, QString>> names = {
        {QStringLiteral("app"), QStringLiteral("đăng ký trên ứng dụng")},
        {QStringLiteral("door_to_door"), QStringLiteral("cấp tận nhà")},
        {QStringLiteral("hues_request"), QStringLiteral("theo đăng ký trên Hue-S")},
        {QStringLiteral("legacy_import"), QStringLiteral("nhập dữ liệu cấp trước chương trình")},
        {QStringLiteral("other"), QStringLiteral("kênh khác")},
    };
    QStringList parts;
    for (const auto &[code, name] : names)
        if (byChannel.value(code) > 0)
            parts << QStringLiteral("%1 %2").arg(name, viCount(byChannel.value(code)));
    return parts.join(QStringLiteral("; "));
}

void campaignSection(ReportWriter &writer, const ReportData &data, const QList<ReportChart> &charts)
{
    const CampaignFigures &c = data.campaign;
    writer.sectionHeading(titles().at(0));
    const QString where = data.filter.district.isEmpty()
        ? QStringLiteral("toàn tỉnh")
        : QStringLiteral("trên địa bàn ") + statistics::districtName(data.filter.district);
    const QString population = c.populationFromRegistry
        ? QStringLiteral("%1 công dân của địa bàn trên Hue-S").arg(viCount(c.population))
        : QStringLiteral("dân số toàn tỉnh năm 2023: %1 người").arg(viCount(c.population));
    writer.paragraph(
        QStringLiteral("Lũy kế đến hết ngày %1, %2 có %3 công dân đã có chữ ký số, đạt %4 (%5) và "
                       "đạt %6 chỉ tiêu %7 dân số có chữ ký số.")
            .arg(day(data.filter.to), where, viCount(c.holdersAtEnd), percentOrDash(c.sharePercent()),
                 population, percentOrDash(c.targetPercent()), viPercent(statistics::campaignTargetPercent)));
    QString inPeriod
        = QStringLiteral("Trong kỳ báo cáo, Hue-S ghi nhận %1 chứng thư chữ ký số của %2 công dân")
              .arg(viCount(c.certificates), viCount(c.holdersInPeriod));
    const QString channels = channelSentence(c.byChannel);
    inPeriod += channels.isEmpty() ? QStringLiteral(".")
                                   : QStringLiteral(", gồm: ") + channels + QStringLiteral(".");
    writer.paragraph(inPeriod);

    writer.subHeading(QStringLiteral("1. Theo doanh nghiệp cung cấp dịch vụ"));
    QList<QStringList> rows;
    qint64 pairs = 0;
    for (const ProviderFigures &p : c.providers)
        pairs += p.holdersAtEnd;
    int n = 0;
    for (const ProviderFigures &p : c.providers) {
        rows << QStringList {QString::number(++n),
                             p.code + (p.excluded ? QStringLiteral(" (đã loại)") : QString()),
                             viCount(p.certificates),
                             viCount(p.byChannel.value(QStringLiteral("app"))),
                             viCount(p.byChannel.value(QStringLiteral("door_to_door"))),
                             viCount(p.byChannel.value(QStringLiteral("hues_request"))),
                             viCount(p.byChannel.value(QStringLiteral("legacy_import"))),
                             viCount(p.holdersAtEnd),
                             pairs > 0 ? viPercent(100.0 * double(p.holdersAtEnd) / double(pairs))
                                       : QStringLiteral("–")};
    }
    rows << QStringList {QString(),
                         QStringLiteral("Tổng cộng"),
                         viCount(c.certificates),
                         viCount(c.byChannel.value(QStringLiteral("app"))),
                         viCount(c.byChannel.value(QStringLiteral("door_to_door"))),
                         viCount(c.byChannel.value(QStringLiteral("hues_request"))),
                         viCount(c.byChannel.value(QStringLiteral("legacy_import"))),
                         viCount(c.holdersAtEnd),
                         QString()};
    writer.table({QStringLiteral("TT"), QStringLiteral("Doanh nghiệp"), QStringLiteral("Chứng thư trong kỳ"),
                  QStringLiteral("Ứng dụng"), QStringLiteral("Tận nhà"), QStringLiteral("Đăng ký Hue-S"),
                  QStringLiteral("Nhập dữ liệu cũ"), QStringLiteral("Công dân lũy kế"),
                  QStringLiteral("Thị phần")},
                 rows, {6, 17, 12, 10, 10, 11, 11, 12, 11}, {2, 3, 4, 5, 6, 7, 8}, true);
    if (charts.size() > 0)
        writer.chart(charts.at(0));
    if (charts.size() > 1)
        writer.chart(charts.at(1));

    writer.subHeading(QStringLiteral("2. Theo đơn vị hành chính cấp huyện"));
    rows.clear();
    n = 0;
    for (const DistrictFigures &d : c.districts) {
        rows << QStringList {QString::number(++n),
                             d.name,
                             viCount(d.citizens),
                             viCount(d.holdersAtEnd),
                             percentOrDash(d.sharePercent()),
                             viCount(d.certificates),
                             viCount(d.byChannel.value(QStringLiteral("app"))),
                             viCount(d.byChannel.value(QStringLiteral("door_to_door"))),
                             viCount(d.byChannel.value(QStringLiteral("hues_request")))};
    }
    writer.table({QStringLiteral("TT"), QStringLiteral("Đơn vị"), QStringLiteral("Công dân trên Hue-S"),
                  QStringLiteral("Có chữ ký số (lũy kế)"), QStringLiteral("Tỷ lệ"),
                  QStringLiteral("Chứng thư trong kỳ"), QStringLiteral("Ứng dụng"), QStringLiteral("Tận nhà"),
                  QStringLiteral("Đăng ký Hue-S")},
                 rows, {6, 16, 12, 12, 11, 12, 10, 9, 12}, {2, 3, 4, 5, 6, 7, 8});
    writer.paragraph(QStringLiteral("Tỷ lệ theo đơn vị tính trên số công dân của đơn vị có trên Hue-S."));
}

void qualitySection(ReportWriter &writer, const ReportData &data, const QList<ReportChart> &charts)
{
    const QualityFigures &q = data.quality;
    writer.sectionHeading(titles().at(1));
    writer.subHeading(QStringLiteral("1. Thời gian cập nhật dữ liệu lên Hue-S"));
    if (q.delay.count > 0)
        writer.paragraph(
            QStringLiteral(
                "Quy định yêu cầu doanh nghiệp cập nhật Hue-S ngay sau khi cấp (khoản 4 mục 1). Trong kỳ, "
                "%1 chứng thư được đo thời gian từ khi kích hoạt đến khi ghi nhận trên Hue-S: trung vị "
                "%2, phân vị 95 là %3 (95 % số chứng thư được cập nhật trong thời gian này).")
                .arg(viCount(q.delay.count), viDuration(q.delay.median), viDuration(q.delay.p95)));
    else
        writer.paragraph(QStringLiteral("Trong kỳ không có chứng thư nào đo được thời gian cập nhật."));
    QList<QStringList> rows;
    int n = 0;
    for (const ProviderFigures &p : data.campaign.providers) {
        if (p.delay.count == 0 && p.requests.registered == 0)
            continue;
        const auto rate = p.requests.ratePercent();
        rows << QStringList {QString::number(++n),
                             p.code,
                             viCount(p.delay.count),
                             p.delay.count > 0 ? viDuration(p.delay.median) : QStringLiteral("–"),
                             p.delay.count > 0 ? viDuration(p.delay.p95) : QStringLiteral("–"),
                             viCount(p.requests.registered),
                             viCount(p.requests.served),
                             viCount(p.requests.expired),
                             percentOrDash(rate)};
    }
    rows << QStringList {QString(),
                         QStringLiteral("Chung"),
                         viCount(q.delay.count),
                         q.delay.count > 0 ? viDuration(q.delay.median) : QStringLiteral("–"),
                         q.delay.count > 0 ? viDuration(q.delay.p95) : QStringLiteral("–"),
                         viCount(q.requests.registered),
                         viCount(q.requests.served),
                         viCount(q.requests.expired),
                         percentOrDash(q.requests.ratePercent())};
    writer.table({QStringLiteral("TT"), QStringLiteral("Doanh nghiệp"), QStringLiteral("Chứng thư đo"),
                  QStringLiteral("Trung vị"), QStringLiteral("Phân vị 95"),
                  QStringLiteral("Đăng ký trên Hue-S"), QStringLiteral("Phục vụ trong 48 giờ"),
                  QStringLiteral("Quá hạn"), QStringLiteral("Tỷ lệ đúng hạn")},
                 rows, {6, 15, 11, 11, 11, 12, 12, 10, 12}, {2, 3, 4, 5, 6, 7, 8}, true);
    if (charts.size() > 2)
        writer.chart(charts.at(2));
    writer.subHeading(QStringLiteral("2. Phục vụ đăng ký nhu cầu trên Hue-S trong 48 giờ"));
    const auto rate = q.requests.ratePercent();
    writer.paragraph(
        QStringLiteral(
            "Trong kỳ có %1 đăng ký nhu cầu trên Hue-S; %2 đăng ký được phục vụ trong %3 giờ, %4 đăng ký quá "
            "hạn (khoản 4 mục 4), %5 đăng ký công dân tự hủy và %6 đăng ký chưa đến hạn. Tỷ lệ phục vụ "
            "đúng hạn: %7.")
            .arg(viCount(q.requests.registered), viCount(q.requests.served),
                 viCount(q.requestDeadlineSeconds / 3600), viCount(q.requests.expired),
                 viCount(q.requests.withdrawn), viCount(q.requests.pending), percentOrDash(rate)));
}

void violationsSection(ReportWriter &writer, const ReportData &data, const QList<ReportChart> &charts)
{
    const ViolationFigures &v = data.violations;
    writer.sectionHeading(titles().at(2));
    if (!v.available) {
        writer.paragraph(
            QStringLiteral("Chưa có lần quét dữ liệu nào của Hue-S được lưu: chưa có số liệu vi phạm."));
        return;
    }
    writer.paragraph(
        QStringLiteral(
            "Theo lần quét dữ liệu Hue-S tính đến %1, trong kỳ phát hiện %2 trường hợp có dấu hiệu vi phạm; "
            "kỳ trước (từ ngày %3 đến ngày %4): %5 trường hợp (%6).")
            .arg(documents::evidenceTime(v.scanAsOf), viCount(v.total), day(v.previousFrom),
                 day(v.previousTo), viCount(v.totalPrevious), viTrend(v.total, v.totalPrevious)));
    writer.subHeading(QStringLiteral("1. Theo quy tắc giám sát"));
    QStringList rules = v.byRule.keys();
    for (const QString &rule : v.byRulePrevious.keys())
        if (!rules.contains(rule))
            rules << rule;
    std::sort(rules.begin(), rules.end());
    QList<QStringList> rows;
    int n = 0;
    for (const QString &rule : std::as_const(rules)) {
        QStringList clauses;
        if (const rules::RuleInfo *info = rules::findRule(rule))
            for (const QString &clause : info->clauses)
                clauses << documents::clauseWords(clause);
        rows << QStringList {QString::number(++n),
                             rule,
                             clauses.join(QStringLiteral("; ")),
                             viCount(v.byRule.value(rule)),
                             viCount(v.byRulePrevious.value(rule)),
                             viTrend(v.byRule.value(rule), v.byRulePrevious.value(rule))};
    }
    rows << QStringList {QString(),        QStringLiteral("Tổng cộng"), QString(),
                         viCount(v.total), viCount(v.totalPrevious),    viTrend(v.total, v.totalPrevious)};
    writer.table({QStringLiteral("TT"), QStringLiteral("Quy tắc"), QStringLiteral("Quy định"),
                  QStringLiteral("Kỳ này"), QStringLiteral("Kỳ trước"), QStringLiteral("Thay đổi")},
                 rows, {6, 33, 22, 12, 12, 15}, {3, 4, 5}, true);
    writer.subHeading(QStringLiteral("2. Theo doanh nghiệp"));
    QStringList providers = v.byProvider.keys();
    for (const QString &p : v.byProviderPrevious.keys())
        if (!providers.contains(p))
            providers << p;
    std::sort(providers.begin(), providers.end());
    rows.clear();
    n = 0;
    for (const QString &p : std::as_const(providers))
        rows << QStringList {QString::number(++n),
                             p.isEmpty() ? QStringLiteral("(không gắn doanh nghiệp)") : p,
                             viCount(v.byProvider.value(p)), viCount(v.byProviderPrevious.value(p)),
                             viTrend(v.byProvider.value(p), v.byProviderPrevious.value(p))};
    writer.table({QStringLiteral("TT"), QStringLiteral("Doanh nghiệp"), QStringLiteral("Kỳ này"),
                  QStringLiteral("Kỳ trước"), QStringLiteral("Thay đổi")},
                 rows, {8, 38, 18, 18, 18}, {2, 3, 4});
    if (charts.size() > 3)
        writer.chart(charts.at(3));
}

void caseworkSections(ReportWriter &writer, const ReportData &data)
{
    const CaseworkSummary &c = data.casework;
    writer.sectionHeading(titles().at(3));
    if (!c.available) {
        writer.paragraph(QStringLiteral("Báo cáo này không kèm số liệu sổ vụ việc."));
    } else {
        qint64 total = 0;
        for (const auto &[status, count] : c.casesByStatus)
            total += count;
        writer.paragraph(QStringLiteral("Trong kỳ mở %1 vụ việc; hiện có %2 vụ việc theo dõi trên hệ thống.")
                             .arg(viCount(c.casesOpened), viCount(total)));
        if (!c.casesByStatus.isEmpty()) {
            QList<QStringList> rows;
            int n = 0;
            for (const auto &[status, count] : c.casesByStatus)
                rows << QStringList {QString::number(++n), status, viCount(count)};
            writer.table({QStringLiteral("TT"), QStringLiteral("Tình trạng"), QStringLiteral("Số vụ việc")},
                         rows, {10, 60, 30}, {2});
        }
    }
    writer.sectionHeading(titles().at(4));
    if (!c.available) {
        writer.paragraph(QStringLiteral("Báo cáo này không kèm số liệu sổ vụ việc."));
        return;
    }
    writer.paragraph(QStringLiteral("Trong kỳ đã ký %1 biên bản vi phạm và ban hành %2 thông báo.")
                         .arg(viCount(c.minutesSigned), viCount(c.announcementsIssued)));
    for (const QString &exclusion : c.exclusions)
        writer.paragraph(QStringLiteral("Loại khỏi chương trình (khoản 3 mục 5): ") + exclusion
                         + QLatin1Char('.'));
    for (const QString &measure : c.otherMeasures)
        writer.paragraph(measure);
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
                .arg(documents::regulationFullReference(), meta.issuer.bodyInText, day(data.filter.from),
                     day(data.filter.to)));
    else
        ownText(writer, data.texts.introduction);

    const QList<ReportChart> charts = reportCharts(data);
    campaignSection(writer, data, charts);
    qualitySection(writer, data, charts);
    violationsSection(writer, data, charts);
    caseworkSections(writer, data);

    writer.sectionHeading(titles().at(5));
    if (!data.texts.assessment.trimmed().isEmpty())
        ownText(writer, data.texts.assessment);
    if (!data.texts.proposals.trimmed().isEmpty())
        ownText(writer, data.texts.proposals);
    else
        writer.paragraph(QStringLiteral("Không có đề xuất, kiến nghị."));

    QString note = QStringLiteral("Số liệu tổng hợp từ dữ liệu Hue-S tính đến %1 (giờ Việt Nam).")
                       .arg(documents::evidenceTime(data.asOf));
    if (data.unreadableCertificates > 0)
        note += QStringLiteral(" %1 bản ghi có thời gian không đọc được không được tính.")
                    .arg(viCount(data.unreadableCertificates));
    writer.paragraph(note);

    QStringList recipients = meta.recipients;
    if (recipients.isEmpty())
        recipients = {QStringLiteral("UBND tỉnh (để b/c)"), QStringLiteral("Giám đốc Sở (để b/c)"),
                      QStringLiteral("Lưu: VT, IOC")};
    writer.closing(recipients, meta.signatory);
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
    return titles();
}

} // namespace sw::reports
