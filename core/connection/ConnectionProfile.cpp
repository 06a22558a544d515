#include "connection/ConnectionProfile.h"

#include <QCoreApplication>
#include <QSettings>

namespace sw::connection {

namespace {
const QString group = QStringLiteral("profiles");
}

ProfileStore::ProfileStore(QSettings &settings) : m_settings(settings) { }

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const int count = m_settings.beginReadArray(group);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        const QString name = m_settings.value(QStringLiteral("name")).toString();
        auto spec = ConnectionSpec::parse(m_settings.value(QStringLiteral("url")).toString());
        if (!name.isEmpty() && spec) // a damaged entry is skipped, not fatal
            result.append({name, *spec});
    }
    m_settings.endArray();
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
    m_settings.remove(group);
    m_settings.beginWriteArray(group, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), profiles[i].name);
        // The URL carries no password (ConnectionSpec never holds one).
        m_settings.setValue(QStringLiteral("url"), profiles[i].spec.toUrl());
    }
    m_settings.endArray();
    m_settings.sync();
}

} // namespace sw::connection
