#pragma once

// Internal helpers shared by Complaints, Cases and CaseDocuments (not for the GUI).

#include "casebook/AuditLog.h"
#include "casebook/Cases.h"
#include "util/Result.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <functional>

namespace sw::casebook::detail {

QString timeText(const QDateTime &utc); // YYYY-MM-DDTHH:MM:SSZ
QDateTime timeFromText(const QString &text); // invalid for empty text

// The error of a failed statement: `message` for the user, the driver's text as the detail.
// QtSql binds a null QString as NULL: text for NOT NULL columns goes through this.
inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

Error sqlFailure(const QString &message, const QSqlQuery &query);
Error invalid(const QString &message);
Error notFound(const QString &message);

// MAX(id) + 1 of `table` (inside the write transaction: the lock makes it safe).
Result<qint64> nextId(QSqlDatabase &tx, const QString &table);

// Who acts and when, for one change.
struct Stamp
{
    QString actor;
    QDateTime at; // UTC, whole seconds
};
Stamp stamp(const QString &actor, const std::function<QDateTime()> &clock);

// Appends an audit entry inside the caller's transaction, chained like AuditLog::append (the same
// canonical content and hash), so that a change and its entry are committed or rolled back
// together. AuditLog::append takes its own transaction and so cannot be used inside one.
Result<void> appendAudit(QSqlDatabase &tx, const Stamp &stamp, const AuditLog::NewEntry &entry);

// A case's status read under the write lock.
Result<CaseStatus> caseStatus(QSqlDatabase &tx, qint64 caseId);
// Moves a case along the transition table and audits it ("case.<to>").
Result<void> moveCase(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
                      const QString &reason);

} // namespace sw::casebook::detail
