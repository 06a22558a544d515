#pragma once

// An RFC 3161 time-stamping authority on 127.0.0.1 for the signing tests: a thread of its own
// (the signer's HTTP exchange blocks the test's thread) that answers each POSTed request with what
// `openssl ts -reply` makes of it, signed by a throw-away TSA certificate (timeStamping EKU).

#include <QString>

#include <atomic>
#include <thread>

namespace sw::test {

class LocalTsa
{
public:
    // `folder` holds tsa.cnf's files: the TSA's key and certificate, the CA; see SigningFixture.
    LocalTsa(const QString &folder, const QString &tsaCert, const QString &tsaKey, const QString &caCert);
    ~LocalTsa();
    LocalTsa(const LocalTsa &) = delete;
    LocalTsa &operator=(const LocalTsa &) = delete;

    bool start(); // false when it cannot listen
    quint16 port() const { return m_port; }
    int answered() const { return m_answered; }

private:
    void serve();

    QString m_folder;
    QString m_config;
    std::thread m_thread;
    std::atomic<bool> m_stop {false};
    std::atomic<quint16> m_port {0};
    std::atomic<int> m_answered {0};
    std::atomic<int> m_state {0}; // 0 starting, 1 listening, -1 failed
};

} // namespace sw::test
