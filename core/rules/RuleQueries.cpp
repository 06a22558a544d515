#include "rules/RuleQueries.h"

#include <QRegularExpression>
#include <QStringList>

#include <initializer_list>

// Choices made where spec/rules.md leaves room (also in the closing note of the rule engine):
// - DATA_QUALITY: a referenced row "exists" when it is in its table at all, whatever its times
//   and whether it is itself readable; a look-up of an unknown citizen is readable (the spec
//   names only its provider); the finding's detail is {} (the spec names none).
// - A malformed providers.excluded_at is read as no exclusion (providers rows are not reported).
// - SUPERSEDED leaves out duplicates by testing the duplicate condition itself, so the result does
//   not depend on which rules a scan runs.
// - STAFF_BURST counts every door-to-door programme certificate that exists at T, revoked or not,
//   technical errors included (their t is recorded_at).
// - IDENTITY_NEAR_DUPLICATE: "a certificate not revoked at T" is any certificate that exists at T,
//   legacy imports included; birth dates compare as stored once both are in the contract's form.
// - PostgreSQL times with fractions of a second are cut to the second (times compare to the second).

namespace sw::rules {

namespace {
QString notIn(const QString &column, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return QStringLiteral("1 = 1");
    QStringList text;
    text.reserve(ids.size());
    for (qint64 id : ids)
        text << QString::number(id);
    return QStringLiteral("%1 NOT IN (%2)").arg(column, text.join(QLatin1Char(',')));
}

// `column` is one of the contract's values: comparisons joined by OR, which SQLite tests faster
// than an IN list (it makes a little index of the list and looks each row up in it).
QString oneOf(const char *column, std::initializer_list<const char *> values)
{
    QStringList tests;
    for (const char *value : values)
        tests << QStringLiteral("%1 = '%2'").arg(QLatin1String(column), QLatin1String(value));
    return QLatin1Char('(') + tests.join(QStringLiteral(" OR ")) + QLatin1Char(')');
}
} // namespace

RuleQueries::RuleQueries(Dialect dialect, qint64 asOf, Thresholds thresholds, MalformedRows malformed,
                         ScopeSql scope)
    : m_d(dialect),
      m_asOf(asOf),
      m_thresholds(std::move(thresholds)),
      m_malformed(std::move(malformed)),
      m_scope(std::move(scope))
{ }

// {T} the as-of time; {E:col} epoch of a column; {NA:col} a time column not after T (compared in
// the column's own type, cheaper than converting every row); {BADC:col} / {BADR:col} / {BADL:col} excludes
// unreadable certificates, requests, look-ups; threshold names in braces.
QString RuleQueries::expand(QString sql) const
{
    static const QRegularExpression notAfterRef(QStringLiteral("\\{NA:([a-z_.]+)\\}"));
    static const QRegularExpression epochRef(QStringLiteral("\\{E:([a-z_.]+)\\}"));
    static const QRegularExpression badRef(QStringLiteral("\\{BAD([CRL]):([a-z_.]+)\\}"));
    QString out;
    qsizetype last = 0;
    for (auto it = notAfterRef.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out += sql.mid(last, m.capturedStart() - last) + m_d.notAfter(m.captured(1), m_asOf);
        last = m.capturedEnd();
    }
    sql = out + sql.mid(last);
    out.clear();
    last = 0;
    for (auto it = epochRef.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        out += sql.mid(last, m.capturedStart() - last) + m_d.epoch(m.captured(1));
        last = m.capturedEnd();
    }
    sql = out + sql.mid(last);
    out.clear();
    last = 0;
    for (auto it = badRef.globalMatch(sql); it.hasNext();) {
        const auto m = it.next();
        const QChar table = m.captured(1).at(0);
        const QList<qint64> &ids = table == QLatin1Char('C') ? m_malformed.certificates
            : table == QLatin1Char('R')                      ? m_malformed.requests
                                                             : m_malformed.lookups;
        out += sql.mid(last, m.capturedStart() - last) + notIn(m.captured(2), ids);
        last = m.capturedEnd();
    }
    sql = out + sql.mid(last);
    sql.replace(QStringLiteral("{T}"), QString::number(m_asOf));
    const auto values = m_thresholds.values();
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        sql.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), QString::number(it.value()));
    return sql;
}

