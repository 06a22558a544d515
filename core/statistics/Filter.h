#pragma once

#include <QDate>
#include <QString>

namespace sw::statistics {

// What a page's filter bar selects (ui-guide.md: period, district, provider, rule, severity, in
// that order on every page; the findings page adds handled / not handled). An empty field means
// "all". Dates are local days (UTC+7), both ends included.
struct Filter
{
    QDate from;
    QDate to;
    QString district; // citizens.district_code
    QString provider; // provider code
    QString rule; // rule code (findings only)
    QString severity; // "high" / "medium" / "low" (findings only)
    // Issue 17: "unhandled" (in no case) / "handled" (in a case, or its case dismissed); findings only.
    QString handling;

    bool isEmpty() const
    {
        return from.isNull() && to.isNull() && district.isEmpty() && provider.isEmpty() && rule.isEmpty()
            && severity.isEmpty() && handling.isEmpty();
    }
    bool operator==(const Filter &other) const = default;
};

} // namespace sw::statistics
