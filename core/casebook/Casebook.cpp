#include "casebook/Casebook.h"

#include "casebook/AuditLog.h"
#include "casebook/CasebookMigrations.h"
#include "casebook/CasebookServer.h"
#include "connection/PostgresSession.h"
#include "connection/SqlError.h"
#include "privacy/PrivateFiles.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

Q_LOGGING_CATEGORY(lcCasebook, "signwatch.casebook")

namespace sw::casebook {

namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("signwatch-casebook-%1").arg(counter.fetchAndAddRelaxed(1));
}

Result<void> exec(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement)) {
        if (auto refused = roleRefusal(query.lastError()))
            return *refused;
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "The console's own data file refused a change."),
            query.lastError());
    }
    return {};
}

bool isPostgres(const QSqlDatabase &db)
{
    return db.driverName() == QLatin1String("QPSQL");
}

// A step's statements for the engine of `db`.
QStringList statementsFor(const QSqlDatabase &db, const Migration &step)
{
    if (!isPostgres(db))
        return step.portable + step.sqliteOnly;
    // PostgreSQL's INTEGER has 32 bits: times in milliseconds need BIGINT, and every integer is
    // one, as in SQLite. BLOB is BYTEA there.
    QStringList statements;
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    static const QRegularExpression integer(QStringLiteral("\\bINTEGER\\b"));
    for (QString statement : step.portable)
        statements
            << statement.replace(blob, QStringLiteral("BYTEA")).replace(integer, QStringLiteral("BIGINT"));
    return statements + step.postgresOnly;
}

// The version recorded in the file; 0 for a new file.
Result<int> readVersion(QSqlDatabase &db)
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("SELECT version FROM schema_version")))
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "The console's own data file has no readable version."),
            query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

// The version of a module's track (Casebook::migrateTrack); 0 before its first step.
Result<int> readTrackVersion(QSqlDatabase &db, const QString &track)
{
    if (!db.tables().contains(QStringLiteral("schema_tracks")))
        return 0; // no module has migrated a track in this file yet
    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT version FROM schema_tracks WHERE name = ?"));
    query.addBindValue(track);
    if (!query.exec())
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "The console's own data file has no readable version."),
            query.lastError());
    return query.next() ? query.value(0).toInt() : 0;
}

// After `set` recorded a version: its error, if any.
Result<void> recorded(QSqlQuery &set)
{
    if (!set.exec())
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "Could not record the data version."), set.lastError());
    return {};
}
} // namespace

QString Casebook::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/casebook.sqlite");
}

Casebook::Casebook(QString path, QString connectionName)
    : m_path(std::move(path)), m_connectionName(std::move(connectionName))
{ }

Casebook::~Casebook()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

int Casebook::latestVersion()
{
    return casebookMigrations().isEmpty() ? 0 : casebookMigrations().constLast().version;
}

QSqlDatabase Casebook::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<std::unique_ptr<Casebook>> Casebook::openExisting(const QString &path, const Clock &clock)
{
    if (!QFileInfo(path).isFile())
        return Error::make(QCoreApplication::translate("Casebook", "There is no casebook at %1.")
                               .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                           {}, Error::Kind::NotFound);
    return open(path, clock);
}

Result<std::unique_ptr<Casebook>> Casebook::open(const QString &path, const Clock &clock)
{
    const QFileInfo file(path);
    // §1.7: the casebook holds citizen ids: 0600 in a 0700 folder, from the moment it exists.
    if (auto prepared = privacy::preparePrivateStore(file.absoluteFilePath()); !prepared)
        return prepared.error();
    std::unique_ptr<Casebook> casebook(new Casebook(file.absoluteFilePath(), nextConnectionName()));
    casebook->m_clock = clock;
    casebook->m_spec.engine = connection::Engine::Sqlite;
    casebook->m_spec.path = casebook->m_path;
    casebook->m_user = AuditLog::currentOsUser();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), casebook->m_connectionName);
    db.setDatabaseName(casebook->m_path);
    // A second console on the same file waits for a writer instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return connection::sqlError(
            QCoreApplication::translate("Casebook", "Could not open the console's own data file %1.")
                .arg(casebook->m_path),
            db.lastError());
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA synchronous = FULL"})
        if (auto done = exec(db, QLatin1String(pragma)); !done)
            return done.error();
    // The file exists now: its canonical path names its anchor, whichever way it was reached.
    const QString canonical = QFileInfo(casebook->m_path).canonicalFilePath();
    casebook->m_anchor
        = std::make_unique<AuditAnchor>(canonical.isEmpty() ? casebook->m_path : canonical, clock);
    if (auto migrated = casebook->migrate(); !migrated)
        return migrated.error();
    return casebook;
}

