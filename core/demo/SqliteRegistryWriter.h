#pragma once

#include "demo/RegistryWriter.h"

#include <QSqlQuery>

#include <array>
#include <optional>

namespace sw::demo {

// SQLite: one transaction, one prepared INSERT per table (qt-notes: ~390k rows/s, where autocommit
// manages 4.5k), under SQLite's usual rollback journal (journal_mode=DELETE): new tables in a fresh
// file journal almost nothing, a cancelled load rolls back, and a load killed half-way is rolled
// back when the file is next opened (an in-memory journal, as before, left "file is not a
// database" after kill -9). No WAL: a WAL file breaks read-only opens of the registry (qt-notes).
class SqliteRegistryWriter final : public RegistryWriter
{
public:
    explicit SqliteRegistryWriter(registry::RegistryConnection &registry);
    ~SqliteRegistryWriter() override;

    Result<void> begin(bool replace) override;
    Result<void> add(DemoTable table, const Cell *cells) override;
    Result<void> finish(const DemoProgress &progress, int fromPercent) override;
    void abort() override;

private:
    std::array<std::optional<QSqlQuery>, size_t(DemoTable::Count)> m_inserts;
    std::array<int, size_t(DemoTable::Count)> m_columnCounts {};
    bool m_inTransaction = false;
};

} // namespace sw::demo
