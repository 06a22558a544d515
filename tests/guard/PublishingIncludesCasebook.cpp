// Not part of the build: the test publishing_sees_casebook builds this file as a publishing source
// is built and expects it to compile: publishing may use the casebook (and the connection and
// util modules), so the probes that fail do so for the include they test, not for the set-up.
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "connection/SqlError.h"
#include "publishing/Outbox.h"
#include "util/Result.h"

int signwatchPublishingProbe()
{
    return sizeof(sw::publishing::NewPublication) + sizeof(sw::casebook::CaseDocument);
}
