#include "rules/Thresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace sw::rules {

const QList<ThresholdInfo> &thresholdCatalogue()
{
    using U = ThresholdInfo::Unit;
    auto s = [](const char *text) { return QString::fromLatin1(text); };
    // Names and defaults exactly as in spec/rules.md.
    static const QList<ThresholdInfo> catalogue = {
        {s("late_update"), 86400, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "longest allowed delay between activation and the Hue-S record")},
        {s("request_deadline"), 172800, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "time to serve a Hue-S request (§4.4: 48 hours)")},
        {s("lookup_window"), 86400, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "a look-up this long before issuance still counts")},
        {s("premature_tolerance"), 300, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "clock skew allowed between a provider and Hue-S")},
        {s("techerr_grace"), 604800, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "how long a technical-error record may stay unactivated")},
        {s("burst_window"), 1800, U::Seconds,
         QT_TRANSLATE_NOOP("Rules", "half-width of the window for staff bursts")},
        {s("burst_count"), 10, U::Count,
         QT_TRANSLATE_NOOP("Rules",
                           "door-to-door issuances by one staff account in one window that make a burst")},
        {s("free_days"), 364, U::Days,
         QT_TRANSLATE_NOOP("Rules", "shortest free period, in days from the activation date (UTC)")},
        {s("switch_tolerance_days"), 1, U::Days,
         QT_TRANSLATE_NOOP("Rules", "allowed difference of free periods on a switch")},
        {s("programme_start"), 1690477200, U::Timestamp,
         QT_TRANSLATE_NOOP("Rules", "when the programme started (28 July 2023, 00:00 local time)")},
    };
    return catalogue;
}

Thresholds::Thresholds()
{
    for (const ThresholdInfo &info : thresholdCatalogue())
        m_values.insert(info.name, info.defaultValue);
}

qint64 Thresholds::value(const QString &name) const
{
    Q_ASSERT_X(m_values.contains(name), "Thresholds::value", "unknown threshold");
    return m_values.value(name);
}

Result<void> Thresholds::set(const QString &name, const QString &text)
{
    const ThresholdInfo *info = nullptr;
    for (const ThresholdInfo &candidate : thresholdCatalogue())
        if (candidate.name == name)
            info = &candidate;
    if (!info) {
        QStringList names;
        for (const ThresholdInfo &candidate : thresholdCatalogue())
            names << candidate.name;
        return Error::make(QCoreApplication::translate("Rules", "Unknown threshold \"%1\"; known: %2.")
                               .arg(name, names.join(QStringLiteral(", "))),
                           {}, Error::Kind::InvalidInput);
    }
    if (info->unit == ThresholdInfo::Unit::Timestamp) {
        const auto parsed = parseUtcTime(text);
        if (!parsed)
            return Error::make(QCoreApplication::translate("Rules",
                                                           "Threshold %1 needs a time such as "
                                                           "2023-07-27T17:00:00Z.")
                                   .arg(name),
                               {}, Error::Kind::InvalidInput);
        m_values[name] = *parsed;
        return {};
    }
    bool ok = false;
    const qint64 number = text.trimmed().toLongLong(&ok);
    const bool positive = info->unit == ThresholdInfo::Unit::Count ? number >= 1 : number >= 0;
    if (!ok || !positive || number > 100LL * 365 * 86400)
        return Error::make(info->unit == ThresholdInfo::Unit::Count
                               ? QCoreApplication::translate("Rules",
                                                             "Threshold %1 needs a whole number of at "
                                                             "least 1, not \"%2\".")
                                     .arg(name, text.left(40))
                               : QCoreApplication::translate("Rules",
                                                             "Threshold %1 needs a whole number of 0 or "
                                                             "more, not \"%2\".")
                                     .arg(name, text.left(40)),
                           {}, Error::Kind::InvalidInput);
    m_values[name] = number;
    return {};
}

Result<void> Thresholds::setAssignment(const QString &assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return Error::make(
            QCoreApplication::translate("Rules", "Write a threshold as name=value, not \"%1\".")
                .arg(assignment.left(60)),
            {}, Error::Kind::InvalidInput);
    return set(assignment.left(eq).trimmed(), assignment.mid(eq + 1).trimmed());
}

Result<qint64> parseUtcTime(const QString &text)
{
    QDateTime time = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!time.isValid() || text.trimmed().size() < 19)
        return Error::make(
            QCoreApplication::translate("Rules", "\"%1\" is not a time such as 2024-03-31T17:00:00Z.")
                .arg(text.left(40)),
            {}, Error::Kind::InvalidInput);
    if (time.timeSpec() == Qt::LocalTime) // no zone given: the registry's times are UTC
        time.setTimeZone(QTimeZone::utc());
    return time.toSecsSinceEpoch();
}

QString formatUtcTime(qint64 epochSeconds)
{
    return QDateTime::fromSecsSinceEpoch(epochSeconds, QTimeZone::utc())
        .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
}

QString formatDay(qint64 epochDays)
{
    return QDate(1970, 1, 1).addDays(epochDays).toString(QStringLiteral("yyyy-MM-dd"));
}

} // namespace sw::rules
