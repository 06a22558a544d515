// The connection dialog: profiles in the settings, passwords only in the keychain (or in memory
// when the keychain cannot take them), and what it hands to the main window.
#include "ScratchRegistry.h"
#include "connection/ConnectionProfile.h"
#include "connection/SecretStore.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/ConnectionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

namespace {
const QString secretPassword = QStringLiteral("Pw-s3cret-Hue-2023");

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

void fillPostgres(ui::ConnectionDialog &dialog, const QString &name, const QString &database)
{
    child<QLineEdit>(dialog, "profileName")->setText(name);
    child<QComboBox>(dialog, "engine")->setCurrentIndex(1);
    child<QLineEdit>(dialog, "pgHost")->setText(QStringLiteral("db.hue.gov.vn"));
    child<QSpinBox>(dialog, "pgPort")->setValue(5433);
    child<QLineEdit>(dialog, "pgDatabase")->setText(database);
    child<QLineEdit>(dialog, "pgUser")->setText(QStringLiteral("sotttt_reader"));
}
} // namespace

class TestUiConnectionDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void savesSqliteProfileAndConnects();
    void savesPostgresProfileWithoutThePassword();
    void asksForAPasswordWhenNoneIsStored();
    void sessionPasswordIsReused();
    void tlsSettingsFollowTheHost();
    void keyPassphraseStaysOutOfTheSettings();
    void failedConnectKeepsEverythingTyped();
    void testConnectionSwitchesNothing_data();
    void testConnectionSwitchesNothing();

private:
    QString settingsText() const;

    QTemporaryDir m_dir;
    QString m_iniPath;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    // A service of its own keeps test entries apart from a real SignWatch keychain.
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    QHash<QString, QString> m_sessionPasswords;
    bool m_keychainWorks = false;
};

void TestUiConnectionDialog::initTestCase()
{
    QVERIFY(test::checkPostgresRequirement());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    const auto probe = m_secrets.write(QStringLiteral("probe"), QStringLiteral("x"));
    m_keychainWorks = probe.ok();
    if (m_keychainWorks)
        (void)m_secrets.remove(QStringLiteral("probe"));
    qInfo("system keychain %s", m_keychainWorks ? "available" : "unavailable: testing the fallback");
}

void TestUiConnectionDialog::init()
{
    m_iniPath = m_dir.filePath(QStringLiteral("%1.ini").arg(QLatin1String(QTest::currentTestFunction())));
    QFile::remove(m_iniPath);
    m_settings = std::make_unique<settings::Settings>(m_iniPath);
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    m_sessionPasswords.clear();
}

void TestUiConnectionDialog::cleanup()
{
    if (m_keychainWorks) {
        for (const auto &profile : m_profiles->profiles())
            (void)m_secrets.remove(profile.spec.keychainKey());
    }
    m_profiles.reset();
    m_settings.reset();
}

