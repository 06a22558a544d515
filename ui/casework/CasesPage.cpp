#include "casework/CasesPage.h"

#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "casework/CaseDetailPane.h"
#include "casework/CasePrompts.h"
#include "casework/CaseTime.h"
#include "casework/CasesModel.h"
#include "casework/DigitalSigning.h"
#include "casework/EarlierCertificatesFill.h"
#include "documents/MinutesData.h"
#include "publishing/CasePublication.h"
#include "publishing/Publisher.h"
#include "registry/RegistrySession.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/FilterBar.h"
#include "widgets/ProviderColors.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

Q_LOGGING_CATEGORY(lcCasesPage, "signwatch.ui.cases")

namespace sw::ui {

using casebook::CaseRecord;
using casebook::CaseStatus;
using documents::DocumentKind;

namespace {
constexpr quint32 stateMagic = 0x43415345; // "CASE"
}

CasesPage::CasesPage(casebook::Cases &cases, casebook::Complaints &complaints,
                     casebook::CaseDocuments &documents, casebook::AuditLog &audit,
                     publishing::Publisher *publisher, QWidget *parent)
    : CaseworkListPage({"casesPage", "casesTable", "caseCounts", "casesMessage", "casesEmpty"}, stateMagic,
                       cases.clock(), parent),
      m_cases(cases),
      m_complaints(complaints),
      m_documents(documents),
      m_audit(audit),
      m_publisher(publisher),
      m_model(new CasesModel(this)),
      m_establishAction(
          makeAction(tr("&Establish the violation…"), "establishAction",
                     tr("Record that the data bears the violation out (§5.3); minutes can then be "
                        "drawn up"),
                     this)),
      m_dismissAction(
          makeAction(tr("&Dismiss…"), "dismissAction",
                     tr("Close the case without a violation; a reason is required and kept in the "
                        "audit log"),
                     this)),
      m_draftMinutesAction(
          makeAction(tr("Draw up the &minutes"), "draftMinutesAction",
                     tr("Start the minutes (biên bản) of the violation from the case's findings"), this)),
      m_signMinutesAction(makeAction(tr("&Sign the minutes…"), "signMinutesAction",
                                     tr("Give the minutes their number and freeze them; they cannot change "
                                        "afterwards"),
                                     this)),
      m_publishAction(
          makeAction(tr("&Publish the announcement…"), "publishAction",
                     tr("Send the signed announcement (thông báo) to the Department's portal, making "
                        "the violation public (§5.3)"),
                     this)),
      m_exclusionAction(makeAction(tr("Record &exclusion from date…"), "exclusionAction",
                                   tr("Record the day from which the provider is removed from the programme "
                                      "(§5.3); later scans report its issuances"),
                                   this)),
      m_attachAction(makeAction(tr("&Attach complaints…"), "attachComplaintsAction",
                                tr("Gather complaints about this provider into the case"), this)),
      m_documentsAction(
          makeAction(tr("Open the &documents"), "openDocumentsAction",
                     tr("Show the case's minutes and announcement on the Minutes & announcements "
                        "page"),
                     this)),
      m_exportAction(makeAction(tr("&Export cases…"), "exportCasesAction",
                                tr("Write the cases as listed to a CSV file (Ctrl+E)"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_detail(new CaseDetailPane(m_splitter))
{
    connect(m_establishAction, &QAction::triggered, this, &CasesPage::establish);
    connect(m_dismissAction, &QAction::triggered, this, &CasesPage::dismiss);
    connect(m_draftMinutesAction, &QAction::triggered, this, &CasesPage::drawUpMinutes);
    connect(m_signMinutesAction, &QAction::triggered, this, &CasesPage::signMinutes);
    connect(m_publishAction, &QAction::triggered, this, &CasesPage::publish);
    connect(m_exclusionAction, &QAction::triggered, this, &CasesPage::recordExclusion);
    connect(m_attachAction, &QAction::triggered, this, &CasesPage::attachComplaints);
    connect(m_documentsAction, &QAction::triggered, this, [this] {
        const CaseRecord *c = current();
        if (!c)
            return;
        auto minutes = m_documents.latestOf(c->id, DocumentKind::Minutes);
        auto announcement = m_documents.latestOf(c->id, DocumentKind::Announcement);
        if (announcement && *announcement && c->status == CaseStatus::MinutesSigned)
            Q_EMIT documentRequested((*announcement)->id);
        else if (minutes && *minutes)
            Q_EMIT documentRequested((*minutes)->id);
    });
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_exportAction, &QAction::triggered, this, &CasesPage::showExportDialog);
    for (QAction *action : moveActions())
        addAction(action);
    addAction(m_attachAction);
    addAction(m_documentsAction);
    addAction(m_exportAction);

    connect(escapeShortcut(), &QShortcut::activated, this, &CasesPage::closeDetail);

    emptyState()->setHeadline(
        tr("No cases yet — select findings on the Findings page and choose Send to casework"));
    emptyState()->setText(
        tr("A case gathers the findings and complaints about one provider. Once the violation is "
           "established, its minutes are drawn up, signed and announced (§5.3)."));

    QHash<int, QStringList> samples;
    samples[CasesModel::Provider] = ProviderColors::knownCodes();
    for (casebook::CaseStatus status : casebook::allStatuses())
        samples[CasesModel::Status] << CasesModel::statusText(status);
    setColumnSamples(samples);
    setModel(m_model, CasesModel::RawValueRole, CasesModel::IdRole, CasesModel::Number,
             {40, 160, 100, 140, 60, 70, 115});
    // The title takes what is left: no horizontal scrolling at 1366×768.
    table()->horizontalHeader()->setSectionResizeMode(CasesModel::Title, QHeaderView::Stretch);
    connect(table(), &QTableView::activated, this, &CasesPage::openSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        m_shown = currentId();
        if (isDetailOpen())
            refreshDetail();
        updateActions();
    });

    m_detail->setMoveActions(moveActions());
    m_detail->setGatherActions({m_attachAction, m_documentsAction});
    m_detail->hide();
    connect(m_detail, &CaseDetailPane::closeRequested, this, &CasesPage::closeDetail);
    m_splitter->insertWidget(0, table());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setListContent(m_splitter);

    actionRow()->addWidget(countsLabel());
    actionRow()->addStretch(1);
    setRememberedSplitters({m_splitter});
    layOut(tr("Cases"), listArea());
    if (m_publisher)
        connect(m_publisher, &publishing::Publisher::publicationConfirmed, this,
                &CasesPage::publicationConfirmed);
    reload();
}

CasesPage::~CasesPage() = default;

QList<QAction *> CasesPage::moveActions() const
{
    return {m_establishAction,   m_dismissAction, m_draftMinutesAction,
            m_signMinutesAction, m_publishAction, m_exclusionAction};
}

bool CasesPage::isDetailOpen() const
{
    return !m_detail->isHidden();
}

qint64 CasesPage::shownCaseId() const
{
    return m_shown;
}

const CaseRecord *CasesPage::current() const
{
    return m_model->caseAt(m_model->rowOf(m_shown));
}

void CasesPage::applyFilter()
{
    auto all = m_cases.list();
    if (!all) {
        showError(all.error());
        return;
    }
    const statistics::Filter filter = filterBar()->filter();
    QList<CaseRecord> shown;
    for (const CaseRecord &c : std::as_const(*all))
        if (passes(filter, c.provider, c.createdAt))
            shown << c;
    const qint64 keep = m_shown;
    m_model->setCases(shown);
    showEmptyState(all->isEmpty());
    showCounts(shown.size(), all->size(), tr("%Ln case(s)", nullptr, int(all->size())), tr("%1 of %2 cases"));
    m_shown = 0;
    if (keep && selectRow(m_model->rowOf(keep), false))
        m_shown = keep;
    if (!m_shown)
        closeDetail();
    else if (isDetailOpen())
        refreshDetail();
    updateActions();
}

void CasesPage::showCase(qint64 caseId)
{
    if (m_model->rowOf(caseId) < 0 && !filterBar()->filter().isEmpty())
        filterBar()->setFilter({}); // the case is filtered out: show everything
    if (!selectRow(m_model->rowOf(caseId)))
        return;
    m_shown = caseId;
    openSelected();
}

void CasesPage::openSelected()
{
    if (!current())
        return;
    m_detail->show();
    refreshDetail();
    updateActions();
}

void CasesPage::closeDetail()
{
    if (m_detail->isHidden())
        return;
    m_detail->hide();
    table()->setFocus();
}

void CasesPage::refreshDetail()
{
    const CaseRecord *c = current();
    if (!c) {
        m_detail->clear();
        return;
    }
    auto findings = m_cases.findings(c->id);
    auto complaints = m_complaints.list({}, c->id);
    auto history = m_audit.entriesFor(QStringLiteral("case"), QString::number(c->id));
    if (!findings || !complaints || !history) {
        showError(!findings ? findings.error() : !complaints ? complaints.error() : history.error());
        return;
    }
    // The people's names are a help to the reader: without them the accounts as recorded.
    auto people = m_audit.people();
    m_detail->showCase(*c, *findings, *complaints, *history, people ? *people : casebook::CasebookPeople());
}

void CasesPage::updateActions()
{
    const CaseRecord *c = current();
    auto allowed = [c](CaseStatus to) { return c && casebook::checkTransition(c->status, to).ok(); };
    // Moves not allowed from the current status are hidden, not merely disabled (issue 5).
    m_establishAction->setVisible(allowed(CaseStatus::Established));
    m_dismissAction->setVisible(allowed(CaseStatus::Dismissed));
    m_draftMinutesAction->setVisible(allowed(CaseStatus::MinutesDrafted));
    m_signMinutesAction->setVisible(allowed(CaseStatus::MinutesSigned));
    m_publishAction->setVisible(allowed(CaseStatus::Published));
    // §5.3: the exclusion follows the public announcement.
    m_exclusionAction->setVisible(c && c->status == CaseStatus::Published);
    m_attachAction->setVisible(c && (c->status == CaseStatus::Open || c->status == CaseStatus::Established));
    m_documentsAction->setVisible(c && c->status != CaseStatus::Open && c->status != CaseStatus::Established
                                  && c->status != CaseStatus::Dismissed);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void CasesPage::showError(const sw::Error &error)
{
    qCInfo(lcCasesPage) << "refused:" << error.message;
    CaseworkListPage::showError(error);
}

void CasesPage::moved(const Result<CaseRecord> &result, const QString &done)
{
    if (!result) {
        showError(result.error());
        reload(); // the case may have moved elsewhere meanwhile: show where it stands
        return;
    }
    showInformation(done);
    reload();
    Q_EMIT caseChanged(result->id);
}

void CasesPage::createCaseFromFindings(const QString &provider, const QList<sw::rules::Finding> &findings)
{
    casebook::NewCase newCase;
    newCase.provider = provider;
    for (const rules::Finding &f : findings)
        if (f.provider && *f.provider == provider)
            newCase.findingLines << rules::toJsonLine(f);
    if (newCase.findingLines.isEmpty()) {
        showError(
            Error::make(tr("None of the findings sent is about %1: no case was opened.").arg(provider)));
        return;
    }
    auto opened = m_cases.open(newCase);
    if (!opened) {
        showError(opened.error());
        return;
    }
    showInformation(tr("Case no. %1 opened against %2 with %n finding(s).", nullptr, opened->findingCount)
                        .arg(opened->id)
                        .arg(provider));
    reload();
    showCase(opened->id);
    Q_EMIT caseOpened(opened->id);
}

void CasesPage::establish()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const auto reason
        = prompts().reason(this, tr("Establish the violation — case no. %1").arg(id),
                           tr("What establishes the violation (the verification, the provider's "
                              "answer)? It is kept in the audit log."),
                           false);
    if (!reason)
        return;
    moved(m_cases.establish(id, *reason), tr("Case no. %1: the violation is established.").arg(id));
}

void CasesPage::dismiss()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const auto reason
        = prompts().reason(this, tr("Dismiss case no. %1").arg(id),
                           tr("Why does the data not bear the violation out? A reason is required; "
                              "a dismissed case cannot change any more."),
                           true);
    if (!reason)
        return;
    moved(m_cases.dismiss(id, *reason), tr("Case no. %1 is dismissed.").arg(id));
}

void CasesPage::drawUpMinutes()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    auto created = m_documents.createMinutes(id);
    if (!created) {
        showError(created.error());
        reload();
        return;
    }
    auto shown = [this, id, documentId = created->id](const Result<casebook::CaseDocument> &filled) {
        if (!filled) // the draft stands, without the registry's part: say why
            showError(filled.error());
        else
            showInformation(
                tr("The minutes of case no. %1 are drafted from its findings; complete and sign them on the "
                   "Minutes & announcements page.")
                    .arg(id));
        reload();
        Q_EMIT caseChanged(id);
        Q_EMIT documentRequested(documentId);
    };
    // §1.4: the duplicates' earlier certificates from the open registry, before the editor loads it.
    if (m_registry && m_registry->isOpen() && !created->isSigned())
        fillEarlierCertificates(*m_registry, m_documents, *created, this, shown);
    else
        shown(*created);
}

