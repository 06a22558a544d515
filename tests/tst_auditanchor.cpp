// The audit log's head kept outside the casebook (AuditAnchor): raised after every write, only ever
// raised, a prefix check in AuditLog::verify() that finds the newest entries (or all of them)
// removed and a rewritten tail, while entries written since (another desk) are fine. In the system
// keychain here (the test command unlocks one; SIGNWATCH_REQUIRE_KEYCHAIN=1 makes it required); the
// file fallback without a keychain is run by tst_cli_case. Checking a casebook that does not exist
// creates nothing. The anchor's checks run on each engine under test (a shared PostgreSQL casebook's
// anchor is kept under its URL; the entries removed or rewritten there by a superuser with the
// triggers off).
#include "CaseworkFixtures.h"
#include "EachEngine.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/AuditAnchor.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "connection/SecretStore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sw::casebook;

namespace {
bool keychainRequired()
{
    return qEnvironmentVariable("SIGNWATCH_REQUIRE_KEYCHAIN") == QLatin1String("1");
}

QString hashOf(const char *text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex());
}
} // namespace

class TestAuditAnchor : public QObject
{
    Q_OBJECT
public:
    explicit TestAuditAnchor(sw::connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void raisedAfterEveryWrite();
    void removedEntriesAreFound_data();
    void removedEntriesAreFound();
    void rewrittenTailIsFound();
    void laterEntriesAreFine();
    void onlyEverRaised();
    void missingCasebookIsNotCreated();

private:
    void appendEntries(int count);
    bool shared() const { return m_engine == sw::connection::Engine::Postgres; }
    // Changes the casebook around SignWatch (ScratchCasebook::tamper).
    bool tamper(const QStringList &statements) { return m_scratch->tamper(statements).ok(); }

    sw::connection::Engine m_engine;
    QTemporaryDir m_dir;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
    Casebook *m_casebook = nullptr;
    bool m_keychain = false;
};

void TestAuditAnchor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    sw::connection::SecretStore keychain;
    const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = keychain.write(probe, QStringLiteral("x"));
    m_keychain = written.ok();
    if (m_keychain)
        QVERIFY(keychain.remove(probe).ok());
    else if (keychainRequired())
        QFAIL(qPrintable(QStringLiteral("keychain required but unavailable: ") + written.error().fullText()));
}

void TestAuditAnchor::init()
{
    auto opened = sw::test::ScratchCasebook::create(m_engine);
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
    m_scratch = std::move(opened.value());
    m_casebook = &m_scratch->casebook();
}

void TestAuditAnchor::cleanup()
{
    m_casebook = nullptr;
    m_scratch.reset();
}

void TestAuditAnchor::appendEntries(int count)
{
    AuditLog log(*m_casebook);
    for (int i = 0; i < count; ++i)
        QVERIFY(log.append({QStringLiteral("citizen.unmask"), QStringLiteral("citizen"),
                            QStringLiteral("046090000001"), QStringLiteral("reason %1").arg(i)})
                    .ok());
}

void TestAuditAnchor::raisedAfterEveryWrite()
{
    appendEntries(3);
    const AuditEntry head = AuditLog(*m_casebook).head()->value();
    const QList<StoredAnchor> anchors = m_casebook->anchor().stored();
    QCOMPARE(anchors.size(), 1); // one place: the keychain when there is one, else the file
    QCOMPARE(anchors.constFirst().head, (AuditHead {3, head.hash}));
    if (m_keychain) {
        QCOMPARE(anchors.constFirst().place, QStringLiteral("the system keychain"));
        // A file by its canonical path; a shared casebook by its URL.
        auto kept = sw::connection::SecretStore().read(AuditAnchor::keychainKey(
            shared() ? m_casebook->path() : QFileInfo(m_casebook->path()).canonicalFilePath()));
        QVERIFY(kept.ok());
        QVERIFY(kept->contains(head.hash));
        QVERIFY(!QFileInfo::exists(m_casebook->anchor().file()));
    } else {
        QCOMPARE(anchors.constFirst().place, m_casebook->anchor().file());
    }
    // The verify() of an intact log shows the anchor it compared, holding.
    auto check = AuditLog(*m_casebook).verify();
    QVERIFY(check->intact());
    QCOMPARE(check->anchors.size(), 1);
    QVERIFY(check->anchors.constFirst().holds);
}

void TestAuditAnchor::removedEntriesAreFound_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("named");
    QTest::newRow("the last entry") << QStringLiteral("DELETE FROM audit_log WHERE id = 5")
                                    << QStringLiteral(
                                           "names 5 entries, but the log ends at entry 4: entry 5 was "
                                           "removed");
    QTest::newRow("the last three") << QStringLiteral("DELETE FROM audit_log WHERE id >= 3")
                                    << QStringLiteral(
                                           "names 5 entries, but the log ends at entry 2: entries 3 to 5 "
                                           "were removed");
    QTest::newRow("every entry") << QStringLiteral("DELETE FROM audit_log")
                                 << QStringLiteral(
                                        "names 5 entries, but the log has none: every entry was removed");
}