QString TestUiConnectionDialog::settingsText() const
{
    m_settings->sync();
    QFile file(m_iniPath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

void TestUiConnectionDialog::savesSqliteProfileAndConnects()
{
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir.filePath(QStringLiteral("Sổ đăng ký.sqlite"));
    child<QLineEdit>(dialog, "profileName")->setText(QStringLiteral("Bản sao Hue-S"));
    child<QComboBox>(dialog, "engine")->setCurrentIndex(0);
    child<QLineEdit>(dialog, "sqlitePath")->setText(path);
    QTest::mouseClick(child<QPushButton>(dialog, "saveProfileButton"), Qt::LeftButton);

    const auto saved = m_profiles->find(QStringLiteral("Bản sao Hue-S"));
    QVERIFY(saved);
    QCOMPARE(saved->spec.engine, connection::Engine::Sqlite);
    QCOMPARE(saved->spec.path, path);
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);

    // Connect asks the window to open it, and waits for the outcome.
    QSignalSpy requested(&dialog, &ui::ConnectionDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(dialog.isVisible() && dialog.isConnecting());
    QCOMPARE(dialog.spec(), saved->spec);
    QCOMPARE(dialog.profileName(), QStringLiteral("Bản sao Hue-S"));
    QVERIFY(dialog.password().isEmpty());
}

void TestUiConnectionDialog::savesPostgresProfileWithoutThePassword()
{
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(dialog, QStringLiteral("Hue-S production"), QStringLiteral("hues"));
    child<QLineEdit>(dialog, "pgPassword")->setText(secretPassword);
    child<QCheckBox>(dialog, "rememberPassword")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "saveProfileButton"), Qt::LeftButton);

    const auto saved = m_profiles->find(QStringLiteral("Hue-S production"));
    QVERIFY(saved);
    QCOMPARE(saved->spec.port, 5433);
    const QString ini = settingsText();
    QVERIFY2(ini.contains(QStringLiteral("db.hue.gov.vn")), qPrintable(ini));
    QVERIFY2(!ini.contains(secretPassword), "the password reached the settings file");

    if (m_keychainWorks) {
        const auto stored = m_secrets.read(saved->spec.keychainKey());
        if (!stored)
            QFAIL(qPrintable(stored.error().fullText()));
        QCOMPARE(*stored, secretPassword);
        QVERIFY(dialog.notice().contains(QStringLiteral("saved")));
    } else {
        // No keychain: the dialog says so, and the password lives in memory only.
        QVERIFY2(dialog.notice().contains(QStringLiteral("memory for this session only")),
                 qPrintable(dialog.notice()));
        QVERIFY(!child<QCheckBox>(dialog, "rememberPassword")->isEnabled());
        QCOMPARE(m_sessionPasswords.value(saved->spec.keychainKey()), secretPassword);
    }

    // Connecting hands the typed password to the caller; still nothing in the settings.
    QSignalSpy requested(&dialog, &ui::ConnectionDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(dialog.password(), secretPassword);
    QVERIFY(!settingsText().contains(secretPassword));
}

void TestUiConnectionDialog::asksForAPasswordWhenNoneIsStored()
{
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(dialog, QStringLiteral("Staging"), QStringLiteral("hues_staging"));
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // not accepted: there is no password to use
    QVERIFY(!dialog.notice().isEmpty());
    if (!m_keychainWorks)
        QVERIFY(dialog.notice().contains(QStringLiteral("keychain is not available")));

    // Missing fields are named, not sent to the server.
    child<QLineEdit>(dialog, "pgHost")->clear();
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.notice().contains(QStringLiteral("host")));
}

