#pragma once

#include "documents/MinutesData.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace sw::documents {

class Citations;

// The Vietnamese wording proper to minutes (spec/documents.md, issue 15): they record a provider's
// breach of a programme rule at a working meeting ("biên bản làm việc"), not an administrative
// violation. Documents are always Vietnamese: nothing here goes through tr().

// "BIÊN BẢN LÀM VIỆC".
QString minutesTypeName();
// "Về việc xác định vi phạm Quy định triển khai chiến dịch … của Viettel Thừa Thiên Huế (VIETTEL-CA)".
QString minutesSubject(const ProviderParty &provider);
// The subject printed: the draft's own, or minutesSubject.
QString minutesSubjectOf(const MinutesData &minutes);
// The line of competence, first in the body: under mục 5 of the regulation the Department
// establishes violations, draws up minutes and removes the provider. Defines "Quy định".
QString competenceLine(const Issuer &issuer, Citations &cite);
// "Viettel Thừa Thiên Huế (VIETTEL-CA)"; the code alone, or "…", when the name is missing.
QString providerName(const ProviderParty &provider);
// The provider's heading among the participants: name, registration number and address.
QString providerPartyLine(const ProviderParty &provider);
// "Nguyễn Văn A, Giám đốc, theo Giấy ủy quyền số …"; "…, Thư ký (người ghi biên bản)".
QString participantWords(const Participant &participant);
// Section III: what the provider's representative said, or that they said nothing or refused to
// sign; "" while unstated (signing is refused then).
QString providerOpinionText(const MinutesData &minutes);
// The measure of §5.3: "Loại … ra khỏi chương trình … kể từ ngày … (mục 5 Quy định)"; the date in
// dots while not yet chosen (signing is refused then).
QString exclusionMeasure(const ProviderParty &provider, QDate from);
// "Biên bản gồm 03 trang".
QString pageCountWords(int pages);
// What the time column of a rule's evidence table shows ("Thời điểm cấp", "Hạn hỗ trợ (48 giờ)").
QString evidenceTimeHeader(const QString &ruleCode);
// The recipients with "Lưu: VT" last when the list has no archive line of its own.
QStringList recipientsWithArchive(const QStringList &recipients);

// Pre-filled section IV from the case (CaseDocuments::createMinutes): what was established, rule
// by rule with its count, and the measures: removal from the programme (§5.3) and the provider's
// duty to put its Hue-S records right within `correctionDays` days of the minutes.
QString draftConclusion(const ProviderParty &provider, const QList<MinutesViolation> &violations);
QStringList draftMeasures(const ProviderParty &provider, const QList<MinutesViolation> &violations,
                          int correctionDays);

} // namespace sw::documents
