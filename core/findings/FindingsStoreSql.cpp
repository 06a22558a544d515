#include "findings/FindingsStoreSql.h"

#include "connection/SqlError.h"
#include "rules/RuleCatalogue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

namespace sw::findings::storesql {

Error storeError(const QString &what, const QSqlError &error)
{
    return connection::sqlError(what, error);
}

Error readError(const QSqlError &error)
{
    return storeError(
        QCoreApplication::translate("Findings", "The console's findings file could not be read."), error);
}

bool prepareAndBind(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QByteArray detailJson(const QList<QPair<QString, rules::DetailValue>> &detail)
{
    // A list of [key, value] pairs: JSON objects do not keep the spec's key order.
    QJsonArray pairs;
    for (const auto &[key, value] : detail) {
        QJsonValue v;
        if (const bool *b = std::get_if<bool>(&value))
            v = *b;
        else if (const qint64 *n = std::get_if<qint64>(&value))
            v = *n;
        else if (const QString *s = std::get_if<QString>(&value))
            v = *s;
        pairs.append(QJsonArray {key, v});
    }
    return QJsonDocument(pairs).toJson(QJsonDocument::Compact);
}

QString evidenceText(const QList<qint64> &ids)
{
    QStringList parts;
    for (qint64 id : ids)
        parts << QString::number(id);
    return parts.join(QLatin1Char(','));
}

QString nonNull(const QString &text)
{
    return text.isNull() ? QString(QLatin1String("")) : text;
}

QVariant orNull(const std::optional<QString> &text)
{
    return text ? QVariant(*text) : QVariant(QMetaType(QMetaType::QString));
}

const QString scanColumns
    = QStringLiteral("id, registry_key, as_of, started_at, elapsed_ms, thresholds, rules, "
                     "certificates, finding_count, new_count");

ScanRecord readScan(const QSqlQuery &q)
{
    ScanRecord r;
    r.id = q.value(0).toLongLong();
    r.registryKey = q.value(1).toString();
    r.asOf = q.value(2).toLongLong();
    r.startedAt = q.value(3).toLongLong();
    r.elapsedMs = q.value(4).toLongLong();
    const QJsonObject thresholds = QJsonDocument::fromJson(q.value(5).toByteArray()).object();
    for (auto it = thresholds.begin(); it != thresholds.end(); ++it)
        r.thresholds.insert(it.key(), it.value().toInteger());
    r.rules = q.value(6).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    r.certificates = q.value(7).toLongLong();
    r.findings = q.value(8).toLongLong();
    r.newFindings = q.value(9).toLongLong();
    return r;
}

bool prepareFindingInsert(QSqlQuery &insert)
{
    return insert.prepare(
        QStringLiteral("INSERT INTO findings (scan_id, rule, severity, provider, district, at, "
                       "citizen_id, subject_kind, subject_id, evidence, detail, json, is_new) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
}

void bindFinding(QSqlQuery &insert, qint64 scanId, const rules::Finding &f, const QString &district,
                 bool isNew)
{
    const rules::RuleInfo *rule = rules::findRule(f.rule);
    insert.bindValue(0, scanId);
    insert.bindValue(1, f.rule);
    insert.bindValue(2, int(rule ? rule->severity : rules::Severity::Low));
    insert.bindValue(3, orNull(f.provider));
    insert.bindValue(4, nonNull(district));
    insert.bindValue(5, f.at ? QVariant(*f.at) : QVariant(QMetaType(QMetaType::LongLong)));
    insert.bindValue(6, orNull(f.citizenId));
    insert.bindValue(7, f.subjectKind);
    insert.bindValue(8, f.subjectId);
    insert.bindValue(9, nonNull(evidenceText(f.evidence)));
    insert.bindValue(10, detailJson(f.detail));
    insert.bindValue(11, rules::toJsonLine(f));
    insert.bindValue(12, isNew ? 1 : 0);
}

} // namespace sw::findings::storesql
