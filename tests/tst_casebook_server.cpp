// The shared casebook's server (issue 13), on a real PostgreSQL server (SIGNWATCH_TEST_PG): the
// roles each change needs, enforced by the server for plain SQL as each login; the audit log's
// person, time and chain set by the server whatever a client sends, and the log append-only for
// everyone; the roles Casebook::connect reports; the casework done across three logins; and the
// register of numbers under two signatory processes signing at once.
#include "CaseworkFixtures.h"
#include "ScratchCasebook.h"
#include "ScratchRegistry.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"

#include <QProcess>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace sw::casebook;
using sw::test::ScratchCasebook;

namespace {
const QString provider = QStringLiteral("VIETTEL-CA");
const QDateTime now = sw::test::utcTime("2024-01-08T03:00:00Z");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QString rolesText(const Roles &r)
{
    return QStringLiteral("inspector=%1 supervisor=%2 signatory=%3 owner=%4")
        .arg(r.inspector)
        .arg(r.supervisor)
        .arg(r.signatory)
        .arg(r.owner);
}

// The people of the scratch casebook; "owner" is the admin who set it up.
const QStringList people {QStringLiteral("owner"), QStringLiteral("inspector"), QStringLiteral("supervisor"),
                          QStringLiteral("signatory"), QStringLiteral("nobody")};
} // namespace

class TestCasebookServer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void connectReportsRoles_data();
    void connectReportsRoles();
    void loginWithoutRoleIsRefused();
    void serverEnforcesRoles_data();
    void serverEnforcesRoles();
    void auditEntryIsTheServers_data();
    void auditEntryIsTheServers();
    void refusalThroughTheApiNamesTheRole();
    void workflowAcrossRoles();
    void concurrentSigningNumbersWithoutGaps();

private:
    QString login(const QString &who) const
    {
        return who == QLatin1String("owner") ? m_scratch->spec().user : m_logins.value(who);
    }
    // A case with findings, opened (and moved on) by the owner.
    qint64 openCase(Cases &cases);

    std::unique_ptr<ScratchCasebook> m_scratch;
    QHash<QString, QString> m_logins; // person -> login
    int m_nextSubject = 3000;
    // The scene of the role checks: case A open, case B established with a completed minutes
    // draft D, complaint K.
    qint64 m_caseA = 0;
    qint64 m_caseB = 0;
    qint64 m_draft = 0;
    qint64 m_complaint = 0;
};

void TestCasebookServer::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (!sw::test::checkPostgresRequirement())
        return;
    if (!sw::test::enginesUnderTest().contains(sw::connection::Engine::Postgres))
        QSKIP("SIGNWATCH_TEST_PG is not set: no PostgreSQL server to test the shared casebook on");
    auto scratch = ScratchCasebook::create(sw::connection::Engine::Postgres, sw::Clock([] { return now; }));
    QVERIFY2(scratch.ok(), why(scratch).constData());
    m_scratch = std::move(scratch.value());
    const QList<QPair<QString, QList<Role>>> logins {{QStringLiteral("inspector"), {Role::Inspector}},
                                                     {QStringLiteral("supervisor"), {Role::Supervisor}},
                                                     {QStringLiteral("signatory"), {Role::Signatory}},
                                                     {QStringLiteral("nobody"), {}}};
    for (const auto &[who, roles] : logins) {
        auto made = m_scratch->addLogin(who, roles);
        QVERIFY2(made.ok(), why(made).constData());
        m_logins.insert(who, *made);
    }

    Casebook &owner = m_scratch->casebook();
    Cases cases(owner);
    CaseDocuments documents(owner);
    documents.setRenderer(sw::test::fakeRender);
    m_caseA = openCase(cases);
    m_caseB = openCase(cases);
    QVERIFY(m_caseA && m_caseB);
    QVERIFY(cases.establish(m_caseB, QStringLiteral("checked")).ok());
    auto draft = documents.createMinutes(m_caseB);
    QVERIFY2(draft.ok(), why(draft).constData());
    m_draft = draft->id;
    QVERIFY(documents.saveDraft(m_draft, sw::test::completedMinutes(draft->draft), draft->version).ok());
    Complaint c;
    c.citizenId = sw::test::demoCitizen(7);
    c.provider = provider;
    c.receivedAt = sw::test::utcTime("2024-01-03T02:00:00Z");
    c.statement = QStringLiteral("Cấp trùng.");
    auto complaint = Complaints(owner).add(c);
    QVERIFY2(complaint.ok(), why(complaint).constData());
    m_complaint = complaint->id;
}

