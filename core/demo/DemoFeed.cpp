#include "demo/DemoFeed.h"

#include "demo/DemoCatalog.h"
#include "demo/DemoRates.h"
#include "registry/ContractCheck.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sw::demo {

DemoFeed::DemoFeed(registry::RegistryConnection &registry, const Clock &clock, const FeedOptions &options,
                   const DemoMarker &marker)
    : m_registry(registry),
      m_clock(clock),
      m_options(options),
      m_marker(marker),
      m_store(registry),
      m_rng(options.seed),
      m_ids(marker.seed)
{ }

DemoFeed::~DemoFeed() = default;

Result<std::unique_ptr<DemoFeed>> DemoFeed::open(registry::RegistryConnection &registry, const Clock &clock,
                                                 const FeedOptions &options)
{
    if (registry.mode() != registry::RegistryConnection::Mode::Write)
        return Error::make(
            QCoreApplication::translate("Demo", "The demo feed needs a connection that may write."), {},
            Error::Kind::InvalidInput);
    auto marker = readDemoMarker(registry);
    if (!marker)
        return marker.error();
    auto contract = registry::checkContract(registry.database());
    if (!contract)
        return contract.error();
    if (!contract->ok())
        return Error::make(
            QCoreApplication::translate("Demo", "The demo registry %1 no longer meets the data contract.")
                .arg(registry.spec().displayName()),
            contract->problems().join(QLatin1Char('\n')), Error::Kind::InvalidInput);
    if (registry.engine() == connection::Engine::Sqlite) {
        // An event that finds the file held by a long read (the console's scan) gives up after a
        // second and is tried again (step() leaves no trace of it), rather than blocking for long.
        QSqlQuery(registry.database()).exec(QStringLiteral("PRAGMA busy_timeout = 1000"));
    }
    std::unique_ptr<DemoFeed> feed(new DemoFeed(registry, clock, options, *marker));
    if (auto loaded = feed->load(); !loaded)
        return loaded.error();
    feed->buildWeights();
    return feed;
}

Result<void> DemoFeed::load()
{
    const qint64 now = m_clock.secsSinceEpoch();
    const auto &providers = DemoCatalog::instance().providers();
    m_excluded.assign(providers.size(), false);
    auto exclusions = m_store.exclusions();
    if (!exclusions)
        return exclusions.error();
    for (const auto &[code, at] : *exclusions) {
        const int p = providerIndex(code);
        if (p >= 0 && at <= now)
            m_excluded[size_t(p)] = true; // §5.3: an excluded provider issues no more
    }
    // Staff accounts look like vnpt.nv007: the feed's field staff are the demo's accounts; new
    // ones (for bursts, or when every account visited a household within the last half hour)
    // continue after the highest number in use.
    m_fieldStaff.assign(providers.size(), {});
    m_nextStaff.assign(providers.size(), 1);
    for (size_t p = 0; p < providers.size(); ++p) {
        auto staff = m_store.staffOf(providers[p].code);
        if (!staff)
            return staff.error();
        const QString prefix = providers[p].staffPrefix + QStringLiteral(".nv");
        int highest = 0;
        for (const QString &account : *staff) {
            if (account.startsWith(prefix))
                highest = qMax(highest, account.mid(prefix.size()).toInt());
        }
        for (int n = 1; n <= qMax(3, highest); ++n)
            m_fieldStaff[p].push_back(n);
        m_nextStaff[p] = qMax(3, highest) + 1;
    }
    // Visits of the last hours (an earlier feed): an account visits the next household half an
    // hour later at the earliest, or it would look like a STAFF_BURST.
    auto visits = m_store.doorToDoorSince(now - 2 * kHour);
    if (!visits)
        return visits.error();
    for (const auto &[staff, at] : *visits)
        m_lastVisit[staff] = qMax(m_lastVisit.value(staff, 0), at);
    return {};
}

void DemoFeed::buildWeights()
{
    // Per million citizens, as the generator draws a citizen's fate (DemoRates.h): the feed's
    // stories come in the proportions of the demo's campaign.
    const qint64 nonHolders = 1000000 - kLegacyHolders - kProgrammeHolders;
    qint64 total = 0;
    auto add = [&](Story story, qint64 weight, ViolationPlanter::Scenario scenario = {}) {
        if (weight <= 0)
            return;
        total += weight;
        m_weights.push_back({story, scenario, total});
    };
    add(Story::Issuance, kProgrammeHolders);
    add(Story::LaterLookup,
        qint64(kProgrammeHolders) * kLaterLookups / 1000000
            + qint64(kLegacyHolders) * kLegacyLaterLookups / 1000000);
    add(Story::Switch, qint64(kProgrammeHolders) * kSwitches / 1000000);
    add(Story::CitizenRevocation, qint64(kProgrammeHolders) * kCitizenRevocations / 1000000);
    add(Story::ErrorRevocation, qint64(kProgrammeHolders) * kErrorRevocations / 1000000);
    add(Story::NonHolderLookup, nonHolders * kNonHolderLookups / 1000000);
    add(Story::WithdrawnRequest, nonHolders * kWithdrawnRequests / 1000000);
    for (const ViolationPlanter::ScenarioRate &rate : ViolationPlanter::rates())
        add(Story::Violation, std::llround(rate.perMillion * qMax(0.0, m_options.violationScale)),
            rate.scenario);
}

