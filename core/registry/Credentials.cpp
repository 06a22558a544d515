#include "registry/Credentials.h"

#include "registry/SecretStore.h"

#include <QCoreApplication>

namespace sw::registry {

Result<QString> passwordWithoutPrompt(const ConnectionSpec &spec, SecretStore &secrets)
{
    if (spec.engine == Engine::Sqlite)
        return QString();
    // PGPASSWORD first: what scripts and CI set, and what libpq users expect.
    if (qEnvironmentVariableIsSet("PGPASSWORD"))
        return qEnvironmentVariable("PGPASSWORD");
    auto stored = secrets.read(spec.keychainKey());
    if (stored)
        return stored;
    Error error = stored.error();
    error.message = QCoreApplication::translate("Registry",
                                                "No password for %1: PGPASSWORD is not set and the keychain "
                                                "has none (save one with the console's connection dialog).")
                        .arg(spec.toUrl())
        + QLatin1Char(' ') + error.message;
    return error;
}

} // namespace sw::registry
