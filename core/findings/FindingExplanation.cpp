#include "findings/FindingExplanation.h"

#include "rules/Thresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

namespace sw::findings {

namespace {
QString localTime(qint64 epochSeconds, const QLocale &locale)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(epochSeconds, Qt::UTC)
                                .toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QStringLiteral("HH:mm"));
}

QString dayText(const QString &isoDay, const QLocale &locale)
{
    const QDate day = QDate::fromString(isoDay, Qt::ISODate);
    return day.isValid() ? locale.toString(day, QLocale::ShortFormat) : isoDay;
}

QString certificates(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QStringLiteral("#%1").arg(id);
    return parts.join(QStringLiteral(", "));
}

const rules::DetailValue *detail(const rules::Finding &f, const char *key)
{
    for (const auto &[name, value] : f.detail)
        if (name == QLatin1String(key))
            return &value;
    return nullptr;
}

qint64 detailNumber(const rules::Finding &f, const char *key)
{
    const rules::DetailValue *v = detail(f, key);
    const qint64 *n = v ? std::get_if<qint64>(v) : nullptr;
    return n ? *n : 0;
}

QString detailString(const rules::Finding &f, const char *key)
{
    const rules::DetailValue *v = detail(f, key);
    const QString *s = v ? std::get_if<QString>(v) : nullptr;
    return s ? *s : QString();
}

bool detailBool(const rules::Finding &f, const char *key)
{
    const rules::DetailValue *v = detail(f, key);
    const bool *b = v ? std::get_if<bool>(v) : nullptr;
    return b && *b;
}
} // namespace

static int wholeUnits(qint64 seconds, qint64 unit)
{
    return int(seconds / unit);
}

QString durationText(qint64 seconds, const QLocale &locale)
{
    // Decided before the translate() calls: lupdate (Qt 6.4) loses itself in comparisons and
    // divisions next to them.
    const qint64 s = qAbs(seconds);
    const bool inSeconds = s < 120;
    const bool inMinutes = !inSeconds && s < 7200;
    const bool inHours = !inSeconds && !inMinutes && s < 3 * 86400;
    const bool whole = inHours ? s % 3600 == 0 : s % 86400 == 0;
    const int minutes = wholeUnits(s, 60);
    const int hours = wholeUnits(s, 3600);
    const int days = wholeUnits(s, 86400);
    const QString hoursText = locale.toString(double(s) / 3600.0, 'f', 1);
    const QString daysText = locale.toString(double(s) / 86400.0, 'f', 1);
    if (inSeconds)
        return QCoreApplication::translate("Findings", "%n second(s)", nullptr, int(s));
    if (inMinutes)
        return QCoreApplication::translate("Findings", "%n minute(s)", nullptr, minutes);
    if (inHours && whole)
        return QCoreApplication::translate("Findings", "%n hour(s)", nullptr, hours);
    if (inHours)
        return QCoreApplication::translate("Findings", "%1 hours").arg(hoursText);
    if (whole)
        return QCoreApplication::translate("Findings", "%n day(s)", nullptr, days);
    return QCoreApplication::translate("Findings", "%1 days").arg(daysText);
}

