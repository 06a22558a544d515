// The idempotency key of a publication is derived from the document (its number and the SHA-256 of
// its PDF; issue 13): the same document queued on two desks sharing one casebook is one
// publication with one key, a different document cannot take a number already queued, and
// publications queued before keep the random key they were sent with.
#include "casebook/Casebook.h"
#include "publishing/Outbox.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace sw;
using namespace sw::publishing;
using sw::casebook::Casebook;

namespace {
NewPublication announcement(const QString &number, const QByteArray &body = QByteArrayLiteral("body"))
{
    NewPublication doc;
    doc.documentKind = QStringLiteral("TB");
    doc.documentNumber = number;
    doc.title = QStringLiteral("Thông báo về việc đưa FPT-CA ra khỏi chương trình");
    doc.pdf = QByteArrayLiteral("%PDF-1.4\n") + body;
    return doc;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toLocal8Bit();
}

// One desk: its own connection to the shared casebook file, publishing set up on it.
struct Desk
{
    std::unique_ptr<Casebook> casebook;
    std::unique_ptr<Outbox> outbox;
};

Result<Desk> openDesk(const QString &path)
{
    auto opened = Casebook::open(path);
    if (!opened)
        return opened.error();
    if (auto migrated = Outbox::migrate(**opened); !migrated)
        return migrated.error();
    Desk desk;
    desk.casebook = std::move(*opened);
    desk.outbox = std::make_unique<Outbox>(desk.casebook->database());
    return desk;
}
} // namespace

class TestPublicationKey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keyIsDerivedFromTheDocument_data();
    void keyIsDerivedFromTheDocument();
    void twoDesksQueueOneDocumentOnce();
    void twoDesksAtTheSameMoment();
    void anotherDocumentCannotTakeTheNumber();
    void olderRandomKeyIsKept();

private:
    QTemporaryDir m_dir;
};

void TestPublicationKey::keyIsDerivedFromTheDocument_data()
{
    QTest::addColumn<QString>("otherNumber");
    QTest::addColumn<QByteArray>("otherBody");
    QTest::addColumn<bool>("sameKey");
    QTest::newRow("same document") << QStringLiteral("01/TB-STTTT") << QByteArrayLiteral("body") << true;
    QTest::newRow("other number") << QStringLiteral("02/TB-STTTT") << QByteArrayLiteral("body") << false;
    QTest::newRow("other pdf") << QStringLiteral("01/TB-STTTT") << QByteArrayLiteral("body.") << false;
    QTest::newRow("other year") << QStringLiteral("01/TB-STTTT/2025") << QByteArrayLiteral("body") << false;
}

void TestPublicationKey::keyIsDerivedFromTheDocument()
{
    QFETCH(QString, otherNumber);
    QFETCH(QByteArray, otherBody);
    QFETCH(bool, sameKey);
    const NewPublication first = announcement(QStringLiteral("01/TB-STTTT"));
    const NewPublication other = announcement(otherNumber, otherBody);
    const QString key = Outbox::idempotencyKey(first.documentNumber, sha256(first.pdf));
    // The portal's protocol asks for a UUID (Publisher.h): a name-based one, version 5.
    const QUuid uuid = QUuid::fromString(key);
    QVERIFY(!uuid.isNull());
    QCOMPARE(uuid.version(), QUuid::Sha1);
    QCOMPARE(uuid.variant(), QUuid::DCE);
    QCOMPARE(key, uuid.toString(QUuid::WithoutBraces));
    // Upper-case hex names the same digest.
    QCOMPARE(Outbox::idempotencyKey(first.documentNumber, sha256(first.pdf).toUpper()), key);
    QCOMPARE(Outbox::idempotencyKey(other.documentNumber, sha256(other.pdf)) == key, sameKey);

    // What the outbox stores and sends is that key.
    auto desk = openDesk(
        m_dir.filePath(QStringLiteral("key-%1.sqlite").arg(QString::fromLatin1(QTest::currentDataTag()))));
    QVERIFY2(desk.ok(), why(desk).constData());
    auto queued = desk->outbox->enqueue(first);
    QVERIFY2(queued.ok(), why(queued).constData());
    QCOMPARE(desk->outbox->publication(queued->id)->idempotencyKey, key);
}

