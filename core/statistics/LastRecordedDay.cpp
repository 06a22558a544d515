#include "statistics/LastRecordedDay.h"

#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace sw::statistics {

namespace {
constexpr int localOffsetSeconds = 7 * 3600;
// SQLite's times are UTC texts whose order is time order (registry.md): the latest texts up to
// now's come from the recorded_at index; a few of them are read as times, since a text that is
// not a time (a data-quality finding) may sort among them.
constexpr int sqliteCandidates = 50;
} // namespace

Result<QDate> lastRecordedDay(registry::RegistryConnection &connection, const QDateTime &now)
{
    const bool sqlite = connection.engine() == connection::Engine::Sqlite;
    const QString sql = sqlite
        ? QStringLiteral("SELECT max(t) FROM (SELECT unixepoch(recorded_at) AS t FROM certificates "
                         "WHERE recorded_at <= :nowText ORDER BY recorded_at DESC LIMIT %1) AS latest "
                         "WHERE t <= :now")
              .arg(sqliteCandidates)
        : QStringLiteral("SELECT floor(date_part('epoch', max(recorded_at))) FROM certificates "
                         "WHERE recorded_at <= to_timestamp(:now)");
    QSqlQuery query(connection.database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return connection::sqlError(
            QCoreApplication::translate("Statistics", "The registry could not give its latest record."),
            query.lastError());
    query.bindValue(QStringLiteral(":now"), now.toSecsSinceEpoch());
    if (sqlite)
        query.bindValue(QStringLiteral(":nowText"),
                        now.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
    if (!query.exec() || !query.next())
        return connection::sqlError(
            QCoreApplication::translate("Statistics", "The registry could not give its latest record."),
            query.lastError());
    if (query.value(0).isNull())
        return QDate();
    const qint64 seconds = qint64(query.value(0).toDouble());
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone(localOffsetSeconds)).date();
}

} // namespace sw::statistics
