// PostgreSQL connections that can be trusted on a network: TLS as the connection's settings say,
// checked against a real server with TLS on (certificates from a throw-away CA), a real server
// with TLS off, and a fake server that asks for the password in clear text.
#include "FakePostgresServer.h"
#include "ScratchRegistry.h"
#include "TlsPostgresServer.h"

#include "connection/ConnectionSecurity.h"
#include "registry/RegistryConnection.h"
#include "settings/Settings.h"

#include <QDir>
#include <QNetworkInterface>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using sw::test::FakePostgresServer;
using sw::test::TlsPostgresServer;

namespace {
QString errorText(const sw::Error &error)
{
    return error.fullText();
}

// A password the fake server must never see from a client that asked for TLS.
const QString fakePassword = QStringLiteral("hunter2-Hue");
} // namespace

class TestRegistryTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void verifyFullWithTheCaConnects();
    void anotherCaIsRefused();
    void hostNameIsChecked();
    void clientCertificate();
    void cliCheckSaysWhoItTalksTo();
    void cliClientKeyPassphrase();
    void serverWithoutTlsIsRefused();
    void noPasswordToAServerWithoutTls_data();
    void noPasswordToAServerWithoutTls();
    void networkHostDefaultsToVerifyFull();

private:
    struct Run
    {
        int exitCode;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, const QProcessEnvironment &extra = {});
    bool needServer();

    std::unique_ptr<TlsPostgresServer> m_server;
    QString m_serverError;
    QTemporaryDir m_home;
};

void TestRegistryTls::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_home.isValid());
    // The command line's messages are checked in English (the default language is Vietnamese).
    QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("config/SignWatch"))));
    sw::settings::Settings(m_home.filePath(QStringLiteral("config/SignWatch/SignWatch.ini")))
        .setLanguage(QStringLiteral("en"));
    QElapsedTimer timer;
    timer.start();
    auto server = TlsPostgresServer::start();
    if (server) {
        m_server = std::move(server.value());
        qInfo("TLS server on 127.0.0.1:%d, started in %lld ms", m_server->port(), timer.elapsed());
    } else {
        m_serverError = errorText(server.error());
        if (TlsPostgresServer::required())
            QFAIL(qPrintable(QStringLiteral("the TLS test server did not start: ") + m_serverError));
    }
}

bool TestRegistryTls::needServer()
{
    if (m_server)
        return true;
    qWarning("no TLS server: %s", qPrintable(m_serverError));
    return false;
}

TestRegistryTls::Run TestRegistryTls::cli(const QStringList &arguments, const QProcessEnvironment &extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("SIGNWATCH_SSLKEY_PASSWORD"));
    env.insert(extra);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(SIGNWATCH_BIN_DIR "/signwatch-cli"), arguments);
    if (!process.waitForFinished(60000))
        return {-1, {}, QStringLiteral("timed out")};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

void TestRegistryTls::verifyFullWithTheCaConnects()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    const ConnectionSpec spec = m_server->spec(SslMode::VerifyFull);
    auto connection = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY2(connection.ok(), qPrintable(connection ? QString() : errorText(connection.error())));

    // What the client's libpq says…
    const ConnectionSecurity security = (*connection)->security();
    QVERIFY(security.network);
    QVERIFY(security.encrypted);
    QVERIFY(security.serverVerified());
    QCOMPARE(security.mode, SslMode::VerifyFull);
    QVERIFY2(security.protocol.startsWith(QLatin1String("TLSv1.")), qPrintable(security.protocol));
    QVERIFY(!security.cipher.isEmpty());
    QVERIFY2(security.serverSubject.contains(QLatin1String("CN=localhost")),
             qPrintable(security.serverSubject));
    QVERIFY2(security.serverIssuer.contains(QLatin1String("CN=SignWatch test CA")),
             qPrintable(security.serverIssuer));
    QVERIFY2(security.summary().contains(QLatin1String("CN=localhost")), qPrintable(security.summary()));
    QVERIFY(security.summary().contains(QLatin1String("TLS 1.")));
    // …and what the server says about the same session.
    QSqlQuery query((*connection)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT ssl, version FROM pg_stat_ssl WHERE pid = pg_backend_pid()")));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toBool());
    QCOMPARE(query.value(1).toString(), security.protocol);
}

