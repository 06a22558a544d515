#include "documents/DocumentPdf.h"

#include "documents/DocumentWording.h"
#include "privacy/Masking.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace sw::documents {

namespace {

// This file's strings are in the translation context "Documents" (lupdate reads Documents::tr).
struct Documents
{
    Q_DECLARE_TR_FUNCTIONS(Documents)
};

// "Viettel Thừa Thiên Huế (VIETTEL-CA)".
QString providerName(const ProviderParty &provider)
{
    if (provider.legalName.isEmpty())
        return provider.code.isEmpty() ? QStringLiteral("…") : provider.code;
    if (provider.code.isEmpty())
        return provider.legalName;
    return provider.legalName + QStringLiteral(" (") + provider.code + QLatin1Char(')');
}

// "- text;" for all but the last item of a list, "- text." for the last.
QString listItem(const QString &text, bool last)
{
    QString item = text.trimmed();
    while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
        item.chop(1);
    return QStringLiteral("- ") + item + (last ? QLatin1Char('.') : QLatin1Char(';'));
}

QString participantLine(const Participant &participant)
{
    if (participant.title.isEmpty())
        return participant.name;
    return participant.name + QStringLiteral(", ") + participant.title;
}

void participants(OfficialDocumentWriter &writer, const QList<Participant> &people)
{
    for (qsizetype i = 0; i < people.size(); ++i)
        writer.paragraph(listItem(participantLine(people[i]), i + 1 == people.size()));
}

// §5.3: the Department removes the provider from the programme.
const QString exclusionClause = QStringLiteral("§5.3");

// Every text of an announcement: it is published, so none of it may look like a citizen id.
QStringList announcementTexts(const AnnouncementData &a)
{
    QStringList texts = {a.issuer.parentBody,   a.issuer.body,        a.issuer.bodyCode,
                         a.issuer.bodyInText,   a.issuer.place,       a.subject,
                         a.provider.code,       a.provider.legalName, a.signatory.heading,
                         a.signatory.authority, a.signatory.title,    a.signatory.name};
    texts += a.recipients;
    for (const ProviderParty &remaining : a.remainingProviders)
        texts << remaining.code << remaining.legalName;
    for (const AnnouncedViolation &violation : a.violations) {
        texts << violation.description;
        texts += violation.clauses;
    }
    return texts;
}

// What the XMP metadata says of the document: its number once it has one, its body, its date.
DocumentFacts facts(int number, DocumentKind kind, const Issuer &issuer, QDate date)
{
    return {number > 0 ? documentNumber(number, kind, issuer) : QString(), issuer.body, date};
}

} // namespace

QStringList DocumentPdf::missingFields(const MinutesData &m)
{
    QStringList missing;
    if (m.number <= 0)
        missing << Documents::tr("the number");
    if (!m.date.isValid())
        missing << Documents::tr("the date");
    if (!m.startedAt.isValid())
        missing << Documents::tr("the time of the meeting");
    if (m.meetingPlace.trimmed().isEmpty())
        missing << Documents::tr("the place of the meeting");
    if (m.departmentParticipants.isEmpty())
        missing << Documents::tr("the Department's participants");
    if (m.provider.code.isEmpty() || m.provider.legalName.isEmpty())
        missing << Documents::tr("the provider");
    if (m.violations.isEmpty())
        missing << Documents::tr("the violations");
    if (!m.closedAt.isValid())
        missing << Documents::tr("the closing time");
    if (m.departmentSignatory.name.trimmed().isEmpty())
        missing << Documents::tr("the Department's signatory");
    return missing;
}

QStringList DocumentPdf::missingFields(const AnnouncementData &a)
{
    QStringList missing;
    if (a.number <= 0)
        missing << Documents::tr("the number");
    if (!a.date.isValid())
        missing << Documents::tr("the date");
    if (a.provider.code.isEmpty() || a.provider.legalName.isEmpty())
        missing << Documents::tr("the provider");
    if (a.minutesNumber <= 0 || !a.minutesDate.isValid())
        missing << Documents::tr("the minutes it cites");
    if (a.violations.isEmpty())
        missing << Documents::tr("the violations");
    if (!a.exclusionDate.isValid())
        missing << Documents::tr("the exclusion date");
    if (a.signatory.name.trimmed().isEmpty())
        missing << Documents::tr("the signatory");
    return missing;
}

