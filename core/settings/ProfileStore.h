#pragma once

#include "registry/ConnectionProfile.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sw::settings {

class Settings;

// Connection profiles kept in the settings (group "profiles"), in the order the user saved them.
class ProfileStore
{
public:
    explicit ProfileStore(Settings &settings);

    QList<registry::ConnectionProfile> profiles() const;
    std::optional<registry::ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile of that name. Fails on an empty name.
    Result<void> save(const registry::ConnectionProfile &profile);
    void remove(const QString &name);

private:
    void writeAll(const QList<registry::ConnectionProfile> &profiles);
    Settings &m_settings;
};

} // namespace sw::settings
