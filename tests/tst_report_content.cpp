// The report's content as an official would read it (issue 15, "Report"): parts filled from the
// data or left out, the assessment and proposals drafted from the figures, the signature block,
// figures that add up on stated bases, numbered tables with unit lines, headings never alone at a
// page's foot, charts in the appendix with legible labels.

#include "RequireTool.h"
#include "documents/DocumentWording.h"
#include "documents/IssuingPeriods.h"
#include "reports/ReportData.h"
#include "reports/ReportDraft.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPdf.h"

#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using namespace sw::reports;

namespace {

ProviderFigures provider(const QString &code, qint64 app, qint64 door, qint64 hues, qint64 legacy,
                         qint64 holders, qint64 expired)
{
    ProviderFigures p;
    p.code = code;
    p.byChannel = {{QStringLiteral("app"), app},
                   {QStringLiteral("door_to_door"), door},
                   {QStringLiteral("hues_request"), hues},
                   {QStringLiteral("legacy_import"), legacy}};
    p.certificates = app + door + hues + legacy;
    p.holdersAtEnd = holders;
    p.delay.count = app + door + hues;
    p.delay.median = 3120; // 52 minutes
    p.delay.p95 = 14040; // 3,9 hours
    p.requests.registered = hues + expired;
    p.requests.served = hues;
    p.requests.expired = expired;
    return p;
}

// A year of the campaign: 11.926 citizens hold a signature, 707 of them with two providers (the
// providers' lines add up to 12.633), 60 certificates imported from before the programme.
ReportData year(bool withScan, bool withCasebook)
{
    ReportData data;
    data.filter.from = QDate(2023, 7, 28);
    data.filter.to = QDate(2024, 7, 27);
    data.asOf = QDateTime(QDate(2026, 12, 3), QTime(2, 0), Qt::UTC);
    data.meta.number = 4;
    data.meta.issued = QDate(2026, 12, 3);
    auto issuer = documents::IssuingPeriods::builtIn().inForce(data.meta.issued);
    if (issuer)
        data.meta.issuer = issuer->period.issuer;
    data.meta.signatory
        = reportSignatory({}, QStringLiteral("Phó Giám đốc"), QStringLiteral("Trần Thị Bình"));
    CampaignFigures &c = data.campaign;
    c.population = 1166547;
    c.providers = {provider(QStringLiteral("MISA-CA"), 400, 900, 250, 10, 1500, 3),
                   provider(QStringLiteral("VIETTEL-CA"), 1200, 2600, 700, 20, 4333, 12),
                   provider(QStringLiteral("VNPT-CA"), 1500, 4500, 800, 30, 6800, 4)};
    c.holdersAtEnd = 11926;
    c.holdersInPeriod = 11925; // one citizen's signature was imported before the period
    c.multiProviderHolders = 707;
    for (const ProviderFigures &p : c.providers) {
        c.certificates += p.certificates;
        for (auto it = p.byChannel.cbegin(); it != p.byChannel.cend(); ++it)
            c.byChannel[it.key()] += it.value();
    }
    const QList<std::tuple<const char *, const char *, qint64, qint64>> districts = {
        {"474", "Thành phố Huế", 9000, 5400}, {"481", "A Lưới", 3000, 1026}, {"483", "Nam Đông", 8000, 5500}};
    for (const auto &[code, name, citizens, holders] : districts) {
        DistrictFigures d;
        d.code = QString::fromLatin1(code);
        d.name = QString::fromUtf8(name);
        d.citizens = citizens;
        d.holdersAtEnd = holders;
        c.districts << d;
    }
    data.quality.delay.count = 12850;
    data.quality.delay.median = 3120;
    data.quality.delay.p95 = 14040;
    for (const ProviderFigures &p : c.providers) {
        data.quality.requests.registered += p.requests.registered;
        data.quality.requests.served += p.requests.served;
        data.quality.requests.expired += p.requests.expired;
    }
    if (withScan) {
        ViolationFigures &v = data.violations;
        v.available = true;
        v.scanAsOf = QDateTime(QDate(2024, 7, 30), QTime(1, 0), Qt::UTC);
        v.previousFrom = QDate(2022, 7, 28);
        v.previousTo = QDate(2023, 7, 27);
        v.byRule = {{QStringLiteral("DUPLICATE_ISSUANCE"), 707}, {QStringLiteral("MISSING_LOOKUP"), 40}};
        v.byProvider = {{QStringLiteral("VIETTEL-CA"), 600}, {QStringLiteral("VNPT-CA"), 147}};
        v.total = 747;
    }
    if (withCasebook) {
        CaseworkSummary &w = data.casework;
        w.available = true;
        w.casesByStatus = {{QStringLiteral("Đang xác minh"), 1}, {QStringLiteral("Đã kết luận"), 2}};
        w.casesOpened = 3;
        w.minutesSigned = 2;
        w.announcementsIssued = 1;
        w.exclusions = {QStringLiteral("VIETTEL-CA từ ngày 01/3/2024")};
    }
    return data;
}

} // namespace

