#include "widgets/PdfPrinting.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QEventLoop>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPrintDialog>
#include <QPrinter>
#include <QTimer>

namespace sw::ui::PdfPrinting {

namespace {
constexpr int maxRenderDpi = 300;
constexpr int loadTimeoutMs = 10000;

QString text(const char *source)
{
    return QCoreApplication::translate("sw::ui::PdfPrinting", source);
}

QString reason(QPdfDocument::Error error)
{
    switch (error) {
    case QPdfDocument::Error::None:
        return {};
    case QPdfDocument::Error::DataNotYetAvailable:
        return text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The file ended before its last page."));
    case QPdfDocument::Error::InvalidFileFormat:
        return text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "It is not a PDF file."));
    case QPdfDocument::Error::IncorrectPassword:
        return text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "It is protected by a password."));
    case QPdfDocument::Error::UnsupportedSecurityScheme:
        return text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "Its protection is of an unknown kind."));
    default:
        return text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The file could not be read."));
    }
}
} // namespace

Result<std::unique_ptr<QPdfDocument>> load(const QByteArray &pdf, QObject *parent)
{
    auto document = std::make_unique<QPdfDocument>(parent);
    auto *buffer = new QBuffer(document.get());
    buffer->setData(pdf);
    buffer->open(QIODevice::ReadOnly);
    document->load(buffer);
    if (document->status() == QPdfDocument::Status::Loading) {
        // Qt PDF may finish reading a device from the event loop.
        QEventLoop loop;
        QObject::connect(document.get(), &QPdfDocument::statusChanged, &loop, [&loop, &document] {
            if (document->status() != QPdfDocument::Status::Loading)
                loop.quit();
        });
        QTimer::singleShot(loadTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (document->status() != QPdfDocument::Status::Ready || document->pageCount() < 1)
        return Error::make(text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The PDF cannot be shown.")),
                           reason(document->error()), Error::Kind::Damaged);
    return document;
}

Result<int> print(QPdfDocument &document, QPrinter &printer)
{
    const int count = document.pageCount();
    int first = 1;
    int last = count;
    if (printer.printRange() == QPrinter::PageRange && printer.fromPage() > 0) {
        first = qMax(1, printer.fromPage());
        last = qMin(count, printer.toPage() > 0 ? printer.toPage() : count);
    }
    if (first > last)
        return Error::make(
            text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The pages chosen are not in the document.")), {},
            Error::Kind::InvalidInput);
    printer.setFullPage(true);
    QPainter painter;
    int printed = 0;
    for (int page = first - 1; page < last; ++page) {
        const QSizeF points = document.pagePointSize(page);
        // Each sheet as the page: A4 portrait for the Department's documents.
        printer.setPageLayout(QPageLayout(QPageSize(points, QPageSize::Point), QPageLayout::Portrait, {}));
        if (printed == 0) {
            if (!painter.begin(&printer))
                return Error::make(
                    text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The printer could not be started.")),
                    printer.outputFileName());
        } else if (!printer.newPage()) {
            return Error::make(
                text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The printer stopped taking pages.")));
        }
        const int dpi = qMin(printer.resolution(), maxRenderDpi);
        const QSize pixels = (points * dpi / 72.0).toSize();
        const QImage image = document.render(page, pixels);
        if (image.isNull())
            return Error::make(
                text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "A page could not be drawn for the printer.")),
                QString::number(page + 1));
        const QRect sheet = printer.pageLayout().fullRectPixels(printer.resolution());
        painter.drawImage(sheet, image);
        ++printed;
    }
    if (!painter.end())
        return Error::make(
            text(QT_TRANSLATE_NOOP("sw::ui::PdfPrinting", "The printer did not finish the document.")));
    return printed;
}

void printWithDialog(QWidget *parent, const QByteArray &pdf, const QString &documentName,
                     std::function<void(Result<int>)> done)
{
    auto loaded = load(pdf);
    if (!loaded) {
        done(loaded.error());
        return;
    }
    std::shared_ptr<QPdfDocument> document = std::move(*loaded);
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(documentName);
    printer->setPageSize(QPageSize(document->pagePointSize(0), QPageSize::Point));
    printer->setFromTo(1, document->pageCount());
    auto *dialog = new QPrintDialog(printer.get(), parent);
    dialog->setObjectName(QStringLiteral("printDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setMinMax(1, document->pageCount());
    dialog->setOption(QAbstractPrintDialog::PrintPageRange);
    dialog->setOption(QAbstractPrintDialog::PrintCurrentPage, false);
    dialog->setOption(QAbstractPrintDialog::PrintSelection, false);
    QObject::connect(dialog, &QDialog::accepted, dialog,
                     [printer, document, done] { done(print(*document, *printer)); });
    dialog->open();
}

} // namespace sw::ui::PdfPrinting
