// The issuing body in force on a document's date (issue 14, spec/organisation.md), on each engine:
// minutes and announcements take the body of the day they are signed, numbers run per body, kind
// and year, a signatory adds the next period (validated, audited, append-only), and a signed
// document never changes.
#include "CaseworkFixtures.h"
#include "EachEngine.h"
#include "RequireTool.h"
#include "ScratchCasebook.h"
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Issuers.h"
#include "documents/DocumentPdf.h"
#include "documents/MinutesData.h"

#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw::casebook;
using sw::documents::IssuingPeriod;

namespace {
const QString provider = QStringLiteral("VIETTEL-CA");

template<typename R>
QByteArray why(const R &result)
{
    return result.ok() ? QByteArray() : result.error().fullText().toUtf8();
}

QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(3, 15), QTimeZone::utc()); // 10:15 in Huế
}

IssuingPeriod nextBody(QDate from)
{
    return {from,
            {QStringLiteral("UBND THÀNH PHỐ HUẾ"), QStringLiteral("SỞ KHOA HỌC, CÔNG NGHỆ VÀ SỐ HÓA"),
             QStringLiteral("SKHCNSH"), QStringLiteral("Sở Khoa học, Công nghệ và Số hóa"),
             QStringLiteral("Huế"), QStringLiteral("Số 26 Hà Nội, thành phố Huế")}};
}
} // namespace

class TestIssuers : public QObject
{
    Q_OBJECT
public:
    explicit TestIssuers(sw::connection::Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void init();
    void cleanup();

    void seededWithTheBuiltInPeriods();
    void signedIn2026CarriesTheDepartmentOfScience();
    void signedIn2024CarriesTheProvincesDepartment();
    void numberingRestartsForANewBody();
    void draftSaysWhichBodyAndWhy();
    void addingAPeriod();
    void periodsAreNeverChanged();
    void addRefusedWithoutTheSignatoryRole();
    void olderCasebookKeepsItsSignedDocuments();
    void addressIsRecordedAndMinutesMeetThere();

private:
    // A new established case's minutes, completed, signed on `day` (the casebook's clock).
    sw::Result<CaseDocument> signMinutesOn(const QDateTime &day);
    QString pdfText(const QByteArray &pdf);

    sw::connection::Engine m_engine;
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
    std::unique_ptr<Cases> m_cases;
    std::unique_ptr<CaseDocuments> m_documents;
    QDateTime m_now = at(2024, 1, 8);
    int m_nextSubject = 5000;
    QTemporaryDir m_dir;
};

void TestIssuers::init()
{
    m_now = at(2024, 1, 8);
    auto opened = sw::test::ScratchCasebook::create(m_engine, sw::Clock([this] { return m_now; }));
    QVERIFY2(opened.ok(), why(opened).constData());
    m_scratch = std::move(opened.value());
    m_cases = std::make_unique<Cases>(m_scratch->casebook());
    m_documents = std::make_unique<CaseDocuments>(m_scratch->casebook());
}

void TestIssuers::cleanup()
{
    m_documents.reset();
    m_cases.reset();
    m_scratch.reset();
}

sw::Result<CaseDocument> TestIssuers::signMinutesOn(const QDateTime &day)
{
    auto opened = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_nextSubject, provider)}});
    if (!opened)
        return opened.error();
    if (auto established = m_cases->establish(opened->id, QStringLiteral("checked")); !established)
        return established.error();
    auto draft = m_documents->createMinutes(opened->id);
    if (!draft)
        return draft.error();
    auto saved = m_documents->saveDraft(draft->id, sw::test::completedMinutes(draft->draft, day.date()),
                                        draft->version);
    if (!saved)
        return saved.error();
    m_now = day;
    return m_documents->sign(draft->id);
}

