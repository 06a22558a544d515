#include "reports/ReportDraft.h"

#include "documents/DocumentWording.h"
#include "reports/ReportFormat.h"
#include "reports/ReportSections.h"
#include "statistics/Province.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace sw::reports {

namespace {

using sections::day; // "01/8/2023": the documents' one date style

QString shareOf(qint64 part, qint64 whole)
{
    return whole > 0 ? viPercent(100.0 * double(part) / double(whole)) : QStringLiteral("–");
}

// The provider with the largest value (the first of equals); empty when every value is 0. The
// "Mã không hợp lệ" row and findings without a provider are not a business to name.
QString largest(const QMap<QString, qint64> &values)
{
    QString best;
    qint64 most = 0;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        if (it.value() > most && !it.key().isEmpty() && it.key() != invalidProviderRow()) {
            most = it.value();
            best = it.key();
        }
    return best;
}

// Citizens still missing to reach the target share of the population (§ Facts: 50 %).
qint64 missingToTarget(const CampaignFigures &c)
{
    const auto target = qint64(std::ceil(double(c.population) * statistics::campaignTargetPercent / 100.0));
    return std::max<qint64>(0, target - c.holdersAtEnd);
}

// The districts with a share, lowest first.
QList<const DistrictFigures *> districtsByShare(const CampaignFigures &c)
{
    QList<const DistrictFigures *> list;
    for (const DistrictFigures &d : c.districts)
        if (d.sharePercent() && !d.code.isEmpty())
            list << &d;
    std::stable_sort(list.begin(), list.end(), [](const DistrictFigures *a, const DistrictFigures *b) {
        return *a->sharePercent() < *b->sharePercent();
    });
    return list;
}

QMap<QString, qint64> expiredByProvider(const CampaignFigures &c)
{
    QMap<QString, qint64> map;
    for (const ProviderFigures &p : c.providers)
        if (p.requests.expired > 0)
            map.insert(p.code, p.requests.expired);
    return map;
}

QMap<QString, qint64> issuedByProvider(const CampaignFigures &c)
{
    QMap<QString, qint64> map;
    for (const ProviderFigures &p : c.providers)
        map.insert(p.code, p.certificates - p.byChannel.value(QStringLiteral("legacy_import")));
    return map;
}

QStringList results(const ReportData &data)
{
    const CampaignFigures &c = data.campaign;
    QStringList lines;
    lines << QStringLiteral("Lũy kế đến hết ngày %1, %2 công dân đã có chữ ký số, bằng %3 dân số toàn tỉnh "
                            "và đạt %4 chỉ tiêu %5 dân số có chữ ký số của chương trình.")
                 .arg(day(data.filter.to), viCount(c.holdersAtEnd),
                      c.sharePercent() ? viPercent(*c.sharePercent()) : QStringLiteral("–"),
                      c.targetPercent() ? viPercent(*c.targetPercent()) : QStringLiteral("–"),
                      viPercent(statistics::campaignTargetPercent));
    const qint64 issued = c.issuedInPeriod();
    if (issued > 0) {
        QString line
            = QStringLiteral("Trong kỳ, các doanh nghiệp đã cấp mới %1 chứng thư: cấp tận nhà %2, "
                             "đăng ký trên ứng dụng %3, theo đăng ký nhu cầu trên Hue-S %4.")
                  .arg(viCount(issued), shareOf(c.byChannel.value(QStringLiteral("door_to_door")), issued),
                       shareOf(c.byChannel.value(QStringLiteral("app")), issued),
                       shareOf(c.byChannel.value(QStringLiteral("hues_request")), issued));
        const QMap<QString, qint64> byProvider = issuedByProvider(c);
        if (const QString top = largest(byProvider); !top.isEmpty())
            line += QStringLiteral(" Doanh nghiệp cấp nhiều nhất là %1 (%2 chứng thư, %3 số chứng thư cấp "
                                   "mới trong kỳ).")
                        .arg(top, viCount(byProvider.value(top)), shareOf(byProvider.value(top), issued));
        lines << line;
    } else {
        lines << QStringLiteral("Trong kỳ, các doanh nghiệp không cấp mới chứng thư nào.");
    }
    if (data.quality.requests.registered > 0 && data.quality.requests.ratePercent())
        lines << QStringLiteral("%1 đăng ký nhu cầu trên Hue-S được phục vụ trong %2 giờ.")
                     .arg(viPercent(*data.quality.requests.ratePercent()),
                          viCount(data.quality.requestDeadlineSeconds / 3600));
    if (data.quality.delay.count > 0)
        lines << QStringLiteral(
                     "Một nửa số chứng thư được cập nhật lên Hue-S trong vòng %1 sau khi kích hoạt; "
                     "95% trong vòng %2.")
                     .arg(viDuration(data.quality.delay.median), viDuration(data.quality.delay.p95));
    if (data.casework.available && data.casework.minutesSigned > 0)
        lines << QStringLiteral("Sở đã lập %1 biên bản xác định vi phạm và ban hành %2 thông báo công khai "
                                "(mục 5 Quy định).")
                     .arg(viCount(data.casework.minutesSigned), viCount(data.casework.announcementsIssued));
    return lines;
}

QStringList shortcomings(const ReportData &data)
{
    const CampaignFigures &c = data.campaign;
    QStringList lines;
    if (c.targetPercent() && *c.targetPercent() < 100.0)
        lines << QStringLiteral("Tỷ lệ công dân có chữ ký số (%1 dân số) còn thấp so với chỉ tiêu %2; còn "
                                "thiếu %3 công dân để đạt chỉ tiêu.")
                     .arg(viPercent(*c.sharePercent()), viPercent(statistics::campaignTargetPercent),
                          viCount(missingToTarget(c)));
    if (c.multiProviderHolders > 0)
        lines << QStringLiteral(
                     "%1 công dân có chứng thư của hai doanh nghiệp trở lên, trái với %2 (mỗi công "
                     "dân chỉ có một chữ ký số).")
                     .arg(viCount(c.multiProviderHolders), sections::cite(QStringLiteral("§1.3")));
    const ViolationFigures &v = data.violations;
    if (v.available && v.total > 0) {
        const QString provider = largest(v.byProvider);
        QString line = QStringLiteral("Qua giám sát, trong kỳ phát hiện %1 trường hợp có dấu hiệu vi phạm")
                           .arg(viCount(v.total));
        if (!provider.isEmpty())
            line += QStringLiteral(", nhiều nhất ở %1 (%2 trường hợp)")
                        .arg(provider, viCount(v.byProvider.value(provider)));
        lines << line + QLatin1Char('.');
    }
    const QMap<QString, qint64> expired = expiredByProvider(c);
    if (data.quality.requests.expired > 0) {
        const QString top = largest(expired);
        QString line = QStringLiteral("%1 đăng ký nhu cầu trên Hue-S quá hạn %2 giờ mà chưa được phục vụ")
                           .arg(viCount(data.quality.requests.expired),
                                viCount(data.quality.requestDeadlineSeconds / 3600));
        if (!top.isEmpty())
            line += QStringLiteral(" (nhiều nhất ở %1: %2 đăng ký)").arg(top, viCount(expired.value(top)));
        lines << line + QLatin1Char('.');
    }
    const auto ranked = districtsByShare(c);
    if (ranked.size() >= 2)
        lines << QStringLiteral("Tỷ lệ giữa các đơn vị chưa đều: thấp nhất là %1 (%2), cao nhất là %3 (%4).")
                     .arg(ranked.first()->name, viPercent(*ranked.first()->sharePercent()),
                          ranked.last()->name, viPercent(*ranked.last()->sharePercent()));
    if (lines.isEmpty())
        lines << QStringLiteral("Số liệu trong kỳ không cho thấy tồn tại, hạn chế đáng kể.");
    return lines;
}

QStringList causes(const ReportData &data)
{
    const CampaignFigures &c = data.campaign;
    QStringList lines;
    const qint64 issued = c.issuedInPeriod();
    const qint64 door = c.byChannel.value(QStringLiteral("door_to_door"));
    const qint64 own
        = c.byChannel.value(QStringLiteral("app")) + c.byChannel.value(QStringLiteral("hues_request"));
    if (issued > 0 && c.targetPercent() && *c.targetPercent() < 100.0) {
        if (2 * door >= issued)
            lines << QStringLiteral(
                         "Kết quả phụ thuộc chủ yếu vào việc doanh nghiệp cấp tận nhà (%1 số chứng thư cấp "
                         "mới trong kỳ); người dân tự đăng ký trên ứng dụng và trên Hue-S chỉ chiếm %2.")
                         .arg(shareOf(door, issued), shareOf(own, issued));
        else
            lines << QStringLiteral(
                         "Phần lớn chứng thư cấp mới do người dân tự đăng ký trên ứng dụng và trên Hue-S "
                         "(%1); cấp tận nhà chỉ chiếm %2 số chứng thư cấp mới trong kỳ.")
                         .arg(shareOf(own, issued), shareOf(door, issued));
    }
    const ViolationFigures &v = data.violations;
    if (c.multiProviderHolders > 0 || (v.available && v.byRule.value(QStringLiteral("MISSING_LOOKUP")) > 0)) {
        QString line = QStringLiteral("Một số doanh nghiệp chưa tra cứu dữ liệu trên Hue-S trước khi cấp");
        if (v.available && v.byRule.value(QStringLiteral("MISSING_LOOKUP")) > 0)
            line += QStringLiteral(" (%1 trường hợp)")
                        .arg(viCount(v.byRule.value(QStringLiteral("MISSING_LOOKUP"))));
        lines << line + QLatin1Char('.');
    }
    if (data.quality.delay.count > 0 && data.quality.delay.p95 > 3600)
        lines << QStringLiteral(
                     "Việc cập nhật Hue-S sau khi cấp chưa kịp thời: 5% số chứng thư được cập nhật sau "
                     "hơn %1.")
                     .arg(viDuration(data.quality.delay.p95));
    else if (v.available && v.byRule.value(QStringLiteral("LATE_UPDATE")) > 0)
        lines << QStringLiteral("Một số chứng thư được cập nhật lên Hue-S chậm (%1 trường hợp).")
                     .arg(viCount(v.byRule.value(QStringLiteral("LATE_UPDATE"))));
    if (data.quality.requests.expired > 0)
        lines << QStringLiteral("Doanh nghiệp chưa bố trí đủ nhân lực để phục vụ đăng ký nhu cầu trên Hue-S "
                                "trong %1 giờ.")
                     .arg(viCount(data.quality.requestDeadlineSeconds / 3600));
    if (lines.isEmpty())
        lines << QStringLiteral("Không có nguyên nhân cần nêu từ số liệu trong kỳ.");
    return lines;
}

QStringList tasks(const ReportData &data)
{
    const CampaignFigures &c = data.campaign;
    QStringList lines;
    if (c.targetPercent() && *c.targetPercent() < 100.0) {
        QString line
            = QStringLiteral("Tiếp tục đôn đốc các doanh nghiệp cấp chữ ký số cho người dân để đạt chỉ tiêu "
                             "%1 dân số (còn %2 công dân)")
                  .arg(viPercent(statistics::campaignTargetPercent), viCount(missingToTarget(c)));
        const auto ranked = districtsByShare(c);
        if (ranked.size() >= 2)
            line += QStringLiteral(", trước hết tại %1 và %2").arg(ranked.at(0)->name, ranked.at(1)->name);
        lines << line + QLatin1Char('.');
    }
    if (c.multiProviderHolders > 0)
        lines << QStringLiteral(
                     "Rà soát %1 trường hợp công dân có chứng thư của hai doanh nghiệp trở lên, xác "
                     "định doanh nghiệp cấp hợp lệ theo dữ liệu Hue-S (%2).")
                     .arg(viCount(c.multiProviderHolders), sections::cite(QStringLiteral("§1.4")));
    if (data.casework.available) {
        qint64 open = 0;
        for (const auto &[status, count] : data.casework.casesByStatus)
            open += count;
        if (open > 0)
            lines << QStringLiteral("Hoàn thành xử lý %1 vụ việc đang theo dõi.").arg(viCount(open));
    }
    lines << QStringLiteral("Duy trì giám sát dữ liệu Hue-S định kỳ và báo cáo kết quả trong kỳ tới.");
    return lines;
}

} // namespace

