#include "findings/FindingsStore.h"

#include "findings/FindingsStoreSql.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlError>

Q_DECLARE_LOGGING_CATEGORY(lcFindings)

namespace sw::findings {

using storesql::prepareAndBind;
using storesql::readError;
using storesql::storeError;

Result<ScanRecord> FindingsStore::updateScan(qint64 scanId, qint64 asOf,
                                             const QList<rules::Finding> &resolved,
                                             const QList<rules::Finding> &added,
                                             const QHash<QString, QString> &districts)
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlDatabase &db = c->db();
    const QString failed = QCoreApplication::translate(
        "Findings", "The live watch's findings could not be saved in the console's findings file.");
    if (!db.transaction())
        return storeError(failed, db.lastError());
    auto fail = [&](const QSqlError &error) -> Error {
        db.rollback();
        return storeError(failed, error);
    };

    QSqlQuery q(db);
    if (!prepareAndBind(q, QStringLiteral("SELECT %1 FROM scans WHERE id = ?").arg(storesql::scanColumns),
                        {scanId}))
        return fail(q.lastError());
    if (!q.next()) {
        db.rollback();
        return Error::make(failed, QStringLiteral("scan %1 is no longer kept").arg(scanId),
                           Error::Kind::NotFound);
    }
    ScanRecord record = storesql::readScan(q);
    q.finish();
    // "New" compares with the registry's scan before this one, as saveScan does.
    if (!prepareAndBind(q,
                        QStringLiteral("SELECT id FROM scans WHERE registry_key = ? AND id < ? "
                                       "ORDER BY id DESC LIMIT 1"),
                        {record.registryKey, scanId}))
        return fail(q.lastError());
    const qint64 previous = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();

    const QString bySubject
        = QStringLiteral(" WHERE scan_id = ? AND rule = ? AND subject_kind = ? AND subject_id = ?");
    // The rows of the resolved findings are found first and deleted after the inserts: SQLite
    // gives a new row the highest id plus one, so deleting first could hand a new finding the id
    // of one just resolved, and a list holding row ids would take one for the other.
    QSqlQuery find(db);
    if (!find.prepare(QStringLiteral("SELECT id FROM findings") + bySubject))
        return fail(find.lastError());
    QList<qint64> gone;
    for (const rules::Finding &f : resolved) {
        for (const QVariant &v : QVariantList {scanId, f.rule, f.subjectKind, f.subjectId})
            find.addBindValue(v);
        if (!find.exec())
            return fail(find.lastError());
        while (find.next())
            gone << find.value(0).toLongLong();
        find.finish();
    }
    QSqlQuery before(db);
    if (previous > 0 && !before.prepare(QStringLiteral("SELECT 1 FROM findings") + bySubject))
        return fail(before.lastError());
    QSqlQuery insert(db);
    if (!storesql::prepareFindingInsert(insert))
        return fail(insert.lastError());
    for (const rules::Finding &f : added) {
        bool isNew = true;
        if (previous > 0) {
            for (const QVariant &v : QVariantList {previous, f.rule, f.subjectKind, f.subjectId})
                before.addBindValue(v);
            if (!before.exec())
                return fail(before.lastError());
            isNew = !before.next();
            before.finish();
        }
        storesql::bindFinding(insert, scanId, f, f.citizenId ? districts.value(*f.citizenId) : QString(),
                              isNew);
        if (!insert.exec())
            return fail(insert.lastError());
    }
    insert.finish();
    QSqlQuery remove(db);
    if (!remove.prepare(QStringLiteral("DELETE FROM findings WHERE id = ?")))
        return fail(remove.lastError());
    for (qint64 id : std::as_const(gone)) {
        remove.addBindValue(id);
        if (!remove.exec())
            return fail(remove.lastError());
    }

    if (!prepareAndBind(
            q, QStringLiteral("SELECT COUNT(*), COALESCE(SUM(is_new), 0) FROM findings WHERE scan_id = ?"),
            {scanId})
        || !q.next())
        return fail(q.lastError());
    record.findings = q.value(0).toLongLong();
    record.newFindings = q.value(1).toLongLong();
    record.asOf = asOf;
    q.finish();
    if (!prepareAndBind(
            q, QStringLiteral("UPDATE scans SET as_of = ?, finding_count = ?, new_count = ? WHERE id = ?"),
            {record.asOf, record.findings, record.newFindings, scanId}))
        return fail(q.lastError());
    if (!db.commit())
        return fail(db.lastError());
    if (!resolved.isEmpty() || !added.isEmpty())
        qCInfo(lcFindings) << "scan" << scanId << "brought to" << asOf << ":" << resolved.size()
                           << "resolved," << added.size() << "added";
    return record;
}

Result<qint64> FindingsStore::findingRowId(qint64 scanId, const QString &rule, const QString &subjectKind,
                                           qint64 subjectId) const
{
    auto c = connection();
    if (!c)
        return c.error();
    QSqlQuery q(c->db());
    if (!prepareAndBind(
            q,
            QStringLiteral("SELECT id FROM findings WHERE scan_id = ? AND rule = ? AND subject_kind = ? "
                           "AND subject_id = ?"),
            {scanId, rule, subjectKind, subjectId}))
        return readError(q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

} // namespace sw::findings
