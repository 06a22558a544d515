#include "casebook/CasebookTransfer.h"

#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casebook/CaseworkSupport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcTransfer, "signwatch.casebook.transfer")

namespace sw::casebook {

namespace {
// The casework tables in an order that satisfies their references (documents by id: a correction
// refers to an earlier document).
const char *const caseworkTables[]
    = {"cases", "complaints", "case_findings", "complaint_findings", "case_documents", "case_publications"};

// Numbers that must not exist twice: each table's id, and a document's number in its body, kind
// and year.
struct Key
{
    const char *table;
    const char *columns;
    const char *words; // for the message
};
const Key keys[] = {
    {"cases", "id", QT_TRANSLATE_NOOP("Casebook", "case")},
    {"complaints", "id", QT_TRANSLATE_NOOP("Casebook", "complaint")},
    {"case_documents", "id", QT_TRANSLATE_NOOP("Casebook", "document")},
    {"case_documents", "COALESCE(body_code, '') || '/' || kind || '/' || year || '/' || number",
     QT_TRANSLATE_NOOP("Casebook", "document number")},
};

Result<QStringList> values(const QSqlDatabase &db, const QString &table, const QString &expression)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %1 IS NOT NULL").arg(expression, table)))
        return detail::sqlFailure(QCoreApplication::translate("Casebook", "Could not read %1.").arg(table),
                                  q);
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

// Copies every row of `table` from `from` to `tx`, column by column, in id order when there is one.
Result<int> copyTable(const QSqlDatabase &from, QSqlDatabase &tx, const QString &table)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    const QSqlRecord shape = from.record(table);
    const bool hasId = shape.contains(QStringLiteral("id"));
    if (!read.exec(QStringLiteral("SELECT * FROM %1%2")
                       .arg(table, hasId ? QStringLiteral(" ORDER BY id") : QString())))
        return detail::sqlFailure(
            QCoreApplication::translate("Casebook", "Could not read %1 from the desk's casebook.").arg(table),
            read);
    int rows = 0;
    while (read.next()) {
        const QSqlRecord record = read.record();
        QStringList names;
        QStringList marks;
        for (int i = 0; i < record.count(); ++i) {
            names << record.fieldName(i);
            marks << QStringLiteral("?");
        }
        QSqlQuery write(tx);
        write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                          .arg(table, names.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (int i = 0; i < record.count(); ++i)
            write.addBindValue(record.value(i));
        if (!write.exec())
            return detail::sqlFailure(
                QCoreApplication::translate("Casebook", "Could not write %1 into the shared casebook.")
                    .arg(table),
                write);
        ++rows;
    }
    return rows;
}

Result<void> setImport(QSqlDatabase &tx, bool on)
{
    QSqlQuery q(tx);
    if (!q.exec(QStringLiteral("SELECT set_config('signwatch.import', '%1', true)")
                    .arg(on ? QStringLiteral("on") : QStringLiteral("off"))))
        return detail::sqlFailure(
            QCoreApplication::translate("Casebook", "The shared casebook refused the move."), q);
    return {};
}
} // namespace

Result<TransferReport> moveInto(Casebook &from, Casebook &to, const QStringList &extraTables)
{
    if (from.isShared() || !to.isShared())
        return detail::invalid(
            QCoreApplication::translate("Casebook",
                                        "A desk's casebook (a SQLite file) moves into the shared one "
                                        "(PostgreSQL)."));
    if (!to.roles().owner)
        return Error::make(
            QCoreApplication::translate("Casebook",
                                        "Only the shared casebook's owner moves a desk's casebook into it."),
            {}, Error::Kind::AccessDenied);
    if (from.schemaVersion() != to.schemaVersion())
        return detail::invalid(
            QCoreApplication::translate("Casebook",
                                        "The desk's casebook is at data version %1 and the shared one at %2: "
                                        "update the shared one first (casebook init).")
                .arg(from.schemaVersion())
                .arg(to.schemaVersion()));
    AuditLog sourceLog(from);
    auto check = sourceLog.verify();
    if (!check)
        return check.error();
    if (!check->intact())
        return detail::invalid(
            QCoreApplication::translate("Casebook",
                                        "The desk's audit log does not verify, so its history cannot be "
                                        "vouched for in the shared casebook: %1")
                .arg(check->problems.join(QLatin1Char(' '))));
    auto entries = sourceLog.entries();
    if (!entries)
        return entries.error();

    QStringList tables;
    for (const char *table : caseworkTables)
        tables << QLatin1String(table);
    const QStringList sourceTables = from.database().tables();
    QList<Key> checked(std::begin(keys), std::end(keys));
    QList<QByteArray> extraNames; // keeps the names the extra keys point to
    for (const QString &table : extraTables)
        if (sourceTables.contains(table)) {
            tables << table;
            extraNames << table.toLatin1();
        }
    for (const QByteArray &name : std::as_const(extraNames))
        checked.append({name.constData(), "id", QT_TRANSLATE_NOOP("Casebook", "publication")});

    QStringList collisions;
    for (const Key &key : std::as_const(checked)) {
        auto mine = values(from.database(), QLatin1String(key.table), QLatin1String(key.columns));
        auto theirs = values(to.database(), QLatin1String(key.table), QLatin1String(key.columns));
        if (!mine)
            return mine.error();
        if (!theirs)
            return theirs.error();
        const QSet<QString> taken(theirs->cbegin(), theirs->cend());
        for (const QString &value : std::as_const(*mine))
            if (taken.contains(value))
                collisions << QStringLiteral("%1 %2").arg(QCoreApplication::translate("Casebook", key.words),
                                                          value);
    }
    if (!collisions.isEmpty())
        return detail::invalid(
            QCoreApplication::translate("Casebook",
                                        "The shared casebook already holds these numbers, which the desk's "
                                        "casebook uses too: %1. Nothing was moved.")
                .arg(collisions.join(QStringLiteral(", "))));

    TransferReport report;
    report.auditEntries = entries->size();
    report.sourceHead = entries->isEmpty() ? AuditLog::genesisHash() : entries->constLast().hash;
    auto moved = to.write([&](QSqlDatabase &tx) -> Result<void> {
        if (auto on = setImport(tx, true); !on)
            return on;
        for (const QString &table : std::as_const(tables)) {
            auto rows = copyTable(from.database(), tx, table);
            if (!rows)
                return rows.error();
            report.rows.insert(table, *rows);
        }
        // The history, each entry with its person and time (the server chains it on).
        for (AuditEntry entry : std::as_const(*entries))
            if (auto inserted = AuditLog::insert(tx, entry); !inserted)
                return inserted;
        if (auto off = setImport(tx, false); !off)
            return off;
        QJsonObject after {{QLatin1String("entries"), report.auditEntries},
                           {QLatin1String("head"), report.sourceHead}};
        for (auto it = report.rows.cbegin(); it != report.rows.cend(); ++it)
            after.insert(it.key(), it.value());
        return detail::appendAudit(
            tx, detail::stamp(to, {}),
            {QStringLiteral("casebook.migrate"),
             QStringLiteral("casebook"),
             QStringLiteral("desk"),
             QCoreApplication::translate("Casebook",
                                         "A desk's casebook moved into the shared casebook with its "
                                         "audit history."),
             {},
             detail::compact(after)});
    });
    if (!moved)
        return moved.error();
    auto head = AuditLog::headIn(to.database());
    if (!head)
        return head.error();
    report.targetEntries = head->entries;
    qCInfo(lcTransfer) << "moved" << report.auditEntries << "audit entries and" << report.rows
                       << "into the shared casebook";
    return report;
}

} // namespace sw::casebook
