#pragma once

#include "connection/ConnectionSpec.h"

#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace sw::connection {

// A saved connection: a name the user chose and where the registry lives. The password is in
// the keychain under spec.keychainKey(), never here.
struct ConnectionProfile
{
    QString name;
    ConnectionSpec spec;

    bool operator==(const ConnectionProfile &) const = default;
};

// Profiles kept in the settings (group "profiles"), in the order the user saved them.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings &settings);

    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile of that name. Fails on an empty name.
    Result<void> save(const ConnectionProfile &profile);
    void remove(const QString &name);

private:
    void writeAll(const QList<ConnectionProfile> &profiles);
    QSettings &m_settings;
};

} // namespace sw::connection
