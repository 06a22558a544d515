#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace sw::ui {

// Numbers and times the way the interface shows them, in the interface's locale (QLocale's
// default, set with the language): 1.166.547, 42,5 %, 05/01/2024 14:30 in Vietnamese.
class LocaleFormat
{
public:
    static QString count(qint64 value, const QLocale &locale = QLocale());
    // `percent` is already ×100. One decimal.
    static QString percent(double percent, const QLocale &locale = QLocale());
    // Local time of the province (Asia/Ho_Chi_Minh, UTC+7), short date then time.
    static QString dateTime(const QDateTime &when, const QLocale &locale = QLocale());
    // The province's time of day alone: 10:42, or 10:42:05 with seconds.
    static QString time(const QDateTime &when, bool withSeconds = false);
};

} // namespace sw::ui
