#include "settings/Settings.h"

#include <QSettings>

namespace sw::settings {

// Every setting, as stored in the file, in the order of table() below.
enum class Settings::Key {
    Language,
    LastProfile,
    LastRegistryUrl,
    WindowGeometry,
    WindowState,
    WindowPage,
    NavigationSplitter,
    OverviewHeader,
    OverviewSplitter,
    OverviewFilter,
    FindingsState,
    CitizensTimelineHeader,
    ComplaintsState,
    CasesState,
    DocumentsState,
    CasebookPath,
    CasebookUrl,
    FindingsStorePath,
    SigningKey,
    SigningPkcs11Module,
    SigningSignatureImage,
    SigningSealKey,
    SigningSealPkcs11Module,
    SigningSealImage,
    SigningTimestampUrl,
    SigningTrustAnchors,
    PublishingEndpoint,
    PublishingTimeoutSeconds,
    ReportsDraft,
    LiveIntervalMs,
    LiveWatermarks,
    Count
};

namespace {
const QString versionKey = QStringLiteral("schemaVersion");
// Groups of keys named at run time: a threshold's name (rules/Thresholds.h), a profile's index.
const QString thresholdsGroup = QStringLiteral("thresholds");
const QString profilesGroup = QStringLiteral("profiles");

} // namespace

// Every setting and its default, in one table, in the order of Settings::Key. The names are those
// earlier versions wrote, so that their files still load.
const QList<Settings::Entry> &Settings::entries()
{
    static const QList<Entry> table = {
        // Not "general/…": QSettings reads an INI section named [general] (any case) as its top
        // level, so such a key never reads back from the file.
        {QStringLiteral("interface/language"), QStringLiteral("vi")},
        {QStringLiteral("connection/lastProfile"), QString()},
        {QStringLiteral("connection/lastUrl"), QString()},
        {QStringLiteral("window/geometry"), QByteArray()},
        {QStringLiteral("window/state"), QByteArray()},
        {QStringLiteral("window/page"), 0},
        {QStringLiteral("window/splitter"), QByteArray()},
        {QStringLiteral("overview/header"), QByteArray()},
        {QStringLiteral("overview/splitter"), QByteArray()},
        {QStringLiteral("overview/filter"), QVariantMap()},
        {QStringLiteral("findings/state"), QByteArray()},
        {QStringLiteral("citizens/timelineHeader"), QByteArray()},
        {QStringLiteral("complaints/state"), QByteArray()},
        {QStringLiteral("cases/state"), QByteArray()},
        {QStringLiteral("documents/state"), QByteArray()},
        {QStringLiteral("casebook/path"), QString()},
        {QStringLiteral("casebook/url"), QString()},
        {QStringLiteral("findings/storePath"), QString()},
        {QStringLiteral("signing/key"), QString()},
        {QStringLiteral("signing/pkcs11Module"), QString()},
        {QStringLiteral("signing/signatureImage"), QString()},
        {QStringLiteral("signing/sealKey"), QString()},
        {QStringLiteral("signing/sealPkcs11Module"), QString()},
        {QStringLiteral("signing/sealImage"), QString()},
        {QStringLiteral("signing/timestampUrl"), QString()},
        {QStringLiteral("signing/trustAnchors"), QStringList()},
        {QStringLiteral("publishing/endpoint"), QString()},
        {QStringLiteral("publishing/timeoutSeconds"), 30},
        {QStringLiteral("reports/draft"), QVariantMap()},
        {QStringLiteral("findings/liveIntervalMs"), 5000},
        {QStringLiteral("findings/liveWatermarks"), QVariantMap()},
    };
    Q_ASSERT(table.size() == qsizetype(Key::Count));
    return table;
}

Settings::Settings()
    : m_store(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                          QStringLiteral("SignWatch"), QStringLiteral("SignWatch")))
{
    migrate();
}

Settings::Settings(const QString &iniPath)
    : m_store(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
    migrate();
}

Settings::~Settings() = default;

QList<Settings::Entry> Settings::table()
{
    return entries();
}

const Settings::Entry &Settings::entry(Key key)
{
    return entries().at(qsizetype(key));
}

void Settings::sync()
{
    m_store->sync();
}

void Settings::migrate()
{
    const int stored = m_store->value(versionKey, 0).toInt();
    // Version 0 -> 1: nothing to convert (first schema). Later versions add steps here, one per
    // version, so that any older file is brought forward step by step.
    // 1 -> 2: the language moved out of "general/" (which the INI file reads back as a top-level
    // "language" key).
    const QString oldLanguageKey = QStringLiteral("language");
    if (stored < 2 && m_store->contains(oldLanguageKey)) {
        m_store->setValue(entry(Key::Language).key, m_store->value(oldLanguageKey));
        m_store->remove(oldLanguageKey);
    }
    if (stored < schemaVersion)
        m_store->setValue(versionKey, schemaVersion);
}

