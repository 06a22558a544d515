#include "connection/ConnectionSpec.h"

#include <QDir>
#include <QTest>

using sw::connection::ConnectionSpec;
using sw::connection::Engine;
using sw::connection::SslMode;

class TestConnectionSpec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesPostgres_data();
    void parsesPostgres();
    void parsesSqlite();
    void rejects_data();
    void rejects();
    void roundTrips();
    void keychainKeyHasNoPassword();
    void readsTlsSettings();
    void tlsDefaultsByHost_data();
    void tlsDefaultsByHost();
    void rejectsUnknownQuery_data();
    void rejectsUnknownQuery();
    void tlsRoundTrips_data();
    void tlsRoundTrips();
    void keysIgnoreTlsSettings();
    void errorsNeverRepeatAPassword_data();
    void errorsNeverRepeatAPassword();
    void warnsBelowVerifyFull();
};

void TestConnectionSpec::parsesPostgres_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("full") << "postgresql://hues@db.hue.gov.vn:6543/registry"
                          << "hues"
                          << "db.hue.gov.vn" << 6543 << "registry";
    QTest::newRow("default port") << "postgresql://hues@10.0.0.5/registry"
                                  << "hues"
                                  << "10.0.0.5" << 5432 << "registry";
    QTest::newRow("short scheme") << "postgres://a@h:1/d"
                                  << "a"
                                  << "h" << 1 << "d";
    QTest::newRow("spaces around") << "  postgresql://u@localhost:5432/db  "
                                   << "u"
                                   << "localhost" << 5432 << "db";
}

void TestConnectionSpec::parsesPostgres()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->engine, Engine::Postgres);
    QTEST(spec->user, "user");
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->database, "database");
}

void TestConnectionSpec::parsesSqlite()
{
    const auto absolute = ConnectionSpec::parse(QStringLiteral("sqlite:/tmp/x/../registry.sqlite"));
    QVERIFY(absolute.ok());
    QCOMPARE(absolute->engine, Engine::Sqlite);
    QCOMPARE(absolute->path, QStringLiteral("/tmp/registry.sqlite"));
    QCOMPARE(absolute->displayName(), QStringLiteral("registry.sqlite"));

    const auto relative = ConnectionSpec::parse(QStringLiteral("sqlite:demo.sqlite"));
    QVERIFY(relative.ok());
    QCOMPARE(relative->path, QDir::current().absoluteFilePath(QStringLiteral("demo.sqlite")));
}

void TestConnectionSpec::rejects_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("password in url") << "postgresql://u:secret@h:5432/d"
                                     << "password";
    QTest::newRow("no database") << "postgresql://u@h:5432/"
                                 << "database";
    QTest::newRow("no user") << "postgresql://h:5432/d"
                             << "user";
    QTest::newRow("unknown scheme") << "mysql://u@h/d"
                                    << "sqlite:PATH";
    QTest::newRow("empty sqlite") << "sqlite:"
                                  << "sqlite:PATH";
    QTest::newRow("empty") << ""
                           << "sqlite:PATH";
}

void TestConnectionSpec::rejects()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY(!spec.ok());
    QCOMPARE(spec.error().kind, sw::Error::Kind::InvalidInput);
    QVERIFY2(spec.error().message.contains(mentions), qPrintable(spec.error().message));
    QVERIFY(!spec.error().message.contains(QLatin1String("secret")));
}

void TestConnectionSpec::roundTrips()
{
    for (const char *url :
         {"postgresql://hues@db.example:6543/registry", "sqlite:/var/lib/signwatch/r.sqlite"}) {
        const auto spec = ConnectionSpec::parse(QString::fromLatin1(url));
        QVERIFY(spec.ok());
        QCOMPARE(spec->toUrl(), QString::fromLatin1(url));
        const auto again = ConnectionSpec::parse(spec->toUrl());
        QVERIFY(again.ok());
        QCOMPARE(*again, *spec);
    }
}

void TestConnectionSpec::keychainKeyHasNoPassword()
{
    const auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://hues@db:5432/registry"));
    QVERIFY(spec.ok());
    QCOMPARE(spec->keychainKey(), QStringLiteral("postgresql://hues@db:5432/registry"));
    QVERIFY(ConnectionSpec::parse(QStringLiteral("sqlite:/x.sqlite"))->keychainKey().isEmpty());
}

