#pragma once

// The state of the casework as the audit log follows it (internal to the casebook).
//
// Each case, complaint and document is a subject with a digest: SHA-256 over what its state is
// made of, read from the file. Every change through SignWatch appends its audit entry with the
// digests of the subjects it touched before and after the change, computed in the change's own
// transaction (TrackedChange). AuditLog::verify() replays them (StateReplay): each entry's "before"
// must be the previous entry's "after", and the last "after" the subject as it is in the file. A
// change made outside SignWatch therefore shows, even when a later legitimate change follows it.
//
// What a digest covers:
// - a case: its row (provider, names, title, status and reason, exclusion, publication reference,
//   creation time), its findings (key, rule, subject, JSON line, when added) and the publications
//   recorded for it;
// - a complaint: its row (citizen, provider, receipt, channel, statement, timeline, notes, outcome,
//   case, creation time) and its linked findings;
// - a document: kind, state, case, year and number, what it corrects, the PDF's SHA-256 and size,
//   when and by whom it was signed, and once signed the SHA-256 of the content signed.
// Left out: every updated_at (a touch, not a change of state) and a draft's content, so that the
// autosaves of a draft (CaseDocuments::saveDraft, every few seconds) need no audit entry. The
// outbox (publishing/Outbox) is not casework but a delivery queue: its copy of a PDF is checked
// against the signed document before it is sent (CaseDocuments::checkPublication).

#include "casebook/AuditLog.h"
#include "casebook/CaseworkSupport.h"
#include "util/Result.h"

#include <QList>
#include <QMap>
#include <QPair>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw::casebook::detail {

struct Subject
{
    enum class Kind { Case, Complaint, Document };
    Kind kind = Kind::Case;
    qint64 id = 0;

    static Subject ofCase(qint64 id) { return {Kind::Case, id}; }
    static Subject ofComplaint(qint64 id) { return {Kind::Complaint, id}; }
    static Subject ofDocument(qint64 id) { return {Kind::Document, id}; }
    // "case:3", "complaint:5", "document:2": the key in an entry's state.
    QString key() const;
    static std::optional<Subject> fromKey(const QString &key);
    // "case 3", translated, for the user.
    QString words() const;
};

// The subject's digest as it is in `db`; a null string when it is not there.
Result<QString> stateDigest(const QSqlDatabase &db, const Subject &subject);
// Every subject in `db` by key, with its digest.
Result<QMap<QString, QString>> stateDigests(const QSqlDatabase &db);

// One change of casework, made inside the caller's transaction: begin() reads the digests of the
// subjects it is about to change, record() appends its audit entry with them and their digests
// after the change.
class TrackedChange
{
public:
    static Result<TrackedChange> begin(const QSqlDatabase &tx, const QList<Subject> &subjects);
    Result<void> record(QSqlDatabase &tx, const Stamp &stamp, const AuditLog::NewEntry &entry) const;

private:
    QList<QPair<Subject, QString>> m_before;
};

// Appends the "audit.seal" entry holding every subject's digest as it stands: the baseline of a
// casebook written before entries carried digests (a migration step). Nothing for a casebook with
// neither entries nor casework.
Result<void> sealCaseworkState(QSqlDatabase &tx);

// Follows the recorded states entry by entry (in chain order), then compares the last of each
// subject with the file.
class StateReplay
{
public:
    void add(const AuditEntry &entry);
    // Every difference, in words ("case 3 was changed outside SignWatch after entry 41.").
    Result<QStringList> finish(const QSqlDatabase &db) const;

private:
    struct Last
    {
        QString digest; // null: the subject was removed
        qint64 entry = 0;
    };
    QMap<QString, Last> m_last;
    QStringList m_problems;
};

// Whether `bytes` are the PDF whose SHA-256 (hex) and size were recorded.
bool matchesRecord(const QByteArray &bytes, const QString &sha256, qint64 size);
// Every signed document whose stored PDF no longer matches its recorded SHA-256 and size, in words.
Result<QStringList> storedPdfProblems(const QSqlDatabase &db);

} // namespace sw::casebook::detail