// The registry as Hue-S held it at T: certificates recorded by T, a revocation later than T read
// as none; t = activated_at, or recorded_at when never activated. `Whole` reads the table from
// start to end and computes each row's times once (a fence against the planners' copying the
// time expressions into every place a rule uses them: both would compute them again and again);
// `Joined` lets the planner reach the rows through an index when the query joins them. `filter`,
// on the table's own columns, is applied inside (before the fence). Unreadable rows are left out
// here unless the rule judges each row on its own: then the scan drops their findings afterwards
// (ScanEngine), which spares SQLite a lookup in the list of unreadable ids for every row.
QString RuleQueries::certificateBase(BaseRead read, const QString &filter, Unreadable unreadable,
                                     bool byCitizen) const
{
    // A scoped scan reaches its few rows through the citizen index.
    const bool whole = read == BaseRead::Whole && !m_scope.active();
    QString scoped = filter;
    if (m_scope.active() && byCitizen)
        scoped = (filter.isEmpty() ? QString() : filter + QStringLiteral(" AND "))
            + m_scope.citizens(QStringLiteral("citizen_id"), 'b');
    return QStringLiteral(
               "(SELECT id, citizen_id, provider_code, channel, status, staff_id, request_id, "
               "replaces_id, act, rec, COALESCE(act, rec) AS t, "
               "CASE WHEN rvk <= {T} THEN rvk END AS rev, fu "
               "FROM (SELECT id, citizen_id, provider_code, channel, status, staff_id, request_id, "
               "replaces_id, {E:activated_at} AS act, {E:recorded_at} AS rec, {E:revoked_at} AS rvk, ")
        + m_d.days(QStringLiteral("free_until")) + QStringLiteral(" AS fu FROM ")
        + (whole ? m_d.fullScan(QStringLiteral("certificates")) : QStringLiteral("certificates"))
        + (unreadable == Unreadable::Excluded ? QStringLiteral(" WHERE {BADC:id} AND ")
                                              : QStringLiteral(" WHERE "))
        + QStringLiteral("{NA:recorded_at}")
        + (scoped.isEmpty() ? QString() : QStringLiteral(" AND ") + scoped)
        + (read == BaseRead::Whole ? m_d.fence() : QString()) + QStringLiteral(") b)");
}

QString RuleQueries::requestBase() const
{
    return QStringLiteral(
               "(SELECT id, citizen_id, provider_code, reg, "
               "CASE WHEN cmp <= {T} THEN cmp END AS comp, CASE WHEN cnc <= {T} THEN cnc END AS canc "
               "FROM (SELECT id, citizen_id, provider_code, {E:registered_at} AS reg, "
               "{E:completed_at} AS cmp, {E:cancelled_at} AS cnc FROM service_requests "
               "WHERE {BADR:id} AND {NA:registered_at} AND ")
        + m_scope.requests(QStringLiteral("id"), QStringLiteral("citizen_id"), 'r') + QStringLiteral(") b)");
}

QString RuleQueries::malformedCertificateValues(const Dialect &d, const ScopeSql &scope)
{
    return QStringLiteral(
               "SELECT x.id, x.provider_code, x.citizen_id, NULL FROM certificates x WHERE %8 AND ("
               "x.channel IS NULL OR NOT %1 OR x.status IS NULL OR NOT %2 "
               "OR (x.revoke_reason IS NOT NULL AND NOT %3) "
               "OR x.recorded_at IS NULL OR NOT %4 "
               "OR (x.activated_at IS NOT NULL AND NOT %5) "
               "OR (x.revoked_at IS NOT NULL AND NOT %6) "
               "OR (x.free_until IS NOT NULL AND NOT %7))")
        .arg(oneOf("x.channel", {"app", "door_to_door", "hues_request", "legacy_import"}),
             oneOf("x.status", {"active", "technical_error", "revoked"}),
             oneOf("x.revoke_reason", {"switch_provider", "citizen_request", "error"}),
             d.isValidTimestamp(QStringLiteral("x.recorded_at")),
             d.isValidTimestamp(QStringLiteral("x.activated_at")),
             d.isValidTimestamp(QStringLiteral("x.revoked_at")),
             d.isValidDate(QStringLiteral("x.free_until")),
             scope.citizens(QStringLiteral("x.citizen_id"), 'v'));
}

