#include "ScratchCasebook.h"

#include "CaseworkFixtures.h"
#include "casebook/CasebookServer.h"
#include "connection/PostgresSession.h"
#include "connection/SqlError.h"
#include "publishing/Outbox.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::test {

using casebook::Casebook;
using connection::ConnectionSpec;
using connection::Engine;

namespace {
QString adminUrl()
{
    return qEnvironmentVariable("SIGNWATCH_TEST_PG");
}

QString nextName(const char *prefix)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1_%2_%3")
        .arg(QLatin1String(prefix))
        .arg(QCoreApplication::applicationPid())
        .arg(counter.fetchAndAddRelaxed(1));
}

QString identifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Runs `statements` as the admin of SIGNWATCH_TEST_PG in `database` (empty: the admin URL's own),
// each on its own (CREATE/DROP DATABASE cannot run in a transaction). `before` runs first and
// is not reported (settings of the session).
Result<void> adminExec(const QString &database, const QStringList &statements, const QStringList &before = {})
{
    auto spec = ConnectionSpec::parse(adminUrl());
    if (!spec)
        return spec.error();
    if (!database.isEmpty())
        spec->database = database;
    const QString name = nextName("scratch_casebook_admin");
    Result<void> result;
    {
        if (auto opened = connection::openPostgres(name, *spec, qEnvironmentVariable("PGPASSWORD"),
                                                   QStringLiteral("cannot reach the test server"));
            !opened) {
            result = opened.error();
        } else {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            for (const QString &statement : before + statements) {
                QSqlQuery query(db);
                if (!query.exec(statement)) {
                    result = connection::sqlError(
                        QStringLiteral("admin statement failed: ") + statement.left(200), query.lastError());
                    break;
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
// A database with a set-up casebook, made once per process (migrating one takes a second or two;
// copying it, a tenth), dropped when the application ends. Its roles are not made: a copy gets
// those of its own name (setUpRoles).
QString g_template;

void dropTemplate()
{
    if (!g_template.isEmpty())
        (void)adminExec({}, {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(g_template)});
    g_template.clear();
}

Result<QString> casebookTemplate(const ConnectionSpec &admin, const QString &password)
{
    if (!g_template.isEmpty())
        return g_template;
    ConnectionSpec spec = admin;
    spec.database = nextName("sw_cbt")
        + QStringLiteral("_%1").arg(QRandomGenerator::global()->generate() % 0xffffff, 6, 16,
                                    QLatin1Char('0'));
    if (auto made = adminExec(
            {}, {QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(spec.database)});
        !made)
        return made.error();
    g_template = spec.database;
    qAddPostRoutine(dropTemplate);
    // `signwatch-cli casebook init`, as the database's owner, but for the roles.
    auto owner = Casebook::connect(spec, password, {}, Casebook::Purpose::SetUp);
    if (!owner)
        return owner.error();
    if (auto done = (*owner)->initialise(); !done)
        return done.error();
    if (auto done = publishing::Outbox::migrate(**owner); !done)
        return done.error();
    return g_template;
}
} // namespace

Result<std::unique_ptr<ScratchCasebook>> ScratchCasebook::create(Engine engine, const Clock &clock)
{
    std::unique_ptr<ScratchCasebook> scratch(new ScratchCasebook);
    scratch->m_clock = clock;
    if (engine == Engine::Sqlite) {
        scratch->m_dir = std::make_unique<QTemporaryDir>();
        scratch->m_spec.engine = Engine::Sqlite;
        scratch->m_spec.path = scratch->m_dir->filePath(QStringLiteral("casebook.sqlite"));
        auto opened = Casebook::open(scratch->m_spec.path, clock);
        if (!opened)
            return opened.error();
        scratch->m_casebook = std::move(opened.value());
        // Durability is not under test: no fsync per transaction keeps the suites fast.
        QSqlQuery(scratch->m_casebook->database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
        return scratch;
    }
    if (adminUrl().isEmpty())
        return Error::make(QStringLiteral("SIGNWATCH_TEST_PG is not set: no PostgreSQL server to test on"));
    auto admin = ConnectionSpec::parse(adminUrl());
    if (!admin)
        return admin.error();
    scratch->m_spec = *admin;
    // A random part too: audit anchors are kept by URL, and a later run's process may get this pid.
    scratch->m_spec.database = nextName("sw_cb")
        + QStringLiteral("_%1").arg(QRandomGenerator::global()->generate() % 0xffffff, 6, 16,
                                    QLatin1Char('0'));
    scratch->m_password = qEnvironmentVariable("PGPASSWORD");
    auto source = casebookTemplate(*admin, scratch->m_password);
    if (!source)
        return source.error();
    if (auto made = adminExec({},
                              {QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE %2")
                                   .arg(scratch->m_spec.database, *source)});
        !made)
        return made.error();
    scratch->m_created = true;
    if (auto set = scratch->setUpServer(); !set)
        return set.error();
    return scratch;
}

Result<void> ScratchCasebook::setUpServer()
{
    // `signwatch-cli casebook init`, as the database's owner: on a copy of the template, where the
    // schema is at this version already (initialise() finds nothing to do), the roles of this
    // database and their grants.
    {
        auto owner = Casebook::connect(m_spec, m_password, m_clock, Casebook::Purpose::SetUp);
        if (!owner)
            return owner.error();
        if (auto done = (*owner)->initialise(); !done)
            return done;
        if (auto done = publishing::Outbox::migrate(**owner); !done)
            return done;
        if (auto done = (*owner)->setUpRoles(); !done)
            return done;
    }
    // Then the owner works on it as any desk connects.
    return reopen();
}

ScratchCasebook::~ScratchCasebook()
{
    m_casebook.reset();
    if (!m_created)
        return;
    QStringList drops {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.database)};
    for (const QString &login : std::as_const(m_logins))
        drops << QStringLiteral("DROP ROLE IF EXISTS %1").arg(identifier(login));
    for (casebook::Role role : casebook::allRoles())
        drops << QStringLiteral("DROP ROLE IF EXISTS %1")
                     .arg(identifier(casebook::roleName(m_spec.database, role)));
    if (auto dropped = adminExec({}, drops); !dropped)
        qWarning("scratch casebook not dropped: %s", qPrintable(dropped.error().fullText()));
}

Result<void> ScratchCasebook::reopen()
{
    m_casebook.reset();
    auto opened = Casebook::connect(m_spec, m_password, m_clock);
    if (!opened)
        return opened.error();
    m_casebook = std::move(opened.value());
    if (!isShared())
        QSqlQuery(m_casebook->database()).exec(QStringLiteral("PRAGMA synchronous = OFF"));
    return {};
}

Result<QString> ScratchCasebook::addLogin(const QString &name, const QList<casebook::Role> &roles)
{
    if (!isShared())
        return Error::make(QStringLiteral("a SQLite casebook has no logins"));
    const QString login = m_spec.database + QStringLiteral("_login_") + name;
    if (auto made = adminExec({},
                              {QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2'")
                                   .arg(identifier(login), loginPassword(login))});
        !made)
        return made.error();
    m_logins << login;
    // `signwatch-cli casebook grant`, as the owner.
    QSqlDatabase db = m_casebook->database();
    for (casebook::Role role : roles)
        if (auto granted = casebook::server::grantRole(db, login, role); !granted)
            return granted.error();
    return login;
}

ConnectionSpec ScratchCasebook::specOf(const QString &login) const
{
    ConnectionSpec spec = m_spec;
    spec.user = login;
    return spec;
}

Result<std::unique_ptr<Casebook>> ScratchCasebook::connectAs(const QString &login, const Clock &clock) const
{
    return Casebook::connect(specOf(login), login == m_spec.user ? m_password : loginPassword(login), clock);
}

Result<QSqlDatabase> ScratchCasebook::plainConnection(const QString &login,
                                                      const QString &connectionName) const
{
    const ConnectionSpec spec = specOf(login);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(spec.host);
    db.setPort(spec.port);
    db.setDatabaseName(spec.database);
    db.setUserName(login);
    db.setPassword(login == m_spec.user ? m_password : loginPassword(login));
    if (!db.open())
        return connection::sqlError(QStringLiteral("cannot connect as ") + login, db.lastError());
    return db;
}

Result<void> ScratchCasebook::tamper(const QStringList &statements)
{
    if (!isShared()) {
        CasebookTamperer file(m_spec.path);
        for (const QString &statement : statements)
            if (!file.exec(statement))
                return Error::make(QStringLiteral("tamper failed: ") + statement);
        return {};
    }
    // A superuser's session that fires no trigger: the server's checks and the audit chain's
    // append-only triggers are gone for it, as for someone who disabled them.
    return adminExec(m_spec.database, statements, {QStringLiteral("SET session_replication_role = replica")});
}

} // namespace sw::test