Result<std::unique_ptr<Casebook>> Casebook::connect(const connection::ConnectionSpec &spec,
                                                    const connection::Credentials &credentials,
                                                    const Clock &clock, Purpose purpose)
{
    if (spec.engine == connection::Engine::Sqlite)
        return open(spec.path, clock);
    connection::ConnectionSpec where = spec;
    std::unique_ptr<Casebook> casebook(new Casebook(where.registryKey(), nextConnectionName()));
    casebook->m_clock = clock;
    casebook->m_spec = spec;
    if (auto opened = connection::openPostgres(
            casebook->m_connectionName, spec, credentials,
            QCoreApplication::translate("Casebook",
                                        "Could not connect to the Department's casebook (database %1 on "
                                        "%2:%3). Check the address, your login and password, and that the "
                                        "server is running; the casework stays unavailable until it is "
                                        "reachable.")
                .arg(spec.database, spec.host)
                .arg(spec.port));
        !opened)
        return opened.error();
    QSqlDatabase db = casebook->database();
    auto user = server::sessionUser(db);
    if (!user)
        return user.error();
    casebook->m_user = *user;
    casebook->m_anchor = std::make_unique<AuditAnchor>(casebook->m_path, clock);
    if (purpose == Purpose::SetUp) {
        casebook->m_roles = Roles {}; // initialise() reads them once the schema is there
        return casebook;
    }
    if (auto current = casebook->checkServerVersion(); !current)
        return current.error();
    auto roles = server::readRoles(db);
    if (!roles)
        return roles.error();
    casebook->m_roles = *roles;
    qCDebug(lcCasebook) << "shared casebook" << spec.displayName() << "as" << casebook->m_user << "owner"
                        << roles->owner << "inspector" << roles->inspector << "supervisor"
                        << roles->supervisor << "signatory" << roles->signatory;
    return casebook;
}

Result<void> Casebook::checkServerVersion()
{
    QSqlDatabase db = database();
    if (!db.tables().contains(QStringLiteral("schema_version")))
        return Error::make(
            QCoreApplication::translate("Casebook",
                                        "The database %1 holds no casebook yet: its owner sets "
                                        "it up with `signwatch-cli casebook init --casebook "
                                        "URL`.")
                .arg(m_spec.displayName()),
            {}, Error::Kind::NotFound);
    QSqlQuery probe(db);
    if (!probe.exec(QStringLiteral("SELECT version FROM schema_version"))
        && probe.lastError().nativeErrorCode() == QLatin1String(connection::insufficientPrivilege))
        return Error::make(QCoreApplication::translate("Casebook",
                                                       "Your login %1 holds no role in the casebook %2: ask "
                                                       "its administrator to grant you one (`signwatch-cli "
                                                       "casebook grant %1 --role …`).")
                               .arg(m_user, m_spec.displayName()),
                           probe.lastError().text(), Error::Kind::AccessDenied);
    probe.finish();
    auto version = readVersion(db);
    if (!version)
        return version.error();
    m_version = *version;
    if (*version > latestVersion())
        return Error::make(QCoreApplication::translate("Casebook",
                                                       "The casebook %1 was set up by a newer version of "
                                                       "SignWatch (data version %2, this version knows %3). "
                                                       "Update SignWatch to open it.")
                               .arg(m_spec.displayName())
                               .arg(*version)
                               .arg(latestVersion()),
                           {}, Error::Kind::InvalidInput);
    if (*version < latestVersion())
        return Error::make(QCoreApplication::translate("Casebook",
                                                       "The casebook %1 is at data version %2 and this "
                                                       "SignWatch needs %3: its owner updates it with "
                                                       "`signwatch-cli casebook init --casebook URL`.")
                               .arg(m_spec.displayName())
                               .arg(*version)
                               .arg(latestVersion()),
                           {}, Error::Kind::InvalidInput);
    return {};
}

Result<void> Casebook::initialise()
{
    if (!isShared())
        return {};
    QSqlDatabase db = database();
    if (auto allowed = server::checkCanInitialise(db); !allowed)
        return allowed;
    if (auto migrated = migrate(); !migrated)
        return migrated;
    auto roles = server::readRoles(db);
    if (!roles)
        return roles.error();
    m_roles = *roles;
    return {};
}

Result<void> Casebook::setUpRoles()
{
    if (!isShared())
        return {};
    QSqlDatabase db = database();
    if (auto allowed = server::checkCanInitialise(db); !allowed)
        return allowed;
    return server::setUpRoles(db);
}

