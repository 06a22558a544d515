#pragma once

#include "util/Result.h"

#include <QString>

namespace sw::connection {

// Passwords in the system keychain (QtKeychain: the Secret Service on Debian), never in settings
// or logs. The calls wait for the keychain (a D-Bus round trip, milliseconds) in a local event
// loop, so they work in the CLI and in worker threads alike.
// Errors: Kind::NotFound when the entry does not exist, Kind::Unavailable when there is no
// keychain (no D-Bus session, no Secret Service), Kind::AccessDenied when it is locked or refused.
class SecretStore
{
public:
    explicit SecretStore(QString service = QStringLiteral("SignWatch"));

    Result<QString> read(const QString &key) const;
    Result<void> write(const QString &key, const QString &secret);
    Result<void> remove(const QString &key);

private:
    QString m_service;
};

} // namespace sw::connection
