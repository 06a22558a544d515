#pragma once

#include "casebook/AuditLog.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace sw::casebook {

// Which entries of the audit log an export lists.
struct AuditExportFilter
{
    QDate from; // the first day included, in the province's time (UTC+7); invalid: no bound
    QDate to; // the last day included, the same; invalid: no bound
    // Only accesses to personal data (AuditExport::isPersonalDataAccess), for the Department's
    // data-protection duties (Law 91/2025/QH15).
    bool personalDataOnly = false;
};

// The audit log as a CSV file for use outside the console (issue 13): one row per entry with its
// id, time (UTC, ISO 8601), the person who acted, the action, the subject's kind and id and the
// reason given. The file leaves the console, so citizen ids in it are masked (§1.7): the subject
// id of a citizen, and any 12-digit run (a citizen id typed into a reason). Written as every CSV
// of the console (UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF; util/Csv.h) and readable
// by its owner only (privacy::PrivateSaveFile). The same code serves the CLI and the console.
class AuditExport
{
public:
    // The days of --from/--to are the province's (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight
    // saving), as the Department's working days and the console's other dates are.
    static QTimeZone dayZone();

    // Actions that show someone personal data. Today that is a citizen's full id shown with a
    // reason ("citizen.unmask"); every export the console writes masks citizen ids, so no export
    // is recorded as one (an export with full ids, if one is added, belongs here).
    static bool isPersonalDataAccess(const AuditEntry &entry);

    // The entries of `log` that `filter` keeps, in id order. A first day after the last is refused
    // (Kind::InvalidInput).
    static Result<QList<AuditEntry>> select(const AuditLog &log, const AuditExportFilter &filter);

    // The header row's field names (stable: scripts read them).
    static QStringList header();
    // One entry's fields as the file shows them (citizen ids masked).
    static QStringList fields(const AuditEntry &entry);
    // The whole file.
    static QByteArray csv(const QList<AuditEntry> &entries);

    // select(), then csv() written to `path` (atomically, mode 0600). Returns the entries written.
    static Result<qint64> write(const AuditLog &log, const AuditExportFilter &filter, const QString &path);
};

} // namespace sw::casebook
