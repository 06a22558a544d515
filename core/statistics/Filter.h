#pragma once

#include <QDate>
#include <QString>

namespace sw::statistics {

// What a page's filter bar selects (ui-guide.md: period, district, provider, rule, severity, in
// that order on every page). An empty field means "all". Dates are local days (UTC+7), both
// ends included.
struct Filter
{
    QDate from;
    QDate to;
    QString district; // citizens.district_code
    QString provider; // provider code
    QString rule; // rule code (findings only)
    QString severity; // "high" / "medium" / "low" (findings only)

    bool isEmpty() const
    {
        return from.isNull() && to.isNull() && district.isEmpty() && provider.isEmpty() && rule.isEmpty()
            && severity.isEmpty();
    }
    bool operator==(const Filter &other) const = default;
};

} // namespace sw::statistics
