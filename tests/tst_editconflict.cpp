// Two desks editing the same complaint, case title or draft (issue 13): the second save is refused
// with who changed it and when, nothing of theirs is overwritten, and the refused text is the
// caller's to keep. On SQLite two connections to one file, each with its person; on PostgreSQL two
// logins with the inspector role on a fresh shared casebook, where the server counts the versions
// and names the person.
#include "CaseworkFixtures.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace sw;
using namespace sw::casebook;
using connection::ConnectionSpec;
using connection::Engine;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

// 03:15 UTC: 10:15 in the province, as the refusal says it.
const QDateTime now(QDate(2024, 5, 6), QTime(3, 15), QTimeZone::utc());

// One person at one console.
struct Desk
{
    std::unique_ptr<Casebook> casebook;
    std::unique_ptr<Complaints> complaints;
    std::unique_ptr<Cases> cases;
    std::unique_ptr<CaseDocuments> documents;

    void reset()
    {
        documents.reset();
        cases.reset();
        complaints.reset();
        casebook.reset();
    }

    Result<void> open(const ConnectionSpec &spec, const QString &password, const QString &person)
    {
        auto opened = Casebook::connect(spec, password, Clock::fixedAt(now));
        if (!opened)
            return opened.error();
        casebook = std::move(opened.value());
        complaints = std::make_unique<Complaints>(*casebook);
        cases = std::make_unique<Cases>(*casebook);
        documents = std::make_unique<CaseDocuments>(*casebook);
        documents->setRenderer(test::fakeRender);
        // SQLite has one user per machine: each desk names its person (PostgreSQL ignores this).
        complaints->setActor(person);
        cases->setActor(person);
        documents->setActor(person);
        return {};
    }
};

// A casebook for one test (ScratchCasebook): a SQLite file, or a new PostgreSQL database set up by
// its owner (the admin login of SIGNWATCH_TEST_PG) with two inspector logins.
class SharedCasebook
{
public:
    Result<void> create(Engine engine)
    {
        auto made = test::ScratchCasebook::create(engine, Clock::fixedAt(now));
        if (!made)
            return made.error();
        m_scratch = std::move(made.value());
        if (!m_scratch->isShared())
            return {};
        for (const char *person : {"anh", "binh"}) {
            auto login = m_scratch->addLogin(QLatin1String(person), {Role::Inspector});
            if (!login)
                return login.error();
            m_logins << *login;
        }
        return {};
    }

    // The owner's desk (everything allowed), and the two people's.
    Result<void> openOwner(Desk &desk)
    {
        return desk.open(m_scratch->spec(), m_scratch->password(), QStringLiteral("owner"));
    }
    Result<void> openPerson(Desk &desk, int person)
    {
        const QString name = person == 0 ? QStringLiteral("anh") : QStringLiteral("binh");
        if (!m_scratch->isShared())
            return desk.open(m_scratch->spec(), {}, name);
        const QString login = m_logins.at(person);
        return desk.open(m_scratch->specOf(login), test::ScratchCasebook::loginPassword(login), name);
    }
    QString ownerName() const
    {
        return m_scratch->isShared() ? m_scratch->spec().user : QStringLiteral("owner");
    }
    // Who a person is to the casebook: the login on PostgreSQL, the name the desk gives on SQLite.
    QString personName(int person) const
    {
        if (m_scratch->isShared())
            return m_logins.at(person);
        return person == 0 ? QStringLiteral("anh") : QStringLiteral("binh");
    }

private:
    std::unique_ptr<test::ScratchCasebook> m_scratch;
    QStringList m_logins;
};

} // namespace

class TestEditConflict : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void complaintSecondSaveIsRefused_data() { engineRows(); }
    void complaintSecondSaveIsRefused();
    void caseTitleSecondSaveIsRefused_data() { engineRows(); }
    void caseTitleSecondSaveIsRefused();
    void draftSecondSaveIsRefused_data() { engineRows(); }
    void draftSecondSaveIsRefused();
    void serverCountsVersionsAndNamesThePerson();

private:
    static void engineRows()
    {
        QTest::addColumn<Engine>("engine");
        test::addEngineRows();
    }
    void setUp();

    std::unique_ptr<SharedCasebook> m_book;
    Desk m_owner, m_anh, m_binh;
};

void TestEditConflict::initTestCase()
{
    QVERIFY(test::checkPostgresRequirement());
}

