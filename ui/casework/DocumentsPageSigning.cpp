// DocumentsPage: the check of signatures, of stored documents and of PDF files dropped on the page
// (the rest in DocumentsPage.cpp).
#include "casebook/CaseDocuments.h"
#include "casework/CaseDocumentsModel.h"
#include "casework/CasePrompts.h"
#include "casework/DocumentsPage.h"
#include "signatures/SignatureVerdict.h"
#include "signing/PdfVerifier.h"
#include "widgets/WindowTitle.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLabel>
#include <QLoggingCategory>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcDocumentsPage)

namespace sw::ui {

namespace {
// The trust anchors of the profile; a file that cannot be read counts as none (said in the log:
// its signatures then show as not trusted, never as valid).
signing::TrustAnchors anchorsOf(const settings::SigningProfile &profile)
{
    if (profile.trustAnchors.isEmpty())
        return {};
    auto anchors = signing::TrustAnchors::fromFiles(profile.trustAnchors);
    if (!anchors) {
        qCWarning(lcDocumentsPage) << "trust anchors not read:" << anchors.error().message;
        return {};
    }
    return *anchors;
}

// The details of one document or of a dropped file ask the certificate's OCSP responder or CRL (a
// few seconds at most, once, on the user's request); the list re-verifies on every reload and so
// never touches the network (its revocation line says "not checked").
signing::VerifyOptions detailsOptions()
{
    signing::VerifyOptions options;
    options.checkRevocation = true;
    return options;
}

// The details may ask an OCSP responder or fetch a CRL (a few seconds at most): a busy cursor
// meanwhile.
class BusyCursor
{
public:
    BusyCursor() { QGuiApplication::setOverrideCursor(Qt::WaitCursor); }
    ~BusyCursor() { QGuiApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

QString localPdf(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    if (!url.isLocalFile() || !url.toLocalFile().endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return {};
    return url.toLocalFile();
}
} // namespace

void DocumentsPage::setSigningProfileSource(std::function<settings::SigningProfile()> source)
{
    m_signingProfile = std::move(source);
    reload(); // the trust anchors may have changed
}

signatures::SignatureVerdict DocumentsPage::signatureVerdict(const casebook::CaseDocument &document) const
{
    // Checked whenever the list is read: the stored file against its record, then its signatures.
    auto pdf = m_documents.pdf(document.id);
    if (!pdf) {
        m_verdicts.remove(document.id);
        return signatures::alteredVerdict(pdf.error());
    }
    const settings::SigningProfile profile
        = m_signingProfile ? m_signingProfile() : settings::SigningProfile();
    // pdf() refuses bytes that differ from the recorded SHA-256: the record names these bytes.
    auto cached = m_verdicts.constFind(document.id);
    if (cached != m_verdicts.constEnd() && cached->sha256 == document.pdfSha256
        && cached->anchors == profile.trustAnchors)
        return cached->verdict;
    auto verdict = signatures::verdictOf(*pdf, anchorsOf(profile));
    m_verdicts.insert(document.id, {document.pdfSha256, profile.trustAnchors, verdict});
    return verdict;
}

void DocumentsPage::showSignatures()
{
    const CaseDocumentsModel::Row *row = m_model->rowAt(m_model->rowOf(m_shown));
    if (!row || !row->document.isSigned())
        return;
    auto doc = m_documents.document(m_shown);
    if (!doc) {
        showError(doc.error());
        return;
    }
    const QString title = tr("%1 %2").arg(CaseDocumentsModel::kindText(doc->kind), doc->numberText());
    auto pdf = m_documents.pdf(doc->id);
    if (!pdf) {
        showVerdict(title, signatures::alteredVerdict(pdf.error()));
        return;
    }
    const settings::SigningProfile profile
        = m_signingProfile ? m_signingProfile() : settings::SigningProfile();
    signatures::SignatureVerdict verdict;
    {
        const BusyCursor busy;
        verdict = signatures::verdictOf(*pdf, anchorsOf(profile), detailsOptions());
    }
    showVerdict(title, verdict);
}

void DocumentsPage::verifyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError(Error::make(tr("Could not read %1: %2").arg(path, file.errorString())));
        return;
    }
    const QByteArray bytes = file.readAll();
    signatures::SignatureVerdict verdict;
    {
        const BusyCursor busy;
        verdict = signatures::verdictOf(
            bytes, anchorsOf(m_signingProfile ? m_signingProfile() : settings::SigningProfile()),
            detailsOptions());
    }
    showVerdict(QFileInfo(path).fileName(), verdict);
}

void DocumentsPage::showVerdict(const QString &title, const signatures::SignatureVerdict &verdict)
{
    if (m_signatureDetails)
        m_signatureDetails->close();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("signatureDetails"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Signatures of %1").arg(title));
    WindowTitle::keepWhole(dialog);
    auto *summary = new QLabel(verdict.summary, dialog);
    summary->setObjectName(QStringLiteral("signatureSummary"));
    summary->setWordWrap(true);
    QFont bold = summary->font();
    bold.setBold(true);
    summary->setFont(bold);
    auto *details = new QPlainTextEdit(dialog);
    details->setObjectName(QStringLiteral("signatureDetailsText"));
    details->setReadOnly(true);
    details->setPlainText(verdict.details.isEmpty() ? tr("The file carries no digital signature.")
                                                    : verdict.details.join(QLatin1Char('\n')));
    details->setMinimumSize(560, 260);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(summary);
    layout->addWidget(details, 1);
    layout->addWidget(buttons);
    m_signatureDetails = dialog;
    dialog->show();
}

void DocumentsPage::dragEnterEvent(QDragEnterEvent *event)
{
    if (!localPdf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
    else
        CaseworkListPage::dragEnterEvent(event);
}

void DocumentsPage::dropEvent(QDropEvent *event)
{
    const QString path = localPdf(event->mimeData());
    if (path.isEmpty()) {
        CaseworkListPage::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    verifyFile(path);
}

} // namespace sw::ui
