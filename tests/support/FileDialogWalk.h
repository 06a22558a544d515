#pragma once

// A walk through one of the console's file dialogs in Vietnamese, for tst_ui_qtstrings (header
// only: Qt Widgets).

#include "QtStrings.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QListView>
#include <QMessageBox>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace sw::test {

// A file dialog of the console (the widget dialog): its labels, buttons, tool tips, the detail
// view's columns, the sidebar, the types of what it lists, and the questions it asks.
inline void lookAtFileDialog(QtStringsCheck &check, const QString &folder, QWidget *widget,
                             const QString &where, QFileDialog::FileMode mode)
{
    auto *dialog = qobject_cast<QFileDialog *>(widget);
    if (!dialog) {
        check.problem(where + QStringLiteral(": no file dialog"));
        if (widget)
            widget->close();
        return;
    }
    const bool save = dialog->acceptMode() == QFileDialog::AcceptSave;
    auto *tree = dialog->findChild<QTreeView *>(QStringLiteral("treeView"));
    auto *sidebar = dialog->findChild<QListView *>(QStringLiteral("sidebar"));
    if (!tree || !sidebar) {
        check.problem(where + QStringLiteral(": not Qt's widget dialog"));
        dialog->reject();
        return;
    }
    dialog->findChild<QToolButton *>(QStringLiteral("detailModeButton"))->click();
    // The folder's entries come from a thread: "archive" (a folder) is listed when it is read.
    const auto row = [tree](const QString &name) {
        const QModelIndex root = tree->rootIndex();
        for (int r = 0; r < tree->model()->rowCount(root); ++r)
            if (tree->model()->index(r, 0, root).data().toString() == name)
                return tree->model()->index(r, 0, root);
        return QModelIndex();
    };
    if (!QTest::qWaitFor([&] { return row(QStringLiteral("archive")).isValid(); }, 10000))
        check.problem(where + QStringLiteral(": the documents folder is not listed"));
    check.look(dialog, where);

    const auto label = [dialog](const char *name) {
        auto *found = dialog->findChild<QLabel *>(QLatin1String(name));
        return found ? found->text() : QString();
    };
    check.expectText(where, label("lookInLabel"), QStringLiteral("Tìm trong:"));
    if (mode == QFileDialog::Directory) {
        check.expectText(where, label("fileNameLabel"), QStringLiteral("Thư mục:"));
    } else {
        check.expectText(where, label("fileNameLabel"), QStringLiteral("Tên tệp:"));
        check.expectText(where, label("fileTypeLabel"), QStringLiteral("Loại tệp:"));
    }
    auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    check.expectButton(box, save ? QDialogButtonBox::Save : QDialogButtonBox::Open,
                       save                                 ? QStringLiteral("Lưu")
                           : mode == QFileDialog::Directory ? QStringLiteral("Chọn")
                                                            : QStringLiteral("Mở"),
                       where);
    check.expectButton(box, QDialogButtonBox::Cancel, QStringLiteral("Hủy"), where);
    QStringList columns;
    for (int c = 0; c < tree->header()->count(); ++c)
        columns << tree->model()->headerData(c, Qt::Horizontal).toString();
    check.expectText(where, columns.join(u'|'), QStringLiteral("Tên|Kích thước|Loại|Ngày sửa đổi"));
    const QModelIndex archive = row(QStringLiteral("archive"));
    check.expectText(where, archive.siblingAtColumn(2).data().toString(), QStringLiteral("Thư mục"));
    check.expectText(where, sidebar->model()->index(0, 0).data().toString(), QStringLiteral("Máy tính"));
    // Places: the look-in list as it drops down, the sidebar's menu.
    auto *lookIn = dialog->findChild<QComboBox *>(QStringLiteral("lookInCombo"));
    lookIn->showPopup();
    check.look(lookIn, where + QStringLiteral(" (look in)"));
    lookIn->hidePopup();
    whileShown(
        popup,
        [&check, where](QWidget *menu) {
            check.lookAtMenu(menu, where + QStringLiteral(" (sidebar)"),
                             {QStringLiteral("Gỡ khỏi danh sách")});
        },
        [sidebar] {
            const QModelIndex home = sidebar->model()->index(1, 0);
            Q_EMIT sidebar->customContextMenuRequested(sidebar->visualRect(home).center());
        });

    // A question the dialog asks when `trigger` runs: it must say `expected`; `click` answers it.
    const auto question = [&check, where](const QString &expected, QMessageBox::StandardButton click,
                                          const std::function<void()> &trigger) {
        const auto handle = [&check, where, expected, click](QWidget *shown) {
            auto *asked = qobject_cast<QMessageBox *>(shown);
            if (!asked) {
                check.problem(QStringLiteral("%1: no question \"%2\"").arg(where, expected));
                return;
            }
            check.look(asked, where);
            if (!asked->text().contains(expected))
                check.problem(
                    QStringLiteral("%1: \"%2\" does not say \"%3\"").arg(where, asked->text(), expected));
            asked->button(click)->click();
        };
        whileShown(nextModal(), handle, trigger);
    };
    auto *fileName = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
    if (mode == QFileDialog::Directory) {
        // A folder that is not there.
        fileName->setText(QStringLiteral("missing-folder"));
        question(QStringLiteral("Không tìm thấy thư mục"), QMessageBox::Ok,
                 [dialog] { static_cast<QDialog *>(dialog)->accept(); });
        return dialog->reject();
    }
    if (save) {
        // An existing file: replace it? No.
        fileName->setText(QStringLiteral("notes.csv"));
        question(QStringLiteral("đã tồn tại"), QMessageBox::No,
                 [dialog] { static_cast<QDialog *>(dialog)->accept(); });
        return dialog->reject();
    }
    // A file that is not there.
    fileName->setText(QStringLiteral("missing.sqlite"));
    question(QStringLiteral("Không tìm thấy tệp"), QMessageBox::Ok,
             [dialog] { static_cast<QDialog *>(dialog)->accept(); });
    fileName->clear();

    // A new folder, named by Qt; its context menu; deleted after a question.
    dialog->findChild<QToolButton *>(QStringLiteral("newFolderButton"))->click();
    const QString name = QStringLiteral("Thư mục mới");
    const QString created = QDir(folder).filePath(name);
    if (!QTest::qWaitFor([&] { return QFileInfo::exists(created) && row(name).isValid(); }, 5000))
        check.problem(QStringLiteral("%1: no folder \"%2\"").arg(where, name));
    if (auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget()); editor && editor != fileName)
        QTest::keyClick(editor, Qt::Key_Return); // the name as Qt gave it
    tree->setCurrentIndex(row(name));
    whileShown(
        popup,
        [&check, where](QWidget *menu) {
            check.lookAtMenu(menu, where + QStringLiteral(" (context menu)"),
                             {QStringLiteral("Đổi tên"), QStringLiteral("Xóa"), QStringLiteral("Hiện tệp ẩn"),
                              QStringLiteral("Thư mục mới")});
        },
        [tree, &row, name] {
            Q_EMIT tree->customContextMenuRequested(tree->visualRect(row(name)).center());
        });
    question(QStringLiteral("Bạn có chắc chắn muốn xóa"), QMessageBox::Yes,
             [dialog] { dialog->findChild<QAction *>(QStringLiteral("qt_delete_action"))->trigger(); });
    if (!QTest::qWaitFor([&] { return !QFileInfo::exists(created); }, 5000))
        check.problem(where + QStringLiteral(": the new folder is still there"));
    dialog->reject();
}

} // namespace sw::test
