#include "registry/RegistrySession.h"

#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QPointer>
#include <QThread>

#include <memory>
#include <utility>

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
    qRegisterMetaType<sw::connection::ConnectionSpec>();
    qRegisterMetaType<sw::registry::ContractReport>();
    qRegisterMetaType<sw::connection::ConnectionSecurity>();
}

RegistrySession::~RegistrySession()
{
    ++m_generation;
    ++m_attempt;
    // Every worker's thread, retired ones too: a running query or connect finishes first, as the
    // connections must close in their threads.
    for (QThread *thread : findChildren<QThread *>(Qt::FindDirectChildrenOnly)) {
        thread->quit();
        thread->wait();
    }
}

RegistrySession::Worker *RegistrySession::startWorker()
{
    auto *thread = new QThread(this);
    thread->setObjectName(QStringLiteral("registry-worker"));
    auto *worker = new Worker;
    worker->moveToThread(thread);
    // The worker and its connection are destroyed in the worker thread, as QtSql requires
    // (deferred deletes of a finishing thread run in that thread).
    connect(thread, &QThread::finished, worker, &QObject::deleteLater);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
    return worker;
}

void RegistrySession::retire(Worker *worker)
{
    if (!worker)
        return;
    // Jobs already queued run first (their replies are stale and dropped); then the thread ends
    // and the worker goes with its connection.
    QMetaObject::invokeMethod(
        worker, [thread = worker->thread()] { thread->quit(); }, Qt::QueuedConnection);
}

template<typename Job>
void RegistrySession::postTo(Worker *worker, Job &&job)
{
    QMetaObject::invokeMethod(worker, std::forward<Job>(job), Qt::QueuedConnection);
}

template<typename Job>
void RegistrySession::post(Job &&job)
{
    postTo(m_worker, std::forward<Job>(job));
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

template<typename Deliver>
void RegistrySession::replyToAttempt(quint64 attempt, Deliver &&deliver)
{
    QMetaObject::invokeMethod(
        this,
        [this, attempt, deliver = std::forward<Deliver>(deliver)] {
            if (attempt == m_attempt && m_attemptWorker) // else given up or replaced meanwhile
                deliver();
        },
        Qt::QueuedConnection);
}

void RegistrySession::open(const connection::ConnectionSpec &spec, const connection::Credentials &credentials)
{
    dropAttempt();
    const quint64 attempt = ++m_attempt;
    m_pendingSpec = spec;
    if (m_state != State::Open) {
        m_state = State::Opening;
        m_spec = spec;
    }
    m_attemptWorker = startWorker();
    Q_EMIT opening(spec);
    qCInfo(lcSession) << "opening registry" << connection::engineName(spec.engine) << spec.displayName()
                      << (isOpen() ? "while another stays open" : "");

    postTo(m_attemptWorker, [this, worker = m_attemptWorker, spec, credentials, attempt] {
        auto fail = [this, attempt](const Error &error) {
            replyToAttempt(attempt, [this, error] { attemptFailed(error); });
        };
        auto connection = RegistryConnection::open(spec, credentials, RegistryConnection::Mode::ReadOnly);
        if (!connection)
            return fail(connection.error());
        auto report = checkContract((*connection)->database());
        if (!report)
            return fail(report.error());
        const connection::ConnectionSecurity security = (*connection)->security();
        worker->connection = std::move(connection.value());
        replyToAttempt(attempt, [this, spec, credentials, report = report.value(), security] {
            attemptSucceeded(spec, credentials, report, security);
        });
    });
}

void RegistrySession::attemptSucceeded(const connection::ConnectionSpec &spec,
                                       const connection::Credentials &credentials,
                                       const ContractReport &report,
                                       const connection::ConnectionSecurity &security)
{
    retire(m_worker);
    m_worker = std::exchange(m_attemptWorker, nullptr);
    ++m_generation; // replies of the replaced registry's jobs are stale now
    m_pendingSpec.reset();
    m_state = State::Open;
    m_spec = spec;
    m_credentials = credentials;
    m_security = security;
    Q_EMIT opened(spec, report, security);
}

void RegistrySession::attemptFailed(const Error &error)
{
    retire(std::exchange(m_attemptWorker, nullptr));
    m_pendingSpec.reset();
    if (m_state == State::Opening)
        setClosed();
    Q_EMIT openFailed(error);
}

void RegistrySession::dropAttempt()
{
    ++m_attempt;
    retire(std::exchange(m_attemptWorker, nullptr));
    m_pendingSpec.reset();
}

void RegistrySession::cancelOpen()
{
    if (!m_attemptWorker)
        return;
    qCInfo(lcSession) << "opening cancelled";
    const QString tried = m_pendingSpec ? m_pendingSpec->displayName() : QString();
    dropAttempt();
    if (m_state == State::Opening) {
        setClosed();
        Q_EMIT closed();
        return;
    }
    Q_EMIT openFailed(
        Error::make(QCoreApplication::translate("Registry", "Connecting to %1 was cancelled; %2 stays open.")
                        .arg(tried, m_spec ? m_spec->displayName() : QString()),
                    {}, Error::Kind::Cancelled));
}

void RegistrySession::close()
{
    dropAttempt();
    ++m_generation;
    retire(std::exchange(m_worker, nullptr));
    if (m_state == State::Closed)
        return;
    setClosed();
    Q_EMIT closed();
}

void RegistrySession::setClosed()
{
    m_state = State::Closed;
    m_spec.reset();
    m_credentials = {};
    m_security = {};
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

} // namespace sw::registry