void TestCasebookServer::cleanupTestCase()
{
    for (const QString &who : people) {
        const QString name = QStringLiteral("plain-sql-") + who;
        if (QSqlDatabase::contains(name)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
    m_scratch.reset();
}

qint64 TestCasebookServer::openCase(Cases &cases)
{
    auto opened = cases.open(
        {provider, {}, {}, {sw::test::findingLine(++m_nextSubject), sw::test::findingLine(++m_nextSubject)}});
    if (!opened)
        qWarning("case not opened: %s", why(opened).constData());
    return opened ? opened->id : 0;
}

void TestCasebookServer::connectReportsRoles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("roles");
    QTest::newRow("owner") << "owner" << rolesText(Roles::all());
    QTest::newRow("inspector") << "inspector" << rolesText({true, false, false, false});
    // A supervisor's group role is a member of the inspector's.
    QTest::newRow("supervisor") << "supervisor" << rolesText({true, true, false, false});
    QTest::newRow("signatory") << "signatory" << rolesText({false, false, true, false});
}

void TestCasebookServer::connectReportsRoles()
{
    QFETCH(QString, who);
    QFETCH(QString, roles);
    auto casebook = m_scratch->connectAs(login(who));
    QVERIFY2(casebook.ok(), why(casebook).constData());
    QVERIFY((*casebook)->isShared());
    QCOMPARE((*casebook)->user(), login(who));
    QCOMPARE(rolesText((*casebook)->roles()), roles);
    QCOMPARE((*casebook)->schemaVersion(), Casebook::latestVersion());
    // What the console greys out follows from them.
    QCOMPARE((*casebook)->roles().allows(QStringLiteral("case.established")),
             who == QLatin1String("owner") || who == QLatin1String("supervisor"));
    QCOMPARE((*casebook)->roles().allows(QStringLiteral("document.sign")),
             who == QLatin1String("owner") || who == QLatin1String("signatory"));
}

void TestCasebookServer::loginWithoutRoleIsRefused()
{
    // A login of the server that holds no role of this casebook reads nothing of it.
    auto casebook = m_scratch->connectAs(login(QStringLiteral("nobody")));
    QVERIFY(!casebook.ok());
    QCOMPARE(casebook.error().kind, sw::Error::Kind::AccessDenied);
    QVERIFY2(casebook.error().message.contains(login(QStringLiteral("nobody")))
                 && casebook.error().message.contains(QStringLiteral("role")),
             qPrintable(casebook.error().message));
}

void TestCasebookServer::serverEnforcesRoles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("statement"); // %A case A, %B case B, %D its draft, %K the complaint
    QTest::addColumn<bool>("allowed");
    const QString stamp = QStringLiteral("'2024-01-08T03:00:00Z'");
    const auto add = [&](const char *name, const QString &statement, const QStringList &allowed) {
        for (const QString &who : people)
            QTest::addRow("%s / %s", name, qPrintable(who)) << who << statement << allowed.contains(who);
    };
    const QStringList everyone {QStringLiteral("owner"), QStringLiteral("inspector"),
                                QStringLiteral("supervisor"), QStringLiteral("signatory")};
    const QStringList inspectors {QStringLiteral("owner"), QStringLiteral("inspector"),
                                  QStringLiteral("supervisor")};
    const QStringList supervisors {QStringLiteral("owner"), QStringLiteral("supervisor")};
    const QStringList signatories {QStringLiteral("owner"), QStringLiteral("signatory")};

    add("read cases", QStringLiteral("SELECT COUNT(*) FROM cases"), everyone);
    add("read complaints", QStringLiteral("SELECT citizen_id FROM complaints"), everyone);
    add("read audit log", QStringLiteral("SELECT COUNT(*) FROM audit_log"), everyone);
    add("complaint added",
        QStringLiteral(
            "INSERT INTO complaints (id, citizen_id, provider, received_at, channel, statement, notes, "
            "outcome, created_at, updated_at) VALUES (900, '046201000900', 'VIETTEL-CA', %1, "
            "'hotline', 'x', '', 'pending', %1, %1)")
            .arg(stamp),
        inspectors);
    add("complaint edited", QStringLiteral("UPDATE complaints SET notes = 'x' WHERE id = %K"), inspectors);
    add("case opened",
        QStringLiteral("INSERT INTO cases (id, provider, provider_name, title, status, status_reason, "
                       "exclusion_note, publication_reference, created_at, updated_at) VALUES (900, "
                       "'VIETTEL-CA', 'X', 't', 'open', '', '', '', %1, %1)")
            .arg(stamp),
        inspectors);
    add("case title", QStringLiteral("UPDATE cases SET title = 'x' WHERE id = %A"), inspectors);
    add("finding removed", QStringLiteral("DELETE FROM case_findings WHERE case_id = %A"), inspectors);
    add("case established", QStringLiteral("UPDATE cases SET status = 'established' WHERE id = %A"),
        supervisors);
    add("case dismissed", QStringLiteral("UPDATE cases SET status = 'dismissed' WHERE id = %A"), supervisors);
    add("draft edited", QStringLiteral("UPDATE case_documents SET draft_json = draft_json WHERE id = %D"),
        inspectors);
    add("document signed",
        QStringLiteral("UPDATE case_documents SET state = 'signed', year = 2024, number = 99 WHERE id = %D"),
        signatories);
    add("exclusion recorded", QStringLiteral("UPDATE cases SET exclusion_from = 1704844800 WHERE id = %A"),
        signatories);
    add("publication recorded",
        QStringLiteral("INSERT INTO case_publications (publication_id, case_id, document_id, queued_at) "
                       "VALUES (900, %B, %D, %1)")
            .arg(stamp),
        signatories);
    add("publication queued",
        QStringLiteral("INSERT INTO publication_outbox (id, idempotency_key, document_kind, document_number, "
                       "title, pdf, pdf_size, pdf_sha256, metadata_json, state, attempts, created_at, "
                       "updated_at) VALUES (900, 'k', 'TB', '01/TB-STTTT', 't', '\\x00'::bytea, 1, 'x', "
                       "'{}', 'pending', 0, 0, 0)"),
        signatories);
    // Append-only, for the owner too.
    add("audit entry edited", QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE id = 1"), {});
    add("audit entry deleted", QStringLiteral("DELETE FROM audit_log WHERE id = 1"), {});
    add("audit log truncated", QStringLiteral("TRUNCATE audit_log"), {});
}

void TestCasebookServer::serverEnforcesRoles()
{
    QFETCH(QString, who);
    QFETCH(QString, statement);
    QFETCH(bool, allowed);
    statement.replace(QLatin1String("%A"), QString::number(m_caseA))
        .replace(QLatin1String("%B"), QString::number(m_caseB))
        .replace(QLatin1String("%D"), QString::number(m_draft))
        .replace(QLatin1String("%K"), QString::number(m_complaint));
    // One plain connection per person, kept for the rows (cleanupTestCase closes them).
    const QString name = QStringLiteral("plain-sql-") + who;
    if (!QSqlDatabase::contains(name)) {
        auto opened = m_scratch->plainConnection(login(who), name);
        QVERIFY2(opened.ok(), why(opened).constData());
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("BEGIN")));
    const bool ran = query.exec(statement);
    const QSqlError error = query.lastError();
    const int affected = query.numRowsAffected();
    // Nothing stays: every row starts from the same scene.
    QVERIFY(QSqlQuery(db).exec(QStringLiteral("ROLLBACK")));
    QVERIFY2(ran == allowed, qPrintable(ran ? QStringLiteral("allowed") : error.text()));
    if (allowed && !statement.startsWith(QLatin1String("SELECT")))
        QVERIFY2(affected >= 1, "the statement must touch a row for the checks to run");
    if (!allowed)
        QCOMPARE(error.nativeErrorCode(), QStringLiteral("42501"));
}

