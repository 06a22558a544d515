#include "documents/DocumentParts.h"

namespace sw::documents {

namespace {

QString text(const QJsonObject &object, QLatin1String key, const QString &fallback = {})
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : fallback;
}

} // namespace

QJsonObject toJson(const Issuer &issuer)
{
    return {{QLatin1String("parent_body"), issuer.parentBody},
            {QLatin1String("body"), issuer.body},
            {QLatin1String("body_code"), issuer.bodyCode},
            {QLatin1String("body_in_text"), issuer.bodyInText},
            {QLatin1String("place"), issuer.place},
            {QLatin1String("address"), issuer.address}};
}

Issuer issuerFromJson(const QJsonObject &object)
{
    // Missing keys keep the Department's defaults: a draft written without them still prints.
    const Issuer defaults;
    Issuer issuer;
    issuer.parentBody = text(object, QLatin1String("parent_body"), defaults.parentBody);
    issuer.body = text(object, QLatin1String("body"), defaults.body);
    issuer.bodyCode = text(object, QLatin1String("body_code"), defaults.bodyCode);
    issuer.bodyInText = text(object, QLatin1String("body_in_text"), defaults.bodyInText);
    issuer.place = text(object, QLatin1String("place"), defaults.place);
    issuer.address = text(object, QLatin1String("address"));
    return issuer;
}

QJsonObject toJson(const Participant &participant)
{
    QJsonObject object {{QLatin1String("name"), participant.name},
                        {QLatin1String("title"), participant.title}};
    if (!participant.authority.isEmpty())
        object.insert(QLatin1String("authority"), participant.authority);
    if (participant.recorder)
        object.insert(QLatin1String("recorder"), true);
    return object;
}

Participant participantFromJson(const QJsonObject &object)
{
    return {text(object, QLatin1String("name")), text(object, QLatin1String("title")),
            text(object, QLatin1String("authority")), object.value(QLatin1String("recorder")).toBool()};
}

QJsonObject toJson(const ProviderParty &provider)
{
    QJsonObject object {{QLatin1String("code"), provider.code},
                        {QLatin1String("legal_name"), provider.legalName}};
    // Only minutes fill these in; other drafts stay as they were.
    if (!provider.address.isEmpty())
        object.insert(QLatin1String("address"), provider.address);
    if (!provider.registrationNumber.isEmpty())
        object.insert(QLatin1String("registration_number"), provider.registrationNumber);
    return object;
}

ProviderParty providerFromJson(const QJsonObject &object)
{
    return {text(object, QLatin1String("code")), text(object, QLatin1String("legal_name")),
            text(object, QLatin1String("address")), text(object, QLatin1String("registration_number"))};
}

QJsonObject toJson(const Signatory &signatory)
{
    return {{QLatin1String("heading"), signatory.heading},
            {QLatin1String("authority"), signatory.authority},
            {QLatin1String("title"), signatory.title},
            {QLatin1String("name"), signatory.name}};
}

Signatory signatoryFromJson(const QJsonObject &object)
{
    return {text(object, QLatin1String("heading")), text(object, QLatin1String("authority")),
            text(object, QLatin1String("title")), text(object, QLatin1String("name"))};
}

QJsonObject toJson(const AuditStamp &stamp)
{
    return {{QLatin1String("entries"), stamp.entries}, {QLatin1String("hash"), stamp.hash}};
}

AuditStamp auditStampFromJson(const QJsonObject &object)
{
    return {object.value(QLatin1String("entries")).toInteger(), text(object, QLatin1String("hash"))};
}

} // namespace sw::documents
