#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace sw::registry {

// How a registry compares with the contract of spec/registry.md. Extra tables and columns are
// fine (a real registry has them) and are not reported as problems.
struct ContractReport
{
    struct MissingColumn
    {
        QString table;
        QString column;
    };
    // A column whose type is not the contract's: a TEXT certificate id would be read as id 0.
    struct WrongType
    {
        QString table;
        QString column;
        QString actual; // as the database declares it
        QString expected; // as the contract writes it for this engine
    };
    QStringList missingTables;
    QList<MissingColumn> missingColumns;
    QList<WrongType> wrongTypes;

    bool ok() const { return missingTables.isEmpty() && missingColumns.isEmpty() && wrongTypes.isEmpty(); }
    // One line per problem, in words: "Missing table: lookups", "Missing column: certificates.serial",
    // "Wrong type: certificates.id is TEXT, the contract says INTEGER".
    QStringList problems() const;
};

// Reads the registry's tables, columns and column types from the database catalogue (either
// engine). Types compare as each engine reads them: SQLite by the declared type's affinity
// (VARCHAR(12) is TEXT, BIGINT is INTEGER); PostgreSQL by type, ids bigint or integer, text
// text or varchar, times timestamptz, dates date, `found` boolean.
Result<ContractReport> checkContract(const QSqlDatabase &db);

} // namespace sw::registry
