// The announcement drafted from a case (issue 15): the exclusion date is the Department's decision
// (from the minutes, else from the case), signing is refused without it and names it, the
// providers that remain are the letter's addressees less every provider excluded, and the signed
// document says so. On a SQLite casebook; the wording itself is tst_documentwording's.
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "ScratchCasebook.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Cases.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentPdf.h"
#include "documents/MinutesData.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace sw::casebook;
using sw::documents::AnnouncementData;

class TestAnnouncement : public QObject
{
    Q_OBJECT

private:
    QDateTime m_now = QDateTime(QDate(2024, 2, 1), QTime(3, 0), QTimeZone::utc());
    std::unique_ptr<sw::test::ScratchCasebook> m_scratch;
    std::unique_ptr<Cases> m_cases;
    std::unique_ptr<CaseDocuments> m_documents;
    QTemporaryDir m_dir;
    int m_subject = 100;

    // A case against `provider` with its minutes signed; their exclusion date `exclusion` (none:
    // left out).
    qint64 caseWithSignedMinutes(const QString &provider, QDate exclusion)
    {
        auto opened = m_cases->open({provider, {}, {}, {sw::test::findingLine(++m_subject, provider)}});
        if (!opened || !m_cases->establish(opened->id, QStringLiteral("checked")))
            return 0;
        auto draft = m_documents->createMinutes(opened->id);
        if (!draft)
            return 0;
        auto minutes = sw::documents::minutesFromJson(sw::test::completedMinutes(draft->draft, {}));
        if (!minutes)
            return 0;
        minutes->exclusionDate = exclusion;
        if (!m_documents->saveDraft(draft->id, sw::documents::toJson(*minutes), draft->version)
            || !m_documents->sign(draft->id))
            return 0;
        return opened->id;
    }

    sw::Result<AnnouncementData> announcementDraft(qint64 documentId)
    {
        auto doc = m_documents->document(documentId);
        if (!doc)
            return doc.error();
        return sw::documents::announcementFromJson(doc->draft);
    }

    QStringList codes(const QList<sw::documents::ProviderParty> &providers)
    {
        QStringList list;
        for (const auto &p : providers)
            list << p.code;
        return list;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = sw::test::ScratchCasebook::create(sw::connection::Engine::Sqlite,
                                                        sw::Clock([this] { return m_now; }));
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        m_scratch = std::move(opened.value());
        m_cases = std::make_unique<Cases>(m_scratch->casebook());
        m_documents = std::make_unique<CaseDocuments>(m_scratch->casebook());
        m_cases->setActor(QStringLiteral("inspector"));
        m_documents->setActor(QStringLiteral("inspector"));
    }

    void cleanup()
    {
        m_documents.reset();
        m_cases.reset();
        m_scratch.reset();
    }

