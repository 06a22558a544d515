// The connection dialog: profiles in the settings, passwords only in the keychain (or in memory
// when the keychain cannot take them), and what it hands to the main window.
#include "ConnectionDialog.h"
#include "registry/ConnectionProfile.h"
#include "registry/SecretStore.h"
#include "settings/Settings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

private:
    QString settingsText() const;

    QTemporaryDir m_dir;
    QString m_iniPath;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<registry::ProfileStore> m_profiles;
    // A service of its own keeps test entries apart from a real SignWatch keychain.
    registry::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    QHash<QString, QString> m_sessionPasswords;
    bool m_keychainWorks = false;
};

void TestUiConnectionDialog::initTestCase()
{
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
    m_profiles = std::make_unique<registry::ProfileStore>(m_settings->store());
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
    m_settings->store().sync();
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
    QCOMPARE(saved->spec.engine, registry::Engine::Sqlite);
    QCOMPARE(saved->spec.path, path);
    QCOMPARE(child<QListWidget>(dialog, "profileList")->count(), 1);

    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
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
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
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
    registry::ConnectionSpec spec;
    spec.engine = registry::Engine::Postgres;
    spec.host = QStringLiteral("db.hue.gov.vn");
    spec.port = 5433;
    spec.database = QStringLiteral("hues");
    spec.user = QStringLiteral("sotttt_reader");
    m_sessionPasswords.insert(spec.keychainKey(), secretPassword);

    ui::ConnectionDialog dialog(*m_profiles, m_secrets, m_sessionPasswords);
    dialog.setSpec(spec);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::mouseClick(child<QPushButton>(dialog, "connectButton"), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.spec(), spec);
    QCOMPARE(dialog.password(), secretPassword);
    QVERIFY(dialog.profileName().isEmpty());
}

QTEST_MAIN(TestUiConnectionDialog)
#include "tst_ui_connectiondialog.moc"
