#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "util/Result.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <optional>

class QTimer;

namespace sw {
class Clock;
}
namespace sw::casebook {
class AuditLog;
class Casebook;
} // namespace sw::casebook
namespace sw::connection {
class SecretStore;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

class CaseworkServices;

// The casebook the console works on, and what is made on it (the audit log, the casework
// services), for as long as it is reachable (issue 13). The console starts without one: a shared
// casebook whose server cannot be reached leaves the casework pages saying so while the registry
// pages work; nothing falls back to a local file. A shared casebook's connection is checked now
// and then (a dropped one is noticed without a click), and the server's notifications of other
// desks' changes reach the window as tablesChanged(), bursts coalesced.
class CasebookSession : public QObject
{
    Q_OBJECT
public:
    enum class State { Closed, Open, Unavailable };

    CasebookSession(settings::Settings &settings, connection::SecretStore &secrets, const Clock &clock,
                    QObject *parent = nullptr);
    ~CasebookSession() override;

    // Connects (Casebook::connect) and makes the services; on failure the state is Unavailable and
    // error() says why. Either way the signals below tell the window.
    Result<void> connectTo(const connection::ConnectionSpec &spec,
                           const connection::Credentials &credentials);
    // Works on a casebook opened elsewhere (tests, a casebook set up with its owner's rights).
    void adopt(std::unique_ptr<casebook::Casebook> book);
    // Connects again to the last casebook, with the same credentials.
    Result<void> retry();
    // Marks the casebook unreachable: `error` says why (a failed check, a dropped connection).
    void lose(const sw::Error &error);
    // On a shared casebook: asks the server whether the connection still works; when it does not,
    // lose()s it. True while open.
    bool checkConnection();

    State state() const { return m_state; }
    bool isOpen() const { return m_state == State::Open; }
    casebook::Casebook *casebook() const { return m_casebook.get(); }
    casebook::AuditLog *audit() const { return m_audit.get(); }
    CaseworkServices *casework() const { return m_casework.get(); }
    // The casebook asked for last (open or not).
    std::optional<connection::ConnectionSpec> spec() const { return m_spec; }
    const sw::Error &error() const { return m_error; }
    // Why the outbox's tables are not ready (empty when they are).
    const QString &outboxNotice() const { return m_outboxNotice; }

    // How long a burst of notifications is gathered before tablesChanged() (ms), and how often a
    // shared casebook's connection is checked (ms; 0: never).
    void setCoalesceInterval(int ms);
    void setCheckInterval(int ms);

Q_SIGNALS:
    // The services are about to go: whatever holds a reference to them lets it go now.
    void aboutToClose();
    void opened();
    void unavailable(const sw::Error &error);
    // Another desk (or this one) changed these casebook tables.
    void tablesChanged(const QSet<QString> &tables);

private:
    void start(std::unique_ptr<casebook::Casebook> book);
    void drop();
    void notified(const QString &name, const QVariant &payload);

    settings::Settings &m_settings;
    connection::SecretStore &m_secrets;
    const Clock &m_clock;
    std::optional<connection::ConnectionSpec> m_spec;
    connection::Credentials m_credentials;
    State m_state = State::Closed;
    sw::Error m_error;
    QString m_outboxNotice;
    std::unique_ptr<casebook::Casebook> m_casebook;
    std::unique_ptr<casebook::AuditLog> m_audit;
    std::unique_ptr<CaseworkServices> m_casework;
    QSet<QString> m_changed;
    QTimer *m_coalesce;
    QTimer *m_check;
};

} // namespace sw::ui