    void exclusionDateFromTheMinutesOrTheCase()
    {
        m_documents->setRenderer(sw::test::fakeRender);
        const qint64 misa = caseWithSignedMinutes(QStringLiteral("MISA-CA"), QDate(2024, 1, 20));
        QVERIFY(misa);
        auto draft = m_documents->createAnnouncement(misa);
        QVERIFY2(draft.ok(), qPrintable(draft.ok() ? QString() : draft.error().fullText()));
        auto read = announcementDraft(draft->id);
        QVERIFY(read.ok());
        QCOMPARE(read->exclusionDate, QDate(2024, 1, 20)); // the minutes' decision
        QCOMPARE(read->subject,
                 QStringLiteral("Về việc loại Công ty Cổ phần MISA (MISA-CA) khỏi chương trình cấp miễn phí "
                                "chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế"));
        // Without the date, signing names what is missing and nothing is signed.
        AnnouncementData undated = *read;
        undated.exclusionDate = QDate();
        auto saved = m_documents->saveDraft(draft->id, sw::documents::toJson(undated), draft->version);
        QVERIFY(saved.ok());
        auto missing = m_documents->missingBeforeSigning(draft->id);
        QVERIFY(missing.ok());
        QCOMPARE(missing.value(), QStringList {QStringLiteral("the exclusion date")});
        auto refused = m_documents->sign(draft->id);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("the exclusion date")),
                 qPrintable(refused.error().message));
        QVERIFY(!m_documents->document(draft->id)->isSigned());

        // Decided, signed, published, and the exclusion recorded on the case.
        QVERIFY(m_documents->saveDraft(draft->id, sw::documents::toJson(*read), saved->version));
        QVERIFY(m_documents->sign(draft->id));
        QVERIFY(m_cases->markPublished(misa, QStringLiteral("PORTAL-1")));
        const qint64 from
            = QDateTime(QDate(2024, 1, 25), QTime(0, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch();
        QVERIFY(m_cases->recordExclusion(misa, from, QStringLiteral("§5.3")));
        // Minutes signed before their date was required: a new announcement takes the case's.
        QVERIFY(m_scratch->tamper(
            {QStringLiteral("UPDATE case_documents SET draft_json = "
                            "json_remove(draft_json, '$.exclusion_date') WHERE kind = 'BB'")}));
        auto again = m_documents->createAnnouncement(misa);
        QVERIFY(again.ok());
        QCOMPARE(announcementDraft(again->id)->exclusionDate, QDate(2024, 1, 25));
    }

    void remainingProvidersFromTheCasebook()
    {
        m_documents->setRenderer(sw::test::fakeRender);
        // MISA-CA excluded from 20/01/2024, FPT-CA from 01/03/2024 (after Viettel's).
        for (const auto &[provider, date] : {std::pair {QStringLiteral("MISA-CA"), QDate(2024, 1, 20)},
                                             std::pair {QStringLiteral("FPT-CA"), QDate(2024, 3, 1)}}) {
            const qint64 id = caseWithSignedMinutes(provider, date);
            QVERIFY(id);
            auto tb = m_documents->createAnnouncement(id);
            QVERIFY(tb.ok() && m_documents->sign(tb->id).ok());
            QVERIFY(m_cases->markPublished(id, QStringLiteral("PORTAL-%1").arg(id)));
            QVERIFY(m_cases->recordExclusion(
                id, QDateTime(date, QTime(0, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch(), QString()));
        }
        const qint64 viettel = caseWithSignedMinutes(QStringLiteral("VIETTEL-CA"), QDate(2024, 2, 10));
        QVERIFY(viettel);
        auto draft = m_documents->createAnnouncement(viettel);
        QVERIFY(draft.ok());
        const auto read = announcementDraft(draft->id);
        QVERIFY(read.ok());
        QCOMPARE(read->exclusionDate, QDate(2024, 2, 10));
        QCOMPARE(codes(read->remainingProviders),
                 (QStringList {QStringLiteral("VNPT-CA"), QStringLiteral("BKAV-CA"), QStringLiteral("FPT-CA"),
                               QStringLiteral("CA2")}));
        QCOMPARE(read->remainingProviders.first().legalName, QStringLiteral("VNPT Thừa Thiên Huế"));
    }

    // Signed with the real renderer: the PDF names the providers that remain and the date.
    void signedAnnouncementReadsWell()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        const qint64 id = caseWithSignedMinutes(QStringLiteral("VIETTEL-CA"), QDate(2024, 2, 10));
        QVERIFY(id);
        auto draft = m_documents->createAnnouncement(id);
        QVERIFY(draft.ok());
        auto signedDoc = m_documents->sign(draft->id);
        QVERIFY2(signedDoc.ok(), qPrintable(signedDoc.ok() ? QString() : signedDoc.error().fullText()));
        auto pdf = m_documents->pdf(signedDoc->id);
        QVERIFY(pdf.ok());
        const QString path = m_dir.filePath(QStringLiteral("announcement.pdf"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(30000));
        const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
        for (const QString &expected :
             {QStringLiteral("Về việc loại Viettel Thừa Thiên Huế (VIETTEL-CA) khỏi chương trình"),
              QStringLiteral("kể từ ngày 10/02/2024, Viettel Thừa Thiên Huế (VIETTEL-CA) bị loại khỏi"),
              QStringLiteral(
                  "đang tham gia chương trình: VNPT Thừa Thiên Huế (VNPT-CA), Công ty Cổ phần MISA "
                  "(MISA-CA), Công ty Cổ phần BKAV (BKAV-CA)"),
              QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC")})
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n\n") + text));
        QCOMPARE(int(text.count(QStringLiteral("(sau đây gọi là Quy định)"))), 1);
    }
};

QTEST_MAIN(TestAnnouncement)
#include "tst_announcement.moc"
