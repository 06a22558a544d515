#include "casebook/Cases.h"
#include "util/Clock.h"

#include "casebook/Casebook.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "casebook/Complaints.h"
#include "casebook/FindingLines.h"
#include "rules/RegulationText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCases, "signwatch.casebook.cases")

namespace sw::casebook {

using namespace detail;

namespace {
// This file's strings are in the translation context "Casework" (lupdate reads Casework::tr).
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

const QString columns = QStringLiteral("c.id, c.provider, c.provider_name, c.title, c.status, "
                                       "c.status_reason, c.exclusion_from, c.exclusion_note, "
                                       "c.publication_reference, c.created_at, c.updated_at, "
                                       "(SELECT COUNT(*) FROM case_findings f WHERE f.case_id = c.id), "
                                       "(SELECT COUNT(*) FROM complaints k WHERE k.case_id = c.id), "
                                       "c.version, c.updated_by");

CaseRecord readCase(const QSqlQuery &q)
{
    CaseRecord c;
    c.id = q.value(0).toLongLong();
    c.provider = q.value(1).toString();
    c.providerName = q.value(2).toString();
    c.title = q.value(3).toString();
    c.status = statusFromCode(q.value(4).toString()).value_or(CaseStatus::Open);
    c.statusReason = q.value(5).toString();
    if (!q.value(6).isNull())
        c.exclusionFrom = q.value(6).toLongLong();
    c.exclusionNote = q.value(7).toString();
    c.publicationReference = q.value(8).toString();
    c.createdAt = timeFromText(q.value(9).toString());
    c.updatedAt = timeFromText(q.value(10).toString());
    c.findingCount = q.value(11).toInt();
    c.complaintCount = q.value(12).toInt();
    c.version = q.value(13).toInt();
    c.updatedBy = q.value(14).toString();
    return c;
}

// Checks that every line is a finding about `provider`; returns them read.
Result<QList<rules::Finding>> findingsOf(const QString &provider, const QList<QByteArray> &lines)
{
    QList<rules::Finding> findings;
    for (const QByteArray &line : lines) {
        auto finding = findingFromJsonLine(line);
        if (!finding)
            return finding.error();
        if (finding->provider.value_or(QString()) != provider)
            return invalid(
                Casework::tr(
                    "The finding %1 is about %2, not about %3: a case gathers one provider's findings.")
                    .arg(findingKey(*finding), finding->provider.value_or(Casework::tr("no provider")),
                         provider));
        findings.append(*finding);
    }
    return findings;
}

Result<int> insertFindings(QSqlDatabase &tx, qint64 caseId, const QList<QByteArray> &lines,
                           const QList<rules::Finding> &findings, const QDateTime &at)
{
    QSet<QString> present;
    QSqlQuery existing(tx);
    existing.prepare(QStringLiteral("SELECT finding_key FROM case_findings WHERE case_id = ?"));
    existing.addBindValue(caseId);
    if (!existing.exec())
        return sqlFailure(Casework::tr("Could not read the case's findings."), existing);
    while (existing.next())
        present.insert(existing.value(0).toString());
    QSqlQuery insert(tx);
    insert.prepare(
        QStringLiteral("INSERT INTO case_findings (case_id, finding_key, rule, subject_kind, subject_id, "
                       "json_line, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    int added = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString key = findingKey(findings[i]);
        if (present.contains(key))
            continue;
        present.insert(key);
        insert.addBindValue(caseId);
        insert.addBindValue(key);
        insert.addBindValue(findings[i].rule);
        insert.addBindValue(findings[i].subjectKind);
        insert.addBindValue(findings[i].subjectId);
        insert.addBindValue(QString::fromUtf8(lines[i]));
        insert.addBindValue(timeText(at));
        if (!insert.exec())
            return sqlFailure(Casework::tr("Could not add the findings to the case."), insert);
        ++added;
    }
    return added;
}

// Gathering happens before the minutes: afterwards the minutes would no longer match the case.
Result<void> requireGathering(QSqlDatabase &tx, qint64 caseId)
{
    auto status = caseStatus(tx, caseId);
    if (!status)
        return status.error();
    if (*status != CaseStatus::Open && *status != CaseStatus::Established)
        return invalid(
            Casework::tr("Case %1 is %2: findings and complaints can be changed only while it is open or "
                         "established.")
                .arg(caseId)
                .arg(statusLabel(*status)));
    return {};
}

Result<QString> caseProvider(QSqlDatabase &tx, qint64 caseId)
{
    QSqlQuery q(tx);
    q.prepare(QStringLiteral("SELECT provider FROM cases WHERE id = ?"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read case %1.").arg(caseId), q);
    if (!q.next())
        return notFound(Casework::tr("There is no case %1.").arg(caseId));
    return q.value(0).toString();
}
} // namespace

QString addresseeName(const QString &providerCode)
{
    // The addressees of letter 2016/STTTT-IOC (regulation.md).
    for (const rules::RegulationAddressee &addressee : rules::regulationAddressees())
        if (addressee.code == providerCode)
            return addressee.name;
    return {};
}

QJsonObject CaseRecord::auditJson() const
{
    return {
        {QLatin1String("provider"), provider},
        {QLatin1String("provider_name"), providerName},
        {QLatin1String("title"), title},
        {QLatin1String("status"), statusCode(status)},
        {QLatin1String("exclusion_from"), exclusionFrom ? QJsonValue(qint64(*exclusionFrom)) : QJsonValue()},
        {QLatin1String("exclusion_note"), exclusionNote},
        {QLatin1String("publication_reference"), publicationReference}};
}

Cases::Cases(Casebook &casebook) : m_casebook(casebook) { }

const Clock &Cases::clock() const
{
    return m_casebook.clock();
}

QDateTime Cases::now() const
{
    return stamp(m_casebook, m_actor).at;
}

Result<CaseRecord> Cases::open(const NewCase &in)
{
    if (in.provider.trimmed().isEmpty())
        return invalid(Casework::tr("Choose the provider the case is against."));
    auto findings = findingsOf(in.provider, in.findingLines);
    if (!findings)
        return findings.error();
    CaseRecord c;
    c.provider = in.provider;
    c.providerName
        = in.providerName.trimmed().isEmpty() ? addresseeName(in.provider) : in.providerName.trimmed();
    if (c.providerName.isEmpty())
        return invalid(Casework::tr("Give the legal name of provider %1: it is printed in the minutes.")
                           .arg(in.provider));
    c.title = in.title.trimmed().isEmpty() ? Casework::tr("Violations by %1").arg(in.provider)
                                           : in.title.trimmed();
    const Stamp st = stamp(m_casebook, m_actor);
    c.createdAt = c.updatedAt = st.at;
    c.version = 1;
    c.updatedBy = st.actor;
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto id = nextId(tx, QStringLiteral("cases"));
        if (!id)
            return id.error();
        c.id = *id;
        auto change = TrackedChange::begin(tx, {Subject::ofCase(c.id)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(
            QStringLiteral("INSERT INTO cases (id, provider, provider_name, title, status, status_reason, "
                           "exclusion_from, exclusion_note, publication_reference, created_at, updated_at, "
                           "version, updated_by) VALUES (?, ?, ?, ?, ?, '', NULL, '', '', ?, ?, 1, ?)"));
        q.addBindValue(c.id);
        q.addBindValue(notNull(c.provider));
        q.addBindValue(notNull(c.providerName));
        q.addBindValue(notNull(c.title));
        q.addBindValue(statusCode(CaseStatus::Open));
        q.addBindValue(timeText(c.createdAt));
        q.addBindValue(timeText(c.updatedAt));
        q.addBindValue(notNull(st.actor));
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not open the case."), q);
        auto added = insertFindings(tx, c.id, in.findingLines, *findings, st.at);
        if (!added)
            return added.error();
        c.findingCount = *added;
        QJsonObject after = c.auditJson();
        after.insert(QLatin1String("findings"), *added);
        return change->record(tx, st,
                              {QStringLiteral("case.open"),
                               QStringLiteral("case"),
                               QString::number(c.id),
                               {},
                               {},
                               compact(after)});
    });
    if (!written)
        return written.error();
    qCInfo(lcCases) << "case" << c.id << "opened against" << c.provider << "with" << c.findingCount
                    << "findings";
    return caseById(c.id);
}

Result<CaseRecord> Cases::caseById(qint64 id) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT %1 FROM cases c WHERE c.id = ?").arg(columns));
    q.addBindValue(id);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the cases."), q);
    if (!q.next())
        return notFound(Casework::tr("There is no case %1.").arg(id));
    return readCase(q);
}

Result<QList<CaseRecord>> Cases::list(const QString &provider) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT %1 FROM cases c %2 ORDER BY c.id DESC")
                  .arg(columns, provider.isEmpty() ? QString() : QStringLiteral("WHERE c.provider = ?")));
    if (!provider.isEmpty())
        q.addBindValue(provider);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the cases."), q);
    QList<CaseRecord> list;
    while (q.next())
        list.append(readCase(q));
    return list;
}

Result<QList<QByteArray>> Cases::findingLines(qint64 caseId) const
{
    if (auto exists = caseById(caseId); !exists)
        return exists.error();
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral(
        "SELECT json_line FROM case_findings WHERE case_id = ? ORDER BY rule, subject_kind, subject_id"));
    q.addBindValue(caseId);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the case's findings."), q);
    QList<QByteArray> lines;
    while (q.next())
        lines.append(q.value(0).toString().toUtf8());
    return lines;
}

