#include "casebook/Complaints.h"
#include "util/Clock.h"

#include "casebook/Casebook.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "casebook/FindingLines.h"
#include "privacy/Masking.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcComplaints, "signwatch.casebook.complaints")

namespace sw::casebook {

using namespace detail;

namespace {
// This file's strings are in the translation context "Casework" (lupdate reads Casework::tr).
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

const QString columns = QStringLiteral("id, citizen_id, provider, received_at, channel, statement, "
                                       "timeline_json, notes, outcome, case_id, created_at, updated_at, "
                                       "version, updated_by");

Complaint readComplaint(const QSqlQuery &q)
{
    Complaint c;
    c.id = q.value(0).toLongLong();
    c.citizenId = q.value(1).toString();
    c.provider = q.value(2).toString();
    c.receivedAt = timeFromText(q.value(3).toString());
    c.channel = channelFromCode(q.value(4).toString()).value_or(ComplaintChannel::HueS);
    c.statement = q.value(5).toString();
    c.timelineJson = q.value(6).isNull() ? QString() : q.value(6).toString();
    c.notes = q.value(7).toString();
    c.outcome = outcomeFromCode(q.value(8).toString()).value_or(ComplaintOutcome::Pending);
    c.caseId = q.value(9).isNull() ? 0 : q.value(9).toLongLong();
    c.createdAt = timeFromText(q.value(10).toString());
    c.updatedAt = timeFromText(q.value(11).toString());
    c.version = q.value(12).toInt();
    c.updatedBy = q.value(13).toString();
    return c;
}

Result<QList<QByteArray>> readFindingLines(const QSqlDatabase &db, qint64 complaintId)
{
    QSqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT json_line FROM complaint_findings WHERE complaint_id = ? ORDER BY position"));
    q.addBindValue(complaintId);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read a complaint's findings."), q);
    QList<QByteArray> lines;
    while (q.next())
        lines.append(q.value(0).toString().toUtf8());
    return lines;
}

Result<void> writeFindingLines(QSqlDatabase &tx, qint64 complaintId, const QList<QByteArray> &lines)
{
    QSqlQuery del(tx);
    del.prepare(QStringLiteral("DELETE FROM complaint_findings WHERE complaint_id = ?"));
    del.addBindValue(complaintId);
    if (!del.exec())
        return sqlFailure(Casework::tr("Could not change a complaint's findings."), del);
    QSqlQuery insert(tx);
    insert.prepare(QStringLiteral("INSERT INTO complaint_findings (complaint_id, position, finding_key, "
                                  "json_line) VALUES (?, ?, ?, ?)"));
    QSet<QString> seen;
    int position = 0;
    for (const QByteArray &line : lines) {
        const auto finding = findingFromJsonLine(line);
        if (!finding)
            return finding.error();
        const QString key = findingKey(*finding);
        if (seen.contains(key))
            continue; // the same finding linked twice counts once
        seen.insert(key);
        insert.addBindValue(complaintId);
        insert.addBindValue(position++);
        insert.addBindValue(key);
        insert.addBindValue(QString::fromUtf8(line));
        if (!insert.exec())
            return sqlFailure(Casework::tr("Could not change a complaint's findings."), insert);
    }
    return {};
}

// Whether the complaint's case has signed minutes resting on it.
Result<bool> caseIsSealed(QSqlDatabase &tx, qint64 caseId)
{
    if (caseId == 0)
        return false;
    auto status = caseStatus(tx, caseId);
    if (!status)
        return status.error();
    return *status == CaseStatus::MinutesSigned || *status == CaseStatus::Published;
}
} // namespace

namespace {
const detail::EnumName<ComplaintChannel> channelNames[] = {
    {ComplaintChannel::HueS, "hue_s", QT_TRANSLATE_NOOP("Casework", "Hue-S feedback")},
    {ComplaintChannel::Hotline, "hotline", QT_TRANSLATE_NOOP("Casework", "Hotline 1900 1075")},
    {ComplaintChannel::InPerson, "in_person", QT_TRANSLATE_NOOP("Casework", "In person")},
    {ComplaintChannel::Letter, "letter", QT_TRANSLATE_NOOP("Casework", "Letter")},
};

const detail::EnumName<ComplaintOutcome> outcomeNames[] = {
    {ComplaintOutcome::Pending, "pending", QT_TRANSLATE_NOOP("Casework", "Not yet verified")},
    {ComplaintOutcome::Substantiated, "substantiated", QT_TRANSLATE_NOOP("Casework", "Substantiated")},
    {ComplaintOutcome::NotSubstantiated, "not_substantiated",
     QT_TRANSLATE_NOOP("Casework", "Not substantiated")},
    {ComplaintOutcome::NeedsFieldCheck, "field_check", QT_TRANSLATE_NOOP("Casework", "Needs a field check")},
};
} // namespace

QString channelCode(ComplaintChannel channel)
{
    return detail::codeOf(channelNames, channel);
}

std::optional<ComplaintChannel> channelFromCode(const QString &code)
{
    return detail::valueOf(channelNames, code);
}

QString channelLabel(ComplaintChannel channel)
{
    return detail::labelOf(channelNames, channel);
}

QList<ComplaintChannel> allChannels()
{
    return detail::valuesOf(channelNames);
}

QString outcomeCode(ComplaintOutcome outcome)
{
    return detail::codeOf(outcomeNames, outcome);
}

std::optional<ComplaintOutcome> outcomeFromCode(const QString &code)
{
    return detail::valueOf(outcomeNames, code);
}

QString outcomeLabel(ComplaintOutcome outcome)
{
    return detail::labelOf(outcomeNames, outcome);
}

QList<ComplaintOutcome> allOutcomes()
{
    return detail::valuesOf(outcomeNames);
}

QString Complaint::maskedCitizenId() const
{
    return privacy::maskCitizenId(citizenId);
}

QJsonObject Complaint::auditJson() const
{
    // §1.7: the audit log is read by people and exported with reports: the id goes in masked.
    QJsonArray findings;
    for (const QByteArray &line : findingLines)
        if (const auto finding = findingFromJsonLine(line))
            findings.append(findingKey(*finding));
    return {{QLatin1String("citizen_id"), maskedCitizenId()},
            {QLatin1String("provider"), provider},
            {QLatin1String("received_at"), timeText(receivedAt)},
            {QLatin1String("channel"), channelCode(channel)},
            {QLatin1String("statement"), statement},
            {QLatin1String("findings"), findings},
            {QLatin1String("timeline"), !timelineJson.isEmpty()},
            {QLatin1String("notes"), notes},
            {QLatin1String("outcome"), outcomeCode(outcome)},
            {QLatin1String("case"), caseId}};
}

Complaints::Complaints(Casebook &casebook) : m_casebook(casebook) { }

const Clock &Complaints::clock() const
{
    return m_casebook.clock();
}

QDateTime Complaints::now() const
{
    return stamp(m_casebook, m_actor).at;
}

QStringList Complaints::problems(const Complaint &c, const QDateTime &now)
{
    QStringList problems;
    static const QRegularExpression cccd(QStringLiteral("^\\d{12}$"));
    static const QRegularExpression providerCode(QStringLiteral("^[A-Z0-9][A-Z0-9-]*$"));
    if (!cccd.match(c.citizenId.trimmed()).hasMatch())
        problems << Casework::tr("The citizen identity number must have 12 digits.");
    if (!providerCode.match(c.provider).hasMatch())
        problems << Casework::tr("Choose the provider the complaint is about.");
    if (!c.receivedAt.isValid())
        problems << Casework::tr("Enter when the complaint was received.");
    else if (c.receivedAt > now.addSecs(300)) // a clock a few minutes apart is not an error
        problems << Casework::tr("The complaint cannot be received in the future.");
    if (c.statement.trimmed().isEmpty())
        problems << Casework::tr("Write down what the citizen says.");
    if (!c.timelineJson.isEmpty()) {
        QJsonParseError error;
        QJsonDocument::fromJson(c.timelineJson.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            problems << Casework::tr("The timeline snapshot is not valid JSON.");
    }
    for (const QByteArray &line : c.findingLines) {
        const auto finding = findingFromJsonLine(line);
        if (!finding) {
            problems << finding.error().message;
            break;
        }
        if (finding->provider.value_or(QString()) != c.provider) {
            problems << Casework::tr("The linked finding %1 is about %2, not about %3.")
                            .arg(findingKey(*finding),
                                 finding->provider.value_or(Casework::tr("no provider")), c.provider);
            break;
        }
    }
    // §5.2: a verdict rests on a verification the inspector can show.
    if (c.outcome != ComplaintOutcome::Pending && c.notes.trimmed().isEmpty())
        problems << Casework::tr(
            "Write down in the notes how the complaint was verified before recording an outcome.");
    if (c.outcome == ComplaintOutcome::Substantiated && c.findingLines.isEmpty())
        problems << Casework::tr("Link the findings that substantiate the complaint.");
    return problems;
}

Result<Complaint> Complaints::add(const Complaint &in)
{
    const Stamp st = stamp(m_casebook, m_actor);
    if (const QStringList found = problems(in, st.at); !found.isEmpty())
        return invalid(found.join(QLatin1Char('\n')));
    Complaint c = in;
    c.citizenId = c.citizenId.trimmed();
    c.caseId = 0; // gathered into a case by Cases::attachComplaint only
    c.createdAt = c.updatedAt = st.at;
    c.version = 1;
    c.updatedBy = st.actor;
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto id = nextId(tx, QStringLiteral("complaints"));
        if (!id)
            return id.error();
        c.id = *id;
        auto change = TrackedChange::begin(tx, {Subject::ofComplaint(c.id)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(
            QStringLiteral("INSERT INTO complaints (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, 1, ?)")
                .arg(columns));
        q.addBindValue(c.id);
        q.addBindValue(notNull(c.citizenId));
        q.addBindValue(notNull(c.provider));
        q.addBindValue(timeText(c.receivedAt));
        q.addBindValue(channelCode(c.channel));
        q.addBindValue(notNull(c.statement));
        q.addBindValue(c.timelineJson.isEmpty() ? QVariant() : QVariant(c.timelineJson));
        q.addBindValue(notNull(c.notes));
        q.addBindValue(outcomeCode(c.outcome));
        q.addBindValue(timeText(c.createdAt));
        q.addBindValue(timeText(c.updatedAt));
        q.addBindValue(notNull(st.actor));
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not record the complaint."), q);
        if (auto done = writeFindingLines(tx, c.id, c.findingLines); !done)
            return done;
        return change->record(tx, st,
                              {QStringLiteral("complaint.add"),
                               QStringLiteral("complaint"),
                               QString::number(c.id),
                               {},
                               {},
                               compact(c.auditJson())});
    });
    if (!written)
        return written.error();
    qCInfo(lcComplaints) << "complaint" << c.id << "recorded against" << c.provider;
    return c;
}

Result<Complaint> Complaints::update(const Complaint &in)
{
    const Stamp st = stamp(m_casebook, m_actor);
    if (const QStringList found = problems(in, st.at); !found.isEmpty())
        return invalid(found.join(QLatin1Char('\n')));
    auto before = complaint(in.id);
    if (!before)
        return before.error();
    Complaint c = in;
    c.citizenId = c.citizenId.trimmed();
    c.caseId = before->caseId;
    c.createdAt = before->createdAt;
    c.updatedAt = st.at;
    const QString what = Casework::tr("Complaint %1").arg(c.id);
    // Changed since the editor read it: refused before anything else is looked at.
    if (before->version != in.version)
        return editConflict(what, {before->version, before->updatedBy, before->updatedAt});
    if (c.caseId != 0 && c.provider != before->provider)
        return invalid(
            Casework::tr(
                "Complaint %1 belongs to case %2 against %3: take it out of the case before changing "
                "its provider.")
                .arg(c.id)
                .arg(c.caseId)
                .arg(before->provider));
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto sealed = caseIsSealed(tx, c.caseId);
        if (!sealed)
            return sealed.error();
        if (*sealed)
            return invalid(
                Casework::tr(
                    "Complaint %1 rests on the signed minutes of case %2 and can no longer be changed.")
                    .arg(c.id)
                    .arg(c.caseId));
        auto change = TrackedChange::begin(tx, {Subject::ofComplaint(c.id)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral(
            "UPDATE complaints SET citizen_id = ?, provider = ?, received_at = ?, channel = ?, "
            "statement = ?, timeline_json = ?, notes = ?, outcome = ?, updated_at = ?, "
            "version = version + 1, updated_by = ? WHERE id = ? AND version = ?"));
        q.addBindValue(notNull(c.citizenId));
        q.addBindValue(notNull(c.provider));
        q.addBindValue(timeText(c.receivedAt));
        q.addBindValue(channelCode(c.channel));
        q.addBindValue(notNull(c.statement));
        q.addBindValue(c.timelineJson.isEmpty() ? QVariant() : QVariant(c.timelineJson));
        q.addBindValue(notNull(c.notes));
        q.addBindValue(outcomeCode(c.outcome));
        q.addBindValue(timeText(c.updatedAt));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(c.id);
        q.addBindValue(in.version);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not change the complaint."), q);
        if (q.numRowsAffected() == 0) // someone saved in between
            return conflictAfterUpdate(tx, QStringLiteral("complaints"), c.id, what,
                                       Casework::tr("There is no complaint %1.").arg(c.id));
        if (auto done = writeFindingLines(tx, c.id, c.findingLines); !done)
            return done;
        return change->record(tx, st,
                              {QStringLiteral("complaint.update"),
                               QStringLiteral("complaint"),
                               QString::number(c.id),
                               {},
                               compact(before->auditJson()),
                               compact(c.auditJson())});
    });
    if (!written)
        return written.error();
    return complaint(c.id);
}

Result<void> Complaints::remove(qint64 id, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(Casework::tr("Give a reason for removing the complaint."));
    auto before = complaint(id);
    if (!before)
        return before.error();
    if (before->caseId != 0)
        return invalid(Casework::tr("Complaint %1 belongs to case %2: take it out of the case first.")
                           .arg(id)
                           .arg(before->caseId));
    const Stamp st = stamp(m_casebook, m_actor);
    return m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto change = TrackedChange::begin(tx, {Subject::ofComplaint(id)});
        if (!change)
            return change.error();
        for (const QString &sql :
             {QStringLiteral("DELETE FROM complaint_findings WHERE complaint_id = ?"),
              QStringLiteral("DELETE FROM complaints WHERE id = ? AND case_id IS NULL")}) {
            QSqlQuery q(tx);
            q.prepare(sql);
            q.addBindValue(id);
            if (!q.exec())
                return sqlFailure(Casework::tr("Could not remove the complaint."), q);
        }
        return change->record(tx, st,
                              {QStringLiteral("complaint.remove"),
                               QStringLiteral("complaint"),
                               QString::number(id),
                               reason,
                               compact(before->auditJson()),
                               {}});
    });
}

