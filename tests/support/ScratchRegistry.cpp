#include "ScratchRegistry.h"

#include "connection/SqlError.h"
#include "registry/RegistrySchema.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace sw::test {

using connection::ConnectionSpec;
using connection::Engine;
using registry::RegistryConnection;

namespace {
QString adminUrl()
{
    return qEnvironmentVariable("SIGNWATCH_TEST_PG");
}

Result<void> adminExec(const QString &statement)
{
    auto spec = ConnectionSpec::parse(adminUrl());
    if (!spec)
        return spec.error();
    auto admin = RegistryConnection::open(*spec, qEnvironmentVariable("PGPASSWORD"),
                                          RegistryConnection::Mode::Write);
    if (!admin)
        return admin.error();
    QSqlQuery query((*admin)->database());
    if (!query.exec(statement))
        return connection::sqlError(QStringLiteral("admin statement failed: ") + statement,
                                    query.lastError());
    return {};
}
} // namespace

QList<Engine> enginesUnderTest()
{
    QList<Engine> engines {Engine::Sqlite};
    if (!adminUrl().isEmpty())
        engines << Engine::Postgres;
    return engines;
}

bool checkPostgresRequirement()
{
    if (qEnvironmentVariable("SIGNWATCH_REQUIRE_PG") == QLatin1String("1") && adminUrl().isEmpty()) {
        QTest::qFail("SIGNWATCH_REQUIRE_PG=1 but SIGNWATCH_TEST_PG is not set", __FILE__, __LINE__);
        return false;
    }
    return true;
}

bool postgresRequirementMet()
{
    if (qEnvironmentVariable("SIGNWATCH_REQUIRE_PG") == QLatin1String("1") && adminUrl().isEmpty()) {
        qCritical("FAIL: SIGNWATCH_REQUIRE_PG=1 but SIGNWATCH_TEST_PG is not set");
        return false;
    }
    return true;
}

void addEngineRows(const char *tagPrefix)
{
    for (Engine engine : enginesUnderTest()) {
        const QByteArray tag = QByteArray(tagPrefix) + (engine == Engine::Sqlite ? "sqlite" : "postgresql");
        QTest::newRow(tag.constData()) << engine;
    }
}

std::unique_ptr<ScratchRegistry> ScratchRegistry::filled(Engine engine, const QStringList &statements)
{
    auto scratch = create(engine);
    if (!scratch) {
        qWarning("%s", qPrintable(scratch.error().fullText()));
        return {};
    }
    if (auto done = (*scratch)->exec(statements); !done) {
        qWarning("%s", qPrintable(done.error().fullText()));
        return {};
    }
    (*scratch)->closeWriter();
    return std::move(*scratch);
}

Result<std::unique_ptr<ScratchRegistry>> ScratchRegistry::create(Engine engine, bool withSchema)
{
    std::unique_ptr<ScratchRegistry> scratch(new ScratchRegistry);
    if (engine == Engine::Sqlite) {
        scratch->m_dir = std::make_unique<QTemporaryDir>();
        scratch->m_spec.engine = Engine::Sqlite;
        scratch->m_spec.path = scratch->m_dir->filePath(QStringLiteral("registry.sqlite"));
    } else {
        auto admin = ConnectionSpec::parse(adminUrl());
        if (!admin)
            return admin.error();
        static QAtomicInteger<int> counter;
        const QString name = QStringLiteral("sw_test_%1_%2")
                                 .arg(QCoreApplication::applicationPid())
                                 .arg(counter.fetchAndAddRelaxed(1));
        if (auto made = adminExec(QStringLiteral("CREATE DATABASE ") + name); !made)
            return made.error();
        scratch->m_adminUrl = adminUrl();
        scratch->m_spec = *admin;
        scratch->m_spec.database = name;
        scratch->m_password = qEnvironmentVariable("PGPASSWORD");
    }
    auto writer
        = RegistryConnection::open(scratch->m_spec, scratch->m_password, RegistryConnection::Mode::Write);
    if (!writer)
        return writer.error();
    scratch->m_writer = std::move(writer.value());
    if (withSchema) {
        if (auto made = scratch->exec(registry::createTableStatements(engine)); !made)
            return made.error();
    }
    return scratch;
}

ScratchRegistry::~ScratchRegistry()
{
    m_writer.reset();
    if (!m_adminUrl.isEmpty())
        (void)adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_spec.database));
}

Result<void> ScratchRegistry::exec(const QStringList &statements)
{
    QSqlDatabase db = m_writer->database();
    if (!db.transaction())
        return connection::sqlError(QStringLiteral("begin failed"), db.lastError());
    for (const QString &statement : statements) {
        QSqlQuery query(db);
        if (!query.exec(statement)) {
            Error error = connection::sqlError(QStringLiteral("statement failed: ") + statement.left(200),
                                               query.lastError());
            db.rollback();
            return error;
        }
    }
    if (!db.commit())
        return connection::sqlError(QStringLiteral("commit failed"), db.lastError());
    return {};
}

} // namespace sw::test

#include <QFile>
#include <QRegularExpression>

namespace sw::test {

QStringList fixtureStatements(const QString &name)
{
    QFile file(QStringLiteral(SIGNWATCH_TEST_DATA "/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("fixture missing: %s", qPrintable(file.fileName()));
        return {};
    }
    QStringList statements;
    QString current;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--")))
            continue;
        current += line + QLatin1Char('\n');
        if (trimmed.endsWith(QLatin1Char(';'))) {
            current = current.trimmed();
            current.chop(1);
            statements << current;
            current.clear();
        }
    }
    return statements;
}

} // namespace sw::test
