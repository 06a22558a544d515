#include "publishing/Publisher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHostAddress>
#include <QHttpMultiPart>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcPublisher, "signwatch.publishing")

namespace sw::publishing {

using std::chrono::milliseconds;

struct Publisher::Outcome
{
    enum class Kind { Confirmed, Retry, Failed };
    Kind kind = Kind::Retry;
    QString reference;
    Error error;
    milliseconds retryAfter {0}; // the portal's Retry-After, 0 when it gave none
};

namespace {
bool isLoopback(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// A file name the portal can keep: "01/TB-STTTT" -> "01-TB-STTTT.pdf".
QString fileNameFor(const QString &number)
{
    QString name;
    for (QChar c : number)
        name += (c.isLetterOrNumber() && c.unicode() < 128) || c == u'-' || c == u'_' ? c : QChar(u'-');
    return (name.isEmpty() ? QStringLiteral("document") : name) + QStringLiteral(".pdf");
}
} // namespace

Publisher::Publisher(Outbox &outbox, QObject *parent)
    : QObject(parent), m_outbox(outbox), m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Publisher::sendNext);
}

Publisher::~Publisher()
{
    // The attempt in flight is abandoned; its publication goes back to the queue (and, should
    // this not be written, start() does it on the next run).
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        (void)m_outbox.markRetry(
            m_currentId, m_outbox.now(),
            Error::make(QCoreApplication::translate("Publisher",
                                                    "Sending was interrupted when the console closed. The "
                                                    "announcement is sent again at the next start.")));
    }
}

Result<QUrl> Publisher::checkEndpoint(const QString &url)
{
    const QUrl endpoint(url.trimmed(), QUrl::StrictMode);
    if (url.trimmed().isEmpty() || !endpoint.isValid() || endpoint.host().isEmpty()
        || (endpoint.scheme() != QLatin1String("https") && endpoint.scheme() != QLatin1String("http")))
        return Error::make(
            QCoreApplication::translate(
                "Publisher", "The portal address must be a full web address starting with https://."),
            url, Error::Kind::InvalidInput);
    if (!endpoint.userInfo().isEmpty())
        return Error::make(QCoreApplication::translate(
                               "Publisher",
                               "The portal address must not contain a user name or password; the token "
                               "is kept in the system keychain."),
                           {}, Error::Kind::InvalidInput);
    // Plain http would send the token and the announcement readable by anyone on the way; only
    // the machine itself (tests) is exempt.
    if (endpoint.scheme() == QLatin1String("http") && !isLoopback(endpoint.host()))
        return Error::make(QCoreApplication::translate(
                               "Publisher",
                               "The portal address must use https://: plain http:// would send the token "
                               "and the announcement unencrypted."),
                           endpoint.toString(), Error::Kind::InvalidInput);
    return endpoint;
}

Result<void> Publisher::setEndpoint(const QString &url)
{
    if (url.trimmed().isEmpty()) {
        m_endpoint = QUrl();
        schedule();
        return {};
    }
    auto checked = checkEndpoint(url);
    if (!checked)
        return checked.error();
    m_endpoint = *checked;
    schedule();
    return {};
}

void Publisher::setToken(const QString &token)
{
    m_token = token.trimmed();
    schedule();
}

milliseconds Publisher::backoff(int attempts, const Timing &timing, double random)
{
    const double first = double(timing.firstRetry.count());
    const double cap = double(timing.maxRetry.count());
    const int doublings = std::clamp(attempts - 1, 0, 40);
    const double base = std::min(first * std::ldexp(1.0, doublings), cap);
    const double spread = 1.0 + timing.jitter * (2.0 * std::clamp(random, 0.0, 1.0) - 1.0);
    return milliseconds(qint64(std::llround(std::max(0.0, base * spread))));
}

std::optional<Error> Publisher::configurationProblem() const
{
    if (m_endpoint.isEmpty())
        return Error::make(
            QCoreApplication::translate("Publisher",
                                        "Publishing is not set up: enter the “Portal address” in "
                                        "Settings › Publishing."),
            {}, Error::Kind::InvalidInput);
    if (m_token.isEmpty())
        return Error::make(
            QCoreApplication::translate("Publisher",
                                        "Publishing is not set up: enter the “Access token” in "
                                        "Settings › Publishing and save it in the keychain."),
            {}, Error::Kind::InvalidInput);
    return std::nullopt;
}

