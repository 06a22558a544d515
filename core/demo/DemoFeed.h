#pragma once

#include "demo/CampaignBuilder.h"
#include "demo/CitizenIdAllocator.h"
#include "demo/DemoMarker.h"
#include "demo/DemoRandom.h"
#include "demo/FeedStore.h"
#include "demo/ViolationPlanter.h"
#include "registry/RegistryConnection.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace sw::demo {

struct FeedOptions
{
    quint64 seed = 1;
    // 1: the demo's own rates of violations (ViolationPlanter::rates()); more to see findings sooner.
    double violationScale = 1.0;
};

// What a feed has written so far.
struct FeedSummary
{
    qint64 events = 0; // transactions committed
    qint64 lookups = 0;
    qint64 requests = 0; // registered
    qint64 completions = 0;
    qint64 cancellations = 0;
    qint64 certificates = 0; // recorded
    qint64 activations = 0; // activated after they were recorded (technical errors, pre-entered records)
    qint64 revocations = 0;
    qint64 citizens = 0; // near-duplicate identities registered
    // Rule code -> violation cases begun that aim at it (some need hours or days of feeding
    // before their record reaches Hue-S, or the clock makes them true: 48 hours, 7 days).
    QMap<QString, qint64> violations;
    // Rule code -> near misses begun (at a threshold, one second inside it; no finding meant,
    // though some pass through a finding for a moment, as a real registry would).
    QMap<QString, qint64> nearMisses;
};

// Keeps adding Hue-S activity to a registry that `signwatch-cli demo` made (DemoMarker): look-ups,
// requests registered then completed or cancelled, issuances on every channel, technical-error
// records later activated, revocations and switches of provider, and the demo's violations at
// the demo's rates (DemoRates.h, ViolationPlanter::rates()). Every row is stamped with `clock` as
// Hue-S stamps it: recorded_at when the record reaches Hue-S, the other times when they happen.
//
// The feed is a queue of stories: each step() is one event in its own short transaction (the
// live watch polls beside it and must never wait long): the earliest step that is due, or the
// first step of a new story. Later steps of a story wait in the queue until their time comes;
// steps still waiting when the feed stops are never written (as when a provider gives up).
class DemoFeed
{
public:
    // Refuses (Kind::InvalidInput) a registry without the demo's mark and a connection that may
    // not write.
    static Result<std::unique_ptr<DemoFeed>> open(registry::RegistryConnection &registry, const Clock &clock,
                                                  const FeedOptions &options);
    ~DemoFeed();

    // One event. A failed event is rolled back; the feed may go on after it.
    Result<void> step();

    const FeedSummary &summary() const { return m_summary; }
    const DemoMarker &marker() const { return m_marker; }
    qint64 pendingSteps() const { return qint64(m_queue.size()); }

private:
    using Action = std::function<Result<void>(qint64 now)>;
    enum class Story {
        Issuance,
        LaterLookup,
        Switch,
        CitizenRevocation,
        ErrorRevocation,
        NonHolderLookup,
        WithdrawnRequest,
        Violation
    };
    struct StoryWeight
    {
        Story story;
        ViolationPlanter::Scenario scenario;
        qint64 cumulative; // per million citizens, summed
    };

    DemoFeed(registry::RegistryConnection &registry, const Clock &clock, const FeedOptions &options,
             const DemoMarker &marker);
    Result<void> load();
    void buildWeights();

    // --- the queue ---------------------------------------------------------------------------
    void after(qint64 now, qint64 delay, Action action);
    void at(qint64 due, Action action);
    Result<void> startNew(qint64 now);
    Result<bool> startOrdinary(Story story, qint64 now);
    Result<bool> startViolation(ViolationPlanter::Scenario scenario, qint64 now);

    // --- picking ------------------------------------------------------------------------------
    int pickProvider();
    int pickOther(int notThis);
    int providerIndex(const QString &code) const;
    QString randomCitizenKey();
    // A citizen with no certificate and no story under way; nullopt when none turned up.
    Result<std::optional<FeedCitizen>> pickFreeCitizen(qint64 now);
    // A citizen holding exactly one certificate now (status active, a provider of the catalogue),
    // with no story under way: the held certificate. `programme`: not a legacy import, with a
    // free period; `legacy`: a legacy import.
    enum class Holding { Any, Programme, Legacy };
    Result<std::optional<FeedCertificate>> pickHolder(qint64 now, Holding holding = Holding::Any);
    // A field staff account free for a door-to-door visit now (visits kVisitSpacing apart), or a
    // new account.
    QString fieldStaff(int provider, qint64 now);
    QString newStaff(int provider);
    QString supportStaff(int provider);
    void busy(const QString &citizenId) { m_busy.insert(citizenId); }
    void release(const QString &citizenId) { m_busy.remove(citizenId); }

