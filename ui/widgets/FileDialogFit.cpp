#include "widgets/FileDialogFit.h"

#include "widgets/ColumnFit.h"

#include <QEvent>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QHeaderView>
#include <QListView>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTreeView>

namespace sw::ui {

bool FileDialogFit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Show)
        return false;
    auto *dialog = qobject_cast<QFileDialog *>(watched);
    if (!dialog)
        return false;
    fit(dialog);
    // The folder's entries arrive from a thread: their sizes, types and dates too.
    if (auto *files = dialog->findChild<QFileSystemModel *>();
        files && !files->property("swFitted").toBool()) {
        files->setProperty("swFitted", true);
        connect(files, &QFileSystemModel::directoryLoaded, dialog, [guarded = QPointer<QFileDialog>(dialog)] {
            if (guarded)
                fit(guarded);
        });
    }
    return false;
}

void FileDialogFit::fit(QFileDialog *dialog)
{
    if (auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("treeView")); tree && tree->model()) {
        // The name takes what is left; the size, type and date as wide as their titles and cells.
        for (int column = 1; column < tree->header()->count(); ++column)
            if (!tree->isColumnHidden(column))
                tree->resizeColumnToContents(column);
        ColumnFit::widenToHeaders(tree->header());
    }
    auto *sidebar = dialog->findChild<QListView *>(QStringLiteral("sidebar"));
    auto *splitter = dialog->findChild<QSplitter *>(QStringLiteral("splitter"));
    if (!sidebar || !splitter || !sidebar->model() || splitter->count() < 2)
        return;
    const int needed = sidebar->sizeHintForColumn(0) + 2 * sidebar->frameWidth()
        + (sidebar->verticalScrollBar()->isVisible() ? sidebar->verticalScrollBar()->width() : 0);
    QList<int> sizes = splitter->sizes();
    const int index = splitter->indexOf(sidebar);
    if (index < 0 || sizes.at(index) >= needed)
        return;
    const int other = index == 0 ? 1 : 0;
    const int taken = needed - sizes.at(index);
    sizes[index] = needed;
    sizes[other] = qMax(0, sizes.at(other) - taken);
    splitter->setSizes(sizes);
}

} // namespace sw::ui