// --- the queue -----------------------------------------------------------------------------

void DemoFeed::at(qint64 due, Action action)
{
    m_queue.emplace(Queued {due, m_order++}, std::move(action));
}

void DemoFeed::after(qint64 now, qint64 delay, Action action)
{
    at(now + delay, std::move(action));
}

Result<void> DemoFeed::step()
{
    const qint64 now = m_clock.secsSinceEpoch();
    // A failed event leaves the feed as it was, so that it can be tried again (SQLite busy while
    // the console reads, a dropped connection): the database rolls back, and so does this.
    const FeedSummary summary = m_summary;
    const DemoRandom rng = m_rng;
    const QSet<QString> busySet = m_busy;
    const QHash<QString, qint64> lastVisit = m_lastVisit;
    const std::vector<std::vector<int>> fieldStaff = m_fieldStaff;
    const std::vector<int> nextStaff = m_nextStaff;
    const quint64 order = m_order;
    std::optional<std::pair<Queued, Action>> taken;
    auto undo = [&] {
        m_store.rollback();
        m_summary = summary;
        m_rng = rng;
        m_busy = busySet;
        m_lastVisit = lastVisit;
        m_fieldStaff = fieldStaff;
        m_nextStaff = nextStaff;
        for (auto it = m_queue.begin(); it != m_queue.end();)
            it = it->first.order >= order ? m_queue.erase(it) : std::next(it);
        m_order = order;
        if (taken)
            m_queue.emplace(taken->first, taken->second);
    };
    if (auto begun = m_store.begin(); !begun)
        return begun;
    Result<void> done;
    if (!m_queue.empty() && m_queue.begin()->first.due <= now) {
        taken.emplace(m_queue.begin()->first, m_queue.begin()->second);
        m_queue.erase(m_queue.begin());
        done = taken->second(now);
    } else {
        done = startNew(now);
    }
    if (!done) {
        undo();
        return done;
    }
    if (auto committed = m_store.commit(); !committed) {
        undo();
        return committed;
    }
    ++m_summary.events;
    return {};
}

Result<void> DemoFeed::startNew(qint64 now)
{
    const qint64 r = qint64(m_rng.below(quint64(m_weights.back().cumulative)));
    auto chosen = std::upper_bound(m_weights.begin(), m_weights.end(), r,
                                   [](qint64 value, const StoryWeight &w) { return value < w.cumulative; });
    Result<bool> started = chosen->story == Story::Violation ? startViolation(chosen->scenario, now)
                                                             : startOrdinary(chosen->story, now);
    if (!started)
        return started.error();
    if (*started)
        return {};
    // No citizen fit the story (most of the demo's non-holders served, say): a look-up instead,
    // of a citizen without a signature, or of anyone, answered as Hue-S would answer it.
    started = startOrdinary(Story::NonHolderLookup, now);
    if (!started)
        return started.error();
    if (*started)
        return {};
    for (int attempt = 0; attempt < 64; ++attempt) {
        auto citizen = m_store.citizenAtOrAfter(randomCitizenKey());
        if (!citizen)
            return citizen.error();
        if (!*citizen || m_busy.contains((*citizen)->id))
            continue;
        auto certificates = m_store.certificatesOf((*citizen)->id);
        if (!certificates)
            return certificates.error();
        const bool held = std::any_of(certificates->cbegin(), certificates->cend(),
                                      [now](const FeedCertificate &c) { return c.heldAt(now); });
        return lookup(pickProvider(), {}, (*citizen)->id, held, now);
    }
    return Error::make(QCoreApplication::translate("Demo", "The demo registry has no citizen to feed."));
}

// --- picking -------------------------------------------------------------------------------

int DemoFeed::providerIndex(const QString &code) const
{
    const auto &providers = DemoCatalog::instance().providers();
    for (size_t p = 0; p < providers.size(); ++p) {
        if (providers[p].code == code)
            return int(p);
    }
    return -1;
}