void TestRegistryTls::anotherCaIsRefused()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    ConnectionSpec spec = m_server->spec(SslMode::VerifyFull);
    spec.sslRootCert = m_server->otherCaFile();
    const auto refused = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY(!refused.ok());
    const QString text = errorText(refused.error());
    QVERIFY2(text.contains(QLatin1String("certificate verify failed")), qPrintable(text));
    QVERIFY2(refused.error().message.contains(QLatin1String("No password was sent")), qPrintable(text));
    QVERIFY(!text.contains(TlsPostgresServer::password()));

    // verify-ca checks the CA as well.
    spec.sslMode = SslMode::VerifyCa;
    QVERIFY(!RegistryConnection::open(spec, TlsPostgresServer::password()).ok());
    // No CA file at all: libpq's default (~/.postgresql/root.crt) does not exist here.
    spec.sslMode = SslMode::VerifyFull;
    spec.sslRootCert = m_home.filePath(QStringLiteral("absent-ca.crt"));
    const auto missing = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY(!missing.ok());
    QVERIFY2(errorText(missing.error()).contains(QLatin1String("absent-ca.crt")),
             qPrintable(errorText(missing.error())));
}

// The server's certificate names localhost and 127.0.0.1; it listens on 127.0.0.2 too.
void TestRegistryTls::hostNameIsChecked()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    ConnectionSpec spec = m_server->spec(SslMode::VerifyFull);
    spec.host = QStringLiteral("127.0.0.2");
    const auto refused = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY(!refused.ok());
    QVERIFY2(errorText(refused.error()).contains(QLatin1String("does not match host name")),
             qPrintable(errorText(refused.error())));

    spec.sslMode = SslMode::VerifyCa;
    auto accepted = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY2(accepted.ok(), qPrintable(accepted ? QString() : errorText(accepted.error())));
    const ConnectionSecurity security = (*accepted)->security();
    QVERIFY(security.encrypted && security.serverVerified());
    QVERIFY(security.details().contains(QLatin1String("host name was not checked")));

    // require encrypts but checks nothing: the summary says so.
    spec.sslMode = SslMode::Require;
    spec.sslRootCert.clear();
    auto unverified = RegistryConnection::open(spec, TlsPostgresServer::password());
    QVERIFY2(unverified.ok(), qPrintable(unverified ? QString() : errorText(unverified.error())));
    QVERIFY((*unverified)->security().encrypted);
    QVERIFY(!(*unverified)->security().serverVerified());
    QVERIFY((*unverified)->security().summary().contains(QLatin1String("not verified")));
}

void TestRegistryTls::clientCertificate()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    ConnectionSpec spec = m_server->spec(SslMode::VerifyFull);
    spec.user = TlsPostgresServer::certUser();
    // Without a certificate the role cannot log in (pg_hba "cert").
    QVERIFY(!RegistryConnection::open(spec, QString()).ok());

    spec.sslCert = m_server->clientCert();
    spec.sslKey = m_server->clientKey();
    auto plainKey = RegistryConnection::open(spec, QString());
    QVERIFY2(plainKey.ok(), qPrintable(plainKey ? QString() : errorText(plainKey.error())));
    QSqlQuery who((*plainKey)->database());
    QVERIFY(who.exec(QStringLiteral("SELECT current_user, count(*) FROM providers")) && who.next());
    QCOMPARE(who.value(0).toString(), TlsPostgresServer::certUser());

    // An encrypted key: its passphrase travels as libpq's sslpassword, never in the spec.
    spec.sslKey = m_server->encryptedClientKey();
    const auto noPassphrase = RegistryConnection::open(spec, QString());
    QVERIFY(!noPassphrase.ok());
    QVERIFY(!RegistryConnection::open(spec, Credentials({}, QStringLiteral("wrong"))).ok());
    auto withPassphrase = RegistryConnection::open(spec, Credentials({}, TlsPostgresServer::keyPassphrase()));
    QVERIFY2(withPassphrase.ok(), qPrintable(withPassphrase ? QString() : errorText(withPassphrase.error())));
    QVERIFY(!spec.toUrl().contains(TlsPostgresServer::keyPassphrase()));
}

