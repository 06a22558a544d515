#pragma once

#include "util/Result.h"

#include <QString>

class QSqlError;

namespace sw::connection {

// SQLite's primary result codes for a file that is not a database (26) or is damaged (11).
inline constexpr int sqliteCorrupt = 11;
inline constexpr int sqliteNotADatabase = 26;

// sqliteCorrupt or sqliteNotADatabase when SQLite failed with one of them; 0 for anything else
// (PostgreSQL's codes are five-character SQLSTATEs).
int sqliteDamageCode(const QSqlError &error);

// Turns a failed QtSql operation into a message for the user; the driver text goes to detail.
// SQLite's "not a database" and "malformed" errors get Error::Kind::Damaged and a sentence saying
// so, whatever the operation was. Shared by every store on QtSql (registry, casebook, findings).
Error sqlError(const QString &what, const QSqlError &error);

} // namespace sw::connection
