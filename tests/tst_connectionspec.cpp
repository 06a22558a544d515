#include "registry/ConnectionSpec.h"

#include <QDir>
#include <QTest>

using sw::registry::ConnectionSpec;
using sw::registry::Engine;

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

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"
