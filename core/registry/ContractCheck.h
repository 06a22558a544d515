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
    QStringList missingTables;
    QList<MissingColumn> missingColumns;

    bool ok() const { return missingTables.isEmpty() && missingColumns.isEmpty(); }
    // One line per problem, in words: "Missing table: lookups", "Missing column: certificates.serial".
    QStringList problems() const;
};

// Reads the registry's tables and columns from the database catalogue (either engine).
Result<ContractReport> checkContract(const QSqlDatabase &db);

} // namespace sw::registry
