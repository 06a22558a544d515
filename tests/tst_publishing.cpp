// Publishing announcements to the Department's portal (§5.3): the durable outbox and the publisher
// against a portal played by a local HTTP server: success, a refused connection, a 500, an answer
// slower than the timeout, a confirmation lost after the portal stored the document, a restart, a
// duplicate, a refused token, a copy changed in the file or refused by the console's check.
#include "LocalHttpServer.h"
#include "ScratchRegistry.h"
#include "casebook/Casebook.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sw;
using namespace sw::publishing;
using sw::casebook::Casebook;
using namespace std::chrono_literals;

namespace {
const QString token = QStringLiteral("s3cret-portal-token-7f1c");

// The Department's portal as the protocol in Publisher.h describes it, with a script of
// misbehaviours for the next requests.
class FakePortal
{
public:
    enum class Behaviour { Normal, Error500, Slow, DropAfterStore, Unauthorized };

    struct Stored
    {
        QByteArray key;
        QString reference;
        QByteArray pdf;
        QJsonObject metadata;
    };

    FakePortal() : m_server([this](const test::HttpRequest &r) { return handle(r); }) { }

    test::LocalHttpServer &server() { return m_server; }
    QList<Behaviour> script;
    QList<Stored> stored;
    int slowDelayMs = 1500;
    QStringList problems; // what the portal found wrong in a request

private:
    test::HttpResponse handle(const test::HttpRequest &r)
    {
        const Behaviour behaviour = script.isEmpty() ? Behaviour::Normal : script.takeFirst();
        if (behaviour == Behaviour::Error500)
            return test::HttpResponse::json(500, "Internal Server Error", R"({"message":"database down"})");
        if (behaviour == Behaviour::Unauthorized || r.header("authorization") != "Bearer " + token.toUtf8())
            return test::HttpResponse::json(401, "Unauthorized", R"({"message":"invalid token"})");
        const QByteArray key = r.header("idempotency-key");
        if (r.method != "POST" || key.isEmpty())
            return test::HttpResponse::json(400, "Bad Request", R"({"message":"no key"})");
        for (const Stored &s : stored)
            if (s.key == key) {
                auto conflict = test::HttpResponse::json(
                    409, "Conflict",
                    QJsonDocument(QJsonObject {{QStringLiteral("reference"), s.reference}}).toJson());
                conflict.dropConnection = behaviour == Behaviour::DropAfterStore;
                return conflict;
            }

        const auto parts = r.formParts();
        Stored s;
        s.key = key;
        s.pdf = parts.value("document").data;
        s.metadata = QJsonDocument::fromJson(parts.value("metadata").data).object();
        // The PDF arrived intact: its SHA-256 is the one announced in the metadata.
        const QString sha
            = QString::fromLatin1(QCryptographicHash::hash(s.pdf, QCryptographicHash::Sha256).toHex());
        if (sha != s.metadata.value(QStringLiteral("sha256")).toString())
            problems << QStringLiteral("PDF digest mismatch");
        if (parts.value("document").headers.value("content-type") != "application/pdf")
            problems << QStringLiteral("PDF part type");
        s.reference = QStringLiteral("CB-2024-%1").arg(stored.size() + 1, 4, 10, QLatin1Char('0'));
        stored << s;

        auto response = test::HttpResponse::json(
            201, "Created", QJsonDocument(QJsonObject {{QStringLiteral("reference"), s.reference}}).toJson());
        if (behaviour == Behaviour::Slow)
            response.delayMs = slowDelayMs;
        if (behaviour == Behaviour::DropAfterStore)
            response.dropConnection = true;
        return response;
    }