Result<QList<rules::Finding>> Cases::findings(qint64 caseId) const
{
    auto lines = findingLines(caseId);
    if (!lines)
        return lines.error();
    QList<rules::Finding> findings;
    for (const QByteArray &line : *lines) {
        auto finding = findingFromJsonLine(line);
        if (!finding)
            return finding.error();
        findings.append(*finding);
    }
    return findings;
}

Result<QList<rules::Finding>> Cases::evidence(qint64 caseId) const
{
    auto own = findings(caseId);
    if (!own)
        return own.error();
    QList<rules::Finding> all = *own;
    QSet<QString> keys;
    for (const rules::Finding &f : all)
        keys.insert(findingKey(f));
    Complaints complaints(m_casebook);
    auto gathered = complaints.list({}, caseId);
    if (!gathered)
        return gathered.error();
    for (const Complaint &complaint : *gathered) {
        if (complaint.outcome != ComplaintOutcome::Substantiated)
            continue;
        for (const QByteArray &line : complaint.findingLines) {
            auto finding = findingFromJsonLine(line);
            if (!finding)
                return finding.error();
            if (!keys.contains(findingKey(*finding))) {
                keys.insert(findingKey(*finding));
                all.append(*finding);
            }
        }
    }
    std::sort(all.begin(), all.end());
    return all;
}

