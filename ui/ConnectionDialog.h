#pragma once

#include "registry/ConnectionSpec.h"
#include "util/Result.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sw::registry {
class ProfileStore;
class SecretStore;
} // namespace sw::registry

namespace sw::ui {

class ErrorPanel;

// Chooses the registry to open: saved profiles (in the settings, without passwords) or new
// details. Passwords go to the system keychain only when the user asks; when the keychain is
// unavailable they are kept in `sessionPasswords` (memory, this session) and the dialog says why.
// The dialog does not open the registry itself: on accept, spec() and password() say what to open.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(registry::ProfileStore &profiles, registry::SecretStore &secrets,
                     QHash<QString, QString> &sessionPasswords, QWidget *parent = nullptr);

    // Pre-fills the fields (e.g. from --db) without choosing a profile.
    void setSpec(const registry::ConnectionSpec &spec);
    void selectProfile(const QString &name);
    // A message above the buttons, e.g. why a password is needed now.
    void setNotice(const sw::Error &notice);
    QString notice() const;
    // Says that the keychain cannot be used (why under Details) and that a typed password is
    // kept in memory for this session only.
    void reportKeychainUnavailable(const sw::Error &error);

    // After accept: what to open, with which password, through which profile (may be empty).
    registry::ConnectionSpec spec() const { return m_spec; }
    QString password() const { return m_password; }
    QString profileName() const { return m_profileName; }

Q_SIGNALS:
    void profilesChanged();

private:
    void reloadProfiles(const QString &select = {});
    void loadSelectedProfile();
    void updateEngineFields();
    void browseForFile();
    void saveProfile();
    void deleteProfile();
    void connectRegistry();
    Result<registry::ConnectionSpec> specFromFields() const;
    // Stores the typed password in the keychain when asked; false when the keychain refused
    // (the notice then says the password stays in memory).
    bool rememberPassword(const registry::ConnectionSpec &spec, const QString &password);
    void setInformation(const QString &text);
    void clearNotice();

    registry::ProfileStore &m_profiles;
    registry::SecretStore &m_secrets;
    QHash<QString, QString> &m_sessionPasswords;

    QListWidget *m_profileList;
    QPushButton *m_deleteButton;
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
    ErrorPanel *m_notice;
    QPushButton *m_saveButton;
    QPushButton *m_connectButton;

    bool m_keychainWorks = true;
    registry::ConnectionSpec m_spec;
    QString m_password;
    QString m_profileName;
};

} // namespace sw::ui
