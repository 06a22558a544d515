// Settings, "Casebook" (issue 13): this desk's file or the Department's shared casebook, kept in the
// settings as a URL without a password (the password in the keychain, as the registry's).
#include "casebook/Casebook.h"
#include "connection/SecretStore.h"
#include "settings/CasebookProfile.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSettingsBox.h"
#include "shell/SettingsPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;

class TestUiCasebookSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        auto probe = m_secrets.write(QStringLiteral("probe"), QStringLiteral("x"));
        m_keychainWorks = probe.ok();
        if (m_keychainWorks)
            (void)m_secrets.remove(QStringLiteral("probe"));
        qInfo("system keychain %s", m_keychainWorks ? "available" : "unavailable: testing the fallback");
    }

    void defaultIsTheLocalFile()
    {
        settings::Settings settings(m_dir.filePath(QStringLiteral("default.ini")));
        const QString standard = casebook::Casebook::defaultPath();
        auto spec = settings::casebookSpec(settings, standard);
        QVERIFY(spec.ok());
        QCOMPARE(spec->engine, connection::Engine::Sqlite);
        QCOMPARE(spec->path, standard);

        settings::ProfileStore profiles(settings);
        ui::SettingsPage page(settings, profiles, m_secrets);
        auto *engine = page.findChild<QComboBox *>(QStringLiteral("casebookEngine"));
        QVERIFY(engine);
        QCOMPARE(engine->currentIndex(), 0);
        // A file of its own: kept as a path, and read back as that file.
        page.findChild<QLineEdit *>(QStringLiteral("casebookPath"))
            ->setText(m_dir.filePath(QStringLiteral("desk.sqlite")));
        QSignalSpy chosen(page.casebookSettings(), &ui::CasebookSettingsBox::casebookChosen);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("casebookApply")), Qt::LeftButton);
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(settings.casebookUrl(), QString());
        QCOMPARE(settings.casebookPath(), m_dir.filePath(QStringLiteral("desk.sqlite")));
        QCOMPARE(settings::casebookSpec(settings, standard)->path,
                 m_dir.filePath(QStringLiteral("desk.sqlite")));
    }

    void sharedCasebookKeepsNoPassword()
    {
        const QString ini = m_dir.filePath(QStringLiteral("shared.ini"));
        const QString secret = QStringLiteral("s3cret-casebook-pw");
        connection::ConnectionSpec expected;
        {
            settings::Settings settings(ini);
            settings::ProfileStore profiles(settings);
            ui::SettingsPage page(settings, profiles, m_secrets);
            page.findChild<QComboBox *>(QStringLiteral("casebookEngine"))->setCurrentIndex(1);
            page.findChild<QLineEdit *>(QStringLiteral("casebookHost"))
                ->setText(QStringLiteral("db.stttt.hue"));
            page.findChild<QSpinBox *>(QStringLiteral("casebookPort"))->setValue(5433);
            page.findChild<QLineEdit *>(QStringLiteral("casebookDatabase"))
                ->setText(QStringLiteral("casebook"));
            page.findChild<QLineEdit *>(QStringLiteral("casebookUser"))->setText(QStringLiteral("alice"));
            page.findChild<QLineEdit *>(QStringLiteral("casebookPassword"))->setText(secret);
            // TLS as for the registry: the same box, the same modes.
            auto *mode = page.findChild<QComboBox *>(QStringLiteral("sslMode"));
            QVERIFY(mode);
            const int verifyCa = mode->findData(int(connection::SslMode::VerifyCa));
            mode->setCurrentIndex(verifyCa);
            Q_EMIT mode->activated(verifyCa); // as a user's choice does
            QSignalSpy chosen(page.casebookSettings(), &ui::CasebookSettingsBox::casebookChosen);
            QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("casebookApply")), Qt::LeftButton);
            QCOMPARE(chosen.count(), 1);
            expected = chosen.at(0).at(0).value<connection::ConnectionSpec>();
            QCOMPARE(chosen.at(0).at(1).value<connection::Credentials>().password, secret);
            QCOMPARE(expected.engine, connection::Engine::Postgres);
            QCOMPARE(expected.effectiveSslMode(), connection::SslMode::VerifyCa);
            QVERIFY(!settings.casebookUrl().isEmpty());
            QVERIFY(!page.casebookSettings()->notice().isEmpty());
        }
        // The settings file holds the address, never the password.
        QFile file(ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains("db.stttt.hue"));
        QVERIFY(!stored.contains(secret.toUtf8()));
        if (m_keychainWorks) {
            QCOMPARE(m_secrets.read(expected.keychainKey()).value(), secret);
            (void)m_secrets.remove(expected.keychainKey());
        }

        // Read back at the next start: the same casebook, and the page shows it.
        settings::Settings again(ini);
        auto spec = settings::casebookSpec(again, casebook::Casebook::defaultPath());
        QVERIFY(spec.ok());
        QVERIFY(*spec == expected);
        QCOMPARE(spec->port, 5433);
        settings::ProfileStore profiles(again);
        ui::SettingsPage page(again, profiles, m_secrets);
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("casebookEngine"))->currentIndex(), 1);
        QCOMPARE(page.findChild<QLineEdit *>(QStringLiteral("casebookUser"))->text(),
                 QStringLiteral("alice"));
        QVERIFY(page.findChild<QLineEdit *>(QStringLiteral("casebookPassword"))->text().isEmpty());
    }

    void incompleteOrDamagedIsRefused()
    {
        settings::Settings settings(m_dir.filePath(QStringLiteral("incomplete.ini")));
        settings::ProfileStore profiles(settings);
        ui::SettingsPage page(settings, profiles, m_secrets);
        page.findChild<QComboBox *>(QStringLiteral("casebookEngine"))->setCurrentIndex(1);
        page.findChild<QLineEdit *>(QStringLiteral("casebookHost"))->setText(QStringLiteral("db.stttt.hue"));
        QSignalSpy chosen(page.casebookSettings(), &ui::CasebookSettingsBox::casebookChosen);
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("casebookApply")), Qt::LeftButton);
        QCOMPARE(chosen.count(), 0);
        QVERIFY(page.casebookSettings()->notice().contains(QStringLiteral("database")));
        QCOMPARE(settings.casebookUrl(), QString());

        // A stored address that no longer reads is an error, not the local file.
        settings.setCasebookUrl(QStringLiteral("postgresql://alice:pw@db/casebook"));
        auto spec = settings::casebookSpec(settings, casebook::Casebook::defaultPath());
        QVERIFY(!spec.ok());
        settings.setCasebookUrl(QStringLiteral("sqlite:/tmp/other.sqlite"));
        QVERIFY(!settings::casebookSpec(settings, casebook::Casebook::defaultPath()).ok());
    }

private:
    QTemporaryDir m_dir;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    bool m_keychainWorks = false;
};

QTEST_MAIN(TestUiCasebookSettings)
#include "tst_ui_casebooksettings.moc"
