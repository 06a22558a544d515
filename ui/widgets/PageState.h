#pragma once

#include <QByteArray>
#include <QList>

class QHeaderView;
class QSplitter;

namespace sw::ui {

class FilterBar;

// A page's remembered layout for the settings (ui-guide.md: splitters, column widths and the last
// filters are remembered): a magic number naming the page, each splitter's state, the table
// header's state and the filter bar's choices, in that order.
namespace PageState {

QByteArray save(quint32 magic, const QList<QSplitter *> &splitters, const QHeaderView *header,
                const FilterBar *filterBar);
// Applies `state` when it was saved by the same page (same magic, readable); otherwise leaves the
// page as it is and returns false.
bool restore(const QByteArray &state, quint32 magic, const QList<QSplitter *> &splitters, QHeaderView *header,
             FilterBar *filterBar);

} // namespace PageState
} // namespace sw::ui
