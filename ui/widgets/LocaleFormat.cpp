#include "widgets/LocaleFormat.h"

#include <QTimeZone>

namespace sw::ui {

QString LocaleFormat::count(qint64 value, const QLocale &locale)
{
    return locale.toString(value);
}

QString LocaleFormat::percent(double percent, const QLocale &locale)
{
    const QString number = locale.toString(percent, 'f', 1);
    // QLocale has no percent pattern: Vietnamese (like French) writes a space before the sign
    // (42,5 %), English none (42.5%).
    if (locale.language() == QLocale::English)
        return number + locale.percent();
    return number + QChar(0x00A0) + locale.percent();
}

QString LocaleFormat::dateTime(const QDateTime &when, const QLocale &locale)
{
    // The province's time, whatever the machine's zone (registry times are UTC).
    const QDateTime local = when.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
    return locale.toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ')
        + locale.toString(local.time(), QStringLiteral("HH:mm"));
}

QString LocaleFormat::time(const QDateTime &when, bool withSeconds)
{
    const QDateTime local = when.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")));
    return local.time().toString(withSeconds ? QStringLiteral("HH:mm:ss") : QStringLiteral("HH:mm"));
}

} // namespace sw::ui
