#include "reports/ReportFormat.h"

#include <QLocale>

#include <cmath>

namespace sw::reports {

namespace {
const QLocale &vi()
{
    static const QLocale locale(QLocale::Vietnamese, QLocale::Vietnam);
    return locale;
}
} // namespace

QString viCount(qint64 value)
{
    return vi().toString(value);
}

QString viPercent(double percent)
{
    return vi().toString(percent, 'f', 1) + QChar(0x00A0) + QLatin1Char('%');
}

QString viDuration(double seconds)
{
    const double magnitude = std::abs(seconds);
    const QString sign = seconds < 0 ? QStringLiteral("−") : QString();
    if (magnitude < 120)
        return sign + vi().toString(qint64(std::llround(magnitude))) + QStringLiteral(" giây");
    if (magnitude < 2 * 3600)
        return sign + vi().toString(magnitude / 60, 'f', 1) + QStringLiteral(" phút");
    if (magnitude < 48 * 3600)
        return sign + vi().toString(magnitude / 3600, 'f', 1) + QStringLiteral(" giờ");
    return sign + vi().toString(magnitude / 86400, 'f', 1) + QStringLiteral(" ngày");
}

QString viTrend(qint64 current, qint64 previous)
{
    if (current == previous)
        return QStringLiteral("không đổi");
    if (previous == 0)
        return QStringLiteral("mới");
    const double change = 100.0 * double(current - previous) / double(previous);
    return (change > 0 ? QStringLiteral("+") : QStringLiteral("−")) + viPercent(std::abs(change));
}

} // namespace sw::reports
