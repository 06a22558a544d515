#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace sw::connection {
class SecretStore;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

class TlsSettingsBox;

// Settings, "Casebook": where the complaints, cases, documents and audit log are kept (issue 13).
// The local SQLite file of this desk (the default) or the Department's shared PostgreSQL casebook,
// with TLS settings as for the registry. The URL goes to the settings (settings/CasebookProfile),
// a typed password to the system keychain when asked (under the connection's keychain key, as the
// registry's), never to the settings. "Use this casebook" stores the choice and emits
// casebookChosen() for the window to connect to it now.
class CasebookSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    CasebookSettingsBox(settings::Settings &settings, connection::SecretStore &secrets,
                        QWidget *parent = nullptr);

    // Shows the casebook kept in the settings.
    void reload();
    // The details in the fields; an error for what cannot be used.
    Result<connection::ConnectionSpec> spec() const;
    // A line above the buttons, e.g. why nothing was stored.
    QString notice() const;

Q_SIGNALS:
    // Stored in the settings; the password typed, if any (empty: the keychain's, or ask).
    void casebookChosen(const connection::ConnectionSpec &spec, const connection::Credentials &typed);

private:
    void apply();
    void updateEngineFields();
    void setNotice(const QString &text, bool problem);

    settings::Settings &m_settings;
    connection::SecretStore &m_secrets;
    QComboBox *m_engine;
    QStackedWidget *m_fields;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    TlsSettingsBox *m_tls;
    QLabel *m_notice;
    QPushButton *m_apply;
};

} // namespace sw::ui