    test::LocalHttpServer m_server;
};

NewPublication announcement(int number, int pdfBytes = 40000)
{
    NewPublication doc;
    doc.documentKind = QStringLiteral("TB");
    doc.documentNumber = QStringLiteral("%1/TB-STTTT").arg(number, 2, 10, QLatin1Char('0'));
    doc.title = QStringLiteral("Thông báo về việc đưa FPT-CA ra khỏi chương trình");
    // Every byte value, so that a transfer mangling binary data shows.
    QByteArray pdf = QByteArrayLiteral("%PDF-1.4\n");
    for (int i = 0; pdf.size() < pdfBytes; ++i)
        pdf += char((i * 7 + number) & 0xff);
    doc.pdf = pdf;
    doc.metadata = QJsonObject {{QStringLiteral("date"), QStringLiteral("2024-01-05")},
                                {QStringLiteral("minutes"), QStringLiteral("05/BB-STTTT")}};
    return doc;
}

Publisher::Timing fastTiming()
{
    Publisher::Timing t;
    t.firstRetry = 100ms;
    t.maxRetry = 400ms;
    t.transferTimeout = 300ms;
    t.jitter = 0;
    return t;
}

// QVERIFY2 evaluates its message even when the check passes.
template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toLocal8Bit();
}

// The version of publishing's track in a casebook; -1 when it cannot be read.
int publishingTrack(const sw::casebook::Casebook &casebook)
{
    auto version = casebook.trackVersion(Outbox::migrationTrack());
    return version ? *version : -1;
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << message;
    if (previousHandler)
        previousHandler(type, context, message);
}
} // namespace

class TestPublishing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void outboxIsPublishingsOwnTrack();
    void olderCasebookKeepsItsOutbox();
    void duplicateEnqueueIsRefused();
    void backoff_data();
    void backoff();
    void endpoint_data();
    void endpoint();
    void nothingIsSentUntilConfigured();
    void success();
    void connectionRefused();
    void serverErrorIsRetriedWithBackoff();
    void slowAnswerPastTimeout();
    void lostConfirmationIsNotPublishedTwice();
    void restartResumesPendingAndSending();
    void refusedTokenFailsForGood();
    void changedCopyIsNeverSent();

private:
    // The casebook at m_path with publishing set up on it, as the console does.
    Result<void> openCasebook();
    std::unique_ptr<Publisher> makePublisher(Outbox &outbox, const QString &endpoint);
    Publication fetch(Outbox &outbox, qint64 id);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Casebook> m_casebook;
    std::unique_ptr<Outbox> m_outbox;
};

void TestPublishing::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QLoggingCategory::setFilterRules(QStringLiteral("signwatch.*=true"));
    previousHandler = qInstallMessageHandler(captureLog);
}

void TestPublishing::cleanupTestCase()
{
    qInstallMessageHandler(previousHandler);
    // Neither the token nor anything of a PDF was written to the log.
    for (const QString &line : std::as_const(capturedLog)) {
        QVERIFY2(!line.contains(token), qPrintable(line));
        QVERIFY2(!line.contains(QLatin1String("%PDF")), qPrintable(line));
    }
    // (and the log was captured at all)
    QVERIFY(capturedLog.join(u'\n').contains(QLatin1String("sending publication")));
}

Result<void> TestPublishing::openCasebook()
{
    auto opened = Casebook::open(m_path);
    if (!opened)
        return opened.error();
    m_casebook = std::move(*opened);
    if (auto migrated = Outbox::migrate(*m_casebook); !migrated)
        return migrated;
    m_outbox = std::make_unique<Outbox>(m_casebook->database());
    return {};
}

void TestPublishing::init()
{
    m_path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QLatin1String(QTest::currentTestFunction())));
    auto opened = openCasebook();
    QVERIFY2(opened.ok(), why(opened).constData());
}

void TestPublishing::cleanup()
{
    m_outbox.reset();
    m_casebook.reset();
}

std::unique_ptr<Publisher> TestPublishing::makePublisher(Outbox &outbox, const QString &endpoint)
{
    auto publisher = std::make_unique<Publisher>(outbox);
    publisher->setTiming(fastTiming());
    publisher->setToken(token);
    auto set = publisher->setEndpoint(endpoint);
    if (!set)
        qWarning("%s", why(set).constData());
    return publisher;
}

Publication TestPublishing::fetch(Outbox &outbox, qint64 id)
{
    auto p = outbox.publication(id);
    return p ? *p : Publication {};
}