void TestConnectionSpec::readsTlsSettings()
{
    const auto spec = ConnectionSpec::parse(QStringLiteral(
        "postgresql://hues@db.hue.gov.vn/registry?sslmode=verify-ca&sslrootcert=/etc/signwatch/ca.pem"
        "&sslcert=/home/a/.pg/client.crt&sslkey=/home/a/.pg/client.key"));
    QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->sslMode, std::optional<SslMode>(SslMode::VerifyCa));
    QCOMPARE(spec->sslRootCert, QStringLiteral("/etc/signwatch/ca.pem"));
    QCOMPARE(spec->sslCert, QStringLiteral("/home/a/.pg/client.crt"));
    QCOMPARE(spec->sslKey, QStringLiteral("/home/a/.pg/client.key"));

    // Relative files are made absolute, as the SQLite path is.
    const auto relative
        = ConnectionSpec::parse(QStringLiteral("postgresql://u@h/d?sslrootcert=certs/ca.pem"));
    QVERIFY(relative.ok());
    QCOMPARE(relative->sslRootCert, QDir::current().absoluteFilePath(QStringLiteral("certs/ca.pem")));
}

void TestConnectionSpec::tlsDefaultsByHost_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<SslMode>("mode");
    QTest::newRow("network name") << "postgresql://u@db.hue.gov.vn/d" << SslMode::VerifyFull;
    QTest::newRow("network address") << "postgresql://u@10.0.0.5:5432/d" << SslMode::VerifyFull;
    QTest::newRow("localhost") << "postgresql://u@localhost/d" << SslMode::Prefer;
    QTest::newRow("loopback v4") << "postgresql://u@127.0.0.1:5433/d" << SslMode::Prefer;
    QTest::newRow("loopback v6") << "postgresql://u@[::1]:5433/d" << SslMode::Prefer;
    QTest::newRow("lowered on purpose")
        << "postgresql://u@db.hue.gov.vn/d?sslmode=require" << SslMode::Require;
    QTest::newRow("raised on purpose")
        << "postgresql://u@localhost/d?sslmode=verify-full" << SslMode::VerifyFull;
    QTest::newRow("disabled") << "postgresql://u@localhost/d?sslmode=disable" << SslMode::Disable;
}

void TestConnectionSpec::tlsDefaultsByHost()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().message));
    QTEST(spec->effectiveSslMode(), "mode");

    // A spec made field by field gets the same default for its host.
    ConnectionSpec byFields;
    byFields.engine = Engine::Postgres;
    byFields.host = spec->host;
    QCOMPARE(byFields.effectiveSslMode(), sw::connection::defaultSslMode(spec->host));
    QVERIFY(sw::connection::isLocalHost(QStringLiteral("/var/run/postgresql"))); // a Unix socket
}

void TestConnectionSpec::rejectsUnknownQuery_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown key") << "postgresql://u@h/d?sslmde=verify-full"
                                 << "sslmde";
    QTest::newRow("libpq key SignWatch does not take") << "postgresql://u@h/d?options=-c%20x%3Dy"
                                                       << "options";
    QTest::newRow("unknown mode") << "postgresql://u@h/d?sslmode=verify"
                                  << "verify";
    QTest::newRow("allow is not offered") << "postgresql://u@h/d?sslmode=allow"
                                          << "allow";
    QTest::newRow("twice") << "postgresql://u@h/d?sslmode=require&sslmode=disable"
                           << "sslmode";
    QTest::newRow("empty file") << "postgresql://u@h/d?sslrootcert="
                                << "sslrootcert";
    QTest::newRow("a password as a parameter") << "postgresql://u@h/d?password=hunter2"
                                               << "password";
}

void TestConnectionSpec::rejectsUnknownQuery()
{
    QFETCH(QString, url);
    QFETCH(QString, mentions);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY2(!spec.ok(), "an unknown query parameter was ignored");
    QCOMPARE(spec.error().kind, sw::Error::Kind::InvalidInput);
    QVERIFY2(spec.error().message.contains(mentions), qPrintable(spec.error().message));
    QVERIFY(!spec.error().fullText().contains(QLatin1String("hunter2")));
}