void TestCasebookServer::auditEntryIsTheServers_data()
{
    QTest::addColumn<QString>("who");
    QTest::newRow("inspector") << "inspector";
    // The owner too: only `casebook migrate` (signwatch.import on) keeps a moved entry's person.
    QTest::newRow("owner") << "owner";
}

void TestCasebookServer::auditEntryIsTheServers()
{
    QFETCH(QString, who);
    AuditLog log(m_scratch->casebook());
    const auto before = log.head();
    QVERIFY(before.ok() && before->has_value());
    const AuditEntry last = before->value();
    const QString name = QStringLiteral("plain-audit");
    const QString insert = QStringLiteral(
        "INSERT INTO audit_log (id, at, actor, action, subject_kind, subject_id, reason, before_json, "
        "after_json, state_json, prev_hash, hash) VALUES (1, '2000-01-01T00:00:00Z', 'mallory', '%1', "
        "'complaint', '%2', 'made up', NULL, NULL, NULL, 'x', 'y')");
    {
        auto db = m_scratch->plainConnection(login(who), name);
        QVERIFY2(db.ok(), why(db).constData());
        if (who == QLatin1String("inspector")) {
            // An action beyond the inspector's role is refused, whatever the entry says.
            QSqlQuery refused(*db);
            QVERIFY(!refused.exec(insert.arg(QStringLiteral("case.established")).arg(m_caseA)));
            QCOMPARE(refused.lastError().nativeErrorCode(), QStringLiteral("42501"));
            QVERIFY(!refused.exec(insert.arg(QStringLiteral("casebook.migrate")).arg(m_caseA)));
            QCOMPARE(refused.lastError().nativeErrorCode(), QStringLiteral("42501"));
        }
        QSqlQuery query(*db);
        QVERIFY2(query.exec(insert.arg(QStringLiteral("complaint.update")).arg(m_complaint)),
                 qPrintable(query.lastError().text()));
        db->close();
    }
    QSqlDatabase::removeDatabase(name);
    const QDateTime afterInsert = QDateTime::currentDateTimeUtc();

    auto head = log.head();
    QVERIFY(head.ok() && head->has_value());
    const AuditEntry entry = head->value();
    QCOMPARE(entry.id, last.id + 1); // not the 1 sent
    QCOMPARE(entry.actor, login(who)); // not "mallory"
    QCOMPARE(entry.previousHash, last.hash);
    QCOMPARE(entry.hash, AuditLog::chainHash(last.hash, entry));
    QCOMPARE(entry.reason, QStringLiteral("made up"));
    // The server's clock, not the time sent (nor the test clock of the owner's casebook).
    QVERIFY2(qAbs(entry.at.secsTo(afterInsert)) < 300, qPrintable(entry.at.toString(Qt::ISODate)));
    auto check = log.verify();
    QVERIFY(check.ok());
    QVERIFY2(check->intact(), qPrintable(check->problems.join(u'\n')));
    QCOMPARE(check->entries, entry.id);
}

