#pragma once

#include "connection/ConnectionSpec.h"
#include "registry/RegistryConnection.h"

#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace sw::test {

// The engines a registry test runs on: SQLite always; PostgreSQL when SIGNWATCH_TEST_PG names an
// admin URL of a real server (password in PGPASSWORD). With SIGNWATCH_REQUIRE_PG=1 (CI) a missing
// server is a failure, not a skip.
QList<connection::Engine> enginesUnderTest();
// Adds an "engine" column and one row per engine under test, named "sqlite" / "postgresql".
void addEngineRows(const char *tagPrefix = "");
// Call at a test's start: fails when PostgreSQL is required but not configured.
bool checkPostgresRequirement();
// The same outside a test function (a main() that runs a test class once per engine): false, with
// a message, when PostgreSQL is required but not configured.
bool postgresRequirementMet();

// A fresh, empty registry database for one test: a temporary SQLite file, or a new PostgreSQL
// database that is dropped again when this goes away.
class ScratchRegistry
{
public:
    static Result<std::unique_ptr<ScratchRegistry>> create(connection::Engine engine, bool withSchema = true);
    // A registry with the contract's schema and `statements` run in it, its writer closed; null
    // (with the reason as a warning) when either fails.
    static std::unique_ptr<ScratchRegistry> filled(connection::Engine engine, const QStringList &statements);
    ~ScratchRegistry();

    const connection::ConnectionSpec &spec() const { return m_spec; }
    const QString &password() const { return m_password; }
    // A read-write connection for building the registry.
    registry::RegistryConnection &writer() { return *m_writer; }
    // Runs statements on the writer in one transaction; fails the test helper way (Result).
    Result<void> exec(const QStringList &statements);
    // Drops the writer's connection (PostgreSQL holds none open afterwards).
    void closeWriter() { m_writer.reset(); }

private:
    ScratchRegistry() = default;
    connection::ConnectionSpec m_spec;
    QString m_password;
    QString m_adminUrl;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<registry::RegistryConnection> m_writer;
};

} // namespace sw::test

namespace sw::test {
// The statements of a .sql fixture under tests/data (split at ";" line ends; "--" comments).
QStringList fixtureStatements(const QString &name);
} // namespace sw::test
