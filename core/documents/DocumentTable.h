#pragma once

#include <QList>
#include <QStringList>

namespace sw::documents {

// A bordered table as an official document prints it: the column names in a header row that
// repeats at the top of each page the table runs onto, then the rows. Widths in per cent of the
// text width; a body cell is left-aligned unless its column is listed as centred or right-aligned
// (figures); the last row is bold when it is a total.
struct DocumentTable
{
    QStringList columns;
    QList<QStringList> rows;
    QList<qreal> widths;
    QList<int> centred = {};
    QList<int> right = {};
    bool totalRow = false;
};

} // namespace sw::documents
