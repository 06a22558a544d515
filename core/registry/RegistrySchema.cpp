#include "registry/RegistrySchema.h"

namespace sw::registry {

namespace {
ColumnDef col(const char *name, const char *sqliteType, const char *postgresType, bool notNull)
{
    return ColumnDef {QLatin1String(name), QLatin1String(sqliteType), QLatin1String(postgresType), notNull};
}
} // namespace

QStringList TableDef::columnNames() const
{
    QStringList names;
    for (const ColumnDef &c : columns)
        names << c.name;
    return names;
}

const std::vector<TableDef> &contractTables()
{
    static const std::vector<TableDef> tables = {
        {QStringLiteral("providers"),
         QStringLiteral("code"),
         {col("code", "TEXT", "text", true), col("name", "TEXT", "text", true),
          col("excluded_at", "TEXT", "timestamptz", false)}},
        {QStringLiteral("citizens"),
         QStringLiteral("citizen_id"),
         {col("citizen_id", "TEXT", "text", true), col("full_name", "TEXT", "text", true),
          col("birth_date", "TEXT", "date", false), col("district_code", "TEXT", "text", true),
          col("phone", "TEXT", "text", false)}},
        {QStringLiteral("certificates"),
         QStringLiteral("id"),
         {col("id", "INTEGER", "bigint", true), col("citizen_id", "TEXT", "text", true),
          col("provider_code", "TEXT", "text", true), col("channel", "TEXT", "text", true),
          col("status", "TEXT", "text", true), col("activated_at", "TEXT", "timestamptz", false),
          col("recorded_at", "TEXT", "timestamptz", true), col("free_until", "TEXT", "date", false),
          col("serial", "TEXT", "text", false), col("staff_id", "TEXT", "text", false),
          col("request_id", "INTEGER", "bigint", false), col("replaces_id", "INTEGER", "bigint", false),
          col("revoked_at", "TEXT", "timestamptz", false), col("revoke_reason", "TEXT", "text", false)}},
        {QStringLiteral("service_requests"),
         QStringLiteral("id"),
         {col("id", "INTEGER", "bigint", true), col("citizen_id", "TEXT", "text", true),
          col("provider_code", "TEXT", "text", true), col("mode", "TEXT", "text", true),
          col("registered_at", "TEXT", "timestamptz", true),
          col("completed_at", "TEXT", "timestamptz", false),
          col("cancelled_at", "TEXT", "timestamptz", false)}},
        {QStringLiteral("lookups"),
         QStringLiteral("id"),
         {col("id", "INTEGER", "bigint", true), col("provider_code", "TEXT", "text", true),
          col("staff_id", "TEXT", "text", false), col("citizen_id", "TEXT", "text", true),
          col("looked_up_at", "TEXT", "timestamptz", true), col("found", "INTEGER", "boolean", true)}},
    };
    return tables;
}

const TableDef *contractTable(const QString &name)
{
    for (const TableDef &t : contractTables())
        if (t.name == name)
            return &t;
    return nullptr;
}

QStringList createTableStatements(connection::Engine engine)
{
    QStringList statements;
    for (const TableDef &table : contractTables()) {
        QStringList defs;
        for (const ColumnDef &c : table.columns) {
            QString def = c.name + QLatin1Char(' ')
                + (engine == connection::Engine::Sqlite ? c.sqliteType : c.postgresType);
            if (c.name == table.primaryKey)
                def += QStringLiteral(" PRIMARY KEY");
            else if (c.notNull)
                def += QStringLiteral(" NOT NULL");
            defs << def;
        }
        statements << QStringLiteral("CREATE TABLE %1 (%2)").arg(table.name, defs.join(QStringLiteral(", ")));
    }
    return statements;
}

QStringList createIndexStatements(connection::Engine /*engine*/)
{
    // The same statements serve both engines.
    return {
        QStringLiteral("CREATE INDEX certificates_citizen_idx ON certificates (citizen_id)"),
        QStringLiteral(
            "CREATE INDEX certificates_provider_recorded_idx ON certificates (provider_code, recorded_at)"),
        QStringLiteral("CREATE INDEX certificates_request_idx ON certificates (request_id)"),
        QStringLiteral(
            "CREATE INDEX certificates_staff_idx ON certificates (provider_code, staff_id, activated_at)"),
        QStringLiteral("CREATE INDEX service_requests_citizen_idx ON service_requests (citizen_id)"),
        QStringLiteral(
            "CREATE INDEX service_requests_provider_idx ON service_requests (provider_code, registered_at)"),
        QStringLiteral(
            "CREATE INDEX lookups_citizen_idx ON lookups (citizen_id, provider_code, looked_up_at)"),
        // With the id, the near-duplicate candidates of some birth days are read from the index
        // alone (the live watch: 3 ms instead of 15 ms for a poll's 190 days on PostgreSQL).
        QStringLiteral("CREATE INDEX citizens_birth_idx ON citizens (birth_date, citizen_id)"),
        // The live watch (rules/LiveWatch) finds what changed since its last poll by the times
        // Hue-S stamps on every change, and follows references to the changed rows; without these
        // each poll reads whole tables (docs/live-watch.md, scripts/watch-indexes.sql).
        QStringLiteral("CREATE INDEX certificates_recorded_idx ON certificates (recorded_at)"),
        QStringLiteral("CREATE INDEX certificates_activated_idx ON certificates (activated_at)"),
        QStringLiteral("CREATE INDEX certificates_revoked_idx ON certificates (revoked_at)"),
        QStringLiteral("CREATE INDEX certificates_replaces_idx ON certificates (replaces_id)"),
        QStringLiteral("CREATE INDEX service_requests_registered_idx ON service_requests (registered_at)"),
        QStringLiteral("CREATE INDEX service_requests_completed_idx ON service_requests (completed_at)"),
        QStringLiteral("CREATE INDEX service_requests_cancelled_idx ON service_requests (cancelled_at)"),
        QStringLiteral("CREATE INDEX lookups_time_idx ON lookups (looked_up_at)"),
    };
}

} // namespace sw::registry
