#pragma once

// A walk through the system's print dialog in Vietnamese (the widget QPrintDialog, as on a desktop
// without a print dialog plugin) and its printer's properties, for tst_ui_qtstrings (header only:
// Qt Widgets).

#include "QtStrings.h"

#include <QComboBox>
#include <QPrintDialog>
#include <QPushButton>
#include <QTabWidget>

namespace sw::test {

// The printer's properties (paper, orientation, margins, pages per sheet; the job's options), each
// tab shown in turn; closes the dialog.
inline void lookAtPrinterProperties(QtStringsCheck &check, QWidget *page)
{
    if (!page) {
        check.problem(QStringLiteral("Properties opened nothing"));
        return;
    }
    const QString where = QStringLiteral("printer properties");
    const QList<QTabWidget *> tabs = page->findChildren<QTabWidget *>();
    if (tabs.isEmpty())
        check.look(page, where);
    for (QTabWidget *tab : tabs)
        for (int i = 0; i < tab->count(); ++i) {
            tab->setCurrentIndex(i);
            check.look(page, where);
        }
    page->close();
}

// The print dialog printing to a PDF file, whatever printers the system has (its paper sizes are all
// of QPageSize's, a printer's would be its own, so each one in qt_vi.ts is asked for), with its
// options shown and its printer's properties opened; rejects the dialog.
inline void lookAtPrintDialog(QtStringsCheck &check, QWidget *widget)
{
    auto *dialog = qobject_cast<QPrintDialog *>(widget);
    if (!dialog) {
        check.problem(QStringLiteral("Print… opened no print dialog"));
        if (widget)
            widget->close();
        return;
    }
    const QString where = QStringLiteral("print dialog");
    auto *printers = dialog->findChild<QComboBox *>(QStringLiteral("printers"));
    if (!printers || printers->count() < 1) {
        check.problem(QStringLiteral("the print dialog has no printer to choose"));
    } else {
        printers->setCurrentIndex(printers->count() - 1); // Qt puts the PDF file last
        check.expectText(where, printers->currentText(), QStringLiteral("In ra tệp (PDF)"));
    }
    // The options (copies, page range, colour, both sides), as "Options >>" shows them.
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    QAbstractButton *options = nullptr;
    if (buttons)
        for (QAbstractButton *button : buttons->buttons())
            if (buttons->buttonRole(button) == QDialogButtonBox::ResetRole)
                options = button;
    if (!options) {
        check.problem(QStringLiteral("the print dialog has no Options button"));
    } else {
        check.expectText(where, options->text(), QStringLiteral("Tùy chọn >>"));
        options->click();
        check.expectText(where, options->text(), QStringLiteral("Tùy chọn <<"));
    }
    check.look(dialog, where);
    check.expectButton(buttons, QDialogButtonBox::Ok, QStringLiteral("In"), where);
    check.expectButton(buttons, QDialogButtonBox::Cancel, QStringLiteral("Hủy"), where);
    auto *properties = dialog->findChild<QPushButton *>(QStringLiteral("properties"));
    if (!properties || !properties->isEnabled()) {
        check.problem(QStringLiteral("the print dialog's Properties cannot be opened"));
    } else {
        check.expectText(where, properties->text(), QStringLiteral("Thuộc tính"));
        whileShown(
            nextModal(), [&check](QWidget *page) { lookAtPrinterProperties(check, page); },
            [properties] { properties->click(); });
    }
    dialog->reject();
}

} // namespace sw::test
