#pragma once

#include "connection/ConnectionSecurity.h"
#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "registry/ContractCheck.h"
#include "util/Result.h"

#include <QObject>

namespace sw::registry {

// "Test connection": opens a registry read-only in a thread of its own, checks it against the
// contract, reads how the connection is secured, closes it again and reports on the thread that
// owns the probe. Nothing else changes: the registry open in the window stays as it is.
class ConnectionProbe : public QObject
{
    Q_OBJECT
public:
    struct Outcome
    {
        ContractReport contract;
        connection::ConnectionSecurity security;
    };

    explicit ConnectionProbe(QObject *parent = nullptr);
    // A probe still waiting for its server finishes in the background; its result is dropped.
    ~ConnectionProbe() override;

    // Ends with finished(); a probe under way is given up first.
    void start(const connection::ConnectionSpec &spec, const connection::Credentials &credentials);
    bool isRunning() const { return m_running; }
    // The last probe's result, valid after finished().
    const Result<Outcome> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    Result<Outcome> m_result;
    bool m_running = false;
    quint64 m_serial = 0;
};

} // namespace sw::registry
