#include "rules/WatchChanges.h"

#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
#include "rules/Dialect.h"

#include <QCoreApplication>
#include <QDate>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace sw::rules {

using registry::RegistryConnection;

namespace {
Error readError(const QSqlQuery &query)
{
    return connection::sqlError(
        QCoreApplication::translate("Rules", "The live watch could not read the registry's changes."),
        query.lastError());
}

// Runs `sql` with `bindings` and hands each row to `row`.
Result<void> eachRow(const QSqlDatabase &db, const QString &sql,
                     const QList<QPair<QString, QVariant>> &bindings,
                     const std::function<void(const QSqlQuery &)> &row)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (bindings.isEmpty()) {
        // One round trip: a prepared statement costs PostgreSQL three (prepare, execute, deallocate).
        if (!query.exec(sql))
            return readError(query);
    } else {
        if (!query.prepare(sql))
            return readError(query);
        for (const auto &[name, value] : bindings)
            query.bindValue(name, value);
        if (!query.exec())
            return readError(query);
    }
    while (query.next())
        row(query);
    if (query.lastError().isValid())
        return readError(query);
    return {};
}

// Whole numbers written into an IN list, a chunk at a time.
Result<void> eachIdChunk(const QList<qint64> &ids, const std::function<Result<void>(const QString &)> &chunk)
{
    constexpr qsizetype size = 500;
    for (qsizetype start = 0; start < ids.size(); start += size) {
        QStringList part;
        for (qint64 id : ids.mid(start, size))
            part << QString::number(id);
        if (auto done = chunk(part.join(QLatin1Char(','))); !done)
            return done;
    }
    return {};
}

// A row's values as one text, NULL told apart from empty.
QString valuesOf(const QSqlQuery &row, int from, int to)
{
    QString out;
    for (int i = from; i < to; ++i) {
        const QVariant v = row.value(i);
        out += v.isNull() ? QStringLiteral("\x01") : v.toString();
        out += QLatin1Char('\x1f');
    }
    return out;
}

qint64 newestOf(const QSqlQuery &row, std::initializer_list<int> columns)
{
    qint64 newest = 0;
    for (int c : columns)
        if (!row.value(c).isNull())
            newest = std::max(newest, row.value(c).toLongLong());
    return newest;
}

// Days since the epoch of a birth date in the contract's form (PostgreSQL: a date).
std::optional<qint64> birthDay(const QVariant &value)
{
    QDate date;
    if (value.typeId() == QMetaType::QDate) {
        date = value.toDate();
    } else {
        const QString text = value.toString();
        date = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
        if (text.size() != 10 || date.toString(QStringLiteral("yyyy-MM-dd")) != text)
            return std::nullopt;
    }
    if (!date.isValid())
        return std::nullopt;
    return QDate(1970, 1, 1).daysTo(date);
}

// Door-to-door windows of one staff account that overlap are joined.
QList<ScanScope::StaffWindow> merged(QList<ScanScope::StaffWindow> windows)
{
    std::sort(windows.begin(), windows.end(), [](const auto &a, const auto &b) {
        return std::tie(a.provider, a.staff, a.from) < std::tie(b.provider, b.staff, b.from);
    });
    QList<ScanScope::StaffWindow> out;
    for (const ScanScope::StaffWindow &w : windows) {
        if (!out.isEmpty() && out.last().provider == w.provider && out.last().staff == w.staff
            && w.from <= out.last().to + 1)
            out.last().to = std::max(out.last().to, w.to);
        else
            out.append(w);
    }
    return out;
}
} // namespace

Result<Watermark> highestIds(RegistryConnection &connection)
{
    Watermark w;
    QSqlQuery query(connection.database());
    if (!query.exec(QStringLiteral("SELECT (SELECT MAX(id) FROM certificates), (SELECT MAX(id) FROM "
                                   "service_requests), (SELECT MAX(id) FROM lookups)"))
        || !query.next())
        return readError(query);
    w.certificate = query.value(0).toLongLong();
    w.request = query.value(1).toLongLong();
    w.lookup = query.value(2).toLongLong();
    return w;
}

Result<QHash<QString, qint64>> birthDaysOf(RegistryConnection &connection, const QStringList &citizens)
{
    QHash<QString, qint64> days;
    constexpr qsizetype chunk = 200;
    for (qsizetype start = 0; start < citizens.size(); start += chunk) {
        const QStringList part = citizens.mid(start, chunk);
        QStringList marks;
        QList<QPair<QString, QVariant>> bindings;
        for (qsizetype i = 0; i < part.size(); ++i) {
            marks << QStringLiteral(":w%1").arg(i);
            bindings.append({marks.last(), part[i]});
        }
        auto read
            = eachRow(connection.database(),
                      QStringLiteral("SELECT citizen_id, birth_date FROM citizens WHERE citizen_id IN (%1)")
                          .arg(marks.join(QStringLiteral(", "))),
                      bindings, [&](const QSqlQuery &row) {
                          if (auto day = birthDay(row.value(1)))
                              days.insert(row.value(0).toString(), *day);
                      });
        if (!read)
            return read.error();
    }
    return days;
}