void TestPublishing::outboxIsPublishingsOwnTrack()
{
    // Set up on the casebook (init): publishing's track is at its step, the casebook's own
    // versions are the casebook's. (Step 2: a shared casebook's checks, nothing on SQLite.)
    QCOMPARE(publishingTrack(*m_casebook), 2);
    QCOMPARE(m_casebook->schemaVersion(), Casebook::latestVersion());
    auto queued = m_outbox->enqueue(announcement(1));
    QVERIFY(queued.ok());
    // Every start sets it up again: what is there stays.
    auto again = Outbox::migrate(*m_casebook);
    QVERIFY2(again.ok(), why(again).constData());
    QCOMPARE(m_outbox->list()->size(), 1);

    // The casebook's own steps make no outbox: only publishing does.
    auto bare = Casebook::open(m_dir.filePath(QStringLiteral("bare.sqlite")));
    QVERIFY2(bare.ok(), why(bare).constData());
    QCOMPARE(publishingTrack(**bare), 0);
    QVERIFY(!Outbox((*bare)->database()).list().ok());

    // A track written by a newer SignWatch is refused, and nothing is changed.
    QSqlQuery raw(m_casebook->database());
    QVERIFY(raw.exec(QStringLiteral("UPDATE schema_tracks SET version = 3 WHERE name = 'publishing'")));
    auto newer = Outbox::migrate(*m_casebook);
    QVERIFY(!newer.ok());
    QCOMPARE(newer.error().kind, Error::Kind::InvalidInput);
    QCOMPARE(publishingTrack(*m_casebook), 3);
}

void TestPublishing::olderCasebookKeepsItsOutbox()
{
    // A casebook written when the outbox was the casebook's own step 3, holding a publication.
    m_outbox.reset();
    m_casebook.reset();
    m_path = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        raw.setDatabaseName(m_path);
        QVERIFY(raw.open());
        const QStringList statements
            = sw::test::fixtureStatements(QStringLiteral("casebook-v3-before-state.sql"));
        QVERIFY(!statements.isEmpty());
        for (const QString &statement : statements) {
            QSqlQuery q(raw);
            QVERIFY2(q.exec(statement), qPrintable(statement.left(80)));
        }
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO publication_outbox (id, idempotency_key, document_kind, document_number, title, "
            "pdf, pdf_size, pdf_sha256, metadata_json, state, attempts, next_attempt_at, created_at, "
            "updated_at) VALUES (1, 'f0e1d2c3-0000-4000-8000-000000000001', 'TB', '01/TB-STTTT', "
            "'Thông báo', X'255044462D', 5, 'ab', '{}', 'pending', 0, 1704412800000, 1704412800000, "
            "1704412800000)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));

    auto opened = openCasebook();
    QVERIFY2(opened.ok(), why(opened).constData());
    QCOMPARE(m_casebook->schemaVersion(), Casebook::latestVersion());
    QCOMPARE(publishingTrack(*m_casebook), 2);
    auto listed = m_outbox->list();
    QVERIFY2(listed.ok(), why(listed).constData());
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->constFirst().documentNumber, QStringLiteral("01/TB-STTTT"));
    QCOMPARE(listed->constFirst().state, PublicationState::Pending);
}

void TestPublishing::duplicateEnqueueIsRefused()
{
    auto first = m_outbox->enqueue(announcement(1));
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(first->created);
    const Publication p = fetch(*m_outbox, first->id);
    QCOMPARE(p.state, PublicationState::Pending);
    QVERIFY(!QUuid::fromString(p.idempotencyKey).isNull());
    QCOMPARE(p.pdfSha256,
             QString::fromLatin1(
                 QCryptographicHash::hash(announcement(1).pdf, QCryptographicHash::Sha256).toHex()));

    // The same document again: the same publication, the same key.
    auto again = m_outbox->enqueue(announcement(1));
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(!again->created);
    QCOMPARE(again->id, first->id);
    QCOMPARE(fetch(*m_outbox, again->id).idempotencyKey, p.idempotencyKey);

    // Another document under the same number is refused.
    NewPublication changed = announcement(1);
    changed.pdf += "changed";
    auto other = m_outbox->enqueue(changed);
    QVERIFY(!other.ok());
    QCOMPARE(other.error().kind, Error::Kind::InvalidInput);
    QVERIFY(other.error().message.contains(QLatin1String("01/TB-STTTT")));

    auto second = m_outbox->enqueue(announcement(2));
    QVERIFY2(second.ok(), why(second).constData());
    QVERIFY(second->created);
    QCOMPARE(m_outbox->list()->size(), 2);

    // Refused at the database too, for whatever writes to the file around the outbox.
    QSqlQuery raw(m_casebook->database());
    QVERIFY(!raw.exec(
        QStringLiteral("UPDATE publication_outbox SET document_number = '01/TB-STTTT' WHERE id = %1")
            .arg(first->id + 1)));
}

