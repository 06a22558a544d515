#include "demo/RegistryWriter.h"

#include "connection/SqlError.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoMarker.h"
#include "demo/PostgresRegistryWriter.h"
#include "demo/SqliteRegistryWriter.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::demo {

std::unique_ptr<RegistryWriter> RegistryWriter::create(registry::RegistryConnection &registry)
{
    if (registry.engine() == connection::Engine::Sqlite)
        return std::make_unique<SqliteRegistryWriter>(registry);
    return std::make_unique<PostgresRegistryWriter>(registry);
}

QString RegistryWriter::tableName(DemoTable table)
{
    return registry::contractTables()[size_t(table)].name;
}

QString RegistryWriter::cellText(const Cell &cell)
{
    switch (cell.kind) {
    case Cell::Kind::Null:
        return {};
    case Cell::Kind::Integer:
    case Cell::Kind::Boolean:
        return QString::number(cell.number);
    case Cell::Kind::Text:
        return cell.text;
    case Cell::Kind::Timestamp:
        return formatTimestamp(cell.number);
    case Cell::Kind::Date:
        return formatDate(cell.number);
    }
    return {};
}

Result<void> RegistryWriter::exec(const QString &statement, const QString &what) const
{
    QSqlQuery query(m_registry.database());
    if (!query.exec(statement))
        return connection::sqlError(what, query.lastError());
    return {};
}

Result<QStringList> RegistryWriter::existingContractTables() const
{
    QSqlQuery query(m_registry.database());
    const bool sqlite = m_registry.engine() == connection::Engine::Sqlite;
    const QString sql = sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")
                               : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                                "WHERE table_schema = current_schema()");
    if (!query.exec(sql))
        return connection::sqlError(
            QCoreApplication::translate("Demo", "Could not list the tables of the registry."),
            query.lastError());
    QStringList existing;
    while (query.next()) {
        const QString name = query.value(0).toString();
        if (registry::contractTable(name))
            existing << name;
    }
    existing.sort();
    return existing;
}

Result<void> RegistryWriter::prepareTables(bool replace)
{
    auto existing = existingContractTables();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty()) {
        if (!replace)
            return Error::make(QCoreApplication::translate("Demo",
                                                           "The target already holds registry tables (%1). "
                                                           "Choose another target, or replace them.")
                                   .arg(existing->join(QStringLiteral(", "))),
                               {}, Error::Kind::InvalidInput);
        for (const QString &name : *existing) {
            if (auto dropped
                = exec(QStringLiteral("DROP TABLE ") + name,
                       QCoreApplication::translate("Demo", "Could not drop the old table %1.").arg(name));
                !dropped)
                return dropped;
        }
    }
    // The demo's mark (DemoMarker.h) goes with the tables: a replaced demo gets a new one.
    for (const QString &statement : registry::createTableStatements(m_registry.engine())
             + createDemoMarkerStatements(m_registry.engine())) {
        if (auto made
            = exec(statement, QCoreApplication::translate("Demo", "Could not create the registry tables."));
            !made)
            return made;
    }
    return {};
}

Result<void> RegistryWriter::createIndexesAndCommit(const DemoProgress &progress, int fromPercent)
{
    QSqlDatabase db = m_registry.database();
    const QStringList indexes = registry::createIndexStatements(m_registry.engine());
    for (qsizetype i = 0; i < indexes.size(); ++i) {
        const int percent = fromPercent + int((95 - fromPercent) * i / indexes.size());
        if (progress && !progress(percent, QCoreApplication::translate("Demo", "Creating indexes"))) {
            abort();
            return Error::make(QCoreApplication::translate("Demo", "Generation cancelled."), {},
                               Error::Kind::Cancelled);
        }
        if (auto made
            = exec(indexes.at(i), QCoreApplication::translate("Demo", "Could not create an index."));
            !made) {
            abort();
            return made;
        }
    }
    if (!db.commit()) {
        Error error = connection::sqlError(
            QCoreApplication::translate("Demo", "Could not save the registry."), db.lastError());
        abort();
        return error;
    }
    return {};
}

} // namespace sw::demo