Result<int> Cases::addFindings(qint64 caseId, const QList<QByteArray> &lines)
{
    const Stamp st = stamp(m_casebook, m_actor);
    int added = 0;
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        if (auto ok = requireGathering(tx, caseId); !ok)
            return ok;
        auto provider = caseProvider(tx, caseId);
        if (!provider)
            return provider.error();
        auto findings = findingsOf(*provider, lines);
        if (!findings)
            return findings.error();
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        auto inserted = insertFindings(tx, caseId, lines, *findings, st.at);
        if (!inserted)
            return inserted.error();
        added = *inserted;
        if (added == 0)
            return {};
        QSqlQuery touch(tx);
        touch.prepare(QStringLiteral(
            "UPDATE cases SET updated_at = ?, version = version + 1, updated_by = ? WHERE id = ?"));
        touch.addBindValue(timeText(st.at));
        touch.addBindValue(notNull(st.actor));
        touch.addBindValue(caseId);
        if (!touch.exec())
            return sqlFailure(Casework::tr("Could not change case %1.").arg(caseId), touch);
        return change->record(tx, st,
                              {QStringLiteral("case.add_findings"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               {},
                               {},
                               compact({{QLatin1String("added"), added}})});
    });
    if (!written)
        return written.error();
    return added;
}

