#include "statistics/DashboardParts.h"

#include "registry/SqliteFunctions.h"
#include "statistics/OverviewStats.h"

#include <algorithm>
#include <charconv>
#include <iterator>
#include <limits>
#include <unordered_map>
#include <vector>

// SQLite has no hash aggregation: every GROUP BY over the certificates is a sort of 600,000 rows
// (the channel mix, the timeline and the delays' histogram each took 1–3 s of CPU on the demo
// registry, the delays' window sums over the sorted rows most of all). One read of the rows
// through the SQLite API, counted in C++ into a handful of per-provider lines, costs less than
// one of those sorts. SQLite still reads the times (unixepoch()), so every figure is what the
// SQL of the other engine counts, row for row.

namespace sw::statistics::detail {

namespace {
constexpr qint64 localOffset = 7 * 3600; // Asia/Ho_Chi_Minh, no daylight saving
constexpr qint64 daySeconds = 86400;

std::optional<qint64> integerOf(QByteArrayView text)
{
    if (text.isNull())
        return std::nullopt;
    qint64 value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size())
        return std::nullopt;
    return value;
}

// An id of 1 to 17 digits as a number (value · 32 + digits, which keeps leading zeros apart);
// nullopt for any other id.
std::optional<qint64> numberOf(QByteArrayView id)
{
    if (id.size() < 1 || id.size() > 17)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : id) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value * 32 + id.size();
}

// The lines of the providers seen so far, found by the code's bytes (a handful of codes, and the
// rows of one provider often come in runs).
class Lines
{
public:
    explicit Lines(Parts &parts) : m_parts(parts) { }

    struct Line
    {
        QByteArray code;
        ProviderDashboard *figures = nullptr;
        std::map<qint64, qint64> *perDay = nullptr;
        std::map<qint64, qint64> *delays = nullptr;
        qint64 channels[4] = {}; // as knownChannels(), added to the figures by flush()
        qint64 lastDay = std::numeric_limits<qint64>::min(); // rows come roughly in time order
        qint64 *lastDayCount = nullptr;
        std::unordered_map<qint64, qint64> delayCounts; // ordered into *delays by flush()
    };

    Line &of(QByteArrayView code)
    {
        if (m_last < m_lines.size() && m_lines[m_last].code == code)
            return m_lines[m_last];
        for (m_last = 0; m_last < m_lines.size(); ++m_last) {
            if (m_lines[m_last].code == code)
                return m_lines[m_last];
        }
        const QString name = QString::fromUtf8(code);
        Line &line = m_lines.emplace_back();
        line.code = code.toByteArray();
        line.figures = &m_parts.line(name);
        line.perDay = &m_parts.perDay[name];
        line.delays = &m_parts.delays[name];
        return line;
    }

    void flush(const QStringList &channels)
    {
        for (const Line &line : m_lines) {
            for (qsizetype i = 0; i < channels.size(); ++i)
                line.figures->byChannel[channels.at(i)] += line.channels[i];
            for (const auto &[value, count] : line.delayCounts)
                (*line.delays)[value] += count;
        }
    }

private:
    Parts &m_parts;
    std::vector<Line> m_lines;
    size_t m_last = 0;
};
} // namespace

Result<std::shared_ptr<const DistrictCitizens>> readDistrictCitizens(const QSqlDatabase &db,
                                                                     const QString &district)
{
    auto citizens = std::make_shared<DistrictCitizens>();
    const Result<void> read = registry::readSqliteTextRows(
        db, QStringLiteral("SELECT citizen_id FROM citizens WHERE district_code = :district"),
        {{QStringLiteral(":district"), district}}, 1, [&](const QByteArrayView *row) {
            ++citizens->rows;
            if (!row[0].isNull())
                citizens->ids.add(row[0]);
        });
    if (!read)
        return read.error();
    citizens->ids.count(); // sorted now: lookups from several threads need no more writes
    return std::shared_ptr<const DistrictCitizens>(std::move(citizens));
}

