#include "casebook/AuditLog.h"

#include "casebook/Casebook.h"
#include "casebook/CasebookRoles.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
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
const QString columns
    = QStringLiteral("id, at, actor, action, subject_kind, subject_id, reason, before_json, "
                     "after_json, state_json, prev_hash, hash");

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

AuditEntry readEntry(const QSqlQuery &query)
{
    const auto text = [&query](int column) {
        return query.value(column).isNull() ? QString() : query.value(column).toString();
    };
    AuditEntry e;
    e.id = query.value(0).toLongLong();
    e.at = detail::timeFromText(query.value(1).toString());
    e.actor = query.value(2).toString();
    e.action = query.value(3).toString();
    e.subjectKind = query.value(4).toString();
    e.subjectId = query.value(5).toString();
    e.reason = query.value(6).toString();
    e.before = text(7);
    e.after = text(8);
    e.state = text(9);
    e.previousHash = query.value(10).toString();
    e.hash = query.value(11).toString();
    return e;
}

QString chainProblem(AuditCheck::Problem problem, qint64 entry)
{
    switch (problem) {
    case AuditCheck::Problem::Edited:
        return QCoreApplication::translate("Casebook", "Entry %1 was edited: it no longer matches its hash.")
            .arg(entry);
    case AuditCheck::Problem::Removed:
        return QCoreApplication::translate("Casebook", "The entry before entry %1 was removed.").arg(entry);
    case AuditCheck::Problem::Reordered:
        return QCoreApplication::translate("Casebook",
                                           "Entry %1 does not follow the entry before it: entries were "
                                           "moved, inserted or renumbered.")
            .arg(entry);
    default:
        return {};
    }
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
    if (!state.isNull())
        appendField(out, state, false);
    return out;
}

AuditLog::AuditLog(Casebook &casebook) : m_casebook(casebook), m_actor(casebook.user()) { }

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

Result<CasebookPeople> AuditLog::people() const
{
    return CasebookPeople::read(m_casebook);
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
    entry.at = m_casebook.clock().now();
    entry.at.setTime(QTime(entry.at.time().hour(), entry.at.time().minute(), entry.at.time().second()));
    entry.actor = m_actor;
    entry.action = in.action;
    entry.subjectKind = in.subjectKind;
    entry.subjectId = in.subjectId;
    entry.reason = in.reason.isNull() ? QStringLiteral("") : in.reason; // NOT NULL: none is empty
    entry.before = nullIfEmpty(in.before);
    entry.after = nullIfEmpty(in.after);

    auto written = m_casebook.write([&entry](QSqlDatabase &tx) { return insert(tx, entry); });
    if (!written)
        return written.error();
    qCInfo(lcAudit) << "audit entry" << entry.id << entry.action << entry.subjectKind
                    << shortSubject(entry.subjectId);
    return entry;
}

Result<AuditHead> AuditLog::headIn(const QSqlDatabase &db)
{
    QSqlQuery last(db);
    if (!last.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1")))
        return connection::sqlError(QCoreApplication::translate("Casebook", "Could not read the audit log."),
                                    last.lastError());
    if (!last.next())
        return AuditHead {};
    return AuditHead {last.value(0).toLongLong(), last.value(1).toString()};
}

Result<void> AuditLog::insert(QSqlDatabase &tx, AuditEntry &entry)
{
    const auto text = [](const QString &value) { return value.isNull() ? QVariant() : QVariant(value); };
    const auto failed = [](const QSqlQuery &query) -> Error {
        if (auto refused = roleRefusal(query.lastError()))
            return *refused;
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "Could not write to the audit log."), query.lastError());
    };
    // A shared casebook's server numbers, dates, signs with the session user and chains the entry
    // itself (CasebookServer): what is sent for those columns is replaced there.
    const bool server = tx.driverName() == QLatin1String("QPSQL");
    if (!server) {
        auto head = headIn(tx);
        if (!head)
            return head.error();
        entry.id = head->entries + 1;
        entry.previousHash = head->entries == 0 ? genesisHash() : head->hash;
        entry.hash = chainHash(entry.previousHash, entry);
    }
    QSqlQuery insert(tx);
    insert.prepare(
        QStringLiteral("INSERT INTO audit_log (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)%2")
            .arg(columns, server ? QStringLiteral(" RETURNING id, at, actor, prev_hash, hash") : QString()));
    insert.addBindValue(entry.id);
    insert.addBindValue(entry.at.toString(timeFormat));
    // NOT NULL columns: QtSql binds a null QString as NULL.
    for (const QString *value :
         {&entry.actor, &entry.action, &entry.subjectKind, &entry.subjectId, &entry.reason})
        insert.addBindValue(value->isNull() ? QStringLiteral("") : *value);
    insert.addBindValue(text(entry.before));
    insert.addBindValue(text(entry.after));
    insert.addBindValue(text(entry.state));
    insert.addBindValue(entry.previousHash.isNull() ? QStringLiteral("") : entry.previousHash);
    insert.addBindValue(entry.hash.isNull() ? QStringLiteral("") : entry.hash);
    if (!insert.exec())
        return failed(insert);
    if (server) {
        if (!insert.next())
            return failed(insert);
        entry.id = insert.value(0).toLongLong();
        entry.at = detail::timeFromText(insert.value(1).toString());
        entry.actor = insert.value(2).toString();
        entry.previousHash = insert.value(3).toString();
        entry.hash = insert.value(4).toString();
    }
    return {};
}

