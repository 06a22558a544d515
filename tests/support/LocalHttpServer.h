#pragma once

// A minimal HTTP/1.1 server on 127.0.0.1 for tests that talk to a web service (the Department's
// portal): one request per connection (Content-Length bodies only, which is what Qt Network sends
// for a known-size upload), answered by a handler that may delay its answer or drop the connection
// without answering. Header-only: it needs no moc (lambdas with context objects).

#include <QByteArray>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>
#include <memory>

namespace sw::test {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started listening

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }

    // The parts of a multipart/form-data body by their name (Content-Disposition), each with its
    // headers (lower-case names) and bytes.
    struct Part
    {
        QMap<QByteArray, QByteArray> headers;
        QByteArray data;
    };
    QMap<QByteArray, Part> formParts() const
    {
        QMap<QByteArray, Part> parts;
        const QByteArray type = header("content-type");
        const int at = type.indexOf("boundary=");
        if (at < 0)
            return parts;
        QByteArray boundary = type.mid(at + 9).trimmed();
        if (boundary.startsWith('"'))
            boundary = boundary.mid(1, boundary.size() - 2);
        const QByteArray delimiter = "--" + boundary;
        qsizetype from = body.indexOf(delimiter);
        while (from >= 0) {
            from += delimiter.size();
            if (body.mid(from, 2) == "--")
                break;
            from += 2; // CRLF after the delimiter
            const qsizetype next = body.indexOf("\r\n" + delimiter, from);
            if (next < 0)
                break;
            const QByteArray chunk = body.mid(from, next - from);
            const qsizetype split = chunk.indexOf("\r\n\r\n");
            Part part;
            for (const QByteArray &line : chunk.left(split).split('\n')) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    part.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
            part.data = chunk.mid(split + 4);
            const QByteArray disposition = part.headers.value("content-disposition");
            const qsizetype nameAt = disposition.indexOf("name=\"");
            const QByteArray name = nameAt < 0
                ? QByteArray()
                : disposition.mid(nameAt + 6, disposition.indexOf('"', nameAt + 6) - nameAt - 6);
            parts.insert(name, part);
            from = next + 2;
        }
        return parts;
    }
};

struct HttpResponse
{
    int status = 200;
    QByteArray reason = "OK";
    QByteArray contentType = "application/json";
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    int delayMs = 0; // answer this much later
    bool dropConnection = false; // close the connection without answering

    static HttpResponse json(int status, const QByteArray &reason, const QByteArray &body)
    {
        HttpResponse r;
        r.status = status;
        r.reason = reason;
        r.body = body;
        return r;
    }
};

class LocalHttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit LocalHttpServer(Handler handler) : m_handler(std::move(handler))
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] { accept(); });
    }

    // Listens on 127.0.0.1 at `port` (0: any free port).
    bool listen(quint16 port = 0)
    {
        m_clock.start();
        return m_server.listen(QHostAddress::LocalHost, port);
    }
    void close() { m_server.close(); }
    bool isListening() const { return m_server.isListening(); }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = QStringLiteral("/")) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
    }
    // Every complete request received, in order.
    const QList<HttpRequest> &requests() const { return m_requests; }

    // A port on 127.0.0.1 where nothing listens (it was free a moment ago).
    static quint16 unusedPort()
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

private:
    void accept()
    {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            auto buffer = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket, buffer] { read(socket, *buffer); });
        }
    }

    void read(QTcpSocket *socket, QByteArray &buffer)
    {
        buffer += socket->readAll();
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        HttpRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return; // more to come
        request.body = buffer.mid(headerEnd + 4, length);
        request.receivedAtMs = m_clock.elapsed();
        buffer.clear();
        m_requests << request;

        const HttpResponse response = m_handler(request);
        QPointer<QTcpSocket> guard(socket);
        auto answer = [guard, response] {
            if (!guard)
                return;
            if (response.dropConnection) {
                guard->abort();
                return;
            }
            QByteArray out
                = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + response.reason + "\r\n";
            out += "Content-Type: " + response.contentType + "\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Connection: close\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n" + response.body;
            guard->write(out);
            guard->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, socket, answer);
        else
            answer();
    }

    Handler m_handler;
    QTcpServer m_server;
    QElapsedTimer m_clock;
    QList<HttpRequest> m_requests;
};

} // namespace sw::test
