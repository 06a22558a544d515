#include "findings/FindingEvidence.h"

#include "connection/SqlError.h"
#include "rules/Dialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace sw::findings {

namespace {
Error readError(const QSqlError &error)
{
    return connection::sqlError(
        QCoreApplication::translate("Findings",
                                    "The records behind the finding could not be read from the "
                                    "registry."),
        error);
}

bool run(QSqlQuery &query, const QString &sql, const QList<QPair<QString, QVariant>> &bindings)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return false;
    for (const auto &[name, value] : bindings)
        query.bindValue(name, value);
    return query.exec();
}

int recordOrder(const QString &record)
{
    return record == QLatin1String("request") ? 0 : record == QLatin1String("certificate") ? 1 : 2;
}
} // namespace

Result<FindingEvidence> loadEvidence(const QSqlDatabase &registry, connection::Engine engine,
                                     const rules::Finding &finding, int lookupLimit)
{
    const rules::Dialect d(engine);
    FindingEvidence out;
    const QString citizen = finding.citizenId.value_or(QString());
    const bool certificateSubject = finding.subjectKind == QLatin1String("certificate")
        || finding.subjectKind == QLatin1String("certificates");
    const bool requestSubject = finding.subjectKind == QLatin1String("request")
        || finding.subjectKind == QLatin1String("service_requests");

    // Certificates: the subject, the evidence, and the citizen's others.
    QList<QPair<QString, QVariant>> bindings {{QStringLiteral(":citizen"), citizen}};
    QStringList ids;
    QList<qint64> wanted = finding.evidence;
    if (certificateSubject)
        wanted.prepend(finding.subjectId);
    for (qsizetype i = 0; i < wanted.size() && i < 200; ++i) {
        ids << QStringLiteral(":id%1").arg(i);
        bindings.append({ids.last(), wanted[i]});
    }
    const QString idCondition
        = ids.isEmpty() ? QString() : QStringLiteral(" OR id IN (%1)").arg(ids.join(QLatin1Char(',')));
    QSqlQuery q(registry);
    if (!run(
            q,
            QStringLiteral("SELECT id, citizen_id, provider_code, channel, status, %1, %2, %3, revoke_reason "
                           "FROM certificates WHERE citizen_id = :citizen%4")
                .arg(d.epoch(QStringLiteral("activated_at")), d.epoch(QStringLiteral("recorded_at")),
                     d.epoch(QStringLiteral("revoked_at")), idCondition),
            bindings))
        return readError(q.lastError());
    while (q.next()) {
        EvidenceEvent base;
        base.record = QStringLiteral("certificate");
        base.recordId = q.value(0).toLongLong();
        base.citizenId = q.value(1).toString();
        base.provider = q.value(2).toString();
        base.channel = q.value(3).toString();
        base.status = q.value(4).toString();
        base.reason = q.value(8).toString();
        base.role = certificateSubject && base.recordId == finding.subjectId ? EvidenceEvent::Role::Subject
            : finding.evidence.contains(base.recordId)                       ? EvidenceEvent::Role::Evidence
                                                                             : EvidenceEvent::Role::Context;
        auto add = [&](int column, EvidenceEvent::Kind kind) {
            if (q.value(column).isNull())
                return false;
            EvidenceEvent e = base;
            e.kind = kind;
            e.at = q.value(column).toLongLong();
            out.events.append(e);
            return true;
        };
        if (!add(5, EvidenceEvent::Kind::Activated) && base.role != EvidenceEvent::Role::Context)
            out.neverActivated.append(base.recordId);
        add(6, EvidenceEvent::Kind::Recorded);
        add(7, EvidenceEvent::Kind::Revoked);
    }

    // Requests: the subject and the citizen's others.
    QList<QPair<QString, QVariant>> requestBindings {
        {QStringLiteral(":citizen"), citizen},
        {QStringLiteral(":subject"), requestSubject ? finding.subjectId : qint64(-1)}};
    if (!run(q,
             QStringLiteral("SELECT id, citizen_id, provider_code, mode, %1, %2, %3 FROM service_requests "
                            "WHERE citizen_id = :citizen OR id = :subject")
                 .arg(d.epoch(QStringLiteral("registered_at")), d.epoch(QStringLiteral("completed_at")),
                      d.epoch(QStringLiteral("cancelled_at"))),
             requestBindings))
        return readError(q.lastError());
    while (q.next()) {
        EvidenceEvent base;
        base.record = QStringLiteral("request");
        base.recordId = q.value(0).toLongLong();
        base.citizenId = q.value(1).toString();
        base.provider = q.value(2).toString();
        base.mode = q.value(3).toString();
        base.role = requestSubject && base.recordId == finding.subjectId ? EvidenceEvent::Role::Subject
                                                                         : EvidenceEvent::Role::Context;
        const EvidenceEvent::Kind kinds[]
            = {EvidenceEvent::Kind::RequestRegistered, EvidenceEvent::Kind::RequestCompleted,
               EvidenceEvent::Kind::RequestCancelled};
        for (int i = 0; i < 3; ++i) {
            if (q.value(4 + i).isNull())
                continue;
            EvidenceEvent e = base;
            e.kind = kinds[i];
            e.at = q.value(4 + i).toLongLong();
            out.events.append(e);
        }
    }

    // The citizen's look-ups, nearest to the finding's time first (a citizen may have many).
    if (!citizen.isEmpty()) {
        const qint64 around = finding.at.value_or(0);
        if (!run(q,
                 QStringLiteral("SELECT id, provider_code, %1, %2 FROM lookups WHERE citizen_id = :citizen "
                                "ORDER BY abs(%1 - :around), id LIMIT %3")
                     .arg(d.epoch(QStringLiteral("looked_up_at")), d.isFound(QStringLiteral("found")))
                     .arg(qMax(1, lookupLimit)),
                 {{QStringLiteral(":citizen"), citizen}, {QStringLiteral(":around"), around}}))
            return readError(q.lastError());
        while (q.next()) {
            if (q.value(2).isNull())
                continue;
            EvidenceEvent e;
            e.kind = EvidenceEvent::Kind::LookedUp;
            e.record = QStringLiteral("lookup");
            e.recordId = q.value(0).toLongLong();
            e.provider = q.value(1).toString();
            e.citizenId = citizen;
            e.at = q.value(2).toLongLong();
            e.found = q.value(3).toBool();
            out.events.append(e);
        }
    }

    std::stable_sort(out.events.begin(), out.events.end(),
                     [](const EvidenceEvent &l, const EvidenceEvent &r) {
                         return std::tuple(l.at, recordOrder(l.record), l.recordId, int(l.kind))
                             < std::tuple(r.at, recordOrder(r.record), r.recordId, int(r.kind));
                     });
    return out;
}

} // namespace sw::findings