QString RuleQueries::malformedCitizenReferences(const Dialect &d, const ScopeSql &scope)
{
    // Certificates and requests whose citizen does not exist, with their table's name last. Both
    // engines read the citizen indexes in order. PostgreSQL: the citizen ids of both tables,
    // merged from their indexes, against the citizens' key, in one merge anti-join (run with hash
    // joins off when the tables are vacuumed, ScanEngine: 0.26 s, where hashing 1.2 million
    // citizens took 0.8 s); then the rows of the few unknown citizens. SQLite: each table walked along its
    // citizen index, so that the citizens' key is probed in order (five times cheaper than in table order);
    // only the few rows found are then read from the tables.
    if (scope.active())
        return QStringLiteral(
                   "SELECT x.id, x.provider_code, x.citizen_id, NULL, 'certificates' FROM certificates x "
                   "WHERE %1 AND NOT EXISTS (SELECT 1 FROM citizens ci WHERE ci.citizen_id = x.citizen_id) "
                   "UNION ALL SELECT x.id, x.provider_code, x.citizen_id, NULL, 'service_requests' "
                   "FROM service_requests x WHERE %2 "
                   "AND NOT EXISTS (SELECT 1 FROM citizens ci WHERE ci.citizen_id = x.citizen_id)")
            .arg(scope.citizens(QStringLiteral("x.citizen_id"), 'u'),
                 scope.requests(QStringLiteral("x.id"), QStringLiteral("x.citizen_id"), 'w'));
    if (d.engine() == connection::Engine::Postgres)
        return QStringLiteral(
            "WITH unknown AS (SELECT DISTINCT m.citizen_id FROM (SELECT citizen_id FROM certificates "
            "UNION ALL SELECT citizen_id FROM service_requests) m "
            "WHERE NOT EXISTS (SELECT 1 FROM citizens ci WHERE ci.citizen_id = m.citizen_id)) "
            "SELECT x.id, x.provider_code, x.citizen_id, NULL, 'certificates' FROM certificates x "
            "JOIN unknown u ON u.citizen_id = x.citizen_id UNION ALL "
            "SELECT x.id, x.provider_code, x.citizen_id, NULL, 'service_requests' FROM service_requests x "
            "JOIN unknown u ON u.citizen_id = x.citizen_id");
    return QStringLiteral(
        "SELECT x.id, x.provider_code, x.citizen_id, NULL, 'certificates' FROM certificates x "
        "WHERE x.id IN (SELECT y.id FROM certificates y WHERE NOT EXISTS "
        "(SELECT 1 FROM citizens ci WHERE ci.citizen_id = y.citizen_id)) UNION ALL "
        "SELECT x.id, x.provider_code, x.citizen_id, NULL, 'service_requests' FROM service_requests x "
        "WHERE x.id IN (SELECT y.id FROM service_requests y WHERE NOT EXISTS "
        "(SELECT 1 FROM citizens ci WHERE ci.citizen_id = y.citizen_id))");
}

QString RuleQueries::malformedCertificateLinks(const ScopeSql &scope)
{
    // The replaced certificate is counted, not tested with NOT EXISTS: PostgreSQL would hash the
    // ids of every certificate (0.3 s) to check the few switches.
    return QStringLiteral("SELECT x.id, x.provider_code, x.citizen_id, NULL FROM certificates x WHERE ")
        + scope.citizens(QStringLiteral("x.citizen_id"), 'k')
        + QStringLiteral(" AND (x.provider_code IS NULL OR x.provider_code NOT IN "
                         "(SELECT code FROM providers WHERE code IS NOT NULL) "
                         "OR (x.request_id IS NOT NULL AND NOT EXISTS "
                         "(SELECT 1 FROM service_requests r WHERE r.id = x.request_id)) "
                         "OR (x.replaces_id IS NOT NULL AND "
                         "(SELECT COUNT(*) FROM certificates y WHERE y.id = x.replaces_id) = 0))");
}

