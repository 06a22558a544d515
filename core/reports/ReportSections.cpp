#include "reports/ReportSections.h"

#include "documents/DocumentWording.h"
#include "reports/ReportFormat.h"
#include "rules/RuleCatalogue.h"
#include "statistics/Province.h"

#include <QRegularExpression>

#include <algorithm>

namespace sw::reports::sections {

namespace {

const QString app = QStringLiteral("app");
const QString door = QStringLiteral("door_to_door");
const QString hues = QStringLiteral("hues_request");
const QString legacy = QStringLiteral("legacy_import");
const QString other = QStringLiteral("other");

QString percentOrDash(const std::optional<double> &value)
{
    return value ? viPercent(*value) : QStringLiteral("–");
}

QString shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? viPercent(100.0 * double(part) / double(whole)) : QStringLiteral("–");
}

// What a rule finds, in the words of the report (rules.md).
QString ruleWords(const QString &code)
{
    static const QMap<QString, QString> words = {
        {QStringLiteral("DUPLICATE_ISSUANCE"), QStringLiteral("Cấp trùng cho công dân đã có chữ ký số")},
        {QStringLiteral("SUPERSEDED"), QStringLiteral("Chứng thư bị chứng thư cập nhật trước thay thế")},
        {QStringLiteral("LATE_UPDATE"), QStringLiteral("Cập nhật Hue-S chậm")},
        {QStringLiteral("REQUEST_EXPIRED"), QStringLiteral("Đăng ký nhu cầu quá hạn 48 giờ")},
        {QStringLiteral("PREMATURE_CONFIRMATION"), QStringLiteral("Xác nhận trước khi cấp")},
        {QStringLiteral("MISSING_LOOKUP"), QStringLiteral("Không tra cứu Hue-S trước khi cấp")},
        {QStringLiteral("STALE_TECHNICAL_ERROR"), QStringLiteral("Lỗi kỹ thuật kéo dài")},
        {QStringLiteral("STAFF_BURST"), QStringLiteral("Nhập dữ liệu dồn dập bất thường")},
        {QStringLiteral("FREE_PERIOD"), QStringLiteral("Tính sai thời gian miễn phí")},
        {QStringLiteral("EXCLUDED_PROVIDER"), QStringLiteral("Cấp sau khi bị loại khỏi chương trình")},
        {QStringLiteral("LEGACY_MISLABEL"), QStringLiteral("Ghi sai là dữ liệu cấp trước chương trình")},
        {QStringLiteral("IDENTITY_NEAR_DUPLICATE"), QStringLiteral("Số định danh gần trùng")},
        {QStringLiteral("DATA_QUALITY"), QStringLiteral("Dữ liệu không đọc được")},
    };
    return words.value(code, code);
}

// "a 12; b 3" of the non-zero channels, in the report's order.
QString channelList(const QMap<QString, qint64> &byChannel)
{
    static const QList<std::pair<QString, QString>> names = {
        {app, QStringLiteral("đăng ký trên ứng dụng")},
        {door, QStringLiteral("cấp tận nhà")},
        {hues, QStringLiteral("theo đăng ký nhu cầu trên Hue-S")},
        {other, QStringLiteral("kênh khác")},
    };
    QStringList parts;
    for (const auto &[code, name] : names)
        if (byChannel.value(code) > 0)
            parts << QStringLiteral("%1 %2").arg(name, viCount(byChannel.value(code)));
    return parts.join(QStringLiteral("; "));
}

// Under a table with the one "Mã không hợp lệ" row: which codes it sums (codes, not personal data),
// so that a reader can tell a typing slip (VNPT_CA) from a business outside the programme.
void invalidCodesNote(ReportWriter &writer, const QStringList &codes)
{
    if (codes.isEmpty())
        return;
    writer.paragraph(
        QStringLiteral(" %1. Đây là mã doanh nghiệp ghi trong dữ liệu Hue-S không thuộc sáu doanh "
                       "nghiệp tham gia chương trình; số liệu của các mã này được cộng chung "
                       "vào dòng “%2”.")
            .arg(codes.join(QStringLiteral(", ")), invalidProviderRow()),
        invalidProviderRow() + QLatin1Char(':'));
}

// The codes the providers' "Mã không hợp lệ" row sums.
QStringList invalidCodesOf(const QList<ProviderFigures> &providers)
{
    for (const ProviderFigures &p : providers)
        if (p.code == invalidProviderRow())
            return p.groupedCodes;
    return {};
}

qint64 issued(qint64 certificates, const QMap<QString, qint64> &byChannel)
{
    return certificates - byChannel.value(legacy);
}

void providerTable(ReportWriter &writer, const CampaignFigures &c)
{
    const bool otherChannel = c.byChannel.value(other) > 0;
    const qint64 base = c.providerHolderSum();
    QList<QStringList> rows;
    int n = 0;
    auto line = [&](const QString &number, const QString &name, qint64 certificates,
                    const QMap<QString, qint64> &byChannel, qint64 holders, const QString &share) {
        QStringList row {number,
                         name,
                         viCount(issued(certificates, byChannel)),
                         viCount(byChannel.value(app)),
                         viCount(byChannel.value(door)),
                         viCount(byChannel.value(hues))};
        if (otherChannel)
            row << viCount(byChannel.value(other));
        row << viCount(byChannel.value(legacy)) << viCount(holders) << share;
        return row;
    };
    for (const ProviderFigures &p : c.providers)
        rows << line(QString::number(++n), p.code + (p.excluded ? QStringLiteral(" (đã loại)") : QString()),
                     p.certificates, p.byChannel, p.holdersAtEnd, shareOf(p.holdersAtEnd, base));
    rows << line(QString(), QStringLiteral("Cộng"), c.certificates, c.byChannel, base,
                 base > 0 ? viPercent(100.0) : QStringLiteral("–"));
    QStringList columns {
        QStringLiteral("TT"),       QStringLiteral("Doanh nghiệp"), QStringLiteral("Cấp mới trong kỳ"),
        QStringLiteral("Ứng dụng"), QStringLiteral("Tận nhà"),      QStringLiteral("Đăng ký Hue-S")};
    // Widths in per cent, 100 in all: the provider's column takes the room of an absent "other".
    // The provider's column holds its code on one line ("VIETTEL-CA", unbreakable) at the table's size.
    QList<qreal> widths {5, 17, 10, 9, 8, 9};
    if (otherChannel) {
        columns << QStringLiteral("Kênh khác");
        widths << 8;
    } else {
        widths[1] += 8;
    }
    columns << QStringLiteral("Nhập dữ liệu cấp trước chương trình")
            << QStringLiteral("Công dân có chữ ký số (lũy kế)") << QStringLiteral("Tỷ trọng");
    widths << 11 << 12 << 11;
    QList<int> right;
    for (int i = 2; i < columns.size(); ++i)
        right << i;
    writer.numberedTable(QStringLiteral("Kết quả cấp chữ ký số theo doanh nghiệp"),
                         QStringLiteral("chứng thư, công dân, %"), columns, rows, widths, right, true);
    invalidCodesNote(writer, invalidCodesOf(c.providers));
}

} // namespace

