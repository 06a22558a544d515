#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>
#include <memory>

class QObject;
class QPdfDocument;
class QPrinter;
class QWidget;

namespace sw::ui::PdfPrinting {

// Opens a PDF held in memory (a document's PDF holds personal data: it goes to no file) with Qt
// PDF; an error says why it cannot be read.
Result<std::unique_ptr<QPdfDocument>> load(const QByteArray &pdf, QObject *parent = nullptr);

// Prints the pages of `document` the printer asks for (all, or its page range) in order, each
// rendered at the printer's resolution up to 300 dpi and laid on the whole sheet, as the PDF's own
// margins are the document's (Decree 30/2020). Returns the number of pages printed.
Result<int> print(QPdfDocument &document, QPrinter &printer);

// Opens the system's print dialog over `parent` for `pdf` (named `documentName` in the printer's
// queue); prints when it is accepted and then calls `done` with the pages printed or the error.
// Nothing happens when it is cancelled.
void printWithDialog(QWidget *parent, const QByteArray &pdf, const QString &documentName,
                     std::function<void(Result<int>)> done);

} // namespace sw::ui::PdfPrinting
