#include "shell/CasebookSettingsBox.h"

#include "casebook/Casebook.h"
#include "connection/SecretStore.h"
#include "settings/CasebookProfile.h"
#include "settings/Settings.h"
#include "shell/TlsSettingsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
enum { LocalIndex, SharedIndex };
}

CasebookSettingsBox::CasebookSettingsBox(settings::Settings &settings, connection::SecretStore &secrets,
                                         QWidget *parent)
    : QGroupBox(tr("Casebook"), parent),
      m_settings(settings),
      m_secrets(secrets),
      m_engine(new QComboBox(this)),
      m_fields(new QStackedWidget(this)),
      m_path(new QLineEdit(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this)),
      m_tls(new TlsSettingsBox(this)),
      m_notice(new QLabel(this)),
      m_apply(new QPushButton(tr("Use this casebook"), this))
{
    setObjectName(QStringLiteral("casebookSettings"));
    m_engine->setObjectName(QStringLiteral("casebookEngine"));
    m_engine->insertItem(LocalIndex, tr("Local file on this desk (SQLite)"));
    m_engine->insertItem(SharedIndex, tr("The Department's shared casebook (PostgreSQL)"));
    m_engine->setToolTip(tr("Where complaints, cases, minutes, announcements and the audit log are kept"));

    auto *local = new QWidget(this);
    m_path->setObjectName(QStringLiteral("casebookPath"));
    m_path->setPlaceholderText(casebook::Casebook::defaultPath());
    m_path->setToolTip(tr("The casebook file; empty for the standard place"));
    auto *browse = new QPushButton(tr("Browse…"), local);
    browse->setObjectName(QStringLiteral("casebookBrowse"));
    browse->setToolTip(tr("Choose the casebook file"));
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getSaveFileName(this, tr("Casebook file"), m_path->text(),
                                                          tr("SQLite files (*.sqlite *.db);;All files (*)"),
                                                          nullptr, QFileDialog::DontConfirmOverwrite);
        if (!file.isEmpty())
            m_path->setText(file);
    });
    auto *localLayout = new QFormLayout(local);
    localLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    localLayout->addRow(tr("File:"), pathRow);

    auto *shared = new QWidget(this);
    m_host->setObjectName(QStringLiteral("casebookHost"));
    m_port->setObjectName(QStringLiteral("casebookPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_database->setObjectName(QStringLiteral("casebookDatabase"));
    m_user->setObjectName(QStringLiteral("casebookUser"));
    m_user->setToolTip(tr("Your own login on the casebook server: the audit log records it"));
    m_password->setObjectName(QStringLiteral("casebookPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("leave empty to use the saved password"));
    m_remember->setObjectName(QStringLiteral("casebookRemember"));
    m_remember->setChecked(true);
    m_remember->setToolTip(tr("The password goes to the system keychain, never to the settings file"));
    auto *sharedLayout = new QFormLayout(shared);
    sharedLayout->setContentsMargins(0, 0, 0, 0);
    sharedLayout->addRow(tr("Host:"), m_host);
    sharedLayout->addRow(tr("Port:"), m_port);
    sharedLayout->addRow(tr("Database:"), m_database);
    sharedLayout->addRow(tr("User:"), m_user);
    sharedLayout->addRow(tr("Password:"), m_password);
    sharedLayout->addRow(QString(), m_remember);
    sharedLayout->addRow(m_tls);
    connect(m_host, &QLineEdit::textChanged, m_tls, &TlsSettingsBox::setHost);

    m_fields->insertWidget(LocalIndex, local);
    m_fields->insertWidget(SharedIndex, shared);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &CasebookSettingsBox::updateEngineFields);

    m_notice->setObjectName(QStringLiteral("casebookNotice"));
    m_notice->setWordWrap(true);
    m_notice->hide();
    m_apply->setObjectName(QStringLiteral("casebookApply"));
    m_apply->setToolTip(tr("Keep this choice and connect to the casebook now"));
    connect(m_apply, &QPushButton::clicked, this, &CasebookSettingsBox::apply);

    auto *form = new QFormLayout;
    form->addRow(tr("Kept in:"), m_engine);
    auto *hint = new QLabel(tr("Several desks work on one register of numbers only on the shared "
                               "casebook. Its administrator gives you a login and its role."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_apply);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_fields);
    layout->addWidget(hint);
    layout->addWidget(m_notice);
    layout->addLayout(buttons);

    reload();
}

void CasebookSettingsBox::updateEngineFields()
{
    m_fields->setCurrentIndex(m_engine->currentIndex());
    // The page only as tall as the fields on show.
    for (int i = 0; i < m_fields->count(); ++i)
        m_fields->widget(i)->setSizePolicy(QSizePolicy::Preferred,
                                           i == m_engine->currentIndex() ? QSizePolicy::Preferred
                                                                         : QSizePolicy::Ignored);
    m_fields->adjustSize();
}

void CasebookSettingsBox::reload()
{
    auto stored = settings::casebookSpec(m_settings, casebook::Casebook::defaultPath());
    m_password->clear();
    if (!stored) {
        m_engine->setCurrentIndex(SharedIndex);
        setNotice(stored.error().message, true);
        updateEngineFields();
        return;
    }
    m_notice->hide();
    if (stored->engine == connection::Engine::Postgres) {
        m_engine->setCurrentIndex(SharedIndex);
        m_host->setText(stored->host);
        m_port->setValue(stored->port);
        m_database->setText(stored->database);
        m_user->setText(stored->user);
        m_tls->setSettings(*stored);
    } else {
        m_engine->setCurrentIndex(LocalIndex);
        m_path->setText(m_settings.casebookPath());
    }
    updateEngineFields();
}

Result<connection::ConnectionSpec> CasebookSettingsBox::spec() const
{
    connection::ConnectionSpec spec;
    if (m_engine->currentIndex() == LocalIndex) {
        spec.engine = connection::Engine::Sqlite;
        const QString path = m_path->text().trimmed();
        spec.path = path.isEmpty() ? casebook::Casebook::defaultPath() : path;
        return spec;
    }
    spec.engine = connection::Engine::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    m_tls->applyTo(spec);
    if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty())
        return Error::make(tr("The shared casebook needs a host, a database and your user name."), {},
                           Error::Kind::InvalidInput);
    // Read back as it will be stored, so that what cannot be stored is said now.
    return connection::ConnectionSpec::parse(spec.toUrl());
}

QString CasebookSettingsBox::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

void CasebookSettingsBox::setNotice(const QString &text, bool problem)
{
    m_notice->setText(text);
    m_notice->setStyleSheet(problem ? QStringLiteral("color: #b00020;") : QString());
    m_notice->setVisible(!text.isEmpty());
}

void CasebookSettingsBox::apply()
{
    auto chosen = spec();
    if (!chosen) {
        setNotice(chosen.error().message, true);
        return;
    }
    connection::Credentials typed {m_password->text(), m_tls->keyPassphrase()};
    QString stored;
    if (chosen->engine == connection::Engine::Postgres && m_remember->isChecked()) {
        bool kept = true;
        if (!typed.password.isEmpty())
            kept = m_secrets.write(chosen->keychainKey(), typed.password).ok();
        if (!typed.sslKeyPassword.isEmpty())
            kept = m_secrets.write(chosen->sslKeyKeychainKey(), typed.sslKeyPassword).ok() && kept;
        if (!kept)
            stored = tr("The system keychain could not keep the password: it is used for this session only.");
    }
    settings::setCasebookSpec(m_settings, *chosen, casebook::Casebook::defaultPath());
    m_settings.sync();
    m_password->clear();
    setNotice(stored.isEmpty() ? tr("Kept: %1.").arg(chosen->displayName()) : stored, !stored.isEmpty());
    Q_EMIT casebookChosen(*chosen, typed);
}

} // namespace sw::ui
