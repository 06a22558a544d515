#pragma once

#include "registry/ConnectionSpec.h"
#include "registry/ContractCheck.h"
#include "statistics/OverviewStats.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class QThread;

namespace sw::registry {

class RegistryConnection;

// The open registry of a window: a worker thread owns the read-only RegistryConnection (QtSql
// allows a connection only in the thread that opened it) and does every database call, so the
// GUI thread never waits on the database. Requests are queued to the worker in order; results
// come back as signals on the thread that owns the session.
class RegistrySession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Opening, Open };

    explicit RegistrySession(QObject *parent = nullptr);
    ~RegistrySession() override;

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    // The registry being opened or open; empty when closed.
    std::optional<ConnectionSpec> spec() const { return m_spec; }

    // Opens `spec` read-only and checks it against the contract; replaces any open registry.
    // Ends with opened() or openFailed().
    void open(const ConnectionSpec &spec, const QString &password);
    // Gives up an open in progress: its result is ignored and the connection closed. A driver
    // that is waiting for a server cannot be interrupted, so the worker finishes in the background.
    void cancelOpen();
    void close();

    // Aggregates the overview in the database. Ends with overviewReady() or overviewFailed().
    void requestOverview();

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

    // The password the open registry was opened with (memory only; empty for SQLite), for work
    // that opens connections of its own, such as the scan (one connection per worker thread).
    QString password() const { return m_password; }

Q_SIGNALS:
    void opening(const sw::registry::ConnectionSpec &spec);
    void opened(const sw::registry::ConnectionSpec &spec, const sw::registry::ContractReport &report);
    void openFailed(const sw::Error &error);
    void closed();
    void overviewReady(const sw::statistics::Overview &overview);
    void overviewFailed(const sw::Error &error);
    // The worker found the connection dropped and could not restore it (connectionLost), or
    // restored it on a later request (connectionRestored).
    void connectionLost(const sw::Error &error);
    void connectionRestored();

private:
    class Worker;

    // Runs `job` in the worker thread.
    template<typename Job>
    void post(Job &&job);
    // From the worker: runs `deliver` on the session's thread if `generation` is still current.
    template<typename Deliver>
    void reply(quint64 generation, Deliver &&deliver);
    void setClosed();
    // The untyped half of request(): `work` runs in the worker thread; `deliver` runs on the
    // session's thread with nullptr after `work` ran, or with the error that kept it from running.
    void runJob(QObject *context, std::function<void(RegistryConnection &)> work,
                std::function<void(const Error *)> deliver);

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives in m_thread
    State m_state = State::Closed;
    std::optional<ConnectionSpec> m_spec;
    QString m_password;
    // Bumped on every open/close: results of an older generation are stale and dropped.
    quint64 m_generation = 0;
};

} // namespace sw::registry

Q_DECLARE_METATYPE(sw::Error)
Q_DECLARE_METATYPE(sw::registry::ConnectionSpec)
Q_DECLARE_METATYPE(sw::registry::ContractReport)
Q_DECLARE_METATYPE(sw::statistics::Overview)
