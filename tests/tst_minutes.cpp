// Issue 15, minutes: their substance (type, subject, competence, parties, the provider's opinion,
// section IV), what signing refuses without, the evidence table's headers, the page count and
// the draft format's version 2 (version 1 still loads).
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "documents/DocumentPdf.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"
#include "documents/MinutesWording.h"
#include "rules/Finding.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::documents;

namespace {

sw::rules::Finding duplicate(int i, bool lookedUp, bool earlier)
{
    sw::rules::Finding f;
    f.rule = QStringLiteral("DUPLICATE_ISSUANCE");
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = 5000 + i;
    f.provider = QStringLiteral("VIETTEL-CA");
    f.citizenId = QStringLiteral("0462010%1").arg(i, 5, 10, QLatin1Char('0'));
    f.at = sw::test::utcTime("2023-08-02T01:00:00Z").toSecsSinceEpoch() + i * 3600;
    f.evidence = {4000 + i};
    f.detail = {{QStringLiteral("lookup_found"), sw::rules::DetailValue(lookedUp)}};
    if (earlier) {
        f.detail.append(
            {QStringLiteral("earlier_provider"), sw::rules::DetailValue(QStringLiteral("VNPT-CA"))});
        f.detail.append({QStringLiteral("earlier_recorded_at"),
                         sw::rules::DetailValue(QStringLiteral("2023-07-30T02:15:00Z"))});
    }
    return f;
}

sw::rules::Finding late(int i)
{
    sw::rules::Finding f;
    f.rule = QStringLiteral("LATE_UPDATE");
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = 7000 + i;
    f.citizenId = QStringLiteral("0462020%1").arg(i, 5, 10, QLatin1Char('0'));
    f.at = sw::test::utcTime("2023-09-10T08:00:00Z").toSecsSinceEpoch() + i * 60;
    f.detail = {{QStringLiteral("delay_seconds"), sw::rules::DetailValue(qint64(172800))}};
    return f;
}

// Minutes with everything signing needs.
MinutesData complete(int duplicates = 3, bool earlier = false)
{
    MinutesData m;
    m.issuer = {QStringLiteral("UBND THÀNH PHỐ HUẾ"),
                QStringLiteral("SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                QStringLiteral("SKHCN"),
                QStringLiteral("Sở Khoa học và Công nghệ"),
                QStringLiteral("Huế"),
                QStringLiteral("Số 26 Hà Nội, thành phố Huế")};
    m.number = 3;
    m.year = 2025;
    m.date = QDate(2025, 4, 8);
    m.startedAt = sw::test::utcTime("2025-04-08T02:00:00Z");
    m.meetingPlace = m.issuer.address;
    m.departmentParticipants = {{QStringLiteral("Trần Văn Bình"), QStringLiteral("Phó Giám đốc Sở")},
                                {QStringLiteral("Lê Thị Hoa"), QStringLiteral("Chuyên viên"), {}, true}};
    m.providerParticipants = {{QStringLiteral("Phạm Minh Đức"), QStringLiteral("Phó Giám đốc chi nhánh"),
                               QStringLiteral("Giấy ủy quyền số 12/GUQ-VTT ngày 01/4/2025")}};
    m.provider = {QStringLiteral("VIETTEL-CA"), QStringLiteral("Chi nhánh Viettel Thừa Thiên Huế"),
                  QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế"), QStringLiteral("0100109106-015")};
    QList<sw::rules::Finding> findings;
    for (int i = 0; i < duplicates; ++i)
        findings << duplicate(i, i == 0, earlier);
    findings << late(0) << late(1);
    m.violations = minutesViolationsFromFindings(findings);
    m.providerOpinion = ProviderOpinion::NoOpinion;
    m.conclusion = draftConclusion(m.provider, m.violations);
    m.excludeProvider = true;
    m.exclusionDate = QDate(2025, 4, 15);
    m.measures = draftMeasures(m.provider, m.violations, 7);
    m.closedAt = sw::test::utcTime("2025-04-08T03:30:00Z");
    m.providerSignatory = {{}, {}, QStringLiteral("Phó Giám đốc chi nhánh"), QStringLiteral("Phạm Minh Đức")};
    m.departmentSignatory = {
        {}, QStringLiteral("KT. Giám đốc"), QStringLiteral("Phó Giám đốc"), QStringLiteral("Trần Văn Bình")};
    m.recipients
        = {QStringLiteral("Chi nhánh Viettel Thừa Thiên Huế"), QStringLiteral("Giám đốc Sở (để b/c)")};
    return m;
}

} // namespace

class TestMinutes : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_rendered = 0;

    QString pdfText(const MinutesData &m, int *pages = nullptr)
    {
        const sw::Result<PdfDocument> pdf = DocumentPdf::minutes(m);
        if (!pdf) {
            qWarning() << pdf.error().fullText();
            return {};
        }
        if (pages)
            *pages = pdf->pageCount;
        // SIGNWATCH_SCREENSHOT_DIR keeps the PDF to be looked at.
        const QString shots = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
        const QString path
            = (shots.isEmpty() ? m_dir.path() : shots) + QStringLiteral("/minutes-%1.pdf").arg(++m_rendered);
        if (!DocumentPdf::save(*pdf, path))
            return {};
        QProcess process;
        process.start(QStringLiteral("pdftotext"),
                      {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path,
                       QStringLiteral("-")});
        process.waitForFinished(30000);
        return QString::fromUtf8(process.readAllStandardOutput()).simplified();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // Point 2: what signing needs, named; a complete draft lacks nothing.
    void missingFieldsNameWhatIsMissing()
    {
        QCOMPARE(complete().missingFields(), QStringList());
        const QStringList empty = MinutesData().missingFields();
        for (const QString &part :
             {QStringLiteral("the conclusion"), QStringLiteral("the measures"),
              QStringLiteral("the provider's opinion (recorded, none, or refused to sign)"),
              QStringLiteral("the Department's participants"),
              QStringLiteral("the provider's representatives"), QStringLiteral("the time of the meeting"),
              QStringLiteral("the closing time"),
              QStringLiteral("the Department's signatory (name and title)"),
              QStringLiteral("the provider's signatory"), QStringLiteral("the place of the meeting"),
              QStringLiteral("the provider's address"),
              QStringLiteral("the provider's business registration number"),
              QStringLiteral("the recipients")})
            QVERIFY2(empty.contains(part), qPrintable(part));

        MinutesData m = complete();
        m.exclusionDate = QDate();
        QCOMPARE(m.missingFields(), QStringList {QStringLiteral("the date the exclusion takes effect")});
        m = complete();
        m.departmentParticipants[1].recorder = false;
        QCOMPARE(m.missingFields(),
                 QStringList {QStringLiteral("the recorder among the Department's participants")});
        m = complete();
        m.providerOpinion = ProviderOpinion::Recorded; // chosen, but nothing written
        QCOMPARE(m.missingFields().size(), 1);
        m = complete();
        m.excludeProvider = false;
        m.measures.clear();
        QCOMPARE(m.missingFields(), QStringList {QStringLiteral("the measures")});
        // A representative who refused to sign needs no signature.
        m = complete();
        m.providerOpinion = ProviderOpinion::RefusedToSign;
        m.providerSignatory.name.clear();
        QCOMPARE(m.missingFields(), QStringList());
        QCOMPARE(DocumentPdf::missingFields(m), m.missingFields());
    }

    // Point 2: section IV drafted from the case.
    void conclusionAndMeasuresFromTheCase()
    {
        const MinutesData m = complete(3);
        QVERIFY2(m.conclusion.contains(QStringLiteral("đã vi phạm Quy định với tổng số 5 trường hợp")),
                 qPrintable(m.conclusion));
        QVERIFY(m.conclusion.contains(QStringLiteral("(cấp trùng): 3 trường hợp, vi phạm")));
        QVERIFY(m.conclusion.contains(QStringLiteral("sau khi cấp phát chữ ký số: 2 trường hợp")));
        QCOMPARE(m.measures.size(), 2);
        QVERIFY(m.measures[0].contains(QStringLiteral("thu hồi 3 chứng thư số đã cấp trùng")));
        QVERIFY(m.measures[1].contains(QStringLiteral("trong thời hạn 07 ngày kể từ ngày ký biên bản")));
        // No duplicate, no recall.
        MinutesData lateOnly;
        lateOnly.violations = minutesViolationsFromFindings({late(0)});
        QCOMPARE(draftMeasures(lateOnly.provider, lateOnly.violations, 10).size(), 1);
    }

    // Points 1–4 in the PDF.
    void pdfReadsAsMinutesOfAWorkingMeeting()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        int pages = 0;
        const QString text = pdfText(complete(3, true), &pages);
        QVERIFY(!text.isEmpty());
        if (qEnvironmentVariableIsSet("SW_DUMP"))
            qInfo().noquote() << text;
        for (const QString &expected : {
                 QStringLiteral("BIÊN BẢN LÀM VIỆC"),
                 QStringLiteral(
                     "Về việc xác định vi phạm Quy định triển khai chiến dịch cấp chữ ký số công cộng cho "
                     "người dân trên địa bàn tỉnh Thừa Thiên Huế của Chi nhánh Viettel Thừa Thiên Huế"),
                 QStringLiteral("Thực hiện mục 5 Quy định ban hành kèm theo Công văn số 2016/STTTT-IOC ngày "
                                "28/7/2023 của Sở Thông tin và Truyền thông"),
                 QStringLiteral(
                     "(sau đây gọi là Quy định), theo đó Sở Khoa học và Công nghệ xác định vi phạm"),
                 QStringLiteral("tại Số 26 Hà Nội, thành phố Huế"),
                 QStringLiteral("mã số doanh nghiệp 0100109106-015, địa chỉ Số 02 Lý Thường Kiệt"),
                 QStringLiteral("theo Giấy ủy quyền số 12/"), // the layout may break the line after "/"
                 QStringLiteral("Lê Thị Hoa, Chuyên viên, Thư ký (người ghi biên bản)"),
                 QStringLiteral("Mã hồ sơ trên Hue-S"),
                 QStringLiteral("Thời điểm cấp (kích hoạt)"),
                 QStringLiteral("Thời điểm kích hoạt"),
                 QStringLiteral("VNPT-CA, cập nhật lên Hue-S lúc 30/07/2023 09:15"),
                 QStringLiteral("Đại diện doanh nghiệp không có ý kiến."),
                 QStringLiteral("1. Kết luận:"),
                 QStringLiteral("2. Biện pháp xử lý:"),
                 QStringLiteral("kể từ ngày 15/4/2025"),
                 QStringLiteral("Biên bản gồm %1 trang").arg(pages, 2, 10, QLatin1Char('0')),
                 QStringLiteral("ĐẠI DIỆN SỞ KHOA HỌC VÀ CÔNG NGHỆ"),
                 QStringLiteral("KT. GIÁM ĐỐC"),
                 QStringLiteral("PHÓ GIÁM ĐỐC"),
                 QStringLiteral("Nơi nhận:"),
                 QStringLiteral("- Giám đốc Sở (để b/c);"),
                 QStringLiteral("- Lưu: VT."),
             })
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + QStringLiteral("\n\n") + text.left(3000)));
        QVERIFY(!text.contains(QStringLiteral("……")));
        QVERIFY(!text.contains(QStringLiteral("Trụ sở Sở")));
        // "tra cứu trên Hue-S đã thấy" only for the one duplicate whose look-up is recorded.
        QCOMPARE(text.count(QStringLiteral("tra cứu trên Hue-S đã thấy")), 1);
    }

    void pageCountFollowsTheLayout()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        int pages = 0;
        const QString text = pdfText(complete(80), &pages);
        QVERIFY(pages >= 3);
        QVERIFY2(text.contains(QStringLiteral("Biên bản gồm %1 trang").arg(pages, 2, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(pages)));
    }

    void opinionIsAChoice()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        MinutesData m = complete();
        m.providerOpinion = ProviderOpinion::RefusedToSign;
        m.refusalReason = QStringLiteral("chưa được lãnh đạo doanh nghiệp cho ý kiến");
        QString text = pdfText(m);
        QVERIFY(text.contains(QStringLiteral("Đại diện doanh nghiệp không ký biên bản, với lý do: chưa được "
                                             "lãnh đạo doanh nghiệp cho ý kiến.")));
        QVERIFY(text.contains(QStringLiteral("đại diện doanh nghiệp không ký biên bản./.")));
        m.providerOpinion = ProviderOpinion::Recorded;
        m.providerExplanation = QStringLiteral("Doanh nghiệp thừa nhận các trường hợp nêu trên.");
        text = pdfText(m);
        QVERIFY(text.contains(m.providerExplanation));
        QVERIFY(!text.contains(QStringLiteral("không có ý kiến")));
        QVERIFY(text.contains(QStringLiteral("thống nhất và ký tên dưới đây./.")));
    }

    // Point 2: version 2 round-trips; a version-1 draft still loads.
    void draftVersions()
    {
        const MinutesData m = complete(2, true);
        const QJsonObject json = toJson(m);
        QCOMPARE(json.value(QStringLiteral("version")).toInt(), 2);
        const auto back = minutesFromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), m);

        QJsonObject old = json;
        old.insert(QStringLiteral("version"), 1);
        old.remove(QStringLiteral("provider_opinion"));
        old.remove(QStringLiteral("exclude_provider"));
        old.remove(QStringLiteral("refusal_reason"));
        old.insert(QStringLiteral("provider_explanation"), QStringLiteral("Doanh nghiệp thừa nhận."));
        old.insert(
            QStringLiteral("subject"),
            QStringLiteral("Về việc vi phạm Quy định triển khai chiến dịch cấp chữ ký số công cộng cho người "
                           "dân trên địa bàn tỉnh Thừa Thiên Huế"));
        const auto v1 = minutesFromJson(old);
        QVERIFY(v1.ok());
        QCOMPARE(v1->providerOpinion, ProviderOpinion::Recorded);
        QVERIFY(v1->excludeProvider);
        QCOMPARE(minutesSubjectOf(*v1), minutesSubject(m.provider));
        old.insert(QStringLiteral("provider_explanation"), QString());
        old.insert(QStringLiteral("exclusion_date"), QJsonValue());
        const auto bare = minutesFromJson(old);
        QVERIFY(bare.ok());
        QCOMPARE(bare->providerOpinion, ProviderOpinion::Unstated);
        QVERIFY(!bare->excludeProvider);
    }
};

QTEST_MAIN(TestMinutes)
#include "tst_minutes.moc"
