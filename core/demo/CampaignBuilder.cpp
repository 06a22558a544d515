#include "demo/CampaignBuilder.h"

#include "demo/DemoRates.h"

#include <QCoreApplication>

namespace sw::demo {

namespace {
constexpr qint64 kCampaignEnd = campaignDayStart(kCampaignDays);
constexpr qint64 kFirstVisit = 7 * kHour + 30 * kMinute;
} // namespace

CampaignBuilder::CampaignBuilder(RegistryWriter &writer, const DemoOptions &options, DemoSummary &summary)
    : m_writer(writer), m_summary(summary), m_rng(options.seed), m_ids(options.seed)
{
    // Enough field staff for each provider's share of door-to-door visits with room to spare, so
    // that slots are easy to find (capacity ~55 % used over the 92 door-to-door days).
    const auto &providers = DemoCatalog::instance().providers();
    const double doorToDoor = double(options.citizens) * kProgrammeHolders / 1e6 * kInPhaseOne / 1e6 * 0.83;
    for (int p = 0; p < ProviderCount; ++p) {
        const double expected = doorToDoor * providers[size_t(p)].share / 1000.0;
        m_fieldStaff[size_t(p)] = qMax(3, int(expected / (kDoorToDoorDays * kVisitsPerDay * 0.55)) + 1);
        m_nextDedicatedStaff[size_t(p)] = m_fieldStaff[size_t(p)] + 1;
        m_visitsUsed[size_t(p)].assign(size_t(m_fieldStaff[size_t(p)]) * kCampaignDays, 0);
    }
}

void CampaignBuilder::fail(const Error &error)
{
    if (!m_failed) {
        m_failed = true;
        m_error = error;
    }
}

const QString &CampaignBuilder::code(int provider) const
{
    return DemoCatalog::instance().providers()[size_t(provider)].code;
}

void CampaignBuilder::writeProviders()
{
    for (const ProviderInfo &p : DemoCatalog::instance().providers()) {
        // §5.3: CA2 is removed from the programme late in the campaign.
        const Cell cells[]
            = {Cell::string(p.code), Cell::string(p.name),
               p.code == QLatin1String("CA2") ? Cell::timestamp(kCa2ExcludedAt) : Cell::none()};
        if (m_failed)
            return;
        if (auto added = m_writer.add(DemoTable::Providers, cells); !added)
            return fail(added.error());
        ++m_summary.providers;
    }
}

// --- rows as cells ---------------------------------------------------------------------------

std::array<Cell, 5> citizenCells(const CitizenDraft &citizen)
{
    return {Cell::string(citizen.id), Cell::string(citizen.name),
            citizen.birthKnown ? Cell::date(citizen.birthDays) : Cell::none(), Cell::string(citizen.district),
            Cell::stringOrNone(citizen.phone)};
}

std::array<Cell, 14> certificateCells(qint64 id, const CertDraft &cert)
{
    auto optionalTime = [](const std::optional<qint64> &t) { return t ? Cell::timestamp(*t) : Cell::none(); };
    auto optionalId = [](const std::optional<qint64> &v) { return v ? Cell::integer(*v) : Cell::none(); };
    return {Cell::integer(id),
            Cell::string(cert.citizenId),
            Cell::string(cert.provider),
            Cell::string(cert.channel),
            Cell::string(cert.status),
            optionalTime(cert.activatedAt),
            Cell::timestamp(cert.recordedAt),
            cert.freeUntil ? Cell::date(*cert.freeUntil) : Cell::none(),
            Cell::stringOrNone(cert.serial),
            Cell::stringOrNone(cert.staffId),
            optionalId(cert.requestId),
            optionalId(cert.replacesId),
            optionalTime(cert.revokedAt),
            Cell::stringOrNone(cert.revokeReason)};
}

std::array<Cell, 7> requestCells(qint64 id, const RequestDraft &request)
{
    return {Cell::integer(id),
            Cell::string(request.citizenId),
            Cell::string(request.provider),
            Cell::string(request.mode),
            Cell::timestamp(request.registeredAt),
            request.completedAt ? Cell::timestamp(*request.completedAt) : Cell::none(),
            request.cancelledAt ? Cell::timestamp(*request.cancelledAt) : Cell::none()};
}

std::array<Cell, 6> lookupCells(qint64 id, const QString &provider, const QString &staffId,
                                const QString &citizenId, qint64 at, bool found)
{
    return {Cell::integer(id),       Cell::string(provider), Cell::stringOrNone(staffId),
            Cell::string(citizenId), Cell::timestamp(at),    Cell::boolean(found)};
}

// --- rows ----------------------------------------------------------------------------------

CitizenDraft CampaignBuilder::drawCitizen()
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    CitizenDraft c;
    c.female = m_rng.chance(510000);
    for (;;) {
        // Adults 19–89 in 2023; fewer of the oldest.
        int age = int(m_rng.between(19, 89));
        if (age > 60 && m_rng.below(100) < quint64((age - 60) * 3))
            age = int(m_rng.between(19, 60));
        const int year = 2023 - age;
        const int dayOfYear = m_rng.belowInt(isLeapYear(year) ? 366 : 365);
        const int province = catalog.pickBirthProvince(m_rng);
        c.id = m_ids.allocate(province, catalog.birthProvinces()[size_t(province)].code, year, dayOfYear,
                              c.female);
        if (!c.id.isEmpty()) {
            c.birthDays = daysFromCivil(year, 1, 1) + dayOfYear;
            break;
        }
    }
    c.name = catalog.drawFullName(m_rng, c.female);
    // Registered "as typed": some clerks write names in capitals (registry.md).
    if (m_rng.chance(30000))
        c.name = c.name.toUpper();
    c.birthKnown = !m_rng.chance(15000);
    c.district = catalog.districts()[size_t(catalog.pickDistrict(m_rng))].code;
    if (!m_rng.chance(150000))
        c.phone = catalog.drawPhone(m_rng);
    return c;
}

