#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sw::connection {
class SecretStore;
} // namespace sw::connection
namespace sw::registry {
class ConnectionProbe;
}
namespace sw::settings {
class ProfileStore;
}

namespace sw::ui {

class ErrorPanel;
class TlsSettingsBox;

// Chooses the registry to open: saved profiles (in the settings, without passwords) or new
// details, with the TLS settings of a PostgreSQL server. Passwords and key passphrases go to the
// system keychain only when the user asks; when the keychain is unavailable they are kept in
// `sessionPasswords` (memory, this session) and the dialog says why.
// "Test connection" tries the typed details off the GUI thread and says what it found, without
// opening anything. "Connect" does not open the registry itself: it emits connectRequested() with
// spec(), credentials() and profileName(), and waits, everything typed in place, for the window
// to accept() it once the registry opened or to pass connectFailed() the error.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(settings::ProfileStore &profiles, connection::SecretStore &secrets,
                     QHash<QString, QString> &sessionPasswords, QWidget *parent = nullptr);

    // Pre-fills the fields (e.g. from --db) without choosing a profile.
    void setSpec(const connection::ConnectionSpec &spec);
    void selectProfile(const QString &name);
    // A message above the buttons, e.g. why a password is needed now.
    void setNotice(const sw::Error &notice);
    QString notice() const;
    // Says that the keychain cannot be used (why under Details) and that a typed password is
    // kept in memory for this session only.
    void reportKeychainUnavailable(const sw::Error &error);

    // The attempt that Connect started failed: the dialog shows why and is ready for another try.
    void connectFailed(const sw::Error &error);
    bool isConnecting() const { return m_connecting; }

    // After connectRequested: what to open, with which secrets, through which profile (may be empty).
    connection::ConnectionSpec spec() const { return m_spec; }
    connection::Credentials credentials() const { return m_credentials; }
    QString password() const { return m_credentials.password; }
    QString profileName() const { return m_profileName; }

Q_SIGNALS:
    void profilesChanged();
    void connectRequested();
    // A "Test connection" ended; notice() says what it found.
    void connectionTested();

private:
    void reloadProfiles(const QString &select = {});
    void loadSelectedProfile();
    void updateEngineFields();
    void browseForFile();
    void saveProfile();
    void deleteProfile();
    void connectRegistry();
    void testConnection();
    void showTestResult();
    void setBusy(bool busy);
    Result<connection::ConnectionSpec> specFromFields() const;
    // The secrets for `spec`: typed, else this session's, else the keychain's. With `remember`,
    // typed ones are kept in memory and, when asked, in the keychain. Empty (and a notice says
    // why) when a password is needed and there is none.
    std::optional<connection::Credentials> resolveCredentials(const connection::ConnectionSpec &spec,
                                                              bool remember);
    // Stores a typed secret in the keychain when asked; false when the keychain refused (the
    // notice then says it stays in memory).
    bool rememberSecret(const QString &key, const QString &secret);
    void setInformation(const QString &text, const QString &details = {});
    void clearNotice();

    settings::ProfileStore &m_profiles;
    connection::SecretStore &m_secrets;
    QHash<QString, QString> &m_sessionPasswords;

    QListWidget *m_profileList;
    QPushButton *m_deleteButton;
    QWidget *m_details;
    QLineEdit *m_name;
    QComboBox *m_engine;
    QStackedWidget *m_engineFields;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_passwordEdit;
    QCheckBox *m_remember;
    TlsSettingsBox *m_tls;
    ErrorPanel *m_notice;
    QPushButton *m_saveButton;
    QPushButton *m_testButton;
    QPushButton *m_connectButton;
    registry::ConnectionProbe *m_probe;

    bool m_keychainWorks = true;
    bool m_connecting = false;
    connection::ConnectionSpec m_spec;
    connection::Credentials m_credentials;
    QString m_profileName;
};

} // namespace sw::ui
