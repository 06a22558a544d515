#pragma once

// A CRL distribution point on 127.0.0.1 for the revocation tests: a thread of its own (verifyPdf's
// HTTP exchange blocks the test's thread) that answers every GET with the bytes of one file, read
// at each request (empty when it does not exist), and counts the requests.

#include <QString>

#include <atomic>
#include <thread>

namespace sw::test {

class LocalCrlServer
{
public:
    explicit LocalCrlServer(QString path);
    ~LocalCrlServer();
    LocalCrlServer(const LocalCrlServer &) = delete;
    LocalCrlServer &operator=(const LocalCrlServer &) = delete;

    bool start(); // false when it cannot listen
    quint16 port() const { return m_port; }
    int served() const { return m_served; }

private:
    void serve();

    QString m_path;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<quint16> m_port {0};
    std::atomic<int> m_served {0};
    std::atomic<int> m_state {0}; // 0 starting, 1 listening, -1 failed
};

} // namespace sw::test
