#include "FakePostgresServer.h"

#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QtEndian>

#include <functional>
#include <memory>

namespace sw::test {

namespace {
// The protocol's request codes (PostgreSQL documentation, "Message Formats").
constexpr quint32 sslRequestCode = 80877103;
constexpr quint32 gssEncRequestCode = 80877104;
constexpr quint32 protocol3 = 196608;

QByteArray message(char type, const QByteArray &body)
{
    QByteArray bytes(1, type);
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(body.size() + 4), length.data());
    return bytes + length + body;
}
} // namespace

FakePostgresServer::FakePostgresServer(const QHostAddress &address, Behaviour behaviour)
    : m_address(address), m_behaviour(behaviour)
{
    m_thread.setObjectName(QStringLiteral("fake-postgres"));
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QObject::connect(&m_thread, &QThread::finished, context, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(
        context,
        [this, context] {
            auto *server = new QTcpServer(context);
            if (!server->listen(m_address))
                return;
            m_port = server->serverPort();
            QObject::connect(server, &QTcpServer::newConnection, server, [this, server] {
                while (QTcpSocket *socket = server->nextPendingConnection())
                    if (m_behaviour == Behaviour::AskForClearTextPassword)
                        serve(socket); // a silent server's sockets stay open, unanswered, until it goes
            });
        },
        Qt::BlockingQueuedConnection);
}

FakePostgresServer::~FakePostgresServer()
{
    m_thread.quit();
    m_thread.wait();
}

FakePostgresServer::Seen FakePostgresServer::seen() const
{
    QMutexLocker locker(&m_lock);
    return m_seen;
}

void FakePostgresServer::reset()
{
    QMutexLocker locker(&m_lock);
    m_seen = {};
}

void FakePostgresServer::record(const std::function<void(Seen &)> &change)
{
    QMutexLocker locker(&m_lock);
    change(m_seen);
}

void FakePostgresServer::serve(QTcpSocket *socket)
{
    // Before the startup the messages carry no type byte; after it they do.
    auto started = std::make_shared<bool>(false);
    auto buffer = std::make_shared<QByteArray>();
    QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, started, buffer] {
        *buffer += socket->readAll();
        for (;;) {
            const int header = *started ? 5 : 4;
            if (buffer->size() < header)
                return;
            const quint32 length = qFromBigEndian<quint32>(buffer->constData() + header - 4);
            const qsizetype total = header - 4 + qsizetype(length);
            if (length < 4 || buffer->size() < total)
                return;
            const QByteArray body = buffer->mid(header, total - header);
            const char type = *started ? buffer->at(0) : '\0';
            buffer->remove(0, total);
            if (!*started) {
                const quint32 code = body.size() >= 4 ? qFromBigEndian<quint32>(body.constData()) : 0;
                if (code == sslRequestCode || code == gssEncRequestCode) {
                    if (code == sslRequestCode)
                        record([](Seen &s) { ++s.tlsRequests; });
                    socket->write("N");
                } else if (code == protocol3) {
                    *started = true;
                    record([](Seen &s) { ++s.startups; });
                    QByteArray cleartext(4, '\0');
                    qToBigEndian<quint32>(3, cleartext.data()); // AuthenticationCleartextPassword
                    socket->write(message('R', cleartext));
                } else {
                    socket->disconnectFromHost();
                    return;
                }
                continue;
            }
            if (type == 'p') {
                QByteArray password = body;
                if (password.endsWith('\0'))
                    password.chop(1);
                record([&password](Seen &s) {
                    s.passwordReceived = true;
                    s.password = password;
                });
                socket->write(
                    message('E', QByteArrayLiteral("SFATAL\0C28P01\0Mpassword authentication failed\0\0")));
            }
            socket->disconnectFromHost();
            return;
        }
    });
}

} // namespace sw::test
