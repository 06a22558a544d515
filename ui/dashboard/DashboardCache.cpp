#include "dashboard/DashboardCache.h"

namespace sw::ui {

std::optional<statistics::Dashboard> DashboardCache::find(const Key &key, const QDateTime &now)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key) {
            const QDateTime counted = m_entries.at(i).dashboard.asOf;
            if (!counted.isValid() || counted.secsTo(now) > m_maxAgeSeconds) {
                m_entries.removeAt(i);
                return std::nullopt;
            }
            m_entries.move(i, m_entries.size() - 1);
            return m_entries.constLast().dashboard;
        }
    }
    return std::nullopt;
}

void DashboardCache::insert(const Key &key, const statistics::Dashboard &dashboard)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).key == key) {
            m_entries.removeAt(i);
            break;
        }
    }
    m_entries.append({key, dashboard});
    while (m_entries.size() > m_capacity)
        m_entries.removeFirst();
}

} // namespace sw::ui
