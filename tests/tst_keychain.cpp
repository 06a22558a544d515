#include "registry/SecretStore.h"

#include <QCoreApplication>
#include <QTest>
#include <QUuid>

using sw::registry::SecretStore;

// Round trips through the real system keychain (Secret Service via D-Bus). The test command runs
// it in a private D-Bus session with an unlocked gnome-keyring and sets SIGNWATCH_REQUIRE_KEYCHAIN=1.
class TestKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void roundTrip();
    void missingEntryIsNotFound();

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

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