class TestReportContent : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void partsWithoutSourceAreLeftOut();
    void draftRestsOnTheFigures();
    void draftRoundTripsAsJson();
    void signatureBlockAndRecipients();
    void figuresAddUpOnStatedBases();
    void tablesAreNumberedWithUnits();
    void headingsNeverEndAPage();
    void naturalWording();
    void chartsInTheAppendixLegible();

private:
    // The text of `data`'s PDF (pdftotext -raw, spaces normalised); pages one by one (-layout).
    QString text(const ReportData &data, QStringList *pages = nullptr, const QString &name = {});
    QTemporaryDir m_dir;
};

QString TestReportContent::text(const ReportData &data, QStringList *pages, const QString &name)
{
    auto pdf = ReportPdf::render(data);
    if (!pdf)
        return {};
    const QString path = m_dir.filePath(name.isEmpty() ? QStringLiteral("report.pdf") : name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf->bytes) != pdf->bytes.size())
        return {};
    file.close();
    auto run = [](const QStringList &arguments) {
        QProcess process;
        process.start(QStringLiteral("pdftotext"), arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' '));
    };
    if (pages) {
        pages->clear();
        for (int page = 1; page <= pdf->pageCount; ++page)
            *pages << run({QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                           QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
    }
    return run({QStringLiteral("-raw"), path, QStringLiteral("-")}).simplified();
}

void TestReportContent::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
        return;
}

void TestReportContent::partsWithoutSourceAreLeftOut()
{
    // Neither a scan nor a casebook: their parts are not printed, the others numbered on.
    const ReportData bare = year(false, false);
    const QString none = text(bare);
    QVERIFY(!none.isEmpty());
    for (const QString &absent :
         {QStringLiteral("Chưa có lần quét"), QStringLiteral("không kèm số liệu sổ vụ việc"),
          QStringLiteral("VI PHẠM PHÁT HIỆN QUA GIÁM SÁT"), QStringLiteral("XỬ LÝ VỤ VIỆC"),
          QStringLiteral("Không có đề xuất")})
        QVERIFY2(!none.contains(absent), qPrintable(absent));
    QCOMPARE(ReportPdf::sectionTitles(bare),
             QStringList({QStringLiteral("I. KẾT QUẢ TRIỂN KHAI"), QStringLiteral("II. CHẤT LƯỢNG DỊCH VỤ"),
                          QStringLiteral("III. ĐÁNH GIÁ CHUNG"), QStringLiteral("IV. ĐỀ XUẤT, KIẾN NGHỊ")}));
    for (const QString &title : ReportPdf::sectionTitles(bare))
        QVERIFY2(none.contains(title), qPrintable(title));
    QVERIFY(none.contains(
        QStringLiteral("Số liệu trong báo cáo tổng hợp từ dữ liệu Hue-S đến hết ngày 27/7/2024.")));

    // Both: the parts are there and the sources say so once.
    const QString full = text(year(true, true));
    QVERIFY(full.contains(QStringLiteral("III. VI PHẠM PHÁT HIỆN QUA GIÁM SÁT")));
    QVERIFY(full.contains(QStringLiteral("IV. XỬ LÝ VỤ VIỆC VÀ CÁC BIỆN PHÁP ĐÃ THỰC HIỆN")));
    QVERIFY(
        full.contains(QStringLiteral("kết quả giám sát theo lần quét dữ liệu ngày 30/7/2024; sổ theo dõi vụ "
                                     "việc của Sở.")));
    QCOMPARE(full.count(QStringLiteral("Số liệu trong báo cáo tổng hợp từ")), 1);
    // Minutes of the period: the proposals say what follows from them, never "no proposals".
    QVERIFY(!full.contains(QStringLiteral("Không có đề xuất")));
    QVERIFY(full.contains(QStringLiteral("công khai việc loại 1 doanh nghiệp khỏi chương trình")));
}