QVariant Settings::value(Key key) const
{
    const Entry &e = entry(key);
    return m_store->value(e.key, e.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_store->setValue(entry(key).key, value);
}

QString Settings::language() const
{
    const QString language = value(Key::Language).toString();
    return language == QLatin1String("en") ? language : QStringLiteral("vi");
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

QString Settings::lastProfile() const
{
    return value(Key::LastProfile).toString();
}

void Settings::setLastProfile(const QString &name)
{
    setValue(Key::LastProfile, name);
}

QString Settings::lastRegistryUrl() const
{
    return value(Key::LastRegistryUrl).toString();
}

void Settings::setLastRegistryUrl(const QString &url)
{
    setValue(Key::LastRegistryUrl, url);
}

QByteArray Settings::windowGeometry() const
{
    return value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    setValue(Key::WindowState, state);
}

int Settings::windowPage() const
{
    return value(Key::WindowPage).toInt();
}

void Settings::setWindowPage(int page)
{
    setValue(Key::WindowPage, page);
}

Settings::Key Settings::viewKey(View view)
{
    switch (view) {
    case View::Navigation:
        return Key::NavigationSplitter;
    case View::OverviewTable:
        return Key::OverviewHeader;
    case View::OverviewSplitter:
        return Key::OverviewSplitter;
    case View::Findings:
        return Key::FindingsState;
    case View::CitizenTimeline:
        return Key::CitizensTimelineHeader;
    case View::Complaints:
        return Key::ComplaintsState;
    case View::Cases:
        return Key::CasesState;
    case View::Documents:
        return Key::DocumentsState;
    }
    Q_UNREACHABLE();
}

QByteArray Settings::viewState(View view) const
{
    return value(viewKey(view)).toByteArray();
}

void Settings::setViewState(View view, const QByteArray &state)
{
    setValue(viewKey(view), state);
}

QVariantMap Settings::overviewFilter() const
{
    return value(Key::OverviewFilter).toMap();
}

void Settings::setOverviewFilter(const QVariantMap &filter)
{
    setValue(Key::OverviewFilter, filter);
}

QVariantMap Settings::reportDraft() const
{
    return value(Key::ReportsDraft).toMap();
}

void Settings::setReportDraft(const QVariantMap &draft)
{
    setValue(Key::ReportsDraft, draft);
}

QString Settings::casebookPath() const
{
    return value(Key::CasebookPath).toString();
}

void Settings::setCasebookPath(const QString &path)
{
    setValue(Key::CasebookPath, path);
}

QString Settings::casebookUrl() const
{
    return value(Key::CasebookUrl).toString();
}

void Settings::setCasebookUrl(const QString &url)
{
    setValue(Key::CasebookUrl, url);
}

QString Settings::findingsStorePath() const
{
    return value(Key::FindingsStorePath).toString();
}

void Settings::setFindingsStorePath(const QString &path)
{
    setValue(Key::FindingsStorePath, path);
}

QString Settings::publishingEndpoint() const
{
    return value(Key::PublishingEndpoint).toString();
}

void Settings::setPublishingEndpoint(const QString &url)
{
    setValue(Key::PublishingEndpoint, url);
}

std::chrono::seconds Settings::publishingTimeout() const
{
    bool ok = false;
    const qint64 seconds = value(Key::PublishingTimeoutSeconds).toLongLong(&ok);
    // A value that is no number, or no positive one, falls back to the table's default.
    return std::chrono::seconds(
        ok && seconds > 0 ? seconds : entry(Key::PublishingTimeoutSeconds).defaultValue.toLongLong());
}

void Settings::setPublishingTimeout(std::chrono::seconds timeout)
{
    setValue(Key::PublishingTimeoutSeconds, qint64(timeout.count()));
}

std::chrono::milliseconds Settings::liveWatchInterval() const
{
    bool ok = false;
    const qint64 ms = value(Key::LiveIntervalMs).toLongLong(&ok);
    // Not a number, or not a positive one: the table's default.
    return std::chrono::milliseconds(ok && ms > 0 ? ms
                                                  : entry(Key::LiveIntervalMs).defaultValue.toLongLong());
}

void Settings::setLiveWatchInterval(std::chrono::milliseconds interval)
{
    setValue(Key::LiveIntervalMs, qint64(interval.count()));
}

QVariantMap Settings::liveWatermarks() const
{
    return value(Key::LiveWatermarks).toMap();
}

void Settings::setLiveWatermarks(const QVariantMap &watermarks)
{
    setValue(Key::LiveWatermarks, watermarks);
}

QString Settings::liveWatermark(const QString &registryKey) const
{
    return liveWatermarks().value(registryKey).toString();
}

void Settings::setLiveWatermark(const QString &registryKey, const QString &watermark)
{
    QVariantMap all = liveWatermarks();
    if (watermark.isEmpty())
        all.remove(registryKey);
    else
        all.insert(registryKey, watermark);
    setLiveWatermarks(all);
}

QMap<QString, QString> Settings::thresholdOverrides() const
{
    QMap<QString, QString> overrides;
    m_store->beginGroup(thresholdsGroup);
    for (const QString &key : m_store->childKeys())
        overrides.insert(key, m_store->value(key).toString());
    m_store->endGroup();
    return overrides;
}

void Settings::setThresholdOverride(const QString &name, const QString &value)
{
    const QString key = thresholdsGroup + QLatin1Char('/') + name;
    if (value.isEmpty())
        m_store->remove(key);
    else
        m_store->setValue(key, value);
}

QList<Settings::StoredProfile> Settings::storedProfiles() const
{
    QList<StoredProfile> profiles;
    const int count = m_store->beginReadArray(profilesGroup);
    for (int i = 0; i < count; ++i) {
        m_store->setArrayIndex(i);
        profiles.append({m_store->value(QStringLiteral("name")).toString(),
                         m_store->value(QStringLiteral("url")).toString()});
    }
    m_store->endArray();
    return profiles;
}

void Settings::setStoredProfiles(const QList<StoredProfile> &profiles)
{
    m_store->remove(profilesGroup);
    m_store->beginWriteArray(profilesGroup, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_store->setArrayIndex(i);
        m_store->setValue(QStringLiteral("name"), profiles[i].name);
        m_store->setValue(QStringLiteral("url"), profiles[i].url);
    }
    m_store->endArray();
    m_store->sync();
}

namespace {
// A PKCS#11 URI may carry the PIN ("pin-value", RFC 7512) or where to read it: never kept.
QString withoutPin(const QString &key)
{
    const QString trimmed = key.trimmed();
    if (!trimmed.startsWith(QLatin1String("pkcs11:")))
        return trimmed;
    QStringList query;
    const qsizetype q = trimmed.indexOf(QLatin1Char('?'));
    const QString pathPart = trimmed.mid(7, q < 0 ? -1 : q - 7);
    const QString queryPart = q < 0 ? QString() : trimmed.mid(q + 1);
    auto kept = [](const QString &attribute) {
        return !attribute.startsWith(QLatin1String("pin-value="))
            && !attribute.startsWith(QLatin1String("pin-source="));
    };
    QStringList pathKept;
    for (const QString &a : pathPart.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (kept(a))
            pathKept << a;
    for (const QString &a : queryPart.split(QLatin1Char('&'), Qt::SkipEmptyParts))
        if (kept(a))
            query << a;
    const QString path = QStringLiteral("pkcs11:") + pathKept.join(QLatin1Char(';'));
    return query.isEmpty() ? path : path + QLatin1Char('?') + query.join(QLatin1Char('&'));
}
} // namespace

QString Settings::signingKey() const
{
    return value(Key::SigningKey).toString();
}

void Settings::setSigningKey(const QString &key)
{
    setValue(Key::SigningKey, withoutPin(key));
}

QString Settings::signingPkcs11Module() const
{
    return value(Key::SigningPkcs11Module).toString();
}

void Settings::setSigningPkcs11Module(const QString &path)
{
    setValue(Key::SigningPkcs11Module, path.trimmed());
}

QString Settings::signatureImage() const
{
    return value(Key::SigningSignatureImage).toString();
}

void Settings::setSignatureImage(const QString &path)
{
    setValue(Key::SigningSignatureImage, path.trimmed());
}

QString Settings::sealKey() const
{
    return value(Key::SigningSealKey).toString();
}

void Settings::setSealKey(const QString &key)
{
    setValue(Key::SigningSealKey, withoutPin(key));
}

QString Settings::sealPkcs11Module() const
{
    return value(Key::SigningSealPkcs11Module).toString();
}

void Settings::setSealPkcs11Module(const QString &path)
{
    setValue(Key::SigningSealPkcs11Module, path.trimmed());
}

QString Settings::sealImage() const
{
    return value(Key::SigningSealImage).toString();
}

void Settings::setSealImage(const QString &path)
{
    setValue(Key::SigningSealImage, path.trimmed());
}

QString Settings::timestampUrl() const
{
    return value(Key::SigningTimestampUrl).toString();
}

void Settings::setTimestampUrl(const QString &url)
{
    setValue(Key::SigningTimestampUrl, url.trimmed());
}

QStringList Settings::trustAnchors() const
{
    return value(Key::SigningTrustAnchors).toStringList();
}

void Settings::setTrustAnchors(const QStringList &pemFiles)
{
    setValue(Key::SigningTrustAnchors, pemFiles);
}

SigningProfile Settings::signingProfile() const
{
    return {signingKey(),       signingPkcs11Module(), signatureImage(), sealKey(),
            sealPkcs11Module(), sealImage(),           timestampUrl(),   trustAnchors()};
}

void Settings::setSigningProfile(const SigningProfile &p)
{
    setSigningKey(p.signingKey);
    setSigningPkcs11Module(p.pkcs11Module);
    setSignatureImage(p.signatureImage);
    setSealKey(p.sealKey);
    setSealPkcs11Module(p.sealPkcs11Module);
    setSealImage(p.sealImage);
    setTimestampUrl(p.timestampUrl);
    setTrustAnchors(p.trustAnchors);
}

} // namespace sw::settings
