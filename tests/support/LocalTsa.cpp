#include "LocalTsa.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>

#include <chrono>

namespace sw::test {

LocalTsa::LocalTsa(const QString &folder, const QString &tsaCert, const QString &tsaKey,
                   const QString &caCert)
    : m_folder(folder), m_config(QDir(folder).filePath(QStringLiteral("tsa.cnf")))
{
    QFile config(m_config);
    if (!config.open(QIODevice::WriteOnly))
        return;
    config.write("[ tsa ]\ndefault_tsa = tsa_config\n[ tsa_config ]\n");
    config.write("serial = " + QDir(folder).filePath(QStringLiteral("tsaserial")).toUtf8() + '\n');
    config.write("crypto_device = builtin\n");
    config.write("signer_cert = " + tsaCert.toUtf8() + "\nsigner_key = " + tsaKey.toUtf8() + '\n');
    config.write("certs = " + caCert.toUtf8() + '\n');
    config.write("signer_digest = sha256\ndefault_policy = 1.2.3.4.1\ndigests = sha256, sha384, sha512\n"
                 "accuracy = secs:1\nordering = yes\ntsa_name = yes\ness_cert_id_chain = no\n"
                 "ess_cert_id_alg = sha256\n");
}

LocalTsa::~LocalTsa()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

bool LocalTsa::start()
{
    m_thread = std::thread([this] { serve(); });
    while (m_state == 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    return m_state == 1;
}

void LocalTsa::serve()
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
        const QString query = QDir(m_folder).filePath(QStringLiteral("request.tsq"));
        const QString reply = QDir(m_folder).filePath(QStringLiteral("reply.tsr"));
        QFile queryFile(query);
        if (!queryFile.open(QIODevice::WriteOnly))
            continue;
        queryFile.write(data.mid(headerEnd + 4, length));
        queryFile.close();
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("ts"), QStringLiteral("-reply"), QStringLiteral("-config"), m_config,
                       QStringLiteral("-queryfile"), query, QStringLiteral("-out"), reply});
        openssl.waitForFinished(30000);
        QFile replyFile(reply);
        if (openssl.exitCode() != 0 || !replyFile.open(QIODevice::ReadOnly)) {
            socket->write(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        } else {
            const QByteArray body = replyFile.readAll();
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/timestamp-reply\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            ++m_answered;
        }
        socket->waitForBytesWritten(5000);
        socket->disconnectFromHost();
        if (socket->state() != QAbstractSocket::UnconnectedState)
            socket->waitForDisconnected(1000);
    }
}

} // namespace sw::test