void TestReportContent::draftRestsOnTheFigures()
{
    ReportData data = year(true, true);
    const QString assessment = draftAssessment(data).replace(QChar(0x00A0), QLatin1Char(' '));
    for (const QString &part : assessmentParts())
        QVERIFY2(assessment.contains(part + QLatin1Char('\n')), qPrintable(part));
    // Coverage against the 50 % target: 11.926 of 1.166.547 = 1,0 %, 2,0 % of the target; 571.348
    // citizens still to reach it.
    QVERIFY2(
        assessment.contains(QStringLiteral("11.926 công dân đã có chữ ký số, bằng 1,0 % dân số toàn tỉnh và "
                                           "đạt 2,0 % chỉ tiêu 50,0 %")),
        qPrintable(assessment));
    QVERIFY(assessment.contains(QStringLiteral("còn thiếu 571.348 công dân")));
    // The provider with most findings, the duplicates, the minutes established.
    QVERIFY(
        assessment.contains(QStringLiteral("747 trường hợp có dấu hiệu vi phạm, nhiều nhất ở VIETTEL-CA (600 "
                                           "trường hợp)")));
    QVERIFY(assessment.contains(QStringLiteral("707 công dân có chứng thư của hai doanh nghiệp trở lên")));
    QVERIFY(
        assessment.contains(QStringLiteral("Sở đã lập 2 biên bản xác định vi phạm và ban hành 1 thông báo")));
    QVERIFY(assessment.contains(
        QStringLiteral("Một số doanh nghiệp chưa tra cứu dữ liệu trên Hue-S trước khi cấp "
                       "(40 trường hợp)")));
    QVERIFY(
        assessment.contains(QStringLiteral("thấp nhất là A Lưới (34,2 %), cao nhất là Nam Đông (68,8 %)")));

    // Other figures, other sentences: nothing is fixed text.
    data.campaign.multiProviderHolders = 0;
    data.violations = {};
    data.quality.requests.expired = 0;
    const QString clean = draftAssessment(data).replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY(!clean.contains(QStringLiteral("hai doanh nghiệp trở lên")));
    QVERIFY(!clean.contains(QStringLiteral("dấu hiệu vi phạm")));
    const QString proposals = draftProposals(data).replace(QChar(0x00A0), QLatin1Char(' '));
    QVERIFY(proposals.contains(QStringLiteral("Đề nghị UBND thành phố Huế chỉ đạo các địa phương")));
    QVERIFY(proposals.contains(QStringLiteral("nhất là tại A Lưới (34,2 %)")));
    QVERIFY(!proposals.contains(QStringLiteral("bố trí đủ nhân lực")));

    // The supervisor's own text replaces the draft in the PDF.
    data.texts.assessment = QStringLiteral("1. Kết quả đạt được\nNhận xét riêng của lãnh đạo Sở.");
    const QString pdf = text(data);
    QVERIFY(pdf.contains(QStringLiteral("1. Kết quả đạt được Nhận xét riêng của lãnh đạo Sở.")));
    QVERIFY(!pdf.contains(QStringLiteral("2. Tồn tại, hạn chế")));
}

