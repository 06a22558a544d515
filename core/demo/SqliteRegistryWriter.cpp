#include "demo/SqliteRegistryWriter.h"

#include "connection/SqlError.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sw::demo {

SqliteRegistryWriter::SqliteRegistryWriter(registry::RegistryConnection &registry) : RegistryWriter(registry)
{ }

SqliteRegistryWriter::~SqliteRegistryWriter()
{
    if (m_inTransaction)
        abort();
}

Result<void> SqliteRegistryWriter::begin(bool replace)
{
    QSqlDatabase db = m_registry.database();
    // SQLite's rollback journal stays on: a load killed half-way into an existing file leaves the
    // file as it was (a new file is written under a temporary name: StagedRegistryFile). Rows
    // appended to a new database are not journaled, so the journal costs the load little.
    for (const char *pragma : {"PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
        if (auto done
            = exec(QLatin1String(pragma),
                   QCoreApplication::translate("Demo", "The SQLite file refused the loading settings."));
            !done)
            return done;
    }
    if (!db.transaction())
        return connection::sqlError(
            QCoreApplication::translate("Demo", "Could not start writing the registry."), db.lastError());
    m_inTransaction = true;
    if (auto prepared = prepareTables(replace); !prepared) {
        abort();
        return prepared;
    }
    const auto &tables = registry::contractTables();
    for (size_t t = 0; t < size_t(DemoTable::Count); ++t) {
        const QStringList columns = tables[t].columnNames();
        QStringList marks;
        for (qsizetype i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        QSqlQuery &insert = m_inserts[t].emplace(db);
        m_columnCounts[t] = int(columns.size());
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                .arg(tables[t].name, columns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", "))))) {
            Error error = connection::sqlError(
                QCoreApplication::translate("Demo", "Could not prepare the inserts."), insert.lastError());
            abort();
            return error;
        }
    }
    return {};
}

Result<void> SqliteRegistryWriter::add(DemoTable table, const Cell *cells)
{
    QSqlQuery &insert = *m_inserts[size_t(table)];
    const int count = m_columnCounts[size_t(table)];
    for (int i = 0; i < count; ++i) {
        const Cell &cell = cells[i];
        switch (cell.kind) {
        case Cell::Kind::Null:
            insert.bindValue(i, QVariant());
            break;
        case Cell::Kind::Integer:
        case Cell::Kind::Boolean: // registry.md: found is INTEGER 0/1 in SQLite
            insert.bindValue(i, QVariant(cell.number));
            break;
        case Cell::Kind::Text:
            insert.bindValue(i, QVariant(cell.text));
            break;
        case Cell::Kind::Timestamp:
        case Cell::Kind::Date:
            insert.bindValue(i, QVariant(cellText(cell)));
            break;
        }
    }
    if (!insert.exec())
        return connection::sqlError(
            QCoreApplication::translate("Demo", "Could not write a row into %1.").arg(tableName(table)),
            insert.lastError());
    return {};
}

Result<void> SqliteRegistryWriter::finish(const DemoProgress &progress, int fromPercent)
{
    for (auto &insert : m_inserts)
        insert.reset();
    if (auto committed = createIndexesAndCommit(progress, fromPercent); !committed)
        return committed;
    m_inTransaction = false;
    if (progress)
        progress(95, QCoreApplication::translate("Demo", "Updating statistics"));
    // The scans' planner needs the statistics; a real registry has them.
    return exec(QStringLiteral("ANALYZE"),
                QCoreApplication::translate("Demo", "Could not analyse the registry."));
}

void SqliteRegistryWriter::abort()
{
    for (auto &insert : m_inserts)
        insert.reset();
    if (m_inTransaction) {
        m_registry.database().rollback();
        m_inTransaction = false;
    }
}

} // namespace sw::demo
