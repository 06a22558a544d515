#pragma once

#include "rules/Finding.h"
#include "util/Result.h"

#include <QList>
#include <QMetaType>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sw::connection {
enum class Engine;
}

namespace sw::findings {

// One dated fact of a finding's records, for the detail pane's time line.
struct EvidenceEvent
{
    enum class Kind {
        Activated, // certificate activated by its provider
        Recorded, // certificate record reached Hue-S
        Revoked,
        RequestRegistered,
        RequestCompleted,
        RequestCancelled,
        LookedUp
    };
    enum class Role {
        Subject, // the finding's own record
        Evidence, // a record the finding names as evidence
        Context // another record of the same citizen
    };

    qint64 at = 0; // seconds since the epoch (UTC)
    Kind kind = Kind::Recorded;
    Role role = Role::Context;
    QString record; // "certificate", "request" or "lookup"
    qint64 recordId = 0;
    QString provider;
    QString citizenId;
    // certificate: channel, status, revoke reason; request: mode; look-up: found (as "1"/"0")
    QString channel;
    QString status;
    QString reason;
    QString mode;
    bool found = false;
};

// The finding's records as the registry holds them now, in time order (ties: record, then kind).
struct FindingEvidence
{
    QList<EvidenceEvent> events;
    // Certificates of the subject or evidence that are recorded but were never activated (no
    // activation event): their ids.
    QList<qint64> neverActivated;
};

// Reads the certificates, requests and look-ups behind `finding` from the registry: the
// subject, the evidence certificates, and the citizen's other certificates, requests and
// look-ups (look-ups: at most `lookupLimit`, nearest to the finding's time first).
Result<FindingEvidence> loadEvidence(const QSqlDatabase &registry, connection::Engine engine,
                                     const rules::Finding &finding, int lookupLimit = 50);

} // namespace sw::findings

Q_DECLARE_METATYPE(sw::findings::FindingEvidence)
