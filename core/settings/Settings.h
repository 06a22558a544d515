#pragma once

#include "settings/SigningProfile.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <chrono>
#include <memory>

class QSettings;

namespace sw::settings {

// The console's typed settings. Every key with its default is in one table (Settings.cpp), and
// each has a typed accessor below: nothing outside core/settings reads the file by a key's name
// (tst_settings checks both). The file carries a schema version so that later versions can
// migrate it step by step. Secrets never go here: passwords and tokens live in the system keychain.
class Settings
{
public:
    static constexpr int schemaVersion = 2;

    // The platform's settings file (organisation "SignWatch").
    Settings();
    // A settings file at an explicit path (tests).
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    // One row of the table: the key as stored in the file and its default.
    struct Entry
    {
        QString key;
        QVariant defaultValue;
    };
    static QList<Entry> table();

    // Writes what was set to the file now (it is written on destruction anyway).
    void sync();

    QString language() const; // "vi" (default) or "en"
    void setLanguage(const QString &language);
    QString lastProfile() const; // the profile opened last, or empty
    void setLastProfile(const QString &name);
    QString lastRegistryUrl() const; // the registry opened last (no password), or empty
    void setLastRegistryUrl(const QString &url);

    // The main window's geometry and dock state (QMainWindow::saveGeometry/saveState), and the
    // page it showed.
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    int windowPage() const;
    void setWindowPage(int page);

    // The saved state of a view (its table's columns, a splitter's sizes), by view.
    enum class View {
        Navigation, // the splitter between the navigation and the pages
        OverviewTable,
        OverviewSplitter,
        Findings,
        CitizenTimeline,
        Complaints,
        Cases,
        Documents,
    };
    QByteArray viewState(View view) const;
    void setViewState(View view, const QByteArray &state);

    // The overview's filter (FilterBar::saveState).
    QVariantMap overviewFilter() const;
    void setOverviewFilter(const QVariantMap &filter);
    // The periodic report's own texts and settings: next month's report starts from them.
    QVariantMap reportDraft() const;
    void setReportDraft(const QVariantMap &draft);

    // The console's own stores; empty: the standard place (AppDataLocation).
    QString casebookPath() const;
    void setCasebookPath(const QString &path);
    // The Department's shared casebook (postgresql://…, never a password), or empty for the local
    // file above (settings/CasebookProfile reads both as one connection).
    QString casebookUrl() const;
    void setCasebookUrl(const QString &url);
    QString findingsStorePath() const;
    void setFindingsStorePath(const QString &path);

    // How this person signs documents digitally (never a PIN: a "pin-value" or "pin-source" in a
    // PKCS#11 URI is dropped), field by field as SigningProfile describes them, and all at once.
    QString signingKey() const;
    void setSigningKey(const QString &key);
    QString signingPkcs11Module() const;
    void setSigningPkcs11Module(const QString &path);
    QString signatureImage() const;
    void setSignatureImage(const QString &path);
    QString sealKey() const;
    void setSealKey(const QString &key);
    QString sealPkcs11Module() const;
    void setSealPkcs11Module(const QString &path);
    QString sealImage() const;
    void setSealImage(const QString &path);
    QString timestampUrl() const;
    void setTimestampUrl(const QString &url);
    QStringList trustAnchors() const;
    void setTrustAnchors(const QStringList &pemFiles);
    SigningProfile signingProfile() const;
    void setSigningProfile(const SigningProfile &profile);

    // The Department's portal for announcements (§5.3); its token is in the keychain. The timeout
    // is how long a request to the portal may go without a byte sent or received.
    QString publishingEndpoint() const;
    void setPublishingEndpoint(const QString &url);
    std::chrono::seconds publishingTimeout() const;
    void setPublishingTimeout(std::chrono::seconds timeout);

    // The findings page's live watch: how often it polls the registry, and where it stood on each
    // registry (rules::Watermark as JSON text, by the registry's key: its URL without a password),
    // so that it resumes there after a restart. An empty watermark removes the registry's.
    std::chrono::milliseconds liveWatchInterval() const; // 5 s by default
    void setLiveWatchInterval(std::chrono::milliseconds interval);
    QVariantMap liveWatermarks() const;
    void setLiveWatermarks(const QVariantMap &watermarks);
    QString liveWatermark(const QString &registryKey) const;
    void setLiveWatermark(const QString &registryKey, const QString &watermark);

    // Rule thresholds the user changed (name -> value as text, see rules/Thresholds.h); the
    // rest keep the defaults of spec/rules.md.
    QMap<QString, QString> thresholdOverrides() const;
    void setThresholdOverride(const QString &name, const QString &value); // empty value: default

    // Saved connection profiles, in order (settings::ProfileStore reads and checks them).
    struct StoredProfile
    {
        QString name;
        QString url; // never a password
    };
    QList<StoredProfile> storedProfiles() const;
    void setStoredProfiles(const QList<StoredProfile> &profiles);

private:
    enum class Key;
    static const QList<Entry> &entries();
    static const Entry &entry(Key key);
    static Key viewKey(View view);
    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void migrate();

    std::unique_ptr<QSettings> m_store;
};

} // namespace sw::settings
