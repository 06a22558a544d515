#pragma once

#include "demo/RegistryWriter.h"
#include "registry/RegistryConnection.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <vector>

namespace sw::demo {

// What the live feed reads of a citizen and of a certificate; times in UTC seconds, dates in days
// since 1970 (DemoCalendar.h).
struct FeedCitizen
{
    QString id;
    QString name;
    std::optional<qint64> birthDays;
    QString district;
    QString phone;
};

struct FeedCertificate
{
    qint64 id = 0;
    QString citizenId;
    QString provider;
    QString channel;
    QString status;
    std::optional<qint64> activatedAt;
    qint64 recordedAt = 0;
    std::optional<qint64> freeUntil;
    std::optional<qint64> revokedAt;

    // rules.md "held at τ": on Hue-S and not revoked at τ.
    bool heldAt(qint64 at) const { return recordedAt <= at && (!revokedAt || *revokedAt > at); }
};

// The live feed's reads and writes on a demo registry, on either engine, each in the short
// transaction DemoFeed opens per event. Values travel in the contract's text forms (registry.md),
// cast on PostgreSQL as the demo's writer casts them.
class FeedStore
{
public:
    explicit FeedStore(registry::RegistryConnection &registry);

    Result<void> begin();
    Result<void> commit();
    void rollback();

    // The next id of a table: one past its largest (the demo's rows, earlier feeds, other writers).
    Result<qint64> nextId(DemoTable table);
    Result<void> insert(DemoTable table, const Cell *cells);
    // UPDATE table SET column = value, … WHERE id = `id`.
    Result<void> update(DemoTable table, const QStringList &columns, const std::vector<Cell> &values,
                        qint64 id);

    // The first citizen whose id sorts at or after `key`.
    Result<std::optional<FeedCitizen>> citizenAtOrAfter(const QString &key);
    Result<bool> citizenExists(const QString &id);
    // The first certificate with an id at or after `id` (and channel `channel`, when given).
    Result<std::optional<FeedCertificate>> certificateAtOrAfter(qint64 id, const QString &channel = {});
    Result<std::vector<FeedCertificate>> certificatesOf(const QString &citizenId);
    // Staff accounts that entered certificates of a provider.
    Result<QStringList> staffOf(const QString &provider);
    // (staff, activated_at) of door-to-door certificates recorded since `since`.
    Result<std::vector<std::pair<QString, qint64>>> doorToDoorSince(qint64 since);
    // code -> excluded_at (UTC seconds) of the providers removed from the programme.
    Result<std::vector<std::pair<QString, qint64>>> exclusions();

private:
    QString placeholder(const QString &postgresType) const;
    Result<void> execute(QSqlQuery &query, const QString &what) const;
    static std::optional<qint64> seconds(const QVariant &value);
    static std::optional<qint64> days(const QVariant &value);
    static FeedCertificate certificateFrom(const QSqlQuery &query);

    registry::RegistryConnection &m_registry;
    bool m_postgres = false;
};

} // namespace sw::demo
