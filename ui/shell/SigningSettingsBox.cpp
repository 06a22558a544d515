#include "shell/SigningSettingsBox.h"

#include "settings/Settings.h"
#include "settings/SigningProfile.h"

#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sw::ui {

namespace {
const QString separator = QStringLiteral("; ");

QStringList splitPaths(const QString &text)
{
    QStringList paths;
    for (const QString &part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            paths << part.trimmed();
    return paths;
}
} // namespace

SigningSettingsBox::SigningSettingsBox(settings::Settings &settings, QWidget *parent)
    : QGroupBox(tr("Digital signature"), parent), m_settings(settings)
{
    setObjectName(QStringLiteral("signingSettings"));
    const QString keyFilter = tr("PKCS#12 files (*.p12 *.pfx);;All files (*)");
    const QString moduleFilter = tr("PKCS#11 modules (*.so);;All files (*)");
    const QString imageFilter = tr("PNG images (*.png)");
    m_key = fileField("signingKeyEdit", keyFilter);
    m_key->setPlaceholderText(tr("pkcs11:token=…;object=…  or a .p12 file"));
    m_key->setToolTip(tr("Your token's PKCS#11 URI (p11tool --list-tokens, pkcs11-tool -L) or a PKCS#12 "
                         "file. Empty: documents are signed on paper."));
    m_module = fileField("pkcs11ModuleEdit", moduleFilter);
    m_module->setPlaceholderText(tr("p11-kit's proxy (default)"));
    m_signatureImage = fileField("signatureImageEdit", imageFilter);
    m_signatureImage->setPlaceholderText(tr("none: a text appearance"));
    m_sealKey = fileField("sealKeyEdit", keyFilter);
    m_sealKey->setPlaceholderText(tr("none: no seal signature"));
    m_sealModule = fileField("sealModuleEdit", moduleFilter);
    m_sealModule->setPlaceholderText(tr("p11-kit's proxy (default)"));
    m_sealImage = fileField("sealImageEdit", imageFilter);
    m_sealImage->setPlaceholderText(tr("none: a text appearance"));
    m_timestampUrl = new QLineEdit(this);
    m_timestampUrl->setObjectName(QStringLiteral("timestampUrlEdit"));
    m_timestampUrl->setPlaceholderText(tr("none: PAdES B-B"));
    m_timestampUrl->setToolTip(tr("A time-stamping authority (RFC 3161): signatures become PAdES B-T"));
    m_trustAnchors = fileField("trustAnchorsEdit", tr("Certificates (*.pem *.crt);;All files (*)"), true);
    m_trustAnchors->setPlaceholderText(tr("PEM files of the certificates you trust"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("signingSettingsState"));
    m_state->setWordWrap(true);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveSigningSettingsButton"));
    connect(saveButton, &QPushButton::clicked, this, &SigningSettingsBox::save);

    auto *form = new QFormLayout(this);
    auto row = [&](const QString &label, QLineEdit *edit) {
        form->addRow(label,
                     edit->parentWidget() == this ? static_cast<QWidget *>(edit) : edit->parentWidget());
    };
    row(tr("Signing key:"), m_key);
    row(tr("PKCS#11 module:"), m_module);
    row(tr("Signature image:"), m_signatureImage);
    row(tr("The body's seal key:"), m_sealKey);
    row(tr("Seal's PKCS#11 module:"), m_sealModule);
    row(tr("Seal image:"), m_sealImage);
    row(tr("Time-stamping authority:"), m_timestampUrl);
    row(tr("Trust anchors:"), m_trustAnchors);
    auto *note = new QLabel(tr("The PIN or passphrase is asked at each signing and never stored."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(note);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(saveButton);
    buttons->addWidget(m_state, 1);
    form->addRow(buttons);
    load();
}

QLineEdit *SigningSettingsBox::fileField(const char *objectName, const QString &filter, bool several)
{
    auto *holder = new QWidget(this);
    auto *edit = new QLineEdit(holder);
    edit->setObjectName(QLatin1String(objectName));
    auto *browse = new QPushButton(tr("Browse…"), holder);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter, several] {
        if (several) {
            const QStringList files = QFileDialog::getOpenFileNames(this, tr("Choose files"), {}, filter);
            if (!files.isEmpty())
                edit->setText((splitPaths(edit->text()) + files).join(separator));
        } else {
            const QString file = QFileDialog::getOpenFileName(this, tr("Choose a file"), {}, filter);
            if (!file.isEmpty())
                edit->setText(file);
        }
    });
    auto *layout = new QHBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

void SigningSettingsBox::load()
{
    const settings::SigningProfile p = m_settings.signingProfile();
    m_key->setText(p.signingKey);
    m_module->setText(p.pkcs11Module);
    m_signatureImage->setText(p.signatureImage);
    m_sealKey->setText(p.sealKey);
    m_sealModule->setText(p.sealPkcs11Module);
    m_sealImage->setText(p.sealImage);
    m_timestampUrl->setText(p.timestampUrl);
    m_trustAnchors->setText(p.trustAnchors.join(separator));
    m_state->setText(p.signsDigitally() ? tr("Documents are signed digitally with this key.")
                                        : tr("No key: documents are numbered and signed on paper."));
}

settings::SigningProfile SigningSettingsBox::profile() const
{
    settings::SigningProfile p;
    p.signingKey = m_key->text().trimmed();
    p.pkcs11Module = m_module->text().trimmed();
    p.signatureImage = m_signatureImage->text().trimmed();
    p.sealKey = m_sealKey->text().trimmed();
    p.sealPkcs11Module = m_sealModule->text().trimmed();
    p.sealImage = m_sealImage->text().trimmed();
    p.timestampUrl = m_timestampUrl->text().trimmed();
    p.trustAnchors = splitPaths(m_trustAnchors->text());
    return p;
}

void SigningSettingsBox::save()
{
    m_settings.setSigningProfile(profile());
    m_settings.sync();
    load(); // shows what was kept (a PIN in a URI is dropped)
    Q_EMIT saved();
}

} // namespace sw::ui