QString RuleQueries::malformedRequests(const Dialect &d, const ScopeSql &scope)
{
    // The citizen is checked by malformedCitizenReferences.
    return QStringLiteral(
               "SELECT x.id, x.provider_code, x.citizen_id, NULL FROM service_requests x WHERE %5 AND ("
               "x.mode IS NULL OR NOT %1 "
               "OR x.registered_at IS NULL OR NOT %2 "
               "OR (x.completed_at IS NOT NULL AND NOT %3) "
               "OR (x.cancelled_at IS NOT NULL AND NOT %4) "
               "OR x.provider_code IS NULL OR x.provider_code NOT IN (SELECT code FROM providers "
               "WHERE code IS NOT NULL))")
        .arg(oneOf("x.mode", {"home", "phone"}), d.isValidTimestamp(QStringLiteral("x.registered_at")),
             d.isValidTimestamp(QStringLiteral("x.completed_at")),
             d.isValidTimestamp(QStringLiteral("x.cancelled_at")),
             scope.requests(QStringLiteral("x.id"), QStringLiteral("x.citizen_id"), 'q'));
}

QString RuleQueries::malformedLookups(const Dialect &d, const ScopeSql &scope)
{
    // §rules DATA_QUALITY: a look-up is unreadable for its `found`, its time or its provider; a
    // look-up of an unknown citizen is still a look-up.
    return QStringLiteral(
               "SELECT x.id, x.provider_code, x.citizen_id, NULL FROM lookups x WHERE %3 AND (NOT %1 "
               "OR x.looked_up_at IS NULL OR NOT %2 "
               "OR x.provider_code IS NULL OR x.provider_code NOT IN (SELECT code FROM providers "
               "WHERE code IS NOT NULL))")
        .arg(d.isValidFound(QStringLiteral("x.found")), d.isValidTimestamp(QStringLiteral("x.looked_up_at")),
             scope.citizens(QStringLiteral("x.citizen_id"), 'l'));
}

QString RuleQueries::providerExclusions(const Dialect &d)
{
    return QStringLiteral("SELECT code, CASE WHEN excluded_at IS NOT NULL AND %1 THEN %2 END FROM providers")
        .arg(d.isValidTimestamp(QStringLiteral("excluded_at")), d.epoch(QStringLiteral("excluded_at")));
}

QString RuleQueries::pairRules() const
{
    // One pass over the pairs (X, Z) of certificates of the same citizen, for citizens with two or
    // more certificates, Z existing at T and readable:
    // - §1.3, §3.2 DUPLICATE_ISSUANCE: Z is held at t(X) (recorded by then, not revoked by then; a
    //   revocation later than T is none);
    // - §1.4 SUPERSEDED: Z comes before X in Hue-S order and is not revoked at X.recorded_at; X is
    //   not a duplicate (decided here by the duplicate condition itself, so the result does not
    //   depend on which rules a scan runs).
    // Both lists in one grouping: the join is made once for the two rules. lookup_found is looked
    // up only for the duplicates. The ORDER BY of the citizens with several certificates leads
    // PostgreSQL to count them along the citizen index (0.12 s) instead of hashing every citizen
    // (0.45 s); SQLite counts along that index either way.
    const QString notRevokedAt
        = QStringLiteral("(z.revoked_at IS NULL OR {E:z.revoked_at} > {T} OR {E:z.revoked_at} > %1)");
    return expand(
        QStringLiteral(
            "SELECT g.id, g.provider_code, g.citizen_id, g.t, g.dup, g.sup, "
            "CASE WHEN g.dup IS NOT NULL AND EXISTS (SELECT 1 FROM lookups l "
            "WHERE l.citizen_id = g.citizen_id AND l.provider_code = g.provider_code AND {BADL:l.id} "
            "AND {NA:l.looked_up_at} AND {E:l.looked_up_at} BETWEEN g.t - {lookup_window} AND g.t "
            "AND %1) THEN 1 ELSE 0 END "
            "FROM (SELECT x.id, x.provider_code, x.citizen_id, x.t, "
            "%2 AS dup, %3 AS sup "
            "FROM (SELECT citizen_id FROM certificates WHERE %5 GROUP BY citizen_id HAVING COUNT(*) > 1 "
            "ORDER BY citizen_id) m "
            "JOIN %4 x ON x.citizen_id = m.citizen_id "
            "JOIN certificates z ON z.citizen_id = x.citizen_id AND z.id <> x.id AND {BADC:z.id} "
            "AND {NA:z.recorded_at} "
            "WHERE x.channel <> 'legacy_import' "
            "GROUP BY x.id, x.provider_code, x.citizen_id, x.t) g "
            "WHERE g.dup IS NOT NULL OR g.sup IS NOT NULL")
            .arg(m_d.isFound(QStringLiteral("l.found")),
                 m_d.idList(QStringLiteral("CASE WHEN {E:z.recorded_at} <= x.t AND %1 THEN z.id END")
                                .arg(notRevokedAt.arg(QStringLiteral("x.t")))),
                 m_d.idList(
                     QStringLiteral("CASE WHEN ({E:z.recorded_at} < x.rec OR ({E:z.recorded_at} = x.rec "
                                    "AND z.id < x.id)) AND %1 THEN z.id END")
                         .arg(notRevokedAt.arg(QStringLiteral("x.rec")))),
                 certificateBase(BaseRead::Joined), m_scope.citizens(QStringLiteral("citizen_id"), 'm')));
}

