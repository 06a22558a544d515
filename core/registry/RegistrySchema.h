#pragma once

#include "connection/ConnectionSpec.h"

#include <QStringList>

#include <vector>

namespace sw::registry {

// The registry contract of spec/registry.md, in one place: the contract check, the demo
// generator and the tests' hand-made registries all read it from here.
struct ColumnDef
{
    QString name;
    QString sqliteType; // as registry.md writes it
    QString postgresType;
    bool notNull = false;
};

struct TableDef
{
    QString name;
    QString primaryKey;
    std::vector<ColumnDef> columns;

    QStringList columnNames() const;
};

const std::vector<TableDef> &contractTables();
const TableDef *contractTable(const QString &name);

// CREATE TABLE statements for every contract table (no foreign keys: a real registry has
// dangling references, and the rules report them instead of the database refusing them).
QStringList createTableStatements(connection::Engine engine);
// The indexes a real registry would have (citizen, provider/time, request, staff/time).
QStringList createIndexStatements(connection::Engine engine);

} // namespace sw::registry
