#include "statistics/ProviderGroups.h"

#include "statistics/ProviderColors.h"

#include <algorithm>

namespace sw::statistics {

Dashboard groupInvalidProviders(const Dashboard &dashboard)
{
    Dashboard grouped = dashboard;
    grouped.providers.clear();
    grouped.timeline.clear();
    ProviderDashboard invalid;
    invalid.code = invalidProviderKey();
    invalid.known = false;
    QStringList codes;
    int delays = 0;
    for (const ProviderDashboard &p : dashboard.providers) {
        if (isKnownProvider(p.code)) {
            grouped.providers << p;
            continue;
        }
        codes << p.code;
        invalid.addCounts(p);
        if (p.delay.count > 0) {
            invalid.delay = p.delay;
            ++delays;
        }
    }
    if (delays > 1)
        invalid.delay = {}; // quantiles of several codes are not those of their union
    if (!codes.isEmpty()) {
        invalid.name = invalidCodesText(codes);
        grouped.providers << invalid;
    }
    for (auto it = dashboard.timeline.cbegin(); it != dashboard.timeline.cend(); ++it) {
        QList<qint64> &line = grouped.timeline[providerGroupKey(it.key())];
        if (line.size() < it.value().size())
            line.resize(it.value().size(), 0);
        for (int i = 0; i < it.value().size(); ++i)
            line[i] += it.value().at(i);
    }
    return grouped;
}

QMap<QString, qint64> groupInvalidCounts(const QMap<QString, qint64> &byProvider)
{
    QMap<QString, qint64> grouped;
    for (auto it = byProvider.cbegin(); it != byProvider.cend(); ++it)
        grouped[it.key().isEmpty() ? QString() : providerGroupKey(it.key())] += it.value();
    return grouped;
}

QString invalidCodesText(const QStringList &codes)
{
    QStringList invalid;
    for (const QString &code : codes)
        if (!isKnownProvider(code) && !invalid.contains(code))
            invalid << code;
    std::sort(invalid.begin(), invalid.end());
    return invalid.join(QStringLiteral(", "));
}

} // namespace sw::statistics
