#pragma once

#include "documents/MinutesData.h"
#include "util/Result.h"

namespace sw::registry {
class RegistryConnection;
}

namespace sw::citizens {

// §1.4: Hue-S is the record of issuance, so for a duplicate (DUPLICATE_ISSUANCE, SUPERSEDED) the
// proof is the certificate the citizen already held: who issued it and when it reached Hue-S.
// Reads, read-only, the certificates each evidence row names (EvidenceRow::earlierCertificates)
// and sets the row's earlierProvider and earlierRecordedAt from the earliest of them on Hue-S
// (by recorded_at, then id; a row whose recorded_at is not a contract time gives its provider
// only). Rows naming no certificate, or only ids the registry does not hold, are left as they are.
// One prepared query per batch of ids, on SQLite and PostgreSQL alike. Gives the number of rows set.
Result<int> fillEarlierCertificates(registry::RegistryConnection &connection,
                                    documents::MinutesData &minutes);

} // namespace sw::citizens
