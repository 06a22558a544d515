#pragma once

#include "registry/RegistryConnection.h"
#include "util/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace sw::demo {

using DemoProgress = std::function<bool(int percent, const QString &stage)>;

// One value of a registry row. Times and dates travel as integers and are written in the
// contract's text form (registry.md) on both engines, so SQLite and PostgreSQL receive the very
// same values.
struct Cell
{
    enum class Kind : quint8 { Null, Integer, Text, Timestamp, Date, Boolean };
    Kind kind = Kind::Null;
    qint64 number = 0;
    QString text;

    static Cell none() { return {}; }
    static Cell integer(qint64 v) { return {Kind::Integer, v, {}}; }
    static Cell string(QString v) { return {Kind::Text, 0, std::move(v)}; }
    // A null QString becomes NULL.
    static Cell stringOrNone(const QString &v) { return v.isNull() ? none() : string(v); }
    static Cell timestamp(qint64 utcSeconds) { return {Kind::Timestamp, utcSeconds, {}}; }
    static Cell date(qint64 days) { return {Kind::Date, days, {}}; }
    static Cell boolean(bool v) { return {Kind::Boolean, v ? 1 : 0, {}}; }
};

// The five contract tables, in the column order of registry::contractTables().
enum class DemoTable { Providers, Citizens, Certificates, ServiceRequests, Lookups, Count };

// Streams demo rows into a registry inside one transaction: create the tables, add rows, then
// build the indexes and commit. A failed or cancelled load is rolled back and leaves no tables.
class RegistryWriter
{
public:
    static std::unique_ptr<RegistryWriter> create(registry::RegistryConnection &registry);
    virtual ~RegistryWriter() = default;

    // Refuses a registry that already has contract tables unless `replace` (then drops them).
    // Opens the transaction and creates the tables.
    virtual Result<void> begin(bool replace) = 0;
    virtual Result<void> add(DemoTable table, const Cell *cells) = 0;
    // Flushes, creates the indexes a real registry has, commits and updates the planner's
    // statistics. Progress percent runs from `fromPercent` to 100.
    virtual Result<void> finish(const DemoProgress &progress, int fromPercent) = 0;
    // Rolls everything back (on cancel or failure).
    virtual void abort() = 0;

    // Cell as the contract's text form: timestamps, dates; numbers as digits; found as 0/1.
    static QString cellText(const Cell &cell);

protected:
    explicit RegistryWriter(registry::RegistryConnection &registry) : m_registry(registry) { }
    // Names of the contract tables the registry already holds.
    Result<QStringList> existingContractTables() const;
    Result<void> exec(const QString &statement, const QString &what) const;
    // The statements begin() runs inside the transaction: drops (when replacing), tables.
    Result<void> prepareTables(bool replace);
    static QString tableName(DemoTable table);
    // The end of a load on either engine: the indexes a real registry has, then the commit. On
    // failure or cancellation calls abort() and returns the error.
    Result<void> createIndexesAndCommit(const DemoProgress &progress, int fromPercent);
    registry::RegistryConnection &m_registry;
};

} // namespace sw::demo
