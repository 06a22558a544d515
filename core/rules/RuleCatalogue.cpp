#include "rules/RuleCatalogue.h"

#include <QCoreApplication>

namespace sw::rules {

QString severityCode(Severity severity)
{
    switch (severity) {
    case Severity::High:
        return QStringLiteral("high");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::Low:
        break;
    }
    return QStringLiteral("low");
}

QString RuleInfo::translatedName() const
{
    return QCoreApplication::translate("Rules", name);
}

QString RuleInfo::translatedSummary() const
{
    return QCoreApplication::translate("Rules", summary);
}

const QList<RuleInfo> &ruleCatalogue()
{
    auto s = [](const char *text) { return QString::fromUtf8(text); };
    static const QList<RuleInfo> catalogue = {
        {s("DATA_QUALITY"),
         QT_TRANSLATE_NOOP("Rules", "Malformed record"),
         {},
         Severity::Low,
         false,
         QT_TRANSLATE_NOOP(
             "Rules", "A registry row the rules cannot read (unknown value, bad time, dangling reference)."),
         {}},
        {s("DUPLICATE_ISSUANCE"),
         QT_TRANSLATE_NOOP("Rules", "Duplicate issuance"),
         {s("§1.3"), s("§3.2")},
         Severity::High,
         false,
         QT_TRANSLATE_NOOP("Rules", "Issued to a citizen who already held a signature recorded on Hue-S."),
         {s("lookup_window")}},
        {s("EXCLUDED_PROVIDER"),
         QT_TRANSLATE_NOOP("Rules", "Issued after exclusion"),
         {s("§5.3")},
         Severity::High,
         false,
         QT_TRANSLATE_NOOP("Rules", "Issued by a provider after its removal from the programme."),
         {}},
        {s("FREE_PERIOD"),
         QT_TRANSLATE_NOOP("Rules", "Wrong free period"),
         {s("§1.5")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules", "Free period too short, missing, or restarted on a switch of provider."),
         {s("free_days"), s("switch_tolerance_days")}},
        {s("IDENTITY_NEAR_DUPLICATE"),
         QT_TRANSLATE_NOOP("Rules", "Near-duplicate id"),
         {s("§1.3")},
         Severity::Medium,
         true,
         QT_TRANSLATE_NOOP(
             "Rules",
             "Probably the same person under a mistyped id: one digit or two adjacent digits differ."),
         {}},
        {s("LATE_UPDATE"),
         QT_TRANSLATE_NOOP("Rules", "Late update"),
         {s("§1.4"), s("§2.2"), s("§4.3")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules", "Recorded on Hue-S too long after activation."),
         {s("late_update")}},
        {s("LEGACY_MISLABEL"),
         QT_TRANSLATE_NOOP("Rules", "Disguised as an import"),
         {s("§2.3")},
         Severity::High,
         false,
         QT_TRANSLATE_NOOP("Rules", "A programme issuance disguised as an import of an older signature."),
         {s("programme_start")}},
        {s("MISSING_LOOKUP"),
         QT_TRANSLATE_NOOP("Rules", "No Hue-S look-up"),
         {s("§1.3"), s("§3.2")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules", "Issued without the provider looking the citizen up on Hue-S first."),
         {s("lookup_window")}},
        {s("PREMATURE_CONFIRMATION"),
         QT_TRANSLATE_NOOP("Rules", "Confirmed before issuance"),
         {s("§4.4"), s("§1.6")},
         Severity::High,
         false,
         QT_TRANSLATE_NOOP("Rules", "Confirmed on Hue-S before a signature existed."),
         {s("premature_tolerance")}},
        {s("REQUEST_EXPIRED"),
         QT_TRANSLATE_NOOP("Rules", "Request over 48 hours"),
         {s("§4.4")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules", "A citizen's Hue-S request not served within 48 hours."),
         {s("request_deadline")}},
        {s("STAFF_BURST"),
         QT_TRANSLATE_NOOP("Rules", "Issuance burst"),
         {s("§1.6"), s("§3.1")},
         Severity::Medium,
         true,
         QT_TRANSLATE_NOOP("Rules", "Too many door-to-door issuances by one staff account in one hour."),
         {s("burst_window"), s("burst_count")}},
        {s("STALE_TECHNICAL_ERROR"),
         QT_TRANSLATE_NOOP("Rules", "Lingering technical error"),
         {s("§3.3"), s("§1.6")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules", "A technical-error record that reserves a citizen without a signature."),
         {s("techerr_grace")}},
        {s("SUPERSEDED"),
         QT_TRANSLATE_NOOP("Rules", "Counts as not issued"),
         {s("§1.4"), s("§2.2")},
         Severity::Medium,
         false,
         QT_TRANSLATE_NOOP("Rules",
                           "Issued lawfully but reached Hue-S after another record: counts as not issued."),
         {}},
    };
    return catalogue;
}

const RuleInfo *findRule(const QString &code)
{
    for (const RuleInfo &rule : ruleCatalogue())
        if (rule.code == code)
            return &rule;
    return nullptr;
}

QString ruleDisplayName(const QString &code)
{
    const RuleInfo *rule = findRule(code);
    return rule ? rule->translatedName() : code;
}

QString ruleDisplayNames(const QString &codes)
{
    QStringList names;
    for (const QString &code : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << ruleDisplayName(code.trimmed());
    return names.join(QStringLiteral(", "));
}

QString ruleNameWithCode(const QString &code)
{
    const RuleInfo *rule = findRule(code);
    return rule ? QStringLiteral("%1 (%2)").arg(rule->translatedName(), code) : code;
}

} // namespace sw::rules
