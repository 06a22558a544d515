#pragma once

#include "demo/DemoCalendar.h"

#include <QtGlobal>

namespace sw::demo {

// How often things happen in the demo campaign: the generator (CampaignBuilder, ViolationPlanter)
// writes the 2023–2024 campaign with them, and the live feed (DemoFeed) keeps adding activity at
// the same rates, so both tell one story.

// Ordinary citizens, per million (registry.md "Sizes to plan for": about half hold a signature).
constexpr int kLegacyHolders = 25000; // signed before the programme, imported (§2.3)
constexpr int kProgrammeHolders = 485000; // issued during the campaign
// Per million programme holders.
constexpr int kInPhaseOne = 620000; // the door-to-door months carried most of the campaign
constexpr int kSwitches = 15000; // switched provider later (§1.5)
constexpr int kCitizenRevocations = 4000;
constexpr int kErrorRevocations = 1000;
constexpr int kLaterLookups = 250000; // another provider checked later and found the record
// Per million legacy holders: another provider checked later and found the imported record.
constexpr int kLegacyLaterLookups = 200000;
// Per million citizens without a signature.
constexpr int kNonHolderLookups = 400000; // visited or looked up, but did not sign up (yet)
constexpr int kNonHolderSecondLookups = 150000; // per million of those: another provider later
constexpr int kWithdrawnRequests = 40000; // a Hue-S request withdrawn in time (§4.4)
// Per million citizens asked for a request: the share served at home (the rest by phone).
constexpr int kHomeMode = 550000;

// Door-to-door visits of one field staff account: at most 16 a day, about 36 minutes apart, so
// that ordinary data never forms a STAFF_BURST.
constexpr int kVisitsPerDay = 16;
constexpr qint64 kVisitSpacing = 36 * kMinute;

// The default thresholds of rules.md that the planted cases sit on, exactly or one second past.
constexpr qint64 kLateUpdate = 86400; // late_update
constexpr qint64 kRequestDeadline = 172800; // §4.4: 48 hours
constexpr qint64 kLookupWindow = 86400; // lookup_window
constexpr qint64 kPrematureTolerance = 300; // premature_tolerance
constexpr qint64 kTechErrorGrace = 604800; // techerr_grace

} // namespace sw::demo
