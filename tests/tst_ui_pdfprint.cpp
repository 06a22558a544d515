// Documents shown and printed inside the console (issue 17): a PDF held in memory shown by Qt PDF
// page under page, zoomed, and printed through the system's print dialog; the printed file is read
// back with poppler (its pages, and ink where the document has it), a page range prints only its
// pages, and a file that is not a PDF is refused with a reason.
#include "PrintAnswer.h"
#include "RequireTool.h"
#include "settings/Language.h"
#include "widgets/PdfPreviewDialog.h"
#include "widgets/PdfPrinting.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QLabel>
#include <QPainter>
#include <QPdfView>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sw;

namespace {

// An A4 PDF of `pages` pages, each with a black block in its upper left quarter whose height
// grows with the page's number (so that each printed page can be told apart).
QByteArray blocksPdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(72);
    writer.setPageMargins({});
    QPainter painter(&writer);
    for (int page = 1; page <= pages; ++page) {
        if (page > 1)
            writer.newPage();
        painter.fillRect(QRect(72, 72, 200, 60 * page), Qt::black);
        painter.drawText(QPoint(72, 500), QStringLiteral("Trang %1").arg(page));
    }
    painter.end();
    return bytes;
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(60000);
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The share of dark pixels in a region of an image (0–1).
double darkShare(const QImage &image, const QRect &region)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    qsizetype dark = 0;
    const QRect inside = region.intersected(grey.rect());
    for (int y = inside.top(); y <= inside.bottom(); ++y)
        for (int x = inside.left(); x <= inside.right(); ++x)
            if (grey.constScanLine(y)[x] < 100)
                ++dark;
    return inside.isEmpty() ? 0 : double(dark) / double(inside.width() * inside.height());
}

} // namespace