void CampaignBuilder::writeCitizen(const CitizenDraft &citizen)
{
    if (m_failed)
        return;
    const auto cells = citizenCells(citizen);
    if (auto added = m_writer.add(DemoTable::Citizens, cells.data()); !added)
        return fail(added.error());
    ++m_summary.citizens;
}

qint64 CampaignBuilder::writeCertificate(const CertDraft &cert)
{
    const qint64 id = m_nextCertificateId++;
    if (m_failed)
        return id;
    const auto cells = certificateCells(id, cert);
    if (auto added = m_writer.add(DemoTable::Certificates, cells.data()); !added)
        fail(added.error());
    else
        ++m_summary.certificates;
    return id;
}

qint64 CampaignBuilder::writeRequest(const RequestDraft &request)
{
    const qint64 id = m_nextRequestId++;
    if (m_failed)
        return id;
    const auto cells = requestCells(id, request);
    if (auto added = m_writer.add(DemoTable::ServiceRequests, cells.data()); !added)
        fail(added.error());
    else
        ++m_summary.serviceRequests;
    return id;
}

void CampaignBuilder::writeLookup(const QString &provider, const QString &staffId, const QString &citizenId,
                                  qint64 at, bool found)
{
    const qint64 id = m_nextLookupId++;
    if (m_failed)
        return;
    const auto cells = lookupCells(id, provider, staffId, citizenId, at, found);
    if (auto added = m_writer.add(DemoTable::Lookups, cells.data()); !added)
        return fail(added.error());
    ++m_summary.lookups;
}

// --- helpers -------------------------------------------------------------------------------

QString CampaignBuilder::drawSerial(const QString &provider)
{
    return serialFor(provider, m_rng);
}

