#include "demo/DemoMarker.h"

#include "connection/SqlError.h"
#include "demo/DemoCalendar.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::demo {

QString demoMarkerTable()
{
    return QStringLiteral("signwatch_demo");
}

QStringList createDemoMarkerStatements(connection::Engine engine)
{
    // The seed is kept as digits: a 64-bit unsigned seed does not fit PostgreSQL's bigint.
    const bool sqlite = engine == connection::Engine::Sqlite;
    return {
        QStringLiteral("DROP TABLE IF EXISTS ") + demoMarkerTable(),
        QStringLiteral("CREATE TABLE %1 (seed TEXT NOT NULL, citizens %2 NOT NULL, created_at %3 NOT NULL)")
            .arg(demoMarkerTable(), sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint"),
                 sqlite ? QStringLiteral("TEXT") : QStringLiteral("timestamptz"))};
}

Result<void> writeDemoMarker(registry::RegistryConnection &registry, const DemoMarker &marker)
{
    QSqlQuery insert(registry.database());
    const bool sqlite = registry.engine() == connection::Engine::Sqlite;
    insert.prepare(
        QStringLiteral("INSERT INTO %1 (seed, citizens, created_at) VALUES (?, ?, %2)")
            .arg(demoMarkerTable(), sqlite ? QStringLiteral("?") : QStringLiteral("CAST(? AS timestamptz)")));
    insert.addBindValue(QString::number(marker.seed));
    insert.addBindValue(marker.citizens);
    insert.addBindValue(formatTimestamp(marker.createdAt));
    if (!insert.exec())
        return connection::sqlError(QCoreApplication::translate("Demo", "Could not mark the demo registry."),
                                    insert.lastError());
    return {};
}

Result<DemoMarker> readDemoMarker(registry::RegistryConnection &registry)
{
    const bool sqlite = registry.engine() == connection::Engine::Sqlite;
    QSqlQuery query(registry.database());
    const QString exists = sqlite
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT count(*) FROM information_schema.tables "
                         "WHERE table_schema = current_schema() AND table_name = ?");
    query.prepare(exists);
    query.addBindValue(demoMarkerTable());
    if (!query.exec() || !query.next())
        return connection::sqlError(
            QCoreApplication::translate("Demo", "Could not list the tables of the registry."),
            query.lastError());
    const Error notDemo = Error::make(
        QCoreApplication::translate("Demo",
                                    "%1 was not made by signwatch-cli demo (it has no %2 table): demo feed "
                                    "adds invented activity to demo registries only, never to a real one.")
            .arg(registry.spec().displayName(), demoMarkerTable()),
        {}, Error::Kind::InvalidInput);
    if (query.value(0).toLongLong() == 0)
        return notDemo;
    query.finish();
    if (!query.exec(QStringLiteral("SELECT seed, citizens, created_at FROM ") + demoMarkerTable()))
        return connection::sqlError(QCoreApplication::translate("Demo", "Could not read the demo's mark."),
                                    query.lastError());
    if (!query.next())
        return notDemo;
    DemoMarker marker;
    bool ok = false;
    marker.seed = query.value(0).toString().toULongLong(&ok);
    marker.citizens = query.value(1).toLongLong();
    const QVariant created = query.value(2);
    const QDateTime at = created.metaType().id() == QMetaType::QDateTime
        ? created.toDateTime()
        : QDateTime::fromString(created.toString(), Qt::ISODate);
    if (!ok || marker.citizens <= 0 || !at.isValid())
        return Error::make(
            QCoreApplication::translate("Demo", "The demo's mark in %1 is damaged: make the demo again.")
                .arg(registry.spec().displayName()),
            {}, Error::Kind::InvalidInput);
    marker.createdAt = at.toSecsSinceEpoch();
    return marker;
}

} // namespace sw::demo
