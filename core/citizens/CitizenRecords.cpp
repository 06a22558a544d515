#include "citizens/CitizenRecords.h"

#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySchema.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace sw::citizens {

using connection::Engine;

QString contractSelectList(const QString &table, Engine engine, const QString &alias)
{
    const registry::TableDef *def = registry::contractTable(table);
    Q_ASSERT(def);
    const QString prefix = alias.isEmpty() ? QString() : alias + QLatin1Char('.');
    QStringList cells;
    for (const registry::ColumnDef &c : def->columns) {
        const QString column = prefix + c.name;
        if (engine == Engine::Postgres && c.postgresType == QLatin1String("timestamptz"))
            // The session runs in UTC; sub-seconds are cut as the scan cuts them.
            cells << QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
                         .arg(column);
        else if (engine == Engine::Postgres && c.postgresType == QLatin1String("date"))
            cells << QStringLiteral("to_char(%1, 'YYYY-MM-DD')").arg(column);
        else if (engine == Engine::Postgres && c.postgresType == QLatin1String("boolean"))
            cells << QStringLiteral("CASE WHEN %1 THEN 1 WHEN NOT %1 THEN 0 END").arg(column);
        else
            cells << column;
    }
    return cells.join(QStringLiteral(", "));
}

std::optional<qint64> contractTime(const QVariant &value)
{
    if (value.isNull() || value.typeId() != QMetaType::QString)
        return std::nullopt;
    static const QRegularExpression form(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2}):(\\d{2})Z$"));
    const auto m = form.match(value.toString());
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt());
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return QDateTime(date, time, QTimeZone::utc()).toSecsSinceEpoch();
}

bool isNullOrContractTime(const QVariant &value)
{
    return value.isNull() || contractTime(value).has_value();
}

std::optional<qint64> contractId(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    bool ok = false;
    const qint64 id = value.toLongLong(&ok);
    return ok ? std::optional<qint64>(id) : std::nullopt;
}

namespace {
Error readError(const QSqlQuery &query)
{
    return connection::sqlError(
        QCoreApplication::translate("Citizens", "The registry could not give this citizen's records."),
        query.lastError());
}

// Runs a prepared SELECT of one contract table with one bound value and appends its rows.
class TableReader
{
public:
    TableReader(const QSqlDatabase &db, Engine engine, const QString &table, const QString &where)
        : m_query(db), m_width(int(registry::contractTable(table)->columns.size()))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                                         .arg(contractSelectList(table, engine), table, where));
    }

    Result<void> read(const QVariant &key, QList<RegistryRow> &out)
    {
        if (!m_prepared)
            return readError(m_query);
        m_query.bindValue(0, key);
        if (!m_query.exec())
            return readError(m_query);
        while (m_query.next()) {
            RegistryRow row;
            row.reserve(m_width);
            for (int i = 0; i < m_width; ++i)
                row.append(m_query.value(i));
            out.append(row);
        }
        m_query.finish();
        return {};
    }

private:
    QSqlQuery m_query;
    int m_width;
    bool m_prepared = false;
};
} // namespace