QString RuleQueries::rowRules(const QList<qint64> &exclusionTimes) const
{
    QString exclusion = QStringLiteral("NULL");
    if (!exclusionTimes.isEmpty()) {
        exclusion = QStringLiteral("CASE x.provider_code");
        for (qsizetype i = 0; i < exclusionTimes.size(); ++i)
            exclusion += QStringLiteral(" WHEN :p%1 THEN %2").arg(i).arg(exclusionTimes[i]);
        exclusion += QStringLiteral(" END");
    }
    // §1.4 late update; §4.4/§1.6 premature (a) on Hue-S before it existed beyond the clock
    // skew, (b) active but never activated; §3.3 a technical error left unactivated; §2.3 an
    // import activated in the programme; §1.5 the free period: on a switch the replaced
    // certificate's (± switch_tolerance_days; unjudged when the replaced one does not exist at T
    // or has none), otherwise at least free_days from the UTC activation date; §5.3 issued at or
    // after the provider's exclusion. The replaced certificate's free_until is looked up only for
    // the switches (a join would read every certificate a second time).
    return expand(
        QStringLiteral(
            "SELECT * FROM (SELECT x.id, x.provider_code, x.citizen_id, x.t, "
            "CASE WHEN x.channel <> 'legacy_import' AND x.act IS NOT NULL "
            "AND x.rec - x.act > {late_update} THEN x.rec - x.act END AS late, "
            "CASE WHEN x.channel = 'legacy_import' THEN NULL "
            "WHEN x.act IS NOT NULL AND x.act - x.rec > {premature_tolerance} THEN 'a' "
            "WHEN x.status = 'active' AND x.act IS NULL THEN 'b' END AS form, "
            "CASE WHEN x.channel <> 'legacy_import' AND x.status = 'technical_error' AND x.act IS NULL "
            "AND {T} - x.rec > {techerr_grace} THEN 1 ELSE 0 END AS stale, "
            "CASE WHEN x.channel = 'legacy_import' AND (x.act IS NULL OR x.act >= {programme_start}) "
            "THEN 1 ELSE 0 END AS legacy, "
            "CASE WHEN x.channel <> 'legacy_import' AND x.act IS NOT NULL AND ("
            "(x.replaces_id IS NOT NULL AND x.pfu IS NOT NULL AND (x.fu IS NULL "
            "OR x.fu - x.pfu > {switch_tolerance_days} OR x.pfu - x.fu > {switch_tolerance_days})) "
            "OR (x.replaces_id IS NULL AND (x.fu IS NULL OR x.fu < x.act / 86400 + {free_days}))) "
            "THEN 1 ELSE 0 END AS free, "
            "x.fu, CASE WHEN x.pfu IS NOT NULL THEN x.replaces_id END AS pid, x.pfu, "
            "x.act / 86400 + {free_days} AS expected, "
            "CASE WHEN x.channel <> 'legacy_import' AND x.t >= %1 THEN 1 ELSE 0 END AS excluded "
            "FROM (SELECT b.*, CASE WHEN b.replaces_id IS NOT NULL THEN (SELECT %3 FROM certificates p "
            "WHERE p.id = b.replaces_id AND {BADC:p.id} AND {NA:p.recorded_at}) END AS pfu FROM %2 b) x) s "
            "WHERE late IS NOT NULL OR form IS NOT NULL OR stale = 1 OR legacy = 1 OR free = 1 "
            "OR excluded = 1")
            .arg(exclusion, certificateBase(BaseRead::Whole, {}, Unreadable::DroppedAfter),
                 m_d.days(QStringLiteral("p.free_until"))));
}