Result<Complaint> Complaints::complaint(qint64 id) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT %1 FROM complaints WHERE id = ?").arg(columns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the complaints."), q);
    if (!q.next())
        return notFound(Casework::tr("There is no complaint %1.").arg(id));
    Complaint c = readComplaint(q);
    auto lines = readFindingLines(m_casebook.database(), c.id);
    if (!lines)
        return lines.error();
    c.findingLines = *lines;
    return c;
}

Result<QList<Complaint>> Complaints::list(const QString &provider, qint64 caseId) const
{
    QStringList where;
    QVariantList values;
    if (!provider.isEmpty()) {
        where << QStringLiteral("provider = ?");
        values << provider;
    }
    if (caseId > 0) {
        where << QStringLiteral("case_id = ?");
        values << caseId;
    }
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT %1 FROM complaints %2 ORDER BY received_at DESC, id DESC")
                  .arg(columns,
                       where.isEmpty() ? QString()
                                       : QStringLiteral("WHERE ") + where.join(QLatin1String(" AND "))));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the complaints."), q);
    QList<Complaint> list;
    while (q.next())
        list.append(readComplaint(q));
    for (Complaint &c : list) {
        auto lines = readFindingLines(m_casebook.database(), c.id);
        if (!lines)
            return lines.error();
        c.findingLines = *lines;
    }
    return list;
}

} // namespace sw::casebook