void TestPublishing::backoff_data()
{
    QTest::addColumn<int>("attempts");
    QTest::addColumn<double>("random");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("first retry 30 s") << 1 << 0.5 << qint64(30'000);
    QTest::newRow("second 1 min") << 2 << 0.5 << qint64(60'000);
    QTest::newRow("third 2 min") << 3 << 0.5 << qint64(120'000);
    QTest::newRow("capped at 1 h") << 8 << 0.5 << qint64(3'600'000);
    QTest::newRow("far past the cap") << 500 << 0.5 << qint64(3'600'000);
    QTest::newRow("jitter low") << 2 << 0.0 << qint64(48'000);
    QTest::newRow("jitter high") << 2 << 1.0 << qint64(72'000);
    QTest::newRow("zero attempts") << 0 << 0.5 << qint64(30'000);
}

void TestPublishing::backoff()
{
    QFETCH(int, attempts);
    QFETCH(double, random);
    QFETCH(qint64, expectedMs);
    QCOMPARE(Publisher::backoff(attempts, Publisher::Timing {}, random).count(), expectedMs);
}

void TestPublishing::endpoint_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("https") << QStringLiteral("https://congbo.thuathienhue.gov.vn/api/thong-bao") << true;
    QTest::newRow("loopback ip") << QStringLiteral("http://127.0.0.1:8080/api") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080/api") << true;
    QTest::newRow("loopback v6") << QStringLiteral("http://[::1]:8080/api") << true;
    QTest::newRow("plain http") << QStringLiteral("http://congbo.thuathienhue.gov.vn/api") << false;
    QTest::newRow("http near loopback name") << QStringLiteral("http://localhost.example.com/api") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://congbo.thuathienhue.gov.vn/") << false;
    QTest::newRow("no scheme") << QStringLiteral("congbo.thuathienhue.gov.vn") << false;
    QTest::newRow("password in url") << QStringLiteral("https://user:pw@congbo.thuathienhue.gov.vn/")
                                     << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPublishing::endpoint()
{
    QFETCH(QString, url);
    QFETCH(bool, accepted);
    auto checked = Publisher::checkEndpoint(url);
    QCOMPARE(checked.ok(), accepted);
    if (!accepted)
        QVERIFY(!checked.error().message.isEmpty());
    if (url.startsWith(QLatin1String("http://congbo")))
        QVERIFY(checked.error().message.contains(QLatin1String("https://")));
}

void TestPublishing::nothingIsSentUntilConfigured()
{
    FakePortal portal;
    QVERIFY(portal.server().listen());
    Publisher publisher(*m_outbox);
    publisher.setTiming(fastTiming());
    QVERIFY(publisher.configurationProblem());
    QVERIFY(publisher.start().ok());
    QVERIFY(publisher.publish(announcement(1)).ok());
    QVERIFY(publisher.setEndpoint(portal.server().url(QStringLiteral("/api/announcements"))).ok());
    QVERIFY(publisher.configurationProblem()); // still no token
    QVERIFY(publisher.configurationProblem()->message.contains(QLatin1String("token")));
    QTest::qWait(150);
    QCOMPARE(portal.server().requests().size(), 0);
    QSignalSpy confirmed(&publisher, &Publisher::publicationConfirmed);
    publisher.setToken(token);
    QVERIFY(!publisher.configurationProblem());
    QTRY_COMPARE(confirmed.size(), 1);
}

void TestPublishing::success()
{
    FakePortal portal;
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url(QStringLiteral("/api/announcements")));
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QSignalSpy changed(publisher.get(), &Publisher::publicationChanged);
    QVERIFY(publisher->start().ok());

    const NewPublication doc = announcement(3, 300'000);
    auto queued = publisher->publish(doc);
    QVERIFY2(queued.ok(), why(queued).constData());
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.first().at(0).toLongLong(), queued->id);
    QVERIFY(changed.size() >= 2); // queued, sending, confirmed

    const Publication p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Confirmed);
    QCOMPARE(p.portalReference, QStringLiteral("CB-2024-0001"));
    QCOMPARE(confirmed.first().at(1).toString(), p.portalReference);
    QCOMPARE(p.attempts, 1);
    QVERIFY(p.lastError.isEmpty());
    QVERIFY(p.confirmedAt.isValid());

    // What the portal received: the bearer token, the key, the PDF byte for byte, the metadata.
    QCOMPARE(portal.server().requests().size(), 1);
    const test::HttpRequest &request = portal.server().requests().first();
    QCOMPARE(request.path, QByteArray("/api/announcements"));
    QCOMPARE(request.header("authorization"), "Bearer " + token.toUtf8());
    QCOMPARE(request.header("idempotency-key"), p.idempotencyKey.toLatin1());
    QVERIFY(request.header("content-type").startsWith("multipart/form-data"));
    QVERIFY(portal.problems.isEmpty());
    QCOMPARE(portal.stored.size(), 1);
    QCOMPARE(portal.stored.first().pdf, doc.pdf);
    const QJsonObject meta = portal.stored.first().metadata;
    QCOMPARE(meta.value(QStringLiteral("documentNumber")).toString(), QStringLiteral("03/TB-STTTT"));
    QCOMPARE(meta.value(QStringLiteral("title")).toString(), doc.title);
    QCOMPARE(meta.value(QStringLiteral("idempotencyKey")).toString(), p.idempotencyKey);
    QCOMPARE(meta.value(QStringLiteral("size")).toInteger(), qint64(doc.pdf.size()));
    QCOMPARE(meta.value(QStringLiteral("metadata")).toObject(), doc.metadata);

    // Publishing the same document again sends nothing.
    auto again = publisher->publish(doc);
    QVERIFY(again.ok() && !again->created);
    QTest::qWait(150);
    QCOMPARE(portal.server().requests().size(), 1);
}

void TestPublishing::connectionRefused()
{
    const quint16 port = test::LocalHttpServer::unusedPort();
    QVERIFY(port != 0);
    Publisher::Timing timing = fastTiming();
    timing.firstRetry = 300ms;
    timing.maxRetry = 300ms;
    auto publisher = makePublisher(*m_outbox, QStringLiteral("http://127.0.0.1:%1/api").arg(port));
    publisher->setTiming(timing);
    QSignalSpy failedAttempt(publisher.get(), &Publisher::attemptFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    auto queued = publisher->publish(announcement(4));
    QVERIFY(queued.ok());

    QTRY_VERIFY(failedAttempt.size() >= 1);
    const Error error = failedAttempt.first().at(1).value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("could not be reached")), qPrintable(error.message));
    QVERIFY(!error.detail.isEmpty());
    const Publication p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Pending);
    QVERIFY(p.attempts >= 1);
    QCOMPARE(p.lastError, error.message);
    QVERIFY(p.nextAttemptAt > m_outbox->now().addMSecs(-50));

    // The portal comes back: the next retry gets through.
    FakePortal portal;
    QVERIFY(portal.server().listen(port));
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(fetch(*m_outbox, queued->id).state, PublicationState::Confirmed);
    QVERIFY(fetch(*m_outbox, queued->id).lastError.isEmpty());
    QCOMPARE(portal.stored.size(), 1);
}

void TestPublishing::serverErrorIsRetriedWithBackoff()
{
    FakePortal portal;
    portal.script = {FakePortal::Behaviour::Error500, FakePortal::Behaviour::Error500};
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url());
    QSignalSpy failedAttempt(publisher.get(), &Publisher::attemptFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    auto queued = publisher->publish(announcement(5));
    QVERIFY(queued.ok());

    QTRY_COMPARE(failedAttempt.size(), 1);
    Publication p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Pending);
    QVERIFY(p.lastError.contains(QLatin1String("internal problem")));
    QVERIFY2(p.lastErrorDetail.contains(QLatin1String("500")), qPrintable(p.lastErrorDetail));
    QVERIFY(p.lastErrorDetail.contains(QLatin1String("database down")));

    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(failedAttempt.size(), 2);
    p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Confirmed);
    QCOMPARE(p.attempts, 3);
    const auto &requests = portal.server().requests();
    QCOMPARE(requests.size(), 3);
    // Back-off: 100 ms after the first failure, 200 ms after the second; the same key each time.
    const qint64 firstGap = requests[1].receivedAtMs - requests[0].receivedAtMs;
    const qint64 secondGap = requests[2].receivedAtMs - requests[1].receivedAtMs;
    QVERIFY2(firstGap >= 90, qPrintable(QString::number(firstGap)));
    QVERIFY2(secondGap >= 190, qPrintable(QString::number(secondGap)));
    QVERIFY(secondGap > firstGap);
    for (const auto &request : requests)
        QCOMPARE(request.header("idempotency-key"), p.idempotencyKey.toLatin1());
    QCOMPARE(portal.stored.size(), 1);
}

