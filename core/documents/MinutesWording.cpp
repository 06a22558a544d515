#include "documents/MinutesWording.h"

#include "documents/DocumentWording.h"

#include <algorithm>

namespace sw::documents {

namespace {

const QString regulationName = QStringLiteral(
    "Quy định triển khai chiến dịch cấp chữ ký số công cộng cho người dân trên địa bàn tỉnh Thừa Thiên Huế");
const QString programme = QStringLiteral(
    "chương trình cấp miễn phí chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế");

QString withoutFinalStop(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char('.')) || text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text;
}

} // namespace

QString minutesTypeName()
{
    return QStringLiteral("BIÊN BẢN LÀM VIỆC");
}

QString minutesSubject(const ProviderParty &provider)
{
    return QStringLiteral("Về việc xác định vi phạm %1 của %2").arg(regulationName, providerName(provider));
}

QString minutesSubjectOf(const MinutesData &minutes)
{
    return minutes.subject.trimmed().isEmpty() ? minutesSubject(minutes.provider) : minutes.subject;
}

QString competenceLine(const Issuer &issuer, Citations &cite)
{
    // Mục 5 of the regulation: the Department detects violations by its monitoring (§5.1), verifies
    // complaints (§5.2), and for an established violation draws up minutes and removes the
    // provider from the programme (§5.3). The first citation of the minutes: the regulation in full.
    return QStringLiteral("Thực hiện %1, theo đó %2 xác định vi phạm của doanh nghiệp cung cấp dịch vụ "
                          "chứng thực chữ ký số qua giám sát dữ liệu trên nền tảng Hue-S và phản ánh của "
                          "người dân, lập biên bản và loại doanh nghiệp vi phạm ra khỏi chương trình.")
        .arg(cite.part(5), issuer.bodyInText);
}

QString providerName(const ProviderParty &provider)
{
    if (provider.legalName.isEmpty())
        return provider.code.isEmpty() ? QStringLiteral("…") : provider.code;
    if (provider.code.isEmpty())
        return provider.legalName;
    return provider.legalName + QStringLiteral(" (") + provider.code + QLatin1Char(')');
}

QString providerPartyLine(const ProviderParty &provider)
{
    QStringList facts;
    if (!provider.registrationNumber.trimmed().isEmpty())
        facts << QStringLiteral("mã số doanh nghiệp %1").arg(provider.registrationNumber.trimmed());
    if (!provider.address.trimmed().isEmpty())
        facts << QStringLiteral("địa chỉ %1").arg(withoutFinalStop(provider.address));
    QString line = providerName(provider);
    if (!facts.isEmpty())
        line += QStringLiteral(", ") + facts.join(QStringLiteral(", "));
    return line;
}

QString participantWords(const Participant &participant)
{
    QStringList parts {participant.name.trimmed()};
    if (!participant.title.trimmed().isEmpty())
        parts << participant.title.trimmed();
    if (participant.recorder)
        parts << QStringLiteral("Thư ký (người ghi biên bản)");
    QString authority = withoutFinalStop(participant.authority);
    if (!authority.isEmpty()) {
        if (!authority.startsWith(QLatin1String("theo "), Qt::CaseInsensitive))
            authority = QStringLiteral("theo ") + authority;
        parts << authority;
    }
    return parts.join(QStringLiteral(", "));
}

QString providerOpinionText(const MinutesData &m)
{
    switch (m.providerOpinion) {
    case ProviderOpinion::Recorded:
        return m.providerExplanation.trimmed();
    case ProviderOpinion::NoOpinion:
        return QStringLiteral("Đại diện doanh nghiệp không có ý kiến.");
    case ProviderOpinion::RefusedToSign: {
        const QString reason = withoutFinalStop(m.refusalReason);
        return reason.isEmpty()
            ? QStringLiteral("Đại diện doanh nghiệp không ký biên bản.")
            : QStringLiteral("Đại diện doanh nghiệp không ký biên bản, với lý do: %1.").arg(reason);
    }
    case ProviderOpinion::Unstated:
        break;
    }
    return {};
}

QString exclusionMeasure(const ProviderParty &provider, QDate from)
{
    const QString when = textDate(from); // "ngày …" in a draft: signing asks for the date
    return QStringLiteral("Căn cứ %1 Quy định, loại %2 ra khỏi %3 kể từ %4")
        .arg(clauseWords(QStringLiteral("§5.3")), providerName(provider), programme, when);
}

