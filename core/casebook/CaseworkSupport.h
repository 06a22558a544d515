#pragma once

// Internal helpers shared by Complaints, Cases and CaseDocuments (not for the GUI).

#include "casebook/AuditLog.h"
#include "casebook/Cases.h"
#include "documents/DocumentParts.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <cstddef>
#include <functional>
#include <optional>

namespace sw::casebook {
class Casebook;
}

namespace sw::casebook::detail {

// The stored code and the label (source text of the "Casework" context, marked with
// QT_TRANSLATE_NOOP) of each value of a casework enum: one table per enum instead of a switch
// per direction. The values are listed in their display order.
template<typename Enum>
struct EnumName
{
    Enum value;
    const char *code;
    const char *label;
};

template<typename Enum, std::size_t N>
QString codeOf(const EnumName<Enum> (&names)[N], Enum value)
{
    for (const EnumName<Enum> &name : names)
        if (name.value == value)
            return QString::fromLatin1(name.code);
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumName<Enum> (&names)[N], const QString &code)
{
    for (const EnumName<Enum> &name : names)
        if (code == QLatin1String(name.code))
            return name.value;
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString labelOf(const EnumName<Enum> (&names)[N], Enum value)
{
    for (const EnumName<Enum> &name : names)
        if (name.value == value)
            return QCoreApplication::translate("Casework", name.label);
    return {};
}

template<typename Enum, std::size_t N>
QList<Enum> valuesOf(const EnumName<Enum> (&names)[N])
{
    QList<Enum> values;
    for (const EnumName<Enum> &name : names)
        values << name.value;
    return values;
}

QString timeText(const QDateTime &utc); // YYYY-MM-DDTHH:MM:SSZ
// JSON text without white space, for audit entries.
QString compact(const QJsonObject &object);
// "BB" / "TB", and "minutes" / "announcement" (translated), of a document kind.
QString kindCodeOf(documents::DocumentKind kind);
QString kindName(documents::DocumentKind kind);
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
Stamp stamp(const QString &actor, const Clock &clock);
// Who acts on `casebook` (its user unless `actor` is set on a SQLite casebook) at its clock's time.
Stamp stamp(const Casebook &casebook, const QString &actor);

// Appends an audit entry inside the caller's transaction (AuditLog::insert), so that a change and
// its entry are committed or rolled back together; `state` is the entry's subjects' digests
// (TrackedChange, CaseworkState.h), empty for an entry that changes no casework.
Result<void> appendAudit(QSqlDatabase &tx, const Stamp &stamp, const AuditLog::NewEntry &entry,
                         const QString &state = {});

// Edits that must not overwrite each other (issue 13): a row's version, counted up by every
// change, and who made the last one and when.
struct RowVersion
{
    int version = 0;
    QString by; // the server's session user (PostgreSQL), the desk's user (SQLite); may be empty
    QDateTime at; // UTC: the row's updated_at
};
// The row `id` of `table` ("complaints", "cases", "case_documents"); nothing when there is none.
Result<std::optional<RowVersion>> rowVersion(const QSqlDatabase &db, const QString &table, qint64 id);
// The refusal of a save that started from an older version than `current` (Kind::Conflict):
// "<what> was changed by <person> at <time> …". `what` names the thing ("Complaint 4").
Error editConflict(const QString &what, const RowVersion &current);
// After an UPDATE … WHERE id = ? AND version = ? that matched no row: the conflict, read under
// the same write lock, or NotFound when the row is gone.
Error conflictAfterUpdate(const QSqlDatabase &tx, const QString &table, qint64 id, const QString &what,
                          const QString &missing);

// A case's status read under the write lock.
Result<CaseStatus> caseStatus(QSqlDatabase &tx, qint64 caseId);
// Moves a case along the transition table, unaudited: the caller audits it with whatever else it
// changes in the case. Returns the status the case had.
Result<CaseStatus> setCaseStatus(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
                                 const QString &reason);
// {"status": code}: a move's before and after in its audit entry.
QString statusJson(CaseStatus status);
// Moves a case along the transition table and audits it ("case.<to>").
Result<void> moveCase(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
                      const QString &reason);

} // namespace sw::casebook::detail
