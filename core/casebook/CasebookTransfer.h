#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace sw::casebook {

class Casebook;

// What moving a desk's casebook into the shared one did.
struct TransferReport
{
    QMap<QString, int> rows; // table → rows moved
    qint64 auditEntries = 0; // entries moved (their chain computed again by the server)
    QString sourceHead; // the hash of the desk's last entry, recorded in the move's own entry
    qint64 targetEntries = 0; // the shared log's length afterwards
};

// `casebook migrate --from PATH --to URL`: moves everything a desk's SQLite casebook holds into
// the Department's PostgreSQL casebook, in one transaction, with its whole audit history (each
// entry keeps its person and time; the server chains it after the entries already there) and one
// more entry, "casebook.migrate", by the session user, naming the desk's log length and head.
// Run by the shared casebook's owner. Refuses, writing nothing, when the desk's audit log does
// not verify, when the two casebooks are at different data versions, or when a case, complaint,
// document or publication number, or a document's number in its kind and year, is already taken
// in the shared casebook (the numbers are kept: they are printed on signed documents). `extraTables`
// are the tables of modules with tracks of their own (publishing's outbox), copied after the
// casework when the desk has them.
Result<TransferReport> moveInto(Casebook &from, Casebook &to, const QStringList &extraTables = {});

} // namespace sw::casebook
