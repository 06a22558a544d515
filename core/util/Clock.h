#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <functional>

namespace sw {

// The one source of the current time for core and ui. The composition root (the GUI's and the
// CLI's main()) makes one and passes it down: the casebook and the outbox stamp with it, the pages
// read "now" and "today" from it. Tests pass a fixed clock (Clock::fixedAt) and expect exact times.
// A default-constructed Clock is the system's. Copies read the same source. Durations are measured
// with QElapsedTimer, not with a Clock.
class Clock
{
public:
    using Source = std::function<QDateTime()>;

    Clock() = default; // the system's clock
    explicit Clock(Source source) : m_source(std::move(source)) { }
    // A clock that always reads `at`.
    static Clock fixedAt(const QDateTime &at);

    QDateTime now() const; // UTC
    qint64 secsSinceEpoch() const { return now().toSecsSinceEpoch(); }
    // Today's date on the machine's local calendar (what a date field offers by default).
    QDate localDate() const { return now().toLocalTime().date(); }
    // Today's date in `zone` (e.g. the province's, for casework).
    QDate dateIn(const QTimeZone &zone) const { return now().toTimeZone(zone).date(); }

private:
    Source m_source;
};

} // namespace sw