void CasesPage::signMinutes()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString provider = c->provider;
    auto minutes = m_documents.latestOf(id, DocumentKind::Minutes);
    if (!minutes || !*minutes) {
        showError(minutes ? Error::make(tr("Case no. %1 has no minutes to sign.").arg(id)) : minutes.error());
        return;
    }
    const qint64 documentId = (*minutes)->id;
    auto missing = m_documents.missingBeforeSigning(documentId);
    if (!missing) {
        showError(missing.error());
        return;
    }
    if (!missing->isEmpty()) {
        showError(
            Error::make(tr("The minutes cannot be signed yet: they lack %1. Complete them on the Minutes & "
                           "announcements page.")
                            .arg(missing->join(QStringLiteral(", ")))));
        return;
    }
    if (!prompts().confirm(
            this, tr("Sign the minutes"),
            tr("Sign the minutes of case no. %1 against %2?\n\nThey get the next minutes number of "
               "the year, their PDF is stored with its SHA-256 fingerprint, and they can never be "
               "changed again. A mistake can then only be put right by a correcting document.")
                .arg(id)
                .arg(provider),
            tr("Sign")))
        return;
    // Issue 14: signed digitally with the person's key (PIN asked first), else on paper.
    const DigitalSigning signing(
        m_documents, m_signingProfile ? m_signingProfile() : settings::SigningProfile(), prompts(), this);
    if (!signing.armed()) {
        if (signing.armed().error().kind != Error::Kind::Cancelled)
            showError(signing.armed().error());
        return;
    }
    auto signedDoc = m_documents.sign(documentId);
    if (!signedDoc) {
        showError(signedDoc.error());
        reload();
        return;
    }
    moved(m_cases.caseById(id),
          *signing.armed()
              ? tr("Minutes %1 of case no. %2 are signed digitally.").arg(signedDoc->numberText()).arg(id)
              : tr("Minutes %1 of case no. %2 are numbered and frozen: print them and sign them on "
                   "paper.")
                    .arg(signedDoc->numberText())
                    .arg(id));
}

