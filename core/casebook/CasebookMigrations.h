#pragma once

#include "util/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace sw::casebook {

// One step of the casebook's schema. Steps run in order, each in its own transaction together with
// the new version number, so a file is always at exactly one version. Statements are portable SQL
// (TEXT, INTEGER, explicit ids: no AUTOINCREMENT or SERIAL); what only one engine can say (the
// append-only triggers) goes in that engine's list. On PostgreSQL every BLOB column of the portable
// statements is created as BYTEA.
struct Migration
{
    int version; // the version the file is at after this step (1, 2, …)
    const char *description;
    QStringList portable;
    QStringList sqliteOnly;
    // What the step does besides its statements, in the same transaction after them (none: empty).
    std::function<Result<void>(QSqlDatabase &)> then = {};
    // What only a PostgreSQL casebook runs (the server's own checks: CasebookServer).
    QStringList postgresOnly = {};
};

// Every step, ascending; the last one's version is the latest. Append new steps (complaints,
// cases, minutes); never edit a released one.
const QList<Migration> &casebookMigrations();

} // namespace sw::casebook
