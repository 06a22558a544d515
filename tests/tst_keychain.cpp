#include "connection/Credentials.h"
#include "connection/SecretStore.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using sw::connection::SecretStore;

// Round trips through the real system keychain (Secret Service via D-Bus). The test command runs
// it in a private D-Bus session with an unlocked gnome-keyring and sets SIGNWATCH_REQUIRE_KEYCHAIN=1.
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsNotFound();
    void credentialsOfATlsConnection();

private:
    SecretStore m_store {QStringLiteral("SignWatch-test")};
};

void TestKeychain::initTestCase()
{
    const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_store.write(probe, QStringLiteral("x"));
    if (!written.ok()) {
        if (qEnvironmentVariable("SIGNWATCH_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL(qPrintable(QStringLiteral("keychain required but unavailable: ")
                             + written.error().fullText()));
        QSKIP(qPrintable(QStringLiteral("no keychain here: ") + written.error().fullText()));
    }
    QVERIFY(m_store.remove(probe).ok());
}

void TestKeychain::roundTrip()
{
    const QString key
        = QStringLiteral("postgresql://hues@db:5432/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString secret = QStringLiteral("mật-khẩu đặc biệt ✓ ;'\"");
    QVERIFY(m_store.write(key, secret).ok());
    const auto read = m_store.read(key);
    QVERIFY2(read.ok(), qPrintable(read ? QString() : read.error().fullText()));
    QCOMPARE(*read, secret);

    QVERIFY(m_store.write(key, QStringLiteral("changed")).ok());
    QCOMPARE(*m_store.read(key), QStringLiteral("changed"));

    QVERIFY(m_store.remove(key).ok());
    const auto gone = m_store.read(key);
    QVERIFY(!gone.ok());
    QCOMPARE(gone.error().kind, sw::Error::Kind::NotFound);
}

void TestKeychain::missingEntryIsNotFound()
{
    const auto read = m_store.read(QStringLiteral("never-written-") + QUuid::createUuid().toString());
    QVERIFY(!read.ok());
    QCOMPARE(read.error().kind, sw::Error::Kind::NotFound);
    // Removing what is not there is not an error.
    QVERIFY(m_store.remove(QStringLiteral("never-written")).ok());
}

// A password saved before the connection had TLS settings is still found once it has them; a
// client key's passphrase sits beside it, and SIGNWATCH_SSLKEY_PASSWORD wins for scripts.
void TestKeychain::credentialsOfATlsConnection()
{
    const QString database = QStringLiteral("reg_") + QUuid::createUuid().toString(QUuid::Id128);
    auto plain = sw::connection::ConnectionSpec::parse(QStringLiteral("postgresql://hues@db.hue.gov.vn/")
                                                       + database);
    QVERIFY(plain.ok());
    QVERIFY(m_store.write(plain->keychainKey(), QStringLiteral("saved-long-ago")).ok());

    auto tls
        = sw::connection::ConnectionSpec::parse(plain->toUrl()
                                                + QStringLiteral("?sslrootcert=/etc/ca.pem&sslcert=/k/c.crt"
                                                                 "&sslkey=/k/c.key"));
    QVERIFY(tls.ok());
    const QByteArray pgPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    qunsetenv("SIGNWATCH_SSLKEY_PASSWORD");
    auto credentials = sw::connection::credentialsWithoutPrompt(*tls, m_store);
    QVERIFY2(credentials.ok(), qPrintable(credentials ? QString() : credentials.error().fullText()));
    QCOMPARE(credentials->password, QStringLiteral("saved-long-ago"));
    QVERIFY(credentials->sslKeyPassword.isEmpty()); // an unencrypted key needs none

    QVERIFY(m_store.write(tls->sslKeyKeychainKey(), QStringLiteral("khóa")).ok());
    QCOMPARE(sw::connection::credentialsWithoutPrompt(*tls, m_store)->sslKeyPassword, QStringLiteral("khóa"));
    qputenv("SIGNWATCH_SSLKEY_PASSWORD", "from-the-script");
    QCOMPARE(sw::connection::credentialsWithoutPrompt(*tls, m_store)->sslKeyPassword,
             QStringLiteral("from-the-script"));
    qunsetenv("SIGNWATCH_SSLKEY_PASSWORD");

    // With a client certificate and no password anywhere: the certificate may be all it takes.
    QVERIFY(m_store.remove(plain->keychainKey()).ok());
    credentials = sw::connection::credentialsWithoutPrompt(*tls, m_store);
    QVERIFY(credentials.ok());
    QVERIFY(credentials->password.isEmpty());
    QVERIFY(!sw::connection::credentialsWithoutPrompt(*plain, m_store).ok());

    QVERIFY(m_store.remove(tls->sslKeyKeychainKey()).ok());
    if (!pgPassword.isNull())
        qputenv("PGPASSWORD", pgPassword);
}

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