void TestPublishing::slowAnswerPastTimeout()
{
    // The portal stores the document but answers after the console gave up: the retry gets the
    // existing reference (409), nothing is stored twice.
    FakePortal portal;
    portal.script = {FakePortal::Behaviour::Slow};
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url());
    QSignalSpy failedAttempt(publisher.get(), &Publisher::attemptFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    QElapsedTimer clock;
    clock.start();
    auto queued = publisher->publish(announcement(6));
    QVERIFY(queued.ok());

    QTRY_COMPARE(failedAttempt.size(), 1);
    QVERIFY2(clock.elapsed() < portal.slowDelayMs, "the attempt was not aborted at the timeout");
    const Error error = failedAttempt.first().at(1).value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("did not answer in time")), qPrintable(error.fullText()));

    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(portal.stored.size(), 1);
    QCOMPARE(confirmed.first().at(1).toString(), portal.stored.first().reference);
    QCOMPARE(fetch(*m_outbox, queued->id).attempts, 2);
}

void TestPublishing::lostConfirmationIsNotPublishedTwice()
{
    // The portal stores the document, then the connection drops before its answer, several times
    // (Qt Network itself resends once on a connection closed without an answer; the drops outlast
    // that, so the publisher's own retry runs too).
    FakePortal portal;
    portal.script = QList<FakePortal::Behaviour>(4, FakePortal::Behaviour::DropAfterStore);
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url());
    QSignalSpy failedAttempt(publisher.get(), &Publisher::attemptFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    auto queued = publisher->publish(announcement(7));
    QVERIFY(queued.ok());

    QTRY_COMPARE(confirmed.size(), 1);
    QVERIFY(failedAttempt.size() >= 1);
    const Error error = failedAttempt.first().at(1).value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("cut")), qPrintable(error.fullText()));
    const Publication p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Confirmed);
    QCOMPARE(p.attempts, failedAttempt.size() + 1);
    // The portal holds exactly one document; the console holds its reference.
    QCOMPARE(portal.stored.size(), 1);
    QCOMPARE(p.portalReference, portal.stored.first().reference);
    QCOMPARE(portal.server().requests().size(), 5); // four dropped, then the 409 with the reference
    for (const auto &request : portal.server().requests())
        QCOMPARE(request.header("idempotency-key"), p.idempotencyKey.toLatin1());
}

