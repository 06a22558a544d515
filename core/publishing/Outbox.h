#pragma once

#include "util/Clock.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sw::casebook {
class Casebook;
}

namespace sw::publishing {

// Where a publication is on its way to the Department's portal (§5.3: the announcement is made
// public).
enum class PublicationState {
    Pending, // waiting for its next attempt
    Sending, // an attempt is under way (left over after a crash: sent again, same key)
    Confirmed, // the portal confirmed it and gave its reference
    Failed // the portal refused it for good (bad token, invalid document): needs a person
};
QString stateCode(PublicationState state); // "pending", "sending", "confirmed", "failed"
std::optional<PublicationState> stateFromCode(const QString &code);

// What the console hands to the outbox: one finished document.
struct NewPublication
{
    QString documentKind; // "TB" (thông báo) for announcements
    QString documentNumber; // "01/TB-STTTT": identifies the document, unique in the outbox
    QString title; // the subject line (trích yếu)
    QByteArray pdf;
    QJsonObject metadata; // what the portal lists with it (date, signer, minutes cited...)
};

// A publication as the outbox keeps it.
struct Publication
{
    qint64 id = 0;
    // Sent with every attempt: Outbox::idempotencyKey(number, SHA-256) of the document, so that two
    // desks queuing the same document give the portal the same key. Publications queued before
    // SignWatch derived it keep the random UUID they were given.
    QString idempotencyKey;
    QString documentKind;
    QString documentNumber;
    QString title;
    QByteArray pdf; // empty unless asked for (Outbox::publication(id, true))
    qint64 pdfSize = 0;
    QString pdfSha256; // lower-case hex
    QJsonObject metadata;
    PublicationState state = PublicationState::Pending;
    int attempts = 0; // attempts since it was queued (or last retried by hand)
    QDateTime nextAttemptAt; // UTC; meaningful while pending
    QString lastError; // for the user; empty when the last attempt succeeded
    QString lastErrorDetail; // technical cause (HTTP status, network error); never the token
    QString portalReference; // from the portal's confirmation
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime confirmedAt;
};

struct EnqueueOutcome
{
    qint64 id = 0;
    bool created = false; // false: the same document was already in the outbox (queued from here or
                          // from another desk on the same casebook)
    PublicationState state = PublicationState::Pending; // the publication's state now
    QString portalReference; // when the portal already confirmed it
};

// The durable queue of publications, in the casebook file (Outbox::migrate): it survives restarts, and every
// change is one transaction. Times are kept as UTC milliseconds since the epoch (back-off in tests is in
// milliseconds). Used from the thread that opened the connection.
class Outbox
{
public:
    // `clock` dates the queue (due times, confirmations): the console's one clock.
    explicit Outbox(QSqlDatabase db, Clock clock = {});

    // The outbox's tables live in the casebook file, on publishing's own migration track there
    // ("publishing", Casebook::migrateTrack): brings them up to date. Run once when publishing is
    // set up on a casebook, before an Outbox works on its database(). The first step finds the
    // tables already in a casebook written when they were one of its own steps (version 3).
    static Result<void> migrate(casebook::Casebook &casebook);
    // The name of publishing's track in the casebook.
    static QString migrationTrack() { return QStringLiteral("publishing"); }
    // The table the outbox keeps in the casebook (moved with a desk's casebook: casebook migrate).
    static QString tableName() { return QStringLiteral("publication_outbox"); }

    QDateTime now() const { return m_clock.now(); }

    // The idempotency key of a document: a name-based UUID (version 5, RFC 4122) of its number and
    // the SHA-256 of its PDF (lower-case hex) in SignWatch's own namespace. The portal's protocol
    // asks for a UUID (Publisher.h); deriving it from the document, not drawing it at random, makes
    // the same document queued on two desks one publication for the portal.
    static QString idempotencyKey(const QString &documentNumber, const QString &pdfSha256);

    // Queues a document under idempotencyKey(), due at once. The same document again (same number
    // and same SHA-256), from this desk or another one on the same casebook, gives back the
    // existing publication (created = false, with its state); another document under a number
    // already queued is refused (a corrected announcement needs a new number, or the failed one
    // discarded first): nothing is published twice, and no number stands for two documents.
    Result<EnqueueOutcome> enqueue(const NewPublication &document);

    // Every publication, newest first, without the PDF bytes.
    Result<QList<Publication>> list() const;
    Result<Publication> publication(qint64 id, bool withPdf = false) const;
    // The pending publication due first at `at` (next_attempt_at <= at), with its PDF.
    Result<std::optional<Publication>> nextDue(const QDateTime &at) const;
    // When the earliest pending publication is due; nothing when none is pending.
    Result<std::optional<QDateTime>> nextAttemptTime() const;

    // Pending -> Sending, one more attempt. Fails with Kind::NotFound when the publication is no
    // longer pending (another console on the same file took it).
    Result<void> markSending(qint64 id);
    // Sending -> Confirmed with the portal's reference.
    Result<void> markConfirmed(qint64 id, const QString &reference);
    // Sending -> Pending again at `nextAttempt`, with why this attempt failed.
    Result<void> markRetry(qint64 id, const QDateTime &nextAttempt, const Error &why);
    // Sending -> Failed for good, with why.
    Result<void> markFailed(qint64 id, const Error &why);
    // After a crash: every Sending publication back to Pending, due now. Returns how many.
    Result<int> resumeInterrupted();
    // Pending or Failed -> Pending, due now. A failed one starts its back-off afresh.
    Result<void> retryNow(qint64 id);
    // Removes a Failed publication (never stored by the portal), so that a corrected document
    // can take its number.
    Result<void> discard(qint64 id);

private:
    Result<void> transaction(const std::function<Result<void>()> &work) const;
    Result<void> transition(qint64 id, const QList<PublicationState> &from, const QString &assignments,
                            const QVariantList &values);

    QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace sw::publishing
