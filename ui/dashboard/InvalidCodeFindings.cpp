#include "dashboard/InvalidCodeFindings.h"

#include "statistics/ProviderColors.h"

#include <algorithm>

namespace sw::ui {

statistics::Filter invalidCodeFindings(statistics::Filter wanted,
                                       const std::optional<statistics::Dashboard> &dashboard,
                                       const std::optional<statistics::FindingCounts> &counts)
{
    QStringList codes;
    if (dashboard)
        for (const auto &p : dashboard->providers)
            if (!statistics::isKnownProvider(p.code) && !codes.contains(p.code))
                codes << p.code;
    QMap<QString, qint64> found; // the findings of each code, of the clicked rule when there is one
    if (counts)
        for (auto it = counts->byProviderRule.cbegin(); it != counts->byProviderRule.cend(); ++it) {
            if (it.key().isEmpty() || statistics::isKnownProvider(it.key()))
                continue;
            if (!codes.contains(it.key()))
                codes << it.key();
            for (auto r = it.value().cbegin(); r != it.value().cend(); ++r)
                if (wanted.rule.isEmpty() || r.key() == wanted.rule)
                    found[it.key()] += r.value();
        }
    std::sort(codes.begin(), codes.end());
    // Most findings first; equal counts in the codes' order (stable sort).
    std::stable_sort(codes.begin(), codes.end(), [&found](const QString &a, const QString &b) {
        return found.value(a) > found.value(b);
    });
    wanted.provider = codes.value(0);
    return wanted;
}

} // namespace sw::ui