QStringList assessmentParts()
{
    return {QStringLiteral("1. Kết quả đạt được"), QStringLiteral("2. Tồn tại, hạn chế"),
            QStringLiteral("3. Nguyên nhân"), QStringLiteral("4. Nhiệm vụ thời gian tới")};
}

QString draftAssessment(const ReportData &data)
{
    const QStringList parts = assessmentParts();
    const QList<QStringList> bodies = {results(data), shortcomings(data), causes(data), tasks(data)};
    QStringList lines;
    for (int i = 0; i < parts.size(); ++i) {
        lines << parts.at(i);
        for (const QString &line : bodies.at(i))
            lines << QStringLiteral("- ") + line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString draftProposals(const ReportData &data)
{
    const CampaignFigures &c = data.campaign;
    const QString parent = documents::parentBodyInText(data.meta.issuer.parentBody);
    QStringList lines;
    if (c.targetPercent() && *c.targetPercent() < 100.0) {
        QString line
            = QStringLiteral("Đề nghị %1 chỉ đạo các địa phương phối hợp tuyên truyền, vận động người dân "
                             "đăng ký chữ ký số")
                  .arg(parent);
        const auto ranked = districtsByShare(c);
        if (!ranked.isEmpty())
            line += QStringLiteral(", nhất là tại %1 (%2)")
                        .arg(ranked.first()->name, viPercent(*ranked.first()->sharePercent()));
        lines << line + QLatin1Char('.');
    }
    if (data.casework.available && !data.casework.exclusions.isEmpty())
        lines << QStringLiteral(
                     "Đề nghị %1 chỉ đạo công khai việc loại %2 doanh nghiệp khỏi chương trình trong "
                     "kỳ (mục 5 Quy định) để người dân biết và lựa chọn doanh nghiệp khác.")
                     .arg(parent, viCount(data.casework.exclusions.size()));
    else if (data.casework.available && data.casework.minutesSigned > 0)
        lines << QStringLiteral(
                     "Đề nghị %1 cho phép công khai kết quả xử lý %2 biên bản vi phạm đã lập trong kỳ.")
                     .arg(parent, viCount(data.casework.minutesSigned));
    if (c.multiProviderHolders > 0 || (data.violations.available && data.violations.total > 0))
        lines << QStringLiteral(
            "Đề nghị các doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số công cộng tra cứu "
            "Hue-S trước khi cấp và cập nhật Hue-S ngay sau khi cấp.");
    if (data.quality.requests.expired > 0)
        lines << QStringLiteral(
                     "Đề nghị các doanh nghiệp bố trí đủ nhân lực để phục vụ đăng ký nhu cầu trên Hue-S "
                     "trong %1 giờ (%2 đăng ký quá hạn trong kỳ).")
                     .arg(viCount(data.quality.requestDeadlineSeconds / 3600),
                          viCount(data.quality.requests.expired));
    if (lines.isEmpty())
        lines << QStringLiteral("Đề nghị các doanh nghiệp tiếp tục thực hiện đúng Quy định trong kỳ tới.");
    return lines.join(QLatin1Char('\n'));
}

documents::Signatory reportSignatory(const QString &authority, const QString &title, const QString &name)
{
    documents::Signatory s;
    s.title = title.trimmed().toUpper();
    s.authority = authority.trimmed().toUpper();
    s.name = name.trimmed();
    // Decree 30/2020, Appendix I: a deputy signs for the head ("KT. GIÁM ĐỐC" over "PHÓ GIÁM ĐỐC").
    return documents::withDelegation(s);
}

QStringList defaultRecipients(const documents::Issuer &issuer)
{
    return {documents::parentBodyInText(issuer.parentBody) + QStringLiteral(" (để báo cáo)"),
            QStringLiteral("Giám đốc Sở (để báo cáo)"),
            QStringLiteral("Các doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số công cộng"),
            QStringLiteral("Lưu: VT, IOC")};
}

QJsonObject toJson(const ReportDraft &draft)
{
    QJsonArray recipients;
    for (const QString &line : draft.recipients)
        recipients.append(line);
    return {{QStringLiteral("introduction"), draft.texts.introduction},
            {QStringLiteral("assessment"), draft.texts.assessment},
            {QStringLiteral("proposals"), draft.texts.proposals},
            {QStringLiteral("signatory"), documents::toJson(draft.signatory)},
            {QStringLiteral("recipients"), recipients}};
}

Result<ReportDraft> draftFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return Error::make(QCoreApplication::translate("Reports", "The report's draft is not a JSON object."),
                           error.errorString(), Error::Kind::InvalidInput);
    const QJsonObject o = document.object();
    ReportDraft draft;
    draft.texts.introduction = o.value(QStringLiteral("introduction")).toString();
    draft.texts.assessment = o.value(QStringLiteral("assessment")).toString();
    draft.texts.proposals = o.value(QStringLiteral("proposals")).toString();
    draft.signatory = documents::signatoryFromJson(o.value(QStringLiteral("signatory")).toObject());
    for (const QJsonValue &line : o.value(QStringLiteral("recipients")).toArray())
        if (!line.toString().trimmed().isEmpty())
            draft.recipients << line.toString().trimmed();
    return draft;
}

} // namespace sw::reports
