#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

class QAbstractItemModel;
class QHeaderView;
class QTableView;
class QWidget;

namespace sw::ui {

// Exports what a table shows to CSV (reports::CsvExport: UTF-8 with BOM, RFC 4180): the visible
// columns in their on-screen order, each cell's display text — so a citizen id is exported masked
// exactly as the table masks it (§1.7). Models that fetch lazily are fetched to the end first.
class TableExport
{
public:
    // Logical columns shown by `header`, in visual order; all columns when `header` is null.
    static QList<int> visibleColumns(const QAbstractItemModel &model, const QHeaderView *header = nullptr);
    static QStringList headerTexts(const QAbstractItemModel &model, const QList<int> &columns);
    static QList<QStringList> rowTexts(QAbstractItemModel &model, const QList<int> &columns);
    static Result<void> save(QAbstractItemModel &model, const QList<int> &columns, const QString &path);
    // Every column of `model` (usually a page's sorting proxy: the rows in the order on screen);
    // returns the number of rows written.
    static Result<qint64> saveAll(QAbstractItemModel &model, const QString &path);

    // Ctrl+E on a table: asks for a file (suggesting `suggestedName`.csv), writes it, and tells the
    // user what happened in a message box when it fails. Returns the path written, or empty.
    static QString exportView(QTableView *view, const QString &suggestedName, QWidget *parent);
};

} // namespace sw::ui
