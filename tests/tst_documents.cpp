#include "RequireTool.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"
#include "rules/Finding.h"
#include "rules/RegulationText.h"
#include "rules/RuleCatalogue.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sw::documents;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

// A 12-digit CCCD of Thừa Thiên Huế: 046, century/sex, year, then a serial.
QString citizenId(int serial)
{
    return QStringLiteral("0462%1%2")
        .arg(serial % 100, 2, 10, QLatin1Char('0'))
        .arg(100000 + serial, 6, 10, QLatin1Char('0'));
}

// Minutes of a long case: `rows` duplicate issuances and a few late updates.
MinutesData sampleMinutes(int rows)
{
    MinutesData m;
    m.number = 1;
    m.year = 2024;
    m.date = QDate(2024, 1, 5);
    m.startedAt = utc("2024-01-05T02:30:00Z"); // 09:30 local
    m.meetingPlace
        = QStringLiteral("Phòng họp Sở Thông tin và Truyền thông, số 06 Trần Quốc Toản, thành phố Huế");
    m.departmentParticipants
        = {{QStringLiteral("Trần Văn Bình"), QStringLiteral("Phó Giám đốc Sở")},
           {QStringLiteral("Lê Thị Hoa"), QStringLiteral("Chuyên viên Phòng Công nghệ thông tin"), {}, true}};
    m.providerParticipants = {{QStringLiteral("Phạm Minh Đức"), QStringLiteral("Giám đốc chi nhánh"),
                               QStringLiteral("Giấy ủy quyền số 12/GUQ-VTT ngày 02/01/2024")}};
    m.witnesses = {
        {QStringLiteral("Nguyễn Thị Lan"), QStringLiteral("Trung tâm Giám sát điều hành đô thị thông minh")}};
    m.provider = {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế"),
                  QStringLiteral("Số 02 Lý Thường Kiệt, thành phố Huế"), QStringLiteral("0100109106-015")};

    QList<sw::rules::Finding> findings;
    for (int i = 0; i < rows; ++i) {
        sw::rules::Finding f;
        f.rule = QStringLiteral("DUPLICATE_ISSUANCE");
        f.subjectKind = QStringLiteral("certificate");
        f.subjectId = 5000 + i;
        f.provider = QStringLiteral("VIETTEL-CA");
        f.citizenId = citizenId(i);
        f.at = utc("2023-08-02T01:00:00Z").toSecsSinceEpoch() + i * 3600;
        f.evidence = {4000 + i};
        f.detail = {{QStringLiteral("lookup_found"), sw::rules::DetailValue(i % 3 == 0)}};
        findings << f;
    }
    for (int i = 0; i < 3; ++i) {
        sw::rules::Finding f;
        f.rule = QStringLiteral("LATE_UPDATE");
        f.subjectKind = QStringLiteral("certificate");
        f.subjectId = 7000 + i;
        f.citizenId = citizenId(500 + i);
        f.at = utc("2023-09-10T08:00:00Z").toSecsSinceEpoch() + i * 60;
        f.detail = {{QStringLiteral("delay_seconds"), sw::rules::DetailValue(qint64(172800 + i * 3600))}};
        findings << f;
    }
    m.violations = minutesViolationsFromFindings(findings);
    m.providerOpinion = sw::documents::ProviderOpinion::Recorded;
    m.providerExplanation
        = QStringLiteral("Doanh nghiệp thừa nhận các trường hợp nêu trên do nhân viên không tra "
                         "cứu dữ liệu trên Hue-S trước khi cấp phát.");
    m.conclusion
        = QStringLiteral("Viettel Thừa Thiên Huế (VIETTEL-CA) đã vi phạm các khoản nêu trên của Quy định.");
    m.measures = {QStringLiteral("Doanh nghiệp thu hồi các chứng thư số cấp trùng trong vòng 07 ngày")};
    m.excludeProvider = true;
    m.exclusionDate = QDate(2024, 1, 10);
    m.closedAt = utc("2024-01-05T04:00:00Z");
    m.providerSignatory
        = {QString(), QString(), QStringLiteral("GIÁM ĐỐC CHI NHÁNH"), QStringLiteral("Phạm Minh Đức")};
    m.departmentSignatory = {QString(), QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"),
                             QStringLiteral("Trần Văn Bình")};
    m.recipients = {QStringLiteral("Viettel Thừa Thiên Huế"), QStringLiteral("UBND tỉnh (b/c)"),
                    QStringLiteral("Lưu: VT, IOC")};
    return m;
}

