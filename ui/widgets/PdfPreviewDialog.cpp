#include "widgets/PdfPreviewDialog.h"

#include "widgets/PdfPrinting.h"
#include "widgets/WindowTitle.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfView>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
constexpr qreal zoomStep = 1.25;
constexpr qreal leastZoom = 0.25;
constexpr qreal mostZoom = 4.0;
} // namespace

Result<PdfPreviewDialog *> PdfPreviewDialog::show(QWidget *parent, const QByteArray &pdf,
                                                  const QString &title)
{
    auto document = PdfPrinting::load(pdf);
    if (!document)
        return document.error();
    auto *dialog = new PdfPreviewDialog(pdf, std::move(*document), title, parent);
    dialog->open();
    return dialog;
}

PdfPreviewDialog::PdfPreviewDialog(const QByteArray &pdf, std::unique_ptr<QPdfDocument> document,
                                   const QString &title, QWidget *parent)
    : QDialog(parent), m_pdf(pdf), m_title(title), m_document(document.release()), m_view(new QPdfView(this))
{
    setObjectName(QStringLiteral("pdfPreview"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("Preview: %1").arg(title));
    m_document->setParent(this);

    m_view->setObjectName(QStringLiteral("pdfView"));
    m_view->setDocument(m_document);
    m_view->setPageMode(QPdfView::PageMode::MultiPage);
    m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth);
    m_view->setPageSpacing(12);

    m_pages = new QLabel(tr("%n page(s)", nullptr, m_document->pageCount()), this);
    m_pages->setObjectName(QStringLiteral("pdfPageCount"));
    auto makeButton = [this](const QString &label, const QString &tip, const QKeySequence &keys) {
        auto *button = new QToolButton(this);
        button->setText(label);
        button->setToolTip(keys.isEmpty()
                               ? tip
                               : QStringLiteral("%1 (%2)").arg(tip, keys.toString(QKeySequence::NativeText)));
        button->setAutoRaise(true);
        if (!keys.isEmpty()) {
            auto *shortcut = new QShortcut(keys, this);
            connect(shortcut, &QShortcut::activated, button, &QToolButton::click);
        }
        return button;
    };
    auto *fitWidth = makeButton(tr("Fit width"), tr("Pages as wide as the window"), {});
    auto *fitPage = makeButton(tr("Whole page"), tr("A whole page in the window"), {});
    auto *zoomIn = makeButton(tr("Zoom in"), tr("Larger"), QKeySequence::ZoomIn);
    auto *zoomOut = makeButton(tr("Zoom out"), tr("Smaller"), QKeySequence::ZoomOut);
    fitWidth->setObjectName(QStringLiteral("pdfFitWidth"));
    fitPage->setObjectName(QStringLiteral("pdfFitPage"));
    zoomIn->setObjectName(QStringLiteral("pdfZoomIn"));
    zoomOut->setObjectName(QStringLiteral("pdfZoomOut"));
    connect(fitWidth, &QToolButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitToWidth); });
    connect(fitPage, &QToolButton::clicked, this,
            [this] { m_view->setZoomMode(QPdfView::ZoomMode::FitInView); });
    connect(zoomIn, &QToolButton::clicked, this, [this] { zoom(zoomStep); });
    connect(zoomOut, &QToolButton::clicked, this, [this] { zoom(1 / zoomStep); });

    auto *tools = new QHBoxLayout;
    tools->addWidget(m_pages);
    tools->addSpacing(12);
    for (QToolButton *button : {fitWidth, fitPage, zoomOut, zoomIn})
        tools->addWidget(button);
    tools->addStretch(1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("pdfPrintStatus"));
    m_status->setWordWrap(true);
    m_status->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("pdfPrint"));
    print->setToolTip(tr("Print the document through the system's print dialog (Ctrl+P)"));
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &PdfPreviewDialog::print);
    connect(print, &QPushButton::clicked, this, &PdfPreviewDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    // An A4 page fitted to the width is readable at about 800 px; as tall as the screen allows.
    const QRect available
        = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(qMin(900, available.width() - 40), available.height() - 60);
    WindowTitle::keepWhole(this);
}

int PdfPreviewDialog::pageCount() const
{
    return m_document->pageCount();
}

void PdfPreviewDialog::zoom(qreal factor)
{
    const qreal current = m_view->zoomFactor();
    m_view->setZoomMode(QPdfView::ZoomMode::Custom);
    m_view->setZoomFactor(qBound(leastZoom, current * factor, mostZoom));
}

void PdfPreviewDialog::print()
{
    PdfPrinting::printWithDialog(this, m_pdf, m_title, [this](Result<int> printed) {
        if (printed) {
            m_status->setText(tr("Sent %n page(s) to the printer.", nullptr, *printed));
            Q_EMIT this->printed(*printed);
        } else {
            m_status->setText(printed.error().message);
            Q_EMIT printFailed(printed.error());
        }
        m_status->show();
    });
}

} // namespace sw::ui
