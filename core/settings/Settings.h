#pragma once

#include <QMap>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace sw::settings {

// The console's typed settings. Every key with its default is in one table (Settings.cpp); the
// file carries a schema version so that later versions can migrate it step by step. Secrets never
// go here: passwords and tokens live in the system keychain.
class Settings
{
public:
    static constexpr int schemaVersion = 2;

    // The platform's settings file (organisation "SignWatch").
    Settings();
    // A settings file at an explicit path (tests).
    explicit Settings(const QString &iniPath);

    QSettings &store() { return m_store; }

    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString &language);
    QString lastProfile() const; // the profile opened last, or empty
    void setLastProfile(const QString &name);
    QString lastRegistryUrl() const; // the registry opened last (no password), or empty
    void setLastRegistryUrl(const QString &url);

    // Rule thresholds the user changed (name -> value as text, see rules/Thresholds.h); the
    // rest keep the defaults of spec/rules.md.
    QMap<QString, QString> thresholdOverrides() const;
    void setThresholdOverride(const QString &name, const QString &value); // empty value: default

    // Raw access for keys listed in the defaults table (window state, column widths...).
    QVariant value(const QString &key) const;
    void setValue(const QString &key, const QVariant &value);

private:
    void migrate();
    QSettings m_store;
};

} // namespace sw::settings
