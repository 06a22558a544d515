#include "widgets/TableExport.h"

#include "reports/CsvExport.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableView>

namespace sw::ui {

QList<int> TableExport::visibleColumns(const QAbstractItemModel &model, const QHeaderView *header)
{
    QList<int> columns;
    if (!header) {
        for (int c = 0; c < model.columnCount(); ++c)
            columns << c;
        return columns;
    }
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (logical >= 0 && !header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QStringList TableExport::headerTexts(const QAbstractItemModel &model, const QList<int> &columns)
{
    QStringList texts;
    for (int c : columns)
        texts << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    return texts;
}

QList<QStringList> TableExport::rowTexts(QAbstractItemModel &model, const QList<int> &columns)
{
    // A lazily fetched model holds only what was scrolled to: the export takes every row.
    while (model.canFetchMore({}))
        model.fetchMore({});
    QList<QStringList> rows;
    rows.reserve(model.rowCount());
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c : columns)
            row << model.index(r, c).data(Qt::DisplayRole).toString();
        rows << row;
    }
    return rows;
}

Result<void> TableExport::save(QAbstractItemModel &model, const QList<int> &columns, const QString &path)
{
    return reports::CsvExport::save(path, headerTexts(model, columns), rowTexts(model, columns));
}

Result<qint64> TableExport::saveAll(QAbstractItemModel &model, const QString &path)
{
    if (auto saved = save(model, visibleColumns(model), path); !saved)
        return saved.error();
    return qint64(model.rowCount());
}

QString TableExport::exportView(QTableView *view, const QString &suggestedName, QWidget *parent)
{
    if (!view || !view->model())
        return {};
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path
        = QFileDialog::getSaveFileName(parent, QCoreApplication::translate("TableExport", "Export to CSV"),
                                       QDir(folder).filePath(suggestedName + QStringLiteral(".csv")),
                                       QCoreApplication::translate("TableExport", "CSV files (*.csv)"));
    if (path.isEmpty())
        return {};
    auto saved = save(*view->model(), visibleColumns(*view->model(), view->horizontalHeader()), path);
    if (!saved) {
        QMessageBox::warning(parent, QCoreApplication::translate("TableExport", "Export to CSV"),
                             saved.error().fullText());
        return {};
    }
    return path;
}

} // namespace sw::ui
