#include "documents/MinutesData.h"

#include "documents/DocumentJson.h"

namespace sw::documents {

namespace {

const QString minutesFormat = QStringLiteral("signwatch.minutes");

QJsonObject rowToJson(const EvidenceRow &row)
{
    return {{QLatin1String("record"), row.record},
            {QLatin1String("citizen_id"), row.citizenId},
            {QLatin1String("at"), json::moment(row.at)},
            {QLatin1String("happened"), row.happened}};
}

EvidenceRow rowFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("record")).toString(),
            object.value(QLatin1String("citizen_id")).toString(),
            json::moment(object.value(QLatin1String("at"))),
            object.value(QLatin1String("happened")).toString()};
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
    object.insert(QLatin1String("provider_explanation"), m.providerExplanation);
    object.insert(QLatin1String("conclusion"), m.conclusion);
    object.insert(QLatin1String("measures"), json::strings(m.measures));
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
    m.subject = object.value(QLatin1String("subject")).toString(m.subject);
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
    m.conclusion = object.value(QLatin1String("conclusion")).toString();
    m.measures = json::strings(object.value(QLatin1String("measures")));
    m.exclusionDate = json::date(object.value(QLatin1String("exclusion_date")));
    m.closedAt = json::moment(object.value(QLatin1String("closed_at")));
    m.copies = object.value(QLatin1String("copies")).toInt(m.copies);
    m.copiesPerParty = object.value(QLatin1String("copies_per_party")).toInt(m.copiesPerParty);
    m.providerSignatory = signatoryFromJson(object.value(QLatin1String("provider_signatory")).toObject());
    m.departmentSignatory = signatoryFromJson(object.value(QLatin1String("department_signatory")).toObject());
    m.recipients = json::strings(object.value(QLatin1String("recipients")));
    return m;
}

} // namespace sw::documents
