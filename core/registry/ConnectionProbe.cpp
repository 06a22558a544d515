#include "registry/ConnectionProbe.h"

#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

#include <memory>
#include <optional>

namespace sw::registry {

ConnectionProbe::ConnectionProbe(QObject *parent)
    : QObject(parent),
      m_result(Error::make(QCoreApplication::translate("Registry", "The connection has not been tested.")))
{ }

ConnectionProbe::~ConnectionProbe() = default;

void ConnectionProbe::start(const connection::ConnectionSpec &spec,
                            const connection::Credentials &credentials)
{
    const quint64 serial = ++m_serial;
    m_running = true;
    auto result = std::make_shared<std::optional<Result<Outcome>>>();
    // The connection is opened, used and closed inside the thread, as QtSql requires.
    QThread *thread = QThread::create([spec, credentials, result] {
        auto connection = RegistryConnection::open(spec, credentials, RegistryConnection::Mode::ReadOnly);
        if (!connection) {
            result->emplace(connection.error());
            return;
        }
        auto contract = checkContract((*connection)->database());
        if (!contract) {
            result->emplace(contract.error());
            return;
        }
        result->emplace(Outcome {*contract, (*connection)->security()});
    });
    thread->setObjectName(QStringLiteral("connection-probe"));
    // Not owned by the probe: a thread waiting for a server outlives a closed dialog, then goes.
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    connect(thread, &QThread::finished, this, [this, serial, result] {
        if (serial != m_serial || !result->has_value())
            return; // a newer probe replaced this one
        m_result = std::move(**result);
        m_running = false;
        Q_EMIT finished();
    });
    thread->start();
}

} // namespace sw::registry