Result<void> Publisher::start()
{
    auto resumed = m_outbox.resumeInterrupted();
    if (!resumed)
        return resumed.error();
    m_running = true;
    schedule();
    return {};
}

void Publisher::stop()
{
    m_running = false;
    m_timer.stop();
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    const qint64 id = m_currentId;
    m_reply = nullptr;
    m_currentId = 0;
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
    if (auto back = m_outbox.markRetry(
            id, m_outbox.now(),
            Error::make(QCoreApplication::translate(
                "Publisher", "Sending was stopped. The announcement is sent when publishing resumes.")));
        !back)
        reportOutboxError(back.error());
    Q_EMIT publicationChanged(id);
}

Result<EnqueueOutcome> Publisher::publish(const NewPublication &document)
{
    auto queued = m_outbox.enqueue(document);
    if (queued && queued->created) {
        Q_EMIT publicationChanged(queued->id);
        schedule();
    }
    return queued;
}

Result<void> Publisher::retryNow(qint64 id)
{
    if (id == m_currentId)
        return {}; // being sent right now
    auto done = m_outbox.retryNow(id);
    if (!done)
        return done;
    Q_EMIT publicationChanged(id);
    schedule();
    return {};
}

Result<void> Publisher::discard(qint64 id)
{
    auto done = m_outbox.discard(id);
    if (done)
        Q_EMIT publicationChanged(id);
    return done;
}

void Publisher::reportOutboxError(const Error &error)
{
    qCWarning(lcPublisher) << "outbox:" << error.message << error.detail;
    Q_EMIT outboxError(error);
    // Try again later rather than spinning on a broken file.
    if (m_running && !m_reply)
        m_timer.start(m_timing.firstRetry);
}

void Publisher::schedule()
{
    if (!m_running || m_reply)
        return;
    if (configurationProblem()) {
        m_timer.stop();
        return;
    }
    auto next = m_outbox.nextAttemptTime();
    if (!next) {
        reportOutboxError(next.error());
        return;
    }
    if (!next->has_value()) {
        m_timer.stop();
        return;
    }
    const qint64 wait
        = std::clamp<qint64>(m_outbox.now().msecsTo(**next), 0, std::numeric_limits<int>::max());
    m_timer.start(int(wait));
}

void Publisher::sendNext()
{
    if (!m_running || m_reply || configurationProblem())
        return;
    auto due = m_outbox.nextDue(m_outbox.now());
    if (!due) {
        reportOutboxError(due.error());
        return;
    }
    if (!due->has_value()) {
        schedule();
        return;
    }
    const Publication p = std::move(**due);
    if (auto taken = m_outbox.markSending(p.id); !taken) {
        // Another console on the same file took it: look again.
        if (taken.error().kind == Error::Kind::NotFound)
            schedule();
        else
            reportOutboxError(taken.error());
        return;
    }
    if (auto intact = checkBeforeSending(p); !intact) {
        if (auto done = m_outbox.markFailed(p.id, intact.error()); !done) {
            reportOutboxError(done.error());
            return;
        }
        qCWarning(lcPublisher) << "publication" << p.id << p.documentNumber
                               << "not sent:" << intact.error().message;
        Q_EMIT publicationChanged(p.id);
        Q_EMIT publicationFailed(p.id, intact.error());
        schedule();
        return;
    }

    QJsonObject meta {
        {QStringLiteral("idempotencyKey"), p.idempotencyKey},
        {QStringLiteral("documentKind"), p.documentKind},
        {QStringLiteral("documentNumber"), p.documentNumber},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("sha256"), p.pdfSha256},
        {QStringLiteral("size"), p.pdfSize},
        {QStringLiteral("metadata"), p.metadata},
    };
    auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    QHttpPart metaPart;
    metaPart.setHeader(QNetworkRequest::ContentTypeHeader,
                       QByteArrayLiteral("application/json; charset=utf-8"));
    metaPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                       QByteArrayLiteral("form-data; name=\"metadata\""));
    metaPart.setBody(QJsonDocument(meta).toJson(QJsonDocument::Compact));
    QHttpPart pdfPart;
    pdfPart.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/pdf"));
    pdfPart.setHeader(QNetworkRequest::ContentDispositionHeader,
                      QByteArrayLiteral("form-data; name=\"document\"; filename=\"")
                          + fileNameFor(p.documentNumber).toLatin1() + QByteArrayLiteral("\""));
    pdfPart.setBody(p.pdf);
    multipart->append(metaPart);
    multipart->append(pdfPart);

    QNetworkRequest request(m_endpoint);
    request.setRawHeader(QByteArrayLiteral("Authorization"), QByteArrayLiteral("Bearer ") + m_token.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), p.idempotencyKey.toLatin1());
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("SignWatch/%1").arg(QCoreApplication::applicationVersion()));
    request.setTransferTimeout(int(m_timing.transferTimeout.count()));
    // A POST is not replayed to another address behind the user's back: a move is reported.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    qCInfo(lcPublisher) << "sending publication" << p.id << p.documentNumber << "attempt" << p.attempts + 1
                        << "to" << m_endpoint.host();
    m_currentId = p.id;
    QNetworkReply *reply = m_network->post(request, multipart);
    multipart->setParent(reply);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { finish(reply); });
    Q_EMIT publicationChanged(p.id);
}

