#pragma once

#include "registry/ConnectionSpec.h"
#include "util/Result.h"

namespace sw::registry {

class SecretStore;

// The password for a registry when no one can be asked (the command line): PGPASSWORD when set,
// otherwise the keychain entry of the connection. SQLite needs none: an empty string.
// Fails with a message that says where SignWatch looked.
Result<QString> passwordWithoutPrompt(const ConnectionSpec &spec, SecretStore &secrets);

} // namespace sw::registry
