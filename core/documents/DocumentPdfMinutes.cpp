// Minutes (biên bản làm việc) to PDF: DocumentPdf::minutes and what signing needs of them.
#include "documents/DocumentPdf.h"

#include "documents/DocumentWording.h"
#include "documents/MinutesWording.h"
#include "privacy/Masking.h"

#include <algorithm>

namespace sw::documents {

namespace {

// "- text;" for all but the last item of a list, "- text." for the last.
QString listItem(const QString &text, bool last)
{
    QString item = text.trimmed();
    while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
        item.chop(1);
    return QStringLiteral("- ") + item + (last ? QLatin1Char('.') : QLatin1Char(';'));
}

void participants(OfficialDocumentWriter &writer, const QList<Participant> &people)
{
    for (qsizetype i = 0; i < people.size(); ++i)
        writer.paragraph(listItem(participantWords(people[i]), i + 1 == people.size()));
}

bool hasEarlierRecord(const MinutesViolation &violation)
{
    return std::any_of(violation.evidence.cbegin(), violation.evidence.cend(), [](const EvidenceRow &row) {
        return !row.earlierProvider.isEmpty() || row.earlierRecordedAt.isValid();
    });
}

// "VNPT-CA, lên Hue-S lúc 02/08/2023 09:15": the certificate the citizen already held (§1.4).
QString earlierRecord(const EvidenceRow &row)
{
    QStringList parts;
    if (!row.earlierProvider.isEmpty())
        parts << row.earlierProvider;
    if (row.earlierRecordedAt.isValid())
        parts << QStringLiteral("cập nhật lên Hue-S lúc %1").arg(evidenceTime(row.earlierRecordedAt));
    return parts.isEmpty() ? QStringLiteral("—") : parts.join(QStringLiteral(", "));
}

// One violation's evidence: what each column is, said in its header (issue 15).
DocumentTable evidenceTable(const MinutesViolation &violation)
{
    const bool earlier = hasEarlierRecord(violation);
    QStringList columns
        = {QStringLiteral("TT"), QStringLiteral("Mã hồ sơ trên Hue-S"),
           QStringLiteral("Số định danh cá nhân (đã che một phần)"), evidenceTimeHeader(violation.ruleCode)};
    if (earlier)
        columns << QStringLiteral("Chứng thư có trước: doanh nghiệp cấp, thời điểm cập nhật lên Hue-S");
    columns << QStringLiteral("Nội dung vi phạm");
    QList<QStringList> rows;
    for (qsizetype r = 0; r < violation.evidence.size(); ++r) {
        const EvidenceRow &row = violation.evidence[r];
        QStringList cells = {QString::number(r + 1), row.record, privacy::maskCitizenId(row.citizenId),
                             row.at.isValid() ? evidenceTime(row.at) : QStringLiteral("—")};
        if (earlier)
            cells << earlierRecord(row);
        cells << row.happened;
        rows.append(cells);
    }
    if (earlier)
        return {.columns = columns, .rows = rows, .widths = {7, 13, 18, 14, 20, 28}, .centred = {0, 2, 3}};
    return {.columns = columns, .rows = rows, .widths = {6, 15, 18, 18, 43}, .centred = {0, 2, 3}};
}

// The signature blocks' titles in capitals, as Decree 30 prints them ("KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC").
Signatory capitalised(Signatory signatory, const QString &heading)
{
    if (signatory.heading.trimmed().isEmpty())
        signatory.heading = heading;
    signatory.heading = signatory.heading.toUpper();
    signatory.authority = signatory.authority.toUpper();
    signatory.title = signatory.title.toUpper();
    return signatory;
}

// `pages`: the count the closing states; `closingOnNewPage`: the closing, the signatures and the
// recipients start a page.
Result<PdfDocument> render(const MinutesData &m, const AuditStamp &audit, int pages, bool closingOnNewPage)
{
    auto created = OfficialDocumentWriter::create();
    if (!created)
        return created.error();
    OfficialDocumentWriter &w = *created.value();
    const QString provider = providerName(m.provider);
    const QString body = m.issuer.bodyInText;
    Citations cite; // the regulation in full once (the competence line), then "Quy định"

    w.header(m.issuer, numberLine(m.number, DocumentKind::Minutes, m.issuer),
             dateLine(m.issuer.place, m.date));
    w.title(minutesTypeName(), minutesSubjectOf(m));

    // The competence, then 1. time and place.
    w.paragraph(competenceLine(m.issuer, cite));
    w.paragraph(meetingOpening(m.startedAt, m.meetingPlace)
                + QStringLiteral(", %1 lập biên bản làm việc với %2 về việc xác định vi phạm Quy định.")
                      .arg(body, provider));

    // 2. Participants.
    w.sectionHeading(QStringLiteral("I. THÀNH PHẦN"));
    w.paragraph({}, QStringLiteral("1. Đại diện %1:").arg(body));
    w.keepWithNext();
    participants(w, m.departmentParticipants);
    w.paragraph({}, QStringLiteral("2. Đại diện doanh nghiệp %1:").arg(providerPartyLine(m.provider)));
    w.keepWithNext();
    participants(w, m.providerParticipants);
    if (!m.witnesses.isEmpty()) {
        w.paragraph({}, QStringLiteral("3. Người chứng kiến:"));
        w.keepWithNext();
        participants(w, m.witnesses);
    }

    // 3. Content: each violation, the clauses it breaks, its evidence and its total.
    w.sectionHeading(QStringLiteral("II. NỘI DUNG"));
    w.paragraph(
        QStringLiteral("Qua giám sát dữ liệu cấp phát chữ ký số trên nền tảng Hue-S, %1 xác định %2 có %3 "
                       "hành vi vi phạm với tổng số %4 trường hợp, cụ thể như sau:")
            .arg(body, provider)
            .arg(m.violations.size())
            .arg(m.totalCases()));
    // §1.7: the evidence names no one and shows ids masked, as the personal-data law of the day asks.
    w.paragraph(maskingNotice(m.date));
    for (qsizetype v = 0; v < m.violations.size(); ++v) {
        const MinutesViolation &violation = m.violations[v];
        w.paragraph(QStringLiteral(", vi phạm %1.").arg(cite.clauses(violation.clauses)),
                    QStringLiteral("%1. %2").arg(v + 1).arg(violation.description));
        w.keepWithNext();
        if (!violation.evidence.isEmpty())
            w.table(evidenceTable(violation));
        w.paragraph(QStringLiteral("Tổng số: %1 trường hợp.").arg(violation.total()));
    }

    // 4. The provider's opinion: recorded, none, or a refusal to sign; never a dotted line.
    w.sectionHeading(QStringLiteral("III. Ý KIẾN CỦA DOANH NGHIỆP"));
    const QString opinion = providerOpinionText(m);
    w.paragraph(opinion.isEmpty() ? QStringLiteral("(Chưa ghi ý kiến của doanh nghiệp.)") : opinion);

    // 5. Conclusion and measures.
    w.sectionHeading(QStringLiteral("IV. KẾT LUẬN VÀ BIỆN PHÁP XỬ LÝ"));
    w.paragraph({}, QStringLiteral("1. Kết luận:"));
    w.keepWithNext();
    w.paragraph(m.conclusion.trimmed().isEmpty() ? QStringLiteral("(Chưa ghi kết luận.)")
                                                 : m.conclusion.trimmed());
    QStringList measures;
    if (m.excludeProvider)
        measures << exclusionMeasure(m.provider, m.exclusionDate); // §5.3
    measures += m.measures;
    w.paragraph({}, QStringLiteral("2. Biện pháp xử lý:"));
    w.keepWithNext();
    if (measures.isEmpty())
        w.paragraph(QStringLiteral("(Chưa ghi biện pháp xử lý.)"));
    for (qsizetype i = 0; i < measures.size(); ++i)
        w.paragraph(listItem(measures[i], i + 1 == measures.size()));

    // 6. Closing, with the number of pages.
    QString closing = clockWords(m.closedAt);
    if (m.closedAt.isValid() && m.startedAt.isValid()
        && provinceTime(m.closedAt).date() == provinceTime(m.startedAt).date())
        closing += QStringLiteral(" cùng ngày");
    else
        closing += QLatin1Char(' ')
            + vietnameseDate(m.closedAt.isValid() ? provinceTime(m.closedAt).date() : QDate());
    const bool refused = m.providerOpinion == ProviderOpinion::RefusedToSign;
    w.paragraph(
        QStringLiteral("Biên bản kết thúc vào hồi %1. %2, được lập thành %3 bản có nội dung và giá trị như "
                       "nhau, mỗi bên giữ %4 bản; đã được đọc lại cho những người tham dự cùng nghe%5")
            .arg(closing, pageCountWords(pages), twoDigits(m.copies), twoDigits(m.copiesPerParty),
                 refused ? QStringLiteral("; đại diện doanh nghiệp không ký biên bản./.")
                         : QStringLiteral(", thống nhất và ký tên dưới đây./.")));
    if (closingOnNewPage)
        w.breakBeforeLast();
    w.keepWithNext(); // the closing words stay with the signatures

    // 7. Signatures: the provider's representative left, the Department's right.
    Signatory providerSide = capitalised(m.providerSignatory, QStringLiteral("ĐẠI DIỆN DOANH NGHIỆP"));
    if (refused && providerSide.title.isEmpty())
        providerSide.title = QStringLiteral("(KHÔNG KÝ BIÊN BẢN)");
    const Signatory departmentSide = capitalised(
        m.departmentSignatory, QStringLiteral("ĐẠI DIỆN") + QChar(QChar::LineSeparator) + m.issuer.body);
    w.signatures({providerSide, departmentSide}, 1); // the Department's side is signed digitally

    // 8. Recipients, the archive last.
    w.recipients(recipientsWithArchive(m.recipients));

    return w.finish(
        QStringLiteral("Biên bản số %1").arg(documentNumber(m.number, DocumentKind::Minutes, m.issuer)),
        audit,
        {m.number > 0 ? documentNumber(m.number, DocumentKind::Minutes, m.issuer) : QString(), m.issuer.body,
         m.date});
}

} // namespace

QStringList DocumentPdf::missingFields(const MinutesData &m)
{
    return m.missingFields();
}

Result<PdfDocument> DocumentPdf::minutes(const MinutesData &m, const AuditStamp &audit)
{
    // "Biên bản gồm … trang" needs the page count, known after layout: lay out again with the count
    // until it holds (the count's two digits keep the width, so a second pass nearly always does).
    // When the recipients would fall alone onto a page after the signatures, the closing, the
    // signatures and the recipients start the last page together.
    int pages = 1;
    bool closingOnNewPage = false;
    for (int pass = 0;; ++pass) {
        Result<PdfDocument> pdf = render(m, audit, pages, closingOnNewPage);
        if (!pdf)
            return pdf;
        const bool recipientsAlone = pdf->signerSlot && pdf->signerSlot->page + 1 < pdf->pageCount;
        if ((pdf->pageCount == pages && (closingOnNewPage || !recipientsAlone)) || pass == 4)
            return pdf;
        closingOnNewPage = closingOnNewPage || recipientsAlone;
        pages = pdf->pageCount;
    }
}

} // namespace sw::documents