QString CampaignBuilder::serialFor(const QString &provider, DemoRandom &rng)
{
    for (const ProviderInfo &p : DemoCatalog::instance().providers()) {
        if (p.code == provider)
            return p.serialPrefix
                + QString::number(rng.next() >> 16, 16).toUpper().rightJustified(12, QLatin1Char('0'));
    }
    return QString::number(rng.next() >> 16, 16).toUpper().rightJustified(16, QLatin1Char('0'));
}

CertDraft CampaignBuilder::programmeCert(const QString &citizenId, int provider, const QString &channel,
                                         qint64 activatedAt)
{
    CertDraft cert;
    cert.citizenId = citizenId;
    cert.provider = code(provider);
    cert.channel = channel;
    cert.activatedAt = activatedAt;
    // §1.4: updated "immediately": seconds to a few minutes later.
    cert.recordedAt = activatedAt + m_rng.between(5, 600);
    // §1.5: one free year from the activation date.
    cert.freeUntil = utcDate(activatedAt) + 365;
    cert.serial = drawSerial(cert.provider);
    return cert;
}

CertDraft CampaignBuilder::appIssuance(const QString &citizenId, int provider, qint64 activatedAt,
                                       bool lookupFound, const std::function<void(CertDraft &)> &adjust)
{
    // §1.3: the provider looks the citizen up on Hue-S before issuing.
    writeLookup(code(provider), {}, citizenId, activatedAt - m_rng.between(60, 1800), lookupFound);
    CertDraft cert = programmeCert(citizenId, provider, value::app(), activatedAt);
    if (adjust)
        adjust(cert);
    writeCertificate(cert);
    return cert;
}

std::optional<DoorVisit> CampaignBuilder::doorVisit(int provider, int firstDay, int lastDay)
{
    const int staff = m_fieldStaff[size_t(provider)];
    std::vector<quint8> &used = m_visitsUsed[size_t(provider)];
    for (int attempt = 0; attempt < 40; ++attempt) {
        const int member = m_rng.belowInt(staff);
        const int day = int(m_rng.between(firstDay, lastDay));
        quint8 &count = used[size_t(member) * kCampaignDays + size_t(day)];
        if (count >= kVisitsPerDay)
            continue;
        const qint64 at = campaignDayStart(day) + kFirstVisit + count * kVisitSpacing + m_rng.between(0, 300);
        ++count;
        return DoorVisit {staffId(provider, member + 1), at};
    }
    return std::nullopt;
}

QString CampaignBuilder::staffId(int provider, int number)
{
    return DemoCatalog::instance().providers()[size_t(provider)].staffPrefix + QStringLiteral(".nv")
        + QString::number(number).rightJustified(3, QLatin1Char('0'));
}

QString CampaignBuilder::dedicatedStaff(int provider)
{
    return staffId(provider, m_nextDedicatedStaff[size_t(provider)]++);
}

QString CampaignBuilder::supportStaff(int provider)
{
    return staffId(provider, m_rng.belowInt(m_fieldStaff[size_t(provider)]) + 1);
}

qint64 CampaignBuilder::daytime(int day)
{
    return campaignDayStart(day) + m_rng.between(6 * kHour, 23 * kHour);
}

int CampaignBuilder::pickProvider(qint64 at)
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    int p = catalog.pickProvider(m_rng);
    // §5.3: an excluded provider issues no more; keep three days' margin for slow requests.
    while (p == Ca2 && at >= kCa2ExcludedAt - 3 * kDay)
        p = catalog.pickProvider(m_rng);
    return p;
}

int CampaignBuilder::pickOtherProvider(int notThis, qint64 at)
{
    int p = pickProvider(at);
    while (p == notThis)
        p = pickProvider(at);
    return p;
}

int CampaignBuilder::pickPlainProvider()
{
    return pickProvider(kCa2ExcludedAt);
}

// --- the ordinary campaign -----------------------------------------------------------------

