#pragma once

#include "demo/RegistryWriter.h"

#include <QSqlQuery>

#include <array>
#include <optional>
#include <vector>

namespace sw::demo {

// PostgreSQL: one transaction; rows go in batches of kBatchRows through
//   INSERT INTO t (...) SELECT * FROM unnest(CAST(? AS bigint[]), CAST(? AS text[]), ...)
// with each column bound as one array literal per batch. QPSQL has no COPY, and one statement per
// 20k rows is about as fast as a client library gets. The server parses the same contract text
// the SQLite file stores, so both engines hold identical values.
class PostgresRegistryWriter final : public RegistryWriter
{
public:
    explicit PostgresRegistryWriter(registry::RegistryConnection &registry);
    ~PostgresRegistryWriter() override;

    Result<void> begin(bool replace) override;
    Result<void> add(DemoTable table, const Cell *cells) override;
    Result<void> finish(const DemoProgress &progress, int fromPercent) override;
    void abort() override;

private:
    static constexpr int kBatchRows = 20000;

    struct Batch
    {
        std::optional<QSqlQuery> insert;
        std::vector<QString> columns; // array literals under construction
        int rows = 0;
    };
    Result<void> flush(DemoTable table);
    static void appendElement(QString &array, const Cell &cell);

    std::array<Batch, size_t(DemoTable::Count)> m_batches;
    bool m_inTransaction = false;
};

} // namespace sw::demo