Result<CitizenRecords> CitizenRecords::load(registry::RegistryConnection &connection,
                                            const QString &citizenId)
{
    const QSqlDatabase db = connection.database();
    const Engine engine = connection.engine();
    CitizenRecords records;
    records.citizenId = citizenId;

    TableReader citizenById(db, engine, QStringLiteral("citizens"), QStringLiteral("citizen_id = ?"));
    TableReader certsByCitizen(db, engine, QStringLiteral("certificates"), QStringLiteral("citizen_id = ?"));
    TableReader certsById(db, engine, QStringLiteral("certificates"), QStringLiteral("id = ?"));
    TableReader certsByRequest(db, engine, QStringLiteral("certificates"), QStringLiteral("request_id = ?"));
    TableReader requestsByCitizen(db, engine, QStringLiteral("service_requests"),
                                  QStringLiteral("citizen_id = ?"));
    TableReader requestsById(db, engine, QStringLiteral("service_requests"), QStringLiteral("id = ?"));
    TableReader lookupsByCitizen(db, engine, QStringLiteral("lookups"), QStringLiteral("citizen_id = ?"));

    QList<RegistryRow> citizenRows;
    if (auto r = citizenById.read(citizenId, citizenRows); !r)
        return r.error();
    if (!citizenRows.isEmpty())
        records.citizen = citizenRows.constFirst();
    if (auto r = certsByCitizen.read(citizenId, records.certificates); !r)
        return r.error();
    if (auto r = requestsByCitizen.read(citizenId, records.requests); !r)
        return r.error();
    if (auto r = lookupsByCitizen.read(citizenId, records.lookups); !r)
        return r.error();
    auto byId = [](const RegistryRow &a, const RegistryRow &b) {
        return a.at(0).toLongLong() < b.at(0).toLongLong();
    };
    std::sort(records.certificates.begin(), records.certificates.end(), byId);
    std::sort(records.requests.begin(), records.requests.end(), byId);
    std::sort(records.lookups.begin(), records.lookups.end(), byId);

    QSqlQuery providers(db);
    providers.setForwardOnly(true);
    if (!providers.exec(QStringLiteral("SELECT %1 FROM providers")
                            .arg(contractSelectList(QStringLiteral("providers"), engine))))
        return readError(providers);
    while (providers.next())
        records.providers.append({providers.value(0), providers.value(1), providers.value(2)});

    // The context, read by id until nothing referenced is missing (three rounds at most: a chain of
    // switches longer than that is read no further; its far end only decides whether a row of
    // another citizen is itself readable).
    QSet<qint64> certIds, requestIds, triedCerts, triedRequests;
    QSet<QString> citizenIds {citizenId}, triedCitizens {citizenId};
    for (const RegistryRow &row : std::as_const(records.certificates))
        certIds.insert(row.at(col::CertId).toLongLong());
    for (const RegistryRow &row : std::as_const(records.requests)) {
        requestIds.insert(row.at(col::ReqId).toLongLong());
        // PREMATURE_CONFIRMATION (c) looks for a certificate of any citizen serving the request.
        QList<RegistryRow> serving;
        if (auto r = certsByRequest.read(row.at(col::ReqId), serving); !r)
            return r.error();
        for (const RegistryRow &cert : std::as_const(serving)) {
            const qint64 id = cert.at(col::CertId).toLongLong();
            if (!certIds.contains(id)) {
                certIds.insert(id);
                records.contextCertificates.append(cert);
            }
        }
    }
    for (int round = 0; round < 3; ++round) {
        QList<qint64> wantCerts, wantRequests;
        QStringList wantCitizens;
        for (const QList<RegistryRow> *list : {&records.certificates, &records.contextCertificates}) {
            for (const RegistryRow &row : *list) {
                if (auto id = contractId(row.at(col::CertReplaces));
                    id && !certIds.contains(*id) && !triedCerts.contains(*id)) {
                    triedCerts.insert(*id);
                    wantCerts << *id;
                }
                if (auto id = contractId(row.at(col::CertRequest));
                    id && !requestIds.contains(*id) && !triedRequests.contains(*id)) {
                    triedRequests.insert(*id);
                    wantRequests << *id;
                }
            }
        }
        auto wantCitizen = [&](const QVariant &value) {
            const QString id = value.toString();
            if (!value.isNull() && !triedCitizens.contains(id)) {
                triedCitizens.insert(id);
                wantCitizens << id;
            }
        };
        for (const RegistryRow &row : std::as_const(records.contextCertificates))
            wantCitizen(row.at(col::CertCitizen));
        for (const RegistryRow &row : std::as_const(records.contextRequests))
            wantCitizen(row.at(col::ReqCitizen));
        if (wantCerts.isEmpty() && wantRequests.isEmpty() && wantCitizens.isEmpty())
            break;
        for (qint64 id : std::as_const(wantCerts)) {
            QList<RegistryRow> found;
            if (auto r = certsById.read(id, found); !r)
                return r.error();
            for (const RegistryRow &row : std::as_const(found))
                if (!certIds.contains(row.at(col::CertId).toLongLong())) {
                    certIds.insert(row.at(col::CertId).toLongLong());
                    records.contextCertificates.append(row);
                }
        }
        for (qint64 id : std::as_const(wantRequests)) {
            QList<RegistryRow> found;
            if (auto r = requestsById.read(id, found); !r)
                return r.error();
            for (const RegistryRow &row : std::as_const(found))
                if (!requestIds.contains(row.at(col::ReqId).toLongLong())) {
                    requestIds.insert(row.at(col::ReqId).toLongLong());
                    records.contextRequests.append(row);
                }
        }
        for (const QString &id : std::as_const(wantCitizens)) {
            if (auto r = citizenById.read(id, records.contextCitizens); !r)
                return r.error();
            citizenIds.insert(id);
        }
    }
    return records;
}

} // namespace sw::citizens