QString TestIssuers::pdfText(const QByteArray &pdf)
{
    static int n = 0;
    const QString path = m_dir.filePath(QStringLiteral("doc-%1.pdf").arg(++n));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size())
        return {};
    file.close();
    QProcess process;
    process.start(
        QStringLiteral("pdftotext"),
        {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")});
    if (!process.waitForFinished(60000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

void TestIssuers::seededWithTheBuiltInPeriods()
{
    auto periods = Issuers(m_scratch->casebook()).periods();
    QVERIFY2(periods.ok(), why(periods).constData());
    QCOMPARE(periods->periods(), sw::documents::IssuingPeriods::builtIn().periods());
}

void TestIssuers::signedIn2026CarriesTheDepartmentOfScience()
{
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    auto minutes = signMinutesOn(at(2026, 11, 20));
    QVERIFY2(minutes.ok(), why(minutes).constData());
    QCOMPARE(minutes->numberText(), QStringLiteral("01/BB-SKHCN"));
    auto pdf = m_documents->pdf(minutes->id);
    QVERIFY2(pdf.ok(), why(pdf).constData());
    const QString text = pdfText(*pdf);
    for (const QString &expected :
         {QStringLiteral("UBND THÀNH PHỐ HUẾ"), QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
          QStringLiteral("Số: 01/BB-SKHCN"), QStringLiteral("Huế, ngày 20 tháng 11 năm 2026"),
          QStringLiteral("ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ"), QStringLiteral("Sở Khoa học và Công nghệ")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    for (const QString &gone : {QStringLiteral("THỪA THIÊN HUẾ"), QStringLiteral("Thừa Thiên Huế, ngày"),
                                QStringLiteral("BB-STTTT"), QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")})
        QVERIFY2(!text.contains(gone), qPrintable(gone + QStringLiteral(" in: ") + text));
    // The regulation stays cited as issued.
    QVERIFY(text.contains(QStringLiteral("2016/STTTT-IOC")));

    // Its announcement, signed the next day, cites it under the same body.
    m_now = at(2026, 11, 21);
    auto announcement = m_documents->createAnnouncement(minutes->caseId);
    QVERIFY2(announcement.ok(), why(announcement).constData());
    auto signedAnnouncement = m_documents->sign(announcement->id);
    QVERIFY2(signedAnnouncement.ok(), why(signedAnnouncement).constData());
    QCOMPARE(signedAnnouncement->numberText(), QStringLiteral("01/TB-SKHCN"));
    const QString announced = pdfText(*m_documents->pdf(announcement->id));
    QVERIFY2(announced.contains(QStringLiteral("Huế, ngày 21 tháng 11 năm 2026"))
                 && announced.contains(QStringLiteral("Biên bản số 01/BB-SKHCN")),
             qPrintable(announced));
}

void TestIssuers::signedIn2024CarriesTheProvincesDepartment()
{
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
    auto minutes = signMinutesOn(at(2024, 1, 8));
    QVERIFY2(minutes.ok(), why(minutes).constData());
    QCOMPARE(minutes->numberText(), QStringLiteral("01/BB-STTTT"));
    const QString text = pdfText(*m_documents->pdf(minutes->id));
    for (const QString &expected :
         {QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ"), QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
          QStringLiteral("Số: 01/BB-STTTT"), QStringLiteral("Thừa Thiên Huế, ngày 08 tháng 01 năm 2024"),
          QStringLiteral("ĐẠI DIỆN SỞ THÔNG TIN VÀ TRUYỀN THÔNG")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in: ") + text));
    QVERIFY(!text.contains(QStringLiteral("SKHCN")));
}

void TestIssuers::numberingRestartsForANewBody()
{
    m_documents->setRenderer(sw::test::fakeRender);
    // February 2025: Huế city's Department of Information and Communications.
    QStringList numbers;
    for (const QDateTime &day : {at(2025, 2, 10), at(2025, 2, 27), at(2025, 3, 3), at(2025, 3, 4)}) {
        auto signedDoc = signMinutesOn(day);
        QVERIFY2(signedDoc.ok(), why(signedDoc).constData());
        numbers << signedDoc->numberText();
    }
    QCOMPARE(numbers,
             (QStringList {QStringLiteral("01/BB-STTTT"), QStringLiteral("02/BB-STTTT"),
                           QStringLiteral("01/BB-SKHCN"), QStringLiteral("02/BB-SKHCN")}));
    // The body each was signed under is kept with it.
    QSqlQuery q(m_scratch->casebook().database());
    QVERIFY(q.exec(QStringLiteral("SELECT body_code, number FROM case_documents WHERE state = 'signed' "
                                  "ORDER BY id")));
    QStringList stored;
    while (q.next())
        stored << q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
    QCOMPARE(stored,
             (QStringList {QStringLiteral("STTTT/1"), QStringLiteral("STTTT/2"), QStringLiteral("SKHCN/1"),
                           QStringLiteral("SKHCN/2")}));
    // The 2025 Huế city period: place Huế, not the province.
    auto first = m_documents->document(1);
    QVERIFY(first.ok());
    const QJsonObject issuer = first->draft.value(QLatin1String("issuer")).toObject();
    QCOMPARE(issuer.value(QLatin1String("parent_body")).toString(), QStringLiteral("UBND THÀNH PHỐ HUẾ"));
    QCOMPARE(issuer.value(QLatin1String("place")).toString(), QStringLiteral("Huế"));
}

void TestIssuers::draftSaysWhichBodyAndWhy()
{
    m_documents->setRenderer(sw::test::fakeRender);
    auto opened = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_nextSubject, provider)}});
    QVERIFY(opened.ok());
    QVERIFY(m_cases->establish(opened->id, QStringLiteral("checked")).ok());
    auto draft = m_documents->createMinutes(opened->id);
    QVERIFY2(draft.ok(), why(draft).constData());

    m_now = at(2025, 2, 10);
    auto before = m_documents->issuerIfSignedToday();
    QVERIFY2(before.ok(), why(before).constData());
    QCOMPARE(before->issuer.bodyCode, QStringLiteral("STTTT"));
    QCOMPARE(before->issuer.place, QStringLiteral("Huế"));
    QCOMPARE(before->from, QDate(2025, 1, 1));
    QVERIFY2(before->explanation.contains(QStringLiteral("10/02/2025"))
                 && before->explanation.contains(QStringLiteral("01/01/2025")),
             qPrintable(before->explanation));

    m_now = at(2026, 11, 20);
    auto now = m_documents->issuerIfSignedToday();
    QVERIFY2(now.ok(), why(now).constData());
    QCOMPARE(now->issuer.bodyCode, QStringLiteral("SKHCN"));
    QVERIFY2(now->explanation.contains(QStringLiteral("01/03/2025"))
                 && now->explanation.contains(QStringLiteral("day it is signed")),
             qPrintable(now->explanation));
    // The preview renders with that body; the stored draft is not changed by it.
    auto preview = m_documents->pdf(draft->id);
    QVERIFY2(preview.ok(), why(preview).constData());
    QVERIFY(preview->contains("SKHCN"));
    QVERIFY(preview->contains(QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ").toUtf8()));
    auto stored = m_documents->document(draft->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->version, draft->version);
}

void TestIssuers::addingAPeriod()
{
    m_documents->setRenderer(sw::test::fakeRender);
    Issuers issuers(m_scratch->casebook());
    auto signedBefore = signMinutesOn(at(2026, 11, 20));
    QVERIFY2(signedBefore.ok(), why(signedBefore).constData());
    const QString pdfBefore = signedBefore->pdfSha256;

    // Refused: a field missing, a code that is not letters and digits, a date not after the last
    // period, a date on or before a signed document's.
    IssuingPeriod noPlace = nextBody(QDate(2027, 1, 1));
    noPlace.issuer.place.clear();
    auto refused = issuers.add(noPlace);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("the place")), why(refused).constData());
    IssuingPeriod noAddress = nextBody(QDate(2027, 1, 1));
    noAddress.issuer.address.clear();
    refused = issuers.add(noAddress);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("the address")), why(refused).constData());
    IssuingPeriod badCode = nextBody(QDate(2027, 1, 1));
    badCode.issuer.bodyCode = QStringLiteral("SKHCN/SH");
    QVERIFY(!issuers.add(badCode));
    QVERIFY(!issuers.add(nextBody(QDate(2025, 3, 1))));
    refused = issuers.add(nextBody(QDate(2026, 11, 20)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, sw::Error::Kind::InvalidInput);
    QVERIFY2(refused.error().message.contains(QStringLiteral("already signed on 20/11/2026")),
             why(refused).constData());
    QCOMPARE(issuers.periods()->periods().size(), 3);

    // Accepted the day after, audited.
    auto added = issuers.add(nextBody(QDate(2026, 11, 21)));
    QVERIFY2(added.ok(), why(added).constData());
    QCOMPARE(issuers.periods()->periods().size(), 4);
    auto entries = AuditLog(m_scratch->casebook()).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->constLast().action, QStringLiteral("issuer.add"));
    QCOMPARE(entries->constLast().subjectId, QStringLiteral("2026-11-21"));
    QVERIFY(entries->constLast().after.contains(QStringLiteral("SKHCNSH")));
    QVERIFY(AuditLog(m_scratch->casebook()).verify()->intact());

    // Documents signed from then carry it and start at 01; the one signed before is unchanged.
    auto signedAfter = signMinutesOn(at(2026, 11, 21));
    QVERIFY2(signedAfter.ok(), why(signedAfter).constData());
    QCOMPARE(signedAfter->numberText(), QStringLiteral("01/BB-SKHCNSH"));
    auto again = m_documents->document(signedBefore->id);
    QVERIFY(again.ok());
    QCOMPARE(again->numberText(), QStringLiteral("01/BB-SKHCN"));
    QCOMPARE(again->pdfSha256, pdfBefore);
    QVERIFY(m_documents->pdf(signedBefore->id).ok()); // still intact
}

void TestIssuers::periodsAreNeverChanged()
{
    QSqlDatabase db = m_scratch->casebook().database();
    for (const QString &statement :
         {QStringLiteral("UPDATE issuing_bodies SET body_code = 'X' WHERE from_date = '2025-03-01'"),
          QStringLiteral("DELETE FROM issuing_bodies WHERE from_date = '2025-03-01'")}) {
        QSqlQuery q(db);
        QVERIFY2(!q.exec(statement), qPrintable(statement));
        QVERIFY2(q.lastError().text().contains(QStringLiteral("never changed")),
                 qPrintable(q.lastError().text()));
    }
    QCOMPARE(Issuers(m_scratch->casebook()).periods()->periods(),
             sw::documents::IssuingPeriods::builtIn().periods());
}

void TestIssuers::addRefusedWithoutTheSignatoryRole()
{
    if (!m_scratch->isShared())
        QSKIP("A SQLite casebook has one user, who holds every role.");
    auto inspector = m_scratch->addLogin(QStringLiteral("insp"), {Role::Inspector, Role::Supervisor});
    QVERIFY2(inspector.ok(), why(inspector).constData());
    auto asInspector = m_scratch->connectAs(*inspector, sw::Clock([this] { return m_now; }));
    QVERIFY2(asInspector.ok(), why(asInspector).constData());
    // The console refuses it first…
    auto refused = Issuers(**asInspector).add(nextBody(QDate(2027, 1, 1)));
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, sw::Error::Kind::AccessDenied);
    QVERIFY2(refused.error().message.contains(QStringLiteral("signatory")), why(refused).constData());
    asInspector->reset();
    // … and the server refuses the row itself, whoever writes it.
    {
        auto plain = m_scratch->plainConnection(*inspector, QStringLiteral("issuers-plain"));
        QVERIFY2(plain.ok(), why(plain).constData());
        QSqlQuery q(*plain);
        QVERIFY(
            !q.exec(QStringLiteral("INSERT INTO issuing_bodies (from_date, parent_body, body, body_code, "
                                   "body_in_text, place) VALUES ('2027-01-01', 'A', 'B', 'C', 'D', 'E')")));
        QCOMPARE(q.lastError().nativeErrorCode(), QStringLiteral("42501"));
        QVERIFY2(q.lastError().databaseText().contains(QStringLiteral("issuer.add needs the signatory role")),
                 qPrintable(q.lastError().databaseText()));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("issuers-plain"));

    // A signatory adds it; the entry names the login.
    auto signatory = m_scratch->addLogin(QStringLiteral("sign"), {Role::Signatory});
    QVERIFY2(signatory.ok(), why(signatory).constData());
    auto asSignatory = m_scratch->connectAs(*signatory, sw::Clock([this] { return m_now; }));
    QVERIFY2(asSignatory.ok(), why(asSignatory).constData());
    auto added = Issuers(**asSignatory).add(nextBody(QDate(2027, 1, 1)));
    QVERIFY2(added.ok(), why(added).constData());
    auto entries = AuditLog(**asSignatory).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->constLast().action, QStringLiteral("issuer.add"));
    QCOMPARE(entries->constLast().actor, *signatory);
}

void TestIssuers::olderCasebookKeepsItsSignedDocuments()
{
    if (m_scratch->isShared())
        QSKIP("a desk's file written by an older version: SQLite only");
    m_documents->setRenderer(sw::test::fakeRender);
    auto in2024 = signMinutesOn(at(2024, 1, 8));
    auto in2026 = signMinutesOn(at(2026, 11, 20));
    QVERIFY2(in2024.ok() && in2026.ok(), why(in2024).constData());
    const QString path = m_scratch->spec().path;
    m_documents.reset();
    m_cases.reset();
    m_scratch->close();
    {
        // Back to version 6 as SignWatch wrote it before issue 14: no issuing bodies, no body code.
        sw::test::CasebookTamperer older(path);
        QVERIFY(
            older.exec({QStringLiteral("DROP TRIGGER issuing_bodies_no_update"),
                        QStringLiteral("DROP TRIGGER issuing_bodies_no_delete"),
                        QStringLiteral("DROP TABLE issuing_bodies"),
                        QStringLiteral("DROP INDEX case_documents_number_idx"),
                        QStringLiteral("ALTER TABLE case_documents DROP COLUMN body_code"),
                        QStringLiteral("CREATE UNIQUE INDEX case_documents_number_idx ON case_documents "
                                       "(kind, year, number)"),
                        QStringLiteral("CREATE TRIGGER case_documents_signed_no_update BEFORE UPDATE ON "
                                       "case_documents WHEN OLD.state = 'signed' BEGIN SELECT RAISE(ABORT, "
                                       "'a signed document is frozen'); END"),
                        QStringLiteral("UPDATE schema_version SET version = 6")}));
    }
    QVERIFY(m_scratch->reopen().ok());
    QCOMPARE(m_scratch->casebook().schemaVersion(), Casebook::latestVersion());
    // Each signed document's body code comes from the issuer it was signed with.
    QSqlQuery q(m_scratch->casebook().database());
    QVERIFY(q.exec(QStringLiteral("SELECT body_code FROM case_documents ORDER BY id")));
    QStringList codes;
    while (q.next())
        codes << q.value(0).toString();
    QCOMPARE(codes, (QStringList {QStringLiteral("STTTT"), QStringLiteral("SKHCN")}));
    q.finish();
    // Still frozen, and numbering goes on per body.
    QSqlQuery edit(m_scratch->casebook().database());
    QVERIFY(!edit.exec(QStringLiteral("UPDATE case_documents SET number = 9 WHERE id = 1")));
    m_cases = std::make_unique<Cases>(m_scratch->casebook());
    m_documents = std::make_unique<CaseDocuments>(m_scratch->casebook());
    m_documents->setRenderer(sw::test::fakeRender);
    auto next = signMinutesOn(at(2026, 11, 23));
    QVERIFY2(next.ok(), why(next).constData());
    QCOMPARE(next->numberText(), QStringLiteral("02/BB-SKHCN"));
    QVERIFY(m_documents->pdf(in2024->id).ok());
}

// Issue 15: the address of the body's seat, recorded in the casebook (the built-in periods have none:
// none is invented), is where new minutes meet; only the address of a period ever changes.
void TestIssuers::addressIsRecordedAndMinutesMeetThere()
{
    Issuers issuers(m_scratch->casebook());
    const auto seeded = issuers.periods();
    QVERIFY(seeded.ok());
    for (const IssuingPeriod &p : seeded->periods())
        QCOMPARE(p.issuer.address, QString());
    // A case's minutes drafted before the address is known: no place, and signing says so.
    m_now = at(2026, 11, 20);
    auto first = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_nextSubject, provider)}});
    QVERIFY2(first.ok(), why(first).constData());
    QVERIFY(m_cases->establish(first->id, QStringLiteral("checked")).ok());
    auto before = m_documents->createMinutes(first->id);
    QVERIFY2(before.ok(), why(before).constData());
    QCOMPARE(before->draft.value(QLatin1String("meeting_place")).toString(), QString());
    auto missing = m_documents->missingBeforeSigning(before->id);
    QVERIFY(missing.ok());
    QVERIFY(missing->contains(QStringLiteral("the place of the meeting")));

    QVERIFY(!issuers.setAddress(QDate(2027, 5, 5), QStringLiteral("Số 26 Hà Nội")).ok()); // no such period
    QVERIFY(!issuers.setAddress(QDate(2025, 3, 1), QStringLiteral("  ")).ok());
    auto set = issuers.setAddress(QDate(2025, 3, 1), QStringLiteral(" Số 26 Hà Nội, thành phố Huế "));
    QVERIFY2(set.ok(), why(set).constData());
    QCOMPARE(set->issuer.address, QStringLiteral("Số 26 Hà Nội, thành phố Huế"));
    QCOMPARE(issuers.periods()->periods().constLast().issuer.address, set->issuer.address);
    auto entries = AuditLog(m_scratch->casebook()).entries();
    QVERIFY(entries.ok());
    QCOMPARE(entries->constLast().action, QStringLiteral("issuer.address"));
    QVERIFY(entries->constLast().after.contains(QStringLiteral("Số 26 Hà Nội")));
    QVERIFY(AuditLog(m_scratch->casebook()).verify()->intact());
    // The database lets the address change, nothing else.
    QSqlQuery q(m_scratch->casebook().database());
    QVERIFY(!q.exec(QStringLiteral("UPDATE issuing_bodies SET place = 'X' WHERE from_date = '2025-03-01'")));

    // The next minutes drafted meet at the seat, and carry the body with its address.
    auto second = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_nextSubject, provider)}});
    QVERIFY2(second.ok(), why(second).constData());
    QVERIFY(m_cases->establish(second->id, QStringLiteral("checked")).ok());
    auto after = m_documents->createMinutes(second->id);
    QVERIFY2(after.ok(), why(after).constData());
    QCOMPARE(after->draft.value(QLatin1String("meeting_place")).toString(), set->issuer.address);
    QCOMPARE(
        after->draft.value(QLatin1String("issuer")).toObject().value(QLatin1String("address")).toString(),
        set->issuer.address);
    // Section IV is pre-filled from the case; the exclusion waits for its date.
    auto minutes = sw::documents::minutesFromJson(after->draft);
    QVERIFY(minutes.ok());
    QVERIFY(minutes->conclusion.contains(QStringLiteral("đã vi phạm Quy định với tổng số 1 trường hợp")));
    QVERIFY(minutes->excludeProvider);
    QVERIFY(!minutes->exclusionDate.isValid());
    QVERIFY(!minutes->measures.isEmpty());
    missing = m_documents->missingBeforeSigning(after->id);
    QVERIFY(missing.ok());
    QVERIFY(!missing->contains(QStringLiteral("the place of the meeting")));
    QVERIFY(missing->contains(QStringLiteral("the date the exclusion takes effect")));
    QVERIFY(!missing->contains(QStringLiteral("the conclusion")));
    // Signing itself refuses, naming what is missing.
    auto refusedSign = m_documents->sign(after->id);
    QVERIFY(!refusedSign.ok());
    QVERIFY2(refusedSign.error().message.contains(QStringLiteral("the date the exclusion takes effect")),
             why(refusedSign).constData());
}

int main(int argc, char **argv)
{
    return sw::test::runOnEachEngine<TestIssuers, QGuiApplication>(argc, argv, "issuing bodies");
}
#include "tst_issuers.moc"
