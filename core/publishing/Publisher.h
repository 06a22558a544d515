#pragma once

#include "publishing/Outbox.h"
#include "util/Result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

namespace sw::publishing {

// Sends the outbox's announcements to the Department's portal (§5.3: the Department announces an
// established violation publicly), one at a time, asynchronously on the thread that owns it (the
// GUI's): it never waits on the network.
//
// The protocol the portal implements
// ----------------------------------
//   POST <endpoint>                       HTTPS only (plain http only to 127.0.0.1/localhost, tests)
//   Authorization: Bearer <token>
//   Idempotency-Key: <UUID>               derived from the document (Outbox::idempotencyKey: its
//                                         number and SHA-256), the same on every attempt and desk
//   Accept: application/json
//   Content-Type: multipart/form-data; boundary=…
//     part name="metadata"  Content-Type: application/json; charset=utf-8
//       {"idempotencyKey": "<UUID>", "documentKind": "TB", "documentNumber": "01/TB-STTTT",
//        "title": "…", "sha256": "<hex of the PDF>", "size": <bytes>, "metadata": { … }}
//     part name="document"  filename="01-TB-STTTT.pdf"  Content-Type: application/pdf
//       the PDF bytes
//
//   The portal answers
//     200 or 201 {"reference": "…"}   stored; the reference is kept with the publication.
//     409 {"reference": "…"}          a document with this Idempotency-Key is already stored (an
//                                     earlier attempt whose answer was lost): the portal stores
//                                     nothing new and gives the existing reference (200 with the
//                                     reference is accepted as well).
//     408, 429, 5xx                   try again later (Retry-After in seconds is honoured).
//     401, 403                        the token is refused: failed until a person retries.
//     other 4xx, 3xx                  the announcement is refused: failed until a person retries.
//                                     An optional {"message": "…"} is shown as the detail.
//
// Retries: network errors, timeouts (no byte for transferTimeout), 408/429/5xx and a 2xx without a
// reference wait firstRetry × 2^(attempt−1), capped at maxRetry, ± jitter; the publication stays
// pending and keeps its key, so the portal never stores it twice. Neither the token nor the PDF's
// content is ever logged.
class Publisher : public QObject
{
    Q_OBJECT
public:
    struct Timing
    {
        std::chrono::milliseconds firstRetry {std::chrono::seconds(30)};
        std::chrono::milliseconds maxRetry {std::chrono::hours(1)};
        // No byte sent or received for this long aborts the attempt (QNetworkRequest::setTransferTimeout).
        std::chrono::milliseconds transferTimeout {std::chrono::seconds(30)};
        double jitter = 0.2; // the wait is spread by ± this fraction, so consoles do not retry in step
    };

    // The outbox must outlive the publisher.
    explicit Publisher(Outbox &outbox, QObject *parent = nullptr);
    ~Publisher() override;

    // The portal's address: https, or http to the loopback interface only (tests).
    static Result<QUrl> checkEndpoint(const QString &url);
    Result<void> setEndpoint(const QString &url);
    QUrl endpoint() const { return m_endpoint; }
    // The bearer token (the console keeps it in the system keychain).
    void setToken(const QString &token);
    bool hasToken() const { return !m_token.isEmpty(); }
    void setTiming(const Timing &timing) { m_timing = timing; }
    const Timing &timing() const { return m_timing; }

    // The wait before attempt `attempts` + 1, `random` in [0, 1) spreading it by ± jitter.
    static std::chrono::milliseconds backoff(int attempts, const Timing &timing, double random);

    // A last check of a publication before it is sent (the console compares it with the signed
    // document in the casebook: CaseDocuments::checkPublication). Besides it, the outbox's copy
    // must still match the SHA-256 taken when it was queued. A publication that fails either is
    // failed for good and never sent: a copy changed in the file is not published.
    using Check = std::function<Result<void>(const Publication &)>;
    void setCheck(Check check) { m_check = std::move(check); }

    // Why nothing can be sent (no portal address or no token); nothing when the publisher can send.
    std::optional<Error> configurationProblem() const;

    // Puts publications interrupted mid-send back in the queue (their key makes the resend safe)
    // and starts sending what is due.
    Result<void> start();
    // Stops sending; an attempt in flight is abandoned and its publication stays pending.
    void stop();
    bool isRunning() const { return m_running; }
    // The publication being sent, 0 when none.
    qint64 currentPublication() const { return m_currentId; }

    Outbox &outbox() { return m_outbox; }
    // Queues a document (Outbox::enqueue) and sends it as soon as possible.
    Result<EnqueueOutcome> publish(const NewPublication &document);
    // Sends a pending or failed publication now.
    Result<void> retryNow(qint64 id);
    // Removes a failed publication.
    Result<void> discard(qint64 id);

Q_SIGNALS:
    // The publication's state, attempts or error changed (re-read it from the outbox).
    void publicationChanged(qint64 id);
    void publicationConfirmed(qint64 id, const QString &reference);
    // The portal refused it for good; it waits for a person.
    void publicationFailed(qint64 id, const sw::Error &error);
    // One attempt failed; it is tried again at `nextAttempt`.
    void attemptFailed(qint64 id, const sw::Error &error, const QDateTime &nextAttempt);
    // The outbox itself could not be read or written.
    void outboxError(const sw::Error &error);

private:
    struct Outcome;
    void schedule();
    void sendNext();
    void finish(QNetworkReply *reply);
    Outcome classify(QNetworkReply *reply) const;
    void reportOutboxError(const Error &error);
    Result<void> checkBeforeSending(const Publication &publication) const;

    Outbox &m_outbox;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    QUrl m_endpoint;
    QString m_token;
    Timing m_timing;
    Check m_check;
    bool m_running = false;
    qint64 m_currentId = 0;
    QPointer<QNetworkReply> m_reply;
};

} // namespace sw::publishing
