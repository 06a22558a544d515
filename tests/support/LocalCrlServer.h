#pragma once

// A CRL distribution point on 127.0.0.1 for the revocation tests (ThreadedHttpServer): it answers
// every GET with the bytes of one file, read at each request (empty when it does not exist), and
// counts the requests.

#include "ThreadedHttpServer.h"

#include <QString>

#include <atomic>

namespace sw::test {

class LocalCrlServer
{
public:
    explicit LocalCrlServer(QString path);

    bool start() { return m_server.start(); } // false when it cannot listen
    quint16 port() const { return m_server.port(); }
    int served() const { return m_served; }

private:
    QString m_path;
    std::atomic<int> m_served {0};
    ThreadedHttpServer m_server; // last: its thread stops before the members it reads go
};

} // namespace sw::test