void TestPublicationKey::twoDesksQueueOneDocumentOnce()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    auto a = openDesk(path);
    QVERIFY2(a.ok(), why(a).constData());
    auto b = openDesk(path);
    QVERIFY2(b.ok(), why(b).constData());

    const NewPublication doc = announcement(QStringLiteral("01/TB-STTTT"));
    auto fromA = a->outbox->enqueue(doc);
    QVERIFY2(fromA.ok(), why(fromA).constData());
    QVERIFY(fromA->created);
    QCOMPARE(fromA->state, PublicationState::Pending);

    // The second desk queues the same document: told it is there already, not an SQL error.
    auto fromB = b->outbox->enqueue(doc);
    QVERIFY2(fromB.ok(), why(fromB).constData());
    QVERIFY(!fromB->created);
    QCOMPARE(fromB->id, fromA->id);
    QCOMPARE(fromB->state, PublicationState::Pending);
    QCOMPARE(b->outbox->list()->size(), 1);

    // Once the portal confirmed it, the second desk learns that, with the portal's reference.
    QVERIFY(a->outbox->markSending(fromA->id).ok());
    QVERIFY(a->outbox->markConfirmed(fromA->id, QStringLiteral("CB-2024-0001")).ok());
    auto again = b->outbox->enqueue(doc);
    QVERIFY2(again.ok(), why(again).constData());
    QVERIFY(!again->created);
    QCOMPARE(again->state, PublicationState::Confirmed);
    QCOMPARE(again->portalReference, QStringLiteral("CB-2024-0001"));
    QCOMPARE(a->outbox->list()->size(), 1);
}

void TestPublicationKey::twoDesksAtTheSameMoment()
{
    // Two desks, each on its own thread with its own connection, queue the same document at once:
    // exactly one of them creates the publication, the other gets it back.
    const QString path = m_dir.filePath(QStringLiteral("race.sqlite"));
    {
        auto setUp = openDesk(path);
        QVERIFY2(setUp.ok(), why(setUp).constData());
    }
    constexpr int rounds = 20;
    for (int round = 0; round < rounds; ++round) {
        const NewPublication each
            = announcement(QStringLiteral("%1/TB-STTTT").arg(round + 1, 2, 10, QLatin1Char('0')));
        std::atomic<int> ready {0};
        struct Outcome
        {
            bool ok = false;
            bool created = false;
            qint64 id = 0;
            QString error;
        };
        Outcome outcomes[2];
        auto desk = [&](Outcome &outcome) {
            auto opened = openDesk(path);
            if (!opened) {
                outcome.error = opened.error().fullText();
                ++ready;
                return;
            }
            ++ready;
            while (ready.load() < 2)
                std::this_thread::yield();
            auto queued = opened->outbox->enqueue(each);
            outcome.ok = queued.ok();
            if (queued) {
                outcome.created = queued->created;
                outcome.id = queued->id;
            } else {
                outcome.error = queued.error().fullText();
            }
        };
        std::thread first(desk, std::ref(outcomes[0]));
        std::thread second(desk, std::ref(outcomes[1]));
        first.join();
        second.join();
        QVERIFY2(outcomes[0].ok, qPrintable(outcomes[0].error));
        QVERIFY2(outcomes[1].ok, qPrintable(outcomes[1].error));
        QCOMPARE(int(outcomes[0].created) + int(outcomes[1].created), 1);
        QCOMPARE(outcomes[0].id, outcomes[1].id);
    }
    auto check = openDesk(path);
    QVERIFY2(check.ok(), why(check).constData());
    QCOMPARE(check->outbox->list()->size(), rounds);
}

