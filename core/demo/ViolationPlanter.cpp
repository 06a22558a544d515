#include "demo/ViolationPlanter.h"

#include "demo/DemoRates.h"

namespace sw::demo {

namespace {
using S = ViolationPlanter::Scenario;
using ScenarioRate = ViolationPlanter::ScenarioRate;

// Rates stay low, like a campaign that mostly kept the rules; the near misses (no finding) are
// there to keep scans honest about the thresholds.
constexpr ScenarioRate kRates[] = {
    {S::DupOtherProvider, 2, 400},
    {S::DupSameProvider, 1, 150},
    {S::DupHeldLegacy, 1, 150},
    {S::DupSwitchRevokedLate, 1, 100},
    {S::DupRevocationInFuture, 1, 20},
    {S::DupSameSecond, 1, 10},
    {S::SupersededLateRecord, 2, 200},
    {S::SupersededTie, 1, 10},
    {S::LateExactLimit, 1, 10},
    {S::LateOneSecondOver, 1, 10},
    {S::LateDays, 2, 2000},
    {S::RequestExactDeadline, 1, 10},
    {S::RequestOneSecondLate, 1, 10},
    {S::RequestCancelledInTime, 1, 10},
    {S::RequestCancelledLate, 1, 300},
    {S::RequestStillOpen, 1, 300},
    {S::RequestServedLate, 2, 1500},
    {S::PrematureSkewLimit, 1, 10},
    {S::PrematureOneSecondOver, 1, 10},
    {S::PrematurePreEntered, 1, 100},
    {S::PrematureNoActivation, 1, 100},
    {S::PrematureRequestNoCertificate, 1, 100},
    {S::PrematureRequestBeforeActivation, 1, 10},
    {S::PrematureRequestSkewLimit, 1, 10},
    {S::LookupOtherProviderOnly, 1, 300},
    {S::LookupOneSecondTooEarly, 1, 10},
    {S::LookupExactWindow, 1, 10},
    {S::LookupAfterIssuance, 1, 100},
    {S::LookupMissing, 2, 1500},
    {S::TechnicalErrorStale, 2, 600},
    {S::TechnicalErrorActivated, 2, 1000},
    {S::BurstOfTen, 1, 5},
    {S::BurstOfNine, 1, 5},
    {S::BurstSpread, 1, 3},
    {S::FreeRestartedOnSwitch, 1, 200},
    {S::FreeSwitchWithinTolerance, 1, 10},
    {S::FreeCutShort, 1, 200},
    {S::FreeExactMinimum, 1, 10},
    {S::FreeMissing, 1, 100},
    {S::FreeMissingOnSwitch, 1, 20},
    {S::ExcludedAtExclusion, 1, 0},
    {S::ExcludedJustBefore, 1, 0},
    {S::ExcludedAfter, 2, 30},
    {S::LegacyAtProgrammeStart, 1, 10},
    {S::LegacyNeverActivated, 1, 50},
    {S::LegacyDuringCampaign, 1, 100},
    {S::LegacyJustBefore, 1, 10},
    {S::NearDuplicateOneDigit, 1, 100},
    {S::NearDuplicateSwap, 1, 50},
    {S::NearDuplicateOtherBirthDate, 1, 10},
    {S::DqChannel, 1, 10},
    {S::DqStatus, 1, 10},
    {S::DqRevokeReason, 1, 10},
    {S::DqMode, 1, 10},
    {S::DqCitizen, 1, 10},
    {S::DqProvider, 1, 10},
    {S::DqRequest, 1, 10},
    {S::DqReplaces, 1, 10},
    {S::DqRequestCitizen, 1, 10},
    {S::DqLookupProvider, 1, 10},
};
} // namespace

std::span<const ViolationPlanter::ScenarioRate> ViolationPlanter::rates()
{
    return kRates;
}

ViolationPlanter::ViolationPlanter(CampaignBuilder &builder, DemoSummary &summary)
    : m_builder(builder), m_summary(summary), m_rng(builder.rng())
{
    // Every rule appears in the summary, planted or not.
    for (const QString &code :
         {rule::duplicateIssuance(), rule::superseded(), rule::lateUpdate(), rule::requestExpired(),
          rule::prematureConfirmation(), rule::missingLookup(), rule::staleTechnicalError(),
          rule::staffBurst(), rule::freePeriod(), rule::excludedProvider(), rule::legacyMislabel(),
          rule::identityNearDuplicate(), rule::dataQuality()})
        m_summary.plantedViolations.insert(code, 0);
}

std::vector<S> ViolationPlanter::schedule(qint64 citizens, int rate)
{
    std::vector<S> plan;
    for (const ScenarioRate &scenarioRate : kRates) {
        const qint64 perMillion = qint64(scenarioRate.perMillion) * rate;
        const qint64 n = qMax<qint64>(scenarioRate.minimum, (citizens * perMillion + 500000) / 1000000);
        for (qint64 i = 0; i < n; ++i)
            plan.push_back(scenarioRate.scenario);
    }
    for (size_t i = plan.size(); i > 1; --i)
        std::swap(plan[i - 1], plan[m_rng.below(i)]);
    return plan;
}

int ViolationPlanter::citizensUsed(Scenario scenario)
{
    switch (scenario) {
    case S::BurstOfTen:
        return 10;
    case S::BurstOfNine:
        return 9;
    case S::BurstSpread:
        return 11;
    case S::NearDuplicateOneDigit:
    case S::NearDuplicateSwap:
    case S::NearDuplicateOtherBirthDate:
        return 2;
    default:
        return 1;
    }
}

void ViolationPlanter::count(const QString &ruleCode, qint64 findings)
{
    m_summary.plantedViolations[ruleCode] += findings;
}

CitizenDraft ViolationPlanter::newCitizen()
{
    CitizenDraft citizen = m_builder.drawCitizen();
    m_builder.writeCitizen(citizen);
    return citizen;
}

int ViolationPlanter::otherPlain(int provider)
{
    return m_builder.pickOtherProvider(provider, kCa2ExcludedAt);
}

qint64 ViolationPlanter::anyDaytime(int firstDay, int lastDay)
{
    return m_builder.daytime(int(m_rng.between(firstDay, lastDay)));
}

void ViolationPlanter::plant(Scenario scenario)
{
    switch (scenario) {
    case S::DupOtherProvider:
    case S::DupSameProvider:
    case S::DupHeldLegacy:
    case S::DupSwitchRevokedLate:
    case S::DupRevocationInFuture:
    case S::DupSameSecond:
        return duplicate(scenario);
    case S::SupersededLateRecord:
    case S::SupersededTie:
    case S::LateExactLimit:
    case S::LateOneSecondOver:
    case S::LateDays:
        return superseded(scenario);
    case S::RequestExactDeadline:
    case S::RequestOneSecondLate:
    case S::RequestCancelledInTime:
    case S::RequestCancelledLate:
    case S::RequestStillOpen:
    case S::RequestServedLate:
    case S::PrematureRequestNoCertificate:
    case S::PrematureRequestBeforeActivation:
    case S::PrematureRequestSkewLimit:
        return requestCase(scenario);
    case S::PrematureSkewLimit:
    case S::PrematureOneSecondOver:
    case S::PrematureNoActivation:
        return premature(scenario);
    case S::LookupOtherProviderOnly:
    case S::LookupOneSecondTooEarly:
    case S::LookupExactWindow:
    case S::LookupAfterIssuance:
        return lookupCase(scenario);
    case S::PrematurePreEntered:
    case S::LookupMissing:
    case S::TechnicalErrorStale:
    case S::TechnicalErrorActivated:
        return doorToDoorCase(scenario);
    case S::BurstOfTen:
        // §1.6, §3.1: ten households in under half an hour: every one of them is in the burst.
        burst(10, 150, 180);
        return count(rule::staffBurst(), 10);
    case S::BurstOfNine:
        burst(9, 150, 180); // one short of burst_count: no finding
        return;
    case S::BurstSpread:
        // Eleven visits six minutes apart: only the 5th, 6th and 7th see ten within ±30 min.
        burst(11, 360, 360);
        return count(rule::staffBurst(), 3);
    case S::FreeRestartedOnSwitch:
    case S::FreeSwitchWithinTolerance:
    case S::FreeCutShort:
    case S::FreeExactMinimum:
    case S::FreeMissing:
    case S::FreeMissingOnSwitch:
        return freePeriod(scenario);
    case S::ExcludedAtExclusion:
    case S::ExcludedJustBefore:
    case S::ExcludedAfter: {
        // §5.3: CA2 issues on after its removal (at the very second, or later); one second
        // before it is still allowed.
        const CitizenDraft citizen = newCitizen();
        const qint64 at = scenario == S::ExcludedAtExclusion ? kCa2ExcludedAt
            : scenario == S::ExcludedJustBefore              ? kCa2ExcludedAt - 1
                                                : kCa2ExcludedAt + m_rng.between(kHour, 60 * kDay);
        m_builder.appIssuance(citizen.id, Ca2, at, false);
        if (scenario != S::ExcludedJustBefore)
            count(rule::excludedProvider());
        return;
    }
    case S::LegacyAtProgrammeStart:
    case S::LegacyNeverActivated:
    case S::LegacyDuringCampaign:
    case S::LegacyJustBefore:
        return legacy(scenario);
    case S::NearDuplicateOneDigit:
    case S::NearDuplicateSwap:
    case S::NearDuplicateOtherBirthDate:
        return nearDuplicate(scenario);
    default:
        return dataQuality(scenario);
    }
}

void ViolationPlanter::duplicate(Scenario scenario)
{
    // §1.3, §3.2: a second signature while the first is held on Hue-S.
    const CitizenDraft citizen = newCitizen();
    const int first = m_builder.pickPlainProvider();
    const int second = scenario == S::DupSameProvider ? first : otherPlain(first);
    const qint64 t1 = anyDaytime(5, 250);
    count(rule::duplicateIssuance());
    switch (scenario) {
    case S::DupOtherProvider:
    case S::DupSameProvider: {
        const CertDraft held = m_builder.appIssuance(citizen.id, first, t1, false);
        // The look-up said "found" and the provider issued anyway.
        m_builder.appIssuance(citizen.id, second, held.recordedAt + m_rng.between(2, 60) * kDay, true);
        return;
    }
    case S::DupHeldLegacy: {
        // §2.3: an imported signature counts as existing.
        const qint64 recorded = m_rng.between(kProgrammeStart + kHour, kProgrammeStart + 30 * kDay);
        writeLegacy(citizen.id, first, m_rng.between(utcSeconds(2020, 1, 1), kProgrammeStart - 30 * kDay),
                    recorded);
        m_builder.appIssuance(citizen.id, second, recorded + m_rng.between(5, 90) * kDay, true);
        return;
    }
    case S::DupSwitchRevokedLate:
    case S::DupRevocationInFuture: {
        // A switch done the wrong way round: the new certificate first, the old one revoked
        // hours later, or only at a date still in the future.
        const qint64 t2 = t1 + m_rng.between(10, 60) * kDay;
        const qint64 revokedAt = scenario == S::DupRevocationInFuture ? kFarFutureRevocation
                                                                      : t2 + m_rng.between(kHour, 3 * kDay);
        switchCase(citizen.id, t1, revokedAt, t2, [](CertDraft &, const CertDraft &) {});
        return;
    }
    case S::DupSameSecond: {
        // Issued in the very second the first record reached Hue-S: held means recorded_at <= t.
        const CertDraft held = m_builder.appIssuance(citizen.id, first, t1, false);
        m_builder.writeLookup(m_builder.code(second), {}, citizen.id, held.recordedAt - 60, false);
        CertDraft cert = m_builder.programmeCert(citizen.id, second, value::app(), held.recordedAt);
        m_builder.writeCertificate(cert);
        return;
    }
    default:
        return;
    }
}

void ViolationPlanter::switchCase(const QString &citizenId, qint64 firstActivation, qint64 revokedAt,
                                  qint64 newActivation,
                                  const std::function<void(CertDraft &, const CertDraft &)> &adjust)
{
    const int first = m_builder.pickPlainProvider();
    const int second = otherPlain(first);
    const CertDraft old = m_builder.appIssuance(citizenId, first, firstActivation, false, [&](CertDraft &c) {
        c.status = value::revoked();
        c.revokedAt = revokedAt;
        c.revokeReason = value::switchProvider();
    });
    const qint64 oldId = m_builder.lastCertificateId();
    // Looked up while the old certificate was still held (found) or after its revocation.
    m_builder.appIssuance(citizenId, second, newActivation, revokedAt > newActivation, [&](CertDraft &c) {
        c.replacesId = oldId;
        c.freeUntil = old.freeUntil; // §1.5: the free year is not restarted
        adjust(c, old);
    });
}

void ViolationPlanter::superseded(Scenario scenario)
{
    const CitizenDraft citizen = newCitizen();
    const int first = m_builder.pickPlainProvider();
    const qint64 t1 = anyDaytime();
    switch (scenario) {
    case S::SupersededLateRecord: {
        // §1.4: activated first but recorded hours later (within late_update); another provider
        // issued meanwhile and recorded first: the first one counts as not issued.
        m_builder.appIssuance(citizen.id, first, t1, false, [&](CertDraft &c) {
            c.recordedAt = t1 + m_rng.between(12 * kHour, 23 * kHour);
        });
        m_builder.appIssuance(citizen.id, otherPlain(first), t1 + m_rng.between(kHour, 3 * kHour), false);
        return count(rule::superseded());
    }
    case S::SupersededTie: {
        // Both reach Hue-S in the same second: Hue-S order falls back to id; the higher loses.
        const qint64 recorded = t1 + 2 * kHour;
        m_builder.appIssuance(citizen.id, first, t1, false, [&](CertDraft &c) { c.recordedAt = recorded; });
        m_builder.appIssuance(citizen.id, otherPlain(first), t1 + m_rng.between(10 * kMinute, kHour), false,
                              [&](CertDraft &c) { c.recordedAt = recorded; });
        return count(rule::superseded());
    }
    case S::LateExactLimit:
    case S::LateOneSecondOver:
    case S::LateDays: {
        // §1.4, §2.2: Hue-S updated a day or more after activation.
        const qint64 delay = scenario == S::LateExactLimit ? kLateUpdate
            : scenario == S::LateOneSecondOver             ? kLateUpdate + 1
                                                           : m_rng.between(2 * kDay, 12 * kDay);
        m_builder.appIssuance(citizen.id, first, t1, false, [&](CertDraft &c) { c.recordedAt = t1 + delay; });
        if (scenario != S::LateExactLimit)
            count(rule::lateUpdate());
        return;
    }
    default:
        return;
    }
}

void ViolationPlanter::requestCase(Scenario scenario)
{
    const CitizenDraft citizen = newCitizen();
    const int provider = m_builder.pickPlainProvider();
    RequestDraft request;
    request.citizenId = citizen.id;
    request.provider = m_builder.code(provider);
    request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
    request.registeredAt = anyDaytime();
    const qint64 deadline = request.registeredAt + kRequestDeadline; // §4.4
    std::optional<qint64> activation;
    switch (scenario) {
    case S::RequestExactDeadline: // completed at exactly 48 h: on time
        activation = deadline - m_rng.between(600, 3600);
        request.completedAt = deadline;
        break;
    case S::RequestOneSecondLate:
        activation = deadline - m_rng.between(600, 3600);
        request.completedAt = deadline + 1;
        count(rule::requestExpired());
        break;
    case S::RequestServedLate:
        activation = request.registeredAt + m_rng.between(50 * kHour, 120 * kHour);
        request.completedAt = *activation + m_rng.between(60, 900);
        count(rule::requestExpired());
        break;
    case S::RequestCancelledInTime: // withdrawn at the deadline itself: no finding
        request.cancelledAt = deadline;
        break;
    case S::RequestCancelledLate: // withdrawn after waiting in vain
        request.cancelledAt = deadline + m_rng.between(kHour, 6 * kDay);
        count(rule::requestExpired());
        break;
    case S::RequestStillOpen: // never served, never withdrawn
        count(rule::requestExpired());
        break;
    case S::PrematureRequestNoCertificate: // §4.4: confirmed, but no signature behind it
        request.completedAt = request.registeredAt + m_rng.between(kHour, 20 * kHour);
        count(rule::prematureConfirmation());
        break;
    case S::PrematureRequestBeforeActivation:
    case S::PrematureRequestSkewLimit:
        request.completedAt = request.registeredAt + m_rng.between(2 * kHour, 30 * kHour);
        activation = *request.completedAt + kPrematureTolerance
            + (scenario == S::PrematureRequestBeforeActivation ? 1 : 0);
        if (scenario == S::PrematureRequestBeforeActivation)
            count(rule::prematureConfirmation());
        break;
    default:
        break;
    }
    const qint64 requestId = m_builder.writeRequest(request);
    if (activation) {
        CertDraft cert = m_builder.programmeCert(citizen.id, provider, value::huesRequest(), *activation);
        cert.recordedAt = *activation + m_rng.between(5, 300);
        if (request.completedAt && cert.recordedAt > *request.completedAt
            && scenario != S::PrematureRequestBeforeActivation && scenario != S::PrematureRequestSkewLimit)
            cert.recordedAt = qMax(*activation, *request.completedAt - m_rng.between(0, 120));
        cert.staffId = m_builder.supportStaff(provider);
        cert.requestId = requestId;
        m_builder.writeCertificate(cert);
    }
    if (scenario == S::RequestCancelledLate) {
        // §4.4: the citizen then goes to another provider, which serves them properly.
        m_builder.appIssuance(citizen.id, otherPlain(provider),
                              *request.cancelledAt + m_rng.between(1, 5) * kDay, false);
    }
}

void ViolationPlanter::premature(Scenario scenario)
{
    const CitizenDraft citizen = newCitizen();
    const int provider = m_builder.pickPlainProvider();
    const qint64 t = anyDaytime();
    switch (scenario) {
    case S::PrematureSkewLimit: // on Hue-S 300 s before activation: clock skew, no finding
    case S::PrematureOneSecondOver: {
        const qint64 early = kPrematureTolerance + (scenario == S::PrematureOneSecondOver ? 1 : 0);
        m_builder.appIssuance(citizen.id, provider, t, false,
                              [&](CertDraft &c) { c.recordedAt = t - early; });
        if (scenario == S::PrematureOneSecondOver)
            count(rule::prematureConfirmation());
        return;
    }
    case S::PrematureNoActivation:
        // Form b: "active" on Hue-S with no activation at all.
        m_builder.appIssuance(citizen.id, provider, t, false, [&](CertDraft &c) {
            c.activatedAt.reset();
            c.recordedAt = t;
            c.freeUntil.reset();
        });
        return count(rule::prematureConfirmation());
    default:
        return;
    }
}

void ViolationPlanter::lookupCase(Scenario scenario)
{
    // §1.3, §3.2: the issuing provider must look the citizen up within a day before issuing.
    const CitizenDraft citizen = newCitizen();
    const int provider = m_builder.pickPlainProvider();
    const qint64 t = anyDaytime();
    switch (scenario) {
    case S::LookupOtherProviderOnly:
        m_builder.writeLookup(m_builder.code(otherPlain(provider)), {}, citizen.id,
                              t - m_rng.between(300, 3600), false);
        break;
    case S::LookupOneSecondTooEarly:
        m_builder.writeLookup(m_builder.code(provider), {}, citizen.id, t - kLookupWindow - 1, false);
        break;
    case S::LookupExactWindow: // exactly 24 h before still counts
        m_builder.writeLookup(m_builder.code(provider), {}, citizen.id, t - kLookupWindow, false);
        break;
    case S::LookupAfterIssuance:
        m_builder.writeLookup(m_builder.code(provider), {}, citizen.id, t + 1, false);
        break;
    default:
        break;
    }
    m_builder.writeCertificate(m_builder.programmeCert(citizen.id, provider, value::app(), t));
    if (scenario != S::LookupExactWindow)
        count(rule::missingLookup());
}

void ViolationPlanter::doorToDoorCase(Scenario scenario)
{
    const CitizenDraft citizen = newCitizen();
    std::optional<DoorVisit> visit;
    int provider = 0;
    while (!visit) {
        provider = m_builder.pickPlainProvider();
        visit = m_builder.doorVisit(provider, 1, kDoorToDoorDays - 1);
    }
    if (scenario != S::LookupMissing)
        m_builder.writeLookup(m_builder.code(provider), visit->staffId, citizen.id,
                              visit->at - m_rng.between(120, 900), false);
    CertDraft cert = m_builder.programmeCert(citizen.id, provider, value::doorToDoor(), visit->at);
    cert.staffId = visit->staffId;
    switch (scenario) {
    case S::PrematurePreEntered:
        // §1.6: the record was on Hue-S hours before the visit.
        cert.recordedAt = visit->at - m_rng.between(kHour, 6 * kHour);
        count(rule::prematureConfirmation());
        break;
    case S::LookupMissing:
        count(rule::missingLookup());
        break;
    case S::TechnicalErrorStale:
        // §3.3: entered as a technical error and never activated: it reserves the citizen.
        cert.status = value::technicalError();
        cert.activatedAt.reset();
        cert.recordedAt = visit->at;
        cert.freeUntil.reset();
        cert.serial = QString();
        count(rule::staleTechnicalError());
        break;
    case S::TechnicalErrorActivated:
        // Activation went through minutes after the error was entered; the status stayed.
        cert.status = value::technicalError();
        cert.recordedAt = visit->at - m_rng.between(30, 290);
        break;
    default:
        break;
    }
    m_builder.writeCertificate(cert);
}

void ViolationPlanter::burst(int size, qint64 minGap, qint64 maxGap)
{
    const int provider = m_builder.pickPlainProvider();
    const QString staff = m_builder.dedicatedStaff(provider);
    qint64 at
        = campaignDayStart(m_rng.between(3, kDoorToDoorDays - 4)) + m_rng.between(8 * kHour, 14 * kHour);
    for (int i = 0; i < size; ++i) {
        const CitizenDraft citizen = newCitizen();
        m_builder.writeLookup(m_builder.code(provider), staff, citizen.id, at - m_rng.between(30, 120),
                              false);
        CertDraft cert = m_builder.programmeCert(citizen.id, provider, value::doorToDoor(), at);
        cert.staffId = staff;
        m_builder.writeCertificate(cert);
        at += m_rng.between(minGap, maxGap);
    }
}

void ViolationPlanter::freePeriod(Scenario scenario)
{
    // §1.5: one free year, not restarted on a switch.
    const CitizenDraft citizen = newCitizen();
    const qint64 t1 = anyDaytime(5, 200);
    switch (scenario) {
    case S::FreeRestartedOnSwitch:
    case S::FreeSwitchWithinTolerance:
    case S::FreeMissingOnSwitch: {
        const qint64 revokedAt = t1 + m_rng.between(10, 100) * kDay;
        const qint64 next = revokedAt + m_rng.between(kHour, 3 * kDay);
        switchCase(citizen.id, t1, revokedAt, next, [&](CertDraft &c, const CertDraft &old) {
            if (scenario == S::FreeRestartedOnSwitch)
                c.freeUntil = utcDate(*c.activatedAt) + 365;
            else if (scenario == S::FreeSwitchWithinTolerance)
                c.freeUntil = *old.freeUntil + 1; // switch_tolerance_days: no finding
            else
                c.freeUntil.reset();
        });
        if (scenario != S::FreeSwitchWithinTolerance)
            count(rule::freePeriod());
        return;
    }
    case S::FreeCutShort:
    case S::FreeExactMinimum:
    case S::FreeMissing: {
        const int provider = m_builder.pickPlainProvider();
        m_builder.appIssuance(citizen.id, provider, t1, false, [&](CertDraft &c) {
            if (scenario == S::FreeMissing)
                c.freeUntil.reset();
            else
                c.freeUntil = utcDate(t1) + (scenario == S::FreeExactMinimum ? 364 : 363);
        });
        if (scenario != S::FreeExactMinimum)
            count(rule::freePeriod());
        return;
    }
    default:
        return;
    }
}

qint64 ViolationPlanter::writeLegacy(const QString &citizenId, int provider,
                                     std::optional<qint64> activatedAt, qint64 recordedAt)
{
    CertDraft cert;
    cert.citizenId = citizenId;
    cert.provider = m_builder.code(provider);
    cert.channel = value::legacyImport();
    cert.activatedAt = activatedAt;
    cert.recordedAt = recordedAt;
    cert.serial = m_builder.programmeCert(citizenId, provider, value::app(), recordedAt).serial;
    return m_builder.writeCertificate(cert);
}

void ViolationPlanter::legacy(Scenario scenario)
{
    // §2.3: an "import" that was activated during the programme, or never, hides a programme
    // issuance from the other rules.
    const CitizenDraft citizen = newCitizen();
    const int provider = m_builder.pickPlainProvider();
    const qint64 recorded = m_rng.between(kProgrammeStart + kHour, kProgrammeStart + 40 * kDay);
    switch (scenario) {
    case S::LegacyAtProgrammeStart:
        writeLegacy(citizen.id, provider, kProgrammeStart, recorded);
        return count(rule::legacyMislabel());
    case S::LegacyNeverActivated:
        writeLegacy(citizen.id, provider, std::nullopt, recorded);
        return count(rule::legacyMislabel());
    case S::LegacyDuringCampaign: {
        const qint64 at = anyDaytime(10, 200);
        writeLegacy(citizen.id, provider, at, at + m_rng.between(60, 3600));
        return count(rule::legacyMislabel());
    }
    case S::LegacyJustBefore: // one second before the programme: a true import
        writeLegacy(citizen.id, provider, kProgrammeStart - 1, recorded);
        return;
    default:
        return;
    }
}

void ViolationPlanter::nearDuplicate(Scenario scenario)
{
    // §1.3: the same person registered again under a mistyped id and a differently typed name;
    // the second provider's look-up found nothing.
    CitizenDraft original;
    QString twinId;
    while (twinId.isEmpty()) {
        original = m_builder.drawCitizen();
        twinId = m_builder.ids().nearTwin(original.id, scenario == S::NearDuplicateSwap, m_rng);
    }
    original.birthKnown = true;
    CitizenDraft twin = original;
    twin.id = twinId;
    twin.name = scenario == S::NearDuplicateSwap ? lowerWithStraySpaces(original.name)
                                                 : withoutDiacriticsUpper(original.name);
    if (scenario == S::NearDuplicateOtherBirthDate) {
        // A different person after all: born a day apart (same year, as the id says).
        const bool firstOfYear = original.birthDays == daysFromCivil(yearOfDays(original.birthDays), 1, 1);
        twin.birthDays = original.birthDays + (firstOfYear ? 1 : -1);
    }
    if (m_rng.chance(500000))
        twin.phone = QString();
    m_builder.writeCitizen(original);
    m_builder.writeCitizen(twin);
    const int first = m_builder.pickPlainProvider();
    const CertDraft held = m_builder.appIssuance(original.id, first, anyDaytime(5, 200), false);
    m_builder.appIssuance(twin.id, otherPlain(first), held.recordedAt + m_rng.between(5, 60) * kDay, false);
    if (scenario != S::NearDuplicateOtherBirthDate)
        count(rule::identityNearDuplicate());
}

void ViolationPlanter::dataQuality(Scenario scenario)
{
    // Rows the rules cannot read (rules.md DATA_QUALITY). Values both engines can hold: unknown
    // enum text and dangling references, never malformed timestamps or found values.
    const CitizenDraft citizen = newCitizen();
    const int provider = m_builder.pickPlainProvider();
    const qint64 t = anyDaytime();
    count(rule::dataQuality());
    switch (scenario) {
    case S::DqChannel:
        m_builder.appIssuance(citizen.id, provider, t, false,
                              [](CertDraft &c) { c.channel = QStringLiteral("kiosk"); });
        return;
    case S::DqStatus:
        m_builder.appIssuance(citizen.id, provider, t, false,
                              [](CertDraft &c) { c.status = QStringLiteral("suspended"); });
        return;
    case S::DqRevokeReason:
        m_builder.appIssuance(citizen.id, provider, t, false, [&](CertDraft &c) {
            c.status = value::revoked();
            c.revokedAt = t + m_rng.between(5, 60) * kDay;
            c.revokeReason = QStringLiteral("lost_device");
        });
        return;
    case S::DqMode:
    case S::DqRequestCitizen: {
        RequestDraft request;
        request.citizenId = scenario == S::DqRequestCitizen ? m_builder.ids().unusedId(m_rng) : citizen.id;
        request.provider = m_builder.code(provider);
        request.mode = scenario == S::DqMode ? QStringLiteral("video") : value::home();
        request.registeredAt = t;
        request.cancelledAt = t + m_rng.between(kHour, 20 * kHour);
        m_builder.writeRequest(request);
        return;
    }
    case S::DqCitizen:
        m_builder.writeCertificate(
            m_builder.programmeCert(m_builder.ids().unusedId(m_rng), provider, value::app(), t));
        return;
    case S::DqProvider: {
        CertDraft cert = m_builder.programmeCert(citizen.id, provider, value::app(), t);
        cert.provider = m_builder.code(provider).section(QLatin1Char('-'), 0, 0) + QStringLiteral("_CA");
        m_builder.writeCertificate(cert);
        return;
    }
    case S::DqRequest:
    case S::DqReplaces: {
        CertDraft cert = m_builder.programmeCert(
            citizen.id, provider, scenario == S::DqRequest ? value::huesRequest() : value::app(), t);
        if (scenario == S::DqRequest)
            cert.requestId = ++m_danglingIds;
        else
            cert.replacesId = ++m_danglingIds;
        m_builder.writeCertificate(cert);
        return;
    }
    case S::DqLookupProvider:
        m_builder.writeLookup(QStringLiteral("FPT"), {}, citizen.id, t, false);
        return;
    default:
        return;
    }
}

} // namespace sw::demo
