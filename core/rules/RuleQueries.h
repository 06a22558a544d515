#pragma once

#include "rules/Dialect.h"
#include "rules/ScanScope.h"
#include "rules/Thresholds.h"

#include <QList>
#include <QString>

namespace sw::rules {

// The ids of unreadable rows (DATA_QUALITY): they take part in no other rule.
struct MalformedRows
{
    QList<qint64> certificates;
    QList<qint64> requests;
    QList<qint64> lookups;
};

// The SQL of each rule, for one engine, as-of time and set of thresholds. Every value put into
// the text is a whole number computed here (times, thresholds, ids), never text from a user or
// the registry, so building the text is safe; the set-based work stays in the database and only
// findings travel.
class RuleQueries
{
public:
    // `scope`: the subjects each query reaches (ScanScope; a full scan when inactive). Its
    // placeholders are bound from scope.bindings(sql).
    RuleQueries(Dialect dialect, qint64 asOf, Thresholds thresholds, MalformedRows malformed,
                ScopeSql scope = {});

    // DATA_QUALITY: id, provider_code, citizen_id, NULL (at) of unreadable rows of each table.
    // Certificates are checked in parts, so that two connections share the work: their own values
    // (enums, times, dates), their other references (provider, request, replaced certificate),
    // and, with the requests', their citizens. A row found twice is reported once.
    static QString malformedCertificateValues(const Dialect &d, const ScopeSql &scope = {});
    static QString malformedCertificateLinks(const ScopeSql &scope = {});
    // Certificates and requests whose citizen does not exist: + the table's name.
    static QString malformedCitizenReferences(const Dialect &d, const ScopeSql &scope = {});
    static QString malformedRequests(const Dialect &d, const ScopeSql &scope = {}); // all but the citizen
    static QString malformedLookups(const Dialect &d, const ScopeSql &scope = {});
    // code, exclusion time (NULL unless set and readable).
    static QString providerExclusions(const Dialect &d);

    // Certificate rules: id, provider_code, citizen_id, at, then the rule's own columns.
    // DUPLICATE_ISSUANCE and SUPERSEDED, for certificates that break either: + the duplicate's
    // evidence list (NULL when X is no duplicate), the superseding list (NULL when none),
    // lookup_found 0/1.
    QString pairRules() const;
    // The rules judged on one certificate row at a time, in one pass over the certificates:
    // LATE_UPDATE, PREMATURE_CONFIRMATION (a, b), STALE_TECHNICAL_ERROR, LEGACY_MISLABEL,
    // FREE_PERIOD and EXCLUDED_PROVIDER. Columns after `at`: delay (late) or NULL, form or NULL,
    // stale 0/1, legacy 0/1, free 0/1, free_until day, replaced id, replaced free_until day,
    // expected day, excluded 0/1. `exclusionCount` providers are bound as :p0… with their times
    // inlined in `exclusionTimes`.
    // rowRules and missingLookup judge each certificate on its own and also return unreadable ones
    // (sparing a lookup in the list of unreadable ids per row): the caller drops those.
    QString rowRules(const QList<qint64> &exclusionTimes) const;
    QString missingLookup() const;
    QString staffBurst() const; // + count
    // Request rules: id, provider_code, citizen_id, at, then the rule's own columns.
    QString requestExpired() const; // + late_seconds
    QString prematureRequest() const;
    // IDENTITY_NEAR_DUPLICATE candidates, the citizens with a birth date and a 12-character id
    // (holding a certificate is checked on the pairs). SQLite: birth_date (as stored),
    // citizen_id; PostgreSQL: "day:id" lists, one per birth year (NearIdSearch::addDayIds).
    QString nearDuplicateCandidates() const;
    // citizen_id, full_name, birth_date of the citizens bound as :c0, :c1, …
    static QString citizensByIds(int citizenCount);
    // For a list of citizens: citizen_id, and the first certificate not revoked at T in Hue-S
    // order: id, provider_code, t, recorded_at. The citizens are bound as :c0, :c1, …
    QString firstHeldCertificates(int citizenCount) const;

private:
    QString expand(QString sql) const;
    // The certificates as of T (readable rows only, unless DroppedAfter).
    enum class BaseRead { Whole, Joined };
    enum class Unreadable { Excluded, DroppedAfter };
    // In a scoped scan the rows are those of the scope's citizens, unless `byCitizen` is false
    // (the caller's filter then names the scope's rows).
    QString certificateBase(BaseRead read, const QString &filter = {},
                            Unreadable unreadable = Unreadable::Excluded, bool byCitizen = true) const;
    QString requestBase() const;

    Dialect m_d;
    qint64 m_asOf;
    Thresholds m_thresholds;
    MalformedRows m_malformed;
    ScopeSql m_scope;
};

} // namespace sw::rules