void TestRegistryTls::cliCheckSaysWhoItTalksTo()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), TlsPostgresServer::password());
    const QString url = m_server->spec(SslMode::VerifyFull).toUrl();
    QVERIFY2(url.contains(QLatin1String("sslmode=verify-full"))
                 && url.contains(QLatin1String("sslrootcert=")),
             qPrintable(url));
    Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), url}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY2(run.out.contains(QLatin1String("TLS 1.")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("CN=localhost")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("verify-full")), qPrintable(run.out));
    QVERIFY(run.err.isEmpty());

    ConnectionSpec other = m_server->spec(SslMode::VerifyFull);
    other.sslRootCert = m_server->otherCaFile();
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), other.toUrl()}, env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QLatin1String("certificate verify failed")), qPrintable(run.err));
    QVERIFY(!(run.out + run.err).contains(TlsPostgresServer::password()));

    // An unknown parameter is bad usage, not ignored.
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), url + QStringLiteral("&sslcompression=1")},
              env);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("sslcompression")), qPrintable(run.err));
}

void TestRegistryTls::cliClientKeyPassphrase()
{
    if (!needServer())
        QSKIP("no TLS server (SIGNWATCH_REQUIRE_PG is not set)");
    ConnectionSpec spec = m_server->spec(SslMode::VerifyFull);
    spec.user = TlsPostgresServer::certUser();
    spec.sslCert = m_server->clientCert();
    spec.sslKey = m_server->encryptedClientKey();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), QString()); // the certificate is all the server asks for
    Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), spec.toUrl()}, env);
    QVERIFY2(run.exitCode == 3, qPrintable(run.out + run.err)); // the key cannot be read

    env.insert(QStringLiteral("SIGNWATCH_SSLKEY_PASSWORD"), TlsPostgresServer::keyPassphrase());
    run = cli({QStringLiteral("check"), QStringLiteral("--db"), spec.toUrl()}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QVERIFY(!(run.out + run.err).contains(TlsPostgresServer::keyPassphrase()));
}

