#include "citizens/EarlierCertificates.h"

#include "citizens/CitizenRecords.h"
#include "connection/SqlError.h"
#include "documents/MinutesFromFindings.h"
#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sw::citizens {

namespace {

struct Earlier
{
    qint64 id = 0;
    QString provider;
    std::optional<qint64> recordedAt; // seconds since the epoch; none when not a contract time
};

// Earlier on Hue-S: by recorded_at (a row without a readable one last), then by id.
bool comesFirst(const Earlier &a, const Earlier &b)
{
    if (a.recordedAt != b.recordedAt) {
        if (!a.recordedAt || !b.recordedAt)
            return a.recordedAt.has_value();
        return *a.recordedAt < *b.recordedAt;
    }
    return a.id < b.id;
}

// Bound values per statement: well under SQLite's 999 and PostgreSQL's 65535.
constexpr qsizetype batchSize = 500;

} // namespace

Result<int> fillEarlierCertificates(registry::RegistryConnection &connection, documents::MinutesData &minutes)
{
    QList<qint64> wanted;
    QSet<qint64> seen;
    for (const documents::MinutesViolation &violation : std::as_const(minutes.violations)) {
        if (!documents::hasEarlierCertificates(violation.ruleCode))
            continue;
        for (const documents::EvidenceRow &row : violation.evidence)
            for (qint64 id : row.earlierCertificates)
                if (!seen.contains(id)) {
                    seen.insert(id);
                    wanted << id;
                }
    }
    if (wanted.isEmpty())
        return 0;

    QHash<qint64, Earlier> found;
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    const QString select = contractSelectList(QStringLiteral("certificates"), connection.engine());
    for (qsizetype from = 0; from < wanted.size(); from += batchSize) {
        const QList<qint64> batch = wanted.mid(from, batchSize);
        QStringList marks(batch.size(), QStringLiteral("?"));
        if (!query.prepare(QStringLiteral("SELECT %1 FROM certificates WHERE id IN (%2)")
                               .arg(select, marks.join(QLatin1Char(',')))))
            return connection::sqlError(
                QCoreApplication::translate("Citizens",
                                            "The registry could not give the earlier certificates."),
                query.lastError());
        for (qsizetype i = 0; i < batch.size(); ++i)
            query.bindValue(int(i), batch[i]);
        if (!query.exec())
            return connection::sqlError(
                QCoreApplication::translate("Citizens",
                                            "The registry could not give the earlier certificates."),
                query.lastError());
        while (query.next()) {
            const auto id = contractId(query.value(col::CertId));
            if (!id)
                continue;
            found.insert(*id,
                         {*id, query.value(col::CertProvider).toString(),
                          contractTime(query.value(col::CertRecordedAt))});
        }
        query.finish();
    }

    int set = 0;
    for (documents::MinutesViolation &violation : minutes.violations) {
        if (!documents::hasEarlierCertificates(violation.ruleCode))
            continue;
        for (documents::EvidenceRow &row : violation.evidence) {
            std::optional<Earlier> first;
            for (qint64 id : std::as_const(row.earlierCertificates)) {
                const auto it = found.constFind(id);
                if (it != found.constEnd() && (!first || comesFirst(*it, *first)))
                    first = *it;
            }
            if (!first)
                continue;
            row.earlierProvider = first->provider;
            row.earlierRecordedAt = first->recordedAt
                ? QDateTime::fromSecsSinceEpoch(*first->recordedAt, Qt::UTC)
                : QDateTime();
            ++set;
        }
    }
    return set;
}

} // namespace sw::citizens
