// The documents page's PDF: shown inside the console, printed, exported (DocumentsPage.h).
#include "casework/DocumentsPage.h"

#include "casebook/CaseDocuments.h"
#include "casework/CasePrompts.h"
#include "widgets/PdfPreviewDialog.h"
#include "widgets/PdfPrinting.h"

#include <QSaveFile>

namespace sw::ui {

using casebook::CaseDocument;

namespace {
QString fileNameOf(const CaseDocument &d)
{
    if (d.isSigned())
        return d.numberText().replace(u'/', u'-') + QStringLiteral(".pdf");
    return QStringLiteral("%1-draft-case-%2.pdf").arg(d.kindCode()).arg(d.caseId);
}
} // namespace

Result<QByteArray> DocumentsPage::shownPdf()
{
    if (!m_shown)
        return Error::make(tr("Select a document first."), {}, Error::Kind::InvalidInput);
    if (auto saved = saveNow(); !saved)
        return saved.error();
    return m_documents.pdf(m_shown);
}

void DocumentsPage::preview()
{
    auto pdf = shownPdf();
    auto doc = m_documents.document(m_shown);
    if (!pdf || !doc) {
        showError(!pdf ? pdf.error() : doc.error());
        return;
    }
    if (auto shown = PdfPreviewDialog::show(this, *pdf, fileNameOf(*doc)); !shown)
        showError(shown.error());
}

void DocumentsPage::print()
{
    auto pdf = shownPdf();
    auto doc = m_documents.document(m_shown);
    if (!pdf || !doc) {
        showError(!pdf ? pdf.error() : doc.error());
        return;
    }
    PdfPrinting::printWithDialog(this, *pdf, fileNameOf(*doc), [this](Result<int> printed) {
        if (!printed)
            showError(printed.error());
    });
}

Result<void> DocumentsPage::exportPdf(const QString &path)
{
    auto bytes = shownPdf();
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size() || !file.commit())
        return Error::make(tr("The file %1 cannot be written.").arg(path), file.errorString());
    return {};
}

void DocumentsPage::showExportPdfDialog()
{
    auto doc = m_documents.document(m_shown);
    if (!doc) {
        showError(doc.error());
        return;
    }
    const auto path = prompts().saveFileName(this, tr("Export PDF"), fileNameOf(*doc), tr("PDF (*.pdf)"));
    if (!path)
        return;
    if (auto written = exportPdf(*path); !written) {
        showError(written.error());
        return;
    }
    showInformation(tr("Written to %1.").arg(*path));
}

} // namespace sw::ui
