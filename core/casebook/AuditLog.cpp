#include "casebook/AuditLog.h"

#include "casebook/Casebook.h"
#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

Q_LOGGING_CATEGORY(lcAudit, "signwatch.casebook.audit")

namespace sw::casebook {

namespace {
const QString timeFormat = QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'");
const QString columns = QStringLiteral(
    "id, at, actor, action, subject_kind, subject_id, reason, before_json, after_json, prev_hash, hash");

void appendField(QByteArray &out, const QString &value, bool nullable)
{
    if (nullable && value.isNull()) {
        out += "-;";
        return;
    }
    const QByteArray bytes = value.toUtf8();
    out += QByteArray::number(bytes.size());
    out += ':';
    out += bytes;
    out += ';';
}

bool isJsonOrEmpty(const QString &text)
{
    if (text.isEmpty())
        return true;
    QJsonParseError error;
    QJsonDocument::fromJson(text.toUtf8(), &error);
    return error.error == QJsonParseError::NoError;
}

QString nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QString() : text;
}

// A short form of a subject for the log (never a full citizen id: §1.7).
QString shortSubject(const QString &id)
{
    return id.size() > 6 ? id.left(3) + QStringLiteral("…") + id.right(3) : QStringLiteral("…");
}
} // namespace

QByteArray AuditEntry::canonicalContent() const
{
    QByteArray out;
    appendField(out, QString::number(id), false);
    appendField(out, at.toUTC().toString(timeFormat), false);
    appendField(out, actor, false);
    appendField(out, action, false);
    appendField(out, subjectKind, false);
    appendField(out, subjectId, false);
    appendField(out, reason, false);
    appendField(out, before, true);
    appendField(out, after, true);
    return out;
}

AuditLog::AuditLog(Casebook &casebook) : m_casebook(casebook), m_actor(currentOsUser()) { }

QString AuditLog::currentOsUser()
{
#ifdef Q_OS_UNIX
    if (const passwd *pw = getpwuid(geteuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
        if (const QString name = qEnvironmentVariable(variable); !name.isEmpty())
            return name;
    return QStringLiteral("unknown");
}

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::chainHash(const QString &previousHash, const AuditEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previousHash.toLatin1());
    hash.addData(entry.canonicalContent());
    return QString::fromLatin1(hash.result().toHex());
}

Result<AuditEntry> AuditLog::append(const NewEntry &in)
{
    if (in.action.trimmed().isEmpty() || in.subjectKind.trimmed().isEmpty()
        || in.subjectId.trimmed().isEmpty())
        return Error::make(
            QCoreApplication::translate("Casebook", "An audit entry needs an action and a subject."), {},
            Error::Kind::InvalidInput);
    if (!isJsonOrEmpty(in.before) || !isJsonOrEmpty(in.after))
        return Error::make(
            QCoreApplication::translate("Casebook", "An audit entry's before and after must be JSON."), {},
            Error::Kind::InvalidInput);

    AuditEntry entry;
    entry.at = (m_clock ? m_clock() : QDateTime::currentDateTimeUtc()).toUTC();
    entry.at.setTime(QTime(entry.at.time().hour(), entry.at.time().minute(), entry.at.time().second()));
    entry.actor = m_actor;
    entry.action = in.action;
    entry.subjectKind = in.subjectKind;
    entry.subjectId = in.subjectId;
    entry.reason = in.reason.isNull() ? QStringLiteral("") : in.reason; // NOT NULL: none is empty
    entry.before = nullIfEmpty(in.before);
    entry.after = nullIfEmpty(in.after);

    auto written = m_casebook.write([&entry](QSqlDatabase &db) -> Result<void> {
        QSqlQuery last(db);
        if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
            return registry::sqlError(
                QCoreApplication::translate("Casebook", "Could not read the audit log."), last.lastError());
        entry.id = 1;
        entry.previousHash = genesisHash();
        if (last.next()) {
            entry.id = last.value(0).toLongLong() + 1;
            entry.previousHash = last.value(1).toString();
        }
        entry.hash = chainHash(entry.previousHash, entry);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           .arg(columns));
        insert.addBindValue(entry.id);
        insert.addBindValue(entry.at.toString(timeFormat));
        insert.addBindValue(entry.actor);
        insert.addBindValue(entry.action);
        insert.addBindValue(entry.subjectKind);
        insert.addBindValue(entry.subjectId);
        insert.addBindValue(entry.reason);
        insert.addBindValue(entry.before.isNull() ? QVariant() : QVariant(entry.before));
        insert.addBindValue(entry.after.isNull() ? QVariant() : QVariant(entry.after));
        insert.addBindValue(entry.previousHash);
        insert.addBindValue(entry.hash);
        if (!insert.exec())
            return registry::sqlError(
                QCoreApplication::translate("Casebook", "Could not write to the audit log."),
                insert.lastError());
        return {};
    });
    if (!written)
        return written.error();
    qCInfo(lcAudit) << "audit entry" << entry.id << entry.action << entry.subjectKind
                    << shortSubject(entry.subjectId);
    return entry;
}