void CampaignBuilder::addOrdinaryCitizen()
{
    const CitizenDraft citizen = drawCitizen();
    writeCitizen(citizen);
    const quint64 fate = m_rng.below(1000000);
    if (fate < quint64(kLegacyHolders))
        addLegacyHolder(citizen);
    else if (fate < quint64(kLegacyHolders + kProgrammeHolders))
        addProgrammeHolder(citizen);
    else
        addNonHolder(citizen);
}

void CampaignBuilder::addLegacyHolder(const CitizenDraft &citizen)
{
    // §2.3: signed before the programme, imported on Hue-S in its first weeks.
    CertDraft cert;
    cert.citizenId = citizen.id;
    const int provider = DemoCatalog::instance().pickLegacyProvider(m_rng);
    cert.provider = code(provider);
    cert.channel = value::legacyImport();
    cert.activatedAt = m_rng.between(utcSeconds(2019, 1, 1), kProgrammeStart - 7 * kDay);
    cert.recordedAt = m_rng.between(kProgrammeStart + kHour, kProgrammeStart + 45 * kDay);
    cert.serial = drawSerial(cert.provider);
    writeCertificate(cert);
    if (m_rng.chance(kLegacyLaterLookups)) {
        // Another provider checks later: Hue-S answers "found", and it issues nothing (§3.2).
        const qint64 at = cert.recordedAt + m_rng.between(kDay, 200 * kDay);
        const int other = pickOtherProvider(provider, at);
        writeLookup(code(other), {}, citizen.id, at, true);
    }
}

void CampaignBuilder::addProgrammeHolder(const CitizenDraft &citizen)
{
    const bool phaseOne = m_rng.chance(kInPhaseOne);
    // Phase one: the door-to-door months, evenly busy. Phase two: citizens apply themselves,
    // fewer and fewer as the year goes on.
    const int day = phaseOne ? int(m_rng.between(1, kDoorToDoorDays - 1))
                             : kDoorToDoorDays
            + int(qMin(m_rng.below(kCampaignDays - kDoorToDoorDays),
                       m_rng.below(kCampaignDays - kDoorToDoorDays)));
    const quint64 channelDraw = m_rng.below(1000);
    QString channel;
    if (phaseOne)
        channel = channelDraw < 820 ? value::doorToDoor()
            : channelDraw < 940     ? value::app()
                                    : value::huesRequest();
    else
        channel = channelDraw < 5 ? value::doorToDoor()
            : channelDraw < 555   ? value::app()
                                  : value::huesRequest();

    int provider = pickProvider(campaignDayStart(day));
    CertDraft cert;
    std::optional<DoorVisit> visit;
    if (channel == value::doorToDoor()) {
        visit = doorVisit(provider, day, day);
        if (!visit)
            channel = value::app();
    }
    if (visit) {
        // §3.2: the staff member looks the citizen up on the doorstep, then issues.
        writeLookup(code(provider), visit->staffId, citizen.id, visit->at - m_rng.between(120, 900), false);
        cert = programmeCert(citizen.id, provider, channel, visit->at);
        cert.staffId = visit->staffId;
        // Some teams sync in the evening: still well within a day (§1.4).
        if (m_rng.chance(30000))
            cert.recordedAt = visit->at + m_rng.between(kHour, 20 * kHour);
        else
            cert.recordedAt = visit->at + m_rng.between(20, 1500);
    } else if (channel == value::app()) {
        const qint64 at = daytime(day);
        writeLookup(code(provider), {}, citizen.id, at - m_rng.between(60, 2400), false);
        cert = programmeCert(citizen.id, provider, channel, at);
    } else {
        // §4: the citizen registers a need on Hue-S; the chosen provider serves it within 48 h.
        RequestDraft request;
        request.citizenId = citizen.id;
        request.registeredAt = daytime(day);
        provider = pickProvider(request.registeredAt);
        request.provider = code(provider);
        request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
        const qint64 at = request.registeredAt + 30 * kMinute
            + qint64(qMin(m_rng.below(44 * kHour), m_rng.below(44 * kHour)));
        cert = programmeCert(citizen.id, provider, channel, at);
        cert.recordedAt = at + m_rng.between(30, 1200);
        cert.staffId = supportStaff(provider);
        request.completedAt = cert.recordedAt + m_rng.between(0, 120); // §4.3
        cert.requestId = writeRequest(request);
        if (m_rng.chance(500000))
            writeLookup(code(provider), cert.staffId, citizen.id, at - m_rng.between(300, 3600), false);
    }

    // Later events: a switch of provider (§1.5), or a revocation.
    const quint64 later = m_rng.below(1000000);
    std::optional<qint64> switchAt;
    if (later < quint64(kSwitches)) {
        const qint64 at = cert.recordedAt + m_rng.between(20, 150) * kDay;
        if (at < kCampaignEnd - 2 * kDay) {
            switchAt = at;
            cert.status = value::revoked();
            cert.revokedAt = at;
            cert.revokeReason = value::switchProvider();
        }
    } else if (later < quint64(kSwitches + kCitizenRevocations)) {
        cert.status = value::revoked();
        cert.revokedAt = cert.recordedAt + m_rng.between(10, 200) * kDay;
        cert.revokeReason = value::citizenRequest();
    } else if (later < quint64(kSwitches + kCitizenRevocations + kErrorRevocations)) {
        cert.status = value::revoked();
        cert.revokedAt = cert.recordedAt + m_rng.between(kHour, 30 * kDay);
        cert.revokeReason = value::error();
    }
    const qint64 oldId = writeCertificate(cert);

    if (switchAt) {
        // The old certificate is revoked first; the new provider looks up (nothing held any
        // more), issues, and keeps the old free period (§1.5).
        const int newProvider = pickOtherProvider(provider, *switchAt);
        const qint64 lookupAt = *switchAt + m_rng.between(60, 1800);
        writeLookup(code(newProvider), {}, citizen.id, lookupAt, false);
        CertDraft next
            = programmeCert(citizen.id, newProvider, value::app(), lookupAt + m_rng.between(120, 1800));
        next.replacesId = oldId;
        next.freeUntil = cert.freeUntil;
        writeCertificate(next);
    } else if (!cert.revokedAt && m_rng.chance(kLaterLookups)) {
        const qint64 at = cert.recordedAt + m_rng.between(kDay, 120 * kDay);
        if (at < kCampaignEnd)
            writeLookup(code(pickOtherProvider(provider, at)), {}, citizen.id, at, true);
    }
}

