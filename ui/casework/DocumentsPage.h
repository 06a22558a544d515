#pragma once

#include "casework/CaseworkListPage.h"
#include "settings/SigningProfile.h"
#include "signatures/SignatureVerdict.h"

#include <QDialog>
#include <QHash>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;
class QTimer;
class QUndoGroup;

namespace sw::casebook {
struct CaseDocument;
class CaseDocuments;
class Cases;
struct CaseDocument;
} // namespace sw::casebook
namespace sw::publishing {
class Publisher;
}

namespace sw::ui {

class CaseDocumentsModel;
class DocumentAnnouncementEditor;
class DocumentMinutesEditor;
class EmptyStateWidget;
class OutboxView;

// "Biên bản & thông báo": the documents of cases. A draft opens in its editor (minutes or
// announcement) with undo/redo (Ctrl+Z, Ctrl+Shift+Z) and is saved to the casebook every few
// seconds while it changes and when the page is left, so that nothing typed is lost to a crash.
// "Preview PDF" renders it as it stands; "Sign…" numbers and freezes it (asked first); "Export
// PDF…" writes it out; "Correct…" starts a new document citing a signed one. Below the list, the
// outbox of publications to the portal (with a publisher) or a note that publishing is not set up.
// Signing signs digitally (PAdES) when the person's signing profile has a key, asking its PIN
// first; otherwise the document is numbered and frozen to be signed on paper. Each signed
// document's signatures are checked whenever the list is read ("Signature" column; "Signatures…"
// lists them), and a PDF dropped on the page (a provider's signed reply) is checked the same way.
class DocumentsPage : public CaseworkListPage
{
    Q_OBJECT
public:
    static constexpr int autosaveIntervalMs = 3000;

    DocumentsPage(casebook::Cases &cases, casebook::CaseDocuments &documents,
                  publishing::Publisher *publisher, QWidget *parent = nullptr);
    ~DocumentsPage() override;

    // For the main window's menus ("Document" and "Edit").
    QAction *previewAction() const { return m_previewAction; }
    QAction *printAction() const { return m_printAction; }
    QAction *signAction() const { return m_signAction; }
    QAction *exportPdfAction() const { return m_exportPdfAction; }
    QAction *correctAction() const { return m_correctAction; }
    QAction *announcementAction() const { return m_announcementAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QAction *signaturesAction() const { return m_signaturesAction; }

    // The person's signing profile (Settings): their key, images, time-stamping authority and
    // trust anchors, read at each signing and each check. None: documents are signed on paper.
    void setSigningProfileSource(std::function<settings::SigningProfile()> source);
    // The autosave period (autosaveIntervalMs by default; tests shorten it).
    void setAutosaveInterval(int milliseconds);

    CaseDocumentsModel *model() const { return m_model; }
    DocumentMinutesEditor *minutesEditor() const { return m_minutesEditor; }
    DocumentAnnouncementEditor *announcementEditor() const { return m_announcementEditor; }
    OutboxView *outboxView() const { return m_outbox; } // null without a publisher
    QLabel *saveStateLabel() const { return m_saveState; }
    // Which issuing body the shown document carries, or would if signed today, and why.
    QLabel *issuerLabel() const { return m_issuerLine; }
    qint64 shownDocumentId() const { return m_shown; }
    bool isEditorFrozen() const;
    bool hasUnsavedChanges() const { return m_dirty; }
    // Another desk saved the shown draft since it was loaded: nothing is saved (autosave pauses)
    // until the person resolves it (resolveConflict), and the editor keeps what they typed.
    bool hasConflict() const { return m_conflict.has_value(); }

    // Saves the shown draft now if it changed (autosave calls this).
    Result<void> saveNow();
    // Writes the shown document's PDF to `path`.
    Result<void> exportPdf(const QString &path);
    // The shown document's PDF, its draft saved first: what Preview shows and Print prints, byte
    // for byte the signed one once signed.
    Result<QByteArray> shownPdf();
    // Checks the signatures of a PDF file (dropped on the page) and shows them.
    void verifyFile(const QString &path);
    // The signatures' details view when it is open.
    QDialog *signatureDetails() const { return m_signatureDetails; }

public Q_SLOTS:
    // Shows one document in its editor (e.g. from the cases page).
    void showDocument(qint64 documentId);
    void openSelected(); // Enter
    void closeEditor(); // Esc
    void preview(); // inside the console (PdfPreviewDialog)
    void print(); // the system's print dialog
    void sign();
    void showExportPdfDialog();
    void correct();
    void drawUpAnnouncement();
    void showExportDialog();
    // Shows the other desk's version of the draft in conflict: keep mine (saved over theirs), take
    // theirs (mine to the clipboard) or decide later (issue 13).
    void resolveConflict();
    // Shows the signatures of the shown signed document.
    void showSignatures();

Q_SIGNALS:
    // Signing or a new document changed the case (its status; the cases page reloads).
    void caseChanged(qint64 caseId);
    // A draft was written to the casebook (autosave or on leaving).
    void draftSaved(qint64 documentId);
    // "Open Settings" from the outbox's notice that publishing is not set up.
    void settingsRequested();

protected:
    void hideEvent(QHideEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void applyFilter() override;
    void showError(const sw::Error &error) override;
    void updateActions();
    void editorEdited();
    void updateSaveState();
    void showIssuer(const casebook::CaseDocument &doc);
    QJsonObject editorDraft() const;
    // DocumentsPageSigning.cpp.
    signatures::SignatureVerdict signatureVerdict(const casebook::CaseDocument &document) const;
    void showVerdict(const QString &title, const signatures::SignatureVerdict &verdict);

    casebook::Cases &m_cases;
    casebook::CaseDocuments &m_documents;
    publishing::Publisher *m_publisher;
    CaseDocumentsModel *m_model;
    QUndoGroup *m_undoGroup;
    QAction *m_previewAction;
    QAction *m_printAction;
    QAction *m_signAction;
    QAction *m_exportPdfAction;
    QAction *m_correctAction;
    QAction *m_announcementAction;
    QAction *m_exportAction;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QAction *m_signaturesAction;
    std::function<settings::SigningProfile()> m_signingProfile;
    QPointer<QDialog> m_signatureDetails;
    // The last verdict of each signed document, by the SHA-256 its stored file was checked against
    // and the trust anchors used: a stored document never changes, so the list re-reads and checks
    // its bytes on every reload but parses its signatures again only when either differs.
    struct CachedVerdict
    {
        QString sha256;
        QStringList anchors;
        signatures::SignatureVerdict verdict;
    };
    mutable QHash<qint64, CachedVerdict> m_verdicts;
    QLabel *m_saveState;
    QLabel *m_docTitle;
    QLabel *m_issuerLine;
    QSplitter *m_splitter;
    QSplitter *m_leftSplitter;
    OutboxView *m_outbox = nullptr;
    QStackedWidget *m_editorStack;
    EmptyStateWidget *m_noSelection;
    DocumentMinutesEditor *m_minutesEditor;
    DocumentAnnouncementEditor *m_announcementEditor;
    QTimer *m_autosave;
    qint64 m_shown = 0; // the document in the editor
    bool m_dirty = false;
    int m_loadedVersion = 0; // the shown document's version the editor started from
    std::optional<sw::Error> m_conflict; // the refusal naming who saved in between
    QDateTime m_savedAt;
};

} // namespace sw::ui
