#pragma once

#include "connection/ConnectionSpec.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sw::ui {

// The TLS part of a PostgreSQL connection in the connection dialog: the mode, the CA that must
// have signed the server's certificate, a client certificate and its key (files: their paths go
// into the profile) and the key's passphrase (never into the profile: memory, or the keychain
// when the user asks the dialog to remember it). Below verify-full for a server on the network,
// a warning says what that means.
class TlsSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit TlsSettingsBox(QWidget *parent = nullptr);

    // Shows a spec's settings (its effective mode) and clears the passphrase.
    void setSettings(const connection::ConnectionSpec &spec);
    // Writes the chosen mode and files into `spec`.
    void applyTo(connection::ConnectionSpec &spec) const;
    // The host the settings are for: until the user picks a mode, the mode is the host's default
    // (verify-full on the network); the warning follows the host too.
    void setHost(const QString &host);

    QString keyPassphrase() const;
    void setKeyPassphrase(const QString &passphrase);
    // The warning on show, empty when there is none.
    QString warning() const;

private:
    void updateWarning();
    QLineEdit *addFileRow(const QString &label, const char *objectName, const QString &tip,
                          const QString &filter);

    QComboBox *m_mode;
    QLineEdit *m_rootCert = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_passphrase;
    QLabel *m_warning;
    QString m_host;
    bool m_modeChosen = false; // the user (or a saved profile) chose the mode: it no longer follows the host
};

} // namespace sw::ui