QString day(const QDate &date)
{
    // One date style in every document: "01/8/2023", as the regulation is cited ("28/7/2023").
    return documents::numericDate(date);
}

QString cite(const QString &clause)
{
    return documents::clauseWords(clause) + QStringLiteral(" Quy định");
}

QString populationBase(const CampaignFigures &c)
{
    return c.populationFromRegistry
        ? QStringLiteral("%1 công dân của địa bàn có trong dữ liệu Hue-S").arg(viCount(c.population))
        : QStringLiteral("dân số toàn tỉnh năm 2023 là %1 người").arg(viCount(c.population));
}

void ownText(ReportWriter &writer, const QString &text)
{
    static const QRegularExpression heading(QStringLiteral("^\\d+\\.\\s+\\S"));
    const QStringList lines = text.split(QRegularExpression(QStringLiteral("\\r?\\n")), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (heading.match(trimmed).hasMatch() && trimmed.size() < 90)
            writer.subHeading(trimmed);
        else
            writer.paragraph(trimmed);
    }
}

void campaign(ReportWriter &writer, const ReportData &data, const QString &title)
{
    const CampaignFigures &c = data.campaign;
    writer.sectionHeading(title);
    const QString where = data.filter.district.isEmpty()
        ? QStringLiteral("toàn tỉnh")
        : QStringLiteral("trên địa bàn ") + statistics::districtName(data.filter.district);
    writer.paragraph(
        QStringLiteral(
            "Lũy kế đến hết ngày %1, %2 có %3 công dân đã có chữ ký số, bằng %4 (%5), đạt %6 chỉ tiêu "
            "của chương trình (%7 dân số có chữ ký số, chỉ tiêu do Sở Thông tin và Truyền thông đề ra "
            "khi phát động chương trình).")
            .arg(day(data.filter.to), where, viCount(c.holdersAtEnd), percentOrDash(c.sharePercent()),
                 populationBase(c), percentOrDash(c.targetPercent()),
                 viPercent(statistics::campaignTargetPercent)));
    QString inPeriod = QStringLiteral("Trong kỳ báo cáo, các doanh nghiệp đã cấp mới %1 chứng thư chữ ký số")
                           .arg(viCount(c.issuedInPeriod()));
    const QString channels = channelList(c.byChannel);
    inPeriod += channels.isEmpty() ? QStringLiteral(".")
                                   : QStringLiteral(", gồm: ") + channels + QStringLiteral(".");
    if (const qint64 imported = c.byChannel.value(legacy); imported > 0)
        inPeriod += QStringLiteral(
                        " Ngoài ra, Hue-S ghi nhận %1 chứng thư cấp trước chương trình được nhập vào dữ "
                        "liệu (%2); số này không tính là cấp trong kỳ.")
                        .arg(viCount(imported), sections::cite(QStringLiteral("§2.3")));
    writer.paragraph(inPeriod);

    writer.subHeading(QStringLiteral("1. Theo doanh nghiệp cung cấp dịch vụ"));
    providerTable(writer, c);
    const qint64 base = c.providerHolderSum();
    if (c.multiProviderHolders > 0)
        writer.paragraph(
            QStringLiteral(
                "Cột “Công dân có chữ ký số” tính mỗi công dân cho từng doanh nghiệp đã cấp cho công dân "
                "đó: %1 công dân có chứng thư của hai doanh nghiệp trở lên được tính ở mỗi doanh nghiệp, "
                "nên dòng Cộng (%2) lớn hơn số công dân có chữ ký số (%3). Đây là các trường hợp cấp trùng "
                "(%4), được nêu trong kết quả giám sát. Tỷ trọng của mỗi doanh nghiệp tính trên dòng Cộng.")
                .arg(viCount(c.multiProviderHolders), viCount(base), viCount(c.holdersAtEnd),
                     sections::cite(QStringLiteral("§1.3"))));
    else
        writer.paragraph(
            QStringLiteral("Tỷ trọng của mỗi doanh nghiệp tính trên tổng số công dân có chữ ký số (%1).")
                .arg(viCount(base)));

    writer.subHeading(QStringLiteral("2. Theo đơn vị hành chính cấp huyện (tại thời điểm cấp)"));
    QList<QStringList> rows;
    int n = 0;
    DistrictFigures sum;
    for (const DistrictFigures &d : c.districts) {
        rows << QStringList {QString::number(++n),
                             d.name,
                             viCount(d.citizens),
                             viCount(d.holdersAtEnd),
                             percentOrDash(d.sharePercent()),
                             viCount(issued(d.certificates, d.byChannel)),
                             viCount(d.byChannel.value(app)),
                             viCount(d.byChannel.value(door)),
                             viCount(d.byChannel.value(hues))};
        sum.citizens += d.citizens;
        sum.holdersAtEnd += d.holdersAtEnd;
        sum.certificates += d.certificates;
        for (auto it = d.byChannel.cbegin(); it != d.byChannel.cend(); ++it)
            sum.byChannel[it.key()] += it.value();
    }
    rows << QStringList {QString(),
                         QStringLiteral("Cộng"),
                         viCount(sum.citizens),
                         viCount(sum.holdersAtEnd),
                         percentOrDash(sum.sharePercent()),
                         viCount(issued(sum.certificates, sum.byChannel)),
                         viCount(sum.byChannel.value(app)),
                         viCount(sum.byChannel.value(door)),
                         viCount(sum.byChannel.value(hues))};
    writer.numberedTable(
        QStringLiteral("Kết quả theo đơn vị hành chính cấp huyện"), QStringLiteral("công dân, chứng thư, %"),
        {QStringLiteral("TT"), QStringLiteral("Đơn vị"), QStringLiteral("Công dân trên Hue-S"),
         QStringLiteral("Có chữ ký số (lũy kế)"), QStringLiteral("Tỷ lệ"), QStringLiteral("Cấp mới trong kỳ"),
         QStringLiteral("Ứng dụng"), QStringLiteral("Tận nhà"), QStringLiteral("Đăng ký Hue-S")},
        rows, {6, 16, 12, 12, 10, 12, 10, 10, 12}, {2, 3, 4, 5, 6, 7, 8}, true);
    writer.paragraph(
        QStringLiteral(
            "Tỷ lệ ở bảng trên tính trên số công dân của từng đơn vị có trong dữ liệu Hue-S (cộng %1 công "
            "dân), không tính trên dân số; tỷ lệ %2 nêu ở đầu mục này tính trên %3. Vì vậy hai tỷ lệ khác "
            "nhau. Biểu đồ 1 và Biểu đồ 2 tại Phụ lục.")
            .arg(viCount(sum.citizens), percentOrDash(c.sharePercent()), populationBase(c)));
}