Result<WatchChanges> findChanges(RegistryConnection &connection, const ChangeWindow &window,
                                 const QHash<QString, SeenRow> &seen)
{
    const QSqlDatabase db = connection.database();
    const Dialect d(connection.engine());
    const qint64 from = window.since.asOf - window.margin;
    const qint64 now = window.now;
    auto within = [&](const char *column) { return d.timeWithin(QLatin1String(column), from, now); };
    auto epoch = [&](const char *column) { return d.epoch(QLatin1String(column)); };
    const qint64 burstWindow = window.thresholds.value(QStringLiteral("burst_window"));
    const qint64 grace = window.thresholds.value(QStringLiteral("techerr_grace"));
    const qint64 deadline = window.thresholds.value(QStringLiteral("request_deadline"));

    WatchChanges out;
    out.next = window.since;
    QSet<QString> citizens;
    QSet<qint64> requests;
    QList<qint64> changedCertificates, changedRequests;
    QList<ScanScope::StaffWindow> windows;
    // A row is judged again unless it was judged with these very values. One with a time still
    // to come (a revocation dated ahead) is not remembered: its finding changes when that time
    // passes.
    auto fresh = [&](const QString &key, const QString &values, qint64 newest) {
        const auto was = seen.constFind(key);
        if (was != seen.cend() && was->values == values)
            return false;
        if (newest <= now)
            out.seen.insert(key, {values, newest});
        ++out.rows;
        return true;
    };
    auto addWindows
        = [&](const QSqlQuery &row, int provider, int channel, int staff, int activated, int recorded) {
              if (row.value(channel).toString() != QLatin1String("door_to_door") || row.value(staff).isNull())
                  return;
              for (int t : {activated, recorded})
                  if (!row.value(t).isNull())
                      windows.append({row.value(provider).toString(), row.value(staff).toString(),
                                      row.value(t).toLongLong() - burstWindow,
                                      row.value(t).toLongLong() + burstWindow});
          };

    // Certificates recorded, activated or revoked in the window, or new by their ids.
    const QString certificates
        = QStringLiteral(
              "SELECT id, citizen_id, provider_code, channel, staff_id, %1, %2, %3, request_id, "
              "replaces_id, status, activated_at, recorded_at, revoked_at, revoke_reason, free_until, "
              "serial FROM certificates WHERE id IN (SELECT id FROM certificates WHERE %4 "
              "UNION ALL SELECT id FROM certificates WHERE %5 "
              "UNION ALL SELECT id FROM certificates WHERE %6 "
              "UNION ALL SELECT id FROM certificates WHERE id > %7)")
              .arg(epoch("activated_at"), epoch("recorded_at"), epoch("revoked_at"), within("recorded_at"),
                   within("activated_at"), within("revoked_at"))
              .arg(window.since.certificate);
    auto certs = eachRow(db, certificates, {}, [&](const QSqlQuery &row) {
        const qint64 id = row.value(0).toLongLong();
        out.next.certificate = std::max(out.next.certificate, id);
        if (!fresh(QStringLiteral("c:%1").arg(id), valuesOf(row, 1, 17), newestOf(row, {5, 6, 7})))
            return;
        changedCertificates << id;
        if (!row.value(1).isNull())
            citizens.insert(row.value(1).toString());
        if (!row.value(8).isNull())
            requests.insert(row.value(8).toLongLong());
        addWindows(row, 2, 3, 4, 5, 6);
    });
    if (!certs)
        return certs.error();

    // STALE_TECHNICAL_ERROR: records whose grace the clock has just passed.
    auto stale = eachRow(
        db,
        QStringLiteral("SELECT citizen_id FROM certificates WHERE status = 'technical_error' AND %1")
            .arg(d.timeWithin(QStringLiteral("recorded_at"), window.since.asOf - grace - 1, now - grace)),
        {}, [&](const QSqlQuery &row) {
            ++out.rows;
            citizens.insert(row.value(0).toString());
        });
    if (!stale)
        return stale.error();

    // Requests registered, completed or cancelled in the window, or new by their ids.
    const QString requestSql
        = QStringLiteral(
              "SELECT id, citizen_id, provider_code, mode, registered_at, completed_at, cancelled_at, "
              "%1, %2, %3 FROM service_requests WHERE id IN (SELECT id FROM service_requests WHERE %4 "
              "UNION ALL SELECT id FROM service_requests WHERE %5 "
              "UNION ALL SELECT id FROM service_requests WHERE %6 "
              "UNION ALL SELECT id FROM service_requests WHERE id > %7)")
              .arg(epoch("registered_at"), epoch("completed_at"), epoch("cancelled_at"),
                   within("registered_at"), within("completed_at"), within("cancelled_at"))
              .arg(window.since.request);
    auto reqs = eachRow(db, requestSql, {}, [&](const QSqlQuery &row) {
        const qint64 id = row.value(0).toLongLong();
        out.next.request = std::max(out.next.request, id);
        if (!fresh(QStringLiteral("r:%1").arg(id), valuesOf(row, 1, 7), newestOf(row, {7, 8, 9})))
            return;
        changedRequests << id;
        requests.insert(id);
        if (!row.value(1).isNull())
            citizens.insert(row.value(1).toString());
    });
    if (!reqs)
        return reqs.error();

    // REQUEST_EXPIRED: requests whose deadline the clock has just passed.
    auto expired = eachRow(db,
                           QStringLiteral("SELECT id FROM service_requests WHERE %1")
                               .arg(d.timeWithin(QStringLiteral("registered_at"),
                                                 window.since.asOf - deadline - 1, now - deadline)),
                           {}, [&](const QSqlQuery &row) {
                               ++out.rows;
                               requests.insert(row.value(0).toLongLong());
                           });
    if (!expired)
        return expired.error();

    // Look-ups made in the window, or new by their ids.
    const QString lookups
        = QStringLiteral("SELECT id, citizen_id, provider_code, staff_id, looked_up_at, found, %1 "
                         "FROM lookups WHERE id IN (SELECT id FROM lookups WHERE %2 "
                         "UNION ALL SELECT id FROM lookups WHERE id > %3)")
              .arg(epoch("looked_up_at"), within("looked_up_at"))
              .arg(window.since.lookup);
    auto looked = eachRow(db, lookups, {}, [&](const QSqlQuery &row) {
        const qint64 id = row.value(0).toLongLong();
        out.next.lookup = std::max(out.next.lookup, id);
        if (fresh(QStringLiteral("l:%1").arg(id), valuesOf(row, 1, 6), newestOf(row, {6}))
            && !row.value(1).isNull())
            citizens.insert(row.value(1).toString());
    });
    if (!looked)
        return looked.error();

    // Certificates that name a changed row: their citizens' findings read it (a request that now
    // exists, a replaced certificate's free period), and whether they are readable may change
    // (their staff account's bursts count only readable ones).
    auto referring = [&](const QList<qint64> &ids, const char *column) {
        return eachIdChunk(ids, [&](const QString &list) {
            return eachRow(db,
                           QStringLiteral("SELECT citizen_id, provider_code, channel, staff_id, %1, %2 "
                                          "FROM certificates WHERE %3 IN (%4)")
                               .arg(epoch("activated_at"), epoch("recorded_at"), QLatin1String(column), list),
                           {}, [&](const QSqlQuery &row) {
                               citizens.insert(row.value(0).toString());
                               addWindows(row, 1, 2, 3, 4, 5);
                           });
        });
    };
    if (auto r = referring(changedRequests, "request_id"); !r)
        return r.error();
    if (auto r = referring(changedCertificates, "replaces_id"); !r)
        return r.error();

    citizens.remove(QString());
    out.scope.citizens = QStringList(citizens.cbegin(), citizens.cend());
    std::sort(out.scope.citizens.begin(), out.scope.citizens.end());
    out.scope.requests = QList<qint64>(requests.cbegin(), requests.cend());
    std::sort(out.scope.requests.begin(), out.scope.requests.end());
    out.scope.staffWindows = merged(windows);

    // The birth days of the citizens judged again: near-duplicate identities pair citizens born on
    // the same day.
    auto born = birthDaysOf(connection, out.scope.citizens);
    if (!born)
        return born.error();
    const QList<qint64> bornOn = born->values();
    const QSet<qint64> days(bornOn.cbegin(), bornOn.cend());
    out.scope.birthDays = QList<qint64>(days.cbegin(), days.cend());
    std::sort(out.scope.birthDays.begin(), out.scope.birthDays.end());

    const ScopeSql scope(out.scope, d);
    if (!out.scope.staffWindows.isEmpty()) {
        const QString sql
            = QStringLiteral("SELECT id FROM certificates WHERE channel = 'door_to_door' AND %1")
                  .arg(scope.staffRows(QString(), 0, 'a'));
        auto burst = eachRow(db, sql, scope.bindings(sql), [&](const QSqlQuery &row) {
            out.burstSubjects.insert(row.value(0).toLongLong());
        });
        if (!burst)
            return burst.error();
    }
    return out;
}

} // namespace sw::rules
