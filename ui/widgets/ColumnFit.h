#pragma once

#include <QHash>
#include <QStringList>

class QHeaderView;
class QTableView;

namespace sw::ui {

// Column widths that fit what the columns show, in either language (issue 17): a title whole
// beside the sort arrow that any column of a sortable table may show, and the cells.
namespace ColumnFit {

// The least width of `logical`'s section in which its title shows whole.
int headerWidth(const QHeaderView *header, int logical);

// Widens each section the user can resize that is narrower than its title: after a remembered
// state is restored (its widths may have been fitted to the other language's titles).
void widenToHeaders(QHeaderView *header);

// Sets each column the user can resize to the widest of its title, its cells in sight and the
// `samples` given for it (the texts it can hold: rule names, statuses), at most `maximum` px
// (longer cells elide, their text in the tool tip); stretched columns take the rest.
void fitToContents(QTableView *view, const QHash<int, QStringList> &samples = {}, int maximum = 360);

} // namespace ColumnFit
} // namespace sw::ui