    // --- writing (inside step()'s transaction) ------------------------------------------------
    Result<void> lookup(int provider, const QString &staff, const QString &citizenId, bool found, qint64 at);
    Result<void> lookupCode(const QString &provider, const QString &staff, const QString &citizenId,
                            bool found, qint64 at);
    Result<qint64> record(const CertDraft &cert);
    Result<qint64> registerRequest(const RequestDraft &request);
    Result<void> revoke(qint64 certificateId, const QString &reason, qint64 at);
    Result<void> completeRequest(qint64 requestId, qint64 at);
    Result<void> cancelRequest(qint64 requestId, qint64 at);
    Result<void> activate(qint64 certificateId, qint64 at, const QString &provider);
    Result<void> addCitizen(const CitizenDraft &citizen);
    // A programme certificate recorded at `recordedAt`, activated at `activatedAt`, free for a year.
    CertDraft programmeCert(const QString &citizenId, int provider, const QString &channel,
                            qint64 activatedAt, qint64 recordedAt);
    // An activation moment for an issuance recorded now after a look-up at `lookedUpAt`: a few
    // seconds before now, never before the look-up.
    qint64 activationAfter(qint64 lookedUpAt, qint64 now);

    // --- stories ------------------------------------------------------------------------------
    // Look-up now, then the certificate (channel app, or door_to_door with `staff`) 5–90 s later;
    // `adjust` edits it; `then` runs in the same event with its id.
    Result<void> issuanceStory(qint64 now, const QString &citizenId, int provider, const QString &channel,
                               bool found, const std::function<void(CertDraft &)> &adjust = {},
                               const std::function<Result<void>(qint64 id, qint64 now)> &then = {},
                               const QString &staff = {});
    // A switch done properly: the held certificate revoked now, the new provider looks up, then
    // issues with replaces_id and the old free period; `adjust` edits the new certificate.
    Result<void> switchStory(qint64 now, const FeedCertificate &old,
                             const std::function<void(CertDraft &)> &adjust = {});
    Result<void> requestStory(const FeedCitizen &citizen, qint64 now);
    // The request's certificate recorded at `now` (activated at `activatedAt`, or a few seconds
    // before now), by the provider's support staff.
    Result<qint64> requestCertificate(const QString &citizenId, int provider, qint64 requestId,
                                      qint64 registeredAt, std::optional<qint64> activatedAt, qint64 now);
    Result<void> burstStory(int size, qint64 minGap, qint64 maxGap, qint64 now);
    Result<bool> nearDuplicateStory(ViolationPlanter::Scenario scenario, qint64 now);
    Result<bool> requestViolation(ViolationPlanter::Scenario scenario, qint64 now);
    Result<bool> dataQualityViolation(ViolationPlanter::Scenario scenario, qint64 now);
    void countViolation(const QString &rule) { ++m_summary.violations[rule]; }
    void countNearMiss(const QString &rule) { ++m_summary.nearMisses[rule]; }

    registry::RegistryConnection &m_registry;
    Clock m_clock;
    FeedOptions m_options;
    DemoMarker m_marker;
    FeedStore m_store;
    DemoRandom m_rng;
    CitizenIdAllocator m_ids;
    FeedSummary m_summary;

    struct Queued
    {
        qint64 due;
        quint64 order;
        bool operator<(const Queued &other) const
        {
            return due != other.due ? due < other.due : order < other.order;
        }
    };
    std::map<Queued, Action> m_queue;
    quint64 m_order = 0;
    std::vector<StoryWeight> m_weights;
    std::vector<bool> m_excluded; // per catalogue provider, at open
    std::vector<std::vector<int>> m_fieldStaff; // per provider: numbers of the accounts that visit households
    std::vector<int> m_nextStaff; // per provider: the next new account's number
    QHash<QString, qint64> m_lastVisit; // staff -> last door-to-door activation
    QSet<QString> m_busy; // citizens with a story under way
};

} // namespace sw::demo
