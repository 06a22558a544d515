// The audit log covers the casework's state (CaseworkState): every change through SignWatch records
// its subjects' digests before and after, so that a case, complaint or document changed directly in
// the file fails AuditLog::verify(), also when a legitimate change follows it; a casebook written
// before is sealed when migrated. A signed PDF is checked against its SHA-256 whenever it is read,
// and the refusal is audited; signed drafts carry the audit head printed in their PDF. The class
// runs on each engine under test; on PostgreSQL the changes "outside SignWatch" are a superuser's
// with the server's triggers off (ScratchCasebook::tamper). The sealing of a casebook written by an
// older version is SQLite's only (desks' files; a shared casebook starts at this version).
#include "CaseworkFixtures.h"
#include "EachEngine.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "publishing/CasePublication.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::casebook;
using sw::test::CasebookTamperer;
using sw::test::findingLine;

namespace {
const QString provider = QStringLiteral("VIETTEL-CA");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}
} // namespace

class TestCaseworkState : public QObject
{
    Q_OBJECT
public:
    explicit TestCaseworkState(sw::connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void workflowVerifies();
    void changeOutsideIsFound_data();
    void changeOutsideIsFound();
    void laterChangeDoesNotLaunder();
    void changedPdfIsRefusedOnRead();
    void outboxCopyIsCheckedAgainstTheSignedDocument();
    void signedDraftCarriesTheAuditHead();
    void olderCasebookIsSealed();

private:
    // Case A with signed minutes, case B open, complaint K gathered into B.
    struct Scene
    {
        qint64 caseA = 0;
        qint64 minutes = 0;
        qint64 caseB = 0;
        qint64 complaint = 0;
    };
    Scene buildScene();
    qint64 signMinutes(qint64 caseId);
    AuditCheck verify();
    bool shared() const { return m_engine == sw::connection::Engine::Postgres; }
    // Changes the casebook around SignWatch; SQLite's BLOB is PostgreSQL's BYTEA.
    void tamper(QStringList statements)
    {
        if (shared())
            for (QString &statement : statements)
                statement.replace(QLatin1String(" AS BLOB)"), QLatin1String(" AS BYTEA)"));
        auto done = m_scratch->tamper(statements);
        QVERIFY2(done.ok(), why(done).constData());
    }

    sw::connection::Engine m_engine;
    QTemporaryDir m_dir;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
    Casebook *m_casebook = nullptr;
    std::unique_ptr<Cases> m_cases;
    std::unique_ptr<Complaints> m_complaints;
    std::unique_ptr<CaseDocuments> m_documents;
    int m_nextSubject = 2000;
};

void TestCaseworkState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestCaseworkState::init()
{
    auto opened = sw::test::ScratchCasebook::create(m_engine);
    QVERIFY2(opened.ok(), why(opened).constData());
    m_scratch = std::move(opened.value());
    m_casebook = &m_scratch->casebook();
    m_cases = std::make_unique<Cases>(*m_casebook);
    m_complaints = std::make_unique<Complaints>(*m_casebook);
    m_documents = std::make_unique<CaseDocuments>(*m_casebook);
    m_documents->setRenderer(sw::test::fakeRender);
}

void TestCaseworkState::cleanup()
{
    m_documents.reset();
    m_complaints.reset();
    m_cases.reset();
    m_casebook = nullptr;
    m_scratch.reset();
}

qint64 TestCaseworkState::signMinutes(qint64 caseId)
{
    auto draft = m_documents->createMinutes(caseId);
    if (!draft)
        return 0;
    if (!m_documents->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                                draft->version))
        return 0;
    auto done = m_documents->sign(draft->id);
    return done ? done->id : 0;
}

TestCaseworkState::Scene TestCaseworkState::buildScene()
{
    Scene scene;
    auto a = m_cases->open({provider, {}, {}, {findingLine(++m_nextSubject), findingLine(++m_nextSubject)}});
    if (!a || !m_cases->establish(a->id, QStringLiteral("checked")))
        return {};
    scene.caseA = a->id;
    scene.minutes = signMinutes(a->id);
    auto b = m_cases->open({provider, {}, {}, {findingLine(++m_nextSubject), findingLine(++m_nextSubject)}});
    if (!b)
        return {};
    scene.caseB = b->id;
    Complaint c;
    c.citizenId = sw::test::demoCitizen(77);
    c.provider = provider;
    c.receivedAt = sw::test::utcTime("2024-01-03T02:00:00Z");
    c.statement = QStringLiteral("Tôi không yêu cầu cấp chứng thư số này.");
    auto added = m_complaints->add(c);
    if (!added || !m_cases->attachComplaint(b->id, added->id))
        return {};
    scene.complaint = added->id;
    return scene;
}

