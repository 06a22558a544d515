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

// A violation as the public announcement states it: words and clauses, never a record or a person.
struct AnnouncedViolation
{
    QString description;
    QStringList clauses; // "§1.3"
    qsizetype cases = 0; // how many cases the minutes recorded; 0 leaves the count out

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
    QString subject = QStringLiteral("Về việc doanh nghiệp vi phạm và bị loại khỏi chương trình cấp miễn phí "
                                     "chứng thư số cá nhân cho người dân trên địa bàn tỉnh Thừa Thiên Huế");
    ProviderParty provider;
    int minutesNumber = 0; // the minutes it cites: "Biên bản số 05/BB-STTTT ngày …"
    // The body that issued those minutes (its code is in their number): the body of the day they
    // were signed, which may be another than this announcement's.
    Issuer minutesIssuer;
    QDate minutesDate;
    QList<AnnouncedViolation> violations;
    QDate exclusionDate; // the removal takes effect on this date
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
