#pragma once

// The findings store's SQL helpers, shared by its source files (FindingsStore.cpp and
// FindingsStoreUpdate.cpp). Not part of the store's interface.

#include "findings/FindingsStore.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

class QSqlError;

namespace sw::findings {

// A connection for the calling thread: the store's own in the thread that opened it, otherwise
// one made for this call and removed again afterwards.
class FindingsStore::Connection
{
public:
    Connection(QSqlDatabase db, QString temporaryName)
        : m_db(std::move(db)), m_temporary(std::move(temporaryName))
    { }
    Connection(Connection &&other) noexcept
        : m_db(std::move(other.m_db)), m_temporary(std::move(other.m_temporary))
    {
        other.m_temporary.clear();
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;
    Connection &operator=(Connection &&) = delete;
    ~Connection()
    {
        if (m_temporary.isEmpty())
            return;
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_temporary);
    }
    QSqlDatabase &db() { return m_db; }
    // The store's own connection (the opening thread's), not one made for this call.
    bool isOwn() const { return m_temporary.isEmpty(); }

private:
    QSqlDatabase m_db;
    QString m_temporary;
};

namespace storesql {

Error storeError(const QString &what, const QSqlError &error);
Error readError(const QSqlError &error);
bool prepareAndBind(QSqlQuery &q, const QString &sql, const QVariantList &values);
QByteArray detailJson(const QList<QPair<QString, rules::DetailValue>> &detail);
QString evidenceText(const QList<qint64> &ids);
// QtSql binds a null QString as NULL: NOT NULL text columns get "" instead.
QString nonNull(const QString &text);
QVariant orNull(const std::optional<QString> &text);

extern const QString scanColumns;

// Issue 17, on a query of `findings` once FindingsStore::loadCaseMarks ran on the connection: the
// condition "the finding is in a case" and the number of its case (NULL for none).
extern const QString inCase;
extern const QString caseOf;
ScanRecord readScan(const QSqlQuery &q);

// Prepares `insert` to add findings to a scan, one bindFinding + exec each.
bool prepareFindingInsert(QSqlQuery &insert);
void bindFinding(QSqlQuery &insert, qint64 scanId, const rules::Finding &f, const QString &district,
                 bool isNew);

} // namespace storesql

} // namespace sw::findings
