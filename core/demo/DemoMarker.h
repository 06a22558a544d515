#pragma once

#include "registry/RegistryConnection.h"
#include "util/Result.h"

#include <QString>
#include <QStringList>

namespace sw::demo {

// The mark `signwatch-cli demo` leaves in every registry it writes: one row in a table of its own,
// `signwatch_demo (seed, citizens, created_at)`. The data contract lets a registry hold extra
// tables and tells readers to ignore them (registry.md), so the console, the contract check and the
// scans never see it; `demo feed` reads it and refuses any registry without it (a real registry
// must never receive invented activity).
struct DemoMarker
{
    quint64 seed = 0;
    qint64 citizens = 0;
    qint64 createdAt = 0; // UTC seconds since 1970
};

QString demoMarkerTable(); // signwatch_demo

// The statements that (re)create the empty marker table, in the caller's transaction: drops an
// old one first (a replaced demo gets a new mark).
QStringList createDemoMarkerStatements(connection::Engine engine);
// Writes the mark's one row, in the caller's transaction.
Result<void> writeDemoMarker(registry::RegistryConnection &registry, const DemoMarker &marker);
// The mark of a registry `demo` made; an error (Kind::InvalidInput) that says so when the registry
// has none.
Result<DemoMarker> readDemoMarker(registry::RegistryConnection &registry);

} // namespace sw::demo
