// The live watch equals a full scan at every moment: a demo registry is replayed in Hue-S order
// into an empty copy (each row added when it reached Hue-S, later completed, cancelled, activated
// or revoked when that happened), and at checkpoints the watch's set is compared with a full scan
// of the copy at the same time, on each engine.
#include "EachEngine.h"
#include "ScratchRegistry.h"
#include "WatchCheck.h"
#include "demo/DemoGenerator.h"
#include "registry/RegistryConnection.h"
#include "rules/LiveWatch.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <algorithm>
#include <map>

using namespace sw;
using connection::Engine;

namespace {

struct Change
{
    qint64 at = 0; // when it reached Hue-S; 0: before the watch starts
    QString sql;
    QVariantList values;
};

std::optional<qint64> timeOf(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    const QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toSecsSinceEpoch();
}

QString insertInto(const QString &table, int columns)
{
    QStringList marks;
    for (int i = 0; i < columns; ++i)
        marks << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(table, marks.join(QLatin1Char(',')));
}

QList<QVariantList> rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QList<QVariantList> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        qFatal("%s", qPrintable(query.lastError().text()));
    const int width = query.record().count();
    while (query.next()) {
        QVariantList row;
        for (int i = 0; i < width; ++i)
            row << query.value(i);
        rows << row;
    }
    return rows;
}

// The registry's history as Hue-S saw it, from a registry's final state.
QList<Change> historyOf(const QSqlDatabase &source)
{
    QList<Change> changes;
    for (const QVariantList &row :
         rowsOf(source, QStringLiteral("SELECT code, name, excluded_at FROM providers")))
        changes.append({0, insertInto(QStringLiteral("providers"), 3), row});
    for (const QVariantList &row : rowsOf(source,
                                          QStringLiteral("SELECT citizen_id, full_name, birth_date, "
                                                         "district_code, phone FROM citizens")))
        changes.append({0, insertInto(QStringLiteral("citizens"), 5), row});
    // Certificates: recorded; activated later when a technical error was activated after the
    // record; revoked at revoked_at.
    const auto certificates
        = rowsOf(source,
                 QStringLiteral("SELECT id, citizen_id, provider_code, channel, status, activated_at, "
                                "recorded_at, free_until, serial, staff_id, request_id, replaces_id, "
                                "revoked_at, revoke_reason FROM certificates"));
    for (QVariantList row : certificates) {
        const auto recorded = timeOf(row[6]);
        const auto activated = timeOf(row[5]);
        const auto revoked = timeOf(row[12]);
        if (!recorded || (!row[5].isNull() && !activated) || (!row[12].isNull() && !revoked)) {
            changes.append({0, insertInto(QStringLiteral("certificates"), 14), row});
            continue;
        }
        const QVariant finalStatus = row[4];
        const QVariant finalActivated = row[5];
        const QVariant revokedAt = row[12];
        const QVariant reason = row[13];
        const bool activatedLater = activated && *activated > *recorded + 3600;
        if (revoked) {
            row[12] = QVariant(QMetaType(QMetaType::QString));
            row[13] = QVariant(QMetaType(QMetaType::QString));
            if (finalStatus.toString() == QLatin1String("revoked"))
                row[4] = activated ? QStringLiteral("active") : QStringLiteral("technical_error");
        }
        if (activatedLater) {
            row[4] = QStringLiteral("technical_error");
            row[5] = QVariant(QMetaType(QMetaType::QString));
        }
        changes.append({*recorded, insertInto(QStringLiteral("certificates"), 14), row});
        const QVariant id = row[0];
        if (activatedLater)
            changes.append(
                {*activated,
                 QStringLiteral("UPDATE certificates SET status = ?, activated_at = ? WHERE id = ?"),
                 {revoked ? QStringLiteral("active") : finalStatus.toString(), finalActivated, id}});
        if (revoked)
            changes.append({std::max(*revoked, *recorded),
                            QStringLiteral("UPDATE certificates SET status = ?, revoked_at = ?, "
                                           "revoke_reason = ? WHERE id = ?"),
                            {finalStatus, revokedAt, reason, id}});
    }
    const auto requests = rowsOf(source,
                                 QStringLiteral("SELECT id, citizen_id, provider_code, mode, registered_at, "
                                                "completed_at, cancelled_at FROM service_requests"));
    for (QVariantList row : requests) {
        const auto registered = timeOf(row[4]);
        const auto completed = timeOf(row[5]);
        const auto cancelled = timeOf(row[6]);
        if (!registered || (!row[5].isNull() && !completed) || (!row[6].isNull() && !cancelled)) {
            changes.append({0, insertInto(QStringLiteral("service_requests"), 7), row});
            continue;
        }
        const QVariant id = row[0];
        const QVariant completedAt = row[5], cancelledAt = row[6];
        row[5] = row[6] = QVariant(QMetaType(QMetaType::QString));
        changes.append({*registered, insertInto(QStringLiteral("service_requests"), 7), row});
        if (completed)
            changes.append({std::max(*completed, *registered),
                            QStringLiteral("UPDATE service_requests SET completed_at = ? WHERE id = ?"),
                            {completedAt, id}});
        if (cancelled)
            changes.append({std::max(*cancelled, *registered),
                            QStringLiteral("UPDATE service_requests SET cancelled_at = ? WHERE id = ?"),
                            {cancelledAt, id}});
    }
    for (const QVariantList &looked : rowsOf(source,
                                             QStringLiteral("SELECT id, provider_code, staff_id, citizen_id, "
                                                            "looked_up_at, found FROM lookups"))) {
        const auto at = timeOf(looked[4]);
        QVariantList row = looked;
        if (row[5].toString() == QLatin1String("0") || row[5].toString() == QLatin1String("1"))
            row[5] = row[5].toInt() == 1; // a boolean on PostgreSQL
        changes.append({at.value_or(0), insertInto(QStringLiteral("lookups"), 6), row});
    }
    std::stable_sort(changes.begin(), changes.end(),
                     [](const Change &a, const Change &b) { return a.at < b.at; });
    return changes;
}

