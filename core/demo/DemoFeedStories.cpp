// The stories DemoFeed tells: the ordinary campaign's activity and the demo's violations, each
// as the events Hue-S would see, one step at a time (DemoFeed.h).
#include "demo/DemoCatalog.h"
#include "demo/DemoFeed.h"
#include "demo/DemoRates.h"

#include <QCoreApplication>

namespace sw::demo {

namespace {
using S = ViolationPlanter::Scenario;
} // namespace

// --- building blocks -----------------------------------------------------------------------

Result<void> DemoFeed::issuanceStory(qint64 now, const QString &citizenId, int provider,
                                     const QString &channel, bool found,
                                     const std::function<void(CertDraft &)> &adjust,
                                     const std::function<Result<void>(qint64 id, qint64 now)> &then,
                                     const QString &staff)
{
    // §1.3, §3.2: the provider looks the citizen up on Hue-S, then issues.
    busy(citizenId);
    if (auto looked = lookup(provider, staff, citizenId, found, now); !looked)
        return looked;
    after(now, m_rng.between(5, 90), [=, this](qint64 t) -> Result<void> {
        CertDraft cert = programmeCert(citizenId, provider, channel, activationAfter(now, t), t);
        cert.staffId = staff;
        if (adjust)
            adjust(cert);
        auto id = record(cert);
        if (!id)
            return id.error();
        release(citizenId);
        return then ? then(*id, t) : Result<void> {};
    });
    return {};
}

Result<void> DemoFeed::switchStory(qint64 now, const FeedCertificate &old,
                                   const std::function<void(CertDraft &)> &adjust)
{
    // §1.5: the old certificate is revoked first; the new provider looks up (nothing held any
    // more), issues, and keeps the old free period.
    busy(old.citizenId);
    if (auto revoked = revoke(old.id, value::switchProvider(), now); !revoked)
        return revoked;
    const int provider = pickOther(providerIndex(old.provider));
    after(now, m_rng.between(10, 120), [=, this](qint64 t) {
        return issuanceStory(t, old.citizenId, provider, value::app(), false, [=](CertDraft &c) {
            c.replacesId = old.id;
            c.freeUntil
                = old.freeUntil ? old.freeUntil : std::optional<qint64>(utcDate(*c.activatedAt) + 365);
            if (adjust)
                adjust(c);
        });
    });
    return {};
}

Result<qint64> DemoFeed::requestCertificate(const QString &citizenId, int provider, qint64 requestId,
                                            qint64 registeredAt, std::optional<qint64> activatedAt,
                                            qint64 now)
{
    const qint64 activation = activatedAt ? *activatedAt : activationAfter(registeredAt, now);
    CertDraft cert = programmeCert(citizenId, provider, value::huesRequest(), activation, now);
    cert.staffId = supportStaff(provider);
    cert.requestId = requestId;
    return record(cert);
}

Result<void> DemoFeed::requestStory(const FeedCitizen &citizen, qint64 now)
{
    // §4: the citizen registers a need on Hue-S; the chosen provider serves it (often with a
    // look-up first), records the certificate, then marks the request done (§4.3).
    busy(citizen.id);
    const int provider = pickProvider();
    RequestDraft request;
    request.citizenId = citizen.id;
    request.provider = DemoCatalog::instance().providers()[size_t(provider)].code;
    request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
    request.registeredAt = now;
    auto requestId = registerRequest(request);
    if (!requestId)
        return requestId.error();
    const QString citizenId = citizen.id;
    const qint64 id = *requestId;
    auto serve = [=, this](qint64 lookedUpAt) -> Action {
        return [=, this](qint64 t) -> Result<void> {
            if (auto cert = requestCertificate(citizenId, provider, id, lookedUpAt, std::nullopt, t); !cert)
                return cert.error();
            after(t, m_rng.between(0, 60), [=, this](qint64 done) {
                release(citizenId);
                return completeRequest(id, done);
            });
            return {};
        };
    };
    after(now, m_rng.between(10, 180), [=, this](qint64 t) -> Result<void> {
        if (!m_rng.chance(500000))
            return serve(now)(t);
        if (auto looked = lookup(provider, supportStaff(provider), citizenId, false, t); !looked)
            return looked;
        after(t, m_rng.between(5, 60), serve(t));
        return {};
    });
    return {};
}

Result<void> DemoFeed::burstStory(int size, qint64 minGap, qint64 maxGap, qint64 now)
{
    // §1.6, §3.1: one dedicated account enters household after household.
    const int provider = pickProvider();
    const QString staff = newStaff(provider);
    auto visit = std::make_shared<std::function<Result<void>(int, qint64)>>();
    *visit = [=, this](int left, qint64 t) -> Result<void> {
        auto citizen = pickFreeCitizen(t);
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return {}; // nobody left to visit: the burst ends early
        const qint64 gap = m_rng.between(minGap, maxGap);
        if (auto issued
            = issuanceStory(t, (*citizen)->id, provider, value::doorToDoor(), false, {}, {}, staff);
            !issued)
            return issued;
        if (left > 1)
            after(t, gap, [=](qint64 next) { return (*visit)(left - 1, next); });
        return {};
    };
    return (*visit)(size, now);
}

// --- ordinary activity ---------------------------------------------------------------------

Result<bool> DemoFeed::startOrdinary(Story story, qint64 now)
{
    switch (story) {
    case Story::Issuance: {
        auto citizen = pickFreeCitizen(now);
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        // The campaign's channels: door-to-door months, then citizens applying themselves.
        const bool phaseOne = m_rng.chance(kInPhaseOne);
        const quint64 draw = m_rng.below(1000);
        const int provider = pickProvider();
        const QString &id = (*citizen)->id;
        Result<void> done;
        if (draw < (phaseOne ? 820u : 5u))
            done = issuanceStory(now, id, provider, value::doorToDoor(), false, {}, {},
                                 fieldStaff(provider, now));
        else if (draw < (phaseOne ? 940u : 555u))
            done = issuanceStory(now, id, provider, value::app(), false);
        else
            done = requestStory(**citizen, now);
        if (!done)
            return done.error();
        return true;
    }
    case Story::LaterLookup: {
        // Another provider checks; Hue-S answers "found", and it issues nothing (§3.2).
        auto holder = pickHolder(now);
        if (!holder)
            return holder.error();
        if (!*holder)
            return false;
        if (auto done
            = lookup(pickOther(providerIndex((*holder)->provider)), {}, (*holder)->citizenId, true, now);
            !done)
            return done.error();
        return true;
    }
    case Story::Switch:
    case Story::CitizenRevocation:
    case Story::ErrorRevocation: {
        auto holder = pickHolder(now);
        if (!holder)
            return holder.error();
        if (!*holder)
            return false;
        Result<void> done = story == Story::Switch
            ? switchStory(now, **holder)
            : revoke((*holder)->id,
                     story == Story::CitizenRevocation ? value::citizenRequest() : value::error(), now);
        if (!done)
            return done.error();
        return true;
    }
    case Story::NonHolderLookup: {
        // Visited or looked up, but the citizen does not sign up (yet).
        auto citizen = pickFreeCitizen(now);
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const int provider = pickProvider();
        const QString id = (*citizen)->id;
        if (auto done
            = lookup(provider, m_rng.chance(650000) ? supportStaff(provider) : QString(), id, false, now);
            !done)
            return done.error();
        if (m_rng.chance(kNonHolderSecondLookups)) {
            busy(id);
            const int other = pickOther(provider);
            after(now, m_rng.between(30, 300), [=, this](qint64 t) {
                release(id);
                return lookup(other, {}, id, false, t);
            });
        }
        return true;
    }
    case Story::WithdrawnRequest: {
        // §4.4: the citizen may change their mind and withdraw the request in time.
        auto citizen = pickFreeCitizen(now);
        if (!citizen)
            return citizen.error();
        if (!*citizen)
            return false;
        const QString id = (*citizen)->id;
        RequestDraft request;
        request.citizenId = id;
        request.provider = DemoCatalog::instance().providers()[size_t(pickProvider())].code;
        request.mode = m_rng.chance(kHomeMode) ? value::home() : value::phone();
        request.registeredAt = now;
        auto requestId = registerRequest(request);
        if (!requestId)
            return requestId.error();
        busy(id);
        after(now, m_rng.between(10, 300), [=, this, rid = *requestId](qint64 t) {
            release(id);
            return cancelRequest(rid, t);
        });
        return true;
    }
    case Story::Violation:
        break;
    }
    return false;
}

} // namespace sw::demo
