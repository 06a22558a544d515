#pragma once

#include "statistics/DashboardStats.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace sw::ui {

// The dashboards the overview page counted last, so that going back to a filter or period seen a
// moment ago shows its figures at once, without a query (issue 17). One entry per registry, as-of
// day, filter and request deadline; the oldest entry goes when a new one would pass `capacity`.
// Figures counted more than `maxAgeSeconds` ago are counted again: a registry in use receives
// records all day. Findings counts are not kept here: they come from the findings store on every
// change.
class DashboardCache
{
public:
    struct Key
    {
        QString registryKey; // ConnectionSpec::registryKey()
        QDate asOfDay; // the province's day the figures were counted on: a new day counts again
        statistics::Filter filter;
        qint64 requestDeadlineSeconds = 0;

        bool operator==(const Key &other) const = default;
    };

    explicit DashboardCache(int capacity = 8, qint64 maxAgeSeconds = 600)
        : m_capacity(qMax(1, capacity)), m_maxAgeSeconds(qMax<qint64>(0, maxAgeSeconds))
    { }

    // The figures counted for `key` (their Dashboard::asOf) at most maxAge() before `now`, now the
    // most recently used; nullopt when none are kept. Older figures are forgotten.
    std::optional<statistics::Dashboard> find(const Key &key, const QDateTime &now);
    void insert(const Key &key, const statistics::Dashboard &dashboard);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }
    qint64 maxAgeSeconds() const { return m_maxAgeSeconds; }

private:
    struct Entry
    {
        Key key;
        statistics::Dashboard dashboard;
    };

    int m_capacity;
    qint64 m_maxAgeSeconds;
    QList<Entry> m_entries; // most recently used last
};

} // namespace sw::ui
