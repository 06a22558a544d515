#pragma once

#include "connection/ConnectionSpec.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::citizens {

// A registry row as read: cells in the column order of registry::contractTable(). Times and dates
// come in the contract's text form on both engines (PostgreSQL's are formatted in the query,
// `found` as 0/1); SQLite's values come as stored, malformed ones included, so that a copy of them
// judges exactly as the registry does.
using RegistryRow = QVariantList;

// Column positions, in the contract's order (registry::contractTables()).
namespace col {
enum Provider { ProviderCode, ProviderName, ProviderExcludedAt };
enum Citizen { CitizenId, CitizenName, CitizenBirthDate, CitizenDistrict, CitizenPhone };
enum Certificate {
    CertId,
    CertCitizen,
    CertProvider,
    CertChannel,
    CertStatus,
    CertActivatedAt,
    CertRecordedAt,
    CertFreeUntil,
    CertSerial,
    CertStaff,
    CertRequest,
    CertReplaces,
    CertRevokedAt,
    CertRevokeReason
};
enum Request { ReqId, ReqCitizen, ReqProvider, ReqMode, ReqRegisteredAt, ReqCompletedAt, ReqCancelledAt };
enum Lookup { LookupId, LookupProvider, LookupStaff, LookupCitizen, LookupAt, LookupFound };
} // namespace col

// Everything the registry holds about one citizen, plus the few rows of others that the rules read
// for this citizen's records.
struct CitizenRecords
{
    QString citizenId;
    std::optional<RegistryRow> citizen; // absent when the citizens table has no such row
    QList<RegistryRow> certificates; // the citizen's own, by id
    QList<RegistryRow> requests;
    QList<RegistryRow> lookups;
    // Context: certificates this citizen's certificates replace, certificates that serve this
    // citizen's requests, requests its certificates name (of any citizen), and the citizens rows
    // of those, so that existence checks (DATA_QUALITY) and FREE_PERIOD/PREMATURE_CONFIRMATION
    // read the same rows as a full scan.
    QList<RegistryRow> contextCertificates;
    QList<RegistryRow> contextRequests;
    QList<RegistryRow> contextCitizens;
    QList<RegistryRow> providers;

    bool isEmpty() const
    {
        return !citizen && certificates.isEmpty() && requests.isEmpty() && lookups.isEmpty();
    }

    // Reads them with prepared statements through the citizen and id indexes of the registry.
    static Result<CitizenRecords> load(registry::RegistryConnection &connection, const QString &citizenId);
};

// The column list of a contract table for a SELECT, in the contract's text forms (see RegistryRow).
QString contractSelectList(const QString &table, connection::Engine engine, const QString &alias = {});

// Seconds since the epoch of a time in exactly the contract's form YYYY-MM-DDTHH:MM:SSZ (a real
// time, hour below 24), as the scan's DATA_QUALITY reads it; nothing for NULL or anything else.
std::optional<qint64> contractTime(const QVariant &value);
// True for NULL or a well-formed time.
bool isNullOrContractTime(const QVariant &value);
// An id cell as a number (nothing for NULL or text that is no whole number).
std::optional<qint64> contractId(const QVariant &value);

} // namespace sw::citizens
