// The demo's violations as they happen live (continued from DemoFeedViolations.cpp): requests,
// near-duplicate identities and rows the rules cannot read.
#include "demo/DemoCatalog.h"
#include "demo/DemoFeed.h"
#include "demo/DemoRates.h"

namespace sw::demo {

namespace {
using S = ViolationPlanter::Scenario;
} // namespace

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