void CasesPage::publish()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString provider = c->provider;
    auto announcement = m_documents.latestOf(id, DocumentKind::Announcement);
    if (!announcement) {
        showError(announcement.error());
        return;
    }
    if (!*announcement) {
        // The announcement is drawn up from the signed minutes; a person checks and signs it first.
        auto created = m_documents.createAnnouncement(id);
        if (!created) {
            showError(created.error());
            return;
        }
        showInformation(
            tr("The announcement of case no. %1 is drafted from its signed minutes. Check and sign it on "
               "the Minutes & announcements page, then publish it.")
                .arg(id));
        Q_EMIT caseChanged(id);
        Q_EMIT documentRequested(created->id);
        return;
    }
    const casebook::CaseDocument doc = **announcement;
    if (!doc.isSigned()) {
        showError(Error::make(tr("The announcement of case no. %1 is still a draft: sign it on the Minutes & "
                                 "announcements page first.")
                                  .arg(id)));
        return;
    }
    if (!m_publisher) {
        // Publishing to the portal is not set up: the announcement was published by other means.
        if (!prompts().confirm(
                this, tr("Publish the announcement"),
                tr("Record that announcement %1 about %2 is public? Publishing to the portal is not "
                   "set up here, so give the reference under which it was published. This cannot "
                   "be undone.")
                    .arg(doc.numberText(), provider),
                tr("Continue")))
            return;
        const auto reference = prompts().reason(this, tr("Publication reference"),
                                                tr("The reference of the announcement on the portal:"), true);
        if (!reference)
            return;
        moved(m_cases.markPublished(id, *reference), tr("Case no. %1 is published.").arg(id));
        return;
    }
    if (!prompts().confirm(
            this, tr("Publish the announcement"),
            tr("Publish announcement %1 about %2?\n\nIt is sent to the Department's portal and becomes "
               "public; it cannot be withdrawn. The case turns published when the portal confirms "
               "it.")
                .arg(doc.numberText(), provider),
            tr("Publish")))
        return;
    auto publication = publishing::publicationOf(m_documents, doc.id);
    if (!publication) {
        showError(publication.error());
        return;
    }
    auto queued = m_publisher->publish(*publication);
    if (!queued) {
        showError(queued.error());
        return;
    }
    auto known = m_cases.caseOfPublication(queued->id);
    if (!known || !*known) {
        if (auto recorded = m_cases.recordPublicationQueued(id, doc.id, queued->id); !recorded) {
            showError(recorded.error());
            return;
        }
    }
    // The same document queued before, here or on another desk sharing the casebook: one
    // publication (its key is derived from the document), nothing sent twice.
    if (!queued->created && queued->state == publishing::PublicationState::Confirmed)
        showInformation(tr("Announcement %1 is already published on the portal (reference %2).")
                            .arg(doc.numberText(), queued->portalReference));
    else if (!queued->created)
        showInformation(tr("Announcement %1 is already in the outbox; it is not queued a second time. "
                           "Case no. %2 turns published when the portal confirms it.")
                            .arg(doc.numberText())
                            .arg(id));
    else
        showInformation(
            tr("Announcement %1 is queued for the portal; case no. %2 turns published when the portal "
               "confirms it.")
                .arg(doc.numberText())
                .arg(id));
    reload();
    Q_EMIT caseChanged(id);
}

