#pragma once

#include "documents/DocumentParts.h"
#include "util/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace sw::documents {

// One row of a violation's evidence table.
struct EvidenceRow
{
    QString record; // "Chứng thư số 4711", "Yêu cầu số 12"
    QString citizenId; // as stored; every output prints it masked (§1.7, privacy/Masking.h)
    QDateTime at; // when it happened (UTC); printed in local time, dd/MM/yyyy HH:mm
    QString happened; // what happened, one Vietnamese sentence
    // For a duplicate (§1.4: Hue-S is the record of issuance): the certificate the citizen already
    // held, its provider and the moment it reached Hue-S. Empty when the finding does not carry them.
    QString earlierProvider = {};
    QDateTime earlierRecordedAt = {}; // UTC
    // The ids of the certificates the citizen already held (the finding's evidence, for
    // DUPLICATE_ISSUANCE and SUPERSEDED): what earlierProvider and earlierRecordedAt are read from in
    // the registry (citizens/EarlierCertificates.h).
    QList<qint64> earlierCertificates = {};

    bool operator==(const EvidenceRow &) const = default;
};

// One violation recorded in minutes: the rule, the clauses it breaks, and its evidence.
struct MinutesViolation
{
    QString ruleCode; // DUPLICATE_ISSUANCE …
    QStringList clauses; // "§1.3", "§3.2": cited as "gạch đầu dòng thứ ba mục 1 …"
    QString description; // the violation in Vietnamese words
    QList<EvidenceRow> evidence;

    // The total printed under the table: the number of cases recorded.
    qsizetype total() const { return evidence.size(); }
    bool operator==(const MinutesViolation &) const = default;
};

// Minutes (biên bản) recording a provider's violation of the regulation of letter 2016/STTTT-IOC
// (§5.3), in the order spec/documents.md lists their content. Plain data, independent of any store:
// the casebook fills it, the GUI edits it (through the JSON draft), DocumentPdf prints it.
// What the provider's representative said (section III): never left open in signed minutes.
enum class ProviderOpinion {
    Unstated, // not chosen yet: the minutes cannot be signed
    Recorded, // the representative's words, in providerExplanation
    NoOpinion, // "Đại diện doanh nghiệp không có ý kiến"
    RefusedToSign, // "Đại diện doanh nghiệp không ký biên bản", with refusalReason when given
};

struct MinutesData
{
    // 2: the provider's opinion as a choice, the exclusion as a measure, parties' details, the
    // recorder. Drafts of version 1 still load.
    static constexpr int formatVersion = 2;

    Issuer issuer;
    int number = 0; // within the year: "Số: 05/BB-STTTT"
    int year = 0;
    QDate date; // the header's date line
    // The subject line; empty: "Về việc xác định vi phạm Quy định … của <provider>" (minutesSubject).
    QString subject;

    // 1. Time and place.
    QDateTime startedAt; // UTC
    QString meetingPlace;
    // 2. Participants.
    QList<Participant> departmentParticipants;
    QList<Participant> providerParticipants;
    QList<Participant> witnesses;
    // 3. Content.
    ProviderParty provider;
    QList<MinutesViolation> violations;
    // 4. The provider's opinion.
    ProviderOpinion providerOpinion = ProviderOpinion::Unstated;
    QString providerExplanation; // the words recorded (Recorded)
    QString refusalReason; // the reason given for refusing to sign, if any (RefusedToSign)
    // 5. Conclusion and measures.
    QString conclusion;
    QStringList measures;
    bool excludeProvider = false; // §5.3: the provider is removed from the programme
    QDate exclusionDate; // the day the removal takes effect; needed when excludeProvider
    // 6. Closing.
    QDateTime closedAt; // UTC
    int copies = 2;
    int copiesPerParty = 1;
    // 7. Signatures: the provider's on the left, the Department's on the right.
    Signatory providerSignatory;
    Signatory departmentSignatory;
    // 8. Recipients (Nơi nhận), each without the leading dash and the final ";".
    QStringList recipients;

    qsizetype totalCases() const;
    // What is still missing before the minutes can be signed, in words for the person filling them
    // in (the interface's language), in the order of the document; empty when nothing is.
    QStringList missingFields() const;
    bool operator==(const MinutesData &) const = default;
};

// The draft format ("format": "signwatch.minutes", "version": 2): every field, times as UTC ISO
// 8601, dates as yyyy-MM-dd. A draft keeps citizen ids unmasked (it stays in the casebook);
// printing masks them.
QJsonObject toJson(const MinutesData &minutes);
Result<MinutesData> minutesFromJson(const QJsonObject &object);

} // namespace sw::documents