AuditCheck TestCaseworkState::verify()
{
    auto check = AuditLog(*m_casebook).verify();
    return check ? *check : AuditCheck {};
}

void TestCaseworkState::workflowVerifies()
{
    const Scene scene = buildScene();
    QVERIFY(scene.minutes && scene.complaint);
    // Every change the casework makes is covered, including the ones between the scene's steps.
    QVERIFY(m_cases->addFindings(scene.caseB, {findingLine(++m_nextSubject)}).ok());
    QVERIFY(m_cases
                ->removeFinding(scene.caseB,
                                QStringLiteral("DUPLICATE_ISSUANCE/certificate/%1").arg(m_nextSubject),
                                QStringLiteral("counted twice"))
                .ok());
    QVERIFY(m_cases
                ->setTitle(scene.caseB, QStringLiteral("Cấp trùng tháng 8"),
                           m_cases->caseById(scene.caseB)->version)
                .ok());
    QVERIFY(m_cases->detachComplaint(scene.caseB, scene.complaint, QStringLiteral("other case")).ok());
    auto complaint = m_complaints->complaint(scene.complaint);
    complaint->notes = QStringLiteral("Đã đối chiếu Hue-S");
    complaint->outcome = ComplaintOutcome::NotSubstantiated;
    QVERIFY(m_complaints->update(*complaint).ok());
    auto tb = m_documents->createAnnouncement(scene.caseA);
    QVERIFY(tb.ok());
    // Autosaves of a draft are not audited and need not be.
    const qint64 before = AuditLog(*m_casebook).entries()->size();
    QJsonObject edited = tb->draft;
    int version = tb->version;
    for (int i = 0; i < 3; ++i) {
        edited.insert(QLatin1String("subject"), QStringLiteral("Thông báo %1").arg(i));
        auto saved = m_documents->saveDraft(tb->id, edited, version);
        QVERIFY(saved.ok());
        version = saved->version;
    }
    QCOMPARE(AuditLog(*m_casebook).entries()->size(), before);
    QVERIFY(m_documents->sign(tb->id).ok());
    QVERIFY(m_cases->markPublished(scene.caseA, QStringLiteral("CONG-1")).ok());
    QVERIFY(m_cases->recordExclusion(scene.caseA, 1704844800, QStringLiteral("§5.3")).ok());
    QVERIFY(m_complaints->remove(scene.complaint, QStringLiteral("entered twice")).ok());

    const AuditCheck check = verify();
    QVERIFY2(check.intact(), qPrintable(check.problems.join(u'\n')));
    // Each casework entry records the digests of what it changed.
    const auto entries = AuditLog(*m_casebook).entries();
    QVERIFY(entries.ok());
    for (const AuditEntry &e : *entries) {
        QVERIFY2(!e.state.isNull(), qPrintable(e.action));
        const QJsonObject state = QJsonDocument::fromJson(e.state.toUtf8()).object();
        QVERIFY2(state.contains(e.subjectKind + QLatin1Char(':') + e.subjectId), qPrintable(e.action));
    }
}

