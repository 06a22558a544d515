#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace sw::connection {
class SecretStore;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

// Settings, "Publishing" (§5.3): the address of the Department's portal, checked as the publisher
// checks it (https, no user name or password in it), and its access token, which goes to the
// system keychain and never to the settings file. Also says whether the keychain works on this
// computer and, when it does not, why (the saved connections' passwords depend on it too).
class PublishingSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    PublishingSettingsBox(settings::Settings &settings, connection::SecretStore &secrets,
                          QWidget *parent = nullptr);

    // Asks the keychain whether it works and whether it holds the portal's token (a D-Bus round
    // trip: done when the page is first shown, and on "Check again").
    void checkKeychain();
    // Writes the address (when it is valid) and a typed token; false when something was refused,
    // the reason shown beside the field.
    bool save();
    // Removes the token from the keychain.
    void removeToken();
    bool keychainAvailable() const { return m_keychainAvailable; }

Q_SIGNALS:
    // The address or the token changed: the publisher reads them again.
    void saved();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showAddressProblem(const QString &problem);
    void showTokenState(const QString &text, bool problem);

    settings::Settings &m_settings;
    connection::SecretStore &m_secrets;
    QLineEdit *m_address;
    QLabel *m_addressProblem;
    QLineEdit *m_token;
    QLabel *m_tokenState;
    QLabel *m_keychain;
    bool m_keychainChecked = false;
    bool m_keychainAvailable = false;
};

} // namespace sw::ui