void TestPublishing::restartResumesPendingAndSending()
{
    FakePortal portal;
    QVERIFY(portal.server().listen());
    qint64 pendingId = 0;
    qint64 sendingId = 0;
    {
        // The first run queues two announcements and crashes while sending one of them.
        auto first = m_outbox->enqueue(announcement(8));
        auto second = m_outbox->enqueue(announcement(9));
        QVERIFY(first.ok() && second.ok());
        pendingId = first->id;
        sendingId = second->id;
        QVERIFY(m_outbox->markSending(sendingId).ok());
        QCOMPARE(fetch(*m_outbox, sendingId).state, PublicationState::Sending);
        m_outbox.reset();
        m_casebook.reset();
    }

    // The next run: the casebook opened again, with a new outbox and publisher on the same file.
    auto reopened = openCasebook();
    QVERIFY2(reopened.ok(), why(reopened).constData());
    Outbox &outbox = *m_outbox;
    QCOMPARE(fetch(outbox, sendingId).state, PublicationState::Sending);
    auto publisher = makePublisher(outbox, portal.server().url());
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    QTRY_COMPARE(confirmed.size(), 2);
    QCOMPARE(fetch(outbox, pendingId).state, PublicationState::Confirmed);
    QCOMPARE(fetch(outbox, sendingId).state, PublicationState::Confirmed);
    QCOMPARE(fetch(outbox, sendingId).attempts, 2); // the interrupted attempt counts
    QCOMPARE(portal.stored.size(), 2);
}