void TestPublicationKey::anotherDocumentCannotTakeTheNumber()
{
    const QString path = m_dir.filePath(QStringLiteral("numbers.sqlite"));
    auto a = openDesk(path);
    QVERIFY2(a.ok(), why(a).constData());
    auto b = openDesk(path);
    QVERIFY2(b.ok(), why(b).constData());
    auto fromA = a->outbox->enqueue(announcement(QStringLiteral("02/TB-STTTT")));
    QVERIFY2(fromA.ok(), why(fromA).constData());

    // Another desk's different announcement under the same number: a different SHA-256, so a
    // different key; refused by the number, saying which.
    auto fromB = b->outbox->enqueue(announcement(QStringLiteral("02/TB-STTTT"), QByteArrayLiteral("other")));
    QVERIFY(!fromB.ok());
    QCOMPARE(fromB.error().kind, Error::Kind::InvalidInput);
    QVERIFY2(fromB.error().message.contains(QLatin1String("02/TB-STTTT")), qPrintable(fromB.error().message));
    QVERIFY2(fromB.error().message.contains(QLatin1String("new number")), qPrintable(fromB.error().message));

    // The same PDF under another kind is another document too.
    NewPublication otherKind = announcement(QStringLiteral("02/TB-STTTT"));
    otherKind.documentKind = QStringLiteral("BB");
    QVERIFY(!b->outbox->enqueue(otherKind).ok());

    // Once the portal refused the first for good, the message says to discard it first.
    QVERIFY(a->outbox->markSending(fromA->id).ok());
    QVERIFY(a->outbox->markFailed(fromA->id, Error::make(QStringLiteral("invalid document"))).ok());
    fromB = b->outbox->enqueue(announcement(QStringLiteral("02/TB-STTTT"), QByteArrayLiteral("other")));
    QVERIFY(!fromB.ok());
    QVERIFY2(fromB.error().message.contains(QLatin1String("Discard")), qPrintable(fromB.error().message));
    QVERIFY(b->outbox->discard(fromA->id).ok());
    fromB = b->outbox->enqueue(announcement(QStringLiteral("02/TB-STTTT"), QByteArrayLiteral("other")));
    QVERIFY2(fromB.ok(), why(fromB).constData());
    QVERIFY(fromB->created);
    QCOMPARE(a->outbox->list()->size(), 1);
}

void TestPublicationKey::olderRandomKeyIsKept()
{
    // A publication queued before keys were derived holds a random UUID; queuing the same document
    // again finds it and keeps its key (the portal may have stored it under that key).
    auto desk = openDesk(m_dir.filePath(QStringLiteral("older.sqlite")));
    QVERIFY2(desk.ok(), why(desk).constData());
    const NewPublication doc = announcement(QStringLiteral("03/TB-STTTT"));
    const QString oldKey = QStringLiteral("f0e1d2c3-0000-4000-8000-000000000001");
    QSqlQuery raw(desk->casebook->database());
    raw.prepare(QStringLiteral(
        "INSERT INTO publication_outbox (id, idempotency_key, document_kind, document_number, title, pdf, "
        "pdf_size, pdf_sha256, metadata_json, state, attempts, next_attempt_at, created_at, updated_at) "
        "VALUES (1, ?, 'TB', ?, ?, ?, ?, ?, '{}', 'pending', 0, 1704412800000, 1704412800000, "
        "1704412800000)"));
    for (const QVariant &value : QVariantList {oldKey, doc.documentNumber, doc.title, doc.pdf,
                                               qint64(doc.pdf.size()), sha256(doc.pdf)})
        raw.addBindValue(value);
    QVERIFY2(raw.exec(), qPrintable(raw.lastError().text()));

    auto queued = desk->outbox->enqueue(doc);
    QVERIFY2(queued.ok(), why(queued).constData());
    QVERIFY(!queued->created);
    QCOMPARE(queued->id, qint64(1));
    QCOMPARE(desk->outbox->publication(1)->idempotencyKey, oldKey);
    QVERIFY(oldKey != Outbox::idempotencyKey(doc.documentNumber, sha256(doc.pdf)));
}

QTEST_GUILESS_MAIN(TestPublicationKey)
#include "tst_publicationkey.moc"