Result<void> countCertificatesSqlite(const QSqlDatabase &db, const Context &context, int range, Parts &parts)
{
    const Filter &filter = context.filter;
    // The district's citizens as a set in memory, not a join (prepareSqlite read them).
    const DistrictCitizens *district = context.district.get();
    Q_ASSERT(filter.district.isEmpty() || district);
    QString sql = QStringLiteral("SELECT c.provider_code, unixepoch(c.recorded_at), c.channel, c.status, "
                                 "unixepoch(c.activated_at), c.citizen_id FROM certificates c NOT INDEXED"
                                 " WHERE c.rowid BETWEEN :first AND :last");
    if (!filter.provider.isEmpty())
        sql += QStringLiteral(" AND c.provider_code = :provider");
    const auto [first, last] = context.rowidRanges.value(range);
    const QList<std::pair<QString, QVariant>> bindings = {{QStringLiteral(":first"), first},
                                                          {QStringLiteral(":last"), last},
                                                          {QStringLiteral(":provider"), filter.provider}};

    // The period's instants and the as-of cut, as Scope::where puts them.
    const auto [lo, hi] = periodBounds(filter);
    const qint64 from = lo ? lo->toSecsSinceEpoch() : std::numeric_limits<qint64>::min();
    const qint64 until = hi ? hi->toSecsSinceEpoch() : std::numeric_limits<qint64>::max();
    const qint64 asOf = context.asOf;
    const QStringList channelNames = knownChannels();
    Q_ASSERT(channelNames.size() == 4);
    QList<QByteArray> channels;
    for (const QString &channel : channelNames)
        channels << channel.toUtf8();
    const QByteArrayView legacy("legacy_import");

    Lines lines(parts);
    const Result<void> read
        = registry::readSqliteTextRows(db, sql, bindings, 6, [&](const QByteArrayView *row) {
              if (district && (row[5].isNull() || !district->ids.contains(row[5])))
                  return; // another district's citizen (or none): not in the join
              const std::optional<qint64> recorded = integerOf(row[1]);
              if (!recorded) {
                  ++parts.unreadableCertificates; // no time, no place in any figure
                  return;
              }
              const qint64 t = *recorded;
              if (t > asOf || t < from || t >= until)
                  return;
              Lines::Line &line = lines.of(row[0]);
              ProviderDashboard &p = *line.figures;
              ++p.certificates;
              const qint64 day = (t + localOffset) / daySeconds; // truncated, as SQLite divides
              if (day != line.lastDay) {
                  line.lastDay = day;
                  line.lastDayCount = &(*line.perDay)[day];
              }
              ++*line.lastDayCount;
              const QByteArrayView channel = row[2];
              for (qsizetype i = 0; i < channels.size(); ++i) {
                  if (channel == channels.at(i)) {
                      ++line.channels[i];
                      break;
                  }
              }
              const QByteArrayView status = row[3];
              const bool active = status == QByteArrayView("active");
              const bool technicalError = !active && status == QByteArrayView("technical_error");
              if (active)
                  ++p.active;
              else if (technicalError)
                  ++p.technicalError;
              else if (status == QByteArrayView("revoked"))
                  ++p.revoked;
              // Legacy imports were activated before the programme: no delay (countDelays).
              if (channel != legacy) {
                  if (const std::optional<qint64> activated = integerOf(row[4]))
                      ++line.delayCounts[t - *activated];
              }
              if (active || technicalError)
                  parts.holderIds.add(row[5]);
          });
    lines.flush(channelNames);
    // Sorted here, in the pass's own thread: the passes' ids are then merged in one go.
    parts.holderIds.count();
    return read;
}

void CitizenIdSet::add(QByteArrayView id)
{
    if (const std::optional<qint64> number = numberOf(id)) {
        m_numbers.push_back(*number);
        m_sorted = false;
        return;
    }
    m_texts.insert(id.toByteArray());
}

void CitizenIdSet::unite(const CitizenIdSet &other)
{
    // Both sorted and without repeats (as count() leaves them): one merge, in linear time.
    count();
    other.count();
    std::vector<qint64> merged;
    merged.reserve(m_numbers.size() + other.m_numbers.size());
    std::set_union(m_numbers.begin(), m_numbers.end(), other.m_numbers.begin(), other.m_numbers.end(),
                   std::back_inserter(merged));
    m_numbers.swap(merged);
    m_texts.unite(other.m_texts);
}

bool CitizenIdSet::contains(QByteArrayView id) const
{
    if (const std::optional<qint64> number = numberOf(id)) {
        count(); // sorts when needed
        return std::binary_search(m_numbers.begin(), m_numbers.end(), *number);
    }
    return m_texts.contains(id.toByteArray());
}

qint64 CitizenIdSet::count() const
{
    if (!m_sorted) {
        std::sort(m_numbers.begin(), m_numbers.end());
        m_numbers.erase(std::unique(m_numbers.begin(), m_numbers.end()), m_numbers.end());
        m_sorted = true;
    }
    return qint64(m_numbers.size()) + m_texts.size();
}

DelayDistribution delayDistribution(const std::map<qint64, qint64> &histogram)
{
    DelayDistribution d;
    for (const auto &[value, count] : histogram)
        d.count += count;
    if (d.count == 0)
        return d;
    d.minimum = double(histogram.begin()->first);
    d.maximum = double(histogram.rbegin()->first);
    // The value at 0-based rank r is the smallest delay whose running count exceeds r; between
    // ranks (n − 1)·p/100 and the next, linear (percentile_cont), in integers as far as can be.
    auto at = [&histogram](qint64 rank) {
        qint64 running = 0;
        for (const auto &[value, count] : histogram) {
            running += count;
            if (running > rank)
                return value;
        }
        return histogram.rbegin()->first;
    };
    auto quantile = [&](qint64 percent) {
        const qint64 rank = (d.count - 1) * percent / 100;
        const double fraction = double((d.count - 1) * percent % 100) / 100.0;
        const qint64 lower = at(rank);
        const qint64 upper = rank + 1 < d.count ? at(rank + 1) : lower;
        return double(lower) + fraction * double(upper - lower);
    };
    d.p05 = quantile(5);
    d.q1 = quantile(25);
    d.median = quantile(50);
    d.q3 = quantile(75);
    d.p95 = quantile(95);
    return d;
}

} // namespace sw::statistics::detail
