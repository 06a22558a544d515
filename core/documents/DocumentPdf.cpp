#include "documents/DocumentPdf.h"

#include "documents/DocumentWording.h"
#include "documents/MinutesWording.h"

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

// "- text;" for all but the last item of a list, "- text." for the last.
QString listItem(const QString &text, bool last)
{
    QString item = text.trimmed();
    while (item.endsWith(QLatin1Char(';')) || item.endsWith(QLatin1Char('.')))
        item.chop(1);
    return QStringLiteral("- ") + item + (last ? QLatin1Char('.') : QLatin1Char(';'));
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

// DocumentPdf::minutes and missingFields(MinutesData): DocumentPdfMinutes.cpp.

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
    // Whom to turn to: the body, at its seat when the casebook records it (Issuers).
    const QString seat = a.issuer.address.trimmed();
    citizens << QStringLiteral(
                    "Mọi thắc mắc, phản ánh về việc cấp chữ ký số, người dân liên hệ %1 để được hướng "
                    "dẫn, giải quyết")
                    .arg(seat.isEmpty() ? body
                                        : body + QStringLiteral(" (địa chỉ: ") + seat + QLatin1Char(')'));
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
