#include "settings/ProfileStore.h"

#include "settings/Settings.h"

#include <QCoreApplication>

namespace sw::settings {

using connection::ConnectionProfile;
using connection::ConnectionSpec;

ProfileStore::ProfileStore(Settings &settings) : m_settings(settings) { }

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    for (const Settings::StoredProfile &stored : m_settings.storedProfiles()) {
        auto spec = ConnectionSpec::parse(stored.url);
        if (!stored.name.isEmpty() && spec) // a damaged entry is skipped, not fatal
            result.append({stored.name, *spec});
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &p : profiles())
        if (p.name == name)
            return p;
    return std::nullopt;
}

Result<void> ProfileStore::save(const ConnectionProfile &profile)
{
    if (profile.name.trimmed().isEmpty())
        return Error::make(QCoreApplication::translate("Registry", "A profile needs a name."), {},
                           Error::Kind::InvalidInput);
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile &p : all)
        if (p.name == profile.name) {
            p = profile;
            replaced = true;
        }
    if (!replaced)
        all.append(profile);
    writeAll(all);
    return {};
}

void ProfileStore::remove(const QString &name)
{
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&](const ConnectionProfile &p) { return p.name == name; });
    writeAll(all);
}

void ProfileStore::writeAll(const QList<ConnectionProfile> &profiles)
{
    QList<Settings::StoredProfile> stored;
    for (const ConnectionProfile &p : profiles)
        stored.append(
            {p.name, p.spec.toUrl()}); // the URL carries no password (ConnectionSpec never holds one)
    m_settings.setStoredProfiles(stored);
}

} // namespace sw::settings
