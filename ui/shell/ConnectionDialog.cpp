#include "shell/ConnectionDialog.h"

#include "connection/ConnectionProfile.h"
#include "connection/SecretStore.h"
#include "registry/ConnectionProbe.h"
#include "settings/ProfileStore.h"
#include "shell/TlsSettingsBox.h"
#include "widgets/ErrorPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

using connection::ConnectionProfile;
using connection::ConnectionSpec;
using connection::Engine;

namespace {
enum EngineIndex { SqliteIndex, PostgresIndex };

bool keychainIsDown(const sw::Error &error)
{
    return error.kind == sw::Error::Kind::Unavailable || error.kind == sw::Error::Kind::AccessDenied;
}
} // namespace

ConnectionDialog::ConnectionDialog(settings::ProfileStore &profiles, connection::SecretStore &secrets,
                                   QHash<QString, QString> &sessionPasswords, QWidget *parent)
    : QDialog(parent),
      m_profiles(profiles),
      m_secrets(secrets),
      m_sessionPasswords(sessionPasswords),
      m_profileList(new QListWidget(this)),
      m_deleteButton(new QPushButton(tr("Delete profile"), this)),
      m_details(new QWidget(this)),
      m_name(new QLineEdit(this)),
      m_engine(new QComboBox(this)),
      m_engineFields(new QStackedWidget(this)),
      m_path(new QLineEdit(this)),
      m_host(new QLineEdit(this)),
      m_port(new QSpinBox(this)),
      m_database(new QLineEdit(this)),
      m_user(new QLineEdit(this)),
      m_passwordEdit(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("Remember the password in the system keychain"), this)),
      m_tls(new TlsSettingsBox(this)),
      m_notice(new ErrorPanel(this)),
      m_saveButton(new QPushButton(tr("Save profile"), this)),
      m_testButton(new QPushButton(tr("Test connection"), this)),
      m_connectButton(new QPushButton(tr("Connect"), this)),
      m_probe(new registry::ConnectionProbe(this))
{
    setWindowTitle(tr("Connect to a registry"));
    setObjectName(QStringLiteral("connectionDialog"));

    // Left: saved profiles.
    m_profileList->setObjectName(QStringLiteral("profileList"));
    m_profileList->setToolTip(tr("Connections saved in the settings (passwords are never saved there)"));
    m_deleteButton->setObjectName(QStringLiteral("deleteProfileButton"));
    m_deleteButton->setToolTip(tr("Forget the selected profile and its keychain entry"));
    auto *left = new QVBoxLayout;
    left->addWidget(new QLabel(tr("Saved connections"), this));
    left->addWidget(m_profileList, 1);
    left->addWidget(m_deleteButton);

    // Right: the connection's details.
    m_name->setObjectName(QStringLiteral("profileName"));
    m_name->setPlaceholderText(tr("e.g. Hue-S production"));
    m_engine->setObjectName(QStringLiteral("engine"));
    m_engine->insertItem(SqliteIndex, tr("SQLite file"));
    m_engine->insertItem(PostgresIndex, tr("PostgreSQL server"));
    m_engine->setToolTip(tr("Where the registry is kept"));

    auto *sqlitePage = new QWidget(this);
    m_path->setObjectName(QStringLiteral("sqlitePath"));
    m_path->setPlaceholderText(tr("/path/to/registry.sqlite"));
    auto *browse = new QPushButton(tr("Browse…"), sqlitePage);
    browse->setObjectName(QStringLiteral("browseButton"));
    browse->setToolTip(tr("Choose the registry file"));
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::browseForFile);
    auto *sqliteLayout = new QFormLayout(sqlitePage);
    sqliteLayout->setContentsMargins(0, 0, 0, 0);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    sqliteLayout->addRow(tr("File:"), pathRow);

    auto *postgresPage = new QWidget(this);
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_database->setObjectName(QStringLiteral("pgDatabase"));
    m_user->setObjectName(QStringLiteral("pgUser"));
    m_passwordEdit->setObjectName(QStringLiteral("pgPassword"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_port->setGroupSeparatorShown(false);
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setPlaceholderText(tr("leave empty to use the saved password"));
    m_remember->setObjectName(QStringLiteral("rememberPassword"));
    m_remember->setToolTip(tr("The password (and a client key's passphrase) go to the system keychain, never "
                              "to the settings file"));
    auto *postgresLayout = new QFormLayout(postgresPage);
    postgresLayout->setContentsMargins(0, 0, 0, 0);
    postgresLayout->addRow(tr("Host:"), m_host);
    postgresLayout->addRow(tr("Port:"), m_port);
    postgresLayout->addRow(tr("Database:"), m_database);
    postgresLayout->addRow(tr("User:"), m_user);
    postgresLayout->addRow(tr("Password:"), m_passwordEdit);
    postgresLayout->addRow(QString(), m_remember);
    postgresLayout->addRow(m_tls);

    m_engineFields->insertWidget(SqliteIndex, sqlitePage);
    m_engineFields->insertWidget(PostgresIndex, postgresPage);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(tr("Registry:"), m_engine);
    auto *details = new QVBoxLayout(m_details);
    details->setContentsMargins(0, 0, 0, 0);
    details->addLayout(form);
    details->addWidget(m_engineFields);
    details->addStretch();
    auto *right = new QVBoxLayout;
    right->addWidget(m_details, 1);
    m_notice->setObjectName(QStringLiteral("connectionNotice"));
    m_notice->hide();
    right->addWidget(m_notice);

    m_saveButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_saveButton->setToolTip(tr("Save these details under the profile name"));
    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_testButton->setToolTip(tr("Try these details without leaving the registry that is open"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_connectButton->setToolTip(tr("Open this registry read-only"));
    m_connectButton->setDefault(true);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_saveButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connectButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    connect(m_engine, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateEngineFields);
    connect(m_profileList, &QListWidget::currentRowChanged, this, &ConnectionDialog::loadSelectedProfile);
    connect(m_deleteButton, &QPushButton::clicked, this, &ConnectionDialog::deleteProfile);
    connect(m_saveButton, &QPushButton::clicked, this, &ConnectionDialog::saveProfile);
    connect(m_testButton, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_probe, &registry::ConnectionProbe::finished, this, &ConnectionDialog::showTestResult);
    connect(m_host, &QLineEdit::textChanged, m_tls, &TlsSettingsBox::setHost);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::connectRegistry);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    reloadProfiles();
    updateEngineFields();
    resize(760, 600);
}

void ConnectionDialog::reloadProfiles(const QString &select)
{
    const QSignalBlocker blocker(m_profileList);
    m_profileList->clear();
    for (const ConnectionProfile &profile : m_profiles.profiles()) {
        auto *item = new QListWidgetItem(profile.name, m_profileList);
        item->setToolTip(connection::engineName(profile.spec.engine) + QLatin1String(" · ")
                         + profile.spec.toUrl());
        if (profile.name == select)
            m_profileList->setCurrentItem(item);
    }
    m_deleteButton->setEnabled(m_profileList->currentItem() != nullptr);
}

void ConnectionDialog::selectProfile(const QString &name)
{
    const auto items = m_profileList->findItems(name, Qt::MatchExactly);
    if (!items.isEmpty())
        m_profileList->setCurrentItem(items.first());
}

void ConnectionDialog::loadSelectedProfile()
{
    QListWidgetItem *item = m_profileList->currentItem();
    m_deleteButton->setEnabled(item != nullptr);
    if (!item)
        return;
    const auto profile = m_profiles.find(item->text());
    if (!profile)
        return;
    setSpec(profile->spec);
    m_name->setText(profile->name);
    clearNotice();
}

void ConnectionDialog::setSpec(const ConnectionSpec &spec)
{
    m_engine->setCurrentIndex(spec.engine == Engine::Sqlite ? SqliteIndex : PostgresIndex);
    m_path->setText(spec.path);
    m_host->setText(spec.host);
    m_port->setValue(spec.port);
    m_database->setText(spec.database);
    m_user->setText(spec.user);
    m_tls->setSettings(spec);
    m_passwordEdit->clear();
    m_remember->setChecked(false);
}

void ConnectionDialog::updateEngineFields()
{
    m_engineFields->setCurrentIndex(m_engine->currentIndex());
}

void ConnectionDialog::browseForFile()
{
    const QString file
        = QFileDialog::getOpenFileName(this, tr("Choose the registry file"), m_path->text(),
                                       tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)"));
    if (!file.isEmpty())
        m_path->setText(file);
}

Result<ConnectionSpec> ConnectionDialog::specFromFields() const
{
    ConnectionSpec spec;
    if (m_engine->currentIndex() == SqliteIndex) {
        // parse() makes the path absolute and clean, as the command line does.
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return Error::make(tr("Choose the registry file."), {}, Error::Kind::InvalidInput);
        return ConnectionSpec::parse(QStringLiteral("sqlite:") + path);
    }
    spec.engine = Engine::Postgres;
    spec.host = m_host->text().trimmed();
    spec.port = m_port->value();
    spec.database = m_database->text().trimmed();
    spec.user = m_user->text().trimmed();
    m_tls->applyTo(spec);
    if (spec.host.isEmpty() || spec.database.isEmpty() || spec.user.isEmpty())
        return Error::make(tr("Fill in the host, the database and the user."), {}, Error::Kind::InvalidInput);
    return spec;
}

void ConnectionDialog::setNotice(const sw::Error &notice)
{
    m_notice->setError(notice);
    m_notice->show();
}

QString ConnectionDialog::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->message();
}

void ConnectionDialog::setInformation(const QString &text, const QString &details)
{
    m_notice->setInformation(text, details);
    m_notice->show();
}

void ConnectionDialog::clearNotice()
{
    m_notice->hide();
}

void ConnectionDialog::reportKeychainUnavailable(const sw::Error &error)
{
    m_keychainWorks = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_remember->setToolTip(tr("The system keychain is not available"));
    setNotice(
        Error::make(tr("The system keychain is not available, so the password cannot be saved there. "
                       "SignWatch keeps it in memory for this session only; you will be asked again after "
                       "a restart."),
                    error.fullText()));
}

bool ConnectionDialog::rememberSecret(const QString &key, const QString &secret)
{
    if (key.isEmpty() || secret.isEmpty())
        return true;
    m_sessionPasswords.insert(key, secret);
    if (!m_remember->isChecked() || !m_keychainWorks)
        return true;
    if (auto written = m_secrets.write(key, secret); !written) {
        qCWarning(lcUi) << "keychain write failed:" << written.error().message;
        reportKeychainUnavailable(written.error());
        return false;
    }
    return true;
}

void ConnectionDialog::saveProfile()
{
    auto spec = specFromFields();
    if (!spec) {
        setNotice(spec.error());
        return;
    }
    const ConnectionProfile profile {m_name->text().trimmed(), *spec};
    if (profile.name.isEmpty()) {
        setNotice(Error::make(tr("Give the profile a name.")));
        m_name->setFocus();
        return;
    }
    if (auto saved = m_profiles.save(profile); !saved) {
        setNotice(saved.error());
        return;
    }
    reloadProfiles(profile.name);
    Q_EMIT profilesChanged();
    if (rememberSecret(spec->keychainKey(), m_passwordEdit->text())
        && rememberSecret(spec->sslKeyKeychainKey(), m_tls->keyPassphrase()))
        setInformation(tr("Profile \"%1\" saved.").arg(profile.name));
}

void ConnectionDialog::deleteProfile()
{
    QListWidgetItem *item = m_profileList->currentItem();
    if (!item)
        return;
    const QString name = item->text();
    const auto answer = QMessageBox::question(
        this, tr("Delete profile"),
        tr("Delete the profile \"%1\"? Its saved password is removed from the keychain too; the "
           "registry itself is not touched.")
            .arg(name));
    if (answer != QMessageBox::Yes)
        return;
    if (const auto profile = m_profiles.find(name); profile && profile->spec.engine == Engine::Postgres) {
        // Only when no other profile uses the same server account.
        bool shared = false;
        for (const ConnectionProfile &other : m_profiles.profiles())
            shared
                = shared || (other.name != name && other.spec.keychainKey() == profile->spec.keychainKey());
        if (!shared) {
            for (const QString &key : {profile->spec.keychainKey(), profile->spec.sslKeyKeychainKey()})
                if (auto removed = m_secrets.remove(key);
                    !removed && removed.error().kind != Error::Kind::NotFound)
                    qCWarning(lcUi) << "keychain entry not removed:" << removed.error().message;
        }
    }
    m_profiles.remove(name);
    reloadProfiles();
    Q_EMIT profilesChanged();
    clearNotice();
}

std::optional<connection::Credentials> ConnectionDialog::resolveCredentials(const ConnectionSpec &spec,
                                                                            bool remember)
{
    connection::Credentials credentials;
    if (spec.engine != Engine::Postgres)
        return credentials;
    const QString typed = m_passwordEdit->text();
    if (!typed.isEmpty()) {
        if (remember && !rememberSecret(spec.keychainKey(), typed))
            return std::nullopt; // the notice says the password stays in memory; the next click goes on
        credentials.password = typed;
    } else if (m_sessionPasswords.contains(spec.keychainKey())) {
        credentials.password = m_sessionPasswords.value(spec.keychainKey());
    } else if (auto stored = m_secrets.read(spec.keychainKey()); stored) {
        credentials.password = *stored;
    } else if (spec.sslCert.isEmpty()) { // a client certificate may be all the server asks for
        if (keychainIsDown(stored.error()))
            reportKeychainUnavailable(stored.error());
        else
            setNotice(Error::make(tr("Enter the password: none is saved for this connection.")));
        m_passwordEdit->setFocus();
        return std::nullopt;
    }
    // A key without a passphrase needs none: nothing saved is not an error.
    const QString passphrase = m_tls->keyPassphrase();
    if (!passphrase.isEmpty()) {
        if (remember && !rememberSecret(spec.sslKeyKeychainKey(), passphrase))
            return std::nullopt;
        credentials.sslKeyPassword = passphrase;
    } else if (!spec.sslKey.isEmpty()) {
        if (m_sessionPasswords.contains(spec.sslKeyKeychainKey()))
            credentials.sslKeyPassword = m_sessionPasswords.value(spec.sslKeyKeychainKey());
        else if (auto stored = m_secrets.read(spec.sslKeyKeychainKey()); stored)
            credentials.sslKeyPassword = *stored;
    }
    return credentials;
}

void ConnectionDialog::setBusy(bool busy)
{
    m_details->setEnabled(!busy);
    m_profileList->setEnabled(!busy);
    m_deleteButton->setEnabled(!busy && m_profileList->currentItem());
    m_saveButton->setEnabled(!busy);
    m_testButton->setEnabled(!busy);
    m_connectButton->setEnabled(!busy);
}

void ConnectionDialog::connectRegistry()
{
    auto spec = specFromFields();
    if (!spec) {
        setNotice(spec.error());
        return;
    }
    const auto credentials = resolveCredentials(*spec, true);
    if (!credentials)
        return;
    m_spec = *spec;
    m_credentials = *credentials;
    const auto profile = m_profiles.find(m_name->text().trimmed());
    m_profileName = profile && profile->spec == m_spec ? profile->name : QString();
    m_connecting = true;
    setBusy(true);
    setInformation(tr("Connecting to %1…").arg(m_spec.displayName()));
    Q_EMIT connectRequested();
}

void ConnectionDialog::connectFailed(const sw::Error &error)
{
    m_connecting = false;
    setBusy(false);
    if (error.kind == Error::Kind::Cancelled)
        setInformation(error.message);
    else
        setNotice(error);
}

void ConnectionDialog::testConnection()
{
    auto spec = specFromFields();
    if (!spec) {
        setNotice(spec.error());
        return;
    }
    const auto credentials = resolveCredentials(*spec, false);
    if (!credentials)
        return;
    setBusy(true);
    setInformation(tr("Testing the connection to %1…").arg(spec->displayName()));
    m_probe->start(*spec, *credentials);
}

void ConnectionDialog::showTestResult()
{
    setBusy(false);
    const auto &result = m_probe->result();
    if (!result) {
        setNotice(result.error());
    } else {
        const connection::ConnectionSecurity &security = result->security;
        const QString works = security.network ? tr("The connection works: %1.").arg(security.summary())
                                               : tr("The registry file can be read.");
        if (result->contract.ok())
            setInformation(works + QLatin1Char(' ') + tr("The registry meets the data contract."),
                           security.details());
        else
            setNotice(Error::make(works + QLatin1Char(' ')
                                      + tr("The registry does not meet the data contract: %n problem(s).",
                                           nullptr, int(result->contract.problems().size())),
                                  result->contract.problems().join(QLatin1Char('\n'))));
    }
    Q_EMIT connectionTested();
}

} // namespace sw::ui
