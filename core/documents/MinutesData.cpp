#include "documents/MinutesData.h"

#include "documents/DocumentJson.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace sw::documents {

namespace {

// The refusals' words are in the translation context "Documents", as DocumentPdf's.
struct Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

const QString minutesFormat = QStringLiteral("signwatch.minutes");
// The subject every version-1 draft stored; such a draft now takes the subject naming the provider.
const QString formerSubject = QStringLiteral(
    "Về việc vi phạm Quy định triển khai chiến dịch cấp chữ ký số công cộng cho người dân trên địa bàn "
    "tỉnh Thừa Thiên Huế");

QString opinionKey(ProviderOpinion opinion)
{
    switch (opinion) {
    case ProviderOpinion::Recorded:
        return QStringLiteral("recorded");
    case ProviderOpinion::NoOpinion:
        return QStringLiteral("none");
    case ProviderOpinion::RefusedToSign:
        return QStringLiteral("refused_to_sign");
    case ProviderOpinion::Unstated:
        break;
    }
    return {};
}

ProviderOpinion opinionFromKey(const QString &key)
{
    if (key == QLatin1String("recorded"))
        return ProviderOpinion::Recorded;
    if (key == QLatin1String("none"))
        return ProviderOpinion::NoOpinion;
    if (key == QLatin1String("refused_to_sign"))
        return ProviderOpinion::RefusedToSign;
    return ProviderOpinion::Unstated;
}

QJsonObject rowToJson(const EvidenceRow &row)
{
    QJsonObject object {{QLatin1String("record"), row.record},
                        {QLatin1String("citizen_id"), row.citizenId},
                        {QLatin1String("at"), json::moment(row.at)},
                        {QLatin1String("happened"), row.happened}};
    if (!row.earlierProvider.isEmpty())
        object.insert(QLatin1String("earlier_provider"), row.earlierProvider);
    if (row.earlierRecordedAt.isValid())
        object.insert(QLatin1String("earlier_recorded_at"), json::moment(row.earlierRecordedAt));
    if (!row.earlierCertificates.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : row.earlierCertificates)
            ids.append(id);
        object.insert(QLatin1String("earlier_certificates"), ids);
    }
    return object;
}

EvidenceRow rowFromJson(const QJsonObject &object)
{
    EvidenceRow row {object.value(QLatin1String("record")).toString(),
                     object.value(QLatin1String("citizen_id")).toString(),
                     json::moment(object.value(QLatin1String("at"))),
                     object.value(QLatin1String("happened")).toString(),
                     object.value(QLatin1String("earlier_provider")).toString(),
                     json::moment(object.value(QLatin1String("earlier_recorded_at")))};
    for (const QJsonValue &id : object.value(QLatin1String("earlier_certificates")).toArray())
        row.earlierCertificates.append(id.toInteger());
    return row;
}

QJsonObject violationToJson(const MinutesViolation &violation)
{
    return {{QLatin1String("rule"), violation.ruleCode},
            {QLatin1String("clauses"), json::strings(violation.clauses)},
            {QLatin1String("description"), violation.description},
            {QLatin1String("evidence"), json::array(violation.evidence, rowToJson)}};
}

MinutesViolation violationFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("rule")).toString(),
            json::strings(object.value(QLatin1String("clauses"))),
            object.value(QLatin1String("description")).toString(),
            json::list<EvidenceRow>(object.value(QLatin1String("evidence")), rowFromJson)};
}

QJsonObject participantJson(const Participant &p)
{
    return toJson(p);
}

} // namespace

qsizetype MinutesData::totalCases() const
{
    qsizetype total = 0;
    for (const MinutesViolation &violation : violations)
        total += violation.total();
    return total;
}

QStringList MinutesData::missingFields() const
{
    QStringList missing;
    auto blank = [](const QString &text) { return text.trimmed().isEmpty(); };
    if (number <= 0)
        missing << Documents::tr("the number");
    if (!date.isValid())
        missing << Documents::tr("the date");
    if (!startedAt.isValid())
        missing << Documents::tr("the time of the meeting");
    if (blank(meetingPlace))
        missing << Documents::tr("the place of the meeting");
    if (departmentParticipants.isEmpty())
        missing << Documents::tr("the Department's participants");
    else if (std::none_of(departmentParticipants.cbegin(), departmentParticipants.cend(),
                          [](const Participant &p) { return p.recorder; }))
        missing << Documents::tr("the recorder among the Department's participants");
    if (providerParticipants.isEmpty())
        missing << Documents::tr("the provider's representatives");
    if (blank(provider.code) || blank(provider.legalName))
        missing << Documents::tr("the provider");
    if (blank(provider.address))
        missing << Documents::tr("the provider's address");
    if (blank(provider.registrationNumber))
        missing << Documents::tr("the provider's business registration number");
    if (violations.isEmpty())
        missing << Documents::tr("the violations");
    if (providerOpinion == ProviderOpinion::Unstated
        || (providerOpinion == ProviderOpinion::Recorded && blank(providerExplanation)))
        missing << Documents::tr("the provider's opinion (recorded, none, or refused to sign)");
    if (blank(conclusion))
        missing << Documents::tr("the conclusion");
    if (!excludeProvider && measures.isEmpty())
        missing << Documents::tr("the measures");
    if (excludeProvider && !exclusionDate.isValid())
        missing << Documents::tr("the date the exclusion takes effect");
    if (!closedAt.isValid())
        missing << Documents::tr("the closing time");
    if (blank(departmentSignatory.name) || blank(departmentSignatory.title))
        missing << Documents::tr("the Department's signatory (name and title)");
    if (providerOpinion != ProviderOpinion::RefusedToSign && blank(providerSignatory.name))
        missing << Documents::tr("the provider's signatory");
    if (recipients.isEmpty())
        missing << Documents::tr("the recipients");
    return missing;
}

