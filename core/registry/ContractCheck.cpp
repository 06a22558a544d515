#include "registry/ContractCheck.h"

#include "connection/SqlError.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::registry {

QStringList ContractReport::problems() const
{
    QStringList lines;
    for (const QString &table : missingTables)
        lines << QCoreApplication::translate("Registry", "Missing table: %1").arg(table);
    for (const MissingColumn &c : missingColumns)
        lines << QCoreApplication::translate("Registry", "Missing column: %1.%2").arg(c.table, c.column);
    for (const WrongType &w : wrongTypes)
        lines << QCoreApplication::translate("Registry", "Wrong type: %1.%2 is %3, the contract says %4")
                     .arg(w.table, w.column, w.actual, w.expected);
    return lines;
}

namespace {

bool isSqlite(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QSQLITE");
}

// SQLite's rules for a declared type's affinity (sqlite.org/datatype3.html §3.1), in their order.
QString sqliteAffinity(const QString &declared)
{
    const QString type = declared.toUpper();
    if (type.contains(QLatin1String("INT")))
        return QStringLiteral("INTEGER");
    if (type.contains(QLatin1String("CHAR")) || type.contains(QLatin1String("CLOB"))
        || type.contains(QLatin1String("TEXT")))
        return QStringLiteral("TEXT");
    if (type.isEmpty() || type.contains(QLatin1String("BLOB")))
        return QStringLiteral("BLOB");
    if (type.contains(QLatin1String("REAL")) || type.contains(QLatin1String("FLOA"))
        || type.contains(QLatin1String("DOUB")))
        return QStringLiteral("REAL");
    return QStringLiteral("NUMERIC");
}

// The PostgreSQL types that hold a contract type as the rules read it.
bool postgresTypeFits(const QString &contract, const QString &actual)
{
    if (contract == QLatin1String("bigint"))
        return actual == QLatin1String("bigint") || actual == QLatin1String("integer");
    if (contract == QLatin1String("text"))
        return actual == QLatin1String("text") || actual == QLatin1String("character varying");
    if (contract == QLatin1String("timestamptz"))
        return actual == QLatin1String("timestamp with time zone");
    return actual == contract; // date, boolean
}

// The declared type of each column of a contract table, by lower-case name.
Result<QHash<QString, QString>> columnTypes(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    bool ran = false;
    if (isSqlite(db)) {
        // The table's name comes from the contract, never from input.
        ran = query.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table));
    } else {
        // Resolved through the search path as the rules' queries are; a domain counts as its base.
        query.prepare(QStringLiteral(
            "SELECT a.attname, format_type(COALESCE(NULLIF(t.typbasetype, 0), a.atttypid), NULL) "
            "FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid "
            "WHERE a.attrelid = to_regclass(?) AND a.attnum > 0 AND NOT a.attisdropped"));
        query.addBindValue(table);
        ran = query.exec();
    }
    if (!ran)
        return connection::sqlError(
            QCoreApplication::translate("Registry", "Could not read the columns of the registry's table %1.")
                .arg(table),
            query.lastError());
    const int name = isSqlite(db) ? 1 : 0;
    const int type = isSqlite(db) ? 2 : 1;
    QHash<QString, QString> types;
    while (query.next())
        types.insert(query.value(name).toString().toLower(), query.value(type).toString());
    return types;
}

} // namespace

Result<ContractReport> checkContract(const QSqlDatabase &db)
{
    if (!db.isOpen())
        return Error::make(QCoreApplication::translate("Registry", "The registry is not open."));
    // Names compare case-insensitively: PostgreSQL folds unquoted names to lower case.
    QStringList present;
    for (const QString &table : db.tables(QSql::Tables))
        present << table.toLower();
    if (present.isEmpty() && db.lastError().isValid())
        return connection::sqlError(
            QCoreApplication::translate("Registry", "Could not read the registry's list of tables."),
            db.lastError());

    ContractReport report;
    for (const TableDef &table : contractTables()) {
        if (!present.contains(table.name)) {
            report.missingTables << table.name;
            continue;
        }
        const auto columns = columnTypes(db, table.name);
        if (!columns)
            return columns.error();
        for (const ColumnDef &column : table.columns) {
            if (!columns->contains(column.name)) {
                report.missingColumns.append({table.name, column.name});
                continue;
            }
            const QString actual = columns->value(column.name);
            const bool fits = isSqlite(db) ? sqliteAffinity(actual) == sqliteAffinity(column.sqliteType)
                                           : postgresTypeFits(column.postgresType, actual);
            if (!fits)
                report.wrongTypes.append(
                    {table.name, column.name,
                     actual.isEmpty() ? QCoreApplication::translate("Registry", "(no type)") : actual,
                     isSqlite(db) ? column.sqliteType : column.postgresType});
        }
    }
    return report;
}

} // namespace sw::registry
