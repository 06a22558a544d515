#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QThread>

#include <functional>

class QTcpSocket;

namespace sw::test {

// A machine in the path that pretends to be a PostgreSQL server without TLS and asks for the
// password in clear text: it answers an SSLRequest (and a GSSENCRequest) with "N", a
// StartupMessage with AuthenticationCleartextPassword, and records whether a PasswordMessage
// arrives. It runs in a thread of its own, so that a client blocking in the test's thread (libpq
// connects synchronously) still gets its answers. Silent, it accepts connections and never says a
// word: a server that hangs.
class FakePostgresServer
{
public:
    enum class Behaviour { AskForClearTextPassword, Silent };

    // Listens on `address` (a free port).
    explicit FakePostgresServer(const QHostAddress &address = QHostAddress::LocalHost,
                                Behaviour behaviour = Behaviour::AskForClearTextPassword);
    ~FakePostgresServer();
    FakePostgresServer(const FakePostgresServer &) = delete;
    FakePostgresServer &operator=(const FakePostgresServer &) = delete;

    quint16 port() const { return m_port; }

    struct Seen
    {
        int tlsRequests = 0; // SSLRequest messages: the client asked for TLS and heard "no"
        int startups = 0; // StartupMessages: the client went on without TLS
        QByteArray password; // the PasswordMessage's content; empty when none came
        bool passwordReceived = false;
    };
    Seen seen() const;
    void reset();

private:
    void serve(QTcpSocket *socket); // in m_thread
    void record(const std::function<void(Seen &)> &change);

    QThread m_thread;
    QHostAddress m_address;
    Behaviour m_behaviour;
    quint16 m_port = 0;
    mutable QMutex m_lock;
    Seen m_seen;
};

} // namespace sw::test
