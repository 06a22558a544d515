#include "registry/RegistrySession.h"

#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include <memory>

Q_LOGGING_CATEGORY(lcSession, "signwatch.registry.session")

namespace sw::registry {

// The worker's state. Touched only inside jobs posted to the worker thread.
class RegistrySession::Worker : public QObject
{
public:
    std::unique_ptr<RegistryConnection> connection;
    bool lost = false;
};

RegistrySession::RegistrySession(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<sw::Error>();
    qRegisterMetaType<sw::registry::ConnectionSpec>();
    qRegisterMetaType<sw::registry::ContractReport>();
    qRegisterMetaType<sw::statistics::Overview>();

    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("registry-worker"));
    m_worker = new Worker;
    m_worker->moveToThread(m_thread);
    // The worker and its connection are destroyed in the worker thread, as QtSql requires
    // (deferred deletes of a finishing thread run in that thread).
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

RegistrySession::~RegistrySession()
{
    ++m_generation;
    m_thread->quit();
    m_thread->wait(); // a running query finishes first: the connection must close in its thread
}

template<typename Job>
void RegistrySession::post(Job &&job)
{
    QMetaObject::invokeMethod(m_worker, std::forward<Job>(job), Qt::QueuedConnection);
}

template<typename Deliver>
void RegistrySession::reply(quint64 generation, Deliver &&deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, generation, deliver = std::forward<Deliver>(deliver)] {
            if (generation == m_generation) // else closed or replaced meanwhile: stale
                deliver();
        },
        Qt::QueuedConnection);
}

void RegistrySession::open(const ConnectionSpec &spec, const QString &password)
{
    const quint64 generation = ++m_generation;
    m_state = State::Opening;
    m_spec = spec;
    m_password = password;
    Q_EMIT opening(spec);
    qCInfo(lcSession) << "opening registry" << engineName(spec.engine) << spec.displayName();

    post([this, worker = m_worker, spec, password, generation] {
        worker->connection.reset();
        worker->lost = false;
        // A result of a cancelled or replaced open is dropped; the close queued after it then
        // releases the connection.
        auto fail = [this, generation](const Error &error) {
            reply(generation, [this, error] {
                setClosed();
                Q_EMIT openFailed(error);
            });
        };
        auto connection = RegistryConnection::open(spec, password, RegistryConnection::Mode::ReadOnly);
        if (!connection)
            return fail(connection.error());
        auto report = checkContract((*connection)->database());
        if (!report)
            return fail(report.error());
        worker->connection = std::move(connection.value());
        reply(generation, [this, spec, report = report.value()] {
            m_state = State::Open;
            Q_EMIT opened(spec, report);
        });
    });
}

void RegistrySession::cancelOpen()
{
    if (m_state != State::Opening)
        return;
    qCInfo(lcSession) << "opening cancelled";
    close();
}

void RegistrySession::close()
{
    ++m_generation;
    post([worker = m_worker] {
        worker->connection.reset();
        worker->lost = false;
    });
    if (m_state == State::Closed)
        return;
    setClosed();
    Q_EMIT closed();
}

void RegistrySession::setClosed()
{
    m_state = State::Closed;
    m_spec.reset();
    m_password.clear();
}

void RegistrySession::runJob(QObject *context, std::function<void(RegistryConnection &)> work,
                             std::function<void(const Error *)> deliver)
{
    const QPointer<QObject> guard(context);
    if (m_state != State::Open) {
        const Error error = Error::make(QCoreApplication::translate("Registry", "No registry is open."), {},
                                        Error::Kind::Unavailable);
        QMetaObject::invokeMethod(
            this,
            [guard, error, deliver = std::move(deliver)] {
                if (guard)
                    deliver(&error);
            },
            Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    post([this, worker = m_worker, generation, guard, work = std::move(work),
          deliver = std::move(deliver)]() mutable {
        if (!worker->connection)
            return; // closed before this job ran: the reply would be stale anyway
        if (auto alive = worker->connection->ensureAlive(); !alive) {
            worker->lost = true;
            reply(generation, [this, guard, error = alive.error(), deliver = std::move(deliver)] {
                Q_EMIT connectionLost(error);
                if (guard)
                    deliver(&error);
            });
            return;
        }
        if (worker->lost) {
            worker->lost = false;
            reply(generation, [this] { Q_EMIT connectionRestored(); });
        }
        work(*worker->connection);
        reply(generation, [guard, deliver = std::move(deliver)] {
            if (guard)
                deliver(nullptr);
        });
    });
}

void RegistrySession::requestOverview()
{
    request<statistics::Overview>(
        this, [](RegistryConnection &connection) { return statistics::loadOverview(connection.database()); },
        [this](Result<statistics::Overview> overview) {
            if (overview)
                Q_EMIT overviewReady(overview.value());
            else
                Q_EMIT overviewFailed(overview.error());
        });
}

} // namespace sw::registry
