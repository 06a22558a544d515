// The dashboard counted in groups side by side (DashboardStats.h), each on a connection of its
// own, and the partial counts shown while the others still run (issue 17: each chart fills in as
// its figures arrive).
#include "statistics/DashboardParts.h"
#include "statistics/DashboardStats.h"

#include "registry/RegistryConnection.h"

#include <mutex>
#include <thread>

namespace sw::statistics {

namespace detail {

DashboardFigures figuresOf(unsigned pieces)
{
    const auto has = [pieces](unsigned wanted) { return (pieces & wanted) == wanted; };
    DashboardFigures figures;
    if (has(HoldersPiece | PopulationPiece | ProvidersPiece))
        figures |= DashboardFigure::Cards;
    if (has(TimelinePiece))
        figures |= DashboardFigure::Timeline | DashboardFigure::Shares;
    // The "other" channel is the certificates less the known channels.
    if (has(TimelinePiece | MixPiece))
        figures |= DashboardFigure::Channels;
    if (has(DelaysPiece))
        figures |= DashboardFigure::Delays;
    if (has(RequestsPiece))
        figures |= DashboardFigure::ServiceRate;
    if (has(AllPieces))
        figures |= DashboardFigure::ProviderTable;
    return figures;
}

} // namespace detail

namespace {

using detail::Context;
using detail::Group;
using detail::Parts;

// Hands the groups finished so far to the caller's progress, one group at a time, whenever they
// complete more figures than the last call had. The last group's call is left to loadDashboard,
// which assembles the whole dashboard once all are joined.
class PartialCounts
{
public:
    PartialCounts(const Context &context, const QList<Group> &groups, const QList<Parts> &parts,
                  const DashboardProgress &progress)
        : m_context(context),
          m_groups(groups),
          m_parts(parts),
          m_progress(progress),
          m_done(groups.size(), false)
    { }

    void finished(int group)
    {
        if (!m_progress)
            return;
        const std::lock_guard lock(m_mutex);
        m_done[group] = true;
        unsigned pending = 0;
        QList<const Parts *> counted;
        for (int i = 0; i < m_groups.size(); ++i) {
            if (m_done.at(i))
                counted << &m_parts.at(i);
            else
                pending |= m_groups.at(i).pieces;
        }
        if (m_failed || pending == 0)
            return;
        const DashboardFigures complete = detail::figuresOf(detail::AllPieces & ~pending);
        if (complete == m_shown)
            return;
        m_shown = complete;
        m_progress(detail::assemble(m_context, counted), complete);
    }

    void failed()
    {
        const std::lock_guard lock(m_mutex);
        m_failed = true;
    }

private:
    const Context &m_context;
    const QList<Group> &m_groups;
    const QList<Parts> &m_parts;
    const DashboardProgress &m_progress;
    std::mutex m_mutex;
    std::vector<bool> m_done;
    DashboardFigures m_shown;
    bool m_failed = false;
};

} // namespace

Result<Dashboard> loadDashboard(registry::RegistryConnection &connection,
                                const connection::Credentials &credentials, const Filter &filter,
                                const DashboardOptions &options, const DashboardProgress &progress)
{
    Context context = detail::makeContext(connection.engine(), filter, options);
    // SQLite: two reads of the certificates side by side (the machines the console runs on have
    // two cores or more).
    if (auto r = detail::prepareSqlite(connection.database(), context, 2); !r)
        return r.error();
    const QList<Group> groups = detail::partGroups(context);
    QList<Parts> parts(groups.size());
    std::vector<std::optional<Error>> errors(groups.size());
    PartialCounts partial(context, groups, parts, progress);
    const auto run = [&](const QSqlDatabase &db, int i) {
        if (auto r = detail::runGroup(db, context, groups.at(i).parts, parts[i]); !r) {
            errors[i] = r.error();
            partial.failed();
            return;
        }
        partial.finished(i);
    };
    std::vector<std::thread> helpers;
    const connection::ConnectionSpec spec = connection.spec();
    for (int i = 1; i < groups.size(); ++i) {
        helpers.emplace_back([&, i] {
            // QtSql: a connection belongs to the thread that opened it.
            auto own = registry::RegistryConnection::open(spec, credentials);
            if (!own) {
                errors[i] = own.error();
                partial.failed();
                return;
            }
            run((*own)->database(), i);
        });
    }
    run(connection.database(), 0);
    for (std::thread &helper : helpers)
        helper.join();
    for (const auto &error : errors) {
        if (error)
            return *error;
    }
    QList<const Parts *> counted;
    for (const Parts &p : parts)
        counted << &p;
    Dashboard dashboard = detail::assemble(context, counted);
    if (progress)
        progress(dashboard, allDashboardFigures);
    return dashboard;
}

} // namespace sw::statistics
