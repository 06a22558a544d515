#pragma once

#include <QString>

namespace sw::demo {

// Times in the demo are seconds since 1970-01-01T00:00:00Z (UTC), dates are days since then.
// Plain integers keep the generator fast and identical on every machine; the text forms are the
// contract's (registry.md): `YYYY-MM-DDTHH:MM:SSZ` and `YYYY-MM-DD`.

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = (153 * (m + (m > 2 ? unsigned(-3) : 9)) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + qint64(doe) - 719468;
}

constexpr qint64 utcSeconds(qint64 y, unsigned m, unsigned d, int hh = 0, int mm = 0, int ss = 0)
{
    return daysFromCivil(y, m, d) * 86400 + hh * 3600 + mm * 60 + ss;
}

constexpr qint64 kDay = 86400;
constexpr qint64 kHour = 3600;
constexpr qint64 kMinute = 60;
// Asia/Ho_Chi_Minh: UTC+7, no daylight saving (regulation.md, facts).
constexpr qint64 kLocalOffset = 7 * kHour;

// rules.md `programme_start`: 28 July 2023, 00:00 local, the date of letter 2016/STTTT-IOC.
constexpr qint64 kProgrammeStart = utcSeconds(2023, 7, 27, 17);
// The campaign ran 12 months; door-to-door issuance filled about the first 3 (regulation.md, facts).
constexpr int kCampaignDays = 366;
constexpr int kDoorToDoorDays = 92;
// The demo's §5.3 story: the Department removes CA2 from the programme late in the campaign
// (20 May 2024, 09:00 local). Issuances at or after it are EXCLUDED_PROVIDER findings.
constexpr qint64 kCa2ExcludedAt = utcSeconds(2024, 5, 20, 2);
// A revocation scheduled years ahead: later than any default as-of a user will run with.
constexpr qint64 kFarFutureRevocation = utcSeconds(2030, 7, 27, 17);

// Start of local day `day` of the campaign (day 0 = 28 July 2023) as a UTC second.
constexpr qint64 campaignDayStart(qint64 day)
{
    return kProgrammeStart + day * kDay;
}
// The UTC date (days) of a UTC second: rules.md reads free periods from it.
constexpr qint64 utcDate(qint64 seconds)
{
    return seconds >= 0 ? seconds / kDay : (seconds - kDay + 1) / kDay;
}

QString formatTimestamp(qint64 seconds); // 2023-08-01T01:30:00Z
QString formatDate(qint64 days); // 2024-08-01
int yearOfDays(qint64 days);
bool isLeapYear(int year);

} // namespace sw::demo
