#include "casebook/CaseworkState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>

Q_LOGGING_CATEGORY(lcState, "signwatch.casebook.state")

namespace sw::casebook::detail {

namespace {
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

// Each value length-prefixed (null marked apart from empty), as AuditEntry::canonicalContent does:
// no two different rows give the same bytes.
void addValue(QByteArray &out, const QVariant &value)
{
    if (value.isNull()) {
        out += "-;";
        return;
    }
    const QByteArray bytes = value.toString().toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ';';
}

QByteArray encodeRow(const QSqlQuery &q, int from, int to)
{
    QByteArray out;
    for (int i = from; i < to; ++i)
        addValue(out, q.value(i));
    return out;
}

// A subject's parts while its digest is gathered: its row and its child rows, each child with the
// key it is sorted by. Text is sorted here, not by SQL, so that the digest does not depend on an
// engine's collation.
struct Parts
{
    QByteArray row;
    QList<QPair<QString, QByteArray>> children;

    QString digest() const
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(row);
        QList<QPair<QString, QByteArray>> sorted = children;
        std::stable_sort(sorted.begin(), sorted.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        for (const auto &child : sorted)
            hash.addData(child.second);
        return QString::fromLatin1(hash.result().toHex());
    }
};

// One table read for the digests of one kind: its first column is the subject's id, the others
// the values covered.
struct Source
{
    const char *select;
    const char *idColumn; // for the WHERE of a single subject
    const char *order; // integer columns only: the same order on every engine
    const char *tag; // marks the part in the digest
    bool isRow; // the subject's own row (else a child row)
    int sortKey = -1; // the text column child rows are sorted by in C++ (-1: the SQL order)
    bool lastByHash = false; // the last column is covered by its SHA-256, not its text
};

const Source caseSources[] = {
    {"SELECT id, provider, provider_name, title, status, status_reason, exclusion_from, exclusion_note, "
     "publication_reference, created_at FROM cases",
     "id", "id", "case", true},
    {"SELECT case_id, finding_key, rule, subject_kind, subject_id, json_line, added_at FROM case_findings",
     "case_id", "case_id", "finding", false, 1},
    {"SELECT case_id, publication_id, document_id, queued_at FROM case_publications", "case_id",
     "case_id, publication_id", "publication", false},
};
const Source complaintSources[] = {
    {"SELECT id, citizen_id, provider, received_at, channel, statement, timeline_json, notes, outcome, "
     "case_id, created_at FROM complaints",
     "id", "id", "complaint", true},
    {"SELECT complaint_id, position, finding_key, json_line FROM complaint_findings", "complaint_id",
     "complaint_id, position", "finding", false},
};
// A signed document's content by its hash (the draft's text holds citizen ids); a draft's content
// not at all (autosaves).
const Source documentSources[] = {
    {"SELECT id, case_id, kind, state, year, number, corrects_id, pdf_sha256, pdf_size, signed_at, "
     "signed_by, created_at, CASE WHEN state = 'signed' THEN draft_json END FROM case_documents",
     "id", "id", "document", true, -1, true},
};

template<std::size_t N>
Result<QMap<qint64, QString>> digestsOf(const QSqlDatabase &db, const Source (&sources)[N],
                                        std::optional<qint64> only)
{
    std::map<qint64, Parts> parts;
    for (const Source &source : sources) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QLatin1String(source.select)
                  + (only ? QStringLiteral(" WHERE %1 = ?").arg(QLatin1String(source.idColumn)) : QString())
                  + QStringLiteral(" ORDER BY ") + QLatin1String(source.order));
        if (only)
            q.addBindValue(*only);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not read the casework to check it."), q);
        const int columns = q.record().count();
        while (q.next()) {
            QByteArray bytes;
            addValue(bytes, QString::fromLatin1(source.tag));
            bytes += encodeRow(q, 0, source.lastByHash ? columns - 1 : columns);
            if (source.lastByHash) {
                const QVariant last = q.value(columns - 1);
                addValue(bytes,
                         last.isNull() ? QVariant()
                                       : QVariant(QString::fromLatin1(
                                           QCryptographicHash::hash(last.toString().toUtf8(),
                                                                    QCryptographicHash::Sha256)
                                               .toHex())));
            }
            Parts &p = parts[q.value(0).toLongLong()];
            if (source.isRow)
                p.row = bytes;
            else
                p.children.append(
                    {source.sortKey < 0 ? QString() : q.value(source.sortKey).toString(), bytes});
        }
    }
    QMap<qint64, QString> digests;
    for (const auto &[id, p] : parts)
        digests.insert(id, p.digest());
    return digests;
}

