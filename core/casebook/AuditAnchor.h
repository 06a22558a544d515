#pragma once

#include "util/Clock.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace sw::casebook {

// The newest entry of an audit chain: how many entries there are and the hash of the last one.
// Kept outside the casebook (AuditAnchor) and printed in signed documents, so that removing the
// newest entries shows.
struct AuditHead
{
    qint64 entries = 0; // n; 0: an empty log
    QString hash; // hex SHA-256 of entry n

    bool operator==(const AuditHead &) const = default;
};

// An anchor as it is kept.
struct StoredAnchor
{
    QString place; // where, in words: "the system keychain" or the file's path
    AuditHead head;
    QDateTime at; // when it was last raised (UTC)
};

// The head of a casebook's audit log kept outside the casebook: removing the newest entries (or all
// of them) leaves a valid but shorter chain, which only a copy kept elsewhere can show. After every
// write that added entries, Casebook raises the anchor to the new head: in the system keychain
// (entry "audit-anchor:<casebook path>" of the service "SignWatch"), or, when the keychain cannot be
// used, in a file readable by the user only (0600) in the console's configuration folder (said once
// per process through the notice handler, never failing the write). An anchor is only ever raised:
// another console may have written a later head. AuditLog::verify() checks the file against every
// anchor found; more entries than an anchor names are fine (written since).
class AuditAnchor
{
public:
    // `casebookPath`: the casebook's canonical absolute path (a database URL later), which names
    // its anchors; `clock` dates each raise of the head.
    explicit AuditAnchor(QString casebookPath, Clock clock = {});

    // Raises the anchor to `head` unless it already names as many entries. Remembers the head it
    // raised, so that writes that add no entry (draft autosaves) cost no keychain round trip.
    void raise(const AuditHead &head);
    // Every anchor kept for this casebook: the keychain's and the file's, when there are.
    QList<StoredAnchor> stored() const;

    // This casebook's anchor file (whether it exists or not).
    QString file() const { return filePath(m_casebookPath); }
    // The key in the keychain and the file of the anchors of `casebookPath`.
    static QString keychainKey(const QString &casebookPath);
    static QString filePath(const QString &casebookPath);

    // Who tells the user, once per process, that anchors go to the file because the keychain cannot
    // be used: the command line prints it, the console shows it. Without one it is logged.
    static void setNoticeHandler(std::function<void(const QString &)> handler);

private:
    void raiseOnce(const AuditHead &head);
    bool raiseInKeychain(const AuditHead &head);
    void raiseInFile(const AuditHead &head);

    QString m_casebookPath;
    Clock m_clock;
    qint64 m_raised = 0; // the head this object last raised (or found higher)
    bool m_keychainFailed = false; // for the rest of this object's life, the file is used
    bool m_raising = false;
    AuditHead m_pending; // a head that arrived while raising
};

} // namespace sw::casebook
