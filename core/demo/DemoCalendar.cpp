#include "demo/DemoCalendar.h"

namespace sw::demo {

namespace {
struct Civil
{
    qint64 year;
    unsigned month;
    unsigned day;
};

// H. Hinnant's civil_from_days: the inverse of daysFromCivil.
Civil civilFromDays(qint64 z)
{
    z += 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {qint64(yoe) + era * 400 + (m <= 2 ? 1 : 0), m, d};
}

// Writes `value` as `width` digits ending just before `end`.
void putDigits(char *end, qint64 value, int width)
{
    for (int i = 0; i < width; ++i) {
        *--end = char('0' + value % 10);
        value /= 10;
    }
}
} // namespace

QString formatDate(qint64 days)
{
    const Civil c = civilFromDays(days);
    char text[10] = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0};
    putDigits(text + 4, c.year, 4);
    putDigits(text + 7, c.month, 2);
    putDigits(text + 10, c.day, 2);
    return QString::fromLatin1(text, 10);
}

QString formatTimestamp(qint64 seconds)
{
    const qint64 days = utcDate(seconds);
    const qint64 inDay = seconds - days * kDay;
    const Civil c = civilFromDays(days);
    char text[20] = {0, 0, 0, 0, '-', 0, 0, '-', 0, 0, 'T', 0, 0, ':', 0, 0, ':', 0, 0, 'Z'};
    putDigits(text + 4, c.year, 4);
    putDigits(text + 7, c.month, 2);
    putDigits(text + 10, c.day, 2);
    putDigits(text + 13, inDay / kHour, 2);
    putDigits(text + 16, inDay / kMinute % 60, 2);
    putDigits(text + 19, inDay % 60, 2);
    return QString::fromLatin1(text, 20);
}

int yearOfDays(qint64 days)
{
    return int(civilFromDays(days).year);
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

} // namespace sw::demo
