#pragma once

#include "registry/ConnectionSpec.h"
#include "registry/ContractCheck.h"
#include "statistics/OverviewStats.h"
#include "util/Result.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <optional>

class QThread;

namespace sw::registry {

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

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives in m_thread
    State m_state = State::Closed;
    std::optional<ConnectionSpec> m_spec;
    // Bumped on every open/close: results of an older generation are stale and dropped.
    quint64 m_generation = 0;
};

} // namespace sw::registry

Q_DECLARE_METATYPE(sw::Error)
Q_DECLARE_METATYPE(sw::registry::ConnectionSpec)
Q_DECLARE_METATYPE(sw::registry::ContractReport)
Q_DECLARE_METATYPE(sw::statistics::Overview)