void TestCaseworkState::changeOutsideIsFound_data()
{
    QTest::addColumn<QStringList>("statements"); // %1 case A, %2 minutes, %3 case B, %4 complaint
    QTest::addColumn<QString>("named"); // what the problem names; empty: not a change of state
    QTest::newRow("case status") << QStringList {QStringLiteral(
        "UPDATE cases SET status = 'dismissed' WHERE id = %3")}
                                 << QStringLiteral("case %3 was changed outside SignWatch");
    QTest::newRow("case findings deleted")
        << QStringList {QStringLiteral("DELETE FROM case_findings WHERE case_id = %3")}
        << QStringLiteral("case %3 was changed outside SignWatch");
    QTest::newRow("finding edited") << QStringList {QStringLiteral(
        "UPDATE case_findings SET json_line = replace(json_line, '\"high\"', '\"low\"') WHERE case_id = %1")}
                                    << QStringLiteral("case %1 was changed outside SignWatch");
    QTest::newRow("exclusion set") << QStringList {QStringLiteral(
        "UPDATE cases SET exclusion_from = 1700000000 WHERE id = %1")}
                                   << QStringLiteral("case %1 was changed outside SignWatch");
    QTest::newRow("publication recorded") << QStringList {QStringLiteral(
        "INSERT INTO case_publications VALUES (9, %1, %2, '2024-01-09T00:00:00Z')")}
                                          << QStringLiteral("case %1 was changed outside SignWatch");
    QTest::newRow("case slipped in") << QStringList {QStringLiteral(
        "INSERT INTO cases SELECT 99, provider, provider_name, title, status, "
        "status_reason, exclusion_from, exclusion_note, publication_reference, "
        "created_at, updated_at, version, updated_by FROM cases WHERE id = %3")}
                                     << QStringLiteral(
                                            "case 99 is in the file, but no audit entry records it");
    QTest::newRow("case deleted") << QStringList {QStringLiteral(
                                                      "DELETE FROM case_findings WHERE case_id = %3"),
                                                  QStringLiteral("UPDATE complaints SET case_id = NULL"),
                                                  QStringLiteral("DELETE FROM cases WHERE id = %3")}
                                  << QStringLiteral("case %3 was removed from the file outside SignWatch");
    QTest::newRow("signed document back to draft")
        << QStringList {QStringLiteral(
               "UPDATE case_documents SET state = 'draft', year = NULL, number = NULL WHERE id = %2")}
        << QStringLiteral("document %2 was changed outside SignWatch");
    QTest::newRow("signed content edited") << QStringList {QStringLiteral(
        "UPDATE case_documents SET draft_json = replace(draft_json, 'Trần Văn Bình', 'Trần Văn Bính') "
        "WHERE id = %2")} << QStringLiteral("document %2 was changed outside SignWatch");
    QTest::newRow("recorded hash replaced")
        << QStringList {QStringLiteral("UPDATE case_documents SET pdf = CAST('%PDF-other' AS BLOB), "
                                       "pdf_sha256 = '%5', pdf_size = 10 WHERE id = %2")}
        << QStringLiteral("document %2 was changed outside SignWatch");
    QTest::newRow("complaint outcome")
        << QStringList {QStringLiteral("UPDATE complaints SET outcome = 'substantiated' WHERE id = %4")}
        << QStringLiteral("complaint %4 was changed outside SignWatch");
    QTest::newRow("complaint taken out of its case")
        << QStringList {QStringLiteral("UPDATE complaints SET case_id = NULL WHERE id = %4")}
        << QStringLiteral("complaint %4 was changed outside SignWatch");
    QTest::newRow("complaint finding linked") << QStringList {QStringLiteral(
        "INSERT INTO complaint_findings SELECT %4, 0, finding_key, json_line FROM case_findings "
        "WHERE case_id = %3")} << QStringLiteral("complaint %4 was changed outside SignWatch");
    // Left out of the digests on purpose (CaseworkState.h): touches and a draft's text.
    QTest::newRow("updated_at touched")
        << QStringList {QStringLiteral("UPDATE cases SET updated_at = '2030-01-01T00:00:00Z'")} << QString();
}

void TestCaseworkState::changeOutsideIsFound()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, named);
    const Scene scene = buildScene();
    QVERIFY(scene.minutes && scene.complaint);
    QVERIFY(verify().intact());
    const QString otherPdfSha
        = QString::fromLatin1(QCryptographicHash::hash("%PDF-other", QCryptographicHash::Sha256).toHex());
    const auto fill = [&](QString text) {
        return text.replace(QLatin1String("%1"), QString::number(scene.caseA))
            .replace(QLatin1String("%2"), QString::number(scene.minutes))
            .replace(QLatin1String("%3"), QString::number(scene.caseB))
            .replace(QLatin1String("%4"), QString::number(scene.complaint))
            .replace(QLatin1String("%5"), otherPdfSha);
    };
    QStringList filled;
    for (const QString &statement : std::as_const(statements))
        filled << fill(statement);
    tamper(filled);
    const AuditCheck check = verify();
    const QString problems = check.problems.join(u'\n');
    if (named.isEmpty()) {
        QVERIFY2(check.intact(), qPrintable(problems));
        return;
    }
    QVERIFY(!check.intact());
    QCOMPARE(check.problem, AuditCheck::Problem::StateChanged);
    QVERIFY2(problems.contains(fill(named)), qPrintable(problems));
    for (const AnchorCheck &anchor : check.anchors)
        QVERIFY(anchor.holds); // the log itself is whole
}