Result<QMap<qint64, QString>> digestsOfKind(const QSqlDatabase &db, Subject::Kind kind,
                                            std::optional<qint64> only)
{
    switch (kind) {
    case Subject::Kind::Case:
        return digestsOf(db, caseSources, only);
    case Subject::Kind::Complaint:
        return digestsOf(db, complaintSources, only);
    case Subject::Kind::Document:
        return digestsOf(db, documentSources, only);
    }
    return QMap<qint64, QString>();
}

const std::pair<Subject::Kind, const char *> kindNames[] = {
    {Subject::Kind::Case, "case"},
    {Subject::Kind::Complaint, "complaint"},
    {Subject::Kind::Document, "document"},
};

QJsonValue digestValue(const QString &digest)
{
    return digest.isNull() ? QJsonValue() : QJsonValue(digest);
}

QString digestFrom(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}
} // namespace

QString Subject::key() const
{
    for (const auto &[k, name] : kindNames)
        if (k == kind)
            return QLatin1String(name) + QLatin1Char(':') + QString::number(id);
    return {};
}

std::optional<Subject> Subject::fromKey(const QString &key)
{
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    bool ok = false;
    const qint64 id = key.mid(colon + 1).toLongLong(&ok);
    if (colon < 0 || !ok)
        return std::nullopt;
    for (const auto &[k, name] : kindNames)
        if (key.left(colon) == QLatin1String(name))
            return Subject {k, id};
    return std::nullopt;
}

QString Subject::words() const
{
    switch (kind) {
    case Kind::Case:
        return Casework::tr("case %1").arg(id);
    case Kind::Complaint:
        return Casework::tr("complaint %1").arg(id);
    case Kind::Document:
        return Casework::tr("document %1").arg(id);
    }
    return {};
}

Result<QString> stateDigest(const QSqlDatabase &db, const Subject &subject)
{
    auto digests = digestsOfKind(db, subject.kind, subject.id);
    if (!digests)
        return digests.error();
    return digests->value(subject.id); // null when the subject is not there
}

Result<QMap<QString, QString>> stateDigests(const QSqlDatabase &db)
{
    QMap<QString, QString> all;
    for (const auto &[kind, name] : kindNames) {
        auto digests = digestsOfKind(db, kind, std::nullopt);
        if (!digests)
            return digests.error();
        for (auto it = digests->cbegin(); it != digests->cend(); ++it)
            all.insert(Subject {kind, it.key()}.key(), it.value());
    }
    return all;
}

Result<TrackedChange> TrackedChange::begin(const QSqlDatabase &tx, const QList<Subject> &subjects)
{
    TrackedChange change;
    for (const Subject &subject : subjects) {
        auto digest = stateDigest(tx, subject);
        if (!digest)
            return digest.error();
        change.m_before.append({subject, *digest});
    }
    return change;
}

Result<void> TrackedChange::record(QSqlDatabase &tx, const Stamp &stamp,
                                   const AuditLog::NewEntry &entry) const
{
    QJsonObject state;
    for (const auto &[subject, before] : m_before) {
        auto after = stateDigest(tx, subject);
        if (!after)
            return after.error();
        state.insert(subject.key(), QJsonArray {digestValue(before), digestValue(*after)});
    }
    return appendAudit(tx, stamp, entry, compact(state));
}

