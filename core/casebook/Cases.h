#pragma once

#include "casebook/CaseStatus.h"
#include "rules/Finding.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>

#include <functional>
#include <optional>

namespace sw {
class Clock;
}

namespace sw::casebook {

class Casebook;

// The legal name of one of the regulation's six addressees ("VIETTEL-CA" → "Viettel Thừa Thiên
// Huế"); empty for an unknown code.
QString addresseeName(const QString &providerCode);

// A case: findings and complaints gathered against one provider.
struct CaseRecord
{
    qint64 id = 0; // the case number: 1, 2, 3…
    QString provider; // provider code
    QString providerName; // legal name, for the documents
    QString title;
    CaseStatus status = CaseStatus::Open;
    QString statusReason; // why it was established or dismissed
    std::optional<qint64> exclusionFrom; // §5.3: removal from the programme, seconds UTC
    QString exclusionNote;
    QString publicationReference; // the portal's reference once published
    QDateTime createdAt; // UTC
    QDateTime updatedAt;
    int findingCount = 0;
    int complaintCount = 0;
    // The version the case was read at (1 when opened, one more with each change of its row) and
    // who made the last change (setTitle() stores an edit only over the version it was loaded at).
    int version = 0;
    QString updatedBy;

    QJsonObject auditJson() const;
};

struct NewCase
{
    QString provider;
    QString providerName; // empty: addresseeName(provider)
    QString title; // empty: a title made from the provider and the findings
    QList<QByteArray> findingLines; // rules::toJsonLine of the provider's findings
};

// The cases in the casebook. Every change is one transaction together with its audit entry
// (subject kind "case", subject id the case number).
class Cases
{
public:
    explicit Cases(Casebook &casebook);

    // Opens a case; refuses findings of another provider (or of none).
    Result<CaseRecord> open(const NewCase &newCase);
    Result<CaseRecord> caseById(qint64 id) const;
    // Newest first; all, or one provider's.
    Result<QList<CaseRecord>> list(const QString &provider = {}) const;

    // The case's findings, as stored (JSON lines) and read back; ordered as rules order findings.
    Result<QList<QByteArray>> findingLines(qint64 caseId) const;
    Result<QList<rules::Finding>> findings(qint64 caseId) const;
    // The findings the minutes record: the case's own and those linked to its substantiated
    // complaints, each once.
    Result<QList<rules::Finding>> evidence(qint64 caseId) const;

    // Gathering (open or established cases only). addFindings returns how many were new.
    Result<int> addFindings(qint64 caseId, const QList<QByteArray> &findingLines);
    Result<void> removeFinding(qint64 caseId, const QString &findingKey, const QString &reason);
    Result<void> attachComplaint(qint64 caseId, qint64 complaintId);
    Result<void> detachComplaint(qint64 caseId, qint64 complaintId, const QString &reason);

    // Decisions. The moves to minutes drafted / signed happen in CaseDocuments, with the document.
    Result<CaseRecord> establish(qint64 caseId, const QString &reason);
    Result<CaseRecord> dismiss(qint64 caseId, const QString &reason); // a reason is required
    // The title typed over the case read at `loadedVersion`; refused (Kind::Conflict, naming who
    // changed the case and when; nothing written) when the case changed since. The moves above
    // need no version: the status transition table refuses a move made twice.
    Result<CaseRecord> setTitle(qint64 caseId, const QString &title, int loadedVersion);

    // §5.3: the provider is removed from the programme from `fromUtcSeconds`. Recorded on a
    // published case only; recording again replaces the date (audited).
    Result<CaseRecord> recordExclusion(qint64 caseId, qint64 fromUtcSeconds, const QString &note);
    // Provider → earliest exclusion time (seconds UTC) over every case: rules::ScanOptions::
    // caseworkExclusions for later scans.
    Result<QMap<QString, qint64>> exclusions() const;

    // Publishing: the lead hands CaseDocuments::publicationOf() to the Publisher, records the
    // outbox id here, and when the portal confirms calls markPublished() (minutes signed →
    // published; on a case already published it records the reference of a correction).
    Result<void> recordPublicationQueued(qint64 caseId, qint64 documentId, qint64 publicationId);
    Result<std::optional<qint64>> caseOfPublication(qint64 publicationId) const;
    Result<CaseRecord> markPublished(qint64 caseId, const QString &reference);

    // The casebook's clock, which stamps what is done here.
    const Clock &clock() const;
    // For tests: who acts (default the operating-system user). The time is the casebook's clock.
    void setActor(const QString &actor) { m_actor = actor; }

private:
    Result<CaseRecord> decide(qint64 caseId, CaseStatus to, const QString &reason, const QString &action);
    QDateTime now() const;

    Casebook &m_casebook;
    QString m_actor;
};

} // namespace sw::casebook