QString pageCountWords(int pages)
{
    return QStringLiteral("Biên bản gồm %1 trang").arg(twoDigits(pages));
}

QString evidenceTimeHeader(const QString &rule)
{
    // `at` of each rule (spec/rules.md, findings format): t(X), the activation time or, without
    // one, the moment the record reached Hue-S; for a request its deadline or completion.
    if (rule == QLatin1String("LATE_UPDATE"))
        return QStringLiteral("Thời điểm kích hoạt");
    if (rule == QLatin1String("REQUEST_EXPIRED"))
        return QStringLiteral("Hạn hỗ trợ (48 giờ từ khi đăng ký)");
    if (rule == QLatin1String("PREMATURE_CONFIRMATION"))
        return QStringLiteral("Thời điểm ghi nhận trên Hue-S");
    if (rule == QLatin1String("EXCLUDED_PROVIDER") || rule == QLatin1String("DUPLICATE_ISSUANCE")
        || rule == QLatin1String("SUPERSEDED") || rule == QLatin1String("MISSING_LOOKUP")
        || rule == QLatin1String("IDENTITY_NEAR_DUPLICATE") || rule == QLatin1String("STAFF_BURST")
        || rule == QLatin1String("FREE_PERIOD") || rule == QLatin1String("LEGACY_MISLABEL")
        || rule == QLatin1String("STALE_TECHNICAL_ERROR"))
        return QStringLiteral("Thời điểm cấp (kích hoạt)");
    return QStringLiteral("Thời điểm");
}

QStringList recipientsWithArchive(const QStringList &recipients)
{
    QStringList list;
    for (const QString &r : recipients)
        if (!r.trimmed().isEmpty())
            list << r.trimmed();
    const bool archived = std::any_of(list.cbegin(), list.cend(),
                                      [](const QString &r) { return r.startsWith(QStringLiteral("Lưu")); });
    if (!archived)
        list << QStringLiteral("Lưu: VT");
    return list;
}

QString draftConclusion(const ProviderParty &provider, const QList<MinutesViolation> &violations)
{
    QStringList established;
    qsizetype total = 0;
    for (const MinutesViolation &v : violations) {
        total += v.total();
        established << QStringLiteral("%1: %2 trường hợp, vi phạm %3")
                           .arg(withoutFinalStop(v.description))
                           .arg(v.total())
                           .arg(clauseList(v.clauses) + QStringLiteral(" Quy định"));
    }
    return QStringLiteral(
               "Qua đối chiếu dữ liệu trên nền tảng Hue-S, xác định %1 đã vi phạm Quy định với tổng số "
               "%2 trường hợp, cụ thể: %3.")
        .arg(providerName(provider))
        .arg(total)
        .arg(established.join(QStringLiteral("; ")));
}

QStringList draftMeasures(const ProviderParty &provider, const QList<MinutesViolation> &violations,
                          int correctionDays)
{
    QStringList measures;
    qsizetype duplicates = 0;
    for (const MinutesViolation &v : violations)
        if (v.ruleCode == QLatin1String("DUPLICATE_ISSUANCE")
            || v.ruleCode == QLatin1String("IDENTITY_NEAR_DUPLICATE"))
            duplicates += v.total();
    if (duplicates > 0)
        // §1.3: one signature per citizen; the citizen keeps the one they held first.
        measures << QStringLiteral("%1 thu hồi %2 chứng thư số đã cấp trùng nêu tại mục II, không thu bất kỳ "
                                   "khoản phí nào của người dân")
                        .arg(providerName(provider))
                        .arg(duplicates);
    // §1.4: Hue-S is the original record of issuance; the provider puts its records right.
    measures << QStringLiteral(
                    "%1 rà soát, điều chỉnh dữ liệu cấp phát trên nền tảng Hue-S đối với các trường "
                    "hợp nêu tại mục II và báo cáo kết quả bằng văn bản trong thời hạn %2 ngày kể từ "
                    "ngày ký biên bản")
                    .arg(providerName(provider), twoDigits(correctionDays));
    return measures;
}

} // namespace sw::documents
