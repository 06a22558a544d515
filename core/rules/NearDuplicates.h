#pragma once

#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringView>

#include <vector>

namespace sw::rules {

// IDENTITY_NEAR_DUPLICATE's name key: NFD, combining marks (Mn, Mc, Me) removed, đ/Đ as d,
// lower case, runs of Unicode white space as one space, trimmed.
QString nameKey(const QString &fullName);

// Both ids are 12 digits and differ in exactly one position, or become equal by swapping one
// pair of adjacent digits.
bool idsNearlyEqual(const QString &a, const QString &b);

// Finds pairs of citizens with the same birth date and nearly equal ids (idsNearlyEqual). Ids and
// birth dates are kept packed (16 bytes a citizen), so a province's 1.2 million citizens fit in
// about 20 MB. Only ids of 12 digits and birth dates of the form YYYY-MM-DD are kept (anything
// else cannot pair: a malformed birth date counts as none). Names are compared afterwards, on the
// few pairs. Cost: grouping by birth date (a counting pass), then pairs within each birth date; a
// large birth-date block (national scale) is split further by ids with one digit masked or one
// adjacent pair ordered.
class NearIdSearch
{
public:
    void add(const QString &citizenId, const QString &birthDate);
    // The same from UTF-8 text, without making strings (a million citizens on SQLite).
    void add(QByteArrayView citizenId, QByteArrayView birthDate);
    // Citizens as "day:id" separated by commas, the day counting from 1970-01-01 (PostgreSQL
    // sends them so, many in one row).
    void addDayIds(QStringView list);
    qsizetype size() const { return qsizetype(m_rows.size()); }
    // Each pair once, the smaller id first, in ascending order.
    QList<QPair<QString, QString>> pairs();

    struct Row
    {
        qint32 birth;
        quint64 id;
    };

private:
    std::vector<Row> m_rows;
};

} // namespace sw::rules