void TestUiConnectionDialog::sessionPasswordIsReused()
{
    connection::ConnectionSpec spec;
    spec.engine = connection::Engine::Postgres;
    spec.host = QStringLiteral("db.hue.gov.vn");
    spec.port = 5433;
    spec.database = QStringLiteral("hues");
    spec.user = QStringLiteral("sotttt_reader");
    m_sessionPasswords.insert(spec.keychainKey(), secretPassword);

    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.setSpec(spec);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy requested(&dialog, &ui::ConnectionDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(dialog.spec(), spec);
    QCOMPARE(dialog.password(), secretPassword);
    QVERIFY(dialog.profileName().isEmpty());
}

// verify-full for a server on the network until the user lowers it; then a warning says what that
// means, and the profile keeps the chosen mode and files.
void TestUiConnectionDialog::tlsSettingsFollowTheHost()
{
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *mode = child<QComboBox>(dialog, "sslMode");
    auto *warning = child<QLabel>(dialog, "tlsWarning");
    fillPostgres(dialog, QStringLiteral("Hue-S TLS"), QStringLiteral("hues"));
    QCOMPARE(connection::SslMode(mode->currentData().toInt()), connection::SslMode::VerifyFull);
    QVERIFY(warning->isHidden());
    child<QLineEdit>(dialog, "pgHost")->setText(QStringLiteral("localhost"));
    QCOMPARE(connection::SslMode(mode->currentData().toInt()), connection::SslMode::Prefer);
    QVERIFY(warning->isHidden()); // nothing crosses a network
    child<QLineEdit>(dialog, "pgHost")->setText(QStringLiteral("db.hue.gov.vn"));
    QCOMPARE(connection::SslMode(mode->currentData().toInt()), connection::SslMode::VerifyFull);

    // The user lowers it: told what it means, and the choice no longer follows the host.
    mode->setCurrentIndex(mode->findData(int(connection::SslMode::Require)));
    Q_EMIT mode->activated(mode->currentIndex());
    QVERIFY(!warning->isHidden());
    QVERIFY2(warning->text().contains(QLatin1String("require")), qPrintable(warning->text()));
    QVERIFY2(warning->text().contains(QLatin1String("not verified")), qPrintable(warning->text()));
    child<QLineEdit>(dialog, "sslRootCert")->setText(QStringLiteral("/etc/signwatch/hue-ca.pem"));
    child<QLineEdit>(dialog, "sslCert")->setText(QStringLiteral("/home/u/.signwatch/client.crt"));
    child<QLineEdit>(dialog, "sslKey")->setText(QStringLiteral("/home/u/.signwatch/client.key"));
    QTest::mouseClick(child<QPushButton>(dialog, "saveProfileButton"), Qt::LeftButton);

    const auto saved = m_profiles->find(QStringLiteral("Hue-S TLS"));
    QVERIFY(saved);
    QCOMPARE(saved->spec.effectiveSslMode(), connection::SslMode::Require);
    QCOMPARE(saved->spec.sslRootCert, QStringLiteral("/etc/signwatch/hue-ca.pem"));
    QCOMPARE(saved->spec.sslCert, QStringLiteral("/home/u/.signwatch/client.crt"));
    QCOMPARE(saved->spec.sslKey, QStringLiteral("/home/u/.signwatch/client.key"));
    QVERIFY(settingsText().contains(QStringLiteral("sslmode=require")));

    // Loaded again from the profile: the same settings in the fields.
    ui::ConnectionDialog again(*m_profiles, m_secrets, m_sessionPasswords);
    again.selectProfile(QStringLiteral("Hue-S TLS"));
    QCOMPARE(connection::SslMode(child<QComboBox>(again, "sslMode")->currentData().toInt()),
             connection::SslMode::Require);
    QCOMPARE(child<QLineEdit>(again, "sslKey")->text(), QStringLiteral("/home/u/.signwatch/client.key"));
}

void TestUiConnectionDialog::keyPassphraseStaysOutOfTheSettings()
{
    const QString passphrase = QStringLiteral("Cụm-mật-khẩu-khóa-77");
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(dialog, QStringLiteral("Client certificate"), QStringLiteral("hues"));
    child<QLineEdit>(dialog, "sslCert")->setText(QStringLiteral("/k/client.crt"));
    child<QLineEdit>(dialog, "sslKey")->setText(QStringLiteral("/k/client.key"));
    child<QLineEdit>(dialog, "sslKeyPassphrase")->setText(passphrase);
    child<QCheckBox>(dialog, "rememberPassword")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(dialog, "saveProfileButton"), Qt::LeftButton);
    const auto saved = m_profiles->find(QStringLiteral("Client certificate"));
    QVERIFY(saved);
    QVERIFY2(!settingsText().contains(passphrase), "the key's passphrase reached the settings file");
    if (m_keychainWorks) {
        const auto stored = m_secrets.read(saved->spec.sslKeyKeychainKey());
        QVERIFY2(stored.ok(), qPrintable(stored ? QString() : stored.error().fullText()));
        QCOMPARE(*stored, passphrase);
    }

    // A fresh dialog finds it (the keychain, or this session's memory) for the connection, and
    // needs no password: the certificate may be all the server asks for.
    ui::ConnectionDialog later(*m_profiles, m_secrets, m_sessionPasswords);
    later.selectProfile(QStringLiteral("Client certificate"));
    later.show();
    QVERIFY(QTest::qWaitForWindowExposed(&later));
    QSignalSpy requested(&later, &ui::ConnectionDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(later, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(later.credentials().sslKeyPassword, passphrase);
    if (m_keychainWorks)
        (void)m_secrets.remove(saved->spec.sslKeyKeychainKey());
}

// A failed attempt leaves every field as it was typed, says why, and lets the user try again.
void TestUiConnectionDialog::failedConnectKeepsEverythingTyped()
{
    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    fillPostgres(dialog, QStringLiteral("Hue-S"), QStringLiteral("hues"));
    child<QLineEdit>(dialog, "pgPassword")->setText(secretPassword);
    child<QLineEdit>(dialog, "sslRootCert")->setText(QStringLiteral("/etc/signwatch/hue-ca.pem"));
    child<QLineEdit>(dialog, "sslKeyPassphrase")->setText(QStringLiteral("phrase"));
    QSignalSpy requested(&dialog, &ui::ConnectionDialog::connectRequested);
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(!child<QPushButton>(dialog, "connectButton")->isEnabled()); // one attempt at a time

    dialog.connectFailed(Error::make(QStringLiteral("Could not connect to the PostgreSQL registry hues."),
                                     QStringLiteral("connection refused")));
    QVERIFY(dialog.isVisible() && !dialog.isConnecting());
    QCOMPARE(dialog.notice(), QStringLiteral("Could not connect to the PostgreSQL registry hues."));
    QCOMPARE(child<QLineEdit>(dialog, "pgHost")->text(), QStringLiteral("db.hue.gov.vn"));
    QCOMPARE(child<QSpinBox>(dialog, "pgPort")->value(), 5433);
    QCOMPARE(child<QLineEdit>(dialog, "pgDatabase")->text(), QStringLiteral("hues"));
    QCOMPARE(child<QLineEdit>(dialog, "pgUser")->text(), QStringLiteral("sotttt_reader"));
    QCOMPARE(child<QLineEdit>(dialog, "pgPassword")->text(), secretPassword);
    QCOMPARE(child<QLineEdit>(dialog, "sslRootCert")->text(), QStringLiteral("/etc/signwatch/hue-ca.pem"));
    QCOMPARE(child<QLineEdit>(dialog, "sslKeyPassphrase")->text(), QStringLiteral("phrase"));
    QVERIFY(child<QPushButton>(dialog, "connectButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(requested.count(), 2);
}

void TestUiConnectionDialog::testConnectionSwitchesNothing_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

// "Test connection" tries the typed details off the GUI thread and says what it found.
void TestUiConnectionDialog::testConnectionSwitchesNothing()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    QVERIFY((*scratch)->exec({QStringLiteral("ALTER TABLE lookups DROP COLUMN found")}).ok());
    (*scratch)->closeWriter();
    const connection::ConnectionSpec spec = (*scratch)->spec();

    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.setSpec(spec);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (engine == connection::Engine::Postgres)
        child<QLineEdit>(dialog, "pgPassword")->setText((*scratch)->password());
    QSignalSpy requested(&dialog, &ui::ConnectionDialog::connectRequested);
    QSignalSpy tested(&dialog, &ui::ConnectionDialog::connectionTested);
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(
        !child<QPushButton>(dialog, "connectButton")->isEnabled()); // the window stays responsive meanwhile
    QVERIFY(tested.wait(15000));
    QVERIFY2(dialog.notice().contains(QLatin1String("does not meet the data contract")),
             qPrintable(dialog.notice()));
    if (engine == connection::Engine::Postgres)
        QVERIFY2(dialog.notice().contains(QLatin1String("The connection works: not encrypted")),
                 qPrintable(dialog.notice()));
    QCOMPARE(requested.count(), 0);
    QVERIFY(child<QPushButton>(dialog, "connectButton")->isEnabled());
    QVERIFY(m_sessionPasswords.isEmpty()); // a test keeps nothing

    // A wrong password (or a missing file) is said in the dialog.
    if (engine == connection::Engine::Postgres)
        child<QLineEdit>(dialog, "pgPassword")->setText(QStringLiteral("wrong-password"));
    else
        child<QLineEdit>(dialog, "sqlitePath")->setText(spec.path + QStringLiteral(".absent"));
    QTest::mouseClick(child<QPushButton>(dialog, "testConnectionButton"), Qt::LeftButton);
    QVERIFY(tested.wait(15000));
    QVERIFY2(dialog.notice().startsWith(QLatin1String(
                 engine == connection::Engine::Postgres ? "Could not connect" : "The registry file")),
             qPrintable(dialog.notice()));
    QVERIFY(!dialog.notice().contains(QLatin1String("wrong-password")));
    QCOMPARE(requested.count(), 0);
}

QTEST_MAIN(TestUiConnectionDialog)
#include "tst_ui_connectiondialog.moc"
