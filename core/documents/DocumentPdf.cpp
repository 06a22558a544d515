#include "documents/DocumentPdf.h"

#include "documents/DocumentWording.h"

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

const QString exclusionClause = QStringLiteral("khoản 3 mục 5 Quy định kèm theo Công văn số 2016/STTTT-IOC");
const QString programme = QStringLiteral(
    "chương trình cấp miễn phí chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế");

// Every text of an announcement: it is published, so none of it may look like a citizen id.
QStringList announcementTexts(const AnnouncementData &a)
{
    QStringList texts = {a.issuer.parentBody,   a.issuer.body,        a.issuer.bodyCode,
                         a.issuer.bodyInText,   a.issuer.place,       a.subject,
                         a.provider.code,       a.provider.legalName, a.signatory.heading,
                         a.signatory.authority, a.signatory.title,    a.signatory.name};
    texts += a.recipients;
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

    w.header(a.issuer, numberLine(a.number, DocumentKind::Announcement, a.issuer),
             dateLine(a.issuer.place, a.date));
    w.title(QStringLiteral("THÔNG BÁO"), a.subject);

    w.paragraph(QStringLiteral("Căn cứ %1;").arg(regulationFullReference()));
    w.paragraph(QStringLiteral("Căn cứ Biên bản số %1 %2 của %3 về việc vi phạm của %4,")
                    .arg(documentNumber(a.minutesNumber, DocumentKind::Minutes, a.minutesIssuer),
                         vietnameseDate(a.minutesDate), a.minutesIssuer.bodyInText, provider));
    w.paragraph(QStringLiteral("%1 thông báo:").arg(body));
    w.paragraph(QStringLiteral("1. %1 đã vi phạm Quy định kèm theo Công văn số 2016/STTTT-IOC, cụ thể:")
                    .arg(provider));
    for (qsizetype i = 0; i < a.violations.size(); ++i) {
        const AnnouncedViolation &violation = a.violations[i];
        QString text = violation.description;
        if (violation.cases > 0)
            text += QStringLiteral(": %1 trường hợp").arg(violation.cases);
        text += QStringLiteral(", vi phạm ") + clauseCitation(violation.clauses);
        w.paragraph(listItem(text, i + 1 == a.violations.size()));
    }
    w.paragraph(QStringLiteral("2. Căn cứ %1, kể từ %2, %3 bị loại ra khỏi %4.")
                    .arg(exclusionClause, vietnameseDate(a.exclusionDate), provider, programme));
    w.paragraph(
        QStringLiteral("3. Người dân có nhu cầu được cấp chữ ký số có quyền lựa chọn các doanh nghiệp khác "
                       "đang tham gia chương trình (khoản 2 mục 1 Quy định kèm theo Công văn số "
                       "2016/STTTT-IOC)."));
    w.paragraph(
        QStringLiteral("%1 thông báo để các cơ quan, tổ chức, doanh nghiệp và người dân trên địa bàn tỉnh "
                       "biết./.")
            .arg(body));
    w.keepWithNext(); // never a signature alone on its page
    w.recipients(a.recipients, &a.signatory);

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
