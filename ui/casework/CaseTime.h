#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace sw::ui {

// Date-time editors show the province's wall clock (Asia/Ho_Chi_Minh, UTC+7, whatever the
// machine's zone); the casebook keeps UTC. An editor holds the wall clock in a UTC-spec QDateTime,
// so that neither the machine's zone nor daylight saving elsewhere moves it.
class CaseTime
{
public:
    static QTimeZone province() { return QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")); }
    static QDateTime toWallClock(const QDateTime &utc)
    {
        if (!utc.isValid())
            return {};
        const QDateTime local = utc.toTimeZone(province());
        return QDateTime(local.date(), local.time(), Qt::UTC);
    }
    static QDateTime fromWallClock(const QDateTime &wall)
    {
        if (!wall.isValid())
            return {};
        return QDateTime(wall.date(), wall.time(), province()).toUTC();
    }
};

} // namespace sw::ui
