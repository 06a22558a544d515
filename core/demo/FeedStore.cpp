#include "demo/FeedStore.h"

#include "connection/SqlError.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::demo {

namespace {
const registry::TableDef &tableDef(DemoTable table)
{
    return registry::contractTables()[size_t(table)];
}

// Numbers as numbers; `found` as 0/1 (an INTEGER in SQLite; text that PostgreSQL casts to boolean,
// which has no cast from bigint); times and dates in the contract's text form.
QVariant bound(const Cell &cell, bool postgres)
{
    switch (cell.kind) {
    case Cell::Kind::Null:
        return {};
    case Cell::Kind::Integer:
        return QVariant(cell.number);
    case Cell::Kind::Boolean:
        return postgres ? QVariant(RegistryWriter::cellText(cell)) : QVariant(cell.number);
    default:
        return QVariant(RegistryWriter::cellText(cell));
    }
}

// SQLite's "database is busy / locked" (5, 6): a reader (the console's scan) holds the file; the
// event can be tried again once it lets go.
Error withBusyKind(Error error, const QSqlError &sqlError)
{
    bool isNumber = false;
    const int code = sqlError.nativeErrorCode().toInt(&isNumber) & 0xff;
    // QSQLITE's failed COMMIT keeps SQLite's words but not its code.
    const QString text = sqlError.databaseText();
    if ((isNumber && (code == 5 || code == 6))
        || (!isNumber
            && (text.contains(QLatin1String("database is locked")) || text.contains(QLatin1String("busy")))))
        error.kind = Error::Kind::Unavailable;
    return error;
}

const QString kCertificateColumns = QStringLiteral(
    "id, citizen_id, provider_code, channel, status, activated_at, recorded_at, free_until, revoked_at");
} // namespace

FeedStore::FeedStore(registry::RegistryConnection &registry)
    : m_registry(registry), m_postgres(registry.engine() == connection::Engine::Postgres)
{ }

Result<void> FeedStore::begin()
{
    QSqlDatabase db = m_registry.database();
    if (!db.transaction())
        return withBusyKind(
            connection::sqlError(QCoreApplication::translate("Demo", "Could not start writing the registry."),
                                 db.lastError()),
            db.lastError());
    return {};
}

Result<void> FeedStore::commit()
{
    QSqlDatabase db = m_registry.database();
    if (!db.commit()) {
        Error error = withBusyKind(
            connection::sqlError(QCoreApplication::translate("Demo", "Could not save the registry."),
                                 db.lastError()),
            db.lastError());
        db.rollback();
        return error;
    }
    return {};
}

void FeedStore::rollback()
{
    m_registry.database().rollback();
}

QString FeedStore::placeholder(const QString &postgresType) const
{
    return m_postgres ? QStringLiteral("CAST(? AS %1)").arg(postgresType) : QStringLiteral("?");
}

Result<void> FeedStore::execute(QSqlQuery &query, const QString &what) const
{
    if (!query.exec())
        return withBusyKind(connection::sqlError(what, query.lastError()), query.lastError());
    return {};
}

std::optional<qint64> FeedStore::seconds(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDateTime at = value.metaType().id() == QMetaType::QDateTime
        ? value.toDateTime()
        : QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!at.isValid())
        return std::nullopt;
    return at.toSecsSinceEpoch();
}

std::optional<qint64> FeedStore::days(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDate date = value.metaType().id() == QMetaType::QDate
        ? value.toDate()
        : QDate::fromString(value.toString(), Qt::ISODate);
    if (!date.isValid())
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(date);
}

Result<qint64> FeedStore::nextId(DemoTable table)
{
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral("SELECT MAX(id) FROM ") + tableDef(table).name);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the registry."));
        !done)
        return done.error();
    return query.next() ? query.value(0).toLongLong() + 1 : 1;
}

Result<void> FeedStore::insert(DemoTable table, const Cell *cells)
{
    const registry::TableDef &def = tableDef(table);
    QStringList marks;
    for (const registry::ColumnDef &column : def.columns)
        marks << placeholder(column.postgresType);
    QSqlQuery query(m_registry.database());
    query.prepare(
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(def.name, def.columnNames().join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
    for (size_t i = 0; i < def.columns.size(); ++i)
        query.addBindValue(bound(cells[i], m_postgres));
    return execute(query,
                   QCoreApplication::translate("Demo", "Could not write a row into %1.").arg(def.name));
}

Result<void> FeedStore::update(DemoTable table, const QStringList &columns, const std::vector<Cell> &values,
                               qint64 id)
{
    const registry::TableDef &def = tableDef(table);
    QStringList assignments;
    for (const QString &name : columns) {
        QString type = QStringLiteral("text");
        for (const registry::ColumnDef &column : def.columns) {
            if (column.name == name)
                type = column.postgresType;
        }
        assignments << name + QStringLiteral(" = ") + placeholder(type);
    }
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                      .arg(def.name, assignments.join(QStringLiteral(", "))));
    for (const Cell &value : values)
        query.addBindValue(bound(value, m_postgres));
    query.addBindValue(id);
    return execute(query, QCoreApplication::translate("Demo", "Could not update a row of %1.").arg(def.name));
}

Result<std::optional<FeedCitizen>> FeedStore::citizenAtOrAfter(const QString &key)
{
    QSqlQuery query(m_registry.database());
    query.prepare(
        QStringLiteral("SELECT citizen_id, full_name, birth_date, district_code, phone FROM citizens "
                       "WHERE citizen_id >= ? ORDER BY citizen_id LIMIT 1"));
    query.addBindValue(key);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the citizens."));
        !done)
        return done.error();
    if (!query.next())
        return std::optional<FeedCitizen> {};
    FeedCitizen citizen;
    citizen.id = query.value(0).toString();
    citizen.name = query.value(1).toString();
    citizen.birthDays = days(query.value(2));
    citizen.district = query.value(3).toString();
    citizen.phone = query.value(4).isNull() ? QString() : query.value(4).toString();
    return std::optional<FeedCitizen> {citizen};
}