void TestEditConflict::init()
{
    m_book = std::make_unique<SharedCasebook>();
}

void TestEditConflict::cleanup()
{
    m_anh.reset();
    m_binh.reset();
    m_owner.reset();
    m_book.reset();
}

void TestEditConflict::setUp()
{
    QFETCH(Engine, engine);
    auto made = m_book->create(engine);
    QVERIFY2(made.ok(), why(made));
    auto owner = m_book->openOwner(m_owner);
    QVERIFY2(owner.ok(), why(owner));
    auto anh = m_book->openPerson(m_anh, 0);
    QVERIFY2(anh.ok(), why(anh));
    auto binh = m_book->openPerson(m_binh, 1);
    QVERIFY2(binh.ok(), why(binh));
}

void TestEditConflict::complaintSecondSaveIsRefused()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    Complaint c;
    c.citizenId = test::demoCitizen(7);
    c.provider = QStringLiteral("VIETTEL-CA");
    c.receivedAt = now.addDays(-1);
    c.statement = QStringLiteral("Tôi không đăng ký chữ ký số này.");
    auto added = m_anh.complaints->add(c);
    QVERIFY2(added.ok(), why(added));
    QCOMPARE(added->version, 1);
    QCOMPARE(added->updatedBy, m_book->personName(0));

    // Both open it; Bình saves first.
    Complaint anhEdit = *m_anh.complaints->complaint(added->id);
    Complaint binhEdit = *m_binh.complaints->complaint(added->id);
    binhEdit.notes = QStringLiteral("Gọi điện cho công dân: xác nhận.");
    auto binhSaved = m_binh.complaints->update(binhEdit);
    QVERIFY2(binhSaved.ok(), why(binhSaved));
    QCOMPARE(binhSaved->version, 2);
    QCOMPARE(binhSaved->updatedBy, m_book->personName(1));

    const qsizetype entries = AuditLog(*m_owner.casebook).entries()->size();
    anhEdit.statement = QStringLiteral("Công dân nói thêm: chưa từng đến điểm đăng ký.");
    auto refused = m_anh.complaints->update(anhEdit);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(m_book->personName(1)), why(refused));
    QVERIFY2(refused.error().message.contains(QStringLiteral("10:15 06/05/2024")), why(refused));
    // Nothing written, nothing audited: Bình's notes stand, with Anh's statement not in them.
    auto stored = m_owner.complaints->complaint(added->id);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->notes, binhEdit.notes);
    QCOMPARE(stored->statement, c.statement);
    QCOMPARE(AuditLog(*m_owner.casebook).entries()->size(), entries);

    // Anh has seen Bình's version and keeps hers over it: saved as the next version.
    anhEdit.version = stored->version;
    anhEdit.notes = stored->notes;
    auto merged = m_anh.complaints->update(anhEdit);
    QVERIFY2(merged.ok(), why(merged));
    QCOMPARE(merged->version, 3);
    QCOMPARE(merged->statement, anhEdit.statement);
    QCOMPARE(merged->notes, binhEdit.notes);
    // Bình's old copy is now the stale one.
    binhEdit.notes = QStringLiteral("late");
    QCOMPARE(m_binh.complaints->update(binhEdit).error().kind, Error::Kind::Conflict);
}

void TestEditConflict::caseTitleSecondSaveIsRefused()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    auto opened = m_anh.cases->open({QStringLiteral("VIETTEL-CA"), {}, {}, {test::findingLine(1)}});
    QVERIFY2(opened.ok(), why(opened));
    QCOMPARE(opened->version, 1);
    const int loaded = opened->version;
    auto binh = m_binh.cases->setTitle(opened->id, QStringLiteral("Cấp trùng tháng 8"), loaded);
    QVERIFY2(binh.ok(), why(binh));
    QCOMPARE(binh->version, 2);
    auto refused = m_anh.cases->setTitle(opened->id, QStringLiteral("Cấp trùng chứng thư"), loaded);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(m_book->personName(1)), why(refused));
    QCOMPARE(m_owner.cases->caseById(opened->id)->title, QStringLiteral("Cấp trùng tháng 8"));

    // Every change of the case counts, a move too: a title typed before it is refused after it.
    auto current = m_owner.cases->caseById(opened->id);
    QVERIFY(m_owner.cases->establish(opened->id, QStringLiteral("checked")).ok());
    auto afterMove = m_anh.cases->setTitle(opened->id, QStringLiteral("x"), current->version);
    QCOMPARE(afterMove.error().kind, Error::Kind::Conflict);
    QVERIFY2(afterMove.error().message.contains(m_book->ownerName()), why(afterMove)); // who moved it
    auto fresh = m_anh.cases->caseById(opened->id);
    QCOMPARE(fresh->version, current->version + 1);
    QVERIFY(m_anh.cases->setTitle(opened->id, QStringLiteral("Cấp trùng chứng thư"), fresh->version).ok());
}

