#include "findings/CitizenDistricts.h"

#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace sw::findings {

Result<QHash<QString, QString>> citizenDistricts(const QSqlDatabase &registry, const QStringList &citizenIds,
                                                 const std::atomic<bool> *cancel)
{
    QHash<QString, QString> districts;
    constexpr qsizetype batch = 500;
    QSqlQuery query(registry);
    query.setForwardOnly(true);
    for (qsizetype start = 0; start < citizenIds.size(); start += batch) {
        if (cancel && cancel->load())
            return Error::make(QCoreApplication::translate("Findings", "The scan was cancelled."), {},
                               Error::Kind::Cancelled);
        const QStringList part = citizenIds.mid(start, batch);
        QStringList marks;
        for (qsizetype i = 0; i < part.size(); ++i)
            marks << QStringLiteral(":c%1").arg(i);
        const bool prepared = query.prepare(
            QStringLiteral("SELECT citizen_id, district_code FROM citizens WHERE citizen_id IN (%1)")
                .arg(marks.join(QLatin1Char(','))));
        for (qsizetype i = 0; prepared && i < part.size(); ++i)
            query.bindValue(marks[i], part[i]);
        if (!prepared || !query.exec())
            return connection::sqlError(
                QCoreApplication::translate("Findings",
                                            "The districts of the findings' citizens could not be "
                                            "read from the registry."),
                query.lastError());
        while (query.next())
            districts.insert(query.value(0).toString(), query.value(1).toString());
    }
    return districts;
}

Result<qint64> certificateCount(const QSqlDatabase &registry)
{
    QSqlQuery query(registry);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT COUNT(*) FROM certificates")) || !query.next())
        return connection::sqlError(
            QCoreApplication::translate("Findings", "The registry's certificates could not be counted."),
            query.lastError());
    return query.value(0).toLongLong();
}

} // namespace sw::findings
