#pragma once

#include "connection/ConnectionSpec.h"
#include "util/Result.h"

namespace sw::connection {

class SecretStore;

// The secrets a connection needs, in memory only: the server password and, for a client key kept
// encrypted on disk, its passphrase. Made from a plain password where no key is involved (SQLite,
// password-only servers), hence the implicit conversion.
struct Credentials
{
    Credentials() = default;
    Credentials(QString password, QString sslKeyPassword = {})
        : password(std::move(password)), sslKeyPassword(std::move(sslKeyPassword))
    { }

    QString password;
    QString sslKeyPassword;
};

// The credentials for a registry when no one can be asked (the command line). The password:
// PGPASSWORD when set, otherwise the keychain entry of the connection. The client key's
// passphrase, when the spec names a key: SIGNWATCH_SSLKEY_PASSWORD when set, otherwise its
// keychain entry, otherwise none (an unencrypted key). SQLite needs neither. Fails with a message
// that says where SignWatch looked for the password, unless the spec names a client certificate
// (a server may authenticate by the certificate alone: then the password stays empty).
Result<Credentials> credentialsWithoutPrompt(const ConnectionSpec &spec, SecretStore &secrets);

} // namespace sw::connection