// Text normalised for comparison: pdftotext breaks lines where the layout did.
QString flat(const QString &text)
{
    return text.simplified();
}

} // namespace

class TestDocuments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_outDir;

    // Runs a poppler tool; fails the test when it does not run cleanly.
    QByteArray run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning() << program << arguments << process.readAllStandardError();
            return QByteArray("<tool failed>");
        }
        return process.readAllStandardOutput();
    }

    QString writePdf(const PdfDocument &pdf, const QString &name)
    {
        const QString path = m_outDir + QLatin1Char('/') + name;
        const sw::Result<void> saved = DocumentPdf::save(pdf, path);
        return saved ? path : QString();
    }

    QString pageText(const QString &pdf, int page)
    {
        return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), pdf, QStringLiteral("-")}));
    }

    // The text inside the top margin (20 mm ≈ 56 pt at pdftotext's 72 dpi) of one page.
    QString topMarginText(const QString &pdf, int page)
    {
        return QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                     {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                      QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"),
                                      QString::number(page), QStringLiteral("-x"), QStringLiteral("0"),
                                      QStringLiteral("-y"), QStringLiteral("0"), QStringLiteral("-W"),
                                      QStringLiteral("595"), QStringLiteral("-H"), QStringLiteral("54"), pdf,
                                      QStringLiteral("-")}))
            .simplified();
    }

    void checkFontsAndPictures(const QString &pdf, int pages, const QString &stem)
    {
        // Only the bundled font, embedded.
        const QStringList lines
            = QString::fromUtf8(run(QStringLiteral("pdffonts"), {pdf})).split(QLatin1Char('\n'));
        int fonts = 0;
        for (const QString &line : lines.mid(2)) {
            if (line.trimmed().isEmpty())
                continue;
            ++fonts;
            QVERIFY2(line.contains(QLatin1String("LiberationSerif")), qPrintable(line));
            // name type encoding emb sub uni object ID: "emb" is the 4th column from the end + 2.
            const QStringList columns = line.simplified().split(QLatin1Char(' '));
            QVERIFY2(columns.size() >= 7, qPrintable(line));
            QCOMPARE(columns.at(columns.size() - 5), QStringLiteral("yes"));
        }
        QVERIFY(fonts >= 2); // at least regular and bold

        // Every page becomes a picture with ink on it.
        const QString prefix = m_outDir + QLatin1Char('/') + stem;
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-png"), pdf, prefix});
        const QStringList pngs
            = QDir(m_outDir).entryList({stem + QStringLiteral("-*.png")}, QDir::Files, QDir::Name);
        QCOMPARE(pngs.size(), pages);
        for (const QString &png : pngs) {
            const QImage image
                = QImage(m_outDir + QLatin1Char('/') + png).convertToFormat(QImage::Format_Grayscale8);
            QVERIFY(!image.isNull());
            QCOMPARE(image.width(), 496); // A4 at 60 dpi: 8.27 in
            qsizetype dark = 0;
            qsizetype inLeftMargin = 0;
            for (int y = 0; y < image.height(); ++y) {
                const uchar *line = image.constScanLine(y);
                for (int x = 0; x < image.width(); ++x) {
                    if (line[x] < 128)
                        ++dark;
                    // Nothing in the left margin (30 mm ≈ 70 px at 60 dpi): the layout kept it.
                    if (x < 60 && line[x] < 200)
                        ++inLeftMargin;
                }
            }
            QVERIFY2(dark > 2000, qPrintable(png + QStringLiteral(": %1 dark pixels").arg(dark)));
            QVERIFY2(inLeftMargin == 0, qPrintable(png + QStringLiteral(": ink in the left margin")));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_outDir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
        if (m_outDir.isEmpty())
            m_outDir = m_dir.path();
        QDir().mkpath(m_outDir);
    }

    void dateLines_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("line");
        // Decree 30/2020, Appendix I: a zero before days below 10 and the months 1 and 2 only.
        QTest::newRow("5 Jan") << QDate(2024, 1, 5)
                               << QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 01 năm 2024");
        QTest::newRow("15 Nov") << QDate(2023, 11, 15)
                                << QStringLiteral("Thừa Thiên Huế, ngày 15 tháng 11 năm 2023");
        QTest::newRow("9 Feb") << QDate(2024, 2, 9)
                               << QStringLiteral("Thừa Thiên Huế, ngày 09 tháng 02 năm 2024");
        QTest::newRow("28 Jul") << QDate(2023, 7, 28)
                                << QStringLiteral("Thừa Thiên Huế, ngày 28 tháng 7 năm 2023");
        QTest::newRow("1 Mar") << QDate(2024, 3, 1)
                               << QStringLiteral("Thừa Thiên Huế, ngày 01 tháng 3 năm 2024");
        QTest::newRow("10 Oct") << QDate(2024, 10, 10)
                                << QStringLiteral("Thừa Thiên Huế, ngày 10 tháng 10 năm 2024");
        QTest::newRow("31 Dec") << QDate(2023, 12, 31)
                                << QStringLiteral("Thừa Thiên Huế, ngày 31 tháng 12 năm 2023");
    }
    void dateLines()
    {
        QFETCH(QDate, date);
        QFETCH(QString, line);
        QCOMPARE(dateLine(QStringLiteral("Thừa Thiên Huế"), date), line);
    }

    void numbers_data()
    {
        QTest::addColumn<int>("number");
        QTest::addColumn<bool>("minutes");
        QTest::addColumn<QString>("line");
        QTest::newRow("1") << 1 << true << QStringLiteral("Số: 01/BB-STTTT");
        QTest::newRow("5") << 5 << true << QStringLiteral("Số: 05/BB-STTTT");
        QTest::newRow("9") << 9 << false << QStringLiteral("Số: 09/TB-STTTT");
        QTest::newRow("10") << 10 << true << QStringLiteral("Số: 10/BB-STTTT");
        QTest::newRow("123") << 123 << false << QStringLiteral("Số: 123/TB-STTTT");
        QTest::newRow("draft") << 0 << true << QStringLiteral("Số: …/BB-STTTT");
    }
    void numbers()
    {
        QFETCH(int, number);
        QFETCH(bool, minutes);
        QFETCH(QString, line);
        QCOMPARE(numberLine(number, minutes ? DocumentKind::Minutes : DocumentKind::Announcement), line);
    }

    void clauses()
    {
        QCOMPARE(clauseWords(QStringLiteral("§1.3")), QStringLiteral("gạch đầu dòng thứ ba mục 1"));
        QCOMPARE(clauseWords(QStringLiteral("§3.2")), QStringLiteral("gạch đầu dòng thứ hai mục 3"));
        QCOMPARE(clauseCitation({QStringLiteral("§1.3")}),
                 QStringLiteral("gạch đầu dòng thứ ba mục 1 Quy định"));
        QCOMPARE(
            clauseList({QStringLiteral("§1.4"), QStringLiteral("§2.2"), QStringLiteral("§4.3")}),
            QStringLiteral("gạch đầu dòng thứ tư mục 1, gạch đầu dòng thứ hai mục 2 và gạch đầu dòng thứ "
                           "ba mục 4"));
        // The numbering follows the letter: paragraph Y is the Y-th dash under part X
        // (tst_documentwording checks every clause).
        QVERIFY(sw::rules::findClause(QStringLiteral("§1.3"))
                    ->vietnamese.contains(QStringLiteral("Mỗi công dân chỉ được cấp một chữ ký số")));
        QVERIFY(sw::rules::findClause(QStringLiteral("§5.3"))
                    ->vietnamese.contains(QStringLiteral("loại doanh nghiệp ra khỏi chương trình")));
    }

    void times()
    {
        QCOMPARE(meetingOpening(utc("2024-01-05T02:30:00Z"), QStringLiteral("Phòng họp")),
                 QStringLiteral("Hôm nay, vào hồi 09 giờ 30 phút ngày 05 tháng 01 năm 2024, tại Phòng họp"));
        // 17:30 UTC is already the next day in Huế.
        QCOMPARE(meetingOpening(utc("2024-01-04T17:30:00Z"), QStringLiteral("Huế")),
                 QStringLiteral("Hôm nay, vào hồi 00 giờ 30 phút ngày 05 tháng 01 năm 2024, tại Huế"));
        QCOMPARE(evidenceTime(utc("2023-08-02T03:04:05Z")), QStringLiteral("02/08/2023 10:04"));
        QCOMPARE(evidenceTime(QDateTime()), QString());
        QCOMPARE(durationWords(172800), QStringLiteral("2 ngày"));
        QCOMPARE(durationWords(90061), QStringLiteral("1 ngày 1 giờ"));
        QCOMPARE(durationWords(3900), QStringLiteral("1 giờ 5 phút"));
        QCOMPARE(durationWords(1), QStringLiteral("1 giây"));
    }

    void violationsFromFindings()
    {
        const MinutesData m = sampleMinutes(4);
        QCOMPARE(m.violations.size(), 2);
        const MinutesViolation &dup = m.violations[0];
        QCOMPARE(dup.ruleCode, QStringLiteral("DUPLICATE_ISSUANCE"));
        QCOMPARE(dup.clauses, sw::rules::findRule(QStringLiteral("DUPLICATE_ISSUANCE"))->clauses);
        QCOMPARE(dup.total(), 4);
        QCOMPARE(dup.evidence[0].record, QStringLiteral("Chứng thư số 5000"));
        QCOMPARE(dup.evidence[0].citizenId, citizenId(0)); // kept as stored; printing masks it
        QCOMPARE(dup.evidence[0].at, utc("2023-08-02T01:00:00Z"));
        QVERIFY(dup.evidence[0].happened.contains(QStringLiteral("đã thấy công dân có chữ ký số")));
        QVERIFY(dup.evidence[0].happened.contains(QStringLiteral("đối chiếu chứng thư số 4000")));
        QVERIFY(!dup.evidence[1].happened.contains(QStringLiteral("đã thấy")));
        const MinutesViolation &late = m.violations[1];
        QCOMPARE(late.clauses,
                 (QStringList {QStringLiteral("§1.4"), QStringLiteral("§2.2"), QStringLiteral("§4.3")}));
        QCOMPARE(late.evidence[0].happened,
                 QStringLiteral("Cập nhật lên Hue-S sau 2 ngày kể từ khi kích hoạt."));
        QCOMPARE(m.totalCases(), 7);

        // Rows come out in time order, whatever order the findings arrive in.
        sw::rules::Finding early;
        early.rule = QStringLiteral("REQUEST_EXPIRED");
        early.subjectKind = QStringLiteral("request");
        early.subjectId = 9;
        early.at = 2000;
        early.detail = {{QStringLiteral("late_seconds"), sw::rules::DetailValue(qint64(1))}};
        sw::rules::Finding later = early;
        later.subjectId = 3;
        later.at = 3000;
        const QList<MinutesViolation> expired = minutesViolationsFromFindings({later, early});
        QCOMPARE(expired.size(), 1);
        QCOMPARE(expired[0].evidence[0].record, QStringLiteral("Yêu cầu số 9"));
        QCOMPARE(expired[0].evidence[1].record, QStringLiteral("Yêu cầu số 3"));
        QCOMPARE(expired[0].evidence[0].happened,
                 QStringLiteral("Không hỗ trợ trong 48 giờ; quá hạn 1 giây."));
        // Every rule of the catalogue has its own wording.
        for (const sw::rules::RuleInfo &rule : sw::rules::ruleCatalogue())
            QVERIFY2(!violationDescription(rule.code).startsWith(QStringLiteral("Vi phạm ")),
                     qPrintable(rule.code));
    }

    void jsonRoundTrip()
    {
        const MinutesData minutes = sampleMinutes(5);
        const QByteArray bytes = QJsonDocument(toJson(minutes)).toJson();
        const sw::Result<MinutesData> back = minutesFromJson(QJsonDocument::fromJson(bytes).object());
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value(), minutes);
        QCOMPARE(toJson(back.value()), toJson(minutes));

        AnnouncementData announcement = announcementFromMinutes(minutes);
        announcement.number = 2;
        announcement.date = QDate(2024, 1, 8);
        const QByteArray aBytes = QJsonDocument(toJson(announcement)).toJson();
        const sw::Result<AnnouncementData> aBack
            = announcementFromJson(QJsonDocument::fromJson(aBytes).object());
        QVERIFY(aBack.ok());
        QCOMPARE(aBack.value(), announcement);

        // The announcement's draft holds no citizen data: no id, masked or not, and no key for one.
        QVERIFY(!QString::fromUtf8(aBytes).contains(QRegularExpression(QStringLiteral("\\d{9,}"))));
        QVERIFY(!aBytes.contains("046"));
        QVERIFY(!aBytes.contains("citizen"));
        QVERIFY(!aBytes.contains("evidence"));
        QCOMPARE(announcement.violations.size(), 2);
        QCOMPARE(announcement.violations[0].cases, 5);
        QCOMPARE(announcement.minutesNumber, 1);
        QCOMPARE(announcement.minutesDate, QDate(2024, 1, 5));

        // Wrong kind, newer version: refused, not misread.
        QVERIFY(!minutesFromJson(toJson(announcement)).ok());
        QJsonObject future = toJson(minutes);
        future.insert(QStringLiteral("version"), MinutesData::formatVersion + 1);
        const sw::Result<MinutesData> refused = minutesFromJson(future);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, sw::Error::Kind::InvalidInput);
    }

    void fontsAreBundled()
    {
        const sw::Result<QString> family = DocumentFonts::family();
        QVERIFY2(family.ok(), qPrintable(family.ok() ? QString() : family.error().message));
        QCOMPARE(family.value(), QStringLiteral("Liberation Serif"));
        QVERIFY(QFile::exists(QStringLiteral(":/fonts/LiberationSerif-BoldItalic.ttf")));
        QVERIFY(DocumentFonts::licenceText().contains(QStringLiteral("SIL Open Font License")));
    }

    void minutesPdf()
    {
        if (!sw::test::requireTool({"pdftotext", "pdffonts", "pdftoppm"}, "poppler-utils"))
            return;
        MinutesData minutes = sampleMinutes(90);
        // A full id typed into free text is masked too.
        minutes.providerExplanation += QStringLiteral(" Trường hợp công dân 046201123456 đã được thu hồi.");
        const sw::Result<PdfDocument> pdf = DocumentPdf::minutes(minutes);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().fullText()));
        QVERIFY(pdf->bytes.startsWith("%PDF-"));
        QCOMPARE(pdf->sha256, QCryptographicHash::hash(pdf->bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY2(pdf->pageCount >= 3, qPrintable(QString::number(pdf->pageCount)));
        const QString path = writePdf(pdf.value(), QStringLiteral("documents-minutes.pdf"));
        QVERIFY(!path.isEmpty());

        const QString raw = QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                                  {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                                   QStringLiteral("UTF-8"), path, QStringLiteral("-")}));
        QCOMPARE(raw, raw.normalized(QString::NormalizationForm_C));
        const QString text = flat(raw);
        for (const QString &expected :
             {QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ"),
              QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
              QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
              QStringLiteral("Số: 01/BB-STTTT"),
              QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 01 năm 2024"),
              QStringLiteral("BIÊN BẢN"),
              QStringLiteral("Hôm nay, vào hồi 09 giờ 30 phút ngày 05 tháng 01 năm 2024, tại Phòng họp"),
              QStringLiteral("vi phạm gạch đầu dòng thứ ba mục 1 và gạch đầu dòng thứ hai mục 3 Quy định."),
              QStringLiteral(
                  "vi phạm gạch đầu dòng thứ tư mục 1, gạch đầu dòng thứ hai mục 2 và gạch đầu dòng "
                  "thứ ba mục 4 Quy định."),
              QStringLiteral("046******000"),
              QStringLiteral("công dân 046******456 đã được thu hồi"),
              QStringLiteral("02/08/2023 08:00"),
              QStringLiteral("Tổng số: 90 trường hợp."),
              QStringLiteral("Tổng số: 3 trường hợp."),
              QStringLiteral("kể từ ngày 10/01/2024"),
              QStringLiteral(
                  "Biên bản kết thúc vào hồi 11 giờ 00 phút cùng ngày. Biên bản gồm %1 trang, được lập "
                  "thành 02 bản")
                  .arg(pdf->pageCount, 2, 10, QLatin1Char('0')),
              QStringLiteral("ĐẠI DIỆN DOANH NGHIỆP"),
              QStringLiteral("ĐẠI DIỆN SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
              QStringLiteral("KT. GIÁM ĐỐC"),
              QStringLiteral("PHÓ GIÁM ĐỐC"),
              QStringLiteral("Nơi nhận:"),
              QStringLiteral("- UBND tỉnh (b/c);"),
              QStringLiteral("- Lưu: VT, IOC")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // §1.7: no citizen id in full, anywhere.
        const QRegularExpressionMatch id = QRegularExpression(QStringLiteral("\\d{12}")).match(text);
        QVERIFY2(!id.hasMatch(), qPrintable(id.captured()));
        for (const EvidenceRow &row : minutes.violations[0].evidence)
            QVERIFY(!text.contains(row.citizenId));
        QCOMPARE(text.count(QStringLiteral("046******")), 94);

        // Page numbers from page 2, in the top margin; none on page 1.
        QCOMPARE(topMarginText(path, 1), QString());
        for (int page = 2; page <= pdf->pageCount; ++page)
            QCOMPARE(topMarginText(path, page), QString::number(page));
        // Page 3 lies inside the long table (page 1 holds the competence and the parties): its
        // column names are there only because the header row repeats.
        const QString evidenceHeader = QStringLiteral(
            "TT Mã hồ sơ trên Hue-S Số định danh cá nhân (đã che một phần) Thời điểm cấp (kích hoạt) "
            "Nội dung vi phạm");
        QVERIFY2(pdf->pageCount >= 4, qPrintable(QString::number(pdf->pageCount)));
        const QString page2 = flat(pageText(path, 3));
        QVERIFY(!page2.contains(QStringLiteral("Tổng số:")));
        QVERIFY(!page2.contains(QStringLiteral("II. NỘI DUNG")));
        QVERIFY2(page2.contains(evidenceHeader), qPrintable(page2.left(300)));
        // Every page the rows run onto starts with the column names, and cutting the table into
        // pieces lost or repeated no row.
        int rowsSeen = 0;
        for (int page = 1; page <= pdf->pageCount; ++page) {
            const QString pageFlat = flat(pageText(path, page));
            const int rows = int(pageFlat.count(QRegularExpression(QStringLiteral("Chứng thư số 5\\d{3}"))));
            if (rowsSeen > 0 && rows > 0) // a page the table runs onto
                QVERIFY2(pageFlat.startsWith(evidenceHeader), qPrintable(QString::number(page)));
            rowsSeen += rows;
        }
        QCOMPARE(rowsSeen, 90);
        checkFontsAndPictures(path, pdf->pageCount, QStringLiteral("documents-minutes"));
    }

    void announcementPdf()
    {
        if (!sw::test::requireTool({"pdftotext", "pdffonts", "pdftoppm"}, "poppler-utils"))
            return;
        MinutesData minutes = sampleMinutes(12);
        minutes.date = QDate(2023, 11, 10);
        minutes.exclusionDate = QDate(2023, 11, 20);
        AnnouncementData announcement = announcementFromMinutes(minutes);
        announcement.number = 2;
        announcement.date = QDate(2023, 11, 15);
        QVERIFY(DocumentPdf::missingFields(announcement).isEmpty());
        const sw::Result<PdfDocument> pdf = DocumentPdf::announcement(announcement);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().fullText()));
        const QString path = writePdf(pdf.value(), QStringLiteral("documents-announcement.pdf"));
        // Its section for citizens may carry the closing and the signature over to a second page.
        QVERIFY2(pdf->pageCount <= 2, qPrintable(QString::number(pdf->pageCount)));
        const QString text
            = flat(QString::fromUtf8(run(QStringLiteral("pdftotext"),
                                         {QStringLiteral("-raw"), QStringLiteral("-enc"),
                                          QStringLiteral("UTF-8"), path, QStringLiteral("-")})));
        for (const QString &expected :
             {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
              QStringLiteral("Độc lập - Tự do - Hạnh phúc"), QStringLiteral("Số: 02/TB-STTTT"),
              QStringLiteral("Thừa Thiên Huế, ngày 15 tháng 11 năm 2023"), QStringLiteral("THÔNG BÁO"),
              QStringLiteral("Căn cứ Biên bản số 01/BB-STTTT ngày 10/11/2023"),
              QStringLiteral("Viettel Thừa Thiên Huế (VIETTEL-CA)"),
              QStringLiteral("(cấp trùng): đã cấp trùng cho 12 công dân, vi phạm"),
              QStringLiteral("vi phạm gạch đầu dòng thứ ba mục 1 và gạch đầu dòng thứ hai mục 3 Quy định"),
              QStringLiteral("kể từ ngày 20/11/2023"), QStringLiteral("Nơi nhận:"),
              QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("Trần Văn Bình"),
              QStringLiteral("- Lưu: VT, IOC.")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        // No citizen data at all: no id (whole or masked), no citizen name, no evidence.
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d{9,}"))));
        QVERIFY(!text.contains(QLatin1Char('*')));
        QVERIFY(!text.contains(QStringLiteral("046")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral("Chứng thư số \\d")))); // no evidence record
        QCOMPARE(topMarginText(path, 1), QString());
        checkFontsAndPictures(path, pdf->pageCount, QStringLiteral("documents-announcement"));
    }

    // The announcement's default recipients follow the parent body of its day (organisation.md):
    // the province until 2024, Huế city since 2025, never a fixed "UBND tỉnh".
    void announcementRecipientsFollowTheParentBody()
    {
        MinutesData minutes = sampleMinutes(1);
        minutes.issuer.parentBody = QStringLiteral("UBND THÀNH PHỐ HUẾ");
        const QStringList city = announcementFromMinutes(minutes).recipients;
        QVERIFY2(city.contains(QStringLiteral("UBND thành phố Huế (để báo cáo)")),
                 qPrintable(city.join(QLatin1Char('|'))));
        QVERIFY(city.contains(QStringLiteral("Cổng Thông tin điện tử thành phố Huế (để đăng tải)")));
        QVERIFY(!city.join(QLatin1Char('|')).contains(QStringLiteral("tỉnh")));
        minutes.issuer.parentBody = QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ");
        const QStringList province = announcementFromMinutes(minutes).recipients;
        QVERIFY(province.contains(QStringLiteral("UBND tỉnh Thừa Thiên Huế (để báo cáo)")));
        QCOMPARE(province.last(), QStringLiteral("Lưu: VT, IOC"));
    }

    void announcementRefusesCitizenIds()
    {
        AnnouncementData announcement = announcementFromMinutes(sampleMinutes(2));
        announcement.violations[0].description += QStringLiteral(" (công dân 046200100001)");
        const sw::Result<PdfDocument> pdf = DocumentPdf::announcement(announcement);
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().kind, sw::Error::Kind::InvalidInput);
        QVERIFY(!pdf.error().message.contains(QStringLiteral("046200100001"))); // nor in the message
    }

    void draftsPrint()
    {
        const sw::Result<PdfDocument> fromDraft = DocumentPdf::fromDraft(toJson(sampleMinutes(3)));
        QVERIFY(fromDraft.ok());
        QVERIFY(fromDraft->bytes.startsWith("%PDF-"));
        QVERIFY(!writePdf(fromDraft.value(), QStringLiteral("documents-draft.pdf")).isEmpty());
        QVERIFY(!DocumentPdf::fromDraft(QJsonObject {{QStringLiteral("format"), QStringLiteral("x")}}).ok());
        MinutesData empty;
        QVERIFY(DocumentPdf::missingFields(empty).size() >= 5);
        QVERIFY(DocumentPdf::missingFields(sampleMinutes(1)).isEmpty());
    }

    // A signed draft's audit head goes into the PDF's XMP metadata, with the title and creator; a
    // draft without one keeps Qt's plain metadata.
    void signedMetadataCarriesAuditHead()
    {
        if (!sw::test::requireTool({"pdfinfo"}, "poppler-utils"))
            return;
        const QString hash
            = QString::fromLatin1(QCryptographicHash::hash("entry 57", QCryptographicHash::Sha256).toHex());
        QJsonObject draft = toJson(sampleMinutes(2));
        draft.insert(auditStampKey, toJson(AuditStamp {57, hash}));
        const sw::Result<PdfDocument> signedPdf = DocumentPdf::fromDraft(draft);
        QVERIFY(signedPdf.ok());
        const QString path = writePdf(signedPdf.value(), QStringLiteral("documents-signed-metadata.pdf"));
        const QString meta
            = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), path}));
        QVERIFY2(meta.contains(QStringLiteral("<signwatch:AuditEntries>57</signwatch:AuditEntries>")),
                 qPrintable(meta));
        QVERIFY2(meta.contains(QStringLiteral("<signwatch:AuditHead>%1</signwatch:AuditHead>").arg(hash)),
                 qPrintable(meta));
        QVERIFY2(meta.contains(QStringLiteral("Biên bản số 01/BB-STTTT")), qPrintable(meta));
        QVERIFY2(meta.contains(QStringLiteral("<xmp:CreatorTool>SignWatch</xmp:CreatorTool>")),
                 qPrintable(meta));
        // The document information keeps its title and creator.
        const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {path}));
        QVERIFY2(info.contains(QStringLiteral("Biên bản số 01/BB-STTTT")), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("SignWatch")), qPrintable(info));

        const sw::Result<PdfDocument> draftPdf = DocumentPdf::fromDraft(toJson(sampleMinutes(2)));
        QVERIFY(draftPdf.ok());
        const QString draftPath = writePdf(draftPdf.value(), QStringLiteral("documents-draft-metadata.pdf"));
        QVERIFY(!QString::fromUtf8(run(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), draftPath}))
                     .contains(QStringLiteral("AuditEntries")));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