QJsonObject toJson(const MinutesData &m)
{
    QJsonObject object;
    object.insert(QLatin1String("format"), minutesFormat);
    object.insert(QLatin1String("version"), MinutesData::formatVersion);
    object.insert(QLatin1String("issuer"), toJson(m.issuer));
    object.insert(QLatin1String("number"), m.number);
    object.insert(QLatin1String("year"), m.year);
    object.insert(QLatin1String("date"), json::date(m.date));
    object.insert(QLatin1String("subject"), m.subject);
    object.insert(QLatin1String("started_at"), json::moment(m.startedAt));
    object.insert(QLatin1String("meeting_place"), m.meetingPlace);
    object.insert(QLatin1String("department_participants"),
                  json::array(m.departmentParticipants, participantJson));
    object.insert(QLatin1String("provider_participants"),
                  json::array(m.providerParticipants, participantJson));
    object.insert(QLatin1String("witnesses"), json::array(m.witnesses, participantJson));
    object.insert(QLatin1String("provider"), toJson(m.provider));
    object.insert(QLatin1String("violations"), json::array(m.violations, violationToJson));
    object.insert(QLatin1String("provider_opinion"), opinionKey(m.providerOpinion));
    object.insert(QLatin1String("provider_explanation"), m.providerExplanation);
    object.insert(QLatin1String("refusal_reason"), m.refusalReason);
    object.insert(QLatin1String("conclusion"), m.conclusion);
    object.insert(QLatin1String("measures"), json::strings(m.measures));
    object.insert(QLatin1String("exclude_provider"), m.excludeProvider);
    object.insert(QLatin1String("exclusion_date"), json::date(m.exclusionDate));
    object.insert(QLatin1String("closed_at"), json::moment(m.closedAt));
    object.insert(QLatin1String("copies"), m.copies);
    object.insert(QLatin1String("copies_per_party"), m.copiesPerParty);
    object.insert(QLatin1String("provider_signatory"), toJson(m.providerSignatory));
    object.insert(QLatin1String("department_signatory"), toJson(m.departmentSignatory));
    object.insert(QLatin1String("recipients"), json::strings(m.recipients));
    return object;
}

Result<MinutesData> minutesFromJson(const QJsonObject &object)
{
    if (Result<void> format = json::checkFormat(object, minutesFormat, MinutesData::formatVersion); !format)
        return format.error();
    MinutesData m;
    m.issuer = issuerFromJson(object.value(QLatin1String("issuer")).toObject());
    m.number = object.value(QLatin1String("number")).toInt();
    m.year = object.value(QLatin1String("year")).toInt();
    m.date = json::date(object.value(QLatin1String("date")));
    const int version = object.value(QLatin1String("version")).toInt();
    m.subject = object.value(QLatin1String("subject")).toString();
    if (m.subject == formerSubject)
        m.subject.clear(); // the former default, which did not name the provider
    m.startedAt = json::moment(object.value(QLatin1String("started_at")));
    m.meetingPlace = object.value(QLatin1String("meeting_place")).toString();
    m.departmentParticipants = json::list<Participant>(object.value(QLatin1String("department_participants")),
                                                       participantFromJson);
    m.providerParticipants
        = json::list<Participant>(object.value(QLatin1String("provider_participants")), participantFromJson);
    m.witnesses = json::list<Participant>(object.value(QLatin1String("witnesses")), participantFromJson);
    m.provider = providerFromJson(object.value(QLatin1String("provider")).toObject());
    m.violations = json::list<MinutesViolation>(object.value(QLatin1String("violations")), violationFromJson);
    m.providerExplanation = object.value(QLatin1String("provider_explanation")).toString();
    m.refusalReason = object.value(QLatin1String("refusal_reason")).toString();
    m.conclusion = object.value(QLatin1String("conclusion")).toString();
    m.measures = json::strings(object.value(QLatin1String("measures")));
    m.exclusionDate = json::date(object.value(QLatin1String("exclusion_date")));
    if (version < 2) {
        // Version 1 had no choice of opinion and printed the exclusion whenever it had a date.
        m.providerOpinion = m.providerExplanation.trimmed().isEmpty() ? ProviderOpinion::Unstated
                                                                      : ProviderOpinion::Recorded;
        m.excludeProvider = m.exclusionDate.isValid();
    } else {
        m.providerOpinion = opinionFromKey(object.value(QLatin1String("provider_opinion")).toString());
        m.excludeProvider = object.value(QLatin1String("exclude_provider")).toBool();
    }
    m.closedAt = json::moment(object.value(QLatin1String("closed_at")));
    m.copies = object.value(QLatin1String("copies")).toInt(m.copies);
    m.copiesPerParty = object.value(QLatin1String("copies_per_party")).toInt(m.copiesPerParty);
    m.providerSignatory = signatoryFromJson(object.value(QLatin1String("provider_signatory")).toObject());
    m.departmentSignatory = signatoryFromJson(object.value(QLatin1String("department_signatory")).toObject());
    m.recipients = json::strings(object.value(QLatin1String("recipients")));
    return m;
}

} // namespace sw::documents