int DemoFeed::pickProvider()
{
    const DemoCatalog &catalog = DemoCatalog::instance();
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int p = catalog.pickProvider(m_rng);
        if (!m_excluded[size_t(p)])
            return p;
    }
    return Vnpt;
}

int DemoFeed::pickOther(int notThis)
{
    for (int attempt = 0; attempt < 100; ++attempt) {
        const int p = pickProvider();
        if (p != notThis)
            return p;
    }
    return notThis == Vnpt ? Viettel : Vnpt;
}

QString DemoFeed::randomCitizenKey()
{
    // A CCCD number shaped as the generator draws them (CitizenIdAllocator): province of birth,
    // century and sex, year, then six random digits; the citizen at or after it is the pick.
    const DemoCatalog &catalog = DemoCatalog::instance();
    const int year = 2023 - int(m_rng.between(19, 89));
    const int sex = m_rng.chance(510000) ? 1 : 0;
    return catalog.birthProvinces()[size_t(catalog.pickBirthProvince(m_rng))].code
        + QString::number((year >= 2000 ? 2 : 0) + sex)
        + QString::number(year % 100).rightJustified(2, QLatin1Char('0'))
        + QString::number(m_rng.below(1000000)).rightJustified(6, QLatin1Char('0'));
}

Result<std::optional<FeedCitizen>> DemoFeed::pickFreeCitizen(qint64 now)
{
    Q_UNUSED(now);
    for (int attempt = 0; attempt < 40; ++attempt) {
        auto citizen = m_store.citizenAtOrAfter(randomCitizenKey());
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            continue;
        if (m_busy.contains((*citizen)->id))
            continue;
        auto certificates = m_store.certificatesOf((*citizen)->id);
        if (!certificates)
            return certificates.error();
        if (certificates->empty())
            return citizen;
    }
    return std::optional<FeedCitizen> {};
}

Result<std::optional<FeedCertificate>> DemoFeed::pickHolder(qint64 now, Holding holding)
{
    auto next = m_store.nextId(DemoTable::Certificates);
    if (!next)
        return next.error();
    if (*next <= 1)
        return std::optional<FeedCertificate> {};
    for (int attempt = 0; attempt < 16; ++attempt) {
        auto found
            = m_store.certificateAtOrAfter(1 + qint64(m_rng.below(quint64(*next - 1))),
                                           holding == Holding::Legacy ? value::legacyImport() : QString());
        if (!found)
            return found.error();
        if (!*found || m_busy.contains((*found)->citizenId))
            continue;
        auto certificates = m_store.certificatesOf((*found)->citizenId);
        if (!certificates)
            return certificates.error();
        std::vector<FeedCertificate> held;
        bool future = false;
        for (const FeedCertificate &c : *certificates) {
            future = future || c.recordedAt > now;
            if (c.heldAt(now))
                held.push_back(c);
        }
        if (future || held.size() != 1)
            continue;
        const FeedCertificate &c = held.front();
        const bool legacy = c.channel == value::legacyImport();
        const bool known = legacy || c.channel == value::app() || c.channel == value::doorToDoor()
            || c.channel == value::huesRequest();
        if (c.status != value::active() || !known || providerIndex(c.provider) < 0)
            continue;
        if (holding == Holding::Programme && (legacy || !c.freeUntil))
            continue;
        if (holding == Holding::Legacy && !legacy)
            continue;
        return std::optional<FeedCertificate> {c};
    }
    return std::optional<FeedCertificate> {};
}

QString DemoFeed::newStaff(int provider)
{
    return CampaignBuilder::staffId(provider, m_nextStaff[size_t(provider)]++);
}

QString DemoFeed::supportStaff(int provider)
{
    const std::vector<int> &pool = m_fieldStaff[size_t(provider)];
    return CampaignBuilder::staffId(provider, pool[size_t(m_rng.below(pool.size()))]);
}

QString DemoFeed::fieldStaff(int provider, qint64 now)
{
    std::vector<int> &pool = m_fieldStaff[size_t(provider)];
    for (int attempt = 0; attempt < 24; ++attempt) {
        const QString staff = CampaignBuilder::staffId(provider, pool[size_t(m_rng.below(pool.size()))]);
        const auto last = m_lastVisit.constFind(staff);
        if (last == m_lastVisit.cend() || now - *last >= kVisitSpacing) {
            m_lastVisit[staff] = now; // reserved for this visit
            return staff;
        }
    }
    // Everyone is out visiting: the provider sends one more member of staff.
    pool.push_back(m_nextStaff[size_t(provider)]);
    const QString staff = newStaff(provider);
    m_lastVisit[staff] = now;
    return staff;
}

// --- writing -------------------------------------------------------------------------------

