#include "casebook/CaseworkSupport.h"

#include "casebook/Casebook.h"
#include "casebook/CasebookRoles.h"
#include "casebook/CaseworkState.h"
#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QTimeZone>

namespace sw::casebook::detail {

namespace {
const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
}

QString timeText(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(timeFormat) : QString();
}

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString kindCodeOf(documents::DocumentKind kind)
{
    return kind == documents::DocumentKind::Minutes ? QStringLiteral("BB") : QStringLiteral("TB");
}

QString kindName(documents::DocumentKind kind)
{
    return kind == documents::DocumentKind::Minutes ? QCoreApplication::translate("Casework", "minutes")
                                                    : QCoreApplication::translate("Casework", "announcement");
}

QDateTime timeFromText(const QString &text)
{
    // Read by hand: QDateTime::fromString() with a format goes through the local time zone (a
    // stat of /etc/localtime on every call), which made listing 10,000 cases take seconds.
    if (text.size() != 20 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-')
        || text.at(10) != QLatin1Char('T') || text.at(13) != QLatin1Char(':')
        || text.at(16) != QLatin1Char(':') || text.at(19) != QLatin1Char('Z'))
        return {};
    const QDate date = QDate::fromString(text.left(10), Qt::ISODate);
    const QTime time = QTime::fromString(text.mid(11, 8), Qt::ISODate);
    if (!date.isValid() || !time.isValid())
        return {};
    return QDateTime(date, time, QTimeZone::utc());
}

Error sqlFailure(const QString &message, const QSqlQuery &query)
{
    // A shared casebook's server refused the change for lack of a role: say which one.
    if (auto refused = roleRefusal(query.lastError()))
        return *refused;
    return connection::sqlError(message, query.lastError());
}

Error invalid(const QString &message)
{
    return Error::make(message, {}, Error::Kind::InvalidInput);
}

Error notFound(const QString &message)
{
    return Error::make(message, {}, Error::Kind::NotFound);
}

Result<qint64> nextId(QSqlDatabase &tx, const QString &table)
{
    QSqlQuery query(tx);
    if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM %1").arg(table)) || !query.next())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not read the console's own data."),
                          query);
    return query.value(0).toLongLong();
}

Stamp stamp(const Casebook &casebook, const QString &actor)
{
    // A shared casebook's person is the server's session user, whatever a caller sets.
    return stamp(casebook.isShared() || actor.isEmpty() ? casebook.user() : actor, casebook.clock());
}

Stamp stamp(const QString &actor, const Clock &clock)
{
    QDateTime at = clock.now();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    return {actor.isEmpty() ? AuditLog::currentOsUser() : actor, at};
}

Result<void> appendAudit(QSqlDatabase &tx, const Stamp &stamp, const AuditLog::NewEntry &in,
                         const QString &state)
{
    AuditEntry entry;
    entry.at = stamp.at;
    entry.actor = stamp.actor;
    entry.action = in.action;
    entry.subjectKind = in.subjectKind;
    entry.subjectId = in.subjectId;
    entry.reason = in.reason;
    entry.before = in.before.isEmpty() ? QString() : in.before;
    entry.after = in.after.isEmpty() ? QString() : in.after;
    entry.state = state.isEmpty() ? QString() : state;
    return AuditLog::insert(tx, entry);
}

Result<CaseStatus> caseStatus(QSqlDatabase &tx, qint64 caseId)
{
    QSqlQuery query(tx);
    query.prepare(QStringLiteral("SELECT status FROM cases WHERE id = ?"));
    query.addBindValue(caseId);
    if (!query.exec())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not read case %1.").arg(caseId),
                          query);
    if (!query.next())
        return notFound(QCoreApplication::translate("Casework", "There is no case %1.").arg(caseId));
    const auto status = statusFromCode(query.value(0).toString());
    if (!status)
        return invalid(QCoreApplication::translate("Casework", "Case %1 has an unknown status \"%2\".")
                           .arg(caseId)
                           .arg(query.value(0).toString()));
    return *status;
}

Result<CaseStatus> setCaseStatus(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
                                 const QString &reason)
{
    auto from = caseStatus(tx, caseId);
    if (!from)
        return from.error();
    if (auto allowed = checkTransition(*from, to); !allowed)
        return Error::make(
            QCoreApplication::translate("Casework", "Case %1: %2").arg(caseId).arg(allowed.error().message),
            {}, Error::Kind::InvalidInput);
    QSqlQuery update(tx);
    update.prepare(QStringLiteral("UPDATE cases SET status = ?, status_reason = ?, updated_at = ?, "
                                  "version = version + 1, updated_by = ? WHERE id = ?"));
    update.addBindValue(statusCode(to));
    update.addBindValue(notNull(reason));
    update.addBindValue(timeText(stamp.at));
    update.addBindValue(notNull(stamp.actor));
    update.addBindValue(caseId);
    if (!update.exec())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not change case %1.").arg(caseId),
                          update);
    return *from;
}

Result<std::optional<RowVersion>> rowVersion(const QSqlDatabase &db, const QString &table, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT version, updated_by, updated_at FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not read the console's own data."),
                          q);
    if (!q.next())
        return std::optional<RowVersion>();
    return std::optional<RowVersion>(
        RowVersion {q.value(0).toInt(), q.value(1).toString(), timeFromText(q.value(2).toString())});
}

Error editConflict(const QString &what, const RowVersion &current)
{
    // The time as the province's clock shows it (UTC+7), as every casework time in the console.
    const QString at = current.at.isValid()
        ? current.at.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")))
              .toString(QStringLiteral("HH:mm dd/MM/yyyy"))
        : QCoreApplication::translate("Casework", "an unknown time");
    const QString who
        = current.by.isEmpty() ? QCoreApplication::translate("Casework", "another person") : current.by;
    return Error::make(QCoreApplication::translate("Casework",
                                                   "%1 was changed by %2 at %3 after you opened it. Nothing "
                                                   "was overwritten: your text is kept for you to compare "
                                                   "with theirs.")
                           .arg(what, who, at),
                       QStringLiteral("version %1").arg(current.version), Error::Kind::Conflict);
}

Error conflictAfterUpdate(const QSqlDatabase &tx, const QString &table, qint64 id, const QString &what,
                          const QString &missing)
{
    auto current = rowVersion(tx, table, id);
    if (!current)
        return current.error();
    if (!*current)
        return notFound(missing);
    return editConflict(what, **current);
}

QString statusJson(CaseStatus status)
{
    return compact({{QLatin1String("status"), statusCode(status)}});
}

Result<void> moveCase(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
                      const QString &reason)
{
    auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
    if (!change)
        return change.error();
    auto from = setCaseStatus(tx, stamp, caseId, to, reason);
    if (!from)
        return from.error();
    return change->record(tx, stamp,
                          {QStringLiteral("case.") + statusCode(to), QStringLiteral("case"),
                           QString::number(caseId), reason, statusJson(*from), statusJson(to)});
}

} // namespace sw::casebook::detail
