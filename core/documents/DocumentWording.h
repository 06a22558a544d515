#pragma once

#include "documents/DocumentParts.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace sw::documents {

// The fixed Vietnamese wording of the Department's documents (spec/documents.md). Documents are
// always Vietnamese, whatever the interface language: nothing here goes through tr().

// "BB-STTTT" / "TB-STTTT": the type's abbreviation joined to the issuing body's.
QString documentCode(DocumentKind kind, const Issuer &issuer = {});
// "05/BB-STTTT": the number within the year, with a leading zero below 10 (Decree 30, Appendix I).
QString documentNumber(int number, DocumentKind kind, const Issuer &issuer = {});
// "Số: 05/BB-STTTT", as the header prints it.
QString numberLine(int number, DocumentKind kind, const Issuer &issuer = {});

// "ngày 05 tháng 01 năm 2024": days below 10 and the months 1 and 2 take a leading zero, the
// other months do not ("ngày 28 tháng 7 năm 2023", as the letter 2016/STTTT-IOC itself is dated).
QString vietnameseDate(QDate date);
// "Thừa Thiên Huế, ngày 05 tháng 01 năm 2024": the place and date line of the header.
QString dateLine(const QString &place, QDate date);

// The province's local time (UTC+7, no daylight saving) of a moment.
QDateTime provinceTime(const QDateTime &moment);
// "09 giờ 30 phút" in local time.
QString clockWords(const QDateTime &moment);
// "dd/MM/yyyy HH:mm" in local time, for evidence tables; empty for an invalid moment.
QString evidenceTime(const QDateTime &moment);
// The opening sentence of minutes: "Hôm nay, vào hồi 09 giờ 30 phút ngày 05 tháng 01 năm 2024, tại
// <place>, …" (local time). The caller appends what follows the place.
QString meetingOpening(const QDateTime &start, const QString &place);
// "02": counts of copies are written with two digits, as on official minutes.
QString twoDigits(int value);

// "thứ nhất", "thứ hai", "thứ ba", "thứ tư" …: an ordinal in words, as the regulation's dashes are
// cited ("thứ %1" past ten).
QString ordinalWords(int n);
// "gạch đầu dòng thứ ba mục 1" for "§1.3": the regulation's parts are numbered (1.–5.) and their
// items are unnumbered dashes, counted from 1 (spec/regulation.md, spec/documents.md); "mục 5" for
// "§5". Never "khoản": the letter has none. A value that is not a clause number is returned as it
// is.
QString clauseWords(const QString &clause);
// "gạch đầu dòng thứ ba mục 1 và gạch đầu dòng thứ hai mục 3": several clauses, joined.
QString clauseList(const QStringList &clauses);
// "gạch đầu dòng thứ ba mục 1 Quy định": the clauses and the regulation's short name, for a
// document that has defined "(sau đây gọi là Quy định)" before (as the minutes' line of competence
// does). A document that has not uses Citations, which defines it at the first citation.
QString clauseCitation(const QStringList &clauses);
// The regulation's full reference with its title, as the report's "Căn cứ" lines cite it.
QString regulationFullReference();

// The citations of one document (spec/documents.md): the first names the regulation in full and
// defines its short name — "gạch đầu dòng thứ ba mục 1 Quy định ban hành kèm theo Công văn số
// 2016/STTTT-IOC ngày 28/7/2023 của Sở Thông tin và Truyền thông (sau đây gọi là Quy định)" —, every
// later one says "gạch đầu dòng thứ ba mục 1 Quy định". Make one per document and cite in the
// order the text is printed.
class Citations
{
public:
    // The regulation itself: in full with "(sau đây gọi là Quy định)" the first time, then "Quy định".
    QString regulation();
    // A "Căn cứ" line's reference: the regulation with its title, defining the short name when it is
    // the first citation ("Căn cứ Quy định về triển khai … (sau đây gọi là Quy định);").
    QString basis();
    // "gạch đầu dòng thứ ba mục 1 " + regulation(); several clauses joined by "," and "và".
    QString clauses(const QStringList &clauses);
    QString clause(const QString &clause) { return clauses({clause}); }
    // "mục 5 " + regulation(): a whole part.
    QString part(int part);
    // Whether the full reference was given already.
    bool referenceGiven() const { return m_given; }

private:
    bool m_given = false;
};

// The personal-data law in force on `date`, that masking citizens' ids in a document rests on:
// Decree 13/2023/NĐ-CP until 31/12/2025; from 01/01/2026 the Law on Personal Data Protection
// 91/2025/QH15 and Decree 356/2025/NĐ-CP (spec/organisation.md). An invalid date (a draft not yet
// dated) takes the law in force now, the later one.
QString personalDataLaw(QDate date);
// The sentence that justifies masking the ids of a document dated `date`: "Số định danh cá nhân
// của công dân … được che một phần theo quy định về bảo vệ dữ liệu cá nhân (<personalDataLaw>)."
QString maskingNotice(QDate date);

// "ngày 05/01/2024": a date in running text. Days below 10 and the months 1 and 2 take a leading
// zero, the others not, as in the date line (Decree 30/2020) and as the regulation is cited
// ("ngày 28/7/2023"). An invalid date is left out: "ngày …".
QString textDate(QDate date);
// "05/01/2024": textDate() without "ngày".
QString numericDate(QDate date);

// A violation's count in the words a reader uses: "đã cấp trùng cho 40 công dân", "không cập nhật
// tức thời lên Hue-S 3 chứng thư số", "40 trường hợp" for a rule without its own wording.
QString casesInWords(const QString &ruleCode, qsizetype count);

// The signature block as printed: a deputy ("PHÓ GIÁM ĐỐC") signs on the head's behalf, so an empty
// authority becomes "KT. GIÁM ĐỐC" (Decree 30/2020, Appendix I: ký thay). Anything already in the
// authority is kept ("TM.", "Q.", "TL." are the signer's to choose).
Signatory withDelegation(const Signatory &signatory);
// The parent body as running text names it: "UBND TỈNH THỪA THIÊN HUẾ" → "UBND tỉnh Thừa Thiên Huế",
// "UBND THÀNH PHỐ HUẾ" → "UBND thành phố Huế" (recipients' lines, sentences).
QString parentBodyInText(const QString &parentBody);

// Codes never break across lines ("2016/STTTT-IOC", "05/BB-STTTT", "VIETTEL-CA", "Hue-S", a date
// "28/7/2023"): a ZERO WIDTH JOINER (U+200D) after each '-' or '/' that joins a letter or digit to
// an upper-case letter or a digit forbids the line break there (UAX #14, LB8a). The bundled font
// has the character and draws nothing; pdftotext leaves it out. (NON-BREAKING HYPHEN U+2011 is not
// in Liberation Serif: Qt would fetch it from another font.) OfficialDocumentWriter applies it to
// every text it lays out.
QString unbreakableCodes(const QString &text);

// A duration in Vietnamese words: "2 ngày 3 giờ", "45 phút", "30 giây".
QString durationWords(qint64 seconds);

} // namespace sw::documents
