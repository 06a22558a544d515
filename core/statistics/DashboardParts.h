#pragma once

#include "statistics/DashboardStats.h"

#include <QByteArray>
#include <QSet>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

// Inside the dashboard's count (DashboardStats.cpp and the SQLite certificate pass): what one part
// counted, and what every part is told.
namespace sw::statistics::detail {

// Distinct citizen ids. The contract's ids are 12 digits: those (any all-digit id of up to 17
// digits) are kept as numbers, which sort and merge far cheaper than 600,000 strings in a hash.
class CitizenIdSet
{
public:
    void add(QByteArrayView id);
    // Sorts both sets (as count() does), then merges them.
    void unite(const CitizenIdSet &other);
    // Sorts the ids and drops repeats the first time after an add.
    qint64 count() const;
    // Whether `id` is in the set. Sorts first when needed: several threads may ask at once only
    // after count() has been called once.
    bool contains(QByteArrayView id) const;

private:
    mutable std::vector<qint64> m_numbers; // value · 32 + digits (keeps leading zeros apart)
    mutable bool m_sorted = true;
    QSet<QByteArray> m_texts;
};

// A district's citizens in the registry: their ids, and their rows (the share's denominator:
// every row, an id or not).
struct DistrictCitizens
{
    CitizenIdSet ids;
    qint64 rows = 0;
};

// What one part of the dashboard counted; the parts run one after the other on one connection,
// or at once on several (SQLite has one core per connection), and are merged at the end.
struct Parts
{
    std::map<QString, ProviderDashboard> byCode;
    std::map<QString, std::map<qint64, qint64>> perDay; // provider -> local day number -> certificates
    // provider -> delay in seconds -> certificates (SQLite's passes count them in C++, PostgreSQL
    // groups them): merged over the parts, then turned into each provider's DelayDistribution.
    std::map<QString, std::map<qint64, qint64>> delays;
    qint64 holders = 0;
    // The holders' ids when a part saw only some of the rows (they are counted once merged).
    CitizenIdSet holderIds;
    qint64 population = 0;
    bool populationFromRegistry = false;
    qint64 providersExcluded = 0;
    qint64 unreadableCertificates = 0;
    qint64 unreadableRequests = 0;

    ProviderDashboard &line(const QString &code)
    {
        auto [it, inserted] = byCode.try_emplace(code);
        if (inserted) {
            it->second.code = code;
            it->second.known = false;
        }
        return it->second;
    }
};

struct Context
{
    connection::Engine engine;
    Filter filter;
    DashboardOptions options;
    qint64 asOf; // epoch seconds
    // SQLite: the certificates' rowid ranges [first, last] read by the certificate passes, one
    // pass per range (one range of everything when counting on one connection).
    QList<std::pair<qint64, qint64>> rowidRanges;
    // SQLite with a district filter: the district's citizens, read once before the parts run
    // (prepareSqlite); the certificate passes look them up, the population is their rows.
    std::shared_ptr<const DistrictCitizens> district;
};

using Part = std::function<Result<void>(const QSqlDatabase &, const Context &, Parts &)>;

// What the parts count, so that a partial count knows which figures are complete: a piece is
// complete once every group that counts some of it has finished.
enum Piece : unsigned {
    ProvidersPiece = 0x01, // names, exclusions
    PopulationPiece = 0x02,
    TimelinePiece = 0x04, // certificates per provider and day, and the unreadable ones
    MixPiece = 0x08, // channels and statuses
    HoldersPiece = 0x10,
    DelaysPiece = 0x20,
    RequestsPiece = 0x40,
    AllPieces = 0x7f,
};

// Parts run one after the other on one connection, and the pieces they count.
struct Group
{
    QList<Part> parts;
    unsigned pieces = 0;
};

// The groups that may run at once, on connections of their own.
QList<Group> partGroups(const Context &context);
// The context of one count; an invalid as-of time in `options` is now.
Context makeContext(connection::Engine engine, const Filter &filter, const DashboardOptions &options);
Result<void> runGroup(const QSqlDatabase &db, const Context &context, const QList<Part> &group, Parts &parts);
// SQLite: the rowid ranges of `passes` certificate passes (one: everything, no query) and, with
// a district filter, the district's citizens, into `context`. Nothing on PostgreSQL.
Result<void> prepareSqlite(const QSqlDatabase &db, Context &context, int passes);
// The dashboard from what the parts counted (the groups finished so far, for a partial count).
Dashboard assemble(const Context &context, const QList<const Parts *> &all);
// The figures every piece of which is in `pieces`.
DashboardFigures figuresOf(unsigned pieces);

// SQLite: the certificates of rowid range `range` in one read, counted in C++ (the timeline, the
// channel and status mix, the delays' histogram, the holders' ids and the unreadable records).
Result<void> countCertificatesSqlite(const QSqlDatabase &db, const Context &context, int range, Parts &parts);

// SQLite: the ids of the citizens of `district`, ready for lookups from several threads. One
// read of the citizens costs far less than the certificates joined to them row by row (a random
// look-up in the citizens' key for each certificate: 8 s on the 1.2 M demo, against 0.7 s).
Result<std::shared_ptr<const DistrictCitizens>> readDistrictCitizens(const QSqlDatabase &db,
                                                                     const QString &district);

// A provider's delays from its histogram, interpolated as percentile_cont does (DelayDistribution).
DelayDistribution delayDistribution(const std::map<qint64, qint64> &histogram);

} // namespace sw::statistics::detail
