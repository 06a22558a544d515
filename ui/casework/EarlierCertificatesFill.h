#pragma once

#include "casebook/CaseDocuments.h"
#include "util/Result.h"

#include <functional>

class QObject;

namespace sw::registry {
class RegistrySession;
}

namespace sw::ui {

// §1.4 (issue 15): a minutes draft's duplicates get the certificate the citizen already held, its
// provider and the moment it reached Hue-S, read from the open registry in the session's worker
// (citizens::fillEarlierCertificates, read-only); the draft is saved when that changed it. `done`
// gets the document as it stands afterwards, or the error (the draft is then as it was); it is not
// called when `context` is gone or the registry was closed meanwhile.
void fillEarlierCertificates(registry::RegistrySession &session, casebook::CaseDocuments &documents,
                             const casebook::CaseDocument &draft, QObject *context,
                             std::function<void(Result<casebook::CaseDocument>)> done);

} // namespace sw::ui