Result<bool> FeedStore::citizenExists(const QString &id)
{
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral("SELECT count(*) FROM citizens WHERE citizen_id = ?"));
    query.addBindValue(id);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the citizens."));
        !done)
        return done.error();
    return query.next() && query.value(0).toLongLong() > 0;
}

FeedCertificate FeedStore::certificateFrom(const QSqlQuery &query)
{
    FeedCertificate c;
    c.id = query.value(0).toLongLong();
    c.citizenId = query.value(1).toString();
    c.provider = query.value(2).toString();
    c.channel = query.value(3).toString();
    c.status = query.value(4).toString();
    c.activatedAt = seconds(query.value(5));
    c.recordedAt = seconds(query.value(6)).value_or(0);
    c.freeUntil = days(query.value(7));
    c.revokedAt = seconds(query.value(8));
    return c;
}

Result<std::optional<FeedCertificate>> FeedStore::certificateAtOrAfter(qint64 id, const QString &channel)
{
    QSqlQuery query(m_registry.database());
    query.prepare(
        QStringLiteral("SELECT %1 FROM certificates WHERE id >= ?%2 ORDER BY id LIMIT 1")
            .arg(kCertificateColumns, channel.isEmpty() ? QString() : QStringLiteral(" AND channel = ?")));
    query.addBindValue(id);
    if (!channel.isEmpty())
        query.addBindValue(channel);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the certificates."));
        !done)
        return done.error();
    if (!query.next())
        return std::optional<FeedCertificate> {};
    return std::optional<FeedCertificate> {certificateFrom(query)};
}

Result<std::vector<FeedCertificate>> FeedStore::certificatesOf(const QString &citizenId)
{
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE citizen_id = ? ORDER BY id")
                      .arg(kCertificateColumns));
    query.addBindValue(citizenId);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the certificates."));
        !done)
        return done.error();
    std::vector<FeedCertificate> certificates;
    while (query.next())
        certificates.push_back(certificateFrom(query));
    return certificates;
}

Result<QStringList> FeedStore::staffOf(const QString &provider)
{
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral(
        "SELECT DISTINCT staff_id FROM certificates WHERE provider_code = ? AND staff_id IS NOT NULL"));
    query.addBindValue(provider);
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the certificates."));
        !done)
        return done.error();
    QStringList staff;
    while (query.next())
        staff << query.value(0).toString();
    return staff;
}

Result<std::vector<std::pair<QString, qint64>>> FeedStore::doorToDoorSince(qint64 since)
{
    QSqlQuery query(m_registry.database());
    query.prepare(
        QStringLiteral("SELECT staff_id, activated_at FROM certificates WHERE recorded_at >= %1 "
                       "AND channel = 'door_to_door' AND staff_id IS NOT NULL AND activated_at IS NOT NULL")
            .arg(placeholder(QStringLiteral("timestamptz"))));
    query.addBindValue(RegistryWriter::cellText(Cell::timestamp(since)));
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the certificates."));
        !done)
        return done.error();
    std::vector<std::pair<QString, qint64>> visits;
    while (query.next()) {
        if (const auto at = seconds(query.value(1)))
            visits.emplace_back(query.value(0).toString(), *at);
    }
    return visits;
}

Result<std::vector<std::pair<QString, qint64>>> FeedStore::exclusions()
{
    QSqlQuery query(m_registry.database());
    query.prepare(QStringLiteral("SELECT code, excluded_at FROM providers WHERE excluded_at IS NOT NULL"));
    if (auto done = execute(query, QCoreApplication::translate("Demo", "Could not read the providers."));
        !done)
        return done.error();
    std::vector<std::pair<QString, qint64>> excluded;
    while (query.next()) {
        if (const auto at = seconds(query.value(1)))
            excluded.emplace_back(query.value(0).toString(), *at);
    }
    return excluded;
}

} // namespace sw::demo
