#include "citizens/CitizenTimeline.h"

#include "citizens/CitizenRecords.h"

#include <QHash>
#include <QLoggingCategory>
#include <QSet>

#include <algorithm>

Q_LOGGING_CATEGORY(lcCitizens, "signwatch.citizens", QtInfoMsg)

namespace sw::citizens {

namespace {
using Kind = TimelineEvent::Kind;

QString text(const QVariant &value)
{
    return value.isNull() ? QString() : value.toString();
}

// Whether a stored time is there at T: NULL and times after T are not (rules.md "T").
bool happenedBy(const QVariant &value, qint64 asOf)
{
    if (value.isNull())
        return false;
    const auto at = contractTime(value);
    return !at || *at <= asOf; // an unreadable time is shown (its row is a DATA_QUALITY finding)
}

TimelineEvent event(Kind kind, const QVariant &time, const QString &recordKind, qint64 id)
{
    TimelineEvent e;
    e.kind = kind;
    e.at = contractTime(time);
    e.storedTime = text(time);
    e.recordKind = recordKind;
    e.recordId = id;
    return e;
}

QString groupOf(const QString &subjectKind)
{
    if (subjectKind == QLatin1String("certificate") || subjectKind == QLatin1String("certificates"))
        return QStringLiteral("certificate");
    if (subjectKind == QLatin1String("request") || subjectKind == QLatin1String("service_requests"))
        return QStringLiteral("request");
    return QStringLiteral("lookup");
}

QString masked(const QString &id)
{
    return id.size() > 6 ? id.left(3) + QStringLiteral("…") + id.right(3) : QStringLiteral("…");
}
} // namespace

CitizenTimeline buildTimeline(const CitizenRecords &records, const QList<rules::Finding> &findings,
                              qint64 asOf)
{
    CitizenTimeline timeline;
    timeline.citizenId = records.citizenId;
    timeline.asOf = asOf;
    timeline.findings = findings;
    timeline.notJudged = rulesNeedingOtherCitizens();
    timeline.inCitizensTable = records.citizen.has_value();
    if (records.citizen) {
        timeline.fullName = text(records.citizen->at(col::CitizenName));
        timeline.birthDate = text(records.citizen->at(col::CitizenBirthDate));
        timeline.districtCode = text(records.citizen->at(col::CitizenDistrict));
    }

    QSet<QPair<QString, qint64>> unreadable;
    for (const rules::Finding &f : findings)
        if (f.rule == QLatin1String("DATA_QUALITY"))
            unreadable.insert({groupOf(f.subjectKind), f.subjectId});

    QList<TimelineEvent> &events = timeline.events;
    for (const RegistryRow &row : records.lookups) {
        const qint64 id = row.at(col::LookupId).toLongLong();
        const bool bad = unreadable.contains({QStringLiteral("lookup"), id});
        if (!bad && !happenedBy(row.at(col::LookupAt), asOf))
            continue;
        TimelineEvent e = event(Kind::Lookup, row.at(col::LookupAt), QStringLiteral("lookup"), id);
        e.provider = text(row.at(col::LookupProvider));
        e.staffId = text(row.at(col::LookupStaff));
        const QVariant found = row.at(col::LookupFound);
        if (!found.isNull() && found.typeId() != QMetaType::QString
            && (found.toLongLong() == 0 || found.toLongLong() == 1))
            e.found = found.toLongLong() == 1;
        e.unreadable = bad;
        events.append(e);
    }
    for (const RegistryRow &row : records.requests) {
        const qint64 id = row.at(col::ReqId).toLongLong();
        const bool bad = unreadable.contains({QStringLiteral("request"), id});
        if (!bad && !happenedBy(row.at(col::ReqRegisteredAt), asOf))
            continue;
        auto add = [&](Kind kind, const QVariant &time) {
            TimelineEvent e = event(kind, time, QStringLiteral("request"), id);
            e.provider = text(row.at(col::ReqProvider));
            e.mode = text(row.at(col::ReqMode));
            e.unreadable = bad;
            events.append(e);
        };
        add(Kind::RequestRegistered, row.at(col::ReqRegisteredAt));
        if (happenedBy(row.at(col::ReqCompletedAt), asOf))
            add(Kind::RequestCompleted, row.at(col::ReqCompletedAt));
        if (happenedBy(row.at(col::ReqCancelledAt), asOf))
            add(Kind::RequestCancelled, row.at(col::ReqCancelledAt));
    }
    for (const RegistryRow &row : records.certificates) {
        const qint64 id = row.at(col::CertId).toLongLong();
        const bool bad = unreadable.contains({QStringLiteral("certificate"), id});
        if (!bad && !happenedBy(row.at(col::CertRecordedAt), asOf))
            continue;
        auto add = [&](Kind kind, const QVariant &time) {
            TimelineEvent e = event(kind, time, QStringLiteral("certificate"), id);
            e.provider = text(row.at(col::CertProvider));
            e.staffId = text(row.at(col::CertStaff));
            e.channel = text(row.at(col::CertChannel));
            e.status = text(row.at(col::CertStatus));
            e.serial = text(row.at(col::CertSerial));
            e.freeUntil = text(row.at(col::CertFreeUntil));
            e.revokeReason = text(row.at(col::CertRevokeReason));
            e.requestId = contractId(row.at(col::CertRequest));
            e.replacesId = contractId(row.at(col::CertReplaces));
            e.unreadable = bad;
            events.append(e);
        };
        // Activation is shown as stored, even after T (rules.md: activated_at is read as it is now).
        if (!row.at(col::CertActivatedAt).isNull())
            add(Kind::CertificateActivated, row.at(col::CertActivatedAt));
        add(Kind::CertificateRecorded, row.at(col::CertRecordedAt));
        if (happenedBy(row.at(col::CertRevokedAt), asOf))
            add(Kind::CertificateRevoked, row.at(col::CertRevokedAt));
    }
    std::sort(events.begin(), events.end(), [](const TimelineEvent &a, const TimelineEvent &b) {
        if (a.at.has_value() != b.at.has_value())
            return a.at.has_value(); // unreadable times last
        if (a.at && *a.at != *b.at)
            return *a.at < *b.at;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        return a.recordId < b.recordId;
    });

    // Each finding goes on one event of its subject: the one at the finding's time (t(X) for a
    // certificate, the completion for a premature request), the record reaching Hue-S for the rules
    // about that (LATE_UPDATE, SUPERSEDED), else the record's first event.
    QHash<QPair<QString, qint64>, QList<int>> bySubject;
    for (int i = 0; i < events.size(); ++i)
        bySubject[{events[i].recordKind, events[i].recordId}].append(i);
    for (const rules::Finding &f : findings) {
        const QList<int> candidates = bySubject.value({groupOf(f.subjectKind), f.subjectId});
        if (candidates.isEmpty())
            continue; // its record is after T (a DATA_QUALITY row is always shown)
        int chosen = -1;
        const bool aboutRecord
            = f.rule == QLatin1String("LATE_UPDATE") || f.rule == QLatin1String("SUPERSEDED");
        for (int i : candidates) {
            if (aboutRecord ? events[i].kind == Kind::CertificateRecorded : (f.at && events[i].at == f.at)) {
                chosen = i;
                break;
            }
        }
        if (chosen < 0) {
            chosen = candidates.first();
            for (int i : candidates)
                if (events[i].kind == Kind::CertificateRecorded || events[i].kind == Kind::RequestRegistered
                    || events[i].kind == Kind::Lookup)
                    chosen = i;
        }
        events[chosen].findings.append(f);
    }

    // §1.4: the holder as of T.
    struct Held
    {
        qint64 recorded;
        qint64 id;
        QString provider;
    };
    QList<Held> held;
    for (const RegistryRow &row : records.certificates) {
        const qint64 id = row.at(col::CertId).toLongLong();
        if (unreadable.contains({QStringLiteral("certificate"), id}))
            continue;
        const auto recorded = contractTime(row.at(col::CertRecordedAt));
        if (!recorded || *recorded > asOf)
            continue;
        const QVariant revoked = row.at(col::CertRevokedAt);
        if (!revoked.isNull()) {
            const auto at = contractTime(revoked);
            if (!at || *at <= asOf)
                continue;
        }
        held.append({*recorded, id, text(row.at(col::CertProvider))});
    }
    std::sort(held.begin(), held.end(), [](const Held &a, const Held &b) {
        return std::tie(a.recorded, a.id) < std::tie(b.recorded, b.id);
    });
    if (!held.isEmpty())
        timeline.holder
            = Holder {held.first().provider, held.first().id, held.first().recorded, int(held.size() - 1)};
    return timeline;
}

Result<CitizenTimeline> loadCitizenTimeline(registry::RegistryConnection &connection,
                                            const QString &citizenId, const CitizenScanOptions &options)
{
    auto records = CitizenRecords::load(connection, citizenId);
    if (!records)
        return records.error();
    QList<rules::Finding> findings;
    if (!records->isEmpty()) {
        auto scanned = scanCitizen(*records, options);
        if (!scanned)
            return scanned.error();
        findings = std::move(scanned.value());
    }
    qCDebug(lcCitizens) << "timeline of" << masked(citizenId) << records->certificates.size()
                        << "certificates" << findings.size() << "findings";
    return buildTimeline(*records, findings, options.asOf);
}

} // namespace sw::citizens