void quality(ReportWriter &writer, const ReportData &data, const QString &title)
{
    const QualityFigures &q = data.quality;
    writer.sectionHeading(title);
    writer.subHeading(QStringLiteral("1. Thời gian cập nhật dữ liệu lên Hue-S"));
    if (q.delay.count > 0)
        writer.paragraph(
            QStringLiteral("Quy định yêu cầu doanh nghiệp cập nhật Hue-S ngay sau khi cấp (%1). Trong kỳ, "
                           "%2 chứng thư đo được thời gian từ khi kích hoạt đến khi ghi nhận trên Hue-S: "
                           "một nửa số chứng thư được cập nhật trong vòng %3; 95% trong vòng %4 "
                           "(Biểu đồ 3 tại Phụ lục).")
                .arg(sections::cite(QStringLiteral("§1.4")), viCount(q.delay.count),
                     viDuration(q.delay.median), viDuration(q.delay.p95)));
    else
        writer.paragraph(QStringLiteral("Trong kỳ không có chứng thư nào đo được thời gian cập nhật."));
    QList<QStringList> rows;
    int n = 0;
    auto durations = [](const statistics::DelayDistribution &d) {
        return d.count > 0 ? std::pair {viDuration(d.median), viDuration(d.p95)}
                           : std::pair {QStringLiteral("–"), QStringLiteral("–")};
    };
    bool invalidRow = false;
    for (const ProviderFigures &p : data.campaign.providers) {
        if (p.delay.count == 0 && p.requests.registered == 0)
            continue;
        invalidRow = invalidRow || p.code == invalidProviderRow();
        const auto [half, most] = durations(p.delay);
        rows << QStringList {QString::number(++n),
                             p.code,
                             viCount(p.delay.count),
                             half,
                             most,
                             viCount(p.requests.registered),
                             viCount(p.requests.served),
                             viCount(p.requests.expired),
                             percentOrDash(p.requests.ratePercent())};
    }
    const auto [half, most] = durations(q.delay);
    rows << QStringList {QString(),
                         QStringLiteral("Cộng"),
                         viCount(q.delay.count),
                         half,
                         most,
                         viCount(q.requests.registered),
                         viCount(q.requests.served),
                         viCount(q.requests.expired),
                         percentOrDash(q.requests.ratePercent())};
    writer.numberedTable(
        QStringLiteral("Thời gian cập nhật Hue-S và phục vụ đăng ký nhu cầu theo doanh nghiệp"),
        QStringLiteral("chứng thư, đăng ký, %; thời gian tính từ khi kích hoạt"),
        {QStringLiteral("TT"), QStringLiteral("Doanh nghiệp"), QStringLiteral("Chứng thư đo"),
         QStringLiteral("Một nửa trong vòng"), QStringLiteral("95% trong vòng"),
         QStringLiteral("Đăng ký trên Hue-S"),
         QStringLiteral("Phục vụ trong %1 giờ").arg(q.requestDeadlineSeconds / 3600),
         QStringLiteral("Quá hạn"), QStringLiteral("Tỷ lệ đúng hạn")},
        rows, {5, 17, 11, 11, 11, 12, 12, 9, 12}, {2, 3, 4, 5, 6, 7, 8}, true);
    if (invalidRow)
        invalidCodesNote(writer, invalidCodesOf(data.campaign.providers));
    const QString hours = viCount(q.requestDeadlineSeconds / 3600);
    writer.subHeading(QStringLiteral("2. Phục vụ đăng ký nhu cầu trên Hue-S trong %1 giờ").arg(hours));
    if (q.requests.registered == 0) {
        writer.paragraph(QStringLiteral("Trong kỳ không có đăng ký nhu cầu nào trên Hue-S."));
        return;
    }
    QStringList parts {
        QStringLiteral("%1 đăng ký được phục vụ trong %2 giờ").arg(viCount(q.requests.served), hours)};
    parts << (q.requests.expired > 0
                  ? QStringLiteral("%1 đăng ký quá hạn (%2)")
                        .arg(viCount(q.requests.expired), sections::cite(QStringLiteral("§4.4")))
                  : QStringLiteral("không có đăng ký nào quá hạn"));
    if (q.requests.withdrawn > 0)
        parts << QStringLiteral("%1 đăng ký do công dân tự hủy").arg(viCount(q.requests.withdrawn));
    if (q.requests.pending > 0)
        parts << QStringLiteral("%1 đăng ký chưa đến hạn").arg(viCount(q.requests.pending));
    QString text
        = QStringLiteral("Trong kỳ có %1 đăng ký nhu cầu trên Hue-S: ").arg(viCount(q.requests.registered))
        + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    if (const auto rate = q.requests.ratePercent())
        text += QStringLiteral(" Tỷ lệ phục vụ đúng hạn: %1.").arg(viPercent(*rate));
    writer.paragraph(text);
}