Result<void> apply(registry::RegistryConnection &writer, const QList<Change> &changes, qsizetype from,
                   qsizetype to)
{
    QSqlDatabase db = writer.database();
    if (!db.transaction())
        return Error::make(QStringLiteral("begin"), db.lastError().text());
    std::map<QString, QSqlQuery> prepared;
    for (qsizetype i = from; i < to; ++i) {
        const Change &c = changes[i];
        auto it = prepared.find(c.sql);
        if (it == prepared.end()) {
            it = prepared.emplace(c.sql, QSqlQuery(db)).first;
            if (!it->second.prepare(c.sql))
                return Error::make(c.sql, it->second.lastError().text());
        }
        for (int v = 0; v < c.values.size(); ++v)
            it->second.bindValue(v, c.values[v]);
        if (!it->second.exec()) {
            db.rollback();
            return Error::make(c.sql, it->second.lastError().text());
        }
    }
    if (!db.commit())
        return Error::make(QStringLiteral("commit"), db.lastError().text());
    return {};
}

} // namespace

class TestLiveWatch : public QObject
{
    Q_OBJECT
public:
    explicit TestLiveWatch(Engine engine) : m_engine(engine) { }

private Q_SLOTS:
    void replayEqualsFullScansAtEveryCheckpoint();

private:
    Engine m_engine;
};