class TestUiPdfPrint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        settings::installTranslations(*qApp, QStringLiteral("vi"));
    }

    void previewShowsThePagesInMemory()
    {
        QWidget parent;
        parent.resize(1366, 768);
        parent.show();
        const QByteArray pdf = blocksPdf(3);
        auto shown = ui::PdfPreviewDialog::show(&parent, pdf, QStringLiteral("01-BB-STTTT.pdf"));
        QVERIFY2(shown.ok(), qPrintable(shown ? QString() : shown.error().fullText()));
        ui::PdfPreviewDialog *dialog = *shown;
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->pageCount(), 3);
        QCOMPARE(dialog->pdf(), pdf); // byte for byte: a signed PDF keeps its signatures
        QVERIFY(dialog->windowTitle().contains(QStringLiteral("01-BB-STTTT.pdf")));
        QVERIFY(dialog->height() <= parent.screen()->availableGeometry().height());
        // The first page's black block is drawn in the view, fitted to its width.
        QCOMPARE(dialog->view()->zoomMode(), QPdfView::ZoomMode::FitToWidth);
        QTRY_VERIFY(darkShare(dialog->view()->viewport()->grab().toImage(),
                              QRect(QPoint(0, 0), dialog->view()->viewport()->size()))
                    > 0.02);
        // Zooming in makes the pages larger; "whole page" fits one in the window.
        const qreal before = dialog->view()->zoomFactor();
        dialog->findChild<QToolButton *>(QStringLiteral("pdfZoomIn"))->click();
        QCOMPARE(dialog->view()->zoomMode(), QPdfView::ZoomMode::Custom);
        QVERIFY(dialog->view()->zoomFactor() > before);
        dialog->findChild<QToolButton *>(QStringLiteral("pdfFitPage"))->click();
        QCOMPARE(dialog->view()->zoomMode(), QPdfView::ZoomMode::FitInView);
        dialog->close();
    }

    void notAPdfIsRefusedWithAReason()
    {
        QWidget parent;
        auto shown
            = ui::PdfPreviewDialog::show(&parent, QByteArrayLiteral("hello, not a PDF"), QStringLiteral("x"));
        QVERIFY(!shown.ok());
        QVERIFY(!shown.error().message.isEmpty());
        QVERIFY(!shown.error().detail.isEmpty());
        QVERIFY(parent.findChildren<QDialog *>().isEmpty());
    }

    void printsEveryPageThroughThePrintDialog()
    {
        if (!test::requireTool({"pdfinfo", "pdftoppm"}, "poppler-utils"))
            return;
        QWidget parent;
        parent.show();
        auto shown = ui::PdfPreviewDialog::show(&parent, blocksPdf(3), QStringLiteral("report.pdf"));
        QVERIFY(shown.ok());
        ui::PdfPreviewDialog *dialog = *shown;
        QSignalSpy printed(dialog, &ui::PdfPreviewDialog::printed);
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        test::answerPrintDialog(dialog, path);
        dialog->findChild<QPushButton *>(QStringLiteral("pdfPrint"))->click();
        QVERIFY(printed.wait(20000));
        QCOMPARE(printed.first().first().toInt(), 3);
        const QString info = run(QStringLiteral("pdfinfo"), {path});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+3\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral(" pts (A4)")), qPrintable(info)); // each sheet as the page: A4
        // Each printed page as a picture: its block where the document has it, as tall as its number.
        const QString prefix = m_dir.filePath(QStringLiteral("printed"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), path, prefix});
        for (int page = 1; page <= 3; ++page) {
            const QImage image(QStringLiteral("%1-%2.png").arg(prefix).arg(page));
            QVERIFY(!image.isNull());
            QVERIFY(darkShare(image, QRect(80, 80, 180, 60 * page - 16)) > 0.95);
            QVERIFY(darkShare(image, QRect(80, 72 + 60 * page + 10, 180, 30)) < 0.05);
            QVERIFY(darkShare(image, QRect(320, 72, 200, 200)) < 0.01); // nothing beside it
        }
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("pdfPrintStatus"))->isVisibleTo(dialog));
    }

    void printsOnlyTheChosenPages()
    {
        if (!test::requireTool({"pdfinfo", "pdftoppm"}, "poppler-utils"))
            return;
        QWidget parent;
        parent.show();
        const QString path = m_dir.filePath(QStringLiteral("second.pdf"));
        std::optional<Result<int>> result;
        test::answerPrintDialog(&parent, path, 2, 2);
        ui::PdfPrinting::printWithDialog(&parent, blocksPdf(3), QStringLiteral("x.pdf"),
                                         [&result](Result<int> printed) { result = printed; });
        QTRY_VERIFY(result.has_value());
        QVERIFY(result->ok());
        QCOMPARE(**result, 1);
        QVERIFY(run(QStringLiteral("pdfinfo"), {path})
                    .contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
        const QString prefix = m_dir.filePath(QStringLiteral("second"));
        run(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("72"), QStringLiteral("-png"), path, prefix});
        const QImage image(prefix + QStringLiteral("-1.png"));
        QVERIFY(darkShare(image, QRect(80, 80, 180, 100)) > 0.95); // page 2's block: 120 pt tall
        QVERIFY(darkShare(image, QRect(80, 72 + 120 + 10, 180, 30)) < 0.05);
    }

    void cancelledPrintsNothing()
    {
        QWidget parent;
        parent.show();
        bool called = false;
        QTimer::singleShot(0, &parent, [&parent] {
            if (auto *dialog = parent.findChild<QPrintDialog *>(QStringLiteral("printDialog")))
                dialog->reject();
        });
        ui::PdfPrinting::printWithDialog(&parent, blocksPdf(1), QStringLiteral("x.pdf"),
                                         [&called](Result<int>) { called = true; });
        QTRY_VERIFY(parent.findChildren<QPrintDialog *>().isEmpty());
        QVERIFY(!called);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestUiPdfPrint)
#include "tst_ui_pdfprint.moc"
