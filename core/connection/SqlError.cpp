#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlError>

namespace sw::connection {

int sqliteDamageCode(const QSqlError &error)
{
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff; // extended codes keep it low
    return isNumber && (code == sqliteCorrupt || code == sqliteNotADatabase) ? code : 0;
}

Error sqlError(const QString &what, const QSqlError &error)
{
    QString detail = error.text().trimmed();
    if (!error.nativeErrorCode().isEmpty())
        detail += QStringLiteral(" [%1]").arg(error.nativeErrorCode());
    switch (sqliteDamageCode(error)) {
    case sqliteNotADatabase:
        return Error::make(
            what + QLatin1Char(' ')
                + QCoreApplication::translate("Registry", "The file is not a SQLite database."),
            detail, Error::Kind::Damaged);
    case sqliteCorrupt:
        return Error::make(what + QLatin1Char(' ')
                               + QCoreApplication::translate("Registry",
                                                             "The database file is damaged (truncated or "
                                                             "corrupted)."),
                           detail, Error::Kind::Damaged);
    default:
        return Error::make(what, detail);
    }
}

} // namespace sw::connection
