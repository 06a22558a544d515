#pragma once

#include "documents/DocumentParts.h"
#include "util/Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::documents {

struct MinutesData;

// The subject line (trích yếu) of the announcement of `provider`'s removal: "Về việc loại Viettel
// Thừa Thiên Huế (VIETTEL-CA) khỏi chương trình cấp miễn phí chứng thư số cá nhân cho người dân trên
// địa bàn tỉnh Thừa Thiên Huế"; "Về việc loại doanh nghiệp vi phạm khỏi …" before the provider is
// known.
QString announcementSubject(const ProviderParty &provider);
// "chương trình cấp miễn phí chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế",
// as the letter 2016/STTTT-IOC names the programme.
QString programmeName();

// A violation as the public announcement states it: words and clauses, never a record or a person.
struct AnnouncedViolation
{
    QString description;
    QStringList clauses; // "§1.3"
    qsizetype cases = 0; // how many cases the minutes recorded; 0 leaves the count out
    // The rule (DUPLICATE_ISSUANCE …), for the count's wording (casesInWords: "đã cấp trùng cho 40
    // công dân"); JSON "rule", empty in drafts written before it was kept.
    QString ruleCode;

    bool operator==(const AnnouncedViolation &) const = default;
};

// The public announcement (thông báo) of an established violation and of the provider's removal
// from the programme (§5.3), citing the minutes. It is published to everyone, so it has no field
// that could hold citizen data: no ids, no names, no evidence rows (§1.7).
struct AnnouncementData
{
    static constexpr int formatVersion = 1;

    Issuer issuer;
    int number = 0; // "Số: 03/TB-STTTT"
    int year = 0;
    QDate date;
    QString subject = announcementSubject({}); // names the provider once it is known
    ProviderParty provider;
    int minutesNumber = 0; // the minutes it cites: "Biên bản số 05/BB-STTTT ngày …"
    // The body that issued those minutes (its code is in their number): the body of the day they
    // were signed, which may be another than this announcement's.
    Issuer minutesIssuer;
    QDate minutesDate;
    QList<AnnouncedViolation> violations;
    // The removal takes effect on this date: the Department's decision, required before signing
    // (DocumentPdf::missingFields).
    QDate exclusionDate;
    // The providers that stay in the programme, for citizens to choose from: the letter's addressees
    // less every provider excluded (CaseDocuments::createAnnouncement). JSON "remaining_providers";
    // empty in older drafts, and then the announcement does not list them.
    QList<ProviderParty> remainingProviders;
    // The deputy's delegation prefix is added when printed (withDelegation: "KT. GIÁM ĐỐC").
    Signatory signatory;
    QStringList recipients;

    bool operator==(const AnnouncementData &) const = default;
};

// The announcement of `minutes`: provider, violations (in words, with their counts), exclusion
// date, citing the minutes' number and date. Nothing of the evidence is carried over.
AnnouncementData announcementFromMinutes(const MinutesData &minutes);

// The draft format ("format": "signwatch.announcement", "version": 1).
QJsonObject toJson(const AnnouncementData &announcement);
Result<AnnouncementData> announcementFromJson(const QJsonObject &object);

} // namespace sw::documents