Result<QList<AuditEntry>> AuditLog::select(const QString &where, const QStringList &bindings) const
{
    QSqlQuery query(m_casebook.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id").arg(columns, where));
    for (const QString &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return registry::sqlError(QCoreApplication::translate("Casebook", "Could not read the audit log."),
                                  query.lastError());
    QList<AuditEntry> list;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        e.at = QDateTime::fromString(query.value(1).toString(), timeFormat);
        e.at.setTimeZone(QTimeZone::utc());
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.subjectKind = query.value(4).toString();
        e.subjectId = query.value(5).toString();
        e.reason = query.value(6).toString();
        e.before = query.value(7).isNull() ? QString() : query.value(7).toString();
        e.after = query.value(8).isNull() ? QString() : query.value(8).toString();
        e.previousHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        list.append(e);
    }
    return list;
}

Result<QList<AuditEntry>> AuditLog::entries() const
{
    return select({}, {});
}

Result<QList<AuditEntry>> AuditLog::entriesFor(const QString &subjectKind, const QString &subjectId) const
{
    return select(QStringLiteral("WHERE subject_kind = ? AND subject_id = ?"), {subjectKind, subjectId});
}

Result<std::optional<AuditEntry>> AuditLog::head() const
{
    auto all = select(QStringLiteral("WHERE id = (SELECT MAX(id) FROM audit_log)"), {});
    if (!all)
        return all.error();
    if (all->isEmpty())
        return std::optional<AuditEntry>();
    return std::optional<AuditEntry>(all->constFirst());
}

Result<AuditCheck> AuditLog::verify() const
{
    // id is the row id: reading by id is reading the chain in the order it was written.
    QSqlQuery query(m_casebook.database());
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(columns)))
        return registry::sqlError(QCoreApplication::translate("Casebook", "Could not read the audit log."),
                                  query.lastError());
    AuditCheck check;
    QString expectedPrevious = genesisHash();
    qint64 expectedId = 1;
    while (query.next()) {
        AuditEntry e;
        e.id = query.value(0).toLongLong();
        const QString atText = query.value(1).toString();
        e.at = QDateTime::fromString(atText, timeFormat);
        e.at.setTimeZone(QTimeZone::utc());
        e.actor = query.value(2).toString();
        e.action = query.value(3).toString();
        e.subjectKind = query.value(4).toString();
        e.subjectId = query.value(5).toString();
        e.reason = query.value(6).toString();
        e.before = query.value(7).isNull() ? QString() : query.value(7).toString();
        e.after = query.value(8).isNull() ? QString() : query.value(8).toString();
        e.previousHash = query.value(9).toString();
        e.hash = query.value(10).toString();
        ++check.entries;

        auto broken = [&check, &e](AuditCheck::Problem problem) {
            check.problem = problem;
            check.firstBrokenId = e.id;
            qCWarning(lcAudit) << "audit log broken at entry" << e.id;
            return check;
        };
        if (e.id != expectedId)
            return broken(AuditCheck::Problem::Removed);
        // A time that does not read back exactly as stored was edited by hand.
        if (!e.at.isValid() || e.at.toString(timeFormat) != atText)
            return broken(AuditCheck::Problem::Edited);
        if (e.previousHash != expectedPrevious)
            return broken(AuditCheck::Problem::Reordered);
        if (chainHash(expectedPrevious, e) != e.hash) {
            // Content edited in place, or a foreign entry slipped in with a made-up hash.
            return broken(AuditCheck::Problem::Edited);
        }
        expectedPrevious = e.hash;
        ++expectedId;
    }
    return check;
}

} // namespace sw::casebook
