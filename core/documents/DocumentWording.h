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

// "khoản 3 mục 1" for "§1.3": the regulation's parts are numbered (1.–5.) and their paragraphs
// are the dashes under each part, counted from 1 (spec/regulation.md). A value that is not a
// clause number is returned as it is.
QString clauseWords(const QString &clause);
// "khoản 3 mục 1 và khoản 2 mục 3 Quy định kèm theo Công văn số 2016/STTTT-IOC".
QString clauseCitation(const QStringList &clauses);
// The regulation's full reference, as the "Căn cứ" lines cite it.
QString regulationFullReference();

// A duration in Vietnamese words: "2 ngày 3 giờ", "45 phút", "30 giây".
QString durationWords(qint64 seconds);

} // namespace sw::documents
