#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace sw::connection {
class ProfileStore;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

// "Cài đặt": the interface language and the saved connection profiles (edited in the
// connection dialog).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(settings::Settings &settings, connection::ProfileStore &profiles, QWidget *parent = nullptr);

public Q_SLOTS:
    void reloadProfiles();

Q_SIGNALS:
    void manageConnectionsRequested();

private:
    void languageChosen(int index);

    settings::Settings &m_settings;
    connection::ProfileStore &m_profiles;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QListWidget *m_profileList;
};

} // namespace sw::ui
