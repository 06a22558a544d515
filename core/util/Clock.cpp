#include "util/Clock.h"

namespace sw {

Clock Clock::fixedAt(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return Clock([utc] { return utc; });
}

QDateTime Clock::now() const
{
    // The only read of the system's time in core and ui (tst_clock checks the sources for others).
    return m_source ? m_source().toUTC() : QDateTime::currentDateTimeUtc();
}

} // namespace sw
