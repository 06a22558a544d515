#pragma once

#include "demo/CitizenIdAllocator.h"
#include "demo/DemoCalendar.h"
#include "demo/DemoCatalog.h"
#include "demo/DemoGenerator.h"
#include "demo/DemoRandom.h"
#include "demo/RegistryWriter.h"

#include <QString>

#include <array>
#include <functional>
#include <optional>
#include <vector>

namespace sw::demo {

// Values of the registry's enums (registry.md).
namespace value {
inline QString app()
{
    return QStringLiteral("app");
}
inline QString doorToDoor()
{
    return QStringLiteral("door_to_door");
}
inline QString huesRequest()
{
    return QStringLiteral("hues_request");
}
inline QString legacyImport()
{
    return QStringLiteral("legacy_import");
}
inline QString active()
{
    return QStringLiteral("active");
}
inline QString technicalError()
{
    return QStringLiteral("technical_error");
}
inline QString revoked()
{
    return QStringLiteral("revoked");
}
inline QString switchProvider()
{
    return QStringLiteral("switch_provider");
}
inline QString citizenRequest()
{
    return QStringLiteral("citizen_request");
}
inline QString error()
{
    return QStringLiteral("error");
}
inline QString home()
{
    return QStringLiteral("home");
}
inline QString phone()
{
    return QStringLiteral("phone");
}
} // namespace value

struct CitizenDraft
{
    QString id;
    QString name;
    bool female = false;
    qint64 birthDays = 0; // days since 1970
    bool birthKnown = true;
    QString district;
    QString phone; // null: none
};

struct CertDraft
{
    QString citizenId;
    QString provider;
    QString channel;
    QString status = value::active();
    std::optional<qint64> activatedAt;
    qint64 recordedAt = 0;
    std::optional<qint64> freeUntil; // days
    QString serial; // null: NULL
    QString staffId; // null: NULL
    std::optional<qint64> requestId;
    std::optional<qint64> replacesId;
    std::optional<qint64> revokedAt;
    QString revokeReason; // null: NULL
};

struct RequestDraft
{
    QString citizenId;
    QString provider;
    QString mode;
    qint64 registeredAt = 0;
    std::optional<qint64> completedAt;
    std::optional<qint64> cancelledAt;
};

struct DoorVisit
{
    QString staffId;
    qint64 at = 0;
};

// The rows as the writer takes them, in the column order of registry::contractTables().
std::array<Cell, 5> citizenCells(const CitizenDraft &citizen);
std::array<Cell, 14> certificateCells(qint64 id, const CertDraft &cert);
std::array<Cell, 7> requestCells(qint64 id, const RequestDraft &request);
std::array<Cell, 6> lookupCells(qint64 id, const QString &provider, const QString &staffId,
                                const QString &citizenId, qint64 at, bool found);

// Builds the ordinary campaign, citizen by citizen, and offers the building blocks the
// ViolationPlanter uses. Rows stream straight into the writer; only small schedules stay in memory.
class CampaignBuilder
{
public:
    CampaignBuilder(RegistryWriter &writer, const DemoOptions &options, DemoSummary &summary);

    DemoRandom &rng() { return m_rng; }
    CitizenIdAllocator &ids() { return m_ids; }
    bool failed() const { return m_failed; }
    const Error &error() const { return m_error; }
    qint64 citizensWritten() const { return m_summary.citizens; }

    void writeProviders();
    // One ordinary citizen and whatever the campaign did with them.
    void addOrdinaryCitizen();

    // --- building blocks -------------------------------------------------------------------
    CitizenDraft drawCitizen();
    void writeCitizen(const CitizenDraft &citizen);
    qint64 writeCertificate(const CertDraft &cert);
    qint64 writeRequest(const RequestDraft &request);
    void writeLookup(const QString &provider, const QString &staffId, const QString &citizenId, qint64 at,
                     bool found);

    // A programme certificate as an honest provider records it: on Hue-S a little after
    // activation, free for a year from the activation date (§1.5), with a serial number.
    CertDraft programmeCert(const QString &citizenId, int provider, const QString &channel,
                            qint64 activatedAt);
    // The usual app issuance (§2): look-up a few minutes before (found as given), then the
    // certificate. `adjust` may change the draft before it is written.
    // Returns the draft as written; its id is `lastCertificateId()`.
    CertDraft appIssuance(const QString &citizenId, int provider, qint64 activatedAt, bool lookupFound,
                          const std::function<void(CertDraft &)> &adjust = {});
    qint64 lastCertificateId() const { return m_nextCertificateId - 1; }

    // A free door-to-door slot of one of the provider's field staff on a day in [firstDay,
    // lastDay]: visits of one account are at least half an hour apart, so ordinary data never
    // forms a STAFF_BURST.
    std::optional<DoorVisit> doorVisit(int provider, int firstDay, int lastDay);
    // A staff account that does nothing else (for planted bursts).
    QString dedicatedStaff(int provider);
    static QString staffId(int provider, int number);
    // A certificate serial number in the provider's style.
    static QString serialFor(const QString &provider, DemoRandom &rng);
    QString supportStaff(int provider);

    // A local daytime moment (06:00–23:00) of campaign day `day`, as UTC seconds.
    qint64 daytime(int day);
    // A provider drawn by share; CA2 no longer once its exclusion is near (§5.3).
    int pickProvider(qint64 at);
    int pickOtherProvider(int notThis, qint64 at);
    // A provider for planted cases, never CA2 (keeps them clear of EXCLUDED_PROVIDER).
    int pickPlainProvider();
    const QString &code(int provider) const;

private:
    void fail(const Error &error);
    void addLegacyHolder(const CitizenDraft &citizen);
    void addProgrammeHolder(const CitizenDraft &citizen);
    void addNonHolder(const CitizenDraft &citizen);
    QString drawSerial(const QString &provider);

    RegistryWriter &m_writer;
    DemoSummary &m_summary;
    DemoRandom m_rng;
    CitizenIdAllocator m_ids;
    bool m_failed = false;
    Error m_error;
    qint64 m_nextCertificateId = 1;
    qint64 m_nextRequestId = 1;
    qint64 m_nextLookupId = 1;
    // Door-to-door schedule: visits used per (staff, campaign day), per provider.
    std::array<int, ProviderCount> m_fieldStaff {};
    std::array<int, ProviderCount> m_nextDedicatedStaff {};
    std::array<std::vector<quint8>, ProviderCount> m_visitsUsed;
};

} // namespace sw::demo
