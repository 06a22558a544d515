#pragma once

#include "ScratchRegistry.h"

#include <QCoreApplication>
#include <QTest>

namespace sw::test {

// The main() of a suite that runs whole once per engine under test (SQLite; PostgreSQL when
// SIGNWATCH_TEST_PG names a server): `Suite` is made with the engine. Fails at once when PostgreSQL
// is required but not configured. `App` is QCoreApplication, or QGuiApplication for suites that
// render documents.
template<typename Suite, typename App = QCoreApplication>
int runOnEachEngine(int argc, char **argv, const char *what)
{
    App app(argc, argv);
    if (!postgresRequirementMet())
        return 1;
    int status = 0;
    for (connection::Engine engine : enginesUnderTest()) {
        qInfo("=== %s on %s", what, engine == connection::Engine::Sqlite ? "SQLite" : "PostgreSQL");
        Suite test(engine);
        status |= QTest::qExec(&test, argc, argv);
    }
    return status;
}

} // namespace sw::test