void CampaignBuilder::addNonHolder(const CitizenDraft &citizen)
{
    // Visited or looked up, but the citizen did not sign up (yet).
    if (m_rng.chance(kNonHolderLookups)) {
        const bool phaseOne = m_rng.chance(650000);
        const int day = phaseOne ? int(m_rng.between(1, kDoorToDoorDays - 1))
                                 : int(m_rng.between(kDoorToDoorDays, kCampaignDays - 1));
        const qint64 at = daytime(day);
        const int provider = pickProvider(at);
        writeLookup(code(provider), phaseOne ? supportStaff(provider) : QString(), citizen.id, at, false);
        if (m_rng.chance(kNonHolderSecondLookups)) {
            const qint64 again = at + m_rng.between(kDay, 60 * kDay);
            writeLookup(code(pickOtherProvider(provider, again)), {}, citizen.id, again, false);
        }
    }
    // A Hue-S request withdrawn in time (§4.4: the citizen may change their mind).
    if (m_rng.chance(kWithdrawnRequests)) {
        RequestDraft request;
        request.citizenId = citizen.id;
        request.registeredAt = daytime(int(m_rng.between(1, kCampaignDays - 3)));
        request.provider = code(pickProvider(request.registeredAt));
        request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
        request.cancelledAt = request.registeredAt + m_rng.between(10 * kMinute, 40 * kHour);
        writeRequest(request);
    }
}

} // namespace sw::demo
