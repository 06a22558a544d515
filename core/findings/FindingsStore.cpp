#include "findings/FindingsStore.h"

#include "findings/FindingsStoreSql.h"

#include "connection/SqlError.h"
#include "privacy/PrivateFiles.h"
#include "rules/Thresholds.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

#include <atomic>
#include <functional>

Q_LOGGING_CATEGORY(lcFindings, "signwatch.findings")

namespace sw::findings {

using storesql::nonNull;
using storesql::prepareAndBind;
using storesql::readError;
using storesql::readScan;
using storesql::scanColumns;
using storesql::storeError;

namespace {

// The schema, one step per version: step i brings a file from version i to i + 1. A file is
// never rebuilt: later versions add steps.
const QList<QStringList> &migrationSteps()
{
    static const QList<QStringList> steps = {
        // 0 -> 1: scans and their findings.
        {QStringLiteral("CREATE TABLE scans (id INTEGER PRIMARY KEY, registry_key TEXT NOT NULL, "
                        "as_of INTEGER NOT NULL, started_at INTEGER NOT NULL, elapsed_ms INTEGER NOT NULL, "
                        "thresholds TEXT NOT NULL, rules TEXT NOT NULL, certificates INTEGER NOT NULL, "
                        "finding_count INTEGER NOT NULL, new_count INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX scans_by_registry ON scans (registry_key, id)"),
         QStringLiteral("CREATE TABLE findings (id INTEGER PRIMARY KEY, "
                        "scan_id INTEGER NOT NULL REFERENCES scans (id), rule TEXT NOT NULL, "
                        "severity INTEGER NOT NULL, provider TEXT, district TEXT NOT NULL, at INTEGER, "
                        "citizen_id TEXT, subject_kind TEXT NOT NULL, subject_id INTEGER NOT NULL, "
                        "evidence TEXT NOT NULL, detail TEXT NOT NULL, json TEXT NOT NULL, "
                        "is_new INTEGER NOT NULL)"),
         // "New since the previous scan" looks findings up by rule and subject; also the rule sort.
         QStringLiteral(
             "CREATE INDEX findings_by_subject ON findings (scan_id, rule, subject_kind, subject_id)"),
         QStringLiteral("CREATE INDEX findings_by_time ON findings (scan_id, at)")},
        // 1 -> 2: a citizen's findings (the complaint form picks them; issue 17).
        {QStringLiteral("CREATE INDEX findings_by_citizen ON findings (scan_id, citizen_id)")},
    };
    return steps;
}

std::atomic<quint64> connectionCounter {0};

} // namespace

QString FindingsStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/findings.sqlite");
}

FindingsStore::FindingsStore(QString path, int keptScans)
    : m_path(std::move(path)),
      m_keptScans(qMax(2, keptScans)), // two at least: "new" compares with the previous scan
      m_name(QStringLiteral("signwatch-findings-%1").arg(++connectionCounter))
{ }

