#include "registry/ContractCheck.h"

#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlRecord>

namespace sw::registry {

QStringList ContractReport::problems() const
{
    QStringList lines;
    for (const QString &table : missingTables)
        lines << QCoreApplication::translate("Registry", "Missing table: %1").arg(table);
    for (const MissingColumn &c : missingColumns)
        lines << QCoreApplication::translate("Registry", "Missing column: %1.%2").arg(c.table, c.column);
    return lines;
}

Result<ContractReport> checkContract(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return Error::make(QCoreApplication::translate("Registry", "The registry is not open."));
    // Names compare case-insensitively: PostgreSQL folds unquoted names to lower case.
    QStringList present;
    for (const QString &table : db.tables(QSql::Tables))
        present << table.toLower();
    if (present.isEmpty() && db.lastError().isValid())
        return sqlError(
            QCoreApplication::translate("Registry", "Could not read the registry's list of tables."),
            db.lastError());

    ContractReport report;
    for (const TableDef &table : contractTables()) {
        if (!present.contains(table.name)) {
            report.missingTables << table.name;
            continue;
        }
        const QSqlRecord record = db.record(table.name);
        QStringList columns;
        for (int i = 0; i < record.count(); ++i)
            columns << record.fieldName(i).toLower();
        for (const ColumnDef &column : table.columns)
            if (!columns.contains(column.name))
                report.missingColumns.append({table.name, column.name});
    }
    return report;
}

} // namespace sw::registry
