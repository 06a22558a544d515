// The window's registry session: an attempt to open another registry never costs the one that is
// open and working (refused port, silent server, wrong password, a file that is no registry).
#include "FakePostgresServer.h"
#include "ScratchRegistry.h"

#include "registry/RegistrySession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::connection;
using namespace sw::registry;
using sw::test::FakePostgresServer;
using sw::test::ScratchRegistry;

namespace {
// Asks the session's open registry how many providers it holds (-1: no answer, or an error).
int countProviders(RegistrySession &session)
{
    std::optional<sw::Result<int>> answer;
    session.request<int>(
        &session,
        [](RegistryConnection &connection) -> sw::Result<int> {
            QSqlQuery query(connection.database());
            if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM providers")) || !query.next())
                return sw::Error::make(QStringLiteral("count failed"));
            return query.value(0).toInt();
        },
        [&answer](sw::Result<int> result) { answer.emplace(std::move(result)); });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000))
        return -1;
    return answer->ok() ? answer->value() : -1;
}

ConnectionSpec postgresAt(quint16 port)
{
    ConnectionSpec spec;
    spec.engine = Engine::Postgres;
    spec.host = QStringLiteral("127.0.0.1");
    spec.port = port;
    spec.database = QStringLiteral("registry");
    spec.user = QStringLiteral("hues");
    return spec;
}
} // namespace

class TestRegistrySession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void failedAttemptKeepsTheOpenRegistry_data();
    void failedAttemptKeepsTheOpenRegistry();
    void openRegistryWorksWhileAServerHangs();
    void successfulAttemptReplacesTheOpenRegistry();
    void failedFirstAttemptLeavesNothingOpen();

private:
    // A registry of `engine` holding `providers` providers.
    std::unique_ptr<ScratchRegistry> registryWith(Engine engine, int providers);
    QTemporaryDir m_dir;
};

std::unique_ptr<ScratchRegistry> TestRegistrySession::registryWith(Engine engine, int providers)
{
    auto scratch = ScratchRegistry::create(engine);
    if (!scratch)
        return nullptr;
    QStringList rows;
    for (int i = 0; i < providers; ++i)
        rows << QStringLiteral("INSERT INTO providers VALUES ('P%1', 'Provider %1', NULL)").arg(i);
    if (!(*scratch)->exec(rows))
        return nullptr;
    (*scratch)->closeWriter();
    return std::move(scratch.value());
}

void TestRegistrySession::failedAttemptKeepsTheOpenRegistry_data()
{
    QTest::addColumn<Engine>("engine");
    QTest::addColumn<QString>("attempt");
    for (Engine engine : sw::test::enginesUnderTest()) {
        const char *e = engine == Engine::Sqlite ? "sqlite" : "postgresql";
        QTest::addRow("%s open, refused port", e) << engine << "refused port";
        QTest::addRow("%s open, not a registry file", e) << engine << "text file";
        if (sw::test::enginesUnderTest().contains(Engine::Postgres))
            QTest::addRow("%s open, wrong password", e) << engine << "wrong password";
    }
}

void TestRegistrySession::failedAttemptKeepsTheOpenRegistry()
{
    QFETCH(Engine, engine);
    QFETCH(QString, attempt);
    auto working = registryWith(engine, 3);
    QVERIFY(working);
    RegistrySession session;
    QSignalSpy opened(&session, &RegistrySession::opened);
    QSignalSpy failed(&session, &RegistrySession::openFailed);
    QSignalSpy closed(&session, &RegistrySession::closed);
    session.open(working->spec(), working->password());
    QTRY_COMPARE(opened.count(), 1);
    QCOMPARE(countProviders(session), 3);

    ConnectionSpec other;
    QString password = QStringLiteral("x");
    if (attempt == QLatin1String("refused port")) {
        other = postgresAt(1);
    } else if (attempt == QLatin1String("text file")) {
        other.path = m_dir.filePath(QStringLiteral("notes.sqlite"));
        QFile file(other.path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a registry\n");
    } else {
        other = *ConnectionSpec::parse(qEnvironmentVariable("SIGNWATCH_TEST_PG"));
        password = QStringLiteral("wrong-password");
    }
    session.open(other, password);
    QCOMPARE(session.pendingSpec(), std::optional<ConnectionSpec>(other));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);

    // The attempt's error is told; the working registry stays open and answers.
    QVERIFY(!failed.first().first().value<sw::Error>().message.isEmpty());
    QVERIFY(session.isOpen());
    QCOMPARE(session.spec(), std::optional<ConnectionSpec>(working->spec()));
    QVERIFY(!session.pendingSpec());
    QCOMPARE(closed.count(), 0);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(countProviders(session), 3);
    QCOMPARE(session.credentials().password, working->password());
}

// A server that never answers: the open registry answers meanwhile, and Cancel keeps it.
void TestRegistrySession::openRegistryWorksWhileAServerHangs()
{
    auto working = registryWith(Engine::Sqlite, 2);
    QVERIFY(working);
    RegistrySession session;
    QSignalSpy opened(&session, &RegistrySession::opened);
    QSignalSpy failed(&session, &RegistrySession::openFailed);
    session.open(working->spec(), {});
    QTRY_COMPARE(opened.count(), 1);

    auto silent = std::make_unique<FakePostgresServer>(QHostAddress::LocalHost,
                                                       FakePostgresServer::Behaviour::Silent);
    session.open(postgresAt(silent->port()), QStringLiteral("x"));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(countProviders(session), 2);
    QVERIFY2(timer.elapsed() < 2000, "the open registry waited for the attempt");
    QVERIFY(session.pendingSpec());

    session.cancelOpen();
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().value<sw::Error>().kind, sw::Error::Kind::Cancelled);
    QVERIFY(session.isOpen());
    QCOMPARE(session.spec(), std::optional<ConnectionSpec>(working->spec()));
    QVERIFY(!session.pendingSpec());
    silent.reset(); // the hanging connection ends: its worker finishes in the background
    QCOMPARE(countProviders(session), 2);
    QTest::qWait(100);
    QCOMPARE(opened.count(), 1); // the cancelled attempt's result was dropped
}

void TestRegistrySession::successfulAttemptReplacesTheOpenRegistry()
{
    for (Engine engine : sw::test::enginesUnderTest()) {
        auto first = registryWith(Engine::Sqlite, 1);
        auto second = registryWith(engine, 4);
        QVERIFY(first && second);
        RegistrySession session;
        QSignalSpy opened(&session, &RegistrySession::opened);
        session.open(first->spec(), {});
        QTRY_COMPARE(opened.count(), 1);
        session.open(second->spec(), second->password());
        QVERIFY(session.isOpen()); // the first stays open while the second is tried
        QCOMPARE(session.spec(), std::optional<ConnectionSpec>(first->spec()));
        QTRY_COMPARE(opened.count(), 2);
        QCOMPARE(session.spec(), std::optional<ConnectionSpec>(second->spec()));
        QCOMPARE(countProviders(session), 4);
        QCOMPARE(session.security().network, engine == Engine::Postgres);
    }
}

void TestRegistrySession::failedFirstAttemptLeavesNothingOpen()
{
    RegistrySession session;
    QSignalSpy failed(&session, &RegistrySession::openFailed);
    ConnectionSpec absent;
    absent.path = m_dir.filePath(QStringLiteral("absent.sqlite"));
    session.open(absent, {});
    QCOMPARE(session.state(), RegistrySession::State::Opening);
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(session.state(), RegistrySession::State::Closed);
    QVERIFY(!session.spec());
}

QTEST_GUILESS_MAIN(TestRegistrySession)
#include "tst_registrysession.moc"
