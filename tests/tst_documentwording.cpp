// The wording of the Department's documents (issue 15): citations of the regulation by its dashes
// ("gạch đầu dòng thứ ba mục 1"), the full reference given once per document, the personal-data law
// by the document's date, counts in words, dates in one style, codes that never break across lines,
// and the public announcement's substance (subject, measure, what citizens need to know, the
// signature's delegation). Text from pdftotext, layout facts from pdftotext -layout.
#include "CaseworkFixtures.h"
#include "RequireTool.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentFonts.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"
#include "documents/OfficialDocumentWriter.h"
#include "rules/Finding.h"
#include "rules/RegulationText.h"

#include <QJsonArray>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>
#include <QTimeZone>

using namespace sw::documents;

namespace {

QString citizenId(int serial)
{
    return QStringLiteral("0462%1%2")
        .arg(serial % 100, 2, 10, QLatin1Char('0'))
        .arg(100000 + serial, 6, 10, QLatin1Char('0'));
}

// Minutes of a case with `duplicates` duplicate issuances and two late updates, dated `date`.
MinutesData minutesOf(int duplicates, QDate date)
{
    MinutesData m;
    m.number = 3;
    m.year = date.year();
    m.date = date;
    m.startedAt = QDateTime(date, QTime(2, 30), QTimeZone::utc());
    m.closedAt = QDateTime(date, QTime(4, 0), QTimeZone::utc());
    m.meetingPlace = QStringLiteral("Phòng họp của Sở");
    m.departmentParticipants = {{QStringLiteral("Trần Văn Bình"), QStringLiteral("Phó Giám đốc Sở")}};
    m.providerParticipants = {{QStringLiteral("Phạm Minh Đức"), QStringLiteral("Giám đốc chi nhánh")}};
    m.provider = {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế")};
    QList<sw::rules::Finding> findings;
    for (int i = 0; i < duplicates; ++i) {
        sw::rules::Finding f;
        f.rule = QStringLiteral("DUPLICATE_ISSUANCE");
        f.subjectKind = QStringLiteral("certificate");
        f.subjectId = 5000 + i;
        f.citizenId = citizenId(i);
        f.at = sw::test::utcTime("2023-08-02T01:00:00Z").toSecsSinceEpoch() + i * 3600;
        f.evidence = {4000 + i};
        findings << f;
    }
    for (int i = 0; i < 2; ++i) {
        sw::rules::Finding f;
        f.rule = QStringLiteral("LATE_UPDATE");
        f.subjectKind = QStringLiteral("certificate");
        f.subjectId = 7000 + i;
        f.citizenId = citizenId(500 + i);
        f.at = sw::test::utcTime("2023-09-10T08:00:00Z").toSecsSinceEpoch() + i * 60;
        f.detail = {{QStringLiteral("delay_seconds"), sw::rules::DetailValue(qint64(172800))}};
        findings << f;
    }
    m.violations = minutesViolationsFromFindings(findings);
    m.providerExplanation = QStringLiteral("Doanh nghiệp thừa nhận các trường hợp nêu trên.");
    m.excludeProvider = true;
    m.exclusionDate = date.addDays(10);
    m.departmentSignatory = {{}, {}, QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Trần Văn Bình")};
    m.providerSignatory = {{}, {}, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("Phạm Minh Đức")};
    m.recipients = {QStringLiteral("Lưu: VT, IOC")};
    return m;
}

// The announcement of minutesOf(): dated five days after them, the deputy signing.
AnnouncementData announcementOf(const MinutesData &minutes)
{
    AnnouncementData a = announcementFromMinutes(minutes);
    a.number = 2;
    a.date = minutes.date.addDays(5);
    for (const sw::rules::RegulationAddressee &addressee : sw::rules::regulationAddressees())
        if (addressee.code != minutes.provider.code && addressee.code != QLatin1String("BKAV-CA"))
            a.remainingProviders.append({addressee.code, addressee.name});
    return a;
}

// "khoản 3 mục 1": an invented clause ("tài khoản", an account, and "khoản phí", a fee, are words).
const QRegularExpression inventedClause(QStringLiteral("khoản\\s+\\d"));

} // namespace

class TestDocumentWording : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString run(const QString &program, const QStringList &arguments)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            qWarning() << program << arguments << process.readAllStandardError();
            return QStringLiteral("<tool failed>");
        }
        return QString::fromUtf8(process.readAllStandardOutput());
    }

    // pdftotext of a rendered document: -raw flattened to one line, or -layout as printed.
    QString pdfText(const PdfDocument &pdf, const QString &name, bool layout = false)
    {
        const QString path = m_dir.filePath(name);
        if (!DocumentPdf::save(pdf, path))
            return {};
        const QString text
            = run(QStringLiteral("pdftotext"),
                  {layout ? QStringLiteral("-layout") : QStringLiteral("-raw"), QStringLiteral("-enc"),
                   QStringLiteral("UTF-8"), path, QStringLiteral("-")});
        return layout ? text : text.simplified();
    }

    // The lines Qt breaks `text` into at `width` points in the documents' font.
    static QStringList linesOf(const QString &text, qreal width)
    {
        QTextLayout layout(text, DocumentFonts::font(DocumentFonts::family().value(), 14));
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
            line.setLineWidth(width);
        layout.endLayout();
        QStringList lines;
        for (int i = 0; i < layout.lineCount(); ++i)
            lines << text.mid(layout.lineAt(i).textStart(), layout.lineAt(i).textLength());
        return lines;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void clauseWordsCountDashes_data()
    {
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("words");
        QTest::newRow("§1.1") << "§1.1" << QStringLiteral("gạch đầu dòng thứ nhất mục 1");
        QTest::newRow("§1.2") << "§1.2" << QStringLiteral("gạch đầu dòng thứ hai mục 1");
        QTest::newRow("§1.3") << "§1.3" << QStringLiteral("gạch đầu dòng thứ ba mục 1");
        QTest::newRow("§4.4") << "§4.4" << QStringLiteral("gạch đầu dòng thứ tư mục 4");
        QTest::newRow("§1.5") << "§1.5" << QStringLiteral("gạch đầu dòng thứ năm mục 1");
        QTest::newRow("§1.6") << "§1.6" << QStringLiteral("gạch đầu dòng thứ sáu mục 1");
        QTest::newRow("§1.7") << "§1.7" << QStringLiteral("gạch đầu dòng thứ bảy mục 1");
        QTest::newRow("§5.3") << "§5.3" << QStringLiteral("gạch đầu dòng thứ ba mục 5");
        QTest::newRow("§5") << "§5" << QStringLiteral("mục 5");
        QTest::newRow("not a clause") << "Điều 7" << QStringLiteral("Điều 7");
    }
    void clauseWordsCountDashes()
    {
        QFETCH(QString, clause);
        QFETCH(QString, words);
        QCOMPARE(clauseWords(clause), words);
    }

    // Every clause of the letter: its dash counted under its part, never "khoản".
    void everyClauseByItsDash()
    {
        int part = 0;
        int dash = 0;
        for (const sw::rules::RegulationClause &clause : sw::rules::regulationClauses()) {
            const int p = clause.number.mid(1).section(QLatin1Char('.'), 0, 0).toInt();
            dash = p == part ? dash + 1 : 1;
            part = p;
            QCOMPARE(clauseWords(clause.number),
                     QStringLiteral("gạch đầu dòng %1 mục %2").arg(ordinalWords(dash)).arg(part));
        }
        QCOMPARE(ordinalWords(4), QStringLiteral("thứ tư"));
        QCOMPARE(ordinalWords(11), QStringLiteral("thứ 11"));
        QCOMPARE(clauseList({QStringLiteral("§1.4"), QStringLiteral("§2.2"), QStringLiteral("§4.3")}),
                 QStringLiteral("gạch đầu dòng thứ tư mục 1, gạch đầu dòng thứ hai mục 2 và gạch đầu dòng "
                                "thứ ba mục 4"));
    }

    // The first citation gives the full reference and the short name; the later ones use it.
    void citationsDefineTheShortNameOnce()
    {
        Citations cite;
        QVERIFY(!cite.referenceGiven());
        QCOMPARE(cite.clause(QStringLiteral("§1.3")),
                 QStringLiteral("gạch đầu dòng thứ ba mục 1 Quy định ban hành kèm theo Công văn số "
                                "2016/STTTT-IOC ngày 28/7/2023 của Sở Thông tin và Truyền thông (sau đây gọi "
                                "là Quy định)"));
        QVERIFY(cite.referenceGiven());
        QCOMPARE(cite.clause(QStringLiteral("§1.3")), QStringLiteral("gạch đầu dòng thứ ba mục 1 Quy định"));
        QCOMPARE(cite.part(5), QStringLiteral("mục 5 Quy định"));
        QCOMPARE(cite.regulation(), QStringLiteral("Quy định"));

        Citations basis;
        QVERIFY(basis.basis().startsWith(QStringLiteral("Quy định về triển khai chiến dịch cấp chữ ký số")));
        QCOMPARE(basis.clause(QStringLiteral("§5.3")), QStringLiteral("gạch đầu dòng thứ ba mục 5 Quy định"));
        // In a document that defined the short name itself.
        QCOMPARE(clauseCitation({QStringLiteral("§1.3"), QStringLiteral("§3.2")}),
                 QStringLiteral("gạch đầu dòng thứ ba mục 1 và gạch đầu dòng thứ hai mục 3 Quy định"));
    }

    void personalDataLawByDate_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QStringList>("cited");
        QTest::addColumn<QStringList>("notCited");
        const QStringList decree13 = {QStringLiteral("Nghị định số 13/2023/NĐ-CP")};
        const QStringList law91 = {QStringLiteral("Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15"),
                                   QStringLiteral("Nghị định số 356/2025/NĐ-CP")};
        QTest::newRow("2024") << QDate(2024, 1, 5) << decree13 << law91;
        QTest::newRow("last day of Decree 13") << QDate(2025, 12, 31) << decree13 << law91;
        QTest::newRow("first day of Law 91") << QDate(2026, 1, 1) << law91 << decree13;
        QTest::newRow("an undated draft: the law in force now") << QDate() << law91 << decree13;
    }
    void personalDataLawByDate()
    {
        QFETCH(QDate, date);
        QFETCH(QStringList, cited);
        QFETCH(QStringList, notCited);
        const QString law = personalDataLaw(date);
        for (const QString &text : cited)
            QVERIFY2(law.contains(text), qPrintable(law));
        for (const QString &text : notCited)
            QVERIFY2(!law.contains(text), qPrintable(law));
        QVERIFY(maskingNotice(date).contains(law));
        // Not the providers' duty of confidentiality (§1.7).
        QVERIFY(!maskingNotice(date).contains(QStringLiteral("mục 1")));
    }

    void datesAndCounts()
    {
        QCOMPARE(textDate(QDate(2024, 1, 5)), QStringLiteral("ngày 05/01/2024"));
        QCOMPARE(textDate(QDate(2023, 7, 28)), QStringLiteral("ngày 28/7/2023"));
        QCOMPARE(textDate(QDate(2023, 11, 20)), QStringLiteral("ngày 20/11/2023"));
        QCOMPARE(casesInWords(QStringLiteral("DUPLICATE_ISSUANCE"), 40),
                 QStringLiteral("đã cấp trùng cho 40 công dân"));
        QCOMPARE(casesInWords(QStringLiteral("LATE_UPDATE"), 1234),
                 QStringLiteral("đã chậm cập nhật lên Hue-S 1.234 chứng thư số"));
        QCOMPARE(casesInWords(QString(), 3), QStringLiteral("3 trường hợp"));
    }

    void delegation()
    {
        const Signatory deputy
            = withDelegation({{}, {}, QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("A")});
        QCOMPARE(deputy.authority, QStringLiteral("KT. GIÁM ĐỐC"));
        QCOMPARE(deputy.title, QStringLiteral("PHÓ GIÁM ĐỐC"));
        QCOMPARE(withDelegation({{}, {}, QStringLiteral("GIÁM ĐỐC"), QStringLiteral("A")}).authority,
                 QString());
        QCOMPARE(
            withDelegation({{}, QStringLiteral("Q. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"), {}}).authority,
            QStringLiteral("Q. GIÁM ĐỐC"));
    }

    // Qt would break "2016/STTTT-IOC" after its slash or hyphen at some widths; with the joiners
    // it never does, and the letters are unchanged.
    void codesDoNotBreakInTheLayout()
    {
        const QString code = QStringLiteral("Căn cứ Công văn số 2016/STTTT-IOC của Sở");
        QCOMPARE(unbreakableCodes(code).remove(QChar(0x200D)), code);
        QCOMPARE(unbreakableCodes(QStringLiteral("Độc lập - Tự do")), QStringLiteral("Độc lập - Tự do"));
        QCOMPARE(unbreakableCodes(QStringLiteral("VIETTEL-CA")), QStringLiteral("VIETTEL-\u200DCA"));
        int brokenWithout = 0;
        for (qreal width = 120; width <= 320; width += 2) {
            for (const QString &line : linesOf(code, width))
                if (line.endsWith(QLatin1Char('-')) || line.endsWith(QLatin1Char('/')))
                    ++brokenWithout;
            for (const QString &line : linesOf(unbreakableCodes(code), width)) {
                QVERIFY2(!line.endsWith(QLatin1Char('-')) && !line.endsWith(QLatin1Char('/')),
                         qPrintable(QStringLiteral("%1 pt: %2").arg(width).arg(line)));
                QVERIFY2(!line.startsWith(QChar(0x200D)), qPrintable(line));
            }
        }
        QVERIFY2(brokenWithout > 0, "the widths tried never broke the bare code: the test proves nothing");
    }

    // In a PDF: paragraphs that would break at the hyphen and narrow table headers keep the codes
    // whole (pdftotext -layout prints each on one line), the font is still the bundled one only,
    // and the text reads as typed.
    void codesStayWholeInThePdf()
    {
        if (!sw::test::requireTool({"pdftotext", "pdffonts"}, "poppler-utils"))
            return;
        auto created = OfficialDocumentWriter::create();
        QVERIFY(created.ok());
        OfficialDocumentWriter &w = *created.value();
        const int paragraphs = 60;
        for (int i = 0; i < paragraphs; ++i)
            w.paragraph(QString(i, QLatin1Char('m'))
                        + QStringLiteral(" theo Công văn số 2016/STTTT-IOC và VIETTEL-CA"));
        // Columns wider than the code, narrower than the header: the header wraps.
        int tables = 0;
        for (int share = 18; share <= 34; ++share, ++tables)
            w.table({.columns = {QStringLiteral("Tỷ trọng"), QStringLiteral("Số chứng thư VIETTEL-CA")},
                     .rows = {{QStringLiteral("1"), QStringLiteral("2")}},
                     .widths = {100.0 - share, qreal(share)}});
        const auto pdf = w.finish(QStringLiteral("codes"));
        QVERIFY(pdf.ok());
        const QString layout = pdfText(pdf.value(), QStringLiteral("codes.pdf"), true);
        QCOMPARE(int(layout.count(QStringLiteral("2016/STTTT-IOC"))), paragraphs);
        QCOMPARE(int(layout.count(QStringLiteral("VIETTEL-CA"))), paragraphs + tables);
        static const QRegularExpression brokenCode(QStringLiteral("(VIETTEL-|STTTT-|2016/)\\s*$"));
        for (const QString &line : layout.split(QLatin1Char('\n')))
            QVERIFY2(!brokenCode.match(line).hasMatch() && !line.contains(QChar(0x200D)), qPrintable(line));
        // The joiner is the bundled font's own: no other font was fetched for it.
        const QStringList fonts
            = run(QStringLiteral("pdffonts"), {m_dir.filePath(QStringLiteral("codes.pdf"))})
                  .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                  .mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &font : fonts)
            QVERIFY2(font.startsWith(QStringLiteral("LiberationSerif")), qPrintable(font));
    }

    // Minutes cite the regulation in full once, then by its short name; by dashes, never "khoản";
    // the masking rests on the personal-data law of their date.
    void minutesCiteOnce()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        for (const QDate date : {QDate(2024, 1, 5), QDate(2026, 2, 3)}) {
            const auto pdf = DocumentPdf::minutes(minutesOf(4, date));
            QVERIFY(pdf.ok());
            const QString text = pdfText(pdf.value(), QStringLiteral("minutes.pdf"));
            QCOMPARE(int(text.count(QStringLiteral("(sau đây gọi là Quy định)"))), 1);
            QCOMPARE(int(text.count(QStringLiteral("2016/STTTT-IOC"))), 1);
            QVERIFY2(!text.contains(inventedClause), qPrintable(text));
            QVERIFY(
                text.contains(QStringLiteral("vi phạm gạch đầu dòng thứ ba mục 1 và gạch đầu dòng thứ hai "
                                             "mục 3 Quy định")));
            QVERIFY(text.contains(QStringLiteral("gạch đầu dòng thứ ba mục 5 Quy định")));
            QVERIFY(text.contains(personalDataLaw(date)));
            QVERIFY(!text.contains(QStringLiteral("bảo mật thông tin người dân")));
            QVERIFY(!text.contains(QStringLiteral("::")));
        }
    }

    void announcementSaysWhatCitizensNeed()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        const AnnouncementData a = announcementOf(minutesOf(40, QDate(2023, 11, 10)));
        QVERIFY2(DocumentPdf::missingFields(a).isEmpty(),
                 qPrintable(DocumentPdf::missingFields(a).join(u',')));
        const auto pdf = DocumentPdf::announcement(a);
        QVERIFY2(pdf.ok(), qPrintable(pdf.ok() ? QString() : pdf.error().fullText()));
        const QString text = pdfText(pdf.value(), QStringLiteral("announcement.pdf"));
        for (const QString &expected : {
                 // The subject names the provider and the measure.
                 QStringLiteral("Về việc loại Viettel Thừa Thiên Huế (VIETTEL-CA) khỏi chương trình cấp miễn "
                                "phí chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế"),
                 QStringLiteral("Căn cứ Quy định về triển khai chiến dịch cấp chữ ký số công cộng"),
                 QStringLiteral("Căn cứ Biên bản số 03/BB-STTTT ngày 10/11/2023"),
                 // Counts in words, citations by dashes and the short name.
                 QStringLiteral(
                     "(cấp trùng): đã cấp trùng cho 40 công dân, vi phạm gạch đầu dòng thứ ba mục 1 "
                     "và gạch đầu dòng thứ hai mục 3 Quy định;"),
                 QStringLiteral("đã chậm cập nhật lên Hue-S 2 chứng thư số"),
                 // The measure and its date.
                 QStringLiteral("Căn cứ gạch đầu dòng thứ ba mục 5 Quy định, kể từ ngày 20/11/2023, Viettel "
                                "Thừa Thiên Huế (VIETTEL-CA) bị loại khỏi chương trình"),
                 // What citizens need to know.
                 QStringLiteral("Chứng thư số do Viettel Thừa Thiên Huế (VIETTEL-CA) đã cấp cho người dân "
                                "trước ngày 20/11/2023 vẫn có giá trị sử dụng"),
                 QStringLiteral("không tính lại từ đầu (gạch đầu dòng thứ năm mục 1 Quy định)"),
                 QStringLiteral(
                     "đang tham gia chương trình: VNPT Thừa Thiên Huế (VNPT-CA), Công ty Cổ phần MISA "
                     "(MISA-CA), Công ty TNHH Hệ thống thông tin FPT (FPT-CA), Công ty Cổ phần Công "
                     "nghệ Thẻ Nacencomm (CA2) (gạch đầu dòng thứ hai mục 1 Quy định)"),
                 QStringLiteral("người dân liên hệ Sở Thông tin và Truyền thông"),
                 // The deputy signs on the director's behalf.
                 QStringLiteral("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"),
                 QStringLiteral("Trần Văn Bình"),
             })
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral("\n\n") + text));
        QCOMPARE(int(text.count(QStringLiteral("(sau đây gọi là Quy định)"))), 1);
        QCOMPARE(int(text.count(QStringLiteral("2016/STTTT-IOC"))), 1);
        QVERIFY(!text.contains(QStringLiteral("BKAV-CA"))); // excluded before: not offered
        QVERIFY(!text.contains(inventedClause));
        QVERIFY(!text.contains(QStringLiteral("tháng … năm …")));
        QVERIFY(!text.contains(QStringLiteral("trường hợp")));
        QVERIFY(!text.contains(QStringLiteral("::")));
        QVERIFY(!text.contains(QRegularExpression(QStringLiteral(":\\s*:"))));
    }

    // A draft without the exclusion date cannot be signed, and its preview says the date is
    // missing instead of printing dots.
    void announcementWithoutExclusionDate()
    {
        if (!sw::test::requireTool({"pdftotext"}, "poppler-utils"))
            return;
        AnnouncementData a = announcementOf(minutesOf(2, QDate(2024, 3, 1)));
        a.exclusionDate = QDate();
        QVERIFY(DocumentPdf::missingFields(a).contains(QStringLiteral("the exclusion date")));
        const auto pdf = DocumentPdf::announcement(a);
        QVERIFY(pdf.ok());
        const QString text = pdfText(pdf.value(), QStringLiteral("announcement-draft.pdf"));
        QVERIFY(!text.contains(QStringLiteral("tháng …")));
        QVERIFY(text.contains(QStringLiteral("kể từ ngày [chưa nhập ngày loại]")));
        QVERIFY(text.contains(QStringLiteral("người dân liên hệ Sở Thông tin và Truyền thông để được")));

        // With the body's seat recorded, citizens are told where it is.
        a.issuer.address = QStringLiteral("số 06 Hoàng Hoa Thám, phường Thuận Hóa, thành phố Huế");
        const auto withSeat = DocumentPdf::announcement(a);
        QVERIFY(withSeat.ok());
        QVERIFY(pdfText(withSeat.value(), QStringLiteral("announcement-seat.pdf"))
                    .contains(QStringLiteral("người dân liên hệ Sở Thông tin và Truyền thông (địa chỉ: số 06 "
                                             "Hoàng Hoa Thám, phường Thuận Hóa, thành phố Huế) để được")));
    }

    // Drafts written before the announcement named the provider or kept its rule read as before,
    // and take the new subject.
    void olderAnnouncementDraftsStillRead()
    {
        AnnouncementData a = announcementOf(minutesOf(2, QDate(2024, 3, 1)));
        QJsonObject old = toJson(a);
        old.remove(QStringLiteral("remaining_providers"));
        old.insert(
            QStringLiteral("subject"),
            QStringLiteral("Về việc doanh nghiệp vi phạm và bị loại khỏi chương trình cấp miễn phí chứng "
                           "thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế"));
        QJsonArray violations = old.value(QStringLiteral("violations")).toArray();
        for (QJsonValueRef v : violations) {
            QJsonObject o = v.toObject();
            o.remove(QStringLiteral("rule"));
            v = o;
        }
        old.insert(QStringLiteral("violations"), violations);
        const auto read = announcementFromJson(old);
        QVERIFY(read.ok());
        QCOMPARE(read->subject, announcementSubject(a.provider));
        QVERIFY(read->remainingProviders.isEmpty());
        QCOMPARE(read->violations[0].ruleCode, QString());
        QCOMPARE(casesInWords(read->violations[0].ruleCode, read->violations[0].cases),
                 QStringLiteral("2 trường hợp"));
        const auto back = announcementFromJson(toJson(a));
        QVERIFY(back.ok());
        QCOMPARE(back.value(), a);
        QCOMPARE(back->remainingProviders.size(), 4);
        QCOMPARE(back->violations[0].ruleCode, QStringLiteral("DUPLICATE_ISSUANCE"));
    }
};

QTEST_MAIN(TestDocumentWording)
#include "tst_documentwording.moc"
