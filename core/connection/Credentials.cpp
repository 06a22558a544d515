#include "connection/Credentials.h"

#include "connection/SecretStore.h"

#include <QCoreApplication>

namespace sw::connection {

Result<Credentials> credentialsWithoutPrompt(const ConnectionSpec &spec, SecretStore &secrets)
{
    if (spec.engine == Engine::Sqlite)
        return Credentials();
    Credentials credentials;
    if (!spec.sslKey.isEmpty()) {
        // A key without a passphrase needs none: a missing entry is not an error.
        if (qEnvironmentVariableIsSet("SIGNWATCH_SSLKEY_PASSWORD"))
            credentials.sslKeyPassword = qEnvironmentVariable("SIGNWATCH_SSLKEY_PASSWORD");
        else if (auto stored = secrets.read(spec.sslKeyKeychainKey()))
            credentials.sslKeyPassword = *stored;
    }
    // PGPASSWORD first: what scripts and CI set, and what libpq users expect.
    if (qEnvironmentVariableIsSet("PGPASSWORD")) {
        credentials.password = qEnvironmentVariable("PGPASSWORD");
        return credentials;
    }
    auto stored = secrets.read(spec.keychainKey());
    if (stored) {
        credentials.password = *stored;
        return credentials;
    }
    if (!spec.sslCert.isEmpty())
        return credentials; // a client certificate may be all the server asks for
    Error error = stored.error();
    error.message = QCoreApplication::translate("Registry",
                                                "No password for %1: PGPASSWORD is not set and the keychain "
                                                "has none (save one with the console's connection dialog).")
                        .arg(spec.toUrl())
        + QLatin1Char(' ') + error.message;
    return error;
}

} // namespace sw::connection
