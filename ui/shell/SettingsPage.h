#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;

namespace sw::settings {
class ProfileStore;
class Settings;
} // namespace sw::settings

namespace sw::ui {

// "Cài đặt": the interface language and the saved connection profiles (edited in the
// connection dialog).
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(settings::Settings &settings, settings::ProfileStore &profiles, QWidget *parent = nullptr);

public Q_SLOTS:
    void reloadProfiles();

Q_SIGNALS:
    void manageConnectionsRequested();

private:
    void languageChosen(int index);

    settings::Settings &m_settings;
    settings::ProfileStore &m_profiles;
    QComboBox *m_language;
    QLabel *m_languageNote;
    QListWidget *m_profileList;
};

} // namespace sw::ui