Result<void> Cases::removeFinding(qint64 caseId, const QString &key, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(Casework::tr("Give a reason for taking the finding out of the case."));
    const Stamp st = stamp(m_casebook, m_actor);
    return m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        if (auto ok = requireGathering(tx, caseId); !ok)
            return ok;
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        QSqlQuery del(tx);
        del.prepare(QStringLiteral("DELETE FROM case_findings WHERE case_id = ? AND finding_key = ?"));
        del.addBindValue(caseId);
        del.addBindValue(key);
        if (!del.exec())
            return sqlFailure(Casework::tr("Could not change case %1.").arg(caseId), del);
        if (del.numRowsAffected() != 1)
            return notFound(Casework::tr("Case %1 has no finding %2.").arg(caseId).arg(key));
        return change->record(tx, st,
                              {QStringLiteral("case.remove_finding"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               reason,
                               compact({{QLatin1String("finding"), key}}),
                               {}});
    });
}

Result<void> Cases::attachComplaint(qint64 caseId, qint64 complaintId)
{
    const Stamp st = stamp(m_casebook, m_actor);
    Complaints complaints(m_casebook);
    auto complaint = complaints.complaint(complaintId);
    if (!complaint)
        return complaint.error();
    return m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        if (auto ok = requireGathering(tx, caseId); !ok)
            return ok;
        auto provider = caseProvider(tx, caseId);
        if (!provider)
            return provider.error();
        if (complaint->provider != *provider)
            return invalid(Casework::tr("Complaint %1 is about %2; case %3 is against %4.")
                               .arg(complaintId)
                               .arg(complaint->provider)
                               .arg(caseId)
                               .arg(*provider));
        if (complaint->caseId == caseId)
            return {};
        if (complaint->caseId != 0)
            return invalid(Casework::tr("Complaint %1 already belongs to case %2.")
                               .arg(complaintId)
                               .arg(complaint->caseId));
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId), Subject::ofComplaint(complaintId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("UPDATE complaints SET case_id = ?, version = version + 1, updated_by = ? "
                                 "WHERE id = ? AND case_id IS NULL"));
        q.addBindValue(caseId);
        q.addBindValue(notNull(st.actor));
        q.addBindValue(complaintId);
        if (!q.exec() || q.numRowsAffected() != 1)
            return sqlFailure(Casework::tr("Could not add the complaint to the case."), q);
        return change->record(tx, st,
                              {QStringLiteral("case.attach_complaint"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               {},
                               {},
                               compact({{QLatin1String("complaint"), complaintId}})});
    });
}

Result<void> Cases::detachComplaint(qint64 caseId, qint64 complaintId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(Casework::tr("Give a reason for taking the complaint out of the case."));
    const Stamp st = stamp(m_casebook, m_actor);
    return m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        if (auto ok = requireGathering(tx, caseId); !ok)
            return ok;
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId), Subject::ofComplaint(complaintId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(
            QStringLiteral("UPDATE complaints SET case_id = NULL, version = version + 1, updated_by = ? "
                           "WHERE id = ? AND case_id = ?"));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(complaintId);
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not take the complaint out of the case."), q);
        if (q.numRowsAffected() != 1)
            return notFound(
                Casework::tr("Complaint %1 is not part of case %2.").arg(complaintId).arg(caseId));
        return change->record(tx, st,
                              {QStringLiteral("case.detach_complaint"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               reason,
                               compact({{QLatin1String("complaint"), complaintId}}),
                               {}});
    });
}

Result<CaseRecord> Cases::decide(qint64 caseId, CaseStatus to, const QString &reason, const QString &)
{
    const Stamp st = stamp(m_casebook, m_actor);
    auto written = m_casebook.write(
        [&](QSqlDatabase &tx) -> Result<void> { return moveCase(tx, st, caseId, to, reason.trimmed()); });
    if (!written)
        return written.error();
    qCInfo(lcCases) << "case" << caseId << "is now" << statusCode(to);
    return caseById(caseId);
}