QString explainFinding(const rules::Finding &f, const QMap<QString, qint64> &thresholdValues,
                       const QLocale &locale)
{
    const rules::Thresholds defaults;
    auto threshold = [&](const char *name) {
        const QString key = QLatin1String(name);
        return thresholdValues.contains(key) ? thresholdValues.value(key) : defaults.value(key);
    };
    const QString provider = f.provider.value_or(QCoreApplication::translate("Findings", "the provider"));
    const QString id = QString::number(f.subjectId);
    const QString when = f.at ? localTime(*f.at, locale) : QString();
    const QString code = f.rule;

    if (code == QLatin1String("DUPLICATE_ISSUANCE")) {
        QString text = QCoreApplication::translate(
                           "Findings",
                           "%1 issued certificate #%2 on %3 although the citizen already held a signature "
                           "recorded on Hue-S (%4): one signature per citizen, and none may be issued once "
                           "Hue-S shows one.")
                           .arg(provider, id, when, certificates(f.evidence));
        if (detailBool(f, "lookup_found"))
            text += QLatin1Char(' ')
                + QCoreApplication::translate(
                      "Findings",
                      "Its own look-up on Hue-S within %1 before had answered that the citizen already had "
                      "a signature.")
                      .arg(durationText(threshold("lookup_window"), locale));
        return text;
    }
    if (code == QLatin1String("SUPERSEDED"))
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 reached Hue-S after another record of the same citizen (%3) that "
                   "was not revoked: the record on Hue-S decides, so this issuance counts as not made.")
            .arg(id, provider, certificates(f.evidence));
    if (code == QLatin1String("LATE_UPDATE"))
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 reached Hue-S %3 after its activation; Hue-S must be updated at "
                   "once, and the allowed delay is %4.")
            .arg(id, provider, durationText(detailNumber(f, "delay_seconds"), locale),
                 durationText(threshold("late_update"), locale));
    if (code == QLatin1String("REQUEST_EXPIRED"))
        return QCoreApplication::translate(
                   "Findings",
                   "Request #%1, registered by the citizen with %2, was not served within %3 (deadline %4); "
                   "it stayed open %5 past the deadline, so the registration expired.")
            .arg(id, provider, durationText(threshold("request_deadline"), locale), when,
                 durationText(detailNumber(f, "late_seconds"), locale));
    if (code == QLatin1String("PREMATURE_CONFIRMATION")) {
        const QString form = detailString(f, "form");
        if (form == QLatin1String("b"))
            return QCoreApplication::translate(
                       "Findings",
                       "Certificate #%1 of %2 is recorded on Hue-S as active but was never activated: "
                       "confirmed before the signature existed.")
                .arg(id, provider);
        if (form == QLatin1String("c"))
            return QCoreApplication::translate(
                       "Findings",
                       "%1 marked request #%2 done on %3, but no certificate for it had been activated by "
                       "then (tolerance %4): confirmed before a successful issuance.")
                .arg(provider, id, when, durationText(threshold("premature_tolerance"), locale));
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 was on Hue-S before it was activated on %3 (more than %4 of clock "
                   "difference): confirmed before the signature existed.")
            .arg(id, provider, when, durationText(threshold("premature_tolerance"), locale));
    }
    if (code == QLatin1String("MISSING_LOOKUP"))
        return QCoreApplication::translate(
                   "Findings",
                   "%1 issued certificate #%2 on %3 without looking the citizen up on Hue-S in the %4 "
                   "before, as every issuance requires.")
            .arg(provider, id, when, durationText(threshold("lookup_window"), locale));
    if (code == QLatin1String("STALE_TECHNICAL_ERROR"))
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 has been a technical-error record without activation for more "
                   "than %3 at the scan's time: it reserves the citizen without giving a signature.")
            .arg(id, provider, durationText(threshold("techerr_grace"), locale));
    if (code == QLatin1String("STAFF_BURST"))
        return QCoreApplication::translate(
                   "Findings",
                   "One staff account of %1 issued %2 door-to-door certificates within %3 either side of %4 "
                   "(%5 or more make a burst): too fast to show the QR code and guide each household, "
                   "which suggests pre-entered data; to be checked on the ground.")
            .arg(provider, QString::number(detailNumber(f, "count")),
                 durationText(threshold("burst_window"), locale), when,
                 QString::number(threshold("burst_count")));
    if (code == QLatin1String("FREE_PERIOD")) {
        const QString freeUntil = detailString(f, "free_until");
        const QString expected = dayText(detailString(f, "expected"), locale);
        if (!f.evidence.isEmpty()) {
            if (freeUntil.isEmpty())
                return QCoreApplication::translate(
                           "Findings",
                           "Certificate #%1 of %2 replaced certificate %3 but records no end of its free "
                           "period; on a switch the free year continues and should end on %4.")
                    .arg(id, provider, certificates(f.evidence), expected);
            return QCoreApplication::translate(
                       "Findings",
                       "Certificate #%1 of %2 replaced certificate %3 but its free period ends on %4 instead "
                       "of %5: on a switch the free year is neither restarted nor cut short.")
                .arg(id, provider, certificates(f.evidence), dayText(freeUntil, locale), expected);
        }
        if (freeUntil.isEmpty())
            return QCoreApplication::translate("Findings",
                                               "Certificate #%1 of %2 records no end of its free period; it "
                                               "should run at least until "
                                               "%3 (%4 days from activation).")
                .arg(id, provider, expected, QString::number(threshold("free_days")));
        return QCoreApplication::translate(
                   "Findings",
                   "The free period of certificate #%1 of %2 ends on %3, before %4 (%5 days from "
                   "activation): the free year is cut short.")
            .arg(id, provider, dayText(freeUntil, locale), expected, QString::number(threshold("free_days")));
    }
    if (code == QLatin1String("EXCLUDED_PROVIDER"))
        return QCoreApplication::translate(
                   "Findings",
                   "%1 issued certificate #%2 on %3, after it had been removed from the programme.")
            .arg(provider, id, when);
    if (code == QLatin1String("LEGACY_MISLABEL"))
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 is labelled as an import of a signature issued before the "
                   "programme, "
                   "but it was activated on %3, after the programme had started (or never): a programme "
                   "issuance disguised as an import.")
            .arg(id, provider, when);
    if (code == QLatin1String("IDENTITY_NEAR_DUPLICATE"))
        return QCoreApplication::translate(
                   "Findings",
                   "Certificate #%1 of %2 was issued under an id one digit (or one swap of adjacent digits) "
                   "away from that of a citizen with the same name and birth date who already held "
                   "certificate %3: probably the same person under a mistyped id; to be checked.")
            .arg(id, provider, certificates(f.evidence));
    if (code == QLatin1String("DATA_QUALITY"))
        return QCoreApplication::translate("Findings",
                                           "Row %1 of the table %2 cannot be read by the rules (an unknown "
                                           "value, a malformed time or "
                                           "a reference to a missing record); it takes part in no other rule "
                                           "until Hue-S corrects it.")
            .arg(id, f.subjectKind);
    return QCoreApplication::translate("Findings", "Rule %1 found this record (%2 #%3).")
        .arg(code, f.subjectKind, id);
}

} // namespace sw::findings
