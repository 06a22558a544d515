#include "rules/Finding.h"

#include "rules/RuleCatalogue.h"
#include "rules/Thresholds.h"
#include "util/Csv.h"

#include <QStringList>

#include <tuple>

namespace sw::rules {

bool Finding::operator<(const Finding &other) const
{
    return std::tie(rule, subjectKind, subjectId) < std::tie(other.rule, other.subjectKind, other.subjectId);
}

QString Finding::key() const
{
    return rule + QLatin1Char('/') + subjectKind + QLatin1Char('/') + QString::number(subjectId);
}

namespace {
void appendJsonString(QByteArray &out, const QString &text)
{
    out += '"';
    const QByteArray utf8 = text.toUtf8();
    for (const char c : utf8) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                out += "\\u00";
                out += "0123456789abcdef"[(c >> 4) & 0xf];
                out += "0123456789abcdef"[c & 0xf];
            } else {
                out += c; // UTF-8 unescaped, as the spec asks
            }
        }
    }
    out += '"';
}

void appendOptionalString(QByteArray &out, const std::optional<QString> &text)
{
    if (text)
        appendJsonString(out, *text);
    else
        out += "null";
}

void appendDetailValue(QByteArray &out, const DetailValue &value)
{
    if (std::holds_alternative<std::nullptr_t>(value))
        out += "null";
    else if (const bool *b = std::get_if<bool>(&value))
        out += *b ? "true" : "false";
    else if (const qint64 *n = std::get_if<qint64>(&value))
        out += QByteArray::number(*n);
    else
        appendJsonString(out, std::get<QString>(value));
}

QString detailText(const DetailValue &value)
{
    if (std::holds_alternative<std::nullptr_t>(value))
        return {};
    if (const bool *b = std::get_if<bool>(&value))
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const qint64 *n = std::get_if<qint64>(&value))
        return QString::number(*n);
    return std::get<QString>(value);
}

} // namespace

QByteArray toJsonLine(const Finding &f)
{
    const RuleInfo *rule = findRule(f.rule);
    QByteArray out;
    out.reserve(256);
    out += "{\"rule\":";
    appendJsonString(out, f.rule);
    out += ",\"clause\":";
    if (rule && !rule->clauses.isEmpty())
        appendJsonString(out, rule->firstClause());
    else
        out += "null";
    out += ",\"severity\":";
    appendJsonString(out, severityCode(rule ? rule->severity : Severity::Low));
    out += ",\"subject\":";
    appendJsonString(out, f.subjectKind);
    out += ",\"subject_id\":";
    out += QByteArray::number(f.subjectId);
    out += ",\"provider\":";
    appendOptionalString(out, f.provider);
    out += ",\"citizen_id\":";
    appendOptionalString(out, f.citizenId);
    out += ",\"at\":";
    if (f.at)
        appendJsonString(out, formatUtcTime(*f.at));
    else
        out += "null";
    out += ",\"evidence\":[";
    for (qsizetype i = 0; i < f.evidence.size(); ++i) {
        if (i)
            out += ',';
        out += QByteArray::number(f.evidence[i]);
    }
    out += "],\"detail\":{";
    for (qsizetype i = 0; i < f.detail.size(); ++i) {
        if (i)
            out += ',';
        appendJsonString(out, f.detail[i].first);
        out += ':';
        appendDetailValue(out, f.detail[i].second);
    }
    out += "}}";
    return out;
}

QByteArray csvHeader()
{
    return "rule,clause,severity,subject,subject_id,provider,citizen_id,at,evidence,detail";
}

QByteArray toCsvRow(const Finding &f)
{
    const RuleInfo *rule = findRule(f.rule);
    QStringList evidence;
    for (qint64 id : f.evidence)
        evidence << QString::number(id);
    QStringList detail;
    for (const auto &[key, value] : f.detail)
        detail << key + QLatin1Char('=') + detailText(value);
    const QStringList fields = {f.rule,
                                rule ? rule->firstClause() : QString(),
                                severityCode(rule ? rule->severity : Severity::Low),
                                f.subjectKind,
                                QString::number(f.subjectId),
                                f.provider.value_or(QString()),
                                f.citizenId.value_or(QString()),
                                f.at ? formatUtcTime(*f.at) : QString(),
                                evidence.join(QLatin1Char(' ')),
                                detail.join(QLatin1Char(';'))};
    return util::csvLine(fields);
}

} // namespace sw::rules
