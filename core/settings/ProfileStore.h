#pragma once

#include "connection/ConnectionProfile.h"
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

    QList<connection::ConnectionProfile> profiles() const;
    std::optional<connection::ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile of that name. Fails on an empty name.
    Result<void> save(const connection::ConnectionProfile &profile);
    void remove(const QString &name);

private:
    void writeAll(const QList<connection::ConnectionProfile> &profiles);
    Settings &m_settings;
};

} // namespace sw::settings
