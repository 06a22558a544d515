#pragma once

#include "connection/ConnectionSecurity.h"
#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "registry/ContractCheck.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

namespace sw::registry {

class RegistryConnection;

// The open registry of a window: a worker thread owns the read-only RegistryConnection (QtSql
// allows a connection only in the thread that opened it) and does every database call, so the
// GUI thread never waits on the database. Requests are queued to the worker in order; results
// come back as signals on the thread that owns the session.
// Opening another registry while one is open connects and checks the new one on a worker of its
// own first: the open registry stays open and usable meanwhile, and stays open when the attempt
// fails or is cancelled. Only a successful attempt replaces it.
class RegistrySession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open };

    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    // Open while a registry is open, even when another is being tried; Opening while the first
    // registry is being opened.
    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The registry open, or being opened when none is; empty when closed.
    std::optional<connection::ConnectionSpec> spec() const { return m_spec; }
    // The registry an attempt in progress is trying (also while another stays open); empty when
    // no attempt is under way.
    std::optional<connection::ConnectionSpec> pendingSpec() const { return m_pendingSpec; }
    // Read from the open registry's live connection when it was opened.
    connection::ConnectionSecurity security() const { return m_security; }

    // Opens `spec` read-only and checks it against the contract; when that succeeds it replaces
    // the open registry. Starts with opening() and ends with opened() or openFailed(); an attempt
    // still under way is given up first.
    void open(const connection::ConnectionSpec &spec, const connection::Credentials &credentials);
    // Gives up an attempt in progress: its result is ignored and its connection closed. A driver
    // that is waiting for a server cannot be interrupted, so its worker finishes in the background.
    // With no registry open the session closes (closed()); otherwise the open registry stays and
    // openFailed() reports the cancellation (Error::Kind::Cancelled).
    void cancelOpen();
    void close();

    // Runs `job` (Result<T>(RegistryConnection &)) in the worker thread on the open registry, after
    // checking that the connection is alive, and calls `done` (void(Result<T>)) with its result
    // on the session's thread, unless `context` is gone or the registry was closed or replaced
    // meanwhile. With no registry open, `done` gets an Unavailable error (also queued). Jobs run
    // one at a time, in the order requested. `job` must not touch GUI objects.
    template<typename T, typename Job, typename Done>
    void request(QObject *context, Job job, Done done)
    {
        auto result = std::make_shared<std::optional<Result<T>>>();
        runJob(
            context,
            [result, job = std::move(job)](RegistryConnection &connection) mutable {
                result->emplace(job(connection));
            },
            [result, done = std::move(done)](const Error *failure) mutable {
                if (failure)
                    done(Result<T>(*failure));
                else
                    done(std::move(**result));
            });
    }

    // The credentials the open registry was opened with (memory only; empty for SQLite), for work
    // that opens connections of its own, such as the scan (one connection per worker thread).
    connection::Credentials credentials() const { return m_credentials; }

Q_SIGNALS:
    // An attempt to open `spec` started; isOpen() says whether another registry stays open.
    void opening(const sw::connection::ConnectionSpec &spec);
    void opened(const sw::connection::ConnectionSpec &spec, const sw::registry::ContractReport &report,
                const sw::connection::ConnectionSecurity &security);
    // An attempt failed or was cancelled; isOpen() says whether the previous registry stays open.
    void openFailed(const sw::Error &error);
    void closed();
    // The worker found the connection dropped and could not restore it (connectionLost), or
    // restored it on a later request (connectionRestored).
    void connectionLost(const sw::Error &error);
    void connectionRestored();

private:
    class Worker;

    // A worker with a thread of its own; retire() lets it close its connection and end.
    Worker *startWorker();
    void retire(Worker *worker);
    // Gives up the attempt under way, if any: its result will be dropped.
    void dropAttempt();
    // Runs `job` in `worker`'s thread, or in the open registry's.
    template<typename Job>
    void postTo(Worker *worker, Job &&job);
    template<typename Job>
    void post(Job &&job);
    // From the worker: runs `deliver` on the session's thread if `generation` is still current.
    template<typename Deliver>
    void reply(quint64 generation, Deliver &&deliver);
    // From an attempt's worker: runs `deliver` on the session's thread if it is still the attempt.
    template<typename Deliver>
    void replyToAttempt(quint64 attempt, Deliver &&deliver);
    void attemptSucceeded(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
                          const ContractReport &report, const connection::ConnectionSecurity &security);
    void attemptFailed(const Error &error);
    void setClosed();
    // The untyped half of request(): `work` runs in the worker thread; `deliver` runs on the
    // session's thread with nullptr after `work` ran, or with the error that kept it from running.
    void runJob(QObject *context, std::function<void(RegistryConnection &)> work,
                std::function<void(const Error *)> deliver);

    Worker *m_worker = nullptr; // the open registry's, in a thread of its own
    Worker *m_attemptWorker = nullptr; // the attempt's under way, in a thread of its own
    State m_state = State::Closed;
    std::optional<connection::ConnectionSpec> m_spec;
    std::optional<connection::ConnectionSpec> m_pendingSpec;
    connection::Credentials m_credentials;
    connection::ConnectionSecurity m_security;
    // Bumped whenever the open registry closes or is replaced: results of an older generation
    // are stale and dropped.
    quint64 m_generation = 0;
    // Bumped on every attempt: results of an older attempt are dropped.
    quint64 m_attempt = 0;
};

} // namespace sw::registry

Q_DECLARE_METATYPE(sw::connection::ConnectionSpec)
Q_DECLARE_METATYPE(sw::registry::ContractReport)
