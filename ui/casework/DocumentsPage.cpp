#include "casework/DocumentsPage.h"

#include "casebook/CaseDocuments.h"
#include "casebook/Cases.h"
#include "casework/CaseDocumentsModel.h"
#include "casework/CasePrompts.h"
#include "casework/CaseTime.h"
#include "casework/DigitalSigning.h"
#include "casework/DocumentAnnouncementEditor.h"
#include "casework/DocumentMinutesEditor.h"
#include "casework/EditConflict.h"
#include "casework/OutboxView.h"
#include "publishing/Publisher.h"
#include "signatures/SignatureVerdict.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDocumentsPage, "signwatch.ui.documents")

namespace sw::ui {

using casebook::CaseDocument;
using documents::DocumentKind;

namespace {
enum EditorIndex { NoSelectionIndex, MinutesIndex, AnnouncementIndex };
constexpr quint32 stateMagic = 0x444f4353; // "DOCS"
} // namespace

DocumentsPage::DocumentsPage(casebook::Cases &cases, casebook::CaseDocuments &documents,
                             publishing::Publisher *publisher, QWidget *parent)
    : CaseworkListPage(
        {"documentsPage", "documentsTable", "documentCounts", "documentsMessage", "documentsEmpty"},
        stateMagic, documents.clock(), parent),
      m_cases(cases),
      m_documents(documents),
      m_publisher(publisher),
      m_model(new CaseDocumentsModel(this)),
      m_undoGroup(new QUndoGroup(this)),
      m_previewAction(makeAction(tr("&Preview PDF"), "previewAction",
                                 tr("Show the document's PDF as it will print"), this)),
      m_printAction(makeAction(tr("P&rint…"), "printAction",
                               tr("Print the document's PDF through the system's print dialog (Ctrl+P)"),
                               this)),
      m_signAction(makeAction(tr("&Sign…"), "signDocumentAction",
                              tr("Give the document its number and freeze it; it cannot change afterwards"),
                              this)),
      m_exportPdfAction(
          makeAction(tr("Export P&DF…"), "exportPdfAction", tr("Write the document's PDF to a file"), this)),
      m_correctAction(makeAction(tr("&Correct…"), "correctAction",
                                 tr("Start a new document that corrects the signed one and cites it"), this)),
      m_announcementAction(makeAction(tr("Draw up the &announcement"), "announcementAction",
                                      tr("Start the public announcement (thông báo) of the signed minutes"),
                                      this)),
      m_exportAction(makeAction(tr("&Export list…"), "exportDocumentsAction",
                                tr("Write the list of documents to a CSV file (Ctrl+E)"), this)),
      m_undoAction(m_undoGroup->createUndoAction(this, tr("&Undo"))),
      m_redoAction(m_undoGroup->createRedoAction(this, tr("&Redo"))),
      m_signaturesAction(makeAction(tr("Si&gnatures…"), "signaturesAction",
                                    tr("Check the signed document's digital signatures and list them"),
                                    this)),
      m_saveState(new QLabel(this)),
      m_docTitle(new QLabel(this)),
      m_issuerLine(new QLabel(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_leftSplitter(new QSplitter(Qt::Vertical, m_splitter)),
      m_editorStack(new QStackedWidget(m_splitter)),
      m_noSelection(new EmptyStateWidget(this)),
      m_minutesEditor(new DocumentMinutesEditor(documents.clock(), this)),
      m_announcementEditor(new DocumentAnnouncementEditor(documents.clock(), this)),
      m_autosave(new QTimer(this))
{
    connect(m_previewAction, &QAction::triggered, this, &DocumentsPage::preview);
    m_printAction->setShortcut(QKeySequence::Print);
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_printAction, &QAction::triggered, this, &DocumentsPage::print);
    connect(m_signAction, &QAction::triggered, this, &DocumentsPage::sign);
    connect(m_exportPdfAction, &QAction::triggered, this, &DocumentsPage::showExportPdfDialog);
    connect(m_correctAction, &QAction::triggered, this, &DocumentsPage::correct);
    connect(m_signaturesAction, &QAction::triggered, this, &DocumentsPage::showSignatures);
    setAcceptDrops(true); // a provider's signed reply, to check
    connect(m_announcementAction, &QAction::triggered, this, &DocumentsPage::drawUpAnnouncement);
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, &DocumentsPage::showExportDialog);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_undoAction->setToolTip(tr("Undo the last change to the draft (Ctrl+Z)"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_redoAction->setToolTip(tr("Redo the change undone last (Ctrl+Shift+Z)"));
    for (QAction *action :
         {m_previewAction, m_printAction, m_signAction, m_exportPdfAction, m_correctAction,
          m_announcementAction, m_exportAction, m_undoAction, m_redoAction, m_signaturesAction})
        addAction(action);

    connect(escapeShortcut(), &QShortcut::activated, this, &DocumentsPage::closeEditor);

    m_saveState->setObjectName(QStringLiteral("draftSaveState"));
    m_saveState->setForegroundRole(QPalette::PlaceholderText);
    m_docTitle->setObjectName(QStringLiteral("documentTitle"));
    QFont bold = m_docTitle->font();
    bold.setBold(true);
    m_docTitle->setFont(bold);
    m_docTitle->setWordWrap(true);

    emptyState()->setHeadline(
        tr("No minutes yet — establish a case's violation and draw up its minutes on the "
           "Cases page"));
    emptyState()->setText(tr("Minutes (biên bản) record an established violation; once signed, their public "
                             "announcement (thông báo) is drawn up here and published (§5.3)."));
    m_noSelection->setObjectName(QStringLiteral("documentsNoSelection"));
    m_noSelection->setHeadline(tr("Select a document to edit or read it"));
    m_noSelection->setText(
        tr("Drafts are saved as you type. Signed documents are frozen: correct them with a new "
           "document."));

    QHash<int, QStringList> samples;
    samples[CaseDocumentsModel::Provider] = ProviderColors::knownCodes();
    for (documents::DocumentKind kind :
         {documents::DocumentKind::Minutes, documents::DocumentKind::Announcement})
        samples[CaseDocumentsModel::Kind] << CaseDocumentsModel::kindText(kind);
    samples[CaseDocumentsModel::State] << CaseDocumentsModel::tr("Signed") << CaseDocumentsModel::tr("Draft");
    setColumnSamples(samples);
    setModel(m_model, CaseDocumentsModel::RawValueRole, CaseDocumentsModel::IdRole, CaseDocumentsModel::Date,
             {40, 110, 100, 95, 60, 115});
    table()->horizontalHeader()->setStretchLastSection(true);
    connect(table(), &QTableView::activated, this, &DocumentsPage::openSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DocumentsPage::openSelected);
    setListContent(table());

    QWidget *outboxArea = nullptr;
    if (m_publisher) {
        m_outbox = new OutboxView(*m_publisher, m_leftSplitter);
        m_outbox->setObjectName(QStringLiteral("outboxView"));
        connect(m_outbox, &OutboxView::settingsRequested, this, &DocumentsPage::settingsRequested);
        outboxArea = m_outbox;
    } else {
        auto *placeholder = new EmptyStateWidget(m_leftSplitter);
        placeholder->setObjectName(QStringLiteral("outboxPlaceholder"));
        placeholder->setHeadline(tr("Publishing to the portal is not set up"));
        placeholder->setText(
            tr("Signed announcements are sent to the Department's portal once its address and "
               "token are set in Settings."));
        placeholder->setActionText(tr("Open Settings"));
        connect(placeholder, &EmptyStateWidget::actionTriggered, this, &DocumentsPage::settingsRequested);
        outboxArea = placeholder;
    }
    m_leftSplitter->addWidget(listArea());
    m_leftSplitter->addWidget(outboxArea);
    m_leftSplitter->setChildrenCollapsible(false);
    m_leftSplitter->setStretchFactor(0, 3);
    m_leftSplitter->setStretchFactor(1, 2);

    auto *editorPane = new QWidget(m_splitter);
    auto *editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    editorLayout->addWidget(m_docTitle);
    m_issuerLine->setObjectName(QStringLiteral("documentIssuerLine"));
    m_issuerLine->setWordWrap(true);
    editorLayout->addWidget(m_issuerLine);
    editorLayout->addWidget(m_editorStack, 1);
    m_editorStack->insertWidget(NoSelectionIndex, m_noSelection);
    m_editorStack->insertWidget(MinutesIndex, m_minutesEditor);
    m_editorStack->insertWidget(AnnouncementIndex, m_announcementEditor);
    m_splitter->addWidget(m_leftSplitter);
    m_splitter->addWidget(editorPane);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setSizes({500, 750});

    m_undoGroup->addStack(m_minutesEditor->undoStack());
    m_undoGroup->addStack(m_announcementEditor->undoStack());
    connect(m_minutesEditor, &DocumentMinutesEditor::edited, this, &DocumentsPage::editorEdited);
    connect(m_announcementEditor, &DocumentAnnouncementEditor::edited, this, &DocumentsPage::editorEdited);
    // Autosave: every few seconds while there is something new, and when the page is left.
    m_autosave->setInterval(autosaveIntervalMs);
    // After a conflict it pauses (one refusal, not one every few seconds) until it is resolved.
    connect(messagePanel(), &ErrorPanel::actionTriggered, this, &DocumentsPage::resolveConflict);
    connect(m_autosave, &QTimer::timeout, this, [this] {
        if (m_dirty && !m_conflict)
            if (auto saved = saveNow(); !saved)
                showError(saved.error());
    });
    m_autosave->start();

    for (QAction *action : {m_previewAction, m_printAction, m_signAction, m_exportPdfAction, m_correctAction,
                            m_announcementAction, m_signaturesAction, m_undoAction, m_redoAction})
        addActionButton(action)->setObjectName(action->objectName() + QStringLiteral("Button"));
    actionRow()->addSpacing(12);
    actionRow()->addWidget(m_saveState);
    actionRow()->addStretch(1);
    actionRow()->addWidget(countsLabel());
    setRememberedSplitters({m_splitter, m_leftSplitter});
    layOut(tr("Minutes & announcements"), m_splitter);
    reload();
}

DocumentsPage::~DocumentsPage()
{
    // Leaving the console: what was typed since the last autosave is kept.
    if (auto saved = saveNow(); !saved)
        qCWarning(lcDocumentsPage) << "draft not saved on close:" << saved.error().message;
}

void DocumentsPage::setAutosaveInterval(int milliseconds)
{
    m_autosave->setInterval(milliseconds);
}

bool DocumentsPage::isEditorFrozen() const
{
    switch (m_editorStack->currentIndex()) {
    case MinutesIndex:
        return m_minutesEditor->isFrozen();
    case AnnouncementIndex:
        return m_announcementEditor->isFrozen();
    default:
        return true;
    }
}

void DocumentsPage::hideEvent(QHideEvent *event)
{
    if (auto saved = saveNow(); !saved)
        showError(saved.error());
    QWidget::hideEvent(event);
}

void DocumentsPage::applyFilter()
{
    auto cases = m_cases.list();
    if (!cases) {
        showError(cases.error());
        return;
    }
    const statistics::Filter filter = filterBar()->filter();
    QList<CaseDocumentsModel::Row> rows;
    int total = 0;
    for (const casebook::CaseRecord &c : std::as_const(*cases)) {
        auto docs = m_documents.documentsOf(c.id);
        if (!docs) {
            showError(docs.error());
            return;
        }
        for (const CaseDocument &d : std::as_const(*docs)) {
            ++total;
            if (passes(filter, c.provider, d.isSigned() ? d.signedAt : d.updatedAt)) {
                CaseDocumentsModel::Row row {d, c.provider, std::nullopt};
                if (d.isSigned())
                    row.signature = signatureVerdict(d);
                rows << row;
            }
        }
    }
    const qint64 keep = m_shown;
    {
        const QSignalBlocker blocker(table()->selectionModel());
        m_model->setRows(rows);
        if (keep)
            selectRow(m_model->rowOf(keep), false);
    }
    table()->viewport()->update();
    showEmptyState(total == 0);
    showCounts(rows.size(), total, tr("%Ln document(s)", nullptr, total), tr("%1 of %2 documents"));
    updateActions();
}

void DocumentsPage::openSelected()
{
    const qint64 id = currentId();
    if (id && id != m_shown)
        showDocument(id);
}

void DocumentsPage::showDocument(qint64 documentId)
{
    if (m_conflict && m_shown != documentId) {
        resolveConflict(); // what was typed is not dropped for another document
        if (m_conflict)
            return;
    }
    if (m_shown && m_shown != documentId)
        if (auto saved = saveNow(); !saved)
            showError(saved.error());
    auto doc = m_documents.document(documentId);
    if (!doc) {
        showError(doc.error());
        return;
    }
    if (m_model->rowOf(documentId) < 0) {
        filterBar()->setFilter({}); // the document is filtered out: show everything
        applyFilter();
    }
    m_shown = documentId;
    m_dirty = false;
    m_savedAt = {};
    m_loadedVersion = doc->version;
    m_conflict.reset();
    {
        const QSignalBlocker blocker(table()->selectionModel());
        selectRow(m_model->rowOf(documentId));
    }
    table()->viewport()->update();
    const bool frozen = doc->isSigned();
    Result<void> loaded;
    if (doc->kind == DocumentKind::Minutes) {
        loaded = m_minutesEditor->load(doc->draft, frozen);
        m_editorStack->setCurrentIndex(MinutesIndex);
        m_undoGroup->setActiveStack(m_minutesEditor->undoStack());
    } else {
        loaded = m_announcementEditor->load(doc->draft, frozen);
        m_editorStack->setCurrentIndex(AnnouncementIndex);
        m_undoGroup->setActiveStack(m_announcementEditor->undoStack());
    }
    if (!loaded) {
        showError(loaded.error());
        closeEditor();
        return;
    }
    QString title = doc->isSigned()
        ? tr("%1 %2 of case no. %3 — signed %4 by %5; SHA-256 %6")
              .arg(CaseDocumentsModel::kindText(doc->kind), doc->numberText())
              .arg(doc->caseId)
              .arg(LocaleFormat::dateTime(doc->signedAt), doc->signedBy,
                   doc->pdfSha256.left(16) + QStringLiteral("…"))
        : tr("%1 of case no. %2 — draft").arg(CaseDocumentsModel::kindText(doc->kind)).arg(doc->caseId);
    if (doc->corrects)
        title += QStringLiteral(" · ") + tr("corrects %1").arg(doc->correctsNumber);
    m_docTitle->setText(title);
    showIssuer(*doc);
    updateSaveState();
    updateActions();
}

void DocumentsPage::showIssuer(const casebook::CaseDocument &doc)
{
    // spec/organisation.md: a document carries the body in force on the day it is signed.
    if (doc.isSigned()) {
        const auto issuer = documents::issuerFromJson(doc.draft.value(QLatin1String("issuer")).toObject());
        m_issuerLine->setText(tr("Issued by %1 (%2); a signed document never changes.")
                                  .arg(issuer.bodyInText, issuer.bodyCode));
        return;
    }
    auto issuer = m_documents.issuerIfSignedToday();
    m_issuerLine->setText(issuer ? issuer->explanation : issuer.error().message);
}

void DocumentsPage::closeEditor()
{
    if (!m_shown)
        return;
    if (m_conflict) {
        resolveConflict();
        if (m_conflict)
            return;
    }
    if (auto saved = saveNow(); !saved)
        showError(saved.error());
    m_shown = 0;
    m_dirty = false;
    m_editorStack->setCurrentIndex(NoSelectionIndex);
    m_undoGroup->setActiveStack(nullptr);
    m_docTitle->clear();
    m_issuerLine->clear();
    table()->clearSelection();
    table()->setFocus();
    updateSaveState();
    updateActions();
}

QJsonObject DocumentsPage::editorDraft() const
{
    return m_editorStack->currentIndex() == MinutesIndex ? m_minutesEditor->draft()
                                                         : m_announcementEditor->draft();
}

void DocumentsPage::editorEdited()
{
    if (!m_shown || isEditorFrozen())
        return;
    m_dirty = true;
    updateSaveState();
}

Result<void> DocumentsPage::saveNow()
{
    if (!m_shown || !m_dirty || isEditorFrozen())
        return {};
    if (m_conflict)
        return *m_conflict;
    auto saved = m_documents.saveDraft(m_shown, editorDraft(), m_loadedVersion);
    if (!saved && saved.error().kind == Error::Kind::Conflict) {
        m_conflict = saved.error();
        showError(*m_conflict);
        messagePanel()->setActionText(tr("Compare with theirs…"));
        updateSaveState();
    }
    if (!saved)
        return saved.error();
    m_loadedVersion = saved->version;
    m_dirty = false;
    m_savedAt = m_documents.clock().now();
    updateSaveState();
    Q_EMIT draftSaved(m_shown);
    return {};
}

void DocumentsPage::updateSaveState()
{
    if (!m_shown || isEditorFrozen())
        m_saveState->clear();
    else if (m_conflict)
        m_saveState->setText(tr("Not saved: changed at another desk"));
    else if (m_dirty)
        m_saveState->setText(tr("Unsaved changes…"));
    else if (m_savedAt.isValid())
        m_saveState->setText(tr("Draft saved at %1").arg(LocaleFormat::dateTime(m_savedAt)));
    else
        m_saveState->setText(tr("Draft, saved"));
}

void DocumentsPage::resolveConflict()
{
    if (!m_conflict || !m_shown)
        return;
    auto theirs = m_documents.document(m_shown);
    if (!theirs) {
        showError(theirs.error());
        return;
    }
    const QString message = theirs->isSigned()
        ? m_conflict->message + QLatin1Char(' ') + tr("It has been signed since.")
        : m_conflict->message;
    auto choice = prompts().editConflict(this, message, EditConflict::draftText(theirs->draft));
    if (choice == CasePrompts::ConflictChoice::Later)
        return;
    const QJsonObject mine = editorDraft();
    m_conflict.reset();
    messagePanel()->setActionText({});
    messagePanel()->hide();
    if (choice == CasePrompts::ConflictChoice::KeepMine && !theirs->isSigned()) {
        m_loadedVersion = theirs->version;
        if (auto saved = saveNow(); !saved)
            showError(saved.error());
        updateSaveState();
        return;
    }
    // Theirs (a signed document can only be taken): loaded, mine on the clipboard.
    QGuiApplication::clipboard()->setText(EditConflict::draftText(mine));
    m_dirty = false;
    const qint64 id = m_shown;
    m_shown = 0; // loaded again, not saved
    reload();
    showDocument(id);
    showInformation(tr("Their version is in the editor; yours is on the clipboard."));
}

void DocumentsPage::updateActions()
{
    const CaseDocumentsModel::Row *row = m_model->rowAt(m_model->rowOf(m_shown));
    const bool shown = row != nullptr;
    const bool isSigned = shown && row->document.isSigned();
    m_previewAction->setEnabled(shown);
    m_printAction->setEnabled(shown);
    m_exportPdfAction->setEnabled(shown);
    m_signAction->setVisible(shown && !isSigned);
    m_correctAction->setVisible(isSigned);
    m_signaturesAction->setVisible(isSigned);
    m_announcementAction->setVisible(isSigned && row->document.kind == DocumentKind::Minutes);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void DocumentsPage::showError(const sw::Error &error)
{
    qCInfo(lcDocumentsPage) << "refused:" << error.message;
    CaseworkListPage::showError(error);
}

void DocumentsPage::sign()
{
    if (!m_shown)
        return;
    if (auto saved = saveNow(); !saved) {
        showError(saved.error());
        return;
    }
    auto doc = m_documents.document(m_shown);
    if (!doc) {
        showError(doc.error());
        return;
    }
    auto missing = m_documents.missingBeforeSigning(doc->id);
    if (!missing) {
        showError(missing.error());
        return;
    }
    if (!missing->isEmpty()) {
        showError(Error::make(
            tr("The document cannot be signed yet: it lacks %1.").arg(missing->join(QStringLiteral(", "))),
            {}, Error::Kind::InvalidInput));
        return;
    }
    auto record = m_cases.caseById(doc->caseId);
    const QString provider = record ? record->provider : QString();
    const bool minutes = doc->kind == DocumentKind::Minutes;
    const QString question = minutes ? tr("Sign the minutes of case no. %1 against %2?\n\nThey get the next "
                                          "minutes number of the year, their PDF is "
                                          "stored with its SHA-256 fingerprint, and they can never be "
                                          "changed again. A mistake can then only be put "
                                          "right by a correcting document.")
                                           .arg(doc->caseId)
                                           .arg(provider)
                                     : tr("Sign the announcement of case no. %1 about %2?\n\nIt gets the "
                                          "next announcement number of the year and "
                                          "can never be changed again. It is published from the Cases page.")
                                           .arg(doc->caseId)
                                           .arg(provider);
    if (!prompts().confirm(this, minutes ? tr("Sign the minutes") : tr("Sign the announcement"), question,
                           tr("Sign")))
        return;
    // The keys are opened (PINs asked) before anything is numbered.
    const DigitalSigning signing(
        m_documents, m_signingProfile ? m_signingProfile() : settings::SigningProfile(), prompts(), this);
    const Result<bool> &digitally = signing.armed();
    if (!digitally) {
        if (digitally.error().kind != Error::Kind::Cancelled)
            showError(digitally.error());
        return;
    }
    auto signedDoc = m_documents.sign(doc->id);
    if (!signedDoc) {
        showError(signedDoc.error());
        return;
    }
    showInformation(*digitally
                        ? tr("%1 %2 is signed digitally and frozen.")
                              .arg(CaseDocumentsModel::kindText(signedDoc->kind), signedDoc->numberText())
                        : tr("%1 %2 is numbered and frozen: print it and sign it on paper (no signing "
                             "key is set in Settings).")
                              .arg(CaseDocumentsModel::kindText(signedDoc->kind), signedDoc->numberText()));
    reload();
    showDocument(signedDoc->id);
    Q_EMIT caseChanged(signedDoc->caseId);
}

void DocumentsPage::correct()
{
    if (!m_shown)
        return;
    auto created = m_documents.createCorrection(m_shown);
    if (!created) {
        showError(created.error());
        return;
    }
    showInformation(tr("A correcting draft is started; once signed it takes the next number and cites %1.")
                        .arg(created->correctsNumber));
    reload();
    showDocument(created->id);
    Q_EMIT caseChanged(created->caseId);
}

void DocumentsPage::drawUpAnnouncement()
{
    const CaseDocumentsModel::Row *row = m_model->rowAt(m_model->rowOf(m_shown));
    if (!row)
        return;
    auto created = m_documents.createAnnouncement(row->document.caseId);
    if (!created) {
        showError(created.error());
        return;
    }
    reload();
    showDocument(created->id);
    Q_EMIT caseChanged(created->caseId);
}

void DocumentsPage::showExportDialog()
{
    exportList(tr("Export the list of documents"), tr("documents.csv"), tr("CSV (*.csv)"),
               tr("%1 documents written to %2."));
}

} // namespace sw::ui
