#pragma once

#include "registry/RegistryConnection.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMap>
#include <QString>

#include <functional>

namespace sw::demo {

struct DemoOptions
{
    qint64 citizens = 1166547; // the province's population in 2023 (regulation.md, facts)
    quint64 seed = 2023;
    bool replace = false; // drop existing contract tables first instead of refusing
    Clock clock; // stamps the demo's mark (DemoMarker.h: signwatch_demo.created_at)
    // Multiplies the planted cases' rates per million citizens (their fixed minimums stay): 1 is
    // the demo's low-violation campaign; the scan benchmark uses 15 (about 166,000 findings on
    // 1.2 million citizens), a registry where findings, not rows, dominate the client's work.
    int violationRate = 1;
};

struct DemoSummary
{
    qint64 providers = 0;
    qint64 citizens = 0;
    qint64 certificates = 0;
    qint64 serviceRequests = 0;
    qint64 lookups = 0;
    // Rule code (rules.md) -> number of findings the planted violations should give in a scan with
    // the default thresholds and as-of. Ordinary rows are generated so that they give none.
    QMap<QString, qint64> plantedViolations;

    qint64 totalRows() const { return providers + citizens + certificates + serviceRequests + lookups; }
};

// Percent 0..100 and what is being done; return false to cancel.
using DemoProgress = std::function<bool(int percent, const QString &stage)>;

// The smallest registry the generator writes: below it the planted cases crowd out the campaign.
constexpr qint64 kMinimumDemoCitizens = 1000;
constexpr qint64 kMaximumDemoCitizens = 20000000;
constexpr int kMaximumViolationRate = 40; // beyond it the planted cases would crowd out the campaign

// Writes a demo registry of the 2023–2024 Thừa Thiên Huế campaign into `registry` (opened in
// write mode): the five contract tables, their indexes and statistics, and the demo's mark
// (DemoMarker.h), which `demo feed` looks for. The same options give the
// very same rows on SQLite and on PostgreSQL. Refuses a registry that already has contract tables
// unless options.replace. Everything happens in one transaction: a failure or a cancel
// (Error::Kind::Cancelled) leaves no tables behind.
Result<DemoSummary> generateDemoRegistry(registry::RegistryConnection &registry, const DemoOptions &options,
                                         const DemoProgress &progress = {});

} // namespace sw::demo