Result<PdfDocument> DocumentPdf::minutes(const MinutesData &m, const AuditStamp &audit)
{
    auto created = OfficialDocumentWriter::create();
    if (!created)
        return created.error();
    OfficialDocumentWriter &w = *created.value();
    const QString provider = providerName(m.provider);
    const QString body = m.issuer.bodyInText;
    Citations cite; // the regulation in full once, then "Quy định"

    w.header(m.issuer, numberLine(m.number, DocumentKind::Minutes, m.issuer),
             dateLine(m.issuer.place, m.date));
    w.title(QStringLiteral("BIÊN BẢN"), m.subject);

    // 1. Time and place.
    w.paragraph(meetingOpening(m.startedAt, m.meetingPlace)
                + QStringLiteral(", %1 lập biên bản đối với %2 về việc vi phạm %3.")
                      .arg(body, provider, cite.regulation()));

    // 2. Participants.
    w.sectionHeading(QStringLiteral("I. THÀNH PHẦN"));
    w.paragraph({}, QStringLiteral("1. Đại diện %1:").arg(body));
    w.keepWithNext();
    participants(w, m.departmentParticipants);
    w.paragraph({}, QStringLiteral("2. Đại diện doanh nghiệp: %1:").arg(provider));
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
    const QStringList columns
        = {QStringLiteral("TT"), QStringLiteral("Hồ sơ"), QStringLiteral("Số định danh"),
           QStringLiteral("Thời điểm"), QStringLiteral("Diễn biến")};
    for (qsizetype v = 0; v < m.violations.size(); ++v) {
        const MinutesViolation &violation = m.violations[v];
        w.paragraph(QStringLiteral(", vi phạm %1.").arg(cite.clauses(violation.clauses)),
                    QStringLiteral("%1. %2").arg(v + 1).arg(violation.description));
        w.keepWithNext();
        if (!violation.evidence.isEmpty()) {
            QList<QStringList> rows;
            for (qsizetype r = 0; r < violation.evidence.size(); ++r) {
                const EvidenceRow &row = violation.evidence[r];
                rows.append({QString::number(r + 1), row.record, privacy::maskCitizenId(row.citizenId),
                             evidenceTime(row.at), row.happened});
            }
            w.table({.columns = columns, .rows = rows, .widths = {6, 15, 18, 20, 41}, .centred = {0, 2, 3}});
        }
        w.paragraph(QStringLiteral("Tổng số: %1 trường hợp.").arg(violation.total()));
    }

    // 4. The provider's explanation.
    w.sectionHeading(QStringLiteral("III. Ý KIẾN CỦA DOANH NGHIỆP"));
    w.paragraph(m.providerExplanation.trimmed().isEmpty()
                    ? QStringLiteral("……………………………………………………………………………………………")
                    : m.providerExplanation);

    // 5. Conclusion and measures.
    w.sectionHeading(QStringLiteral("IV. KẾT LUẬN VÀ BIỆN PHÁP XỬ LÝ"));
    if (!m.conclusion.trimmed().isEmpty())
        w.paragraph(m.conclusion);
    QStringList measures;
    if (m.exclusionDate.isValid())
        // §5.3: the provider is removed from the programme.
        measures << QStringLiteral("Loại %1 ra khỏi %2 kể từ %3 (%4)")
                        .arg(provider, programmeName(), vietnameseDate(m.exclusionDate),
                             cite.clause(exclusionClause));
    measures += m.measures;
    for (qsizetype i = 0; i < measures.size(); ++i)
        w.paragraph(listItem(measures[i], i + 1 == measures.size()));

    // 6. Closing.
    QString closing = clockWords(m.closedAt);
    if (m.closedAt.isValid() && m.startedAt.isValid()
        && provinceTime(m.closedAt).date() == provinceTime(m.startedAt).date())
        closing += QStringLiteral(" cùng ngày");
    else
        closing += QLatin1Char(' ')
            + vietnameseDate(m.closedAt.isValid() ? provinceTime(m.closedAt).date() : QDate());
    w.paragraph(
        QStringLiteral("Biên bản kết thúc vào hồi %1, được lập thành %2 bản có nội dung và giá trị như nhau, "
                       "mỗi bên giữ %3 bản; đã được đọc lại cho những người tham dự cùng nghe, thống nhất "
                       "và ký tên dưới đây./.")
            .arg(closing, twoDigits(m.copies), twoDigits(m.copiesPerParty)));
    w.keepWithNext(); // the closing words stay with the signatures

    // 7. Signatures: the provider's representative left, the Department's right.
    Signatory providerSide = m.providerSignatory;
    if (providerSide.heading.isEmpty())
        providerSide.heading = QStringLiteral("ĐẠI DIỆN DOANH NGHIỆP");
    Signatory departmentSide = m.departmentSignatory;
    if (departmentSide.heading.isEmpty())
        departmentSide.heading = QStringLiteral("ĐẠI DIỆN") + QChar(QChar::LineSeparator) + m.issuer.body;
    w.signatures({providerSide, departmentSide}, 1); // the Department's side is signed digitally

    // 8. Recipients.
    if (!m.recipients.isEmpty())
        w.recipients(m.recipients);

    return w.finish(
        QStringLiteral("Biên bản số %1").arg(documentNumber(m.number, DocumentKind::Minutes, m.issuer)),
        audit, facts(m.number, DocumentKind::Minutes, m.issuer, m.date));
}