Result<void> sealCaseworkState(QSqlDatabase &tx)
{
    auto head = AuditLog::headIn(tx);
    if (!head)
        return head.error();
    auto digests = stateDigests(tx);
    if (!digests)
        return digests.error();
    if (head->entries == 0 && digests->isEmpty())
        return {}; // a new casebook: its casework is recorded from the first change on
    QJsonObject state;
    for (auto it = digests->cbegin(); it != digests->cend(); ++it)
        state.insert(it.key(), QJsonArray {QJsonValue(), it.value()});
    qCInfo(lcState) << "sealing the state of" << digests->size() << "subjects after entry" << head->entries;
    // Sealed while the file is migrated, before any clock is at hand: the system's time.
    return appendAudit(tx, stamp({}, Clock()),
                       {QStringLiteral("audit.seal"), QStringLiteral("casebook"), QStringLiteral("state"),
                        QStringLiteral("The casework as it stood when SignWatch began to record its state "
                                       "in the audit log: the baseline of later changes.")},
                       compact(state));
}

void StateReplay::add(const AuditEntry &entry)
{
    if (entry.state.isNull())
        return;
    const QJsonObject state = QJsonDocument::fromJson(entry.state.toUtf8()).object();
    for (auto it = state.constBegin(); it != state.constEnd(); ++it) {
        const auto subject = Subject::fromKey(it.key());
        if (!subject)
            continue;
        const QJsonArray pair = it.value().toArray();
        const QString before = digestFrom(pair.at(0));
        const auto last = m_last.constFind(it.key());
        const QString expected = last == m_last.cend() ? QString() : last->digest;
        if (before != expected) {
            if (last == m_last.cend())
                m_problems << Casework::tr("%1 was in the file before entry %2 first recorded it: it was "
                                           "added outside SignWatch.")
                                  .arg(subject->words())
                                  .arg(entry.id);
            else
                m_problems << Casework::tr("%1 was changed outside SignWatch after entry %2 (found changed "
                                           "by entry %3).")
                                  .arg(subject->words())
                                  .arg(last->entry)
                                  .arg(entry.id);
        }
        m_last.insert(it.key(), {digestFrom(pair.at(1)), entry.id});
    }
}

Result<QStringList> StateReplay::finish(const QSqlDatabase &db) const
{
    auto current = stateDigests(db);
    if (!current)
        return current.error();
    QStringList problems = m_problems;
    for (auto it = m_last.cbegin(); it != m_last.cend(); ++it) {
        const auto subject = Subject::fromKey(it.key());
        const QString now = current->value(it.key());
        if (now == it->digest)
            continue;
        if (now.isNull())
            problems << Casework::tr("%1 was removed from the file outside SignWatch after entry %2.")
                            .arg(subject->words())
                            .arg(it->entry);
        else
            problems << Casework::tr("%1 was changed outside SignWatch after entry %2.")
                            .arg(subject->words())
                            .arg(it->entry);
    }
    for (auto it = current->cbegin(); it != current->cend(); ++it)
        if (!m_last.contains(it.key()))
            problems << Casework::tr("%1 is in the file, but no audit entry records it: it was added outside "
                                     "SignWatch.")
                            .arg(Subject::fromKey(it.key())->words());
    return problems;
}

bool matchesRecord(const QByteArray &bytes, const QString &sha256, qint64 size)
{
    return bytes.size() == size
        && QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) == sha256;
}

Result<QStringList> storedPdfProblems(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, pdf, pdf_sha256, pdf_size FROM case_documents "
                               "WHERE state = 'signed' ORDER BY id")))
        return sqlFailure(Casework::tr("Could not read the case's documents."), q);
    QStringList problems;
    while (q.next())
        if (!matchesRecord(q.value(1).toByteArray(), q.value(2).toString(), q.value(3).toLongLong()))
            problems << Casework::tr("The stored PDF of %1 differs from the SHA-256 recorded when it was "
                                     "signed: it was changed outside SignWatch.")
                            .arg(Subject::ofDocument(q.value(0).toLongLong()).words());
    return problems;
}

} // namespace sw::casebook::detail