void TestPublishing::refusedTokenFailsForGood()
{
    FakePortal portal;
    portal.script = {FakePortal::Behaviour::Unauthorized};
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url());
    QSignalSpy failed(publisher.get(), &Publisher::publicationFailed);
    QSignalSpy failedAttempt(publisher.get(), &Publisher::attemptFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    QVERIFY(publisher->start().ok());
    auto queued = publisher->publish(announcement(10));
    QVERIFY(queued.ok());

    QTRY_COMPARE(failed.size(), 1);
    const Error error = failed.first().at(1).value<Error>();
    QVERIFY2(error.message.contains(QLatin1String("token")), qPrintable(error.message));
    QVERIFY(error.message.contains(QLatin1String("Settings")));
    QVERIFY(error.detail.contains(QLatin1String("401")));
    Publication p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Failed);
    QCOMPARE(p.lastError, error.message);
    // Not retried on its own.
    QTest::qWait(300);
    QCOMPARE(portal.server().requests().size(), 1);
    QCOMPARE(failedAttempt.size(), 0);

    // A person fixes the token and retries.
    QVERIFY(publisher->retryNow(queued->id).ok());
    QTRY_COMPARE(confirmed.size(), 1);
    p = fetch(*m_outbox, queued->id);
    QCOMPARE(p.state, PublicationState::Confirmed);
    QCOMPARE(p.attempts, 1); // a manual retry of a failure starts afresh
    QCOMPARE(portal.stored.size(), 1);

    // A failed publication can be discarded; others cannot.
    QVERIFY(!publisher->discard(queued->id).ok());
}

void TestPublishing::changedCopyIsNeverSent()
{
    FakePortal portal;
    QVERIFY(portal.server().listen());
    auto publisher = makePublisher(*m_outbox, portal.server().url());
    QSignalSpy failed(publisher.get(), &Publisher::publicationFailed);
    QSignalSpy confirmed(publisher.get(), &Publisher::publicationConfirmed);
    auto changed = m_outbox->enqueue(announcement(11));
    QVERIFY(changed.ok());
    // The queued copy edited in the file.
    QSqlQuery edit(m_casebook->database());
    QVERIFY(edit.exec(QStringLiteral("UPDATE publication_outbox SET pdf = CAST(replace(CAST(pdf AS TEXT), "
                                     "'%PDF-1.4', '%PDF-1.5') AS BLOB) WHERE id = %1")
                          .arg(changed->id)));
    // The console's own check refuses another one (CaseDocuments::checkPublication in the console).
    auto refused = m_outbox->enqueue(announcement(12));
    QVERIFY(refused.ok());
    publisher->setCheck([&refused](const Publication &p) -> Result<void> {
        if (p.id == refused->id)
            return Error::make(QStringLiteral("differs from the signed document"));
        return {};
    });
    QVERIFY(publisher->start().ok());
    QTRY_COMPARE(failed.size(), 2);
    QVERIFY(fetch(*m_outbox, changed->id).lastError.contains(QLatin1String("changed outside SignWatch")));
    QCOMPARE(fetch(*m_outbox, changed->id).state, PublicationState::Failed);
    QCOMPARE(fetch(*m_outbox, refused->id).lastError, QStringLiteral("differs from the signed document"));
    QCOMPARE(fetch(*m_outbox, refused->id).state, PublicationState::Failed);
    QTest::qWait(200);
    QCOMPARE(portal.server().requests().size(), 0);
    QCOMPARE(confirmed.size(), 0);
    // A good one still goes out.
    QVERIFY(publisher->publish(announcement(13)).ok());
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(portal.stored.size(), 1);
}

QTEST_GUILESS_MAIN(TestPublishing)
#include "tst_publishing.moc"