void TestReportContent::draftRoundTripsAsJson()
{
    ReportDraft draft;
    draft.texts.assessment = draftAssessment(year(true, true));
    draft.texts.proposals = QStringLiteral("Đề nghị A.\nĐề nghị B.");
    draft.signatory = reportSignatory({}, QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Lê Văn C"));
    draft.recipients = {QStringLiteral("UBND thành phố Huế (để báo cáo)"), QStringLiteral("Lưu: VT, IOC")};
    auto back = draftFromJson(QJsonDocument(toJson(draft)).toJson());
    QVERIFY(back);
    QCOMPARE(back->texts, draft.texts);
    QCOMPARE(back->signatory, draft.signatory);
    QCOMPARE(back->recipients, draft.recipients);
    QVERIFY(!draftFromJson("[1, 2]"));
}

void TestReportContent::signatureBlockAndRecipients()
{
    const documents::Signatory deputy
        = reportSignatory({}, QStringLiteral("Phó Giám đốc"), QStringLiteral("Trần Bình"));
    QCOMPARE(deputy.authority, QStringLiteral("KT. GIÁM ĐỐC"));
    QCOMPARE(deputy.title, QStringLiteral("PHÓ GIÁM ĐỐC"));
    const documents::Signatory head
        = reportSignatory({}, QStringLiteral("Giám đốc"), QStringLiteral("Hồ Văn D"));
    QVERIFY(head.authority.isEmpty());
    QCOMPARE(documents::parentBodyInText(QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ")),
             QStringLiteral("UBND tỉnh Thừa Thiên Huế"));

    const QString pdf = text(year(false, false));
    QVERIFY(pdf.contains(QStringLiteral("Nơi nhận:")));
    QVERIFY(pdf.contains(QStringLiteral("KT. GIÁM ĐỐC")));
    QVERIFY(pdf.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));
    QVERIFY(pdf.contains(QStringLiteral("Trần Thị Bình")));
    QVERIFY(pdf.contains(QStringLiteral("- UBND thành phố Huế (để báo cáo);")));
    QVERIFY(pdf.contains(QStringLiteral("- Lưu: VT, IOC.")));
}

void TestReportContent::figuresAddUpOnStatedBases()
{
    const ReportData data = year(true, false);
    const QString pdf = text(data);
    // One citizen total wherever holders are counted.
    static const QRegularExpression holders(QStringLiteral("([\\d.]+) công dân đã có chữ ký số"));
    int seen = 0;
    for (auto it = holders.globalMatch(pdf); it.hasNext(); ++seen)
        QCOMPARE(it.next().captured(1), QStringLiteral("11.926"));
    QVERIFY(seen >= 2);
    QVERIFY(!pdf.contains(QStringLiteral("11.925")));
    // The providers' lines add up to their total row; the difference is explained and counted.
    QVERIFY2(pdf.contains(QStringLiteral("Cộng 12.850 3.100 8.000 1.750 60 12.633 100,0 %")),
             qPrintable(pdf));
    QVERIFY(
        pdf.contains(QStringLiteral("707 công dân có chứng thư của hai doanh nghiệp trở lên được tính ở mỗi "
                                    "doanh nghiệp, nên dòng Cộng (12.633) lớn hơn số công dân có chữ ký số "
                                    "(11.926)")));
    QVERIFY(pdf.contains(QStringLiteral("Tỷ trọng của mỗi doanh nghiệp tính trên dòng Cộng.")));
    // Legacy imports apart: 12.910 recorded, 12.850 issued, 60 imported.
    QVERIFY(pdf.contains(QStringLiteral("các doanh nghiệp đã cấp mới 12.850 chứng thư chữ ký số")));
    QVERIFY(pdf.contains(
        QStringLiteral("Hue-S ghi nhận 60 chứng thư cấp trước chương trình được nhập vào dữ liệu "
                       "(gạch đầu dòng thứ ba mục 2 Quy định); số này không tính là cấp trong kỳ.")));
    // The introduction defines the short name once; every later citation uses it.
    QCOMPARE(pdf.count(QStringLiteral("(sau đây gọi là Quy định)")), 1);
    // The headline on the province's population, the districts on their citizens on Hue-S; the
    // target with its source.
    QVERIFY(pdf.contains(
        QStringLiteral("bằng 1,0 % (dân số toàn tỉnh năm 2023 là 1.166.547 người), đạt 2,0 % chỉ "
                       "tiêu của chương trình (50,0 % dân số có chữ ký số, chỉ tiêu do Sở Thông tin "
                       "và Truyền thông đề ra")));
    QVERIFY(pdf.contains(QStringLiteral("Cộng 20.000 11.926 59,6 %")));
    QVERIFY(pdf.contains(
        QStringLiteral("Tỷ lệ ở bảng trên tính trên số công dân của từng đơn vị có trong dữ liệu")));
    QVERIFY(pdf.contains(
        QStringLiteral("(cộng 20.000 công dân), không tính trên dân số; tỷ lệ 1,0 % nêu ở đầu mục "
                       "này tính trên dân số toàn tỉnh năm 2023")));
    // A totals row under every table.
    QCOMPARE(pdf.count(QRegularExpression(QStringLiteral("Bảng \\d+\\."))),
             pdf.count(QRegularExpression(QStringLiteral("(^| )Cộng \\d"))));
}

void TestReportContent::tablesAreNumberedWithUnits()
{
    QStringList pages;
    const QString pdf = text(year(true, true), &pages, QStringLiteral("tables.pdf"));
    // Five tables: providers, districts, quality, findings by rule and by provider, cases.
    for (int n = 1; n <= 6; ++n)
        QVERIFY2(pdf.contains(QStringLiteral("Bảng %1. ").arg(n)), qPrintable(QString::number(n)));
    QVERIFY(!pdf.contains(QStringLiteral("Bảng 7. ")));
    QCOMPARE(pdf.count(QStringLiteral("Đơn vị tính: ")), 6);
    // The unit line is right-aligned: in -layout it starts right of the page's middle, on the line
    // after its caption.
    int checked = 0;
    for (const QString &page : std::as_const(pages)) {
        const QStringList lines = page.split(QLatin1Char('\n'));
        for (int i = 1; i < lines.size(); ++i) {
            if (!lines.at(i).trimmed().startsWith(QStringLiteral("Đơn vị tính:")))
                continue;
            ++checked;
            QVERIFY2(lines.at(i).indexOf(QStringLiteral("Đơn vị tính:")) > 30, qPrintable(lines.at(i)));
            QVERIFY2(lines.at(i - 1).contains(QStringLiteral("Bảng "))
                         || lines.at(i - 2).contains(QStringLiteral("Bảng ")),
                     qPrintable(lines.at(i - 1)));
        }
    }
    QCOMPARE(checked, 6);
    // Codes stay whole in the tables' narrow columns ("VIETTEL-C" over "A" was seen).
    for (const QString &page : std::as_const(pages))
        QVERIFY2(!page.contains(QRegularExpression(QStringLiteral("VIETTEL-C(?!A)"))), qPrintable(page));
    QVERIFY(pages.join(QLatin1Char('\n')).contains(QStringLiteral("VIETTEL-CA")));
}

void TestReportContent::headingsNeverEndAPage()
{
    // Headings, table captions and unit lines: lines a page must not end with.
    static const QRegularExpression heading(QStringLiteral(
        "^(?:[IVX]+\\. [A-ZĐÁÀẢÃẠÂẤẦẨẪẬĂẮẰẲẴẶÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ ,]+|\\d\\. "
        "\\S.{0,80}|Bảng \\d+\\..*|Đơn vị tính:.*)$"));
    // The introduction grows line by line: the parts fall at every height of the page.
    int pagesChecked = 0;
    for (int extra = 0; extra < 8; ++extra) {
        ReportData data = year(true, true);
        QStringList intro;
        for (int i = 0; i <= extra; ++i)
            intro << QStringLiteral(
                         "Đoạn mở đầu thứ %1 của báo cáo, đủ dài để chiếm trọn một dòng trên trang giấy A4 "
                         "theo thể thức văn bản hành chính.")
                         .arg(i + 1);
        data.texts.introduction = intro.join(QLatin1Char('\n'));
        QStringList pages;
        text(data, &pages, QStringLiteral("headings-%1.pdf").arg(extra));
        QVERIFY(pages.size() >= 4);
        for (int p = 0; p < pages.size(); ++p) {
            QStringList lines = pages.at(p).split(QLatin1Char('\n'));
            while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                lines.removeLast();
            QVERIFY(!lines.isEmpty());
            const QString last = lines.last().trimmed();
            QVERIFY2(
                !heading.match(last).hasMatch(),
                qPrintable(
                    QStringLiteral("variant %1, page %2 ends with: %3").arg(extra).arg(p + 1).arg(last)));
            ++pagesChecked;
        }
    }
    QVERIFY(pagesChecked > 30);
}

void TestReportContent::naturalWording()
{
    const QString pdf = text(year(true, true));
    QVERIFY(
        pdf.contains(QStringLiteral("một nửa số chứng thư được cập nhật trong vòng 52,0 phút; 95% trong vòng "
                                    "3,9 giờ")));
    for (const QString &absent :
         {QStringLiteral("trung vị"), QStringLiteral("Trung vị"), QStringLiteral("phân vị"),
          QStringLiteral("Phân vị"), QStringLiteral("hị phần"), QStringLiteral("::"),
          QStringLiteral(" 0 đăng ký")})
        QVERIFY2(!pdf.contains(absent), qPrintable(absent));
    QVERIFY(pdf.contains(QStringLiteral("Tỷ trọng")));
    // No time of day in the body (the document is not stamped with the moment it was made), and
    // one date style, the documents' (documents::numericDate): a leading zero for days below 10 and
    // for the months 1 and 2 only, as the date line (Decree 30/2020) and the regulation's "28/7/2023".
    QVERIFY2(!pdf.contains(QRegularExpression(QStringLiteral("\\b\\d{1,2}:\\d{2}\\b"))), qPrintable(pdf));
    QVERIFY(!pdf.contains(QRegularExpression(QStringLiteral("(?<![\\d/])[1-9]/\\d{1,2}/\\d{4}"))));
    QVERIFY(!pdf.contains(QRegularExpression(QStringLiteral("\\d/0[3-9]/\\d{4}"))));
    QVERIFY(!pdf.contains(QRegularExpression(QStringLiteral("\\d/[12]/\\d{4}"))));
    QVERIFY(pdf.contains(QStringLiteral("từ ngày 28/7/2023 đến ngày 27/7/2024")));
}

void TestReportContent::chartsInTheAppendixLegible()
{
    QStringList pages;
    const QString pdf = text(year(true, true), &pages, QStringLiteral("charts.pdf"));
    int appendix = -1;
    for (int p = 0; p < pages.size(); ++p)
        if (pages.at(p).contains(QStringLiteral("PHỤ LỤC")))
            appendix = p;
    QVERIFY(appendix > 0);
    // The appendix starts after the signature block, on a page of its own; every chart is in it.
    QVERIFY(!pages.at(appendix).contains(QStringLiteral("Nơi nhận")));
    for (int p = 0; p < appendix; ++p)
        QVERIFY(!pages.at(p).contains(QStringLiteral("Biểu đồ 1.")));
    const QString rest = pages.mid(appendix).join(QLatin1Char('\n')).simplified();
    for (const QString &title : {QStringLiteral("Biểu đồ 1."), QStringLiteral("Biểu đồ 2."),
                                 QStringLiteral("Biểu đồ 3."), QStringLiteral("Biểu đồ 4.")})
        QVERIFY2(rest.contains(title), qPrintable(title));
    QVERIFY(rest.contains(QStringLiteral("(đơn vị: chứng thư)")));
    QVERIFY(rest.contains(QStringLiteral("(đơn vị: %)")));
    // Labels of at least 10 pt at print size: every word of the appendix is at least 10 pt tall
    // (pdftotext -bbox: a word's box is its font's ascent and descent, about 1,1 times its size).
    QProcess process;
    process.start(QStringLiteral("pdftotext"),
                  {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(appendix + 1),
                   QStringLiteral("-l"), QString::number(pages.size()),
                   m_dir.filePath(QStringLiteral("charts.pdf")), QStringLiteral("-")});
    QVERIFY(process.waitForFinished(60000));
    const QString boxes = QString::fromUtf8(process.readAllStandardOutput());
    static const QRegularExpression word(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)<"));
    int words = 0;
    for (auto it = word.globalMatch(boxes); it.hasNext();) {
        const auto m = it.next();
        const double height = m.captured(4).toDouble() - m.captured(2).toDouble();
        if (m.captured(5).trimmed() == QStringLiteral("%1").arg(pages.size()))
            continue; // the page number
        QVERIFY2(height >= 10.0, qPrintable(QStringLiteral("%1: %2 pt").arg(m.captured(5)).arg(height)));
        ++words;
    }
    QVERIFY(words > 50);
    Q_UNUSED(pdf);
}

QTEST_MAIN(TestReportContent)
#include "tst_report_content.moc"