Result<void> Publisher::checkBeforeSending(const Publication &p) const
{
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(p.pdf, QCryptographicHash::Sha256).toHex());
    if (sha != p.pdfSha256 || p.pdf.size() != p.pdfSize)
        return Error::make(
            QCoreApplication::translate(
                "Publisher",
                "The outbox's copy of %1 was changed outside SignWatch after it was queued: "
                "it is not sent. Run “signwatch-cli audit verify”.")
                .arg(p.documentNumber),
            QCoreApplication::translate("Publisher", "Queued with SHA-256 %1, now %2.").arg(p.pdfSha256, sha),
            Error::Kind::InvalidInput);
    return m_check ? m_check(p) : Result<void>();
}

Publisher::Outcome Publisher::classify(QNetworkReply *reply) const
{
    Outcome outcome;
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (statusAttribute.isValid()) {
        const int status = statusAttribute.toInt();
        const QByteArray body = reply->readAll();
        const QJsonObject json = QJsonDocument::fromJson(body).object();
        const QString reference = json.value(QStringLiteral("reference")).toString().trimmed();
        QString detail = QStringLiteral("HTTP %1 %2")
                             .arg(status)
                             .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
        const QString portalMessage = json.value(QStringLiteral("message")).toString().left(500);
        if (!portalMessage.isEmpty())
            detail += QStringLiteral(": ") + portalMessage;
        auto result = [&outcome, &detail](Outcome::Kind kind, const QString &message) {
            outcome.kind = kind;
            outcome.error = Error::make(message, detail, Error::Kind::Unavailable);
            return outcome;
        };

        if ((status >= 200 && status < 300) || status == 409) {
            if (!reference.isEmpty()) {
                outcome.kind = Outcome::Kind::Confirmed;
                outcome.reference = reference;
                return outcome;
            }
            // 2xx without a reference: ask again with the same key, the portal then gives it.
            if (status != 409)
                return result(Outcome::Kind::Retry,
                              QCoreApplication::translate("Publisher",
                                                          "The portal answered without the announcement's "
                                                          "reference. It is asked again automatically."));
            return result(
                Outcome::Kind::Failed,
                QCoreApplication::translate("Publisher",
                                            "The portal says this announcement is already stored "
                                            "but gave no reference. Ask the portal's administrators."));
        }
        if (status == 408 || status == 429 || status >= 500) {
            bool ok = false;
            const qint64 seconds
                = reply->rawHeader(QByteArrayLiteral("Retry-After")).trimmed().toLongLong(&ok);
            if (ok && seconds > 0)
                outcome.retryAfter = milliseconds(seconds * 1000);
            return result(Outcome::Kind::Retry,
                          status >= 500 ? QCoreApplication::translate(
                              "Publisher",
                              "The portal had an internal problem. The announcement is sent "
                              "again automatically.")
                                        : QCoreApplication::translate(
                                            "Publisher",
                                            "The portal is busy. The announcement is sent again "
                                            "automatically."));
        }
        if (status == 401 || status == 403)
            return result(
                Outcome::Kind::Failed,
                QCoreApplication::translate(
                    "Publisher",
                    "The portal refused the access token. Set a new token in Settings, then retry."));
        if (status == 404)
            return result(Outcome::Kind::Failed,
                          QCoreApplication::translate("Publisher",
                                                      "The portal address in Settings does not accept "
                                                      "announcements. Check the address, then retry."));
        if (status == 413)
            return result(Outcome::Kind::Failed,
                          QCoreApplication::translate("Publisher",
                                                      "The announcement's PDF is larger than the portal "
                                                      "accepts."));
        if (status >= 300 && status < 400) {
            detail += QStringLiteral(" -> ")
                + reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl().toString();
            return result(Outcome::Kind::Failed,
                          QCoreApplication::translate("Publisher",
                                                      "The portal answered from another address. Check the "
                                                      "portal address in Settings, then retry."));
        }
        if (status == 400 || status == 415 || status == 422)
            return result(Outcome::Kind::Failed,
                          QCoreApplication::translate("Publisher",
                                                      "The portal refused the announcement as invalid. Check "
                                                      "the document, then retry or discard it."));
        return result(Outcome::Kind::Failed,
                      QCoreApplication::translate("Publisher", "The portal refused the announcement."));
    }

    // No HTTP answer at all.
    const QString detail
        = QStringLiteral("%1 (network error %2)").arg(reply->errorString()).arg(int(reply->error()));
    outcome.kind = Outcome::Kind::Retry;
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts the reply (stop() disconnects
                                                // first)
    case QNetworkReply::TimeoutError:
        outcome.error = Error::make(
            QCoreApplication::translate("Publisher",
                                        "The portal did not answer in time (%1 seconds). The announcement is "
                                        "sent again automatically.")
                .arg(qMax<qint64>(1, m_timing.transferTimeout.count() / 1000)),
            detail, Error::Kind::Unavailable);
        break;
    case QNetworkReply::RemoteHostClosedError:
        outcome.error = Error::make(
            QCoreApplication::translate("Publisher",
                                        "The connection to the portal was cut before it confirmed the "
                                        "announcement. It is sent again with the same key, so the portal "
                                        "will not store it twice."),
            detail, Error::Kind::Unavailable);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        outcome.kind = Outcome::Kind::Failed;
        outcome.error = Error::make(
            QCoreApplication::translate("Publisher",
                                        "The portal's identity could not be verified (its certificate is not "
                                        "trusted). Check the portal address in Settings, then retry."),
            detail, Error::Kind::AccessDenied);
        break;
    default:
        outcome.error
            = Error::make(QCoreApplication::translate(
                              "Publisher",
                              "The portal could not be reached. The announcement stays in the outbox "
                              "and is sent again automatically."),
                          detail, Error::Kind::Unavailable);
        break;
    }
    return outcome;
}

