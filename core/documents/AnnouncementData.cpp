#include "documents/AnnouncementData.h"

#include "documents/DocumentJson.h"
#include "documents/DocumentWording.h"
#include "documents/MinutesData.h"

namespace sw::documents {

namespace {

const QString announcementFormat = QStringLiteral("signwatch.announcement");

// The subject every draft had before it named the provider: such a draft takes the new one.
const QString formerDefaultSubject
    = QStringLiteral("Về việc doanh nghiệp vi phạm và bị loại khỏi chương trình cấp miễn phí chứng thư số cá "
                     "nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế");

QJsonObject violationToJson(const AnnouncedViolation &violation)
{
    QJsonObject object {{QLatin1String("description"), violation.description},
                        {QLatin1String("clauses"), json::strings(violation.clauses)},
                        {QLatin1String("cases"), qint64(violation.cases)}};
    if (!violation.ruleCode.isEmpty())
        object.insert(QLatin1String("rule"), violation.ruleCode);
    return object;
}

AnnouncedViolation violationFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("description")).toString(),
            json::strings(object.value(QLatin1String("clauses"))),
            qsizetype(object.value(QLatin1String("cases")).toInteger()),
            object.value(QLatin1String("rule")).toString()};
}

QJsonObject partyToJson(const ProviderParty &provider)
{
    return toJson(provider);
}

} // namespace

QString programmeName()
{
    return QStringLiteral(
        "chương trình cấp miễn phí chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế");
}

QString announcementSubject(const ProviderParty &provider)
{
    QString who = provider.legalName.trimmed();
    if (!provider.code.isEmpty())
        who = who.isEmpty() ? provider.code : who + QStringLiteral(" (") + provider.code + QLatin1Char(')');
    if (who.isEmpty())
        who = QStringLiteral("doanh nghiệp vi phạm");
    return QStringLiteral("Về việc loại %1 khỏi %2").arg(who, programmeName());
}

AnnouncementData announcementFromMinutes(const MinutesData &minutes)
{
    AnnouncementData announcement;
    announcement.issuer = minutes.issuer;
    announcement.year = minutes.year;
    // The announcement names the provider by name and code only (its address and registration
    // number are the minutes' business, and a published draft carries no long digit runs).
    announcement.provider = {minutes.provider.code, minutes.provider.legalName};
    announcement.subject = announcementSubject(announcement.provider);
    announcement.minutesNumber = minutes.number;
    announcement.minutesIssuer = minutes.issuer;
    announcement.minutesDate = minutes.date;
    announcement.exclusionDate = minutes.exclusionDate;
    announcement.signatory = minutes.departmentSignatory;
    announcement.signatory.heading.clear(); // "ĐẠI DIỆN …" belongs to minutes only
    for (const MinutesViolation &violation : minutes.violations)
        announcement.violations.append(
            {violation.description, violation.clauses, violation.total(), violation.ruleCode});
    // A draft's defaults, after the letter 2016/STTTT-IOC's own list, addressed to the parent body of
    // the announcement's day ("UBND thành phố Huế" since 2025); the inspector edits them.
    const QString parent = parentBodyInText(minutes.issuer.parentBody); // "UBND thành phố Huế"
    QString locality = parent;
    if (locality.startsWith(QStringLiteral("UBND ")))
        locality = locality.mid(5); // "thành phố Huế": the portal is the locality's
    announcement.recipients
        = {parent + QStringLiteral(" (để báo cáo)"), QStringLiteral("Trung tâm Chứng thực điện tử quốc gia"),
           QStringLiteral("Các doanh nghiệp cung cấp dịch vụ chứng thực chữ ký số công cộng"),
           QStringLiteral("Cổng Thông tin điện tử ") + locality + QStringLiteral(" (để đăng tải)"),
           QStringLiteral("Lưu: VT, IOC")};
    return announcement;
}

QJsonObject toJson(const AnnouncementData &a)
{
    QJsonObject object;
    object.insert(QLatin1String("format"), announcementFormat);
    object.insert(QLatin1String("version"), AnnouncementData::formatVersion);
    object.insert(QLatin1String("issuer"), toJson(a.issuer));
    object.insert(QLatin1String("number"), a.number);
    object.insert(QLatin1String("year"), a.year);
    object.insert(QLatin1String("date"), json::date(a.date));
    object.insert(QLatin1String("subject"), a.subject);
    object.insert(QLatin1String("provider"), toJson(a.provider));
    object.insert(QLatin1String("minutes_number"), a.minutesNumber);
    object.insert(QLatin1String("minutes_issuer"), toJson(a.minutesIssuer));
    object.insert(QLatin1String("minutes_date"), json::date(a.minutesDate));
    object.insert(QLatin1String("violations"), json::array(a.violations, violationToJson));
    object.insert(QLatin1String("exclusion_date"), json::date(a.exclusionDate));
    object.insert(QLatin1String("remaining_providers"), json::array(a.remainingProviders, partyToJson));
    object.insert(QLatin1String("signatory"), toJson(a.signatory));
    object.insert(QLatin1String("recipients"), json::strings(a.recipients));
    return object;
}

Result<AnnouncementData> announcementFromJson(const QJsonObject &object)
{
    if (Result<void> format = json::checkFormat(object, announcementFormat, AnnouncementData::formatVersion);
        !format)
        return format.error();
    AnnouncementData a;
    a.issuer = issuerFromJson(object.value(QLatin1String("issuer")).toObject());
    // A draft written before the minutes' body was kept: the minutes had the announcement's body.
    a.minutesIssuer = object.contains(QLatin1String("minutes_issuer"))
        ? issuerFromJson(object.value(QLatin1String("minutes_issuer")).toObject())
        : a.issuer;
    a.number = object.value(QLatin1String("number")).toInt();
    a.year = object.value(QLatin1String("year")).toInt();
    a.date = json::date(object.value(QLatin1String("date")));
    a.provider = providerFromJson(object.value(QLatin1String("provider")).toObject());
    a.subject = object.value(QLatin1String("subject")).toString();
    if (a.subject.trimmed().isEmpty() || a.subject == formerDefaultSubject)
        a.subject = announcementSubject(a.provider);
    a.minutesNumber = object.value(QLatin1String("minutes_number")).toInt();
    a.minutesDate = json::date(object.value(QLatin1String("minutes_date")));
    a.violations
        = json::list<AnnouncedViolation>(object.value(QLatin1String("violations")), violationFromJson);
    a.exclusionDate = json::date(object.value(QLatin1String("exclusion_date")));
    a.remainingProviders
        = json::list<ProviderParty>(object.value(QLatin1String("remaining_providers")), providerFromJson);
    a.signatory = signatoryFromJson(object.value(QLatin1String("signatory")).toObject());
    a.recipients = json::strings(object.value(QLatin1String("recipients")));
    return a;
}

} // namespace sw::documents
