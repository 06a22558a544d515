// The demo's violations (ViolationPlanter's cases) as they happen live: each case becomes the
// events that make it, stamped when they happen. Cases that need a day or two (a record that
// reaches Hue-S a day late, a request served after 48 hours) wait in the feed's queue that long.
#include "demo/DemoCatalog.h"
#include "demo/DemoFeed.h"
#include "demo/DemoRates.h"

namespace sw::demo {

namespace {
using S = ViolationPlanter::Scenario;
} // namespace

Result<bool> DemoFeed::startViolation(ViolationPlanter::Scenario scenario, qint64 now)
{
    // Most cases start with a citizen who holds nothing yet.
    auto freeCitizen = [&]() -> Result<std::optional<FeedCitizen>> { return pickFreeCitizen(now); };
    switch (scenario) {
    case S::DupOtherProvider:
    case S::DupSameProvider:
    case S::DupHeldLegacy: {
        // §1.3, §3.2: Hue-S answers "found", and the provider issues anyway.
        auto holder = pickHolder(now, scenario == S::DupHeldLegacy ? Holding::Legacy : Holding::Any);
        if (holder && !*holder && scenario == S::DupHeldLegacy)
            holder = pickHolder(now);
        if (!holder)
            return holder.error();
        if (!*holder)
            return false;
        const int first = providerIndex((*holder)->provider);
        const int second = scenario == S::DupSameProvider ? first : pickOther(first);
        countViolation(rule::duplicateIssuance());
        if (auto done = issuanceStory(now, (*holder)->citizenId, second, value::app(), true); !done)
            return done.error();
        return true;
    }
    case S::DupSwitchRevokedLate:
    case S::DupRevocationInFuture: {
        // A switch done the wrong way round: the new certificate first, the old one revoked a
        // little later, or not before some date still to come (not while the feed runs).
        auto holder = pickHolder(now);
        if (!holder)
            return holder.error();
        if (!*holder)
            return false;
        const FeedCertificate old = **holder;
        countViolation(rule::duplicateIssuance());
        const bool revokedLate = scenario == S::DupSwitchRevokedLate;
        auto then = [=, this](qint64, qint64 t) -> Result<void> {
            if (!revokedLate)
                return {};
            busy(old.citizenId);
            after(t, m_rng.between(10, 120), [=, this](qint64 later) {
                release(old.citizenId);
                return revoke(old.id, value::switchProvider(), later);
            });
            return {};
        };
        if (auto done = issuanceStory(
                now, old.citizenId, pickOther(providerIndex(old.provider)), value::app(), true,
                [=](CertDraft &c) {
                    c.replacesId = old.id;
                    c.freeUntil = old.freeUntil ? old.freeUntil : c.freeUntil;
                },
                then);
            !done)
            return done.error();
        return true;
    }
    case S::DupSameSecond: {
        // Issued in the very second the first record reached Hue-S: held means recorded_at <= t.
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const QString id = (*citizen)->id;
        const int first = pickProvider();
        const int second = pickOther(first);
        busy(id);
        if (auto done = lookup(first, {}, id, false, now); !done)
            return done.error();
        countViolation(rule::duplicateIssuance());
        after(now, m_rng.between(2, 20), [=, this](qint64 t1) -> Result<void> {
            if (auto done = lookup(second, {}, id, false, t1); !done)
                return done;
            after(t1, m_rng.between(5, 60), [=, this](qint64 t2) -> Result<void> {
                if (auto held = record(programmeCert(id, first, value::app(), activationAfter(now, t2), t2));
                    !held)
                    return held.error();
                after(t2, m_rng.between(1, 5), [=, this](qint64 t3) -> Result<void> {
                    release(id);
                    auto duplicate = record(programmeCert(id, second, value::app(), t2, t3));
                    return duplicate ? Result<void> {} : Result<void> {duplicate.error()};
                });
                return {};
            });
            return {};
        });
        return true;
    }
    case S::SupersededLateRecord:
    case S::SupersededTie: {
        // §1.4: the first provider activates but reaches Hue-S after another provider's record
        // (later, or in the same second with a higher id): it counts as not issued.
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const QString id = (*citizen)->id;
        const int first = pickProvider();
        const int second = pickOther(first);
        const bool tie = scenario == S::SupersededTie;
        busy(id);
        if (auto done = lookup(first, {}, id, false, now); !done)
            return done.error();
        countViolation(rule::superseded());
        const qint64 firstActivation = now + m_rng.between(1, 3);
        after(now, m_rng.between(5, 30), [=, this](qint64 t1) -> Result<void> {
            if (auto done = lookup(second, {}, id, false, t1); !done)
                return done;
            after(t1, m_rng.between(5, 30), [=, this](qint64 t2) -> Result<void> {
                const qint64 secondActivation = qMax(t1, t2 - m_rng.between(1, 4));
                if (tie) {
                    release(id);
                    if (auto a = record(programmeCert(id, first, value::app(), firstActivation, t2)); !a)
                        return a.error();
                    auto b = record(programmeCert(id, second, value::app(), secondActivation, t2));
                    return b ? Result<void> {} : Result<void> {b.error()};
                }
                if (auto b = record(programmeCert(id, second, value::app(), secondActivation, t2)); !b)
                    return b.error();
                after(t2, m_rng.between(5, 60), [=, this](qint64 t3) -> Result<void> {
                    release(id);
                    auto a = record(programmeCert(id, first, value::app(), firstActivation, t3));
                    return a ? Result<void> {} : Result<void> {a.error()};
                });
                return {};
            });
            return {};
        });
        return true;
    }
    case S::LateExactLimit:
    case S::LateOneSecondOver:
    case S::LateDays:
    case S::LookupOneSecondTooEarly:
    case S::LookupExactWindow: {
        // A look-up now; the record reaches Hue-S a day or more later (§1.4, §2.2), or the
        // issuance itself comes a day after the look-up (§1.3: lookup_window).
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const QString id = (*citizen)->id;
        const int provider = pickProvider();
        busy(id);
        if (auto done = lookup(provider, {}, id, false, now); !done)
            return done.error();
        const bool late
            = scenario == S::LateExactLimit || scenario == S::LateOneSecondOver || scenario == S::LateDays;
        const qint64 delay = scenario == S::LateExactLimit ? kLateUpdate
            : scenario == S::LateOneSecondOver             ? kLateUpdate + 1
            : scenario == S::LateDays                      ? m_rng.between(2 * kDay, 12 * kDay)
                                                           : 0;
        if (scenario == S::LateExactLimit)
            countNearMiss(rule::lateUpdate());
        else if (late)
            countViolation(rule::lateUpdate());
        else if (scenario == S::LookupExactWindow)
            countNearMiss(rule::missingLookup());
        else
            countViolation(rule::missingLookup());
        const qint64 wait = late ? m_rng.between(1, 60) + delay
                                 : kLookupWindow + (scenario == S::LookupOneSecondTooEarly ? 1 : 0);
        at(now + wait, [=, this](qint64 t) -> Result<void> {
            release(id);
            // Late: activated `delay` before the record; otherwise activated exactly `wait`
            // after the look-up.
            const qint64 activation = late ? t - delay : now + wait;
            auto done = record(programmeCert(id, provider, value::app(), activation, t));
            return done ? Result<void> {} : Result<void> {done.error()};
        });
        return true;
    }
    case S::RequestExactDeadline:
    case S::RequestOneSecondLate:
    case S::RequestCancelledInTime:
    case S::RequestCancelledLate:
    case S::RequestStillOpen:
    case S::RequestServedLate:
    case S::PrematureRequestNoCertificate:
    case S::PrematureRequestBeforeActivation:
    case S::PrematureRequestSkewLimit:
        return requestViolation(scenario, now);
    case S::PrematureSkewLimit:
    case S::PrematureOneSecondOver:
    case S::PrematurePreEntered:
    case S::PrematureNoActivation:
    case S::TechnicalErrorStale:
    case S::TechnicalErrorActivated: {
        // A record on Hue-S before the signature exists (§1.6): activated later, or never; or a
        // technical error (§3.3) activated minutes later, or never.
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const int provider = pickProvider();
        const bool doorToDoor = scenario == S::PrematurePreEntered || scenario == S::TechnicalErrorStale
            || scenario == S::TechnicalErrorActivated;
        const QString staff = doorToDoor ? fieldStaff(provider, now) : QString();
        const bool technical = scenario == S::TechnicalErrorStale || scenario == S::TechnicalErrorActivated;
        std::optional<qint64> activateAfter;
        switch (scenario) {
        case S::PrematureSkewLimit:
            activateAfter = kPrematureTolerance;
            countNearMiss(rule::prematureConfirmation());
            break;
        case S::PrematureOneSecondOver:
            activateAfter = kPrematureTolerance + 1;
            countViolation(rule::prematureConfirmation());
            break;
        case S::PrematurePreEntered:
            activateAfter = m_rng.between(kHour, 6 * kHour);
            countViolation(rule::prematureConfirmation());
            break;
        case S::PrematureNoActivation:
            countViolation(rule::prematureConfirmation());
            break;
        case S::TechnicalErrorStale:
            countViolation(rule::staleTechnicalError());
            break;
        default: // activated 30 s to 4 min later: within premature_tolerance, no finding
            activateAfter = m_rng.between(30, 240);
            break;
        }
        auto then = [=, this](qint64 certificateId, qint64 t) -> Result<void> {
            if (activateAfter) {
                const QString code = DemoCatalog::instance().providers()[size_t(provider)].code;
                const qint64 activation = t + *activateAfter;
                at(activation, [=, this](qint64) { return activate(certificateId, activation, code); });
            }
            return {};
        };
        auto adjust = [=](CertDraft &c) {
            c.activatedAt.reset();
            c.freeUntil.reset();
            if (technical) {
                c.status = value::technicalError();
                c.serial = QString();
            }
        };
        if (auto done
            = issuanceStory(now, (*citizen)->id, provider, doorToDoor ? value::doorToDoor() : value::app(),
                            false, adjust, then, staff);
            !done)
            return done.error();
        return true;
    }
    case S::LookupOtherProviderOnly:
    case S::LookupAfterIssuance:
    case S::LookupMissing: {
        // §1.3, §3.2: no look-up of the issuing provider before the issuance.
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const QString id = (*citizen)->id;
        const int provider = pickProvider();
        countViolation(rule::missingLookup());
        busy(id);
        if (scenario == S::LookupOtherProviderOnly) {
            if (auto done = lookup(pickOther(provider), {}, id, false, now); !done)
                return done.error();
            after(now, m_rng.between(5, 90), [=, this](qint64 t) -> Result<void> {
                release(id);
                auto done = record(programmeCert(id, provider, value::app(), activationAfter(now, t), t));
                return done ? Result<void> {} : Result<void> {done.error()};
            });
            return true;
        }
        CertDraft cert
            = programmeCert(id, provider, scenario == S::LookupMissing ? value::doorToDoor() : value::app(),
                            now - m_rng.between(2, 20), now);
        if (scenario == S::LookupMissing)
            cert.staffId = fieldStaff(provider, now);
        if (auto done = record(cert); !done)
            return done.error();
        if (scenario == S::LookupMissing) {
            release(id);
            return true;
        }
        after(now, m_rng.between(1, 10), [=, this](qint64 t) {
            release(id);
            return lookup(provider, {}, id, false, t); // after the issuance: too late
        });
        return true;
    }
    case S::BurstOfTen:
    case S::BurstOfNine:
    case S::BurstSpread: {
        Result<void> done = scenario == S::BurstOfTen ? burstStory(10, 150, 180, now)
            : scenario == S::BurstOfNine              ? burstStory(9, 150, 180, now)
                                                      : burstStory(11, 360, 360, now);
        if (!done)
            return done.error();
        if (scenario == S::BurstOfNine)
            countNearMiss(rule::staffBurst());
        else
            countViolation(rule::staffBurst());
        return true;
    }
    case S::FreeRestartedOnSwitch:
    case S::FreeSwitchWithinTolerance:
    case S::FreeMissingOnSwitch: {
        // §1.5: the free year is not restarted on a switch, nor cut short.
        auto holder = pickHolder(now, Holding::Programme);
        if (!holder)
            return holder.error();
        if (!*holder)
            return false;
        const qint64 oldFree = *(*holder)->freeUntil;
        if (scenario == S::FreeSwitchWithinTolerance)
            countNearMiss(rule::freePeriod());
        else
            countViolation(rule::freePeriod());
        auto done = switchStory(now, **holder, [=](CertDraft &c) {
            if (scenario == S::FreeRestartedOnSwitch)
                c.freeUntil = utcDate(*c.activatedAt) + 365;
            else if (scenario == S::FreeSwitchWithinTolerance)
                c.freeUntil = oldFree + 1; // switch_tolerance_days
            else
                c.freeUntil.reset();
        });
        if (!done)
            return done.error();
        return true;
    }
    case S::FreeCutShort:
    case S::FreeExactMinimum:
    case S::FreeMissing: {
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        if (scenario == S::FreeExactMinimum)
            countNearMiss(rule::freePeriod());
        else
            countViolation(rule::freePeriod());
        auto done
            = issuanceStory(now, (*citizen)->id, pickProvider(), value::app(), false, [=](CertDraft &c) {
                  if (scenario == S::FreeMissing)
                      c.freeUntil.reset();
                  else
                      c.freeUntil = utcDate(*c.activatedAt) + (scenario == S::FreeExactMinimum ? 364 : 363);
              });
        if (!done)
            return done.error();
        return true;
    }
    case S::ExcludedAfter: {
        // §5.3: a provider removed from the programme issues on.
        int excluded = -1;
        for (size_t p = 0; p < m_excluded.size(); ++p) {
            if (m_excluded[p])
                excluded = int(p);
        }
        if (excluded < 0)
            return false;
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        countViolation(rule::excludedProvider());
        if (auto done = issuanceStory(now, (*citizen)->id, excluded, value::app(), false); !done)
            return done.error();
        return true;
    }
    case S::LegacyAtProgrammeStart:
    case S::LegacyNeverActivated:
    case S::LegacyDuringCampaign:
    case S::LegacyJustBefore: {
        // §2.3: an "import" activated during the programme, or never, hides a programme issuance.
        auto citizen = freeCitizen();
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const int provider = pickProvider();
        CertDraft cert = programmeCert((*citizen)->id, provider, value::legacyImport(), now, now);
        cert.freeUntil.reset();
        switch (scenario) {
        case S::LegacyAtProgrammeStart:
            cert.activatedAt = kProgrammeStart;
            break;
        case S::LegacyNeverActivated:
            cert.activatedAt.reset();
            break;
        case S::LegacyDuringCampaign:
            cert.activatedAt = now - m_rng.between(60, 3600);
            break;
        default:
            cert.activatedAt = kProgrammeStart - 1; // a true import
            break;
        }
        if (scenario == S::LegacyJustBefore)
            countNearMiss(rule::legacyMislabel());
        else
            countViolation(rule::legacyMislabel());
        if (auto done = record(cert); !done)
            return done.error();
        return true;
    }
    case S::NearDuplicateOneDigit:
    case S::NearDuplicateSwap:
    case S::NearDuplicateOtherBirthDate:
        return nearDuplicateStory(scenario, now);
    case S::ExcludedAtExclusion:
    case S::ExcludedJustBefore:
        return false; // moments of 2024: not something that happens now
    default:
        return dataQualityViolation(scenario, now);
    }
}

} // namespace sw::demo