QString RuleQueries::missingLookup() const
{
    return expand(
        QStringLiteral("SELECT x.id, x.provider_code, x.citizen_id, x.t FROM %1 x "
                       "WHERE NOT EXISTS (SELECT 1 FROM lookups l "
                       "WHERE l.citizen_id = x.citizen_id AND l.provider_code = x.provider_code "
                       "AND {BADL:l.id} AND {NA:l.looked_up_at} "
                       "AND {E:l.looked_up_at} BETWEEN x.t - {lookup_window} AND x.t)")
            .arg(certificateBase(BaseRead::Whole, QStringLiteral("channel IN ('app', 'door_to_door')"),
                                 Unreadable::DroppedAfter)));
}

QString RuleQueries::staffBurst() const
{
    // §1.6, §3.1: the window is centred on X and counts X itself. The certificates are read in
    // table order (SQLite would otherwise walk the staff index and fetch every row at random) and
    // sorted once. Each (provider, staff account) is numbered first, from the few hundred of them:
    // sorting by that number and t compares two integers, where sorting by the two texts took
    // PostgreSQL most of the rule's time. Only ids and times go through the sort; the provider and
    // citizen are read for the few certificates in a burst.
    if (m_scope.active()) {
        // A scoped scan: the certificates of the scope's staff accounts near its windows (through
        // the staff index), counted per account; the subjects are those in the windows.
        const qint64 window = m_thresholds.values().value(QStringLiteral("burst_window"));
        return expand(
            QStringLiteral(
                "SELECT s.id, c.provider_code, c.citizen_id, s.t, s.n FROM (SELECT id, t, n FROM ("
                "SELECT x.id, x.t, x.provider_code AS pc, x.staff_id AS sid, "
                "COUNT(*) OVER (PARTITION BY x.provider_code, x.staff_id ORDER BY x.t "
                "RANGE BETWEEN {burst_window} PRECEDING AND {burst_window} FOLLOWING) AS n "
                "FROM %1 x) w WHERE n >= {burst_count} AND %2) s JOIN certificates c ON c.id = s.id")
                .arg(certificateBase(BaseRead::Whole,
                                     QStringLiteral("channel = 'door_to_door' AND staff_id IS NOT NULL AND ")
                                         + m_scope.staffRows(QString(), window, 'c'),
                                     Unreadable::Excluded, false),
                     m_scope.staffWindow(QStringLiteral("w.pc"), QStringLiteral("w.sid"),
                                         QStringLiteral("w.t"), 'o')));
    }
    return expand(
        QStringLiteral("SELECT s.id, c.provider_code, c.citizen_id, s.t, s.n FROM (SELECT id, t, n FROM ("
                       "SELECT x.id, x.t, COUNT(*) OVER (PARTITION BY a.k ORDER BY x.t "
                       "RANGE BETWEEN {burst_window} PRECEDING AND {burst_window} FOLLOWING) AS n "
                       "FROM %1 x JOIN (SELECT provider_code, staff_id, "
                       "ROW_NUMBER() OVER (ORDER BY provider_code, staff_id) AS k FROM (SELECT DISTINCT "
                       "provider_code, staff_id FROM certificates WHERE staff_id IS NOT NULL) d) a "
                       "ON a.provider_code = x.provider_code AND a.staff_id = x.staff_id) w "
                       "WHERE n >= {burst_count}) s JOIN certificates c ON c.id = s.id")
            .arg(certificateBase(BaseRead::Whole,
                                 QStringLiteral("channel = 'door_to_door' AND staff_id IS NOT NULL"))));
}

