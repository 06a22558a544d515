#include "casebook/FindingLines.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace sw::casebook {

namespace {
Error bad(const QString &why)
{
    return Error::make(QCoreApplication::translate("Casework", "Not a finding of a scan: %1").arg(why), {},
                       Error::Kind::InvalidInput);
}

std::optional<QString> optionalString(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    return std::nullopt;
}
} // namespace

Result<rules::Finding> findingFromJsonLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return bad(error.error != QJsonParseError::NoError ? error.errorString()
                                                           : QStringLiteral("not a JSON object"));
    const QJsonObject o = document.object();
    rules::Finding f;
    f.rule = o.value(QLatin1String("rule")).toString();
    f.subjectKind = o.value(QLatin1String("subject")).toString();
    const QJsonValue subjectId = o.value(QLatin1String("subject_id"));
    if (f.rule.isEmpty() || f.subjectKind.isEmpty() || !subjectId.isDouble())
        return bad(QStringLiteral("rule, subject and subject_id are required"));
    f.subjectId = subjectId.toInteger();
    f.provider = optionalString(o.value(QLatin1String("provider")));
    f.citizenId = optionalString(o.value(QLatin1String("citizen_id")));
    if (const QJsonValue at = o.value(QLatin1String("at")); at.isString()) {
        const QDateTime time = QDateTime::fromString(at.toString(), Qt::ISODate);
        if (!time.isValid())
            return bad(QStringLiteral("\"at\" is not a time"));
        f.at = time.toSecsSinceEpoch();
    }
    for (const QJsonValue &id : o.value(QLatin1String("evidence")).toArray())
        f.evidence.append(id.toInteger());
    // The detail keeps the order of the line: QJsonObject sorts its keys, so read them in order
    // from the text itself.
    const QJsonObject detail = o.value(QLatin1String("detail")).toObject();
    QStringList keys = detail.keys();
    const int detailStart = line.indexOf("\"detail\":");
    if (detailStart >= 0) {
        std::sort(keys.begin(), keys.end(), [&line, detailStart](const QString &a, const QString &b) {
            return line.indexOf('"' + a.toUtf8() + "\":", detailStart)
                < line.indexOf('"' + b.toUtf8() + "\":", detailStart);
        });
    }
    for (const QString &key : keys) {
        const QJsonValue value = detail.value(key);
        rules::DetailValue v = nullptr;
        if (value.isBool())
            v = value.toBool();
        else if (value.isDouble())
            v = qint64(value.toInteger());
        else if (value.isString())
            v = value.toString();
        f.detail.append({key, v});
    }
    return f;
}

Result<QList<QByteArray>> findingLinesFromText(const QByteArray &text)
{
    QList<QByteArray> lines;
    int lineNumber = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++lineNumber;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (auto finding = findingFromJsonLine(line); !finding)
            return Error::make(QCoreApplication::translate("Casework", "Line %1: %2")
                                   .arg(lineNumber)
                                   .arg(finding.error().message),
                               {}, Error::Kind::InvalidInput);
        lines.append(line);
    }
    return lines;
}

QString findingKey(const rules::Finding &finding)
{
    return finding.key();
}

} // namespace sw::casebook
