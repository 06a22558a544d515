#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QSpinBox;

namespace sw::connection {
class SecretStore;
}
namespace sw::settings {
class ProfileStore;
class Settings;
} // namespace sw::settings

namespace sw::ui {

class CasebookSettingsBox;
class IssuingBodiesBox;
class PublishingSettingsBox;
class SigningSettingsBox;
class ThresholdsBox;

// "Cài đặt": the interface language, the live watch, the rules' thresholds, the casebook (this
// desk's file or the Department's shared one), its issuing bodies by period, the person's digital
// signature, the portal for announcements with the keychain's state, and the saved connection
// profiles (edited in the connection dialog).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(settings::Settings &settings, settings::ProfileStore &profiles,
                 connection::SecretStore &secrets, QWidget *parent = nullptr);

    CasebookSettingsBox *casebookSettings() const { return m_casebook; }
    IssuingBodiesBox *issuingBodies() const { return m_issuingBodies; }
    SigningSettingsBox *signingSettings() const { return m_signing; }
    PublishingSettingsBox *publishingSettings() const { return m_publishing; }
    ThresholdsBox *thresholds() const { return m_thresholds; }

public Q_SLOTS:
    void reloadProfiles();

Q_SIGNALS:
    void manageConnectionsRequested();
    // The user chose a casebook (stored in the settings): connect to it now.
    void casebookChosen(const connection::ConnectionSpec &spec, const connection::Credentials &typed);
    // The portal's address or token changed (settings and keychain).
    void publishingChanged();
    // A rule threshold changed: what was found before needs a new scan.
    void thresholdsChanged();

private:
    void languageChosen(int index);

    settings::Settings &m_settings;
    settings::ProfileStore &m_profiles;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QListWidget *m_profileList;
    QSpinBox *m_liveInterval;
    CasebookSettingsBox *m_casebook;
    IssuingBodiesBox *m_issuingBodies;
    SigningSettingsBox *m_signing;
    PublishingSettingsBox *m_publishing;
    ThresholdsBox *m_thresholds;
};

} // namespace sw::ui
