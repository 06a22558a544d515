#include "connection/ConnectionProfile.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using sw::settings::ProfileStore;

class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveFindReplaceRemove();
    void survivesReopenAndHoldsNoPassword();
    void keepsTlsSettings();
    void settingsDefaultsAndSchemaVersion();
    void languageReadsBackFromTheFile();

private:
    static ConnectionProfile profile(const QString &name, const QString &url)
    {
        return {name, *ConnectionSpec::parse(url)};
    }
    QTemporaryDir m_dir;
};

void TestProfiles::saveFindReplaceRemove()
{
    sw::settings::Settings settings(m_dir.filePath(QStringLiteral("a.ini")));
    ProfileStore store(settings);
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(
        store.save(profile(QStringLiteral("Hue-S"), QStringLiteral("postgresql://hues@db:5432/reg"))).ok());
    QVERIFY(store.save(profile(QStringLiteral("Demo"), QStringLiteral("sqlite:/tmp/demo.sqlite"))).ok());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.profiles().first().name, QStringLiteral("Hue-S"));

    // Saving under an existing name replaces it, in place.
    QVERIFY(
        store.save(profile(QStringLiteral("Hue-S"), QStringLiteral("postgresql://hues@db2:5433/reg"))).ok());
    QCOMPARE(store.profiles().size(), 2);
    QCOMPARE(store.find(QStringLiteral("Hue-S"))->spec.host, QStringLiteral("db2"));
    QCOMPARE(store.profiles().first().name, QStringLiteral("Hue-S"));

    QVERIFY(!store.save(profile(QStringLiteral("  "), QStringLiteral("sqlite:/x"))).ok());
    store.remove(QStringLiteral("Hue-S"));
    QCOMPARE(store.profiles().size(), 1);
    QVERIFY(!store.find(QStringLiteral("Hue-S")).has_value());
}

void TestProfiles::survivesReopenAndHoldsNoPassword()
{
    const QString path = m_dir.filePath(QStringLiteral("b.ini"));
    {
        sw::settings::Settings settings(path);
        ProfileStore store(settings);
        QVERIFY(
            store.save(profile(QStringLiteral("Sở TT&TT"), QStringLiteral("postgresql://hues@db:5432/reg")))
                .ok());
    }
    sw::settings::Settings settings(path);
    ProfileStore store(settings);
    QCOMPARE(store.profiles().size(), 1);
    QCOMPARE(store.profiles().first().name, QStringLiteral("Sở TT&TT"));
    QFile ini(path);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY(!text.contains("password"));
}

// The TLS settings of a connection are part of its profile (the files' paths only).
void TestProfiles::keepsTlsSettings()
{
    const QString path = m_dir.filePath(QStringLiteral("tls.ini"));
    const ConnectionProfile saved = profile(
        QStringLiteral("Hue-S TLS"),
        QStringLiteral("postgresql://hues@db.hue.gov.vn/reg?sslmode=verify-ca&sslrootcert=/etc/sw/ca.pem"
                       "&sslcert=/home/u/.sw/client.crt&sslkey=/home/u/.sw/client.key"));
    {
        sw::settings::Settings settings(path);
        QVERIFY(ProfileStore(settings).save(saved).ok());
    }
    sw::settings::Settings settings(path);
    const auto found = ProfileStore(settings).find(QStringLiteral("Hue-S TLS"));
    QVERIFY(found);
    QCOMPARE(found->spec.effectiveSslMode(), SslMode::VerifyCa);
    QCOMPARE(found->spec.sslRootCert, QStringLiteral("/etc/sw/ca.pem"));
    QCOMPARE(found->spec.sslCert, QStringLiteral("/home/u/.sw/client.crt"));
    QCOMPARE(found->spec.sslKey, QStringLiteral("/home/u/.sw/client.key"));
    QCOMPARE(*found, saved);
}

void TestProfiles::settingsDefaultsAndSchemaVersion()
{
    const QString path = m_dir.filePath(QStringLiteral("c.ini"));
    {
        sw::settings::Settings settings(path);
        QCOMPARE(settings.language(), QStringLiteral("vi")); // Vietnamese by default
        settings.setLanguage(QStringLiteral("en"));
        settings.sync();
    }
    sw::settings::Settings settings(path);
    QCOMPARE(settings.language(), QStringLiteral("en"));
    QCOMPARE(QSettings(path, QSettings::IniFormat).value(QStringLiteral("schemaVersion")).toInt(),
             sw::settings::Settings::schemaVersion);
}

// The language must survive the settings file being read again by another process (the CLI and
// the next start), including a file from schema 1 where it sat under [General].
void TestProfiles::languageReadsBackFromTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("language.ini"));
    {
        sw::settings::Settings settings(path);
        QCOMPARE(settings.language(), QStringLiteral("vi"));
        settings.setLanguage(QStringLiteral("en"));
    }
    QCOMPARE(sw::settings::Settings(path).language(), QStringLiteral("en"));

    const QString old = m_dir.filePath(QStringLiteral("schema1.ini"));
    {
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[General]\nlanguage=en\nschemaVersion=1\n");
    }
    QCOMPARE(sw::settings::Settings(old).language(), QStringLiteral("en"));
}

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