void TestConnectionSpec::tlsRoundTrips_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("network default") << "postgresql://hues@db.example:5432/registry";
    QTest::newRow("lowered") << "postgresql://hues@db.example:5432/registry?sslmode=require";
    QTest::newRow("local raised") << "postgresql://hues@127.0.0.1:5432/registry?sslmode=verify-full";
    QTest::newRow("all files")
        << "postgresql://hues@db.example:5432/registry?sslmode=verify-ca&sslrootcert=/etc/ca.pem"
           "&sslcert=/k/c.crt&sslkey=/k/c.key";
}

void TestConnectionSpec::tlsRoundTrips()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY2(spec.ok(), qPrintable(spec ? QString() : spec.error().message));
    QCOMPARE(spec->toUrl(), url);
    QCOMPARE(*ConnectionSpec::parse(spec->toUrl()), *spec);

    // Files with the characters a URL gives meaning to come back as they were.
    ConnectionSpec odd = *spec;
    odd.sslRootCert = QStringLiteral("/tmp/Chứng thư & CA #1 = 100%+.pem");
    odd.sslKey = QStringLiteral("/tmp/a?b/key.pem");
    const auto again = ConnectionSpec::parse(odd.toUrl());
    QVERIFY2(again.ok(), qPrintable(odd.toUrl()));
    QCOMPARE(again->sslRootCert, odd.sslRootCert);
    QCOMPARE(again->sslKey, odd.sslKey);
    QCOMPARE(*again, odd);
}

void TestConnectionSpec::keysIgnoreTlsSettings()
{
    // Passwords saved before TLS settings existed are found under the same entry, and stored scans
    // stay with their registry when its TLS settings change.
    const auto plain = ConnectionSpec::parse(QStringLiteral("postgresql://hues@db:5432/registry"));
    const auto tls = ConnectionSpec::parse(
        QStringLiteral("postgresql://hues@db:5432/registry?sslmode=verify-ca&sslrootcert=/etc/ca.pem"));
    QVERIFY(plain.ok() && tls.ok());
    QCOMPARE(tls->keychainKey(), QStringLiteral("postgresql://hues@db:5432/registry"));
    QCOMPARE(tls->registryKey(), plain->registryKey());
    QVERIFY(tls->toUrl() != plain->toUrl());
    QVERIFY(!(*tls == *plain));
    QVERIFY(tls->sslKeyKeychainKey() != tls->keychainKey());
    QVERIFY(tls->sslKeyKeychainKey().startsWith(tls->keychainKey()));
}

void TestConnectionSpec::errorsNeverRepeatAPassword_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("bad path") << "postgresql://u:hunter2@h:5432/d/%zz";
    QTest::newRow("bad host") << "postgresql://u:hunter2@h st:5432/d";
    QTest::newRow("bad port") << "postgresql://u:hunter2@h:99999/d";
    QTest::newRow("unknown scheme") << "mysql://root:hunter2@db/registry";
    QTest::newRow("at sign in the password") << "postgresql://u:hun@ter2@h st/d";
    QTest::newRow("bad query") << "postgresql://u:hunter2@h/d?sslmode=%zz";
}

void TestConnectionSpec::errorsNeverRepeatAPassword()
{
    QFETCH(QString, url);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY(!spec.ok());
    const QString text = spec.error().fullText();
    QVERIFY2(!text.contains(QLatin1String("hunter2")) && !text.contains(QLatin1String("ter2")),
             qPrintable(text));
}

void TestConnectionSpec::warnsBelowVerifyFull()
{
    auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://u@db.hue.gov.vn/d"));
    QVERIFY(spec.ok());
    QVERIFY(sw::connection::tlsWarning(*spec).isEmpty());
    for (SslMode mode : {SslMode::Disable, SslMode::Prefer, SslMode::Require, SslMode::VerifyCa}) {
        spec->sslMode = mode;
        const QString warning = sw::connection::tlsWarning(*spec);
        QVERIFY2(warning.contains(sw::connection::sslModeName(mode)), qPrintable(warning));
        QVERIFY(warning.contains(QLatin1String("db.hue.gov.vn")));
    }
    // This machine's server: nothing crosses a network.
    auto local = ConnectionSpec::parse(QStringLiteral("postgresql://u@127.0.0.1/d?sslmode=disable"));
    QVERIFY(local.ok());
    QVERIFY(sw::connection::tlsWarning(*local).isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
