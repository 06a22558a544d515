#pragma once

#include "rules/Dialect.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace sw::rules {

// A part of the registry to judge again (the live watch, rules/LiveWatch): the rules run as in a
// full scan, but each query only reaches the subjects in the scope; the rows they read as
// evidence are read wherever they are.
struct ScanScope
{
    // Certificates, requests and look-ups of these citizens: every rule judged per citizen, and
    // DATA_QUALITY of their rows.
    QStringList citizens;
    // Requests judged besides those of `citizens` (PREMATURE_CONFIRMATION (c) of a request that
    // another citizen's certificate serves; REQUEST_EXPIRED when its deadline passes).
    QList<qint64> requests;
    // STAFF_BURST: door-to-door certificates of one staff account whose t lies in [from, to].
    struct StaffWindow
    {
        QString provider;
        QString staff;
        qint64 from = 0;
        qint64 to = 0;
    };
    QList<StaffWindow> staffWindows;
    // IDENTITY_NEAR_DUPLICATE among the citizens born on these days (days since the epoch).
    QList<qint64> birthDays;
};

// The SQL of a scope: predicates with bound placeholders for what comes from the registry (ids,
// staff accounts), whole numbers written into the text. An inactive scope (a full scan) gives
// predicates that are always true, and no bindings. Each predicate takes a one-letter tag, so that
// one query may hold the same list twice under different placeholder names.
class ScopeSql
{
public:
    ScopeSql() = default;
    ScopeSql(const ScanScope &scope, Dialect dialect);

    bool active() const { return m_active; }
    const ScanScope &scope() const { return m_scope; }

    // `column` IN (the scope's citizens).
    QString citizens(const QString &column, char tag) const;
    // A request in the scope: of a citizen in it, or listed.
    QString requests(const QString &idColumn, const QString &citizenColumn, char tag) const;
    // A certificate row (raw columns, `alias.` prefix or none) of a staff account of the scope
    // with t within `margin` seconds of one of its windows.
    QString staffRows(const QString &alias, qint64 margin, char tag) const;
    // A row with provider, staff and t columns (as named) in one of the windows.
    QString staffWindow(const QString &provider, const QString &staff, const QString &t, char tag) const;
    // The staff accounts of the scope, as (provider_code, staff_id) pairs of a certificates row.
    QString staffAccounts(const QString &alias, char tag) const;
    // A date column on one of the scope's birth days.
    QString birthDays(const QString &column) const;

    // The values of the placeholders that `sql` holds.
    QList<QPair<QString, QVariant>> bindings(const QString &sql) const;

private:
    ScanScope m_scope;
    Dialect m_d {connection::Engine::Sqlite};
    bool m_active = false;
};

} // namespace sw::rules
