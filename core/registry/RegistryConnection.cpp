#include "registry/RegistryConnection.h"

#include "connection/PostgresSession.h"
#include "connection/SqlError.h"
#include "registry/SqliteFunctions.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <optional>

Q_LOGGING_CATEGORY(lcRegistry, "signwatch.registry")

namespace sw::registry {

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("signwatch-registry-%1").arg(counter.fetchAndAddRelaxed(1));
}

Error notADatabase(const QString &path, const QString &detail = {})
{
    return Error::make(QCoreApplication::translate("Registry", "%1 is not a SQLite database.").arg(path),
                       detail, Error::Kind::Damaged);
}

Error damaged(const QString &path, const QString &detail = {})
{
    return Error::make(
        QCoreApplication::translate("Registry", "The registry file %1 is damaged (truncated or corrupted).")
            .arg(path),
        detail, Error::Kind::Damaged);
}

quint32 bigEndian(const QByteArray &bytes, int at, int size)
{
    quint32 value = 0;
    for (int i = 0; i < size; ++i)
        value = (value << 8) | quint8(bytes.at(at + i));
    return value;
}

// What the file's 100-byte header (sqlite.org/fileformat.html §1.3) says about it, before SQLite
// reads a page: SQLite opens anything lazily and treats an empty file as an empty database.
Result<void> checkSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(
            QCoreApplication::translate("Registry", "Could not read the registry file %1.").arg(path),
            file.errorString(), Error::Kind::AccessDenied);
    const qint64 size = file.size();
    if (size == 0)
        return notADatabase(path, QCoreApplication::translate("Registry", "The file is empty."));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return notADatabase(path);
    if (header.size() < 100)
        return damaged(path, QCoreApplication::translate("Registry", "The file ends inside its header."));
    quint32 pageSize = bigEndian(header, 16, 2);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 pages = bigEndian(header, 28, 4);
    // The page count is valid when written by a version that keeps it (its change counter and
    // "version-valid-for" agree).
    const bool countValid = pages > 0 && bigEndian(header, 24, 4) == bigEndian(header, 92, 4);
    if (countValid && qint64(pageSize) * pages > size)
        return damaged(path,
                       QCoreApplication::translate("Registry",
                                                   "The file holds %1 bytes; its header announces %2 "
                                                   "pages of %3 bytes.")
                           .arg(size)
                           .arg(pages)
                           .arg(pageSize));
    return {};
}

// The error for the registry file at `path` when SQLite said it is no database or is damaged.
std::optional<Error> fileDamage(const QString &path, const QSqlError &error)
{
    QString detail = error.text().trimmed() + QStringLiteral(" [%1]").arg(error.nativeErrorCode());
    switch (connection::sqliteDamageCode(error)) {
    case connection::sqliteNotADatabase:
        return notADatabase(path, detail);
    case connection::sqliteCorrupt:
        return damaged(path, detail);
    default:
        return std::nullopt;
    }
}

} // namespace

RegistryConnection::RegistryConnection(connection::ConnectionSpec spec, connection::Credentials credentials,
                                       Mode mode, QString name)
    : m_spec(std::move(spec)), m_credentials(std::move(credentials)), m_mode(mode), m_name(std::move(name))
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

Result<std::unique_ptr<RegistryConnection>>
RegistryConnection::open(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
                         Mode mode)
{
    std::unique_ptr<RegistryConnection> conn(
        new RegistryConnection(spec, credentials, mode, nextConnectionName()));
    if (auto opened = conn->openNow(); !opened)
        return opened.error();
    return conn;
}

connection::ConnectionSecurity RegistryConnection::security() const
{
    return connection::readConnectionSecurity(database(), m_spec);
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
    return m_spec.engine == connection::Engine::Sqlite ? openSqlite() : openPostgres();
}

Result<void> RegistryConnection::openSqlite()
{
    const QFileInfo file(m_spec.path);
    if (m_mode == Mode::ReadOnly) {
        if (!file.exists())
            return Error::make(QCoreApplication::translate("Registry", "The registry file %1 does not exist.")
                                   .arg(m_spec.path),
                               {}, Error::Kind::NotFound);
        if (auto header = checkSqliteHeader(m_spec.path); !header)
            return header.error();
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_spec.path);
    if (m_mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    else
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return connection::sqlError(
            QCoreApplication::translate("Registry", "Could not open the registry file %1.").arg(m_spec.path),
            db.lastError());
    QSqlQuery pragma(db);
    // Reads the schema, the first pages SQLite needs: a file that is no database, or whose first
    // pages are damaged, fails here rather than as a "missing table" later.
    if (m_mode == Mode::ReadOnly && !pragma.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        if (auto damage = fileDamage(m_spec.path, pragma.lastError()))
            return *damage;
        return connection::sqlError(
            QCoreApplication::translate("Registry", "Could not read the registry file %1.").arg(m_spec.path),
            pragma.lastError());
    }
    // The registry is read with many scans: a larger page cache pays for itself.
    pragma.exec(QStringLiteral("PRAGMA cache_size = -65536"));
    // Sorts and temporary indexes of the scans stay in memory instead of a temporary file.
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    if (m_mode == Mode::ReadOnly)
        pragma.exec(QStringLiteral("PRAGMA query_only = 1"));
    return registerSqliteFunctions(db);
}

Result<void> RegistryConnection::openPostgres()
{
    if (auto opened = connection::openPostgres(
            m_name, m_spec, m_credentials,
            QCoreApplication::translate("Registry",
                                        "Could not connect to the PostgreSQL registry %1 on %2:%3. Check the "
                                        "address, the user and the password, and that the server is running.")
                .arg(m_spec.database, m_spec.host)
                .arg(m_spec.port));
        !opened)
        return opened;
    QSqlDatabase db = database();
    QSqlQuery setup(db);
    // The console's queries are short analytic ones: compiling them (JIT) costs more than it saves.
    setup.exec(QStringLiteral("SET jit = off"));
    // Their joins and sorts hash whole tables of a province: give them room in memory rather
    // than batches on disk (this session only; the server's own default stays as it is).
    setup.exec(QStringLiteral("SET work_mem = '64MB'"));
    if (m_mode == Mode::ReadOnly) {
        // Every transaction of this session is read-only: the server refuses any write.
        if (!setup.exec(QStringLiteral("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")))
            return connection::sqlError(
                QCoreApplication::translate("Registry",
                                            "The PostgreSQL registry refused a read-only session."),
                setup.lastError());
    }
    return {};
}

Result<void> RegistryConnection::checkIntegrity()
{
    if (m_spec.engine != connection::Engine::Sqlite)
        return {};
    QSqlQuery check(database());
    check.setForwardOnly(true);
    if (!check.exec(QStringLiteral("PRAGMA quick_check(5)"))) {
        if (auto damage = fileDamage(m_spec.path, check.lastError()))
            return *damage;
        return connection::sqlError(
            QCoreApplication::translate("Registry", "Could not check the registry file %1.").arg(m_spec.path),
            check.lastError());
    }
    QStringList problems;
    while (check.next())
        problems << check.value(0).toString();
    if (problems == QStringList {QStringLiteral("ok")})
        return {};
    return damaged(m_spec.path, problems.join(QLatin1Char('\n')));
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
            last = connection::sqlError(
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
