#pragma once

#include "connection/ConnectionSpec.h"

#include <QString>

namespace sw::rules {

// The few places where SQLite and PostgreSQL differ for the rules: time arithmetic and the checks
// of the contract's forms. Every rule reads times as whole seconds since 1970-01-01T00:00:00Z and
// dates as days since then, so the rule text is the same on both engines.
class Dialect
{
public:
    explicit Dialect(connection::Engine engine) : m_engine(engine) { }
    connection::Engine engine() const { return m_engine; }

    // Seconds since the epoch of a timestamp column (NULL stays NULL). Times compare to the second.
    QString epoch(const QString &column) const;
    // A readable, non-NULL timestamp column at or before `asOf` (seconds since the epoch), compared
    // in the column's own type: SQLite's contract text sorts as time, so one text comparison;
    // PostgreSQL compares timestamps (a fraction of a second is cut, as `epoch` cuts it).
    QString notAfter(const QString &column, qint64 asOf) const;
    // A timestamp column later than `after` and not after `notAfter` (seconds since the epoch), in
    // the column's own type so that an index on it serves (the live watch's change queries).
    QString timeWithin(const QString &column, qint64 after, qint64 notAfter) const;
    // Days since the epoch of a date column.
    QString days(const QString &column) const;
    // True when a non-NULL timestamp is in the contract's form (SQLite: exactly
    // YYYY-MM-DDTHH:MM:SSZ and a real time; PostgreSQL: the column type guarantees it).
    QString isValidTimestamp(const QString &column) const;
    QString isValidDate(const QString &column) const;
    // `found` is 0/1 in SQLite and boolean in PostgreSQL.
    QString isValidFound(const QString &column) const;
    QString isFound(const QString &column) const;
    // A table read from start to end (SQLite: with no index), for queries that read all of it.
    QString fullScan(const QString &table) const;
    // Ends a subquery so that its columns are computed once per row and not copied into every
    // place the query around it uses them (PostgreSQL: OFFSET 0; measured 0.5 s instead of 0.9 s
    // for the row rules). SQLite gets none: merged, it computes only the columns a rule uses,
    // and that measured faster than computing each column once.
    QString fence() const;
    // Comma-separated ids of a group (order unspecified: callers sort).
    QString idList(const QString &column) const;

private:
    connection::Engine m_engine;
};

} // namespace sw::rules
