#include "demo/PostgresRegistryWriter.h"

#include "connection/SqlError.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sw::demo {

PostgresRegistryWriter::PostgresRegistryWriter(registry::RegistryConnection &registry)
    : RegistryWriter(registry)
{ }

PostgresRegistryWriter::~PostgresRegistryWriter()
{
    if (m_inTransaction)
        abort();
}

Result<void> PostgresRegistryWriter::begin(bool replace)
{
    QSqlDatabase db = m_registry.database();
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
        QStringList arrays;
        for (const registry::ColumnDef &column : tables[t].columns)
            arrays << QStringLiteral("CAST(? AS %1[])").arg(column.postgresType);
        Batch &batch = m_batches[t];
        batch.columns.assign(tables[t].columns.size(), QStringLiteral("{"));
        QSqlQuery &insert = batch.insert.emplace(db);
        if (!insert.prepare(QStringLiteral("INSERT INTO %1 (%2) SELECT * FROM unnest(%3)")
                                .arg(tables[t].name, tables[t].columnNames().join(QStringLiteral(", ")),
                                     arrays.join(QStringLiteral(", "))))) {
            Error error = connection::sqlError(
                QCoreApplication::translate("Demo", "Could not prepare the inserts."), insert.lastError());
            abort();
            return error;
        }
    }
    return {};
}

void PostgresRegistryWriter::appendElement(QString &array, const Cell &cell)
{
    if (array.size() > 1)
        array += QLatin1Char(',');
    switch (cell.kind) {
    case Cell::Kind::Null:
        array += QLatin1String("NULL"); // unquoted: SQL NULL, not the text "NULL"
        return;
    case Cell::Kind::Text: {
        // Array-literal quoting: backslash and double quote are escaped with a backslash.
        array += QLatin1Char('"');
        for (const QChar c : cell.text) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                array += QLatin1Char('\\');
            array += c;
        }
        array += QLatin1Char('"');
        return;
    }
    default:
        // Digits, 0/1, and the contract's timestamp and date forms need no quoting.
        array += cellText(cell);
        return;
    }
}

Result<void> PostgresRegistryWriter::add(DemoTable table, const Cell *cells)
{
    Batch &batch = m_batches[size_t(table)];
    for (size_t i = 0; i < batch.columns.size(); ++i)
        appendElement(batch.columns[i], cells[i]);
    if (++batch.rows >= kBatchRows)
        return flush(table);
    return {};
}

Result<void> PostgresRegistryWriter::flush(DemoTable table)
{
    Batch &batch = m_batches[size_t(table)];
    if (batch.rows == 0)
        return {};
    QSqlQuery &insert = *batch.insert;
    for (size_t i = 0; i < batch.columns.size(); ++i) {
        batch.columns[i] += QLatin1Char('}');
        insert.bindValue(int(i), batch.columns[i]);
    }
    const bool done = insert.exec();
    for (QString &column : batch.columns)
        column = QStringLiteral("{");
    batch.rows = 0;
    if (!done)
        return connection::sqlError(
            QCoreApplication::translate("Demo", "Could not write rows into %1.").arg(tableName(table)),
            insert.lastError());
    return {};
}

Result<void> PostgresRegistryWriter::finish(const DemoProgress &progress, int fromPercent)
{
    for (size_t t = 0; t < size_t(DemoTable::Count); ++t) {
        if (auto flushed = flush(DemoTable(t)); !flushed) {
            abort();
            return flushed;
        }
    }
    for (Batch &batch : m_batches)
        batch.insert.reset();
    if (auto committed = createIndexesAndCommit(progress, fromPercent); !committed)
        return committed;
    m_inTransaction = false;
    if (progress)
        progress(95, QCoreApplication::translate("Demo", "Updating statistics"));
    // Only the contract tables: the database may hold other people's tables too.
    QStringList names;
    for (const registry::TableDef &table : registry::contractTables())
        names << table.name;
    return exec(QStringLiteral("ANALYZE ") + names.join(QStringLiteral(", ")),
                QCoreApplication::translate("Demo", "Could not analyse the registry."));
}

void PostgresRegistryWriter::abort()
{
    for (Batch &batch : m_batches)
        batch.insert.reset();
    if (m_inTransaction) {
        m_registry.database().rollback();
        m_inTransaction = false;
    }
}

} // namespace sw::demo