Result<CaseRecord> Cases::establish(qint64 caseId, const QString &reason)
{
    // §5.3 starts from an established violation: something in the data must show it.
    auto found = evidence(caseId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return invalid(
            Casework::tr(
                "Case %1 has no findings and no substantiated complaint: a violation is established on "
                "evidence.")
                .arg(caseId));
    return decide(caseId, CaseStatus::Established, reason, QStringLiteral("establish"));
}

Result<CaseRecord> Cases::dismiss(qint64 caseId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return invalid(Casework::tr("Give the reason for dismissing the case."));
    return decide(caseId, CaseStatus::Dismissed, reason, QStringLiteral("dismiss"));
}

Result<CaseRecord> Cases::setTitle(qint64 caseId, const QString &title, int loadedVersion)
{
    if (title.trimmed().isEmpty())
        return invalid(Casework::tr("A case needs a title."));
    auto before = caseById(caseId);
    if (!before)
        return before.error();
    const QString what = Casework::tr("Case %1").arg(caseId);
    if (before->version != loadedVersion)
        return editConflict(what, {before->version, before->updatedBy, before->updatedAt});
    const Stamp st = stamp(m_casebook, m_actor);
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("UPDATE cases SET title = ?, updated_at = ?, version = version + 1, "
                                 "updated_by = ? WHERE id = ? AND version = ?"));
        q.addBindValue(notNull(title.trimmed()));
        q.addBindValue(timeText(st.at));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(caseId);
        q.addBindValue(loadedVersion);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not change case %1.").arg(caseId), q);
        if (q.numRowsAffected() == 0) // someone saved in between
            return conflictAfterUpdate(tx, QStringLiteral("cases"), caseId, what,
                                       Casework::tr("There is no case %1.").arg(caseId));
        return change->record(tx, st,
                              {QStringLiteral("case.title"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               {},
                               compact({{QLatin1String("title"), before->title}}),
                               compact({{QLatin1String("title"), title.trimmed()}})});
    });
    if (!written)
        return written.error();
    return caseById(caseId);
}

Result<CaseRecord> Cases::recordExclusion(qint64 caseId, qint64 fromUtcSeconds, const QString &note)
{
    auto before = caseById(caseId);
    if (!before)
        return before.error();
    if (fromUtcSeconds <= 0)
        return invalid(Casework::tr("Enter the date the exclusion takes effect."));
    const Stamp st = stamp(m_casebook, m_actor);
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto status = caseStatus(tx, caseId);
        if (!status)
            return status.error();
        // §5.3: the removal follows the established violation, its minutes and their announcement.
        if (*status != CaseStatus::Published)
            return invalid(
                Casework::tr("Case %1 is %2: the provider is removed from the programme only on a published "
                             "case.")
                    .arg(caseId)
                    .arg(statusLabel(*status)));
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral(
            "UPDATE cases SET exclusion_from = ?, exclusion_note = ?, updated_at = ?, version = version + 1, "
            "updated_by = ? WHERE id = ?"));
        q.addBindValue(fromUtcSeconds);
        q.addBindValue(notNull(note.trimmed()));
        q.addBindValue(timeText(st.at));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not change case %1.").arg(caseId), q);
        const auto json = [](const std::optional<qint64> &from, const QString &text) {
            return compact(
                {{QLatin1String("exclusion_from"), from ? QJsonValue(qint64(*from)) : QJsonValue()},
                 {QLatin1String("exclusion_note"), text}});
        };
        return change->record(tx, st,
                              {QStringLiteral("case.exclusion"), QStringLiteral("case"),
                               QString::number(caseId), note.trimmed(),
                               json(before->exclusionFrom, before->exclusionNote),
                               json(fromUtcSeconds, note.trimmed())});
    });
    if (!written)
        return written.error();
    qCInfo(lcCases) << "case" << caseId << "excludes" << before->provider << "from" << fromUtcSeconds;
    return caseById(caseId);
}

Result<QMap<QString, qint64>> Cases::exclusions() const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT provider, MIN(exclusion_from) FROM cases "
                             "WHERE exclusion_from IS NOT NULL AND status = ? GROUP BY provider"));
    q.addBindValue(statusCode(CaseStatus::Published));
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the exclusions."), q);
    QMap<QString, qint64> map;
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toLongLong());
    return map;
}

