#pragma once

// An HTTP/1.1 server on 127.0.0.1 for the signing tests (a time-stamping authority, a CRL
// distribution point): a thread of its own, since the code under test blocks its thread on its
// HTTP exchange, that reads each request (headers, then a Content-Length body) and answers it with
// what the handler returns, one connection at a time, closing each. (LocalHttpServer, for the
// portal, runs in the test's own event loop instead.)

#include <QByteArray>

#include <atomic>
#include <functional>
#include <thread>

namespace sw::test {

class ThreadedHttpServer
{
public:
    struct Response
    {
        int status = 200; // 200 or 500
        QByteArray contentType;
        QByteArray body;
    };
    // Called on the server's thread with the request's body (empty for a GET).
    using Handler = std::function<Response(const QByteArray &body)>;

    explicit ThreadedHttpServer(Handler handler);
    ~ThreadedHttpServer();
    ThreadedHttpServer(const ThreadedHttpServer &) = delete;
    ThreadedHttpServer &operator=(const ThreadedHttpServer &) = delete;

    bool start(); // false when it cannot listen
    quint16 port() const { return m_port; }

private:
    void serve();

    Handler m_handler;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<quint16> m_port {0};
    std::atomic<int> m_state {0}; // 0 starting, 1 listening, -1 failed
};

} // namespace sw::test
