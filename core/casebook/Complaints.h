#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace sw {
class Clock;
}

namespace sw::casebook {

class Casebook;

// How a complaint reached the Department (§5.2).
enum class ComplaintChannel { HueS, Hotline, InPerson, Letter };
QString channelCode(ComplaintChannel channel); // "hue_s", "hotline", "in_person", "letter"
std::optional<ComplaintChannel> channelFromCode(const QString &code);
QString channelLabel(ComplaintChannel channel); // translated: "Hue-S feedback", "Hotline 1900 1075"…
QList<ComplaintChannel> allChannels();

// What the verification against the data and in practice concluded (§5.2).
enum class ComplaintOutcome { Pending, Substantiated, NotSubstantiated, NeedsFieldCheck };
QString
outcomeCode(ComplaintOutcome outcome); // "pending", "substantiated", "not_substantiated", "field_check"
std::optional<ComplaintOutcome> outcomeFromCode(const QString &code);
QString outcomeLabel(ComplaintOutcome outcome); // translated
QList<ComplaintOutcome> allOutcomes();

// A citizen's complaint against a provider and its verification.
struct Complaint
{
    qint64 id = 0; // 0 until added
    QString citizenId; // full, as stored; every list shows maskedCitizenId() (§1.7)
    QString provider; // provider code
    QDateTime receivedAt; // UTC
    ComplaintChannel channel = ComplaintChannel::HueS;
    QString statement; // what the citizen says
    // Verification.
    QList<QByteArray> findingLines; // linked findings, as rules::toJsonLine wrote them
    QString timelineJson; // the citizen's timeline as the GUI showed it (JSON text), empty: none
    QString notes; // the inspector's notes
    ComplaintOutcome outcome = ComplaintOutcome::Pending;
    qint64 caseId = 0; // the case it was gathered into; 0: none (Cases::attachComplaint)
    QDateTime createdAt; // UTC, set by the store
    QDateTime updatedAt;
    // The version the complaint was read at (1 when added, one more with each change) and who
    // made the last change: update() stores an edit only over the version it was loaded at.
    int version = 0;
    QString updatedBy;

    QString maskedCitizenId() const;
    // For the audit log: every field, the citizen id masked, the findings by key only.
    QJsonObject auditJson() const;
};

// The complaints in the casebook. Every change is one transaction together with its audit entry
// (subject kind "complaint", subject id the complaint's id).
class Complaints
{
public:
    explicit Complaints(Casebook &casebook);

    // What is wrong with `complaint` before it can be stored, one sentence each; empty when it is
    // fine. add() and update() refuse with these.
    static QStringList problems(const Complaint &complaint, const QDateTime &now);

    Result<Complaint> add(const Complaint &complaint);
    // Replaces every editable field of complaint `complaint.id`. Refused once its case's minutes
    // are signed (the minutes rest on it), and when the complaint changed since it was read at
    // `complaint.version` (Kind::Conflict, naming who changed it and when; nothing is written: read
    // it again to see theirs).
    Result<Complaint> update(const Complaint &complaint);
    // Removes a complaint that belongs to no case; the reason goes to the audit log.
    Result<void> remove(qint64 id, const QString &reason);

    Result<Complaint> complaint(qint64 id) const;
    // Newest received first; all, or one provider's, or one case's (caseId > 0).
    Result<QList<Complaint>> list(const QString &provider = {}, qint64 caseId = 0) const;

    // The casebook's clock, which stamps what is done here.
    const Clock &clock() const;
    // For tests: who acts (default the operating-system user). The time is the casebook's clock.
    void setActor(const QString &actor) { m_actor = actor; }

private:
    QDateTime now() const;

    Casebook &m_casebook;
    QString m_actor;
};

} // namespace sw::casebook