void TestCaseworkState::laterChangeDoesNotLaunder()
{
    const Scene scene = buildScene();
    QVERIFY(scene.caseB);
    const qint64 last = AuditLog(*m_casebook).head()->value().id;
    // Established without an entry, then worked on through SignWatch as if nothing happened.
    tamper({QStringLiteral("UPDATE cases SET status = 'established', status_reason = 'x' WHERE id = %1")
                .arg(scene.caseB)});
    QVERIFY(
        m_cases->setTitle(scene.caseB, QStringLiteral("Tiêu đề mới"), m_cases->caseById(scene.caseB)->version)
            .ok());
    QVERIFY(m_documents->createMinutes(scene.caseB).ok());
    const AuditCheck check = verify();
    QVERIFY(!check.intact());
    QCOMPARE(check.problems.size(), 1);
    const QString entryOfLastChange = QString::number(last); // the complaint's gathering touched case B
    QVERIFY2(
        check.problems.constFirst().startsWith(
            QStringLiteral("case %1 was changed outside SignWatch after entry %2 (found changed by entry %3)")
                .arg(scene.caseB)
                .arg(entryOfLastChange)
                .arg(last + 1)),
        qPrintable(check.problems.constFirst()));
}

void TestCaseworkState::changedPdfIsRefusedOnRead()
{
    const Scene scene = buildScene();
    QVERIFY(scene.minutes);
    const QByteArray good = *m_documents->pdf(scene.minutes);
    // One byte, the size kept: only the hash tells.
    tamper({shared() ? QStringLiteral("UPDATE case_documents SET pdf = convert_to(replace(convert_from(pdf, "
                                      "'UTF8'), '%PDF-fake', '%PDF-fakf'), 'UTF8') WHERE id = %1")
                           .arg(scene.minutes)
                     : QStringLiteral("UPDATE case_documents SET pdf = CAST(replace(CAST(pdf AS TEXT), "
                                      "'%PDF-fake', '%PDF-fakf') AS BLOB) WHERE id = %1")
                           .arg(scene.minutes)});
    const qint64 entriesBefore = AuditLog(*m_casebook).entries()->size();
    auto read = m_documents->pdf(scene.minutes);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("01/BB-") + sw::test::bodyCodeToday())
                 && read.error().message.contains(QStringLiteral("changed outside SignWatch"))
                 && read.error().message.contains(QStringLiteral("audit verify")),
             qPrintable(read.error().message));
    // Audited, without any state: the entry changes no casework.
    auto entries = AuditLog(*m_casebook).entries();
    QCOMPARE(entries->size(), entriesBefore + 1);
    const AuditEntry &refusal = entries->constLast();
    QCOMPARE(refusal.action, QStringLiteral("document.integrity_failed"));
    QCOMPARE(refusal.subjectId, QString::number(scene.minutes));
    QVERIFY(refusal.state.isNull());
    QVERIFY(refusal.before.contains(m_documents->document(scene.minutes)->pdfSha256));
    QVERIFY(!refusal.after.contains(m_documents->document(scene.minutes)->pdfSha256));
    // Read again (the documents list does on every reload): refused again, audited once.
    QVERIFY(!m_documents->pdf(scene.minutes).ok());
    QCOMPARE(AuditLog(*m_casebook).entries()->size(), entriesBefore + 1);
    // verify() finds it too, without anyone reading the document.
    const AuditCheck check = verify();
    QVERIFY(!check.intact());
    QVERIFY2(check.problems.join(u'\n').contains(
                 QStringLiteral("The stored PDF of document %1 differs").arg(scene.minutes)),
             qPrintable(check.problems.join(u'\n')));
    QVERIFY(good.startsWith("%PDF-fake"));
}

void TestCaseworkState::outboxCopyIsCheckedAgainstTheSignedDocument()
{
    const Scene scene = buildScene();
    auto tb = m_documents->createAnnouncement(scene.caseA);
    QVERIFY(tb.ok());
    auto signedTb = m_documents->sign(tb->id);
    QVERIFY(signedTb.ok());
    auto publication = sw::publishing::publicationOf(*m_documents, tb->id);
    QVERIFY(publication.ok());
    QVERIFY(m_cases->recordPublicationQueued(scene.caseA, tb->id, 7).ok());
    QVERIFY2(m_documents->checkPublication(7, publication->pdf).ok(),
             why(m_documents->checkPublication(7, publication->pdf)).constData());
    auto forged = m_documents->checkPublication(7, publication->pdf + "forged");
    QVERIFY(!forged.ok());
    QVERIFY2(forged.error().message.contains(QStringLiteral("01/TB-") + sw::test::bodyCodeToday()),
             qPrintable(forged.error().message));
    QVERIFY(m_documents->checkPublication(8, "not a case's").ok()); // the outbox's own check only
    // The signed announcement changed in the file: neither published nor handed to the outbox.
    tamper({QStringLiteral("UPDATE case_documents SET pdf = CAST('%PDF-fake other' AS BLOB) WHERE id = %1")
                .arg(tb->id)});
    QVERIFY(!m_documents->checkPublication(7, publication->pdf).ok());
    QVERIFY(!sw::publishing::publicationOf(*m_documents, tb->id).ok());
}

