#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QString>

class QAbstractItemModel;

namespace sw::ui {

// Writes what a casework table shows (its model, usually a sorting proxy: the rows in the order on
// screen) to CSV in UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly.
// The cells are the display texts: citizen ids stay masked (§1.7) as the table shows them.
class CaseCsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CaseCsvExport)

public:
    // Returns the number of rows written.
    static Result<qint64> write(const QAbstractItemModel &model, const QString &path);
    // One field, quoted when it holds a comma, a quote or a line break (RFC 4180).
    static QString field(const QString &text);
};

} // namespace sw::ui