void Publisher::finish(QNetworkReply *reply)
{
    reply->deleteLater();
    if (reply != m_reply)
        return;
    m_reply = nullptr;
    const qint64 id = m_currentId;
    m_currentId = 0;
    const Outcome outcome = classify(reply);

    switch (outcome.kind) {
    case Outcome::Kind::Confirmed:
        if (auto done = m_outbox.markConfirmed(id, outcome.reference); !done) {
            reportOutboxError(done.error());
            break;
        }
        qCInfo(lcPublisher) << "publication" << id << "confirmed by the portal, reference"
                            << outcome.reference;
        Q_EMIT publicationChanged(id);
        Q_EMIT publicationConfirmed(id, outcome.reference);
        break;
    case Outcome::Kind::Retry: {
        auto current = m_outbox.publication(id);
        const int attempts = current ? current->attempts : 1;
        milliseconds wait = backoff(attempts, m_timing, QRandomGenerator::global()->generateDouble());
        if (outcome.retryAfter > wait)
            wait = std::min(outcome.retryAfter, m_timing.maxRetry);
        const QDateTime next = m_outbox.now().addMSecs(wait.count());
        if (auto done = m_outbox.markRetry(id, next, outcome.error); !done) {
            reportOutboxError(done.error());
            break;
        }
        qCInfo(lcPublisher) << "publication" << id << "attempt" << attempts
                            << "failed:" << outcome.error.detail << "- next in" << wait.count() << "ms";
        Q_EMIT publicationChanged(id);
        Q_EMIT attemptFailed(id, outcome.error, next);
        break;
    }
    case Outcome::Kind::Failed:
        if (auto done = m_outbox.markFailed(id, outcome.error); !done) {
            reportOutboxError(done.error());
            break;
        }
        qCWarning(lcPublisher) << "publication" << id << "refused:" << outcome.error.detail;
        Q_EMIT publicationChanged(id);
        Q_EMIT publicationFailed(id, outcome.error);
        break;
    }
    schedule();
}

} // namespace sw::publishing