void TestAuditAnchor::removedEntriesAreFound()
{
    QFETCH(QString, statement);
    QFETCH(QString, named);
    appendEntries(5);
    QVERIFY(AuditLog(*m_casebook).verify()->intact());
    QVERIFY(tamper({statement}));
    auto check = AuditLog(*m_casebook).verify();
    QVERIFY(check.ok());
    QVERIFY(!check->intact());
    QCOMPARE(check->problem, AuditCheck::Problem::Truncated);
    QVERIFY2(check->problems.join(u'\n').contains(named), qPrintable(check->problems.join(u'\n')));
    QCOMPARE(check->anchors.size(), 1);
    QVERIFY(!check->anchors.constFirst().holds);
    // The chain that is left is whole: only the anchor tells.
    QVERIFY(!check->firstBrokenId);
}

void TestAuditAnchor::rewrittenTailIsFound()
{
    appendEntries(3);
    // Entries 2 and 3 replaced by a chain that links (hashes recomputed), as a careful forger would.
    auto entries = AuditLog(*m_casebook).entries();
    AuditEntry second = entries->at(1);
    AuditEntry third = entries->at(2);
    second.reason = QStringLiteral("forged");
    second.hash = AuditLog::chainHash(second.previousHash, second);
    third.previousHash = second.hash;
    third.hash = AuditLog::chainHash(third.previousHash, third);
    QVERIFY(tamper(
        {QStringLiteral("UPDATE audit_log SET reason = 'forged', hash = '%1' WHERE id = 2").arg(second.hash),
         QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = 3")
             .arg(third.previousHash, third.hash)}));
    auto check = AuditLog(*m_casebook).verify();
    QVERIFY(!check->intact());
    QCOMPARE(check->problem, AuditCheck::Problem::Truncated);
    QCOMPARE(check->firstBrokenId, std::optional<qint64>(3));
    QVERIFY2(check->problems.join(u'\n').contains(QStringLiteral("Entry 3 differs from the anchor")),
             qPrintable(check->problems.join(u'\n')));
}

void TestAuditAnchor::laterEntriesAreFine()
{
    appendEntries(3);
    // Two more entries written by a desk whose anchor is kept elsewhere (another machine's
    // keychain): chained properly, but this desk's anchor still names 3.
    auto entries = AuditLog(*m_casebook).entries();
    AuditEntry next = entries->constLast();
    QStringList inserts;
    for (int id = 4; id <= 5; ++id) {
        next.id = id;
        next.previousHash = next.hash;
        next.reason = QStringLiteral("other desk %1").arg(id);
        next.hash = AuditLog::chainHash(next.previousHash, next);
        inserts << QStringLiteral("INSERT INTO audit_log (id, at, actor, action, subject_kind, "
                                  "subject_id, reason, prev_hash, hash) SELECT %1, at, actor, "
                                  "action, subject_kind, subject_id, '%2', '%3', '%4' FROM "
                                  "audit_log WHERE id = 3")
                       .arg(id)
                       .arg(next.reason, next.previousHash, next.hash);
    }
    QVERIFY(tamper(inserts));
    auto check = AuditLog(*m_casebook).verify();
    QVERIFY2(check->intact(), qPrintable(check->problems.join(u'\n')));
    QCOMPARE(check->entries, 5);
    QCOMPARE(check->anchors.size(), 1);
    QCOMPARE(check->anchors.constFirst().anchor.head.entries, 3);
    QVERIFY(check->anchors.constFirst().holds);
    // This desk's next write raises its anchor past them.
    appendEntries(1);
    QCOMPARE(m_casebook->anchor().stored().constFirst().head.entries, 6);
}

void TestAuditAnchor::onlyEverRaised()
{
    if (shared())
        QSKIP("the anchor alone, no casebook: checked in the SQLite run");
    const QString name
        = m_dir.filePath(QStringLiteral("raised-%1.sqlite").arg(QUuid::createUuid().toString()));
    AuditAnchor first(name);
    first.raise({5, hashOf("5")});
    // Another console that saw an older head (its last write came first) does not lower it.
    AuditAnchor second(name);
    second.raise({3, hashOf("3")});
    QList<StoredAnchor> stored = second.stored();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.constFirst().head, (AuditHead {5, hashOf("5")}));
    QVERIFY(stored.constFirst().at.isValid());
    second.raise({8, hashOf("8")});
    QCOMPARE(first.stored().constFirst().head, (AuditHead {8, hashOf("8")}));
    if (m_keychain)
        QVERIFY(sw::connection::SecretStore().remove(AuditAnchor::keychainKey(name)).ok());
    QFile::remove(AuditAnchor::filePath(name));
}

void TestAuditAnchor::missingCasebookIsNotCreated()
{
    if (shared())
        QSKIP("a missing local file: checked in the SQLite run");
    const QString missing = m_dir.filePath(QStringLiteral("nowhere/casebook.sqlite"));
    auto opened = Casebook::openExisting(missing);
    QVERIFY(!opened.ok());
    QCOMPARE(opened.error().kind, sw::Error::Kind::NotFound);
    QVERIFY2(opened.error().message.contains(QStringLiteral("nowhere")), qPrintable(opened.error().message));
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("nowhere"))));
    // An existing one opens as open() does.
    QVERIFY(Casebook::openExisting(m_casebook->path()).ok());
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestAuditAnchor>(argc, argv, "audit anchor");
}
#include "tst_auditanchor.moc"