Result<void> Cases::recordPublicationQueued(qint64 caseId, qint64 documentId, qint64 publicationId)
{
    const Stamp st = stamp(m_casebook, m_actor);
    return m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        QSqlQuery doc(tx);
        doc.prepare(QStringLiteral("SELECT kind, state FROM case_documents WHERE id = ? AND case_id = ?"));
        doc.addBindValue(documentId);
        doc.addBindValue(caseId);
        if (!doc.exec())
            return sqlFailure(Casework::tr("Could not read the case's documents."), doc);
        if (!doc.next() || doc.value(0).toString() != QLatin1String("TB")
            || doc.value(1).toString() != QLatin1String("signed"))
            return invalid(Casework::tr("Only a signed announcement of case %1 is published.").arg(caseId));
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("INSERT INTO case_publications (publication_id, case_id, document_id, "
                                 "queued_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(publicationId);
        q.addBindValue(caseId);
        q.addBindValue(documentId);
        q.addBindValue(timeText(st.at));
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not record the publication."), q);
        return change->record(tx, st,
                              {QStringLiteral("case.publication_queued"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               {},
                               {},
                               compact({{QLatin1String("document"), documentId},
                                        {QLatin1String("publication"), publicationId}})});
    });
}

Result<std::optional<qint64>> Cases::caseOfPublication(qint64 publicationId) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT case_id FROM case_publications WHERE publication_id = ?"));
    q.addBindValue(publicationId);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the publications."), q);
    if (!q.next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value(0).toLongLong());
}

Result<CaseRecord> Cases::markPublished(qint64 caseId, const QString &reference)
{
    if (reference.trimmed().isEmpty())
        return invalid(Casework::tr("The portal's reference is missing."));
    auto before = caseById(caseId);
    if (!before)
        return before.error();
    const Stamp st = stamp(m_casebook, m_actor);
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        auto status = caseStatus(tx, caseId);
        if (!status)
            return status.error();
        QSqlQuery signedAnnouncement(tx);
        signedAnnouncement.prepare(QStringLiteral(
            "SELECT COUNT(*) FROM case_documents WHERE case_id = ? AND kind = 'TB' AND state = 'signed'"));
        signedAnnouncement.addBindValue(caseId);
        if (!signedAnnouncement.exec() || !signedAnnouncement.next())
            return sqlFailure(Casework::tr("Could not read the case's documents."), signedAnnouncement);
        if (signedAnnouncement.value(0).toInt() == 0)
            return invalid(Casework::tr("Case %1 has no signed announcement to publish.").arg(caseId));
        // The reference and the move are one change of the case, audited once.
        auto change = TrackedChange::begin(tx, {Subject::ofCase(caseId)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("UPDATE cases SET publication_reference = ?, updated_at = ?, "
                                 "version = version + 1, updated_by = ? WHERE id = ?"));
        q.addBindValue(notNull(reference.trimmed()));
        q.addBindValue(timeText(st.at));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(caseId);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not change case %1.").arg(caseId), q);
        if (*status != CaseStatus::Published) {
            auto from = setCaseStatus(tx, st, caseId, CaseStatus::Published, reference.trimmed());
            if (!from)
                return from.error();
            return change->record(tx, st,
                                  {QStringLiteral("case.") + statusCode(CaseStatus::Published),
                                   QStringLiteral("case"), QString::number(caseId), reference.trimmed(),
                                   statusJson(*from), statusJson(CaseStatus::Published)});
        }
        // A corrected announcement of a published case: keep its reference too.
        return change->record(tx, st,
                              {QStringLiteral("case.publication_confirmed"),
                               QStringLiteral("case"),
                               QString::number(caseId),
                               {},
                               compact({{QLatin1String("reference"), before->publicationReference}}),
                               compact({{QLatin1String("reference"), reference.trimmed()}})});
    });
    if (!written)
        return written.error();
    return caseById(caseId);
}

} // namespace sw::casebook
