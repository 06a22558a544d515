#include "registry/RegistryConnection.h"

#include "registry/SqliteFunctions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

Q_LOGGING_CATEGORY(lcRegistry, "signwatch.registry")

namespace sw::registry {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("signwatch-registry-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Error sqlError(const QString &what, const QSqlError &error)
{
    QString detail = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [%1]").arg(error.nativeErrorCode());
    return Error::make(what, detail);
}

RegistryConnection::RegistryConnection(ConnectionSpec spec, QString password, Mode mode, QString name)
    : m_spec(std::move(spec)), m_password(std::move(password)), m_mode(mode), m_name(std::move(name))
{ }

RegistryConnection::~RegistryConnection()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Result<std::unique_ptr<RegistryConnection>> RegistryConnection::open(const ConnectionSpec &spec,
                                                                     const QString &password, Mode mode)
{
    std::unique_ptr<RegistryConnection> conn(
        new RegistryConnection(spec, password, mode, nextConnectionName()));
    if (auto opened = conn->openNow(); !opened)
        return opened.error();
    return conn;
}

QSqlDatabase RegistryConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

Result<void> RegistryConnection::openNow()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    if (m_spec.engine == Engine::Sqlite) {
        const QFileInfo file(m_spec.path);
        if (m_mode == Mode::ReadOnly && !file.exists())
            return Error::make(QCoreApplication::translate("Registry", "The registry file %1 does not exist.")
                                   .arg(m_spec.path),
                               {}, Error::Kind::NotFound);
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(m_spec.path);
        if (m_mode == Mode::ReadOnly)
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        else
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            return sqlError(QCoreApplication::translate("Registry", "Could not open the registry file %1.")
                                .arg(m_spec.path),
                            db.lastError());
        QSqlQuery pragma(db);
        // The registry is read with many scans: a larger page cache pays for itself.
        pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
        // Sorts and temporary indexes of the scans stay in memory instead of a temporary file.
        pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
        if (m_mode == Mode::ReadOnly)
            pragma.exec(QStringLiteral("PRAGMA query_only = 1"));
        return registerSqliteFunctions(db);
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(m_spec.host);
    db.setPort(m_spec.port);
    db.setDatabaseName(m_spec.database);
    db.setUserName(m_spec.user);
    db.setPassword(m_password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=signwatch"));
    if (!db.open()) {
        qCWarning(lcRegistry) << "PostgreSQL connection failed to" << m_spec.host << m_spec.port;
        return sqlError(
            QCoreApplication::translate("Registry",
                                        "Could not connect to the PostgreSQL registry %1 on %2:%3. Check the "
                                        "address, the user and the password, and that the server is running.")
                .arg(m_spec.database, m_spec.host)
                .arg(m_spec.port),
            db.lastError());
    }
    QSqlQuery setup(db);
    // Timestamps travel as UTC so that both engines give the same text and the same findings.
    if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return sqlError(
            QCoreApplication::translate("Registry", "The PostgreSQL registry refused the session settings."),
            setup.lastError());
    // The console's queries are short analytic ones: compiling them (JIT) costs more than it saves.
    setup.exec(QStringLiteral("SET jit = off"));
    // Their joins and sorts hash whole tables of a province: give them room in memory rather
    // than batches on disk (this session only; the server's own default stays as it is).
    setup.exec(QStringLiteral("SET work_mem = '64MB'"));
    if (m_mode == Mode::ReadOnly) {
        // Every transaction of this session is read-only: the server refuses any write.
        if (!setup.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return sqlError(QCoreApplication::translate(
                                "Registry", "The PostgreSQL registry refused a read-only session."),
                            setup.lastError());
    }
    return {};
}

Result<void> RegistryConnection::ensureAlive(int attempts)
{
    Error last = Error::make(QCoreApplication::translate("Registry", "The registry connection is closed."));
    for (int attempt = 0; attempt < attempts; ++attempt) {
        QSqlDatabase db = database();
        if (db.isOpen()) {
            QSqlQuery ping(db);
            if (ping.exec(QStringLiteral("SELECT 1")) && ping.next())
                return {};
            last = sqlError(
                QCoreApplication::translate("Registry", "The connection to the registry was lost."),
                ping.lastError());
        }
        if (attempt > 0)
            QThread::msleep(250u << attempt);
        qCInfo(lcRegistry) << "reconnecting to the registry, attempt" << attempt + 1;
        if (auto reopened = openNow(); reopened)
            continue; // checked by the ping at the top of the loop
        else
            last = reopened.error();
    }
    last.message = QCoreApplication::translate(
                       "Registry",
                       "The connection to the registry was lost and could not be restored after "
                       "%n attempt(s).",
                       nullptr, attempts)
        + QLatin1Char(' ') + last.message;
    return last;
}

} // namespace sw::registry