FindingsStore::~FindingsStore()
{
    if (QSqlDatabase::contains(m_name)) {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

namespace {
Result<QSqlDatabase> openDatabase(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // A scan may write while the page reads: wait for the other connection rather than fail.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!db.open())
        return storeError(
            QCoreApplication::translate("Findings", "The console's findings file %1 could not be opened.")
                .arg(path),
            db.lastError());
    QSqlQuery pragma(db);
    // WAL: the page keeps reading the last scan while a new one is being saved.
    pragma.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    pragma.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    pragma.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    return db;
}
} // namespace

Result<FindingsStore::Connection> FindingsStore::connection() const
{
    if (!m_open)
        return Error::make(
            QCoreApplication::translate("Findings", "The console's findings file is not open."), m_path,
            Error::Kind::Unavailable);
    if (QThread::currentThread() == m_thread)
        return Connection(QSqlDatabase::database(m_name, false), {});
    const QString name = QStringLiteral("%1-t%2").arg(m_name).arg(++connectionCounter);
    auto db = openDatabase(m_path, name);
    if (!db) {
        QSqlDatabase::removeDatabase(name);
        return db.error();
    }
    return Connection(*db, name);
}

Result<void> FindingsStore::open()
{
    if (m_open)
        return {};
    // §1.7: the findings hold citizen ids: 0600 in a 0700 folder, from the moment the file exists.
    if (auto prepared = privacy::preparePrivateStore(m_path); !prepared)
        return prepared;
    auto db = openDatabase(m_path, m_name);
    if (!db)
        return db.error();
    if (auto migrated = migrate(*db); !migrated)
        return migrated;
    m_thread = QThread::currentThread();
    m_open = true;
    return {};
}

Result<int> FindingsStore::storedSchemaVersion() const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return readError(q.lastError());
    return q.value(0).toInt();
}

Result<void> FindingsStore::migrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return storeError(
            QCoreApplication::translate("Findings", "The console's findings file could not be prepared."),
            q.lastError());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version")) || !q.next())
        return readError(q.lastError());
    int version = q.value(0).toInt();
    q.finish();
    if (version > schemaVersion)
        return Error::make(
            QCoreApplication::translate(
                "Findings", "The console's findings file was written by a newer version of SignWatch."),
            QStringLiteral("%1: schema version %2, this version knows %3")
                .arg(m_path)
                .arg(version)
                .arg(schemaVersion));
    const auto &steps = migrationSteps();
    for (; version < schemaVersion; ++version) {
        // Each step in its own transaction: a step that fails leaves the file at the version before.
        if (!db.transaction())
            return storeError(
                QCoreApplication::translate("Findings", "The console's findings file could not be updated."),
                db.lastError());
        bool ok = true;
        QSqlError failure;
        for (const QString &statement : steps.at(version)) {
            if (!q.exec(statement)) {
                ok = false;
                failure = q.lastError();
                break;
            }
        }
        if (ok) {
            q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
            q.addBindValue(version + 1);
            ok = q.exec();
            if (!ok)
                failure = q.lastError();
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return storeError(
                QCoreApplication::translate("Findings", "The console's findings file could not be updated."),
                ok ? db.lastError() : failure);
        }
        qCInfo(lcFindings) << "findings store migrated to schema version" << version + 1;
    }
    return {};
}

