#pragma once

#include "publishing/Outbox.h"
#include "util/Result.h"

namespace sw::casebook {
class CaseDocuments;
}

namespace sw::publishing {

// What the outbox sends for a case's signed announcement (no citizen data): its number and subject,
// the signed PDF as stored in the casebook, and what the portal lists with it. Any other document
// (minutes, a draft) is refused. Publishing reads the casebook; the casebook knows nothing of it.
Result<NewPublication> publicationOf(const casebook::CaseDocuments &caseDocuments, qint64 documentId);

} // namespace sw::publishing
