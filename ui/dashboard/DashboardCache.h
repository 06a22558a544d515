#pragma once

#include "statistics/DashboardStats.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sw::ui {

// The dashboards the overview page counted last, so that going back to a filter or period seen a
// moment ago shows its figures at once, without a query (issue 17). One entry per registry, as-of
// day, filter and request deadline; the oldest entry goes when a new one would pass `capacity`.
// Findings counts are not kept here: they come from the findings store on every change.
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

    explicit DashboardCache(int capacity = 8) : m_capacity(qMax(1, capacity)) { }

    // The figures counted for `key`, now the most recently used; nullopt when none are kept.
    std::optional<statistics::Dashboard> find(const Key &key);
    void insert(const Key &key, const statistics::Dashboard &dashboard);
    void clear() { m_entries.clear(); }
    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }

private:
    struct Entry
    {
        Key key;
        statistics::Dashboard dashboard;
    };

    int m_capacity;
    QList<Entry> m_entries; // most recently used last
};

} // namespace sw::ui