Result<ScanRecord> FindingsStore::saveScan(const ScanToSave &scan, const QList<rules::Finding> &findings,
                                           const QHash<QString, QString> &districts)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlDatabase &db = c->db();
    const QString failed = QCoreApplication::translate(
        "Findings", "The scan's findings could not be saved in the console's findings file.");
    if (!db.transaction())
        return storeError(failed, db.lastError());
    // Everything below is one transaction: a failure anywhere rolls the whole scan back and the
    // previous scans stay as they were.
    auto fail = [&](const QSqlError &error) -> Error {
        db.rollback();
        return storeError(failed, error);
    };

    ScanRecord record;
    record.registryKey = scan.registryKey;
    record.asOf = scan.asOf;
    record.startedAt = scan.startedAt;
    record.elapsedMs = scan.elapsedMs;
    record.thresholds = scan.thresholds;
    record.rules = scan.rules;
    record.certificates = scan.certificates;

    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM scans WHERE registry_key = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(scan.registryKey);
    if (!q.exec())
        return fail(q.lastError());
    const bool hasPrevious = q.next();
    const qint64 previous = hasPrevious ? q.value(0).toLongLong() : 0;
    q.finish();

    QJsonObject thresholds;
    for (auto it = scan.thresholds.cbegin(); it != scan.thresholds.cend(); ++it)
        thresholds.insert(it.key(), it.value());
    q.prepare(
        QStringLiteral("INSERT INTO scans (registry_key, as_of, started_at, elapsed_ms, thresholds, rules, "
                       "certificates, finding_count, new_count) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)"));
    for (const QVariant &v : QVariantList {scan.registryKey, scan.asOf, scan.startedAt, scan.elapsedMs,
                                           QJsonDocument(thresholds).toJson(QJsonDocument::Compact),
                                           nonNull(scan.rules.join(QLatin1Char(','))), scan.certificates})
        q.addBindValue(v);
    if (!q.exec())
        return fail(q.lastError());
    record.id = q.lastInsertId().toLongLong();

    QSqlQuery insert(db);
    if (!storesql::prepareFindingInsert(insert))
        return fail(insert.lastError());
    // With no previous scan of this registry, everything it found is new.
    for (const rules::Finding &f : findings) {
        storesql::bindFinding(insert, record.id, f, f.citizenId ? districts.value(*f.citizenId) : QString(),
                              !hasPrevious);
        if (!insert.exec())
            return fail(insert.lastError());
    }
    insert.finish();

    if (hasPrevious) {
        q.prepare(QStringLiteral("UPDATE findings SET is_new = 1 WHERE scan_id = ? AND NOT EXISTS ("
                                 "SELECT 1 FROM findings p WHERE p.scan_id = ? AND p.rule = findings.rule "
                                 "AND p.subject_kind = findings.subject_kind "
                                 "AND p.subject_id = findings.subject_id)"));
        q.addBindValue(record.id);
        q.addBindValue(previous);
        if (!q.exec())
            return fail(q.lastError());
    }
    q.prepare(QStringLiteral("SELECT COUNT(*), COALESCE(SUM(is_new), 0) FROM findings WHERE scan_id = ?"));
    q.addBindValue(record.id);
    if (!q.exec() || !q.next())
        return fail(q.lastError());
    record.findings = q.value(0).toLongLong();
    record.newFindings = q.value(1).toLongLong();
    q.finish();
    q.prepare(QStringLiteral("UPDATE scans SET finding_count = ?, new_count = ? WHERE id = ?"));
    q.addBindValue(record.findings);
    q.addBindValue(record.newFindings);
    q.addBindValue(record.id);
    if (!q.exec())
        return fail(q.lastError());

    // Keep the registry's last few scans.
    const QString older
        = QStringLiteral("SELECT id FROM scans WHERE registry_key = ? ORDER BY id DESC LIMIT -1 OFFSET ?");
    q.prepare(QStringLiteral("DELETE FROM findings WHERE scan_id IN (%1)").arg(older));
    q.addBindValue(scan.registryKey);
    q.addBindValue(m_keptScans);
    if (!q.exec())
        return fail(q.lastError());
    q.prepare(QStringLiteral("DELETE FROM scans WHERE id IN (%1)").arg(older));
    q.addBindValue(scan.registryKey);
    q.addBindValue(m_keptScans);
    if (!q.exec())
        return fail(q.lastError());
    q.finish();

    if (!db.commit())
        return fail(db.lastError());
    qCInfo(lcFindings) << "saved scan" << record.id << "with" << record.findings << "findings,"
                       << record.newFindings << "new";
    return record;
}

Result<std::optional<ScanRecord>> FindingsStore::latestScan(const QString &registryKey) const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT %1 FROM scans WHERE registry_key = ? ORDER BY id DESC LIMIT 1")
                            .arg(scanColumns),
                        {registryKey}))
        return readError(q.lastError());
    if (!q.next())
        return std::optional<ScanRecord>();
    return std::optional(readScan(q));
}

Result<std::optional<ScanRecord>> FindingsStore::scan(qint64 scanId) const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!prepareAndBind(q, QStringLiteral("SELECT %1 FROM scans WHERE id = ?").arg(scanColumns), {scanId}))
        return readError(q.lastError());
    if (!q.next())
        return std::optional<ScanRecord>();
    return std::optional(readScan(q));
}

Result<QList<ScanRecord>> FindingsStore::scans(const QString &registryKey) const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!prepareAndBind(
            q,
            QStringLiteral("SELECT %1 FROM scans WHERE registry_key = ? ORDER BY id DESC").arg(scanColumns),
            {registryKey}))
        return readError(q.lastError());
    QList<ScanRecord> records;
    while (q.next())
        records << readScan(q);
    return records;
}

} // namespace sw::findings
