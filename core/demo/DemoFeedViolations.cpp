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

Result<bool> DemoFeed::requestViolation(ViolationPlanter::Scenario scenario, qint64 now)
{
    auto citizen = pickFreeCitizen(now);
    if (!citizen)
        return citizen.error();
    if (!*citizen)
        return false;
    const QString id = (*citizen)->id;
    const int provider = pickProvider();
    RequestDraft request;
    request.citizenId = id;
    request.provider = DemoCatalog::instance().providers()[size_t(provider)].code;
    request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
    request.registeredAt = now;
    auto registered = registerRequest(request);
    if (!registered)
        return registered.error();
    const qint64 rid = *registered;
    const qint64 deadline = now + kRequestDeadline; // §4.4
    busy(id);
    // The certificate recorded at `due` (activated then, or at `activation`).
    auto issueAt = [=, this](qint64 due, std::optional<qint64> activation) {
        at(due, [=, this](qint64 t) -> Result<void> {
            auto done = requestCertificate(id, provider, rid, now, activation, t);
            return done ? Result<void> {} : Result<void> {done.error()};
        });
    };
    auto completeAt = [=, this](qint64 due, std::optional<qint64> stamp) {
        at(due, [=, this](qint64 t) {
            release(id);
            return completeRequest(rid, stamp.value_or(t));
        });
    };
    switch (scenario) {
    case S::RequestExactDeadline: // completed at exactly 48 h: on time
    case S::RequestOneSecondLate: {
        const qint64 done = deadline + (scenario == S::RequestOneSecondLate ? 1 : 0);
        issueAt(deadline - m_rng.between(600, 3600), std::nullopt);
        completeAt(done, done);
        if (scenario == S::RequestOneSecondLate)
            countViolation(rule::requestExpired());
        else
            countNearMiss(rule::requestExpired());
        break;
    }
    case S::RequestServedLate: {
        const qint64 activation = now + m_rng.between(50 * kHour, 120 * kHour);
        issueAt(activation, activation);
        completeAt(activation + m_rng.between(60, 900), std::nullopt);
        countViolation(rule::requestExpired());
        break;
    }
    case S::RequestCancelledInTime: // withdrawn at the deadline itself: no finding
    case S::RequestCancelledLate: {
        const bool inTime = scenario == S::RequestCancelledInTime;
        const qint64 cancelled = inTime ? deadline : deadline + m_rng.between(kHour, 6 * kDay);
        at(cancelled, [=, this](qint64 t) -> Result<void> {
            release(id);
            if (auto done = cancelRequest(rid, inTime ? cancelled : t); !done)
                return done;
            if (!inTime) {
                // §4.4: the citizen then goes to another provider, which serves them properly.
                const int other = pickOther(provider);
                after(t, m_rng.between(1, 5) * kDay, [=, this](qint64 later) {
                    return issuanceStory(later, id, other, value::app(), false);
                });
            }
            return {};
        });
        if (inTime)
            countNearMiss(rule::requestExpired());
        else
            countViolation(rule::requestExpired());
        break;
    }
    case S::RequestStillOpen: // never served, never withdrawn: the clock makes it a finding
        countViolation(rule::requestExpired());
        break;
    case S::PrematureRequestNoCertificate: // §4.4: confirmed, but no signature behind it
        completeAt(now + m_rng.between(10, 120), std::nullopt);
        countViolation(rule::prematureConfirmation());
        break;
    case S::PrematureRequestBeforeActivation:
    case S::PrematureRequestSkewLimit: {
        const qint64 over = scenario == S::PrematureRequestBeforeActivation ? 1 : 0;
        after(now, m_rng.between(10, 120), [=, this](qint64 t) -> Result<void> {
            if (auto done = completeRequest(rid, t); !done)
                return done;
            issueAt(t + kPrematureTolerance + over, t + kPrematureTolerance + over);
            return {};
        });
        if (over)
            countViolation(rule::prematureConfirmation());
        else
            countNearMiss(rule::prematureConfirmation());
        break;
    }
    default:
        break;
    }
    return true;
}