void TestCasebookServer::refusalThroughTheApiNamesTheRole()
{
    auto inspector = m_scratch->connectAs(login(QStringLiteral("inspector")));
    QVERIFY2(inspector.ok(), why(inspector).constData());
    const qint64 entries = AuditLog(**inspector).entries()->size();
    auto refused = Cases(**inspector).establish(m_caseA, QStringLiteral("I think so"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, sw::Error::Kind::AccessDenied);
    QVERIFY2(refused.error().message.contains(roleLabel(Role::Supervisor))
                 && refused.error().message.contains(QStringLiteral("case.established")),
             qPrintable(refused.error().message));
    QCOMPARE(Cases(m_scratch->casebook()).caseById(m_caseA)->status, CaseStatus::Open);
    QCOMPARE(AuditLog(**inspector).entries()->size(), entries);
    // A signing by an inspector says it needs a signatory.
    CaseDocuments documents(**inspector);
    documents.setRenderer(sw::test::fakeRender);
    auto notSigned = documents.sign(m_draft);
    QVERIFY(!notSigned.ok());
    QVERIFY2(notSigned.error().message.contains(roleLabel(Role::Signatory)),
             qPrintable(notSigned.error().message));
    QVERIFY(!documents.document(m_draft)->isSigned());
}

void TestCasebookServer::workflowAcrossRoles()
{
    QHash<QString, std::shared_ptr<Casebook>> desks;
    for (const QString &who :
         {QStringLiteral("inspector"), QStringLiteral("supervisor"), QStringLiteral("signatory")}) {
        auto casebook = m_scratch->connectAs(login(who), sw::Clock([] { return now; }));
        QVERIFY2(casebook.ok(), why(casebook).constData());
        desks.insert(who, std::shared_ptr<Casebook>(std::move(casebook.value())));
    }
    Cases inspectorCases(*desks.value(QStringLiteral("inspector")));
    inspectorCases.setActor(QStringLiteral("someone else")); // ignored: the server's session user acts
    const qint64 id = openCase(inspectorCases);
    QVERIFY(id);
    QVERIFY(Cases(*desks.value(QStringLiteral("supervisor"))).establish(id, QStringLiteral("checked")).ok());
    CaseDocuments drafting(*desks.value(QStringLiteral("inspector")));
    auto draft = drafting.createMinutes(id);
    QVERIFY2(draft.ok(), why(draft).constData());
    QVERIFY(drafting.saveDraft(draft->id, sw::test::completedMinutes(draft->draft), draft->version).ok());
    CaseDocuments signing(*desks.value(QStringLiteral("signatory")));
    signing.setRenderer(sw::test::fakeRender);
    auto done = signing.sign(draft->id);
    QVERIFY2(done.ok(), why(done).constData());
    QCOMPARE(done->signedBy, login(QStringLiteral("signatory")));
    QCOMPARE(Cases(m_scratch->casebook()).caseById(id)->status, CaseStatus::MinutesSigned);

    AuditLog log(m_scratch->casebook());
    auto entries = log.entriesFor(QStringLiteral("case"), QString::number(id));
    QVERIFY(entries.ok());
    QStringList who;
    for (const AuditEntry &e : *entries)
        who << e.action + QLatin1Char(' ') + e.actor;
    QCOMPARE(who,
             (QStringList {QStringLiteral("case.open ") + login(QStringLiteral("inspector")),
                           QStringLiteral("case.established ") + login(QStringLiteral("supervisor")),
                           QStringLiteral("case.minutes_drafted ") + login(QStringLiteral("inspector")),
                           QStringLiteral("case.minutes_signed ") + login(QStringLiteral("signatory"))}));
    auto check = log.verify();
    QVERIFY(check.ok());
    QVERIFY2(check->intact(), qPrintable(check->problems.join(u'\n')));
}

void TestCasebookServer::concurrentSigningNumbersWithoutGaps()
{
    // A casebook of its own: its register of numbers starts empty.
    auto scratch = ScratchCasebook::create(sw::connection::Engine::Postgres, sw::Clock([] { return now; }));
    QVERIFY2(scratch.ok(), why(scratch).constData());
    QStringList signers;
    for (const QString &name : {QStringLiteral("signer1"), QStringLiteral("signer2")}) {
        auto made = (*scratch)->addLogin(name, {Role::Signatory});
        QVERIFY2(made.ok(), why(made).constData());
        signers << *made;
    }
    constexpr int total = 50;
    QList<qint64> drafts;
    {
        Casebook &owner = (*scratch)->casebook();
        Cases cases(owner);
        CaseDocuments documents(owner);
        for (int i = 0; i < total; ++i) {
            const qint64 id = openCase(cases);
            QVERIFY(id);
            QVERIFY(cases.establish(id, QStringLiteral("checked")).ok());
            auto draft = documents.createMinutes(id);
            QVERIFY2(draft.ok(), why(draft).constData());
            QVERIFY(documents.saveDraft(draft->id, sw::test::completedMinutes(draft->draft), draft->version)
                        .ok());
            QVERIFY(documents.missingBeforeSigning(draft->id)->isEmpty());
            drafts << draft->id;
        }
    }

    // Two desks, each with 25 of the drafts (alternating), told to start at the same moment.
    std::vector<std::unique_ptr<QProcess>> desks;
    for (int d = 0; d < 2; ++d) {
        QStringList arguments {(*scratch)->specOf(signers[d]).toUrl(), now.toString(Qt::ISODate)};
        for (int i = d; i < total; i += 2)
            arguments << QString::number(drafts[i]);
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), ScratchCasebook::loginPassword(signers[d]));
        process->setProcessEnvironment(env);
        process->start(QStringLiteral(SIGNWATCH_CASEBOOK_SIGNER), arguments);
        QVERIFY2(process->waitForStarted(10000), qPrintable(process->errorString()));
        desks.push_back(std::move(process));
    }
    for (auto &process : desks) {
        while (!process->canReadLine())
            QVERIFY2(process->waitForReadyRead(20000), process->readAllStandardError().constData());
        QCOMPARE(process->readLine().trimmed(), QByteArray("ready"));
    }
    // Both told at once (a write is only sent when its process's pipe is served: send each now).
    for (auto &process : desks)
        process->write("go\n");
    for (auto &process : desks)
        QVERIFY(process->waitForBytesWritten(5000));
    QMap<QString, QString> numberBy; // number -> login
    for (int d = 0; d < 2; ++d) {
        QProcess &process = *desks[d];
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0,
                 process.readAllStandardError().constData());
        const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), total / 2);
        QStringList mine;
        for (const QByteArray &line : lines)
            mine << QString::fromUtf8(line.split(' ').value(2)).section(QLatin1Char('/'), 0, 0);
        qInfo("desk %d signed numbers %s", d + 1, qPrintable(mine.join(u' ')));
        for (const QByteArray &line : lines) {
            const QString number = QString::fromUtf8(line.split(' ').value(2));
            QVERIFY2(!numberBy.contains(number), qPrintable(number)); // no number given twice
            numberBy.insert(number, signers[d]);
        }
    }

    // The register: 01…50 of 2024, each once, as the desks were told.
    QSqlQuery numbers((*scratch)->casebook().database());
    QVERIFY(numbers.exec(QStringLiteral(
        "SELECT kind, year, number, signed_by FROM case_documents WHERE state = 'signed' ORDER BY number")));
    QList<int> seen;
    while (numbers.next()) {
        QCOMPARE(numbers.value(0).toString(), QStringLiteral("BB"));
        QCOMPARE(numbers.value(1).toInt(), 2024);
        seen << numbers.value(2).toInt();
        const QString text
            = QStringLiteral("%1/BB-STTTT").arg(numbers.value(2).toInt(), 2, 10, QLatin1Char('0'));
        QCOMPARE(numbers.value(3).toString(), numberBy.value(text));
    }
    QList<int> expected;
    for (int n = 1; n <= total; ++n)
        expected << n;
    QCOMPARE(seen, expected);

    AuditLog log((*scratch)->casebook());
    auto entries = log.entries();
    QVERIFY(entries.ok());
    QHash<QString, int> signings;
    for (const AuditEntry &e : *entries)
        if (e.action == QLatin1String("document.sign"))
            ++signings[e.actor];
    QCOMPARE(signings.value(signers[0]), total / 2);
    QCOMPARE(signings.value(signers[1]), total / 2);
    auto check = log.verify();
    QVERIFY(check.ok());
    QVERIFY2(check->intact(), qPrintable(check->problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCasebookServer)
#include "tst_casebook_server.moc"
