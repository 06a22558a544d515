#include "shell/TlsSettingsBox.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sw::ui {

using connection::SslMode;

TlsSettingsBox::TlsSettingsBox(QWidget *parent)
    : QGroupBox(tr("Encryption (TLS)"), parent),
      m_mode(new QComboBox(this)),
      m_passphrase(new QLineEdit(this)),
      m_warning(new QLabel(this))
{
    setObjectName(QStringLiteral("tlsSettings"));
    m_mode->setObjectName(QStringLiteral("sslMode"));
    m_mode->setToolTip(tr("How the connection is protected (libpq's sslmode)"));
    const std::pair<SslMode, QString> modes[] = {
        {SslMode::VerifyFull, tr("verify-full: encrypted, the server's certificate and name checked")},
        {SslMode::VerifyCa, tr("verify-ca: encrypted, the server's certificate checked, not its name")},
        {SslMode::Require, tr("require: encrypted, the server not checked")},
        {SslMode::Prefer, tr("prefer: encrypted only if the server offers it, not checked")},
        {SslMode::Disable, tr("disable: not encrypted")},
    };
    for (const auto &[mode, label] : modes)
        m_mode->addItem(label, int(mode));

    auto *form = new QFormLayout(this);
    form->addRow(tr("Mode:"), m_mode);
    m_rootCert = addFileRow(tr("CA certificate:"), "sslRootCert",
                            tr("The certificate of the authority that signed the server's certificate (PEM)"),
                            tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    m_cert = addFileRow(tr("Client certificate:"), "sslCert",
                        tr("Only when the server asks for one: your certificate (PEM)"),
                        tr("Certificates (*.pem *.crt *.cer);;All files (*)"));
    m_key = addFileRow(tr("Client key:"), "sslKey", tr("The private key of the client certificate (PEM)"),
                       tr("Keys (*.pem *.key);;All files (*)"));
    m_passphrase->setObjectName(QStringLiteral("sslKeyPassphrase"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("only for an encrypted key"));
    m_passphrase->setToolTip(tr("Kept in memory, or in the system keychain when the password is remembered; "
                                "never in the settings"));
    form->addRow(tr("Key passphrase:"), m_passphrase);
    m_warning->setObjectName(QStringLiteral("tlsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b35c00;"));
    m_warning->hide();
    form->addRow(m_warning);

    connect(m_mode, &QComboBox::activated, this, [this] {
        m_modeChosen = true;
        updateWarning();
    });
}

QLineEdit *TlsSettingsBox::addFileRow(const QString &label, const char *objectName, const QString &tip,
                                      const QString &filter)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    edit->setToolTip(tip);
    edit->setPlaceholderText(tr("libpq's default"));
    auto *browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QLatin1String(objectName) + QStringLiteral("Browse"));
    browse->setToolTip(tip);
    connect(browse, &QPushButton::clicked, this, [this, edit, label, filter] {
        const QString file = QFileDialog::getOpenFileName(this, label, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    static_cast<QFormLayout *>(layout())->addRow(label, row);
    return edit;
}

void TlsSettingsBox::setSettings(const connection::ConnectionSpec &spec)
{
    m_host = spec.host;
    m_modeChosen = spec.sslMode.has_value();
    m_mode->setCurrentIndex(m_mode->findData(int(spec.effectiveSslMode())));
    m_rootCert->setText(spec.sslRootCert);
    m_cert->setText(spec.sslCert);
    m_key->setText(spec.sslKey);
    m_passphrase->clear();
    updateWarning();
}

void TlsSettingsBox::applyTo(connection::ConnectionSpec &spec) const
{
    if (m_modeChosen)
        spec.sslMode = SslMode(m_mode->currentData().toInt());
    else
        spec.sslMode.reset(); // the host's default, and a profile that keeps following it
    spec.sslRootCert = m_rootCert->text().trimmed();
    spec.sslCert = m_cert->text().trimmed();
    spec.sslKey = m_key->text().trimmed();
}

void TlsSettingsBox::setHost(const QString &host)
{
    m_host = host.trimmed();
    if (!m_modeChosen)
        m_mode->setCurrentIndex(m_mode->findData(int(connection::defaultSslMode(m_host))));
    updateWarning();
}

QString TlsSettingsBox::keyPassphrase() const
{
    return m_passphrase->text();
}

void TlsSettingsBox::setKeyPassphrase(const QString &passphrase)
{
    m_passphrase->setText(passphrase);
}

QString TlsSettingsBox::warning() const
{
    return m_warning->isHidden() ? QString() : m_warning->text();
}

void TlsSettingsBox::updateWarning()
{
    connection::ConnectionSpec spec;
    spec.engine = connection::Engine::Postgres;
    spec.host = m_host;
    spec.sslMode = SslMode(m_mode->currentData().toInt());
    const QString warning = connection::tlsWarning(spec);
    m_warning->setText(warning);
    m_warning->setVisible(!warning.isEmpty());
}

} // namespace sw::ui
