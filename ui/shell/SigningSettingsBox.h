#pragma once

#include <QGroupBox>

class QLabel;
class QLineEdit;

namespace sw::settings {
class Settings;
struct SigningProfile;
} // namespace sw::settings

namespace sw::ui {

// Settings, "Digital signature" (issue 14 §2): this person's signing key (a PKCS#11 token's module
// and URI, or a PKCS#12 file), their signature image, the body's seal key and image (optional), a
// time-stamping authority and the trust anchors used to check signatures. "Save" writes them to the
// settings; a PIN is never asked or kept here (it is asked at each signing).
class SigningSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit SigningSettingsBox(settings::Settings &settings, QWidget *parent = nullptr);

    // Shows what the settings hold.
    void load();
    // Writes the fields to the settings.
    void save();

Q_SIGNALS:
    void saved();

private:
    settings::SigningProfile profile() const;
    // A field with a "Browse…" button choosing a file (`filter`); several files joined by "; " when
    // `several`.
    QLineEdit *fileField(const char *objectName, const QString &filter, bool several = false);

    settings::Settings &m_settings;
    QLineEdit *m_key;
    QLineEdit *m_module;
    QLineEdit *m_signatureImage;
    QLineEdit *m_sealKey;
    QLineEdit *m_sealModule;
    QLineEdit *m_sealImage;
    QLineEdit *m_timestampUrl;
    QLineEdit *m_trustAnchors;
    QLabel *m_state;
};

} // namespace sw::ui
