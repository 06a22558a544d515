#pragma once

// Answers the print dialog that the console opens next (PdfPrinting::printWithDialog) as a person's
// OK would, the printer writing a PDF file instead of paper (header only: Qt Widgets and Print
// Support, which the core-only test support library does not link).

#include <QPrintDialog>
#include <QPrinter>
#include <QTest>
#include <QTimer>
#include <QWidget>

namespace sw::test {

// `path`: the file the printer writes; `from`–`to`: the pages asked for (0: all).
inline void answerPrintDialog(QWidget *parent, const QString &path, int from = 0, int to = 0)
{
    QTimer::singleShot(0, parent, [parent, path, from, to] {
        auto *dialog = parent->findChild<QPrintDialog *>(QStringLiteral("printDialog"));
        QVERIFY2(dialog && dialog->isVisible(), "no print dialog open");
        QPrinter *printer = dialog->printer();
        printer->setOutputFormat(QPrinter::PdfFormat);
        printer->setOutputFileName(path);
        if (from > 0) {
            printer->setPrintRange(QPrinter::PageRange);
            printer->setFromTo(from, to);
        }
        dialog->done(QDialog::Accepted);
    });
}

} // namespace sw::test
