#pragma once

// An RFC 3161 time-stamping authority on 127.0.0.1 for the signing tests: a thread of its own
// (the signer's HTTP exchange blocks the test's thread) that answers (ThreadedHttpServer) each POSTed request
// with what `openssl ts -reply` makes of it, signed by a throw-away TSA certificate (timeStamping EKU).

#include "ThreadedHttpServer.h"

#include <QString>

#include <atomic>

namespace sw::test {

class LocalTsa
{
public:
    // `folder` holds tsa.cnf's files: the TSA's key and certificate, the CA; see SigningFixture.
    LocalTsa(const QString &folder, const QString &tsaCert, const QString &tsaKey, const QString &caCert);

    bool start() { return m_server.start(); } // false when it cannot listen
    quint16 port() const { return m_server.port(); }
    int answered() const { return m_answered; }

private:
    // `openssl ts -reply` of one request; status 500 when it fails.
    ThreadedHttpServer::Response reply(const QByteArray &request);

    QString m_folder;
    QString m_config;
    std::atomic<int> m_answered {0};
    ThreadedHttpServer m_server; // last: its thread stops before the members it reads go
};

} // namespace sw::test