void TestLiveWatch::replayEqualsFullScansAtEveryCheckpoint()
{
    QLoggingCategory::setFilterRules(QStringLiteral("signwatch.rules.info=false"));
    // The source: a small demo registry (every rule has planted cases), on SQLite.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    connection::ConnectionSpec sourceSpec;
    sourceSpec.engine = Engine::Sqlite;
    sourceSpec.path = dir.filePath(QStringLiteral("source.sqlite"));
    QList<Change> history;
    {
        auto source
            = registry::RegistryConnection::open(sourceSpec, {}, registry::RegistryConnection::Mode::Write);
        QVERIFY(source.ok());
        demo::DemoOptions options;
        options.citizens = 1500;
        options.seed = 16;
        auto made = demo::generateDemoRegistry(**source, options);
        QVERIFY2(made.ok(), qPrintable(made ? QString() : made.error().fullText()));
        history = historyOf((*source)->database());
    }
    auto copy = test::ScratchRegistry::create(m_engine);
    QVERIFY2(copy.ok(), qPrintable(copy ? QString() : copy.error().fullText()));
    test::ScratchRegistry &registry = **copy;

    // Before the first record: providers, citizens and the rows whose times cannot be read.
    const qsizetype before
        = std::find_if(history.cbegin(), history.cend(), [](const Change &c) { return c.at > 0; })
        - history.cbegin();
    QVERIFY(before < history.size());
    auto applied = apply(registry.writer(), history, 0, before);
    QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().fullText()));

    const qint64 first = history[before].at;
    const qint64 last = history.constLast().at;
    rules::WatchOptions options;
    options.reconcileSeconds = 0; // every poll incremental: the comparison is the proof
    options.maxScopedCitizens = 1 << 30;
    options.fullScanThreads = 1;
    rules::LiveWatch watch(registry.spec(), registry.password(), options);
    auto started = watch.start(first - 1);
    QVERIFY2(started.ok(), qPrintable(started ? QString() : started.error().fullText()));

    // Checkpoints: 40 steps through the campaign, some within a minute of the one before, and
    // the clock's own deadlines past the end (48 hours, 7 days).
    QList<qint64> checkpoints;
    for (int i = 1; i <= 40; ++i) {
        const qint64 t = first + (last - first) * i / 40;
        checkpoints << t - 30 << t;
    }
    checkpoints << last + 2 * 86400 + 1 << last + 8 * 86400;
    std::sort(checkpoints.begin(), checkpoints.end());

    qsizetype next = before;
    int polls = 0, events = 0, incremental = 0;
    QSet<QString> kinds;
    for (qint64 t : std::as_const(checkpoints)) {
        qsizetype upTo = next;
        while (upTo < history.size() && history[upTo].at <= t)
            ++upTo;
        applied = apply(registry.writer(), history, next, upTo);
        QVERIFY2(applied.ok(), qPrintable(applied ? QString() : applied.error().fullText()));
        next = upTo;
        auto polled = watch.poll(t);
        QVERIFY2(polled.ok(), qPrintable(polled ? QString() : polled.error().fullText()));
        ++polls;
        incremental += polled->fullScan ? 0 : 1;
        events += int(polled->events.size());
        for (const rules::WatchEvent &e : polled->events)
            kinds.insert(e.finding.rule
                         + (e.kind == rules::WatchEvent::Kind::New ? QStringLiteral(" new")
                                                                   : QStringLiteral(" resolved")));
        QString error;
        const QStringList full = test::fullScanAt(registry, t, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QStringList watched = test::comparable(watch.findings());
        QVERIFY2(watched == full,
                 qPrintable(QStringLiteral(
                                "at %1: watch %2, scan %3 findings\nonly the scan:\n%4\nonly the watch:\n%5")
                                .arg(QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc()).toString(Qt::ISODate))
                                .arg(watched.size())
                                .arg(full.size())
                                .arg(test::missingFrom(full, watched), test::missingFrom(watched, full))));
    }
    QCOMPARE(next, history.size());
    // Polls judge what changed; only an exclusion's time passing makes the watch scan everything.
    QVERIFY2(incremental >= polls - 2, qPrintable(QStringLiteral("%1 of %2").arg(incremental).arg(polls)));
    // The replay moved the set: findings came and went, of many rules.
    QVERIFY2(events > 40, qPrintable(QString::number(events)));
    for (const char *expected :
         {"DUPLICATE_ISSUANCE new", "REQUEST_EXPIRED new", "STALE_TECHNICAL_ERROR new", "STAFF_BURST new",
          "MISSING_LOOKUP new", "IDENTITY_NEAR_DUPLICATE new", "DATA_QUALITY new"})
        QVERIFY2(kinds.contains(QLatin1String(expected)),
                 qPrintable(QStringList(kinds.cbegin(), kinds.cend()).join(QStringLiteral(", "))));
}

int main(int argc, char **argv)
{
    return test::runOnEachEngine<TestLiveWatch>(argc, argv, "live watch replay");
}

#include "tst_livewatch.moc"