Result<PdfDocument> DocumentPdf::announcement(const AnnouncementData &a, const AuditStamp &audit)
{
    // §1.7 and spec/documents.md: the announcement carries no citizen data at all.
    static const QRegularExpression idLike(QStringLiteral("\\d{9,}"));
    for (const QString &text : announcementTexts(a))
        if (text.contains(idLike))
            return Error::make(
                Documents::tr("The announcement is published: it must not contain a citizen's id (\"%1\").")
                    .arg(OfficialDocumentWriter::guard(text).left(80)),
                {}, Error::Kind::InvalidInput);

    auto created = OfficialDocumentWriter::create();
    if (!created)
        return created.error();
    OfficialDocumentWriter &w = *created.value();
    const QString provider = providerName(a.provider);
    const QString body = a.issuer.bodyInText;
    Citations cite; // defined in the first "Căn cứ" line, "Quy định" after
    // The Department's decision; a draft without it cannot be signed (missingFields) and says so
    // where the date goes.
    const QString excludedFrom = a.exclusionDate.isValid() ? textDate(a.exclusionDate)
                                                           : QStringLiteral("ngày [chưa nhập ngày loại]");

    w.header(a.issuer, numberLine(a.number, DocumentKind::Announcement, a.issuer),
             dateLine(a.issuer.place, a.date));
    w.title(QStringLiteral("THÔNG BÁO"), a.subject);

    w.paragraph(QStringLiteral("Căn cứ %1;").arg(cite.basis()));
    w.paragraph(QStringLiteral("Căn cứ Biên bản số %1 %2 của %3 về việc vi phạm Quy định của %4,")
                    .arg(documentNumber(a.minutesNumber, DocumentKind::Minutes, a.minutesIssuer),
                         textDate(a.minutesDate), a.minutesIssuer.bodyInText, provider));
    w.paragraph(QStringLiteral("%1 thông báo:").arg(body));

    // 1. The violations, each with its count in words and the dashes it breaks.
    w.paragraph(
        QStringLiteral("1. Qua giám sát dữ liệu cấp chữ ký số trên nền tảng Hue-S, %1 đã xác định %2 vi "
                       "phạm Quy định, cụ thể:")
            .arg(body, provider));
    for (qsizetype i = 0; i < a.violations.size(); ++i) {
        const AnnouncedViolation &violation = a.violations[i];
        QString text = violation.description.trimmed();
        while (text.endsWith(QLatin1Char(':')) || text.endsWith(QLatin1Char(';'))
               || text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (violation.cases > 0)
            text += QStringLiteral(": ") + casesInWords(violation.ruleCode, violation.cases);
        if (!violation.clauses.isEmpty())
            text += QStringLiteral(", vi phạm ") + cite.clauses(violation.clauses);
        w.paragraph(listItem(text, i + 1 == a.violations.size()));
    }

    // 2. The measure (§5.3).
    w.paragraph(QStringLiteral("2. Căn cứ %1, kể từ %2, %3 bị loại khỏi %4.")
                    .arg(cite.clause(exclusionClause), excludedFrom, provider, programmeName()));

    // 3. What citizens need to know: their certificates, their free year, whom to turn to.
    w.paragraph(QStringLiteral("3. Đối với người dân:"));
    w.keepWithNext();
    QStringList citizens;
    citizens << QStringLiteral(
                    "Chứng thư số do %1 đã cấp cho người dân trước %2 vẫn có giá trị sử dụng; thời "
                    "gian miễn phí 01 năm của các chứng thư số này được giữ nguyên")
                    .arg(provider, excludedFrom);
    // §1.5: a switch does not start a new free year.
    citizens << QStringLiteral(
                    "Người dân chuyển sang chứng thư số của doanh nghiệp khác được tiếp tục sử dụng "
                    "miễn phí trong thời gian còn lại của 01 năm, không tính lại từ đầu (%1)")
                    .arg(cite.clause(QStringLiteral("§1.5")));
    QStringList remaining;
    for (const ProviderParty &party : a.remainingProviders)
        if (party.code != a.provider.code)
            remaining << providerName(party);
    // §1.2: citizens choose any provider of the programme.
    citizens << (remaining.isEmpty()
                     ? QStringLiteral(
                           "Người dân có nhu cầu được cấp chữ ký số lựa chọn các doanh nghiệp khác đang "
                           "tham gia chương trình (%1)")
                           .arg(cite.clause(QStringLiteral("§1.2")))
                     : QStringLiteral(
                           "Người dân có nhu cầu được cấp chữ ký số lựa chọn một trong các doanh nghiệp "
                           "đang tham gia chương trình: %1 (%2)")
                           .arg(remaining.join(QStringLiteral(", ")), cite.clause(QStringLiteral("§1.2"))));
    citizens << QStringLiteral(
                    "Mọi thắc mắc, phản ánh về việc cấp chữ ký số, người dân liên hệ %1 để được hướng "
                    "dẫn, giải quyết")
                    .arg(body);
    for (qsizetype i = 0; i < citizens.size(); ++i)
        w.paragraph(listItem(citizens[i], i + 1 == citizens.size()));

    w.paragraph(
        QStringLiteral("%1 thông báo để các cơ quan, tổ chức, doanh nghiệp và người dân biết./.").arg(body));
    w.keepWithNext(); // never a signature alone on its page
    const Signatory signer = withDelegation(a.signatory);
    w.recipients(a.recipients, &signer);

    return w.finish(
        QStringLiteral("Thông báo số %1").arg(documentNumber(a.number, DocumentKind::Announcement, a.issuer)),
        audit, facts(a.number, DocumentKind::Announcement, a.issuer, a.date));
}

Result<PdfDocument> DocumentPdf::fromDraft(const QJsonObject &draft)
{
    const QString format = draft.value(QLatin1String("format")).toString();
    const AuditStamp audit = auditStampFromJson(draft.value(auditStampKey).toObject());
    if (format == QLatin1String("signwatch.minutes")) {
        Result<MinutesData> minutes = minutesFromJson(draft);
        if (!minutes)
            return minutes.error();
        return DocumentPdf::minutes(minutes.value(), audit);
    }
    if (format == QLatin1String("signwatch.announcement")) {
        Result<AnnouncementData> announcement = announcementFromJson(draft);
        if (!announcement)
            return announcement.error();
        return DocumentPdf::announcement(announcement.value(), audit);
    }
    return Error::make(Documents::tr("The file is not a draft of minutes or of an announcement."), {},
                       Error::Kind::InvalidInput);
}

Result<void> DocumentPdf::save(const PdfDocument &pdf, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.bytes) != pdf.bytes.size() || !file.commit())
        return Error::make(Documents::tr("The PDF cannot be saved to %1.").arg(path), file.errorString());
    return {};
}

} // namespace sw::documents