void TestEditConflict::draftSecondSaveIsRefused()
{
    setUp();
    if (QTest::currentTestFailed())
        return;
    auto opened = m_owner.cases->open({QStringLiteral("VIETTEL-CA"), {}, {}, {test::findingLine(2)}});
    QVERIFY2(opened.ok(), why(opened));
    QVERIFY(m_owner.cases->establish(opened->id, QStringLiteral("checked")).ok());
    auto draft = m_owner.documents->createMinutes(opened->id);
    QVERIFY2(draft.ok(), why(draft));
    QCOMPARE(draft->version, 1);

    // Both editors load the draft; each autosaves its own copy.
    CaseDocument anh = *m_anh.documents->document(draft->id);
    CaseDocument binh = *m_binh.documents->document(draft->id);
    QJsonObject binhText = binh.draft;
    binhText.insert(QLatin1String("meeting_place"), QStringLiteral("Phòng họp số 2"));
    auto first = m_binh.documents->saveDraft(binh.id, binhText, binh.version);
    QVERIFY2(first.ok(), why(first));
    auto second = m_binh.documents->saveDraft(binh.id, binhText, first->version); // autosave again
    QVERIFY2(second.ok(), why(second));
    QCOMPARE(second->version, 3);
    QCOMPARE(second->updatedBy, m_book->personName(1));

    QJsonObject anhText = anh.draft;
    anhText.insert(QLatin1String("meeting_place"), QStringLiteral("Hội trường tầng 3"));
    auto refused = m_anh.documents->saveDraft(anh.id, anhText, anh.version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Conflict);
    QVERIFY2(refused.error().message.contains(m_book->personName(1)), why(refused));
    auto stored = m_owner.documents->document(draft->id);
    QCOMPARE(stored->draft.value(QLatin1String("meeting_place")).toString(),
             QStringLiteral("Phòng họp số 2"));
    QCOMPARE(stored->version, 3);

    // Signed meanwhile: the draft says so rather than that someone edited it.
    QVERIFY(
        m_owner.documents
            ->saveDraft(draft->id, test::completedMinutes(stored->draft, QDate(2024, 5, 6)), stored->version)
            .ok());
    auto signedDoc = m_owner.documents->sign(draft->id);
    QVERIFY2(signedDoc.ok(), why(signedDoc));
    auto late = m_anh.documents->saveDraft(anh.id, anhText, stored->version + 1);
    QVERIFY(!late.ok());
    QVERIFY2(late.error().message.contains(QStringLiteral("signed")), why(late));
}

void TestEditConflict::serverCountsVersionsAndNamesThePerson()
{
    if (!test::enginesUnderTest().contains(Engine::Postgres))
        QSKIP("no PostgreSQL server (SIGNWATCH_TEST_PG)");
    auto made = m_book->create(Engine::Postgres);
    QVERIFY2(made.ok(), why(made));
    QVERIFY(m_book->openPerson(m_anh, 0).ok());
    Complaint c;
    c.citizenId = test::demoCitizen(8);
    c.provider = QStringLiteral("VNPT-CA");
    c.receivedAt = now.addDays(-2);
    c.statement = QStringLiteral("Chữ ký số cấp trùng.");
    auto added = m_anh.complaints->add(c);
    QVERIFY2(added.ok(), why(added));
    // Plain SQL as Anh's login, claiming another version and another person: the server counts
    // one more and names the session user.
    QSqlQuery q(m_anh.casebook->database());
    QVERIFY2(
        q.exec(QStringLiteral("UPDATE complaints SET notes = 'sql', version = 41, updated_by = 'mallory' "
                              "WHERE id = %1")
                   .arg(added->id)),
        qPrintable(q.lastError().text()));
    auto stored = m_anh.complaints->complaint(added->id);
    QCOMPARE(stored->version, 2);
    QCOMPARE(stored->updatedBy, m_book->personName(0));
}

QTEST_GUILESS_MAIN(TestEditConflict)
#include "tst_editconflict.moc"
