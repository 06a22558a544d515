#pragma once

#include "demo/CampaignBuilder.h"

#include <span>
#include <vector>

namespace sw::demo {

// Rule codes of rules.md, as DemoSummary::plantedViolations names them.
namespace rule {
inline QString duplicateIssuance()
{
    return QStringLiteral("DUPLICATE_ISSUANCE");
}
inline QString superseded()
{
    return QStringLiteral("SUPERSEDED");
}
inline QString lateUpdate()
{
    return QStringLiteral("LATE_UPDATE");
}
inline QString requestExpired()
{
    return QStringLiteral("REQUEST_EXPIRED");
}
inline QString prematureConfirmation()
{
    return QStringLiteral("PREMATURE_CONFIRMATION");
}
inline QString missingLookup()
{
    return QStringLiteral("MISSING_LOOKUP");
}
inline QString staleTechnicalError()
{
    return QStringLiteral("STALE_TECHNICAL_ERROR");
}
inline QString staffBurst()
{
    return QStringLiteral("STAFF_BURST");
}
inline QString freePeriod()
{
    return QStringLiteral("FREE_PERIOD");
}
inline QString excludedProvider()
{
    return QStringLiteral("EXCLUDED_PROVIDER");
}
inline QString legacyMislabel()
{
    return QStringLiteral("LEGACY_MISLABEL");
}
inline QString identityNearDuplicate()
{
    return QStringLiteral("IDENTITY_NEAR_DUPLICATE");
}
inline QString dataQuality()
{
    return QStringLiteral("DATA_QUALITY");
}
} // namespace rule

// The cases the demo plants among ordinary citizens: violations of every rule of rules.md at
// low rates, and the hard cases next to them (exact thresholds that give no finding, one second
// past them that does, ties, late revocations). Each case has a fixed minimum, so even a
// 1,000-citizen registry holds every one, plus a rate per million citizens.
class ViolationPlanter
{
public:
    enum class Scenario {
        DupOtherProvider,
        DupSameProvider,
        DupHeldLegacy,
        DupSwitchRevokedLate,
        DupRevocationInFuture,
        DupSameSecond,
        SupersededLateRecord,
        SupersededTie,
        LateExactLimit,
        LateOneSecondOver,
        LateDays,
        RequestExactDeadline,
        RequestOneSecondLate,
        RequestCancelledInTime,
        RequestCancelledLate,
        RequestStillOpen,
        RequestServedLate,
        PrematureSkewLimit,
        PrematureOneSecondOver,
        PrematurePreEntered,
        PrematureNoActivation,
        PrematureRequestNoCertificate,
        PrematureRequestBeforeActivation,
        PrematureRequestSkewLimit,
        LookupOtherProviderOnly,
        LookupOneSecondTooEarly,
        LookupExactWindow,
        LookupAfterIssuance,
        LookupMissing,
        TechnicalErrorStale,
        TechnicalErrorActivated,
        BurstOfTen,
        BurstOfNine,
        BurstSpread,
        FreeRestartedOnSwitch,
        FreeSwitchWithinTolerance,
        FreeCutShort,
        FreeExactMinimum,
        FreeMissing,
        FreeMissingOnSwitch,
        ExcludedAtExclusion,
        ExcludedJustBefore,
        ExcludedAfter,
        LegacyAtProgrammeStart,
        LegacyNeverActivated,
        LegacyDuringCampaign,
        LegacyJustBefore,
        NearDuplicateOneDigit,
        NearDuplicateSwap,
        NearDuplicateOtherBirthDate,
        DqChannel,
        DqStatus,
        DqRevokeReason,
        DqMode,
        DqCitizen,
        DqProvider,
        DqRequest,
        DqReplaces,
        DqRequestCitizen,
        DqLookupProvider,
    };

    struct ScenarioRate
    {
        Scenario scenario;
        int minimum; // at least this many, whatever the size
        int perMillion; // per million citizens
    };
    // Every case with its rate; the live feed (DemoFeed) plants them at the same rates.
    static std::span<const ScenarioRate> rates();

    ViolationPlanter(CampaignBuilder &builder, DemoSummary &summary);

    // The cases for a registry of `citizens`, shuffled, each once per occurrence; `rate`
    // multiplies the rates per million (DemoOptions::violationRate).
    std::vector<Scenario> schedule(qint64 citizens, int rate = 1);
    // How many citizens rows a case writes.
    static int citizensUsed(Scenario scenario);
    void plant(Scenario scenario);

private:
    void count(const QString &ruleCode, qint64 findings = 1);
    CitizenDraft newCitizen();
    int otherPlain(int provider);
    qint64 anyDaytime(int firstDay = 5, int lastDay = 300);
    void duplicate(Scenario scenario);
    void superseded(Scenario scenario);
    void requestCase(Scenario scenario);
    void premature(Scenario scenario);
    void lookupCase(Scenario scenario);
    void doorToDoorCase(Scenario scenario);
    void burst(int size, qint64 minGap, qint64 maxGap);
    void freePeriod(Scenario scenario);
    void legacy(Scenario scenario);
    void nearDuplicate(Scenario scenario);
    void dataQuality(Scenario scenario);
    // A switch: the old certificate revoked at `revokedAt` (switch_provider), the new one issued
    // after `newActivation`; `adjust` edits the new draft (its old one is given).
    void switchCase(const QString &citizenId, qint64 firstActivation, qint64 revokedAt, qint64 newActivation,
                    const std::function<void(CertDraft &, const CertDraft &)> &adjust);
    qint64 writeLegacy(const QString &citizenId, int provider, std::optional<qint64> activatedAt,
                       qint64 recordedAt);

    CampaignBuilder &m_builder;
    DemoSummary &m_summary;
    DemoRandom &m_rng;
    qint64 m_danglingIds = 900000000; // ids no row has: for dangling request/replaces references
};

} // namespace sw::demo
