#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace sw::rules {

// IDENTITY_NEAR_DUPLICATE's name key: NFD, combining marks (Mn, Mc, Me) removed, đ/Đ as d,
// lower case, runs of Unicode white space as one space, trimmed.
QString nameKey(const QString &fullName);

// Both ids are 12 digits and differ in exactly one position, or become equal by swapping one
// pair of adjacent digits.
bool idsNearlyEqual(const QString &a, const QString &b);

struct NearDuplicateCandidate
{
    QString citizenId;
    QString birthDate; // as stored: only equal texts can pair
};

// The pairs of candidates with the same birth date and nearly equal ids (idsNearlyEqual), each
// pair once as (lower index, higher index) into `candidates`. Names are compared afterwards, on
// these few pairs only. Cost: a sort, then pairs within each birth date; a large birth-date block
// (national scale) is split further by ids with one position masked.
QList<QPair<qsizetype, qsizetype>> findNearIdPairs(const QList<NearDuplicateCandidate> &candidates);

} // namespace sw::rules