Result<void> DemoFeed::lookupCode(const QString &provider, const QString &staff, const QString &citizenId,
                                  bool found, qint64 at)
{
    auto id = m_store.nextId(DemoTable::Lookups);
    if (!id)
        return id.error();
    const auto cells = lookupCells(*id, provider, staff, citizenId, at, found);
    if (auto done = m_store.insert(DemoTable::Lookups, cells.data()); !done)
        return done;
    ++m_summary.lookups;
    return {};
}

Result<void> DemoFeed::lookup(int provider, const QString &staff, const QString &citizenId, bool found,
                              qint64 at)
{
    return lookupCode(DemoCatalog::instance().providers()[size_t(provider)].code, staff, citizenId, found,
                      at);
}

Result<qint64> DemoFeed::record(const CertDraft &cert)
{
    auto id = m_store.nextId(DemoTable::Certificates);
    if (!id)
        return id.error();
    const auto cells = certificateCells(*id, cert);
    if (auto done = m_store.insert(DemoTable::Certificates, cells.data()); !done)
        return done.error();
    ++m_summary.certificates;
    if (cert.channel == value::doorToDoor() && !cert.staffId.isNull() && cert.activatedAt)
        m_lastVisit[cert.staffId] = qMax(m_lastVisit.value(cert.staffId, 0), *cert.activatedAt);
    return *id;
}

Result<qint64> DemoFeed::registerRequest(const RequestDraft &request)
{
    auto id = m_store.nextId(DemoTable::ServiceRequests);
    if (!id)
        return id.error();
    const auto cells = requestCells(*id, request);
    if (auto done = m_store.insert(DemoTable::ServiceRequests, cells.data()); !done)
        return done.error();
    ++m_summary.requests;
    return *id;
}

Result<void> DemoFeed::revoke(qint64 certificateId, const QString &reason, qint64 at)
{
    if (auto done = m_store.update(
            DemoTable::Certificates,
            {QStringLiteral("status"), QStringLiteral("revoked_at"), QStringLiteral("revoke_reason")},
            {Cell::string(value::revoked()), Cell::timestamp(at), Cell::string(reason)}, certificateId);
        !done)
        return done;
    ++m_summary.revocations;
    return {};
}

Result<void> DemoFeed::completeRequest(qint64 requestId, qint64 at)
{
    if (auto done = m_store.update(DemoTable::ServiceRequests, {QStringLiteral("completed_at")},
                                   {Cell::timestamp(at)}, requestId);
        !done)
        return done;
    ++m_summary.completions;
    return {};
}

Result<void> DemoFeed::cancelRequest(qint64 requestId, qint64 at)
{
    if (auto done = m_store.update(DemoTable::ServiceRequests, {QStringLiteral("cancelled_at")},
                                   {Cell::timestamp(at)}, requestId);
        !done)
        return done;
    ++m_summary.cancellations;
    return {};
}

Result<void> DemoFeed::activate(qint64 certificateId, qint64 at, const QString &provider)
{
    // The provider's activation reaches Hue-S: the record becomes active, its free year starts
    // (§1.5) and it gets its serial number.
    if (auto done
        = m_store.update(DemoTable::Certificates,
                         {QStringLiteral("status"), QStringLiteral("activated_at"),
                          QStringLiteral("free_until"), QStringLiteral("serial")},
                         {Cell::string(value::active()), Cell::timestamp(at), Cell::date(utcDate(at) + 365),
                          Cell::string(CampaignBuilder::serialFor(provider, m_rng))},
                         certificateId);
        !done)
        return done;
    ++m_summary.activations;
    return {};
}

Result<void> DemoFeed::addCitizen(const CitizenDraft &citizen)
{
    const auto cells = citizenCells(citizen);
    if (auto done = m_store.insert(DemoTable::Citizens, cells.data()); !done)
        return done;
    ++m_summary.citizens;
    return {};
}

CertDraft DemoFeed::programmeCert(const QString &citizenId, int provider, const QString &channel,
                                  qint64 activatedAt, qint64 recordedAt)
{
    CertDraft cert;
    cert.citizenId = citizenId;
    cert.provider = DemoCatalog::instance().providers()[size_t(provider)].code;
    cert.channel = channel;
    cert.activatedAt = activatedAt;
    cert.recordedAt = recordedAt;
    cert.freeUntil = utcDate(activatedAt) + 365; // §1.5: one free year from the activation date
    cert.serial = CampaignBuilder::serialFor(cert.provider, m_rng);
    return cert;
}

qint64 DemoFeed::activationAfter(qint64 lookedUpAt, qint64 now)
{
    // §1.4: on Hue-S "immediately": seconds after the activation, which follows the look-up.
    return qMax(now - m_rng.between(1, 20), qMin(lookedUpAt + 1, now));
}

} // namespace sw::demo