Result<bool> DemoFeed::nearDuplicateStory(ViolationPlanter::Scenario scenario, qint64 now)
{
    // §1.3: the same person registered again under a mistyped id and a differently typed name;
    // the second provider's look-up finds nothing.
    auto holder = pickHolder(now);
    if (!holder)
        return holder.error();
    if (!*holder)
        return false;
    auto original = m_store.citizenAtOrAfter((*holder)->citizenId);
    if (!original)
        return original.error();
    if (!*original || (*original)->id != (*holder)->citizenId || !(*original)->birthDays
        || (*original)->id.size() != 12)
        return false;
    QString twinId;
    for (int attempt = 0; attempt < 4 && twinId.isEmpty(); ++attempt) {
        const QString candidate = m_ids.nearTwin((*original)->id, scenario == S::NearDuplicateSwap, m_rng);
        if (candidate.isEmpty())
            continue;
        auto exists = m_store.citizenExists(candidate);
        if (!exists)
            return exists.error();
        if (!*exists)
            twinId = candidate;
    }
    if (twinId.isEmpty())
        return false;
    CitizenDraft twin;
    twin.id = twinId;
    twin.name = scenario == S::NearDuplicateSwap ? lowerWithStraySpaces((*original)->name)
                                                 : withoutDiacriticsUpper((*original)->name);
    twin.birthDays = *(*original)->birthDays;
    if (scenario == S::NearDuplicateOtherBirthDate) {
        // A different person after all: born a day apart (same year, as the id says).
        const bool firstOfYear = twin.birthDays == daysFromCivil(yearOfDays(twin.birthDays), 1, 1);
        twin.birthDays += firstOfYear ? 1 : -1;
    }
    twin.district = (*original)->district;
    twin.phone = m_rng.chance(500000) ? QString() : (*original)->phone;
    busy(twinId);
    if (auto added = addCitizen(twin); !added)
        return added.error();
    if (scenario == S::NearDuplicateOtherBirthDate)
        countNearMiss(rule::identityNearDuplicate());
    else
        countViolation(rule::identityNearDuplicate());
    const int other = pickOther(providerIndex((*holder)->provider));
    after(now, m_rng.between(5, 60),
          [=, this](qint64 t) { return issuanceStory(t, twinId, other, value::app(), false); });
    return true;
}

Result<bool> DemoFeed::dataQualityViolation(ViolationPlanter::Scenario scenario, qint64 now)
{
    // Rows the rules cannot read (rules.md DATA_QUALITY): unknown enum text and dangling
    // references, as the demo plants them.
    auto citizen = pickFreeCitizen(now);
    if (!citizen)
        return citizen.error();
    if (!*citizen)
        return false;
    const QString id = (*citizen)->id;
    const int provider = pickProvider();
    const QString code = DemoCatalog::instance().providers()[size_t(provider)].code;
    const qint64 dangling = 900000000 + qint64(m_rng.below(99999999));
    countViolation(rule::dataQuality());
    Result<void> done;
    switch (scenario) {
    case S::DqChannel:
    case S::DqStatus:
        done = issuanceStory(now, id, provider, value::app(), false, [=](CertDraft &c) {
            if (scenario == S::DqChannel)
                c.channel = QStringLiteral("kiosk");
            else
                c.status = QStringLiteral("suspended");
        });
        break;
    case S::DqRevokeReason:
        done = issuanceStory(now, id, provider, value::app(), false, {},
                             [=, this](qint64 certificateId, qint64 t) {
                                 after(t, m_rng.between(10, 60), [=, this](qint64 later) {
                                     return revoke(certificateId, QStringLiteral("lost_device"), later);
                                 });
                                 return Result<void> {};
                             });
        break;
    case S::DqMode:
    case S::DqRequestCitizen: {
        RequestDraft request;
        request.citizenId = scenario == S::DqRequestCitizen ? m_ids.unusedId(m_rng) : id;
        request.provider = code;
        request.mode = scenario == S::DqMode ? QStringLiteral("video") : value::home();
        request.registeredAt = now;
        auto rid = registerRequest(request);
        if (!rid)
            return rid.error();
        after(now, m_rng.between(10, 300),
              [=, this, requestId = *rid](qint64 t) { return cancelRequest(requestId, t); });
        break;
    }
    case S::DqCitizen:
    case S::DqProvider:
    case S::DqRequest:
    case S::DqReplaces: {
        CertDraft cert = programmeCert(scenario == S::DqCitizen ? m_ids.unusedId(m_rng) : id, provider,
                                       scenario == S::DqRequest ? value::huesRequest() : value::app(),
                                       now - m_rng.between(2, 20), now);
        if (scenario == S::DqProvider)
            cert.provider = code.section(QLatin1Char('-'), 0, 0) + QStringLiteral("_CA");
        else if (scenario == S::DqRequest)
            cert.requestId = dangling;
        else if (scenario == S::DqReplaces)
            cert.replacesId = dangling;
        auto recorded = record(cert);
        if (!recorded)
            return recorded.error();
        break;
    }
    default: // DqLookupProvider
        done = lookupCode(QStringLiteral("FPT"), {}, id, false, now);
        break;
    }
    if (!done)
        return done.error();
    return true;
}

} // namespace sw::demo
