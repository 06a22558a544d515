#include "shell/CasebookSession.h"

#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "publishing/Outbox.h"
#include "shell/CaseworkServices.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

namespace {
// The channel of CasebookServer's statement triggers; the payload is the table's name.
const QString notificationChannel = QStringLiteral("signwatch_casework");
} // namespace

CasebookSession::CasebookSession(settings::Settings &settings, connection::SecretStore &secrets,
                                 const Clock &clock, QObject *parent)
    : QObject(parent),
      m_settings(settings),
      m_secrets(secrets),
      m_clock(clock),
      m_coalesce(new QTimer(this)),
      m_check(new QTimer(this))
{
    // Issue 13: other desks' changes within 2 s; a burst (a signing writes several tables) is
    // one refresh.
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(300);
    connect(m_coalesce, &QTimer::timeout, this, [this] {
        const QSet<QString> tables = std::exchange(m_changed, {});
        if (!tables.isEmpty())
            Q_EMIT tablesChanged(tables);
    });
    m_check->setInterval(15 * 1000);
    connect(m_check, &QTimer::timeout, this, &CasebookSession::checkConnection);
}

CasebookSession::~CasebookSession()
{
    drop();
}

void CasebookSession::setCoalesceInterval(int ms)
{
    m_coalesce->setInterval(ms);
}

void CasebookSession::setCheckInterval(int ms)
{
    m_check->stop();
    m_check->setInterval(ms);
    if (ms > 0 && isOpen() && m_casebook->isShared())
        m_check->start();
}

Result<void> CasebookSession::connectTo(const connection::ConnectionSpec &spec,
                                        const connection::Credentials &credentials)
{
    if (isOpen())
        Q_EMIT aboutToClose();
    drop();
    m_spec = spec;
    m_credentials = credentials;
    auto book = casebook::Casebook::connect(spec, credentials, m_clock);
    if (!book) {
        qCWarning(lcUi) << "casebook unavailable:" << book.error().message;
        m_state = State::Unavailable;
        m_error = book.error();
        Q_EMIT unavailable(m_error);
        return m_error;
    }
    start(std::move(book.value()));
    return {};
}

void CasebookSession::adopt(std::unique_ptr<casebook::Casebook> book)
{
    if (isOpen())
        Q_EMIT aboutToClose();
    drop();
    m_spec = book->spec();
    start(std::move(book));
}

Result<void> CasebookSession::retry()
{
    if (!m_spec)
        return Error::make(QCoreApplication::translate("Casebook", "No casebook has been chosen yet."), {},
                           Error::Kind::NotFound);
    return connectTo(*m_spec, m_credentials);
}

void CasebookSession::start(std::unique_ptr<casebook::Casebook> book)
{
    m_casebook = std::move(book);
    m_audit = std::make_unique<casebook::AuditLog>(*m_casebook);
    // The outbox keeps its tables in the casebook on a track of its own; a shared casebook's were
    // set up by its owner (`casebook init`), so this only checks their version there. Should it
    // fail, the outbox's page says what it cannot read and the status bar says why.
    m_outboxNotice.clear();
    if (auto migrated = publishing::Outbox::migrate(*m_casebook); !migrated)
        m_outboxNotice = migrated.error().message;
    m_casework = std::make_unique<CaseworkServices>(*m_casebook, m_settings, m_secrets);
    m_state = State::Open;
    m_error = {};
    if (m_casebook->isShared()) {
        QSqlDriver *driver = m_casebook->database().driver();
        if (driver->subscribeToNotification(notificationChannel))
            connect(driver, &QSqlDriver::notification, this,
                    [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                        notified(name, payload);
                    });
        else
            qCWarning(lcUi) << "casebook notifications unavailable:" << driver->lastError().text();
        if (m_check->interval() > 0)
            m_check->start();
    }
    Q_EMIT opened();
}

void CasebookSession::drop()
{
    m_check->stop();
    m_coalesce->stop();
    m_changed.clear();
    if (m_casebook && m_casebook->isShared()) {
        QSqlDriver *driver = m_casebook->database().driver();
        disconnect(driver, nullptr, this, nullptr);
        if (m_state == State::Open)
            driver->unsubscribeFromNotification(notificationChannel);
    }
    // In the order they depend on one another.
    m_casework.reset();
    m_audit.reset();
    m_casebook.reset();
}

void CasebookSession::lose(const sw::Error &error)
{
    if (m_state != State::Open)
        return;
    qCWarning(lcUi) << "casebook connection lost:" << error.message;
    Q_EMIT aboutToClose();
    m_state = State::Unavailable; // before drop(): a dead connection is not asked to unsubscribe
    drop();
    m_error = error;
    Q_EMIT unavailable(m_error);
}

bool CasebookSession::checkConnection()
{
    if (!isOpen())
        return false;
    if (!m_casebook->isShared())
        return true;
    QSqlQuery ping(m_casebook->database());
    if (ping.exec(QStringLiteral("SELECT 1")))
        return true;
    lose(Error::make(
        QCoreApplication::translate("Casebook", "The connection to the Department's casebook %1 was lost.")
            .arg(m_spec ? m_spec->displayName() : QString()),
        ping.lastError().text(), Error::Kind::Unavailable));
    return false;
}

void CasebookSession::notified(const QString &name, const QVariant &payload)
{
    if (name != notificationChannel)
        return;
    m_changed.insert(payload.toString());
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

} // namespace sw::ui