void CasesPage::publicationConfirmed(qint64 publicationId, const QString &reference)
{
    auto caseId = m_cases.caseOfPublication(publicationId);
    if (!caseId) {
        showError(caseId.error());
        return;
    }
    if (!*caseId)
        return; // not a case's announcement
    moved(m_cases.markPublished(**caseId, reference),
          tr("The portal confirmed the announcement of case no. %1 (reference %2).")
              .arg(**caseId)
              .arg(reference));
}

void CasesPage::recordExclusion()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString provider = c->provider;
    // The minutes' conclusion usually names the day already.
    QDate suggested = m_cases.clock().dateIn(CaseTime::province());
    if (auto minutes = m_documents.latestOf(id, DocumentKind::Minutes); minutes && *minutes)
        if (auto data = documents::minutesFromJson((*minutes)->draft); data && data->exclusionDate.isValid())
            suggested = data->exclusionDate;
    if (c->exclusionFrom)
        suggested = CaseTime::toWallClock(QDateTime::fromSecsSinceEpoch(*c->exclusionFrom, Qt::UTC)).date();
    const auto exclusion = prompts().exclusion(this, suggested);
    if (!exclusion || !exclusion->from.isValid())
        return;
    const QLocale locale;
    if (!prompts().confirm(
            this, tr("Record the exclusion"),
            tr("Record that %1 is removed from the programme from %2?\n\nLater scans report every "
               "certificate %1 issues from that day as a violation (EXCLUDED_PROVIDER).")
                .arg(provider, locale.toString(exclusion->from, QLocale::ShortFormat)),
            tr("Record exclusion")))
        return;
    const qint64 from = QDateTime(exclusion->from, QTime(0, 0), CaseTime::province()).toSecsSinceEpoch();
    moved(m_cases.recordExclusion(id, from, exclusion->note),
          tr("%1 is excluded from the programme from %2.")
              .arg(provider, locale.toString(exclusion->from, QLocale::ShortFormat)));
    if (auto exclusions = m_cases.exclusions())
        Q_EMIT exclusionsChanged(*exclusions);
}

void CasesPage::attachComplaints()
{
    const CaseRecord *c = current();
    if (!c)
        return;
    const qint64 id = c->id;
    const QString provider = c->provider;
    auto listed = m_complaints.list(provider);
    if (!listed) {
        showError(listed.error());
        return;
    }
    QList<casebook::Complaint> candidates;
    for (const casebook::Complaint &complaint : std::as_const(*listed))
        if (complaint.caseId == 0)
            candidates << complaint;
    if (candidates.isEmpty()) {
        prompts().inform(
            this, tr("Attach complaints"),
            tr("No complaint about %1 waits for a case. Record complaints on the Complaints page.")
                .arg(provider));
        return;
    }
    const QList<qint64> chosen = prompts().chooseComplaints(this, candidates);
    for (qint64 complaintId : chosen) {
        if (auto attached = m_cases.attachComplaint(id, complaintId); !attached) {
            showError(attached.error());
            break;
        }
    }
    reload();
    if (!chosen.isEmpty())
        Q_EMIT caseChanged(id);
}

void CasesPage::showExportDialog()
{
    exportList(tr("Export cases"), tr("cases.csv"), tr("CSV (*.csv)"), tr("%1 cases written to %2."));
}

} // namespace sw::ui