void TestCaseworkState::signedDraftCarriesTheAuditHead()
{
    auto opened = m_cases->open({provider, {}, {}, {findingLine(++m_nextSubject)}});
    QVERIFY(opened.ok());
    QVERIFY(m_cases->establish(opened->id, QStringLiteral("checked")).ok());
    auto draft = m_documents->createMinutes(opened->id);
    QVERIFY(draft.ok());
    QVERIFY(m_documents
                ->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, QDate(2024, 1, 5)),
                            draft->version)
                .ok());
    const AuditEntry head = AuditLog(*m_casebook).head()->value();
    auto signedDoc = m_documents->sign(draft->id);
    QVERIFY(signedDoc.ok());
    const QJsonObject stamp = signedDoc->draft.value(QLatin1String("audit_head")).toObject();
    QCOMPARE(stamp.value(QLatin1String("entries")).toInteger(), head.id);
    QCOMPARE(stamp.value(QLatin1String("hash")).toString(), head.hash);
    // The renderer was given it (the fake PDF is the draft it rendered).
    const QByteArray pdf = *m_documents->pdf(draft->id);
    QVERIFY(pdf.contains(head.hash.toLatin1()));
    // A correction does not inherit it before it is signed.
    auto correction = m_documents->createCorrection(draft->id);
    QVERIFY(correction.ok());
    QVERIFY(!correction->draft.contains(QLatin1String("audit_head")));
}

void TestCaseworkState::olderCasebookIsSealed()
{
    if (shared())
        QSKIP("a desk's file written by an older version: SQLite only");
    const QString path = m_dir.filePath(QStringLiteral("older.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
        raw.setDatabaseName(path);
        QVERIFY(raw.open());
        const QStringList statements
            = sw::test::fixtureStatements(QStringLiteral("casebook-v3-before-state.sql"));
        QVERIFY(!statements.isEmpty());
        for (const QString &statement : statements) {
            QSqlQuery q(raw);
            QVERIFY2(q.exec(statement), qPrintable(statement.left(80)));
        }
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("older"));
    {
        auto older = Casebook::open(path);
        QVERIFY2(older.ok(), why(older).constData());
        QCOMPARE((*older)->schemaVersion(), Casebook::latestVersion());
        AuditLog log(**older);
        auto entries = log.entries();
        QCOMPARE(entries->size(), 5); // the four written before, and the seal
        for (int i = 0; i < 4; ++i)
            QVERIFY(entries->at(i).state.isNull());
        const AuditEntry &seal = entries->constLast();
        QCOMPARE(seal.action, QStringLiteral("audit.seal"));
        const QJsonObject state = QJsonDocument::fromJson(seal.state.toUtf8()).object();
        QCOMPARE(state.keys(), (QStringList {QStringLiteral("case:1"), QStringLiteral("case:2")}));
        QVERIFY(state.value(QStringLiteral("case:1")).toArray().at(0).isNull());
        // The entries of the older version still verify, and so does the casework against the seal.
        auto check = log.verify();
        QVERIFY2(check->intact(), qPrintable(check->problems.join(u'\n')));
        Cases cases(**older);
        QVERIFY(cases.setTitle(1, QStringLiteral("Cấp trùng"), cases.caseById(1)->version).ok());
        QVERIFY(log.verify()->intact());
    }
    {
        auto reopened = Casebook::open(path);
        QCOMPARE(AuditLog(**reopened).entries()->size(), 6); // sealed once
    }
    {
        CasebookTamperer file(path);
        QVERIFY(file.exec(QStringLiteral("UPDATE cases SET status = 'open' WHERE id = 2")));
    }
    auto reopened = Casebook::open(path);
    auto check = AuditLog(**reopened).verify();
    QVERIFY(!check->intact());
    QVERIFY2(check->problems.join(u'\n').contains(
                 QStringLiteral("case 2 was changed outside SignWatch after entry 5")),
             qPrintable(check->problems.join(u'\n')));
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestCaseworkState, QGuiApplication>(argc, argv, "casework state");
}
#include "tst_caseworkstate.moc"