void violations(ReportWriter &writer, const ReportData &data, const QString &title)
{
    const ViolationFigures &v = data.violations;
    writer.sectionHeading(title);
    const QString previous = v.totalPrevious > 0
        ? QStringLiteral("%1 trường hợp (%2)")
              .arg(viCount(v.totalPrevious), viTrend(v.total, v.totalPrevious))
        : QStringLiteral("không có trường hợp nào");
    writer.paragraph(
        QStringLiteral("Theo kết quả giám sát dữ liệu Hue-S (lần quét ngày %1), trong kỳ phát hiện %2 "
                       "trường hợp có dấu hiệu vi phạm; kỳ trước (từ ngày %3 đến ngày %4): %5.")
            .arg(day(documents::provinceTime(v.scanAsOf).date()), viCount(v.total), day(v.previousFrom),
                 day(v.previousTo), previous));
    writer.subHeading(QStringLiteral("1. Theo hành vi"));
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
                             ruleWords(rule),
                             clauses.join(QStringLiteral("; ")),
                             viCount(v.byRule.value(rule)),
                             viCount(v.byRulePrevious.value(rule)),
                             viTrend(v.byRule.value(rule), v.byRulePrevious.value(rule))};
    }
    rows << QStringList {QString(),        QStringLiteral("Cộng"),   QString(),
                         viCount(v.total), viCount(v.totalPrevious), viTrend(v.total, v.totalPrevious)};
    writer.numberedTable(QStringLiteral("Trường hợp có dấu hiệu vi phạm theo hành vi"),
                         QStringLiteral("trường hợp"),
                         {QStringLiteral("TT"), QStringLiteral("Hành vi"), QStringLiteral("Quy định"),
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
    rows << QStringList {QString(), QStringLiteral("Cộng"), viCount(v.total), viCount(v.totalPrevious),
                         viTrend(v.total, v.totalPrevious)};
    writer.numberedTable(QStringLiteral("Trường hợp có dấu hiệu vi phạm theo doanh nghiệp"),
                         QStringLiteral("trường hợp"),
                         {QStringLiteral("TT"), QStringLiteral("Doanh nghiệp"), QStringLiteral("Kỳ này"),
                          QStringLiteral("Kỳ trước"), QStringLiteral("Thay đổi")},
                         rows, {8, 38, 18, 18, 18}, {2, 3, 4}, true);
    invalidCodesNote(writer, v.invalidCodes);
}

void casework(ReportWriter &writer, const ReportData &data, const QString &title)
{
    const CaseworkSummary &c = data.casework;
    writer.sectionHeading(title);
    qint64 total = 0;
    for (const auto &[status, count] : c.casesByStatus)
        total += count;
    writer.subHeading(QStringLiteral("1. Tình hình xử lý vụ việc"));
    if (total == 0 && c.casesOpened == 0) {
        writer.paragraph(
            QStringLiteral("Trong kỳ không mở vụ việc nào; không có vụ việc nào đang theo dõi."));
    } else {
        const QString opened = c.casesOpened == 0
            ? QStringLiteral("Trong kỳ không mở vụ việc mới")
            : QStringLiteral("Trong kỳ mở %1 vụ việc").arg(viCount(c.casesOpened));
        writer.paragraph(
            QStringLiteral("%1; hiện có %2 vụ việc theo dõi trên hệ thống.").arg(opened, viCount(total)));
        QList<QStringList> rows;
        int n = 0;
        for (const auto &[status, count] : c.casesByStatus)
            rows << QStringList {QString::number(++n), status, viCount(count)};
        rows << QStringList {QString(), QStringLiteral("Cộng"), viCount(total)};
        writer.numberedTable(
            QStringLiteral("Vụ việc theo tình trạng"), QStringLiteral("vụ việc"),
            {QStringLiteral("TT"), QStringLiteral("Tình trạng"), QStringLiteral("Số vụ việc")}, rows,
            {10, 60, 30}, {2}, true);
    }
    writer.subHeading(QStringLiteral("2. Các biện pháp đã thực hiện"));
    QString measures;
    if (c.minutesSigned == 0 && c.announcementsIssued == 0)
        measures = QStringLiteral("Trong kỳ chưa lập biên bản và chưa ban hành thông báo nào.");
    else
        measures = QStringLiteral("Trong kỳ đã lập %1 biên bản xác định vi phạm và ban hành %2 thông báo.")
                       .arg(viCount(c.minutesSigned), viCount(c.announcementsIssued));
    writer.paragraph(measures);
    for (const QString &exclusion : c.exclusions)
        writer.paragraph(
            QStringLiteral("Loại khỏi chương trình (%1): ").arg(sections::cite(QStringLiteral("§5.3")))
            + exclusion + QLatin1Char('.'));
    for (const QString &measure : c.otherMeasures)
        writer.paragraph(measure);
}

} // namespace sw::reports::sections
