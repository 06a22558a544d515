#include "ThreadedHttpServer.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>
#include <memory>

namespace sw::test {

ThreadedHttpServer::ThreadedHttpServer(Handler handler) : m_handler(std::move(handler)) { }

ThreadedHttpServer::~ThreadedHttpServer()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool ThreadedHttpServer::start()
{
    m_thread = std::thread([this] { serve(); });
    while (m_state == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m_state == 1;
}

void ThreadedHttpServer::serve()
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
        QByteArray data;
        qsizetype headerEnd = -1;
        qsizetype length = -1;
        while (socket->waitForReadyRead(5000)) {
            data += socket->readAll();
            headerEnd = data.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                continue;
            const QByteArray headers = data.left(headerEnd).toLower();
            const qsizetype at = headers.indexOf("content-length:");
            length = at < 0
                ? 0
                : headers.mid(at + 15, headers.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (data.size() >= headerEnd + 4 + length)
                break;
        }
        if (headerEnd < 0 || length < 0)
            continue;
        const Response response = m_handler(data.mid(headerEnd + 4, length));
        if (response.status == 200)
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: " + response.contentType
                          + "\r\nContent-Length: " + QByteArray::number(response.body.size())
                          + "\r\nConnection: close\r\n\r\n" + response.body);
        else
            socket->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(1000);
    }
}

} // namespace sw::test