// The suite's own server runs without TLS: a mode that demands TLS gives up before logging in.
void TestRegistryTls::serverWithoutTlsIsRefused()
{
    if (!sw::test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server configured");
    auto spec = ConnectionSpec::parse(qEnvironmentVariable("SIGNWATCH_TEST_PG"));
    QVERIFY(spec.ok());
    for (SslMode mode : {SslMode::Require, SslMode::VerifyCa, SslMode::VerifyFull}) {
        spec->sslMode = mode;
        const auto refused = RegistryConnection::open(*spec, qEnvironmentVariable("PGPASSWORD"));
        QVERIFY2(!refused.ok(), qPrintable(sslModeName(mode)));
        QVERIFY2(refused.error().detail.contains(QLatin1String("does not support SSL")),
                 qPrintable(errorText(refused.error())));
    }
    // Its default on this machine (prefer) connects, and says that nothing is encrypted.
    spec->sslMode.reset();
    auto plain = RegistryConnection::open(*spec, qEnvironmentVariable("PGPASSWORD"));
    QVERIFY2(plain.ok(), qPrintable(plain ? QString() : errorText(plain.error())));
    QVERIFY(!(*plain)->security().encrypted);
    QCOMPARE((*plain)->security().summary(), QStringLiteral("not encrypted"));
}

void TestRegistryTls::noPasswordToAServerWithoutTls_data()
{
    QTest::addColumn<SslMode>("mode");
    QTest::addColumn<bool>("passwordSent");
    // disable and prefer hand the password over: that proves the fake server would catch it.
    QTest::newRow("disable") << SslMode::Disable << true;
    QTest::newRow("prefer") << SslMode::Prefer << true;
    QTest::newRow("require") << SslMode::Require << false;
    QTest::newRow("verify-ca") << SslMode::VerifyCa << false;
    QTest::newRow("verify-full") << SslMode::VerifyFull << false;
}

void TestRegistryTls::noPasswordToAServerWithoutTls()
{
    QFETCH(SslMode, mode);
    QFETCH(bool, passwordSent);
    FakePostgresServer fake;
    QVERIFY(fake.port() != 0);
    const QString url
        = QStringLiteral("postgresql://u@127.0.0.1:%1/db?sslmode=%2").arg(fake.port()).arg(sslModeName(mode));

    // The command line, as in the report: PGPASSWORD set, the mode in the URL's query.
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), fakePassword);
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), url}, env);
    QCOMPARE(run.exitCode, 3);
    FakePostgresServer::Seen seen = fake.seen();
    QCOMPARE(seen.passwordReceived, passwordSent);
    if (passwordSent)
        QCOMPARE(seen.password, fakePassword.toUtf8());
    else
        QVERIFY(seen.tlsRequests > 0 && seen.startups == 0); // it asked for TLS, heard no, and left
    QVERIFY(!(run.out + run.err).contains(fakePassword));

    // The library call the console makes.
    fake.reset();
    auto spec = ConnectionSpec::parse(url);
    QVERIFY(spec.ok());
    const auto opened = RegistryConnection::open(*spec, fakePassword);
    QVERIFY(!opened.ok());
    QCOMPARE(fake.seen().passwordReceived, passwordSent);
    QVERIFY(!errorText(opened.error()).contains(fakePassword));
}

// A URL that says nothing about TLS, to a host on the network: verify-full, so no password leaves.
void TestRegistryTls::networkHostDefaultsToVerifyFull()
{
    QHostAddress address;
    for (const QHostAddress &candidate : QNetworkInterface::allAddresses())
        if (candidate.protocol() == QAbstractSocket::IPv4Protocol && !candidate.isLoopback())
            address = candidate;
    const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://u@192.0.2.1/db"));
    QVERIFY(spec.ok());
    QCOMPARE(spec->effectiveSslMode(), SslMode::VerifyFull);
    if (address.isNull()) {
        qInfo("this machine has no network address: only the default itself is checked");
        return;
    }
    FakePostgresServer fake(address);
    QVERIFY(fake.port() != 0);
    QProcessEnvironment env;
    env.insert(QStringLiteral("PGPASSWORD"), fakePassword);
    const QString url = QStringLiteral("postgresql://u@%1:%2/db").arg(address.toString()).arg(fake.port());
    const Run run = cli({QStringLiteral("check"), QStringLiteral("--db"), url}, env);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(fake.seen().tlsRequests > 0);
    QVERIFY(!fake.seen().passwordReceived);

    // Lowered on purpose: the command says what that means before connecting.
    const Run lowered = cli(
        {QStringLiteral("check"), QStringLiteral("--db"), url + QStringLiteral("?sslmode=prefer")}, env);
    QCOMPARE(lowered.exitCode, 3);
    QVERIFY(fake.seen().passwordReceived);
    QVERIFY2(lowered.err.contains(QLatin1String("sslmode=prefer"))
                 && lowered.err.contains(QLatin1String("read the password")),
             qPrintable(lowered.err));
}

QTEST_GUILESS_MAIN(TestRegistryTls)
#include "tst_registrytls.moc"