Result<void> Casebook::write(const std::function<Result<void>(QSqlDatabase &)> &work)
{
    QSqlDatabase db = database();
    // BEGIN IMMEDIATE takes the write lock before the first read, so that "read the last entry,
    // then append after it" cannot interleave with another writer.
    if (auto begun = exec(db, isPostgres(db) ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE"));
        !begun)
        return begun;
    // PostgreSQL: the same one-writer-at-a-time, across every desk of the Department (the audit
    // chain, MAX(id) + 1 and the register of numbers rely on it); readers never wait.
    if (isPostgres(db))
        if (auto locked
            = exec(db, QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(server::writeLockKey));
            !locked) {
            (void)exec(db, QStringLiteral("ROLLBACK"));
            return locked;
        }
    auto done = work(db);
    if (!done) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return done;
    }
    // The head this transaction leaves (before the audit log exists, in the first migration, none).
    const auto head = AuditLog::headIn(db);
    if (auto committed = exec(db, QStringLiteral("COMMIT")); !committed) {
        (void)exec(db, QStringLiteral("ROLLBACK"));
        return committed;
    }
    if (head && head->entries > 0)
        m_anchor->raise(*head); // a no-op unless the head moved since the last raise
    return {};
}

Result<void> Casebook::migrate()
{
    QSqlDatabase db = database();
    if (auto made
        = exec(db, QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
        !made)
        return made;
    auto migrated = runSteps(
        QStringLiteral("casebook"), casebookMigrations(), readVersion,
        [](QSqlDatabase &tx, int from, int to) {
            QSqlQuery set(tx);
            set.prepare(from == 0 ? QStringLiteral("INSERT INTO schema_version (version) VALUES (?)")
                                  : QStringLiteral("UPDATE schema_version SET version = ?"));
            set.addBindValue(to);
            return recorded(set);
        });
    if (!migrated)
        return migrated;
    auto reached = readVersion(db);
    if (!reached)
        return reached.error();
    m_version = *reached;
    return {};
}

Result<void> Casebook::migrateTrack(const QString &track, const QList<Migration> &steps)
{
    QSqlDatabase db = database();
    // A shared casebook's tables are its owner's (`casebook init`): a desk only checks them.
    if (isShared() && !m_roles.owner) {
        auto version = readTrackVersion(db, track);
        if (!version)
            return version.error();
        const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
        if (*version == latest)
            return {};
        return Error::make(QCoreApplication::translate("Casebook",
                                                       "The casebook %1 has %2 at data version %3 and this "
                                                       "SignWatch needs %4: its owner updates it with "
                                                       "`signwatch-cli casebook init --casebook URL`.")
                               .arg(m_spec.displayName(), track)
                               .arg(*version)
                               .arg(latest),
                           {}, Error::Kind::InvalidInput);
    }
    if (auto made = exec(db,
                         QStringLiteral("CREATE TABLE IF NOT EXISTS schema_tracks ("
                                        "name TEXT PRIMARY KEY, version INTEGER NOT NULL)"));
        !made)
        return made;
    return runSteps(
        track, steps, [&track](QSqlDatabase &tx) { return readTrackVersion(tx, track); },
        [&track](QSqlDatabase &tx, int, int to) {
            QSqlQuery set(tx);
            set.prepare(QStringLiteral("INSERT INTO schema_tracks (name, version) VALUES (?, ?) "
                                       "ON CONFLICT (name) DO UPDATE SET version = excluded.version"));
            set.addBindValue(track);
            set.addBindValue(to);
            return recorded(set);
        });
}

Result<int> Casebook::trackVersion(const QString &track) const
{
    QSqlDatabase db = database();
    return readTrackVersion(db, track);
}

Result<void> Casebook::runSteps(const QString &track, const QList<Migration> &steps,
                                const std::function<Result<int>(QSqlDatabase &)> &read,
                                const std::function<Result<void>(QSqlDatabase &, int, int)> &record)
{
    QSqlDatabase db = database();
    auto current = read(db);
    if (!current)
        return current.error();
    const int latest = steps.isEmpty() ? 0 : steps.constLast().version;
    if (*current > latest)
        return Error::make(
            QCoreApplication::translate("Casebook",
                                        "The console's own data file %1 was written by a newer "
                                        "version of SignWatch (data version %2, this version "
                                        "knows %3). Update SignWatch to open it.")
                .arg(m_path)
                .arg(*current)
                .arg(latest),
            {}, Error::Kind::InvalidInput);
    for (const Migration &step : steps) {
        auto stepped = write([&](QSqlDatabase &tx) -> Result<void> {
            // Read again under the write lock: another console may have migrated meanwhile.
            auto version = read(tx);
            if (!version)
                return version.error();
            if (*version >= step.version)
                return {};
            for (const QString &statement : statementsFor(tx, step))
                if (auto done = exec(tx, statement); !done)
                    return done;
            if (step.then)
                if (auto done = step.then(tx); !done)
                    return done;
            if (auto done = record(tx, *version, step.version); !done)
                return done;
            qCInfo(lcCasebook) << track << "migrated to version" << step.version << step.description;
            return {};
        });
        if (!stepped)
            return stepped;
    }
    return {};
}

} // namespace sw::casebook
