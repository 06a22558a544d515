#pragma once

#include "documents/DocumentParts.h"
#include "util/Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sw::documents {

// The issuing body by period (spec/organisation.md): a document carries the body in force on its
// date, and one already issued never changes. A period runs from its date to the day before the
// next one's.
struct IssuingPeriod
{
    QDate from;
    Issuer issuer; // parent body, body, code, body in running text, place

    bool operator==(const IssuingPeriod &) const = default;
};

// The period that applies to a date, and why, in words for the person choosing.
struct IssuerInForce
{
    IssuingPeriod period;
    QString reason; // "in force from 01/03/2025 (SKHCN)"
};

// The periods, oldest first. The built-in list is the three periods of organisation.md; a
// casebook keeps its own copy, which a Department extends (casebook::Issuers).
class IssuingPeriods
{
public:
    IssuingPeriods() = default;
    explicit IssuingPeriods(QList<IssuingPeriod> periods);

    // 2023-07-28 the province's Department of Information and Communications; 2025-01-01 the same
    // under Huế city; 2025-03-01 the Department of Science and Technology.
    static IssuingPeriods builtIn();

    const QList<IssuingPeriod> &periods() const { return m_periods; }
    // The period in force on `date`; refused for a date before the first period (no body of the
    // console issued documents then) and for an invalid date.
    Result<IssuerInForce> inForce(QDate date) const;

    // What is wrong with `candidate` as the next period, in words; empty when nothing. Every field
    // is needed, the code is letters and digits (it joins the number: 01/BB-SKHCN), and the date
    // must come after the last period's (periods are appended, never edited).
    QString problemWithNext(const IssuingPeriod &candidate) const;

private:
    QList<IssuingPeriod> m_periods; // ascending by `from`
};

// "01/03/2025": the date as the interface shows a period's start.
QString periodDate(QDate date);

} // namespace sw::documents
