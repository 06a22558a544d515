// The findings store's case marks (issue 17): what casework made of the findings, handed over by
// the console and kept in memory; each connection copies them into a temporary table of its own
// (TEMP: this connection only, never written to the file), which the queries' "handled / not
// handled" conditions and the case sort read. The store's own connection copies them again only
// when they changed; a connection made for another thread's call copies them for that call.
#include "findings/FindingsStore.h"

#include "findings/FindingsStoreSql.h"

#include <QCoreApplication>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace sw::findings {

namespace storesql {
const QString inCase
    = QStringLiteral("EXISTS (SELECT 1 FROM temp.case_marks m WHERE m.rule = findings.rule "
                     "AND m.subject_kind = findings.subject_kind AND m.subject_id = findings.subject_id)");
const QString caseOf
    = QStringLiteral("SELECT m.case_id FROM temp.case_marks m WHERE m.rule = findings.rule "
                     "AND m.subject_kind = findings.subject_kind AND m.subject_id = findings.subject_id");
} // namespace storesql

namespace {
struct MarkKey
{
    QString rule;
    QString subjectKind;
    qint64 subjectId = 0;
};

// "RULE/subject/id" (rules::Finding::key) back into its parts; nothing for anything else.
std::optional<MarkKey> parseKey(const QString &key)
{
    const QStringList parts = key.split(QLatin1Char('/'));
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 id = parts.at(2).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return MarkKey {parts.at(0), parts.at(1), id};
}
} // namespace

void FindingsStore::setCaseMarks(const CaseMarks &marks)
{
    QMutexLocker lock(&m_marksMutex);
    m_marks = marks;
    ++m_marksGeneration;
}

CaseMarks FindingsStore::caseMarks() const
{
    QMutexLocker lock(&m_marksMutex);
    return m_marks;
}

Result<void> FindingsStore::loadCaseMarks(Connection &connection) const
{
    const bool own = QThread::currentThread() == m_thread && connection.isOwn();
    CaseMarks marks;
    quint64 generation = 0;
    {
        QMutexLocker lock(&m_marksMutex);
        generation = m_marksGeneration;
        if (own && generation == m_loadedGeneration)
            return {};
        marks = m_marks; // implicitly shared: no copy of the entries
    }
    QSqlDatabase &db = connection.db();
    const QString failed = QCoreApplication::translate(
        "Findings", "The cases of the findings could not be prepared in the console's findings file.");
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS case_marks (rule TEXT NOT NULL, "
                               "subject_kind TEXT NOT NULL, subject_id INTEGER NOT NULL, "
                               "case_id INTEGER NOT NULL, PRIMARY KEY (rule, subject_kind, subject_id)) "
                               "WITHOUT ROWID")))
        return storesql::storeError(failed, q.lastError());
    if (!db.transaction())
        return storesql::storeError(failed, db.lastError());
    auto fail = [&](const QSqlError &error) -> Error {
        db.rollback();
        return storesql::storeError(failed, error);
    };
    if (!q.exec(QStringLiteral("DELETE FROM temp.case_marks")))
        return fail(q.lastError());
    if (!marks.isEmpty()) {
        QSqlQuery insert(db);
        if (!insert.prepare(QStringLiteral(
                "INSERT INTO temp.case_marks (rule, subject_kind, subject_id, case_id) VALUES (?, ?, ?, ?)")))
            return fail(insert.lastError());
        for (auto it = marks.cbegin(); it != marks.cend(); ++it) {
            const auto key = parseKey(it.key());
            if (!key)
                continue;
            insert.bindValue(0, key->rule);
            insert.bindValue(1, key->subjectKind);
            insert.bindValue(2, key->subjectId);
            insert.bindValue(3, it->caseId);
            if (!insert.exec())
                return fail(insert.lastError());
        }
    }
    q.finish();
    if (!db.commit())
        return fail(db.lastError());
    if (own)
        m_loadedGeneration = generation;
    return {};
}

} // namespace sw::findings
