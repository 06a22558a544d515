#pragma once

class QTableView;

namespace sw::ui {

// The look every page gives the tables it lists records in: whole rows, one chosen at a time, never
// edited in place, one line a row with long text elided, no row numbers, widths the user can drag.
namespace ReadOnlyTable {

void setUp(QTableView *view);

} // namespace ReadOnlyTable
} // namespace sw::ui
