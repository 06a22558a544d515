#pragma once

#include "casebook/AuditAnchor.h"
#include "casebook/CasebookPeople.h"
#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sw::casebook {

class Casebook;

// One entry of the audit log. `before` and `after` are JSON text (null: none).
struct AuditEntry
{
    qint64 id = 0; // 1, 2, 3… without gaps
    QDateTime at; // UTC, to the second
    QString actor; // the operating-system user
    QString action; // e.g. "citizen.unmask"
    QString subjectKind; // e.g. "citizen"
    QString subjectId;
    QString reason;
    QString before;
    QString after;
    // The casework subjects the change touched, each with its state digest before and after it
    // (CaseworkState.h): {"case:3": ["<hex>", "<hex>"], …}, null before the first or after the
    // last. Null for entries about nothing in the casework (and for entries written before
    // SignWatch recorded digests).
    QString state;
    QString previousHash; // hex SHA-256 of the entry before (64 zeros for the first)
    QString hash; // hex SHA-256 over previousHash and this entry's canonical content

    // The bytes the hash covers besides previousHash: every field, length-prefixed, so that no
    // two different entries share them and nothing depends on a JSON writer's formatting. `state`
    // is included only when it is set, so entries written before it existed verify as they did.
    QByteArray canonicalContent() const;
};

// One anchor verify() compared the file with.
struct AnchorCheck
{
    StoredAnchor anchor;
    bool holds = false; // the file has entry n with the anchor's hash
};

// What verify() found.
struct AuditCheck
{
    enum class Problem {
        None,
        Edited, // the entry's content no longer matches its hash
        Removed, // the entry before this one is gone (ids skip)
        Reordered, // the entry does not follow the one before it: moved, inserted or renumbered
        Truncated, // an anchor names more entries than the file has, or entry n differs
        StateChanged, // casework changed outside SignWatch (a case, complaint or document)
    };
    qint64 entries = 0; // entries read
    Problem problem = Problem::None; // the first problem found
    std::optional<qint64> firstBrokenId; // the first entry that does not verify (chain problems)
    QStringList problems; // every problem found, in words, for the user
    QList<AnchorCheck> anchors; // the anchors compared, held or not
    bool intact() const { return problem == Problem::None; }
};

// The append-only audit log in the casebook: who did what to which subject, when and why. Each
// entry is chained to the one before by SHA-256, so an entry edited, deleted, reordered or slipped
// in afterwards breaks the chain at that place. The console has no API to change or delete an
// entry (and the file refuses it: CasebookMigrations). Removing the newest entries leaves a
// shorter valid chain: the head is therefore kept outside the file after every write
// (AuditAnchor) and verify() compares the file with it. Entries about casework carry the state
// digests of what they changed, so that verify() also finds casework changed outside SignWatch.
class AuditLog
{
public:
    explicit AuditLog(Casebook &casebook);

    struct NewEntry
    {
        QString action {};
        QString subjectKind {};
        QString subjectId {};
        QString reason {};
        QString before {}; // JSON text or empty
        QString after {};
    };

    // Appends one entry in one transaction and returns it as stored. Fails (nothing written) on
    // an empty action or subject, or `before`/`after` that is not JSON.
    Result<AuditEntry> append(const NewEntry &entry);
    // Entries in id order; all of them, or those of one subject.
    Result<QList<AuditEntry>> entries() const;
    Result<QList<AuditEntry>> entriesFor(const QString &subjectKind, const QString &subjectId) const;
    // Entries written at or after `from` and before `until` (either invalid: no bound), in id order.
    Result<QList<AuditEntry>> entriesBetween(const QDateTime &from, const QDateTime &until) const;
    // The newest entry, if any.
    Result<std::optional<AuditEntry>> head() const;
    // The names of the people the entries record (CasebookPeople), for reading them.
    Result<CasebookPeople> people() const;
    // Reads the whole chain and reports the first entry that breaks it; compares it with every
    // anchor of the casebook (AuditAnchor) and the casework in the file with the state the
    // entries recorded (CaseworkState), and each signed PDF with its recorded SHA-256.
    Result<AuditCheck> verify() const;

    // The head of the log in `db` (inside a transaction: the head it is about to commit).
    static Result<AuditHead> headIn(const QSqlDatabase &db);
    // Appends `entry` inside the caller's transaction: fills in its id, previous hash and hash
    // from the last entry and inserts it.
    static Result<void> insert(QSqlDatabase &tx, AuditEntry &entry);

    // The operating-system user name of this process.
    static QString currentOsUser();
    // For tests: who appends (default currentOsUser()). The time is the casebook's clock.
    void setActor(const QString &actor) { m_actor = actor; }

    static QString genesisHash(); // 64 zeros
    static QString chainHash(const QString &previousHash, const AuditEntry &entry);

private:
    Result<QList<AuditEntry>> select(const QString &where, const QStringList &bindings) const;

    Casebook &m_casebook;
    QString m_actor;
};

} // namespace sw::casebook
