#include "statistics/OverviewStats.h"

#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <map>

namespace sw::statistics {

namespace {
Result<void> run(QSqlQuery &query, const QString &sql)
{
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return connection::sqlError(
            QCoreApplication::translate("Statistics", "The registry could not count its records."),
            query.lastError());
    return {};
}
} // namespace

QStringList knownChannels()
{
    return {QStringLiteral("door_to_door"), QStringLiteral("app"), QStringLiteral("hues_request"),
            QStringLiteral("legacy_import")};
}

Result<Overview> loadOverview(const QSqlDatabase &db)
{
    std::map<QString, ProviderOverview> byCode;
    auto line = [&byCode](const QString &code) -> ProviderOverview & {
        auto [it, inserted] = byCode.try_emplace(code);
        if (inserted) {
            it->second.code = code;
            it->second.known = false;
        }
        return it->second;
    };

    QSqlQuery query(db);
    if (auto r = run(query, QStringLiteral("SELECT code, name, excluded_at IS NOT NULL FROM providers")); !r)
        return r.error();
    while (query.next()) {
        ProviderOverview &p = line(query.value(0).toString());
        p.name = query.value(1).toString();
        p.known = true;
        p.excluded = query.value(2).toBool();
    }

    // Counting happens in the database: only one row per provider, channel and status travels.
    if (auto r = run(query,
                     QStringLiteral("SELECT provider_code, channel, status, COUNT(*) "
                                    "FROM certificates GROUP BY provider_code, channel, status"));
        !r)
        return r.error();
    while (query.next()) {
        ProviderOverview &p = line(query.value(0).toString());
        const QString status = query.value(2).toString();
        const qint64 count = query.value(3).toLongLong();
        p.certificatesByChannel[query.value(1).toString()] += count;
        p.certificates += count;
        if (status == QLatin1String("active"))
            p.activeCertificates += count;
        else if (status == QLatin1String("revoked"))
            p.revokedCertificates += count;
    }

    if (auto r = run(query,
                     QStringLiteral("SELECT provider_code, COUNT(*) FROM service_requests "
                                    "GROUP BY provider_code"));
        !r)
        return r.error();
    while (query.next())
        line(query.value(0).toString()).requests += query.value(1).toLongLong();

    if (auto r
        = run(query, QStringLiteral("SELECT provider_code, COUNT(*) FROM lookups GROUP BY provider_code"));
        !r)
        return r.error();
    while (query.next())
        line(query.value(0).toString()).lookups += query.value(1).toLongLong();

    Overview overview;
    if (auto r = run(query, QStringLiteral("SELECT COUNT(*) FROM citizens")); !r)
        return r.error();
    if (query.next())
        overview.citizens = query.value(0).toLongLong();
    // §3.3: a technical-error record also counts as issued.
    if (auto r = run(query,
                     QStringLiteral("SELECT COUNT(DISTINCT citizen_id) FROM certificates "
                                    "WHERE status IN ('active', 'technical_error')"));
        !r)
        return r.error();
    if (query.next())
        overview.citizensWithCertificate = query.value(0).toLongLong();

    for (auto &[code, p] : byCode) {
        overview.providers.append(p);
        ProviderOverview &t = overview.totals;
        for (auto it = p.certificatesByChannel.cbegin(); it != p.certificatesByChannel.cend(); ++it)
            t.certificatesByChannel[it.key()] += it.value();
        t.certificates += p.certificates;
        t.activeCertificates += p.activeCertificates;
        t.revokedCertificates += p.revokedCertificates;
        t.requests += p.requests;
        t.lookups += p.lookups;
    }
    return overview;
}

} // namespace sw::statistics
