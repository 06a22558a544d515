#include "casebook/CaseworkSupport.h"

#include "registry/RegistryConnection.h"

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

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime at = QDateTime::fromString(text, timeFormat);
    at.setTimeZone(QTimeZone::utc());
    return at;
}

Error sqlFailure(const QString &message, const QSqlQuery &query)
{
    return registry::sqlError(message, query.lastError());
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

Stamp stamp(const QString &actor, const std::function<QDateTime()> &clock)
{
    QDateTime at = (clock ? clock() : QDateTime::currentDateTimeUtc()).toUTC();
    at.setTime(QTime(at.time().hour(), at.time().minute(), at.time().second()));
    return {actor.isEmpty() ? AuditLog::currentOsUser() : actor, at};
}

Result<void> appendAudit(QSqlDatabase &tx, const Stamp &stamp, const AuditLog::NewEntry &in)
{
    AuditEntry entry;
    entry.at = stamp.at;
    entry.actor = stamp.actor;
    entry.action = in.action;
    entry.subjectKind = in.subjectKind;
    entry.subjectId = in.subjectId;
    entry.reason = in.reason.isNull() ? QStringLiteral("") : in.reason;
    entry.before = in.before.isEmpty() ? QString() : in.before;
    entry.after = in.after.isEmpty() ? QString() : in.after;

    QSqlQuery last(tx);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return sqlFailure(QCoreApplication::translate("Casework", "Could not read the audit log."), last);
    entry.id = 1;
    entry.previousHash = AuditLog::genesisHash();
    if (last.next()) {
        entry.id = last.value(0).toLongLong() + 1;
        entry.previousHash = last.value(1).toString();
    }
    entry.hash = AuditLog::chainHash(entry.previousHash, entry);
    QSqlQuery insert(tx);
    insert.prepare(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, subject_kind, subject_id, "
                                  "reason, before_json, after_json, prev_hash, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(entry.id);
    insert.addBindValue(timeText(entry.at));
    insert.addBindValue(notNull(entry.actor));
    insert.addBindValue(notNull(entry.action));
    insert.addBindValue(notNull(entry.subjectKind));
    insert.addBindValue(notNull(entry.subjectId));
    insert.addBindValue(notNull(entry.reason));
    insert.addBindValue(entry.before.isNull() ? QVariant() : QVariant(entry.before));
    insert.addBindValue(entry.after.isNull() ? QVariant() : QVariant(entry.after));
    insert.addBindValue(entry.previousHash);
    insert.addBindValue(entry.hash);
    if (!insert.exec())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not write to the audit log."),
                          insert);
    return {};
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

Result<void> moveCase(QSqlDatabase &tx, const Stamp &stamp, qint64 caseId, CaseStatus to,
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
    update.prepare(
        QStringLiteral("UPDATE cases SET status = ?, status_reason = ?, updated_at = ? WHERE id = ?"));
    update.addBindValue(statusCode(to));
    update.addBindValue(notNull(reason));
    update.addBindValue(timeText(stamp.at));
    update.addBindValue(caseId);
    if (!update.exec())
        return sqlFailure(QCoreApplication::translate("Casework", "Could not change case %1.").arg(caseId),
                          update);
    const auto json = [](CaseStatus status) {
        return QString::fromUtf8(QJsonDocument(QJsonObject {{QLatin1String("status"), statusCode(status)}})
                                     .toJson(QJsonDocument::Compact));
    };
    return appendAudit(tx, stamp,
                       {QStringLiteral("case.") + statusCode(to), QStringLiteral("case"),
                        QString::number(caseId), reason, json(*from), json(to)});
}

} // namespace sw::casebook::detail
