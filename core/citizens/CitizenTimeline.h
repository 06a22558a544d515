#pragma once

#include "citizens/CitizenScan.h"
#include "rules/Finding.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::citizens {

struct CitizenRecords;

// One thing that happened to a citizen on Hue-S.
struct TimelineEvent
{
    // Also the order of events at the same second: a look-up comes before the issuance it precedes.
    enum class Kind {
        Lookup,
        RequestRegistered,
        CertificateActivated,
        CertificateRecorded,
        RequestCompleted,
        RequestCancelled,
        CertificateRevoked,
    };
    Kind kind = Kind::Lookup;
    std::optional<qint64> at; // nothing when the stored time is unreadable
    QString storedTime; // as stored, for an unreadable time
    QString recordKind; // "certificate", "request" or "lookup"
    qint64 recordId = 0;
    QString provider;
    QString staffId;
    std::optional<bool> found; // look-ups: what Hue-S answered (nothing: unreadable value)
    QString mode; // requests: home / phone
    QString channel; // certificates
    QString status;
    QString serial;
    QString freeUntil;
    QString revokeReason;
    std::optional<qint64> requestId;
    std::optional<qint64> replacesId;
    bool unreadable = false; // the row is a DATA_QUALITY finding: it takes part in no rule
    QList<rules::Finding> findings; // the findings whose subject this event shows
};

// §1.4: "the valid issuer under the programme is the provider whose record is on Hue-S". Read as
// of T: among the citizen's certificates held at T (recorded on Hue-S by T and not revoked by
// T; technical-error records count, §3.3; unreadable rows do not), the first in Hue-S order
// (recorded_at, id). After a proper switch the old certificate is revoked, so the new provider
// holds the citizen; when several are held (a duplicate), the first to reach Hue-S does.
struct Holder
{
    QString provider;
    qint64 certificateId = 0;
    qint64 recordedAt = 0;
    int othersHeld = 0; // further certificates held at T (each one a duplicate or superseded)
};

struct CitizenTimeline
{
    QString citizenId;
    QString fullName;
    QString birthDate;
    QString districtCode;
    bool inCitizensTable = true;
    qint64 asOf = 0;
    QList<TimelineEvent> events; // in time order; unreadable times last
    std::optional<Holder> holder;
    QList<rules::Finding> findings; // every finding on this citizen's rows as of T
    QStringList notJudged; // rules left to the full scan (rulesNeedingOtherCitizens())
};

// The timeline as Hue-S held it at `asOf` (rules.md "T"): rows recorded, registered or looked up
// after T are left out, and revocations, completions and cancellations after T are not there yet;
// activation times and statuses are shown as stored. Rows that are DATA_QUALITY findings are
// shown whatever their times, as the scan reports them.
CitizenTimeline buildTimeline(const CitizenRecords &records, const QList<rules::Finding> &findings,
                              qint64 asOf);

// Reads the records, runs the per-citizen scan and builds the timeline. For a worker thread.
Result<CitizenTimeline> loadCitizenTimeline(registry::RegistryConnection &connection,
                                            const QString &citizenId, const CitizenScanOptions &options);

} // namespace sw::citizens
