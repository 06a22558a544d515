#include "citizens/CitizenScan.h"

#include "citizens/CitizenRecords.h"
#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"
#include "rules/RuleCatalogue.h"
#include "rules/ScanEngine.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace sw::citizens {

using connection::ConnectionSpec;
using connection::Engine;
using registry::RegistryConnection;

QStringList rulesNeedingOtherCitizens()
{
    return {QStringLiteral("IDENTITY_NEAR_DUPLICATE"), QStringLiteral("STAFF_BURST")};
}

namespace {
Error copyError(const QString &what, const QSqlError &error)
{
    return connection::sqlError(
        QCoreApplication::translate("Citizens",
                                    "Could not prepare this citizen's records for the rules (%1).")
            .arg(what),
        error);
}

Result<void> writeRows(QSqlDatabase &db, const QString &table, const QList<const QList<RegistryRow> *> &lists)
{
    const registry::TableDef *def = registry::contractTable(table);
    QStringList marks;
    for (size_t i = 0; i < def->columns.size(); ++i)
        marks << QStringLiteral("?");
    QSqlQuery insert(db);
    if (!insert.prepare(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, def->columnNames().join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")))))
        return copyError(table, insert.lastError());
    for (const QList<RegistryRow> *rows : lists) {
        for (const RegistryRow &row : *rows) {
            for (int i = 0; i < row.size(); ++i)
                insert.bindValue(i, row.at(i));
            if (!insert.exec())
                return copyError(table, insert.lastError());
        }
    }
    return {};
}

Result<void> writeScratch(RegistryConnection &scratch, const CitizenRecords &records)
{
    QSqlDatabase db = scratch.database();
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA journal_mode = MEMORY"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = OFF"));
    if (!db.transaction())
        return copyError(QStringLiteral("begin"), db.lastError());
    for (const QString &statement : registry::createTableStatements(Engine::Sqlite)) {
        QSqlQuery create(db);
        if (!create.exec(statement)) {
            db.rollback();
            return copyError(QStringLiteral("tables"), create.lastError());
        }
    }
    QList<RegistryRow> citizens = records.contextCitizens;
    if (records.citizen)
        citizens.prepend(*records.citizen);
    const struct
    {
        QString table;
        QList<const QList<RegistryRow> *> rows;
    } tables[] = {
        {QStringLiteral("providers"), {&records.providers}},
        {QStringLiteral("citizens"), {&citizens}},
        {QStringLiteral("certificates"), {&records.certificates, &records.contextCertificates}},
        {QStringLiteral("service_requests"), {&records.requests, &records.contextRequests}},
        {QStringLiteral("lookups"), {&records.lookups}},
    };
    for (const auto &t : tables) {
        if (auto written = writeRows(db, t.table, t.rows); !written) {
            db.rollback();
            return written;
        }
    }
    if (!db.commit())
        return copyError(QStringLiteral("commit"), db.lastError());
    return {};
}

QSet<qint64> idsOf(const QList<RegistryRow> &rows)
{
    QSet<qint64> ids;
    for (const RegistryRow &row : rows)
        ids.insert(row.at(0).toLongLong());
    return ids;
}
} // namespace

Result<QList<rules::Finding>> scanCitizen(const CitizenRecords &records, const CitizenScanOptions &options)
{
    // §1.7: the copy lives in a private folder (mode 0700) for the few milliseconds of the scan.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::make(QCoreApplication::translate("Citizens",
                                                       "Could not create a temporary folder for "
                                                       "this citizen's findings."),
                           dir.errorString());
    ConnectionSpec spec;
    spec.engine = Engine::Sqlite;
    spec.path = dir.filePath(QStringLiteral("citizen.sqlite"));
    {
        auto scratch = RegistryConnection::open(spec, {}, RegistryConnection::Mode::Write);
        if (!scratch)
            return scratch.error();
        if (auto written = writeScratch(**scratch, records); !written)
            return written.error();
    }

    rules::ScanOptions scan;
    scan.asOf = options.asOf;
    scan.thresholds = options.thresholds;
    scan.caseworkExclusions = options.caseworkExclusions;
    scan.threads = 1;
    const QStringList skipped = rulesNeedingOtherCitizens();
    for (const rules::RuleInfo &rule : rules::ruleCatalogue())
        if (!skipped.contains(rule.code))
            scan.rules << rule.code;
    auto result = rules::ScanEngine(spec, {}).run(scan);
    if (!result)
        return result.error();

    // Only this citizen's rows: the context rows were copied to be read, not judged.
    const QSet<qint64> certificates = idsOf(records.certificates);
    const QSet<qint64> requests = idsOf(records.requests);
    const QSet<qint64> lookups = idsOf(records.lookups);
    QList<rules::Finding> own;
    for (const rules::Finding &f : std::as_const(result->findings)) {
        const QString &kind = f.subjectKind;
        const bool mine = ((kind == QLatin1String("certificate") || kind == QLatin1String("certificates"))
                           && certificates.contains(f.subjectId))
            || ((kind == QLatin1String("request") || kind == QLatin1String("service_requests"))
                && requests.contains(f.subjectId))
            || (kind == QLatin1String("lookups") && lookups.contains(f.subjectId));
        if (mine)
            own.append(f);
    }
    return own;
}

} // namespace sw::citizens
