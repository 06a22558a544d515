#pragma once

#include <QString>

namespace sw::reports {

// Numbers as the report prints them: always Vietnamese (the document is, whatever the interface
// language; ui-guide.md "Numbers and dates in Vietnamese form"), through QLocale.

// 1.166.547
QString viCount(qint64 value);
// 42,5 % (one decimal, a non-breaking space before the sign)
QString viPercent(double percent);
// A delay in seconds in a compact form: "45 giây", "12,5 phút", "3,2 giờ", "2,1 ngày"; negative
// delays (a record before the activation) keep their sign.
QString viDuration(double seconds);
// "+12,5 %" / "−3,0 %" / "không đổi": the change from `previous` to `current`; "mới" when
// `previous` is 0 and `current` is not.
QString viTrend(qint64 current, qint64 previous);

} // namespace sw::reports
