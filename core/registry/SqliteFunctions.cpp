#include "registry/SqliteFunctions.h"

#include "connection/SqlError.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <memory>
#include <vector>

#include <sqlite3.h>

namespace sw::registry {

namespace {

// Two or four ASCII digits at `p`, or -1.
int digits2(const char *p)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

int digits4(const char *p)
{
    const int high = digits2(p);
    const int low = digits2(p + 2);
    return high < 0 || low < 0 ? -1 : high * 100 + low;
}

bool isLeap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's days-from-civil).
qint64 daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const qint64 era = (y >= 0 ? y : y - 399) / 400;
    const qint64 yoe = y - era * 400;
    const qint64 doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const qint64 doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

// YYYY-MM-DD at `p` (10 characters known to be there).
bool parseDay(const char *p, qint64 *days)
{
    static constexpr int monthDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (p[4] != '-' || p[7] != '-')
        return false;
    const int y = digits4(p);
    const int m = digits2(p + 5);
    const int d = digits2(p + 8);
    if (y < 0 || m < 1 || m > 12 || d < 1)
        return false;
    const int limit = monthDays[m - 1] + (m == 2 && isLeap(y) ? 1 : 0);
    if (d > limit)
        return false;
    *days = daysFromCivil(y, m, d);
    return true;
}

// The text of a TEXT argument; other types (numbers, blobs, NULL) are not in the contract's form.
bool textArgument(sqlite3_value *value, const char **text, int *length)
{
    if (sqlite3_value_type(value) != SQLITE_TEXT)
        return false;
    *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    *length = sqlite3_value_bytes(value);
    return *text != nullptr;
}

void tsValid(sqlite3_context *context, int, sqlite3_value **argv)
{
    const char *text = nullptr;
    int length = 0;
    qint64 seconds = 0;
    sqlite3_result_int(
        context, textArgument(argv[0], &text, &length) && parseContractTimestamp(text, length, &seconds));
}

void dateValid(sqlite3_context *context, int, sqlite3_value **argv)
{
    const char *text = nullptr;
    int length = 0;
    qint64 days = 0;
    sqlite3_result_int(context,
                       textArgument(argv[0], &text, &length) && parseContractDate(text, length, &days));
}

void epoch(sqlite3_context *context, int, sqlite3_value **argv)
{
    const char *text = nullptr;
    int length = 0;
    qint64 seconds = 0;
    if (textArgument(argv[0], &text, &length) && parseContractTimestamp(text, length, &seconds))
        sqlite3_result_int64(context, seconds);
    else
        sqlite3_result_null(context);
}

void days(sqlite3_context *context, int, sqlite3_value **argv)
{
    const char *text = nullptr;
    int length = 0;
    qint64 value = 0;
    if (textArgument(argv[0], &text, &length) && parseContractDate(text, length, &value))
        sqlite3_result_int64(context, value);
    else
        sqlite3_result_null(context);
}
} // namespace

bool parseContractTimestamp(const char *text, int length, qint64 *seconds)
{
    if (length != 20 || text[10] != 'T' || text[13] != ':' || text[16] != ':' || text[19] != 'Z')
        return false;
    qint64 day = 0;
    if (!parseDay(text, &day))
        return false;
    const int h = digits2(text + 11);
    const int m = digits2(text + 14);
    const int s = digits2(text + 17);
    if (h < 0 || h > 23 || m < 0 || m > 59 || s < 0 || s > 59)
        return false;
    *seconds = day * 86400 + h * 3600 + m * 60 + s;
    return true;
}

bool parseContractDate(const char *text, int length, qint64 *days)
{
    return length == 10 && parseDay(text, days);
}

bool configureSqliteLibrary()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

namespace {
sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    return handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0
        ? *static_cast<sqlite3 *const *>(handle.data())
        : nullptr;
}

Error noHandle()
{
    return Error::make(
        QCoreApplication::translate("Registry", "The SQLite driver gave no connection handle."));
}
} // namespace

Result<void> readSqliteTextRows(const QSqlDatabase &db, const QString &sql, int columns,
                                const std::function<void(const QByteArrayView *)> &row,
                                const std::atomic<bool> *cancel)
{
    return readSqliteTextRows(db, sql, {}, columns, row, cancel);
}

Result<void> readSqliteTextRows(const QSqlDatabase &db, const QString &sql,
                                const QList<std::pair<QString, QVariant>> &bindings, int columns,
                                const std::function<void(const QByteArrayView *)> &row,
                                const std::atomic<bool> *cancel)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return noHandle();
    // A damaged file says so, as through Qt's driver (connection::sqlError).
    auto failed = [connection] {
        const QSqlError error(QString(), QString::fromUtf8(sqlite3_errmsg(connection)),
                              QSqlError::StatementError,
                              QString::number(sqlite3_extended_errcode(connection)));
        return connection::sqlError(
            QCoreApplication::translate("Registry", "The SQLite registry could not be read."), error);
    };
    sqlite3_stmt *statement = nullptr;
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(connection, text.constData(), int(text.size()), &statement, nullptr) != SQLITE_OK)
        return failed();
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalize(statement, sqlite3_finalize);
    for (const auto &[name, value] : bindings) {
        const int index = sqlite3_bind_parameter_index(statement, name.toUtf8().constData());
        if (index == 0)
            continue; // the query does not use it
        int rc = SQLITE_OK;
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int) {
            rc = sqlite3_bind_int64(statement, index, value.toLongLong());
        } else {
            const QByteArray utf8 = value.toString().toUtf8();
            rc = sqlite3_bind_text(statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        }
        if (rc != SQLITE_OK)
            return failed();
    }
    std::vector<QByteArrayView> values(size_t(std::max(columns, 0)));
    for (qint64 n = 0;; ++n) {
        if ((n & 4095) == 0 && cancel && cancel->load(std::memory_order_relaxed))
            return Error::make(QCoreApplication::translate("Rules", "The scan was cancelled."), {},
                               Error::Kind::Cancelled);
        const int rc = sqlite3_step(statement);
        if (rc == SQLITE_DONE)
            return {};
        if (rc != SQLITE_ROW)
            return failed();
        for (int i = 0; i < columns; ++i) {
            // sqlite3_column_text before sqlite3_column_bytes, as SQLite asks.
            const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
            values[size_t(i)]
                = bytes ? QByteArrayView(bytes, sqlite3_column_bytes(statement, i)) : QByteArrayView();
        }
        row(values.data());
    }
}

Result<void> registerSqliteFunctions(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return noHandle();
    struct Function
    {
        const char *name;
        void (*call)(sqlite3_context *, int, sqlite3_value **);
    };
    static constexpr Function functions[] = {
        {"sw_ts_valid", tsValid},
        {"sw_date_valid", dateValid},
        {"sw_epoch", epoch},
        {"sw_days", days},
    };
    for (const Function &f : functions) {
        const int rc = sqlite3_create_function_v2(connection, f.name, 1,
                                                  SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                                  nullptr, f.call, nullptr, nullptr, nullptr);
        if (rc != SQLITE_OK)
            return Error::make(QCoreApplication::translate(
                                   "Registry", "Could not prepare the SQLite connection for the rules."),
                               QString::fromUtf8(sqlite3_errstr(rc)));
    }
    return {};
}

} // namespace sw::registry
