#pragma once

#include "connection/Credentials.h"
#include "statistics/Filter.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QFlags>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <optional>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::statistics {

// Open findings as the findings page's store counts them for a filter (supplied from outside the
// dashboard: the dashboard itself never scans).
struct FindingCounts
{
    qint64 totalOpen = 0;
    QMap<QString, QMap<QString, qint64>> byProviderRule; // provider code -> rule code -> open findings
    bool operator==(const FindingCounts &other) const = default;
};

// Delay between activation and the Hue-S record (recorded_at − activated_at, seconds) of one
// provider's programme certificates. Quantiles interpolate linearly between the two nearest ranks
// (PostgreSQL's percentile_cont: position (n − 1)·p, 0-based, in ascending order).
struct DelayDistribution
{
    qint64 count = 0; // certificates measured; the numbers below are meaningless when 0
    double minimum = 0;
    double p05 = 0; // lower whisker
    double q1 = 0;
    double median = 0;
    double q3 = 0;
    double p95 = 0; // upper whisker
    double maximum = 0;
};

// Hue-S requests of one provider registered in the period, judged as REQUEST_EXPIRED judges them
// (rules.md) as of `asOf`, with D = registered_at + request_deadline:
//   served    completed_at <= D (exactly 48 h is in time);
//   withdrawn not served and cancelled_at <= D (the rule gives no finding: nobody failed);
//   expired   neither, and completed_at > D, or not completed and asOf > D (a REQUEST_EXPIRED finding);
//   pending   the rest: open, deadline not reached yet.
// The 48-hour service rate is served / (served + expired). A completed_at or cancelled_at later
// than asOf counts as NULL, as in the rules.
struct RequestService
{
    qint64 registered = 0; // = served + withdrawn + expired + pending
    qint64 served = 0;
    qint64 withdrawn = 0;
    qint64 expired = 0;
    qint64 pending = 0;
    qint64 judged() const { return served + expired; }
    RequestService &operator+=(const RequestService &other)
    {
        registered += other.registered;
        served += other.served;
        withdrawn += other.withdrawn;
        expired += other.expired;
        pending += other.pending;
        return *this;
    }
    // In per cent; nullopt when no request was judged.
    std::optional<double> ratePercent() const
    {
        if (judged() == 0)
            return std::nullopt;
        return 100.0 * double(served) / double(judged());
    }
};

struct ProviderDashboard
{
    QString code; // as stored; a code missing from `providers` still gets a line
    QString name; // legal name, empty when unknown
    bool known = true;
    bool excluded = false; // excluded at or before the period's end (§5.3)
    qint64 certificates = 0; // recorded on Hue-S in the period, every channel and status
    QMap<QString, qint64> byChannel; // the four known channels; unknown values under "other"
    qint64 active = 0;
    qint64 technicalError = 0;
    qint64 revoked = 0;
    DelayDistribution delay;
    RequestService requests;

    // Adds another line's counts: certificates, channels, statuses and requests (not its code,
    // name or delays: quantiles do not add up).
    void addCounts(const ProviderDashboard &other)
    {
        certificates += other.certificates;
        for (auto it = other.byChannel.cbegin(); it != other.byChannel.cend(); ++it)
            byChannel[it.key()] += it.value();
        active += other.active;
        technicalError += other.technicalError;
        revoked += other.revoked;
        requests += other.requests;
    }
};

struct Dashboard
{
    Filter filter;
    QDateTime asOf; // UTC
    // The days the timeline covers: the filter's period, or else the first and last day with a
    // record. Null when there is nothing to show.
    QDate firstDay;
    QDate lastDay;
    // Timeline buckets: 1 (a day) when the range is at most timelineDailyLimit days, else 7 (weeks
    // from Monday; the first and last week hold only the range's days).
    int bucketDays = 1;
    QList<QDate> bucketStarts; // the first day of each bucket, clipped to the range
    QMap<QString, QList<qint64>> timeline; // provider -> certificates recorded per bucket
    QList<ProviderDashboard> providers; // by provider code
    ProviderDashboard totals; // code "": sums over the providers (delay: not computed)
    qint64 citizensWithSignature = 0; // distinct citizens with an active or technical-error record
    qint64 population = 0; // the denominator of the share
    bool populationFromRegistry = false; // true with a district filter: the district's citizens
    qint64 providersExcluded = 0;
    // Rows left out because the database cannot read one of their times (SQLite text that is not
    // a time; PostgreSQL's typed columns are always readable). They are DATA_QUALITY findings.
    qint64 unreadableCertificates = 0;
    qint64 unreadableRequests = 0;

    std::optional<double> sharePercent() const
    {
        if (population <= 0)
            return std::nullopt;
        return 100.0 * double(citizensWithSignature) / double(population);
    }
    // The local days of bucket `index` (both ends included).
    std::pair<QDate, QDate> bucketRange(int index) const;
};

// Ranges of up to this many days are drawn per day, longer ones per week.
inline constexpr int timelineDailyLimit = 92;

struct DashboardOptions
{
    QDateTime asOf; // invalid: now
    qint64 requestDeadlineSeconds = 172800; // rules.md request_deadline (§4.4)
};

// What the overview draws, by the figures each piece needs: a partial count (loadDashboard's
// progress) says which of them are complete.
enum class DashboardFigure : unsigned {
    Cards = 0x01, // citizens with a signature, their share of the population, providers excluded
    Timeline = 0x02, // certificates per provider and bucket
    Shares = 0x04, // certificates per provider
    Channels = 0x08, // the channel mix per provider
    Delays = 0x10, // the delay quantiles
    ServiceRate = 0x20, // the requests judged at 48 hours
    ProviderTable = 0x40, // every figure of every provider, and the rows left out
};
Q_DECLARE_FLAGS(DashboardFigures, DashboardFigure)
Q_DECLARE_OPERATORS_FOR_FLAGS(DashboardFigures)
inline constexpr DashboardFigures allDashboardFigures = DashboardFigures::fromInt(0x7f);

// A partial count: the dashboard assembled from the groups of figures counted so far, and which
// figures in it are complete (the others are missing or hold only some of the rows).
using DashboardProgress = std::function<void(const Dashboard &partial, DashboardFigures complete)>;

// Counts the dashboard in the database (aggregate SQL, GROUP BY; only per-provider and per-day
// lines travel), on either engine. The filter's period, district and provider apply to every figure.
Result<Dashboard> loadDashboard(const QSqlDatabase &db, const Filter &filter,
                                const DashboardOptions &options = {});
// The same figures, counted in three groups at once: the channel mix on `connection`, the
// delay quantiles and the small queries each on a read-only connection of its own to the same
// registry, opened and closed here in a thread of its own (SQLite works on one core per
// connection, and its sorts are what the dashboard waits for).
// `progress`, when set, is called as the groups finish, each time more figures are complete,
// with the dashboard assembled from the groups finished so far; the last call carries every
// figure (the dashboard returned). It is called from the counting threads (the caller's and the
// helpers'), one call at a time, never after this returns: post what it receives to the thread
// that shows it. Once a group has failed no further call is made.
Result<Dashboard> loadDashboard(registry::RegistryConnection &connection,
                                const connection::Credentials &credentials, const Filter &filter,
                                const DashboardOptions &options = {}, const DashboardProgress &progress = {});

// The UTC instants [start, end) of a filter's local days (UTC+7); a missing end is open.
std::pair<std::optional<QDateTime>, std::optional<QDateTime>> periodBounds(const Filter &filter);

} // namespace sw::statistics
