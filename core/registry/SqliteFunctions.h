#pragma once

#include "util/Result.h"

#include <QByteArrayView>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <atomic>
#include <functional>
#include <utility>

namespace sw::registry {

// SQL functions the console adds to its SQLite connections, so that the rules read the contract's
// text times (registry.md: exactly YYYY-MM-DDTHH:MM:SSZ, dates YYYY-MM-DD) with one strict parse
// each instead of SQLite's general date parser plus pattern checks. A scan converts every time of
// every row several times; this is most of its cost on SQLite.
//   sw_ts_valid(x)   1 when x is text in exactly the timestamp form and a real time, else 0
//   sw_date_valid(x) the same for the date form
//   sw_epoch(x)      seconds since 1970-01-01T00:00:00Z of a valid timestamp, else NULL
//   sw_days(x)       days since 1970-01-01 of a valid date, else NULL
// All four are deterministic and read nothing else, so SQLite may use them anywhere.
Result<void> registerSqliteFunctions(const QSqlDatabase &db);

// Process-wide SQLite settings, to call first thing in main(), before any connection is opened
// (SQLite accepts them only before it initialises; later calls change nothing and say so). Turns
// off SQLite's memory statistics: they take one global lock on every allocation, and the scan's
// connections, each in its own thread, then wait for each other (measured: tens of thousands of
// futex calls in a scan).
bool configureSqliteLibrary();

// Runs a query on the SQLite connection behind `db` and hands each row's first `columns` values to
// `row` as UTF-8 text (a NULL is a null view), valid only during the call. For the few reads of
// a scan that bring a million rows to C++: QSqlQuery makes a QVariant and a QString of every
// value, which cost more than SQLite's own work.
Result<void> readSqliteTextRows(const QSqlDatabase &db, const QString &sql, int columns,
                                const std::function<void(const QByteArrayView *)> &row,
                                const std::atomic<bool> *cancel = nullptr);
// The same with named parameters (":name" -> an integer or a text), for reads that filter by a
// value the user chose.
Result<void> readSqliteTextRows(const QSqlDatabase &db, const QString &sql,
                                const QList<std::pair<QString, QVariant>> &bindings, int columns,
                                const std::function<void(const QByteArrayView *)> &row,
                                const std::atomic<bool> *cancel = nullptr);

// The parsers behind them, for tests: seconds (or days) since the epoch, or false.
bool parseContractTimestamp(const char *text, int length, qint64 *seconds);
bool parseContractDate(const char *text, int length, qint64 *days);

} // namespace sw::registry