Result<QList<AuditEntry>> AuditLog::select(const QString &where, const QStringList &bindings) const
{
    QSqlQuery query(m_casebook.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY id").arg(columns, where));
    for (const QString &value : bindings)
        query.addBindValue(value);
    if (!query.exec())
        return connection::sqlError(QCoreApplication::translate("Casebook", "Could not read the audit log."),
                                    query.lastError());
    QList<AuditEntry> list;
    while (query.next())
        list.append(readEntry(query));
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

Result<QList<AuditEntry>> AuditLog::entriesBetween(const QDateTime &from, const QDateTime &until) const
{
    // `at` is stored as fixed-width UTC text (timeFormat), so text order is time order, on every engine.
    QStringList conditions;
    QStringList bindings;
    if (from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        bindings << from.toUTC().toString(timeFormat);
    }
    if (until.isValid()) {
        conditions << QStringLiteral("at < ?");
        bindings << until.toUTC().toString(timeFormat);
    }
    return select(conditions.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                  bindings);
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
    const QSqlDatabase db = m_casebook.database();
    AuditCheck check;
    const auto fail = [&check](AuditCheck::Problem problem, const QString &words,
                               std::optional<qint64> entry = std::nullopt) {
        if (check.problem == AuditCheck::Problem::None) {
            check.problem = problem;
            check.firstBrokenId = entry;
        }
        check.problems << words;
    };
    const QList<StoredAnchor> anchors = m_casebook.anchor().stored();
    QHash<qint64, QString> hashAt; // the entries the anchors name, as found
    for (const StoredAnchor &anchor : anchors)
        hashAt.insert(anchor.head.entries, QString());

    // id is the row id: reading by id is reading the chain in the order it was written.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY id").arg(columns)))
        return connection::sqlError(QCoreApplication::translate("Casebook", "Could not read the audit log."),
                                    query.lastError());
    detail::StateReplay replay;
    QString expectedPrevious = genesisHash();
    qint64 expectedId = 1;
    qint64 lastId = 0;
    bool chainHolds = true;
    while (query.next()) {
        const AuditEntry e = readEntry(query);
        ++check.entries;
        lastId = e.id;
        if (hashAt.contains(e.id))
            hashAt.insert(e.id, e.hash);
        if (!chainHolds)
            continue; // read on for the anchors
        // A time that does not read back exactly as stored was edited by hand.
        const bool timeEdited = !e.at.isValid() || e.at.toString(timeFormat) != query.value(1).toString();
        std::optional<AuditCheck::Problem> broken;
        if (e.id != expectedId)
            broken = AuditCheck::Problem::Removed;
        else if (timeEdited)
            broken = AuditCheck::Problem::Edited;
        else if (e.previousHash != expectedPrevious)
            broken = AuditCheck::Problem::Reordered;
        else if (chainHash(expectedPrevious, e) != e.hash)
            // Content edited in place, or a foreign entry slipped in with a made-up hash.
            broken = AuditCheck::Problem::Edited;
        if (broken) {
            qCWarning(lcAudit) << "audit log broken at entry" << e.id;
            chainHolds = false;
            fail(*broken, chainProblem(*broken, e.id), e.id);
            continue;
        }
        replay.add(e);
        expectedPrevious = e.hash;
        ++expectedId;
    }

    // The anchors: a prefix check (more entries than an anchor names were written since).
    for (const StoredAnchor &anchor : anchors) {
        const QString found = hashAt.value(anchor.head.entries);
        const bool holds = found == anchor.head.hash;
        check.anchors.append({anchor, holds});
        if (holds)
            continue;
        qCWarning(lcAudit) << "audit log does not hold its anchor of" << anchor.head.entries << "entries";
        if (found.isEmpty() && lastId == 0)
            fail(AuditCheck::Problem::Truncated,
                 QCoreApplication::translate("Casebook",
                                             "The anchor kept in %1 names %2 entries, but the log has none: "
                                             "every entry was removed.")
                     .arg(anchor.place)
                     .arg(anchor.head.entries));
        else if (found.isEmpty())
            fail(
                AuditCheck::Problem::Truncated,
                QCoreApplication::translate("Casebook",
                                            "The anchor kept in %1 names %2 entries, but the log ends at "
                                            "entry %3: %4 removed.")
                    .arg(anchor.place)
                    .arg(anchor.head.entries)
                    .arg(lastId)
                    .arg(
                        anchor.head.entries == lastId + 1
                            ? QCoreApplication::translate("Casebook", "entry %1 was").arg(anchor.head.entries)
                            : QCoreApplication::translate("Casebook", "entries %1 to %2 were")
                                  .arg(lastId + 1)
                                  .arg(anchor.head.entries)));
        else
            fail(AuditCheck::Problem::Truncated,
                 QCoreApplication::translate("Casebook",
                                             "Entry %1 differs from the anchor kept in %2: the log was "
                                             "rewritten up to there.")
                     .arg(anchor.head.entries)
                     .arg(anchor.place),
                 anchor.head.entries);
    }

    // The casework against the states the entries recorded (only along a chain that holds: past a
    // break, the entries cannot be trusted), and the signed PDFs against their hashes.
    if (chainHolds) {
        auto stateProblems = replay.finish(db);
        if (!stateProblems)
            return stateProblems.error();
        for (const QString &problem : std::as_const(*stateProblems))
            fail(AuditCheck::Problem::StateChanged, problem);
    }
    auto pdfProblems = detail::storedPdfProblems(db);
    if (!pdfProblems)
        return pdfProblems.error();
    for (const QString &problem : std::as_const(*pdfProblems))
        fail(AuditCheck::Problem::StateChanged, problem);
    return check;
}

} // namespace sw::casebook
