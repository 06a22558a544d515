#include "LocalCrlServer.h"

#include <QFile>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>
#include <memory>

namespace sw::test {

LocalCrlServer::LocalCrlServer(QString path) : m_path(std::move(path)) { }

LocalCrlServer::~LocalCrlServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool LocalCrlServer::start()
{
    m_thread = std::thread([this] { serve(); });
    while (m_state == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m_state == 1;
}

void LocalCrlServer::serve()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost)) {
        m_state = -1;
        return;
    }
    m_port = server.serverPort();
    m_state = 1;
    while (!m_stop) {
        if (!server.waitForNewConnection(50))
            continue;
        std::unique_ptr<QTcpSocket> socket(server.nextPendingConnection());
        QByteArray request;
        while (!request.contains("\r\n\r\n") && socket->waitForReadyRead(5000))
            request += socket->readAll();
        QFile file(m_path);
        const QByteArray crl = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        ++m_served; // before the answer: the client returns as soon as it has it
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/pkix-crl\r\nContent-Length: "
                      + QByteArray::number(crl.size()) + "\r\nConnection: close\r\n\r\n" + crl);
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(1000);
    }
}

} // namespace sw::test
