#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QDialog>

#include <memory>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;

namespace sw::ui {

// A document's PDF shown inside the console (issue 17), as it prints: every page one under the
// other, fitted to the window's width or whole, zoomed in and out (Ctrl++ / Ctrl+-), and printed
// through the system's print dialog (Ctrl+P). The PDF stays in memory, byte for byte the one
// given (a signed document's signatures included).
class PdfPreviewDialog : public QDialog
{
    Q_OBJECT
public:
    // Opens the dialog over `parent` (window-modal, deleted on close) for `pdf`, titled with the
    // document's `title`; an error when the PDF cannot be read.
    static Result<PdfPreviewDialog *> show(QWidget *parent, const QByteArray &pdf, const QString &title);

    const QByteArray &pdf() const { return m_pdf; }
    int pageCount() const;
    QPdfView *view() const { return m_view; }
    void print();

Q_SIGNALS:
    void printed(int pages);
    void printFailed(const sw::Error &error);

private:
    PdfPreviewDialog(const QByteArray &pdf, std::unique_ptr<QPdfDocument> document, const QString &title,
                     QWidget *parent);
    void zoom(qreal factor);

    QByteArray m_pdf;
    QString m_title;
    QPdfDocument *m_document = nullptr;
    QPdfView *m_view = nullptr;
    QLabel *m_pages = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace sw::ui
