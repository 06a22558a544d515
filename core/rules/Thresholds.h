#pragma once

#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sw::rules {

// A threshold of spec/rules.md: its name, default and unit. Values are whole numbers: seconds,
// days, a count, or (programme_start) seconds since 1970-01-01T00:00:00Z.
struct ThresholdInfo
{
    enum class Unit { Seconds, Days, Count, Timestamp };
    QString name;
    qint64 defaultValue;
    Unit unit;
    const char *meaning; // English source text, translated through "Rules"
};

const QList<ThresholdInfo> &thresholdCatalogue();

// The thresholds a scan uses: the defaults, overridden by settings and then per scan.
class Thresholds
{
public:
    Thresholds(); // all defaults

    qint64 value(const QString &name) const;
    // Sets a value from text: a whole number (seconds, days, count), or for programme_start an
    // ISO time "2023-07-27T17:00:00Z". Fails on an unknown name or a value out of range.
    Result<void> set(const QString &name, const QString &text);
    // "name=value"
    Result<void> setAssignment(const QString &assignment);

    qint64 lateUpdate() const { return value(QStringLiteral("late_update")); }
    qint64 requestDeadline() const { return value(QStringLiteral("request_deadline")); }
    qint64 lookupWindow() const { return value(QStringLiteral("lookup_window")); }
    qint64 prematureTolerance() const { return value(QStringLiteral("premature_tolerance")); }
    qint64 techerrGrace() const { return value(QStringLiteral("techerr_grace")); }
    qint64 burstWindow() const { return value(QStringLiteral("burst_window")); }
    qint64 burstCount() const { return value(QStringLiteral("burst_count")); }
    qint64 freeDays() const { return value(QStringLiteral("free_days")); }
    qint64 switchToleranceDays() const { return value(QStringLiteral("switch_tolerance_days")); }
    qint64 programmeStart() const { return value(QStringLiteral("programme_start")); }

    QMap<QString, qint64> values() const { return m_values; }

private:
    QMap<QString, qint64> m_values;
};

// Seconds since the epoch of an ISO UTC time in the registry's form "YYYY-MM-DDTHH:MM:SSZ"
// (also accepts an offset such as +07:00). Fails on anything else.
Result<qint64> parseUtcTime(const QString &text);
// The registry's form of a time: "YYYY-MM-DDTHH:MM:SSZ".
QString formatUtcTime(qint64 epochSeconds);
// "YYYY-MM-DD" of a day number (days since 1970-01-01).
QString formatDay(qint64 epochDays);

} // namespace sw::rules
