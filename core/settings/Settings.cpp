#include "settings/Settings.h"

#include <QCoreApplication>

#include <map>

namespace sw::settings {

namespace {
const QString versionKey = QStringLiteral("schemaVersion");
// Not "general/…": QSettings reads an INI section named [general] (any case) as its top level, so
// such a key never reads back from the file.
const QString languageKey = QStringLiteral("interface/language");
const QString lastProfileKey = QStringLiteral("connection/lastProfile");
const QString lastUrlKey = QStringLiteral("connection/lastUrl");

// Every setting and its default, in one table. Keys not listed here are refused by value().
const std::map<QString, QVariant> &defaults()
{
    static const std::map<QString, QVariant> table = {
        {languageKey, QStringLiteral("vi")},
        {lastProfileKey, QString()},
        {lastUrlKey, QString()},
        {QStringLiteral("window/geometry"), QByteArray()},
        {QStringLiteral("window/state"), QByteArray()},
        {QStringLiteral("window/splitter"), QByteArray()},
        {QStringLiteral("window/page"), 0},
        {QStringLiteral("overview/header"), QByteArray()},
        {QStringLiteral("overview/splitter"), QByteArray()},
        {QStringLiteral("overview/filter"), QVariantMap()},
        {QStringLiteral("findings/state"), QByteArray()},
        {QStringLiteral("citizens/timelineHeader"), QByteArray()},
        // The console's own stores; empty: the standard place (AppDataLocation).
        {QStringLiteral("casebook/path"), QString()},
        {QStringLiteral("findings/storePath"), QString()},
        // The Department's portal for announcements (§5.3); its token is in the keychain.
        {QStringLiteral("publishing/endpoint"), QString()},
        {QStringLiteral("publishing/timeoutSeconds"), 30},
        {QStringLiteral("complaints/state"), QByteArray()},
        {QStringLiteral("cases/state"), QByteArray()},
        {QStringLiteral("documents/state"), QByteArray()},
        // The periodic report's own texts and settings: next month's report starts from them.
        {QStringLiteral("reports/draft"), QVariantMap()},
    };
    return table;
}
} // namespace

Settings::Settings()
    : m_store(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("SignWatch"),
              QStringLiteral("SignWatch"))
{
    migrate();
}

Settings::Settings(const QString &iniPath) : m_store(iniPath, QSettings::IniFormat)
{
    migrate();
}

void Settings::migrate()
{
    const int stored = m_store.value(versionKey, 0).toInt();
    // Version 0 -> 1: nothing to convert (first schema). Later versions add steps here, one per
    // version, so that any older file is brought forward step by step.
    // 1 -> 2: the language moved out of "general/" (which the INI file reads back as a top-level
    // "language" key).
    if (stored < 2 && m_store.contains(QStringLiteral("language"))) {
        m_store.setValue(languageKey, m_store.value(QStringLiteral("language")));
        m_store.remove(QStringLiteral("language"));
    }
    if (stored < schemaVersion)
        m_store.setValue(versionKey, schemaVersion);
}

QVariant Settings::value(const QString &key) const
{
    const auto found = defaults().find(key);
    Q_ASSERT_X(found != defaults().end(), "Settings::value", "key missing from the defaults table");
    return m_store.value(key, found == defaults().end() ? QVariant() : found->second);
}

void Settings::setValue(const QString &key, const QVariant &value)
{
    Q_ASSERT_X(defaults().count(key), "Settings::setValue", "key missing from the defaults table");
    m_store.setValue(key, value);
}

QString Settings::language() const
{
    const QString language = value(languageKey).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("vi");
}

void Settings::setLanguage(const QString &language)
{
    setValue(languageKey, language);
}

QString Settings::lastProfile() const
{
    return value(lastProfileKey).toString();
}

void Settings::setLastProfile(const QString &name)
{
    setValue(lastProfileKey, name);
}

QString Settings::lastRegistryUrl() const
{
    return value(lastUrlKey).toString();
}

void Settings::setLastRegistryUrl(const QString &url)
{
    setValue(lastUrlKey, url);
}

QMap<QString, QString> Settings::thresholdOverrides() const
{
    QMap<QString, QString> overrides;
    QSettings &store = const_cast<QSettings &>(m_store);
    store.beginGroup(QStringLiteral("thresholds"));
    for (const QString &key : store.childKeys())
        overrides.insert(key, store.value(key).toString());
    store.endGroup();
    return overrides;
}

void Settings::setThresholdOverride(const QString &name, const QString &value)
{
    const QString key = QStringLiteral("thresholds/") + name;
    if (value.isEmpty())
        m_store.remove(key);
    else
        m_store.setValue(key, value);
}

} // namespace sw::settings