QString RuleQueries::requestExpired() const
{
    // §4.4: no finding when withdrawn by the deadline D; otherwise late when completed after D, or
    // not completed by T when T is past D.
    return expand(QStringLiteral("SELECT id, provider_code, citizen_id, reg + {request_deadline}, "
                                 "CASE WHEN comp IS NOT NULL THEN comp ELSE COALESCE(canc, {T}) END "
                                 "- (reg + {request_deadline}) FROM %1 r "
                                 "WHERE NOT (canc IS NOT NULL AND canc <= reg + {request_deadline}) "
                                 "AND ((comp IS NOT NULL AND comp > reg + {request_deadline}) "
                                 "OR (comp IS NULL AND {T} > reg + {request_deadline}))")
                      .arg(requestBase()));
}

QString RuleQueries::prematureRequest() const
{
    // §4.4 form (c): marked done with no certificate activated by then (± clock skew).
    return expand(QStringLiteral("SELECT r.id, r.provider_code, r.citizen_id, r.comp FROM %1 r "
                                 "WHERE r.comp IS NOT NULL AND NOT EXISTS (SELECT 1 FROM certificates y "
                                 "WHERE y.request_id = r.id AND {BADC:y.id} AND {NA:y.recorded_at} "
                                 "AND y.activated_at IS NOT NULL "
                                 "AND {E:y.activated_at} <= r.comp + {premature_tolerance})")
                      .arg(requestBase()));
}

QString RuleQueries::nearDuplicateCandidates() const
{
    // Every citizen with a birth date and a 12-character id, in one sequential pass: cheaper than
    // finding the holders first (on SQLite that means random reads, and a semi-join on PostgreSQL
    // measured slower still); whether both citizens of a pair hold a certificate at T is checked
    // on the few pairs, by firstHeldCertificates(). PostgreSQL sends the citizens of one birth
    // year in one row, as "day:id" separated by commas: a million rows one by one cost more on
    // the client than the whole search, and grouping by the day kept 26,000 growing strings that
    // spilled to disk. (An id with a comma or colon in it breaks into pieces that are not 12
    // digits, which the search drops, as it drops every id that is not 12 digits.)
    if (m_d.engine() == connection::Engine::Postgres)
        return QStringLiteral("SELECT string_agg((birth_date - DATE '1970-01-01') || ':' || citizen_id, ',') "
                              "FROM citizens WHERE birth_date IS NOT NULL AND length(citizen_id) = 12 AND %1 "
                              "GROUP BY date_part('year', birth_date)")
            .arg(m_scope.birthDays(QStringLiteral("birth_date")));
    return QStringLiteral("SELECT birth_date, citizen_id FROM citizens "
                          "WHERE birth_date IS NOT NULL AND length(citizen_id) = 12 AND %1")
        .arg(m_scope.birthDays(QStringLiteral("birth_date")));
}

static QString boundList(int count)
{
    QStringList params;
    for (int i = 0; i < count; ++i)
        params << QStringLiteral(":c%1").arg(i);
    return params.join(QStringLiteral(", "));
}

QString RuleQueries::citizensByIds(int citizenCount)
{
    return QStringLiteral("SELECT citizen_id, full_name, birth_date FROM citizens WHERE citizen_id IN (%1)")
        .arg(boundList(citizenCount));
}

QString RuleQueries::firstHeldCertificates(int citizenCount) const
{
    return expand(
        QStringLiteral("SELECT citizen_id, id, provider_code, t, rec FROM (SELECT z.citizen_id, z.id, "
                       "z.provider_code, COALESCE({E:z.activated_at}, {E:z.recorded_at}) AS t, "
                       "{E:z.recorded_at} AS rec, ROW_NUMBER() OVER (PARTITION BY z.citizen_id "
                       "ORDER BY {E:z.recorded_at}, z.id) AS k FROM certificates z "
                       "WHERE z.citizen_id IN (%1) AND {BADC:z.id} AND {NA:z.recorded_at} "
                       "AND (z.revoked_at IS NULL OR {E:z.revoked_at} > {T})) f WHERE k = 1")
            .arg(boundList(citizenCount)));
}

} // namespace sw::rules
