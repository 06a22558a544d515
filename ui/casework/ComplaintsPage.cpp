#include "casework/ComplaintsPage.h"

#include "casebook/Complaints.h"
#include "casework/CasePrompts.h"
#include "casework/ComplaintForm.h"
#include "casework/ComplaintsModel.h"
#include "casework/EditConflict.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/ProviderColors.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>

Q_LOGGING_CATEGORY(lcComplaintsPage, "signwatch.ui.complaints")

namespace sw::ui {

namespace {
constexpr quint32 stateMagic = 0x434f4d50; // "COMP"
}

ComplaintsPage::ComplaintsPage(casebook::Complaints &complaints, QWidget *parent)
    : CaseworkListPage(
        {"complaintsPage", "complaintsTable", "complaintCounts", "complaintsMessage", "complaintsEmpty"},
        stateMagic, complaints.clock(), parent),
      m_complaints(complaints),
      m_model(new ComplaintsModel(this)),
      m_newAction(new QAction(tr("&New complaint"), this)),
      m_exportAction(new QAction(tr("&Export complaints…"), this)),
      m_removeAction(new QAction(tr("&Remove complaint…"), this)),
      m_timelineAction(new QAction(tr("Open the citizen's &timeline"), this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_form(new ComplaintForm(complaints.clock(), m_splitter))
{
    m_newAction->setObjectName(QStringLiteral("newComplaintAction"));
    m_newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_newAction->setToolTip(
        tr("Record a citizen's complaint received through Hue-S, the hotline, in person or "
           "by letter (Ctrl+N)"));
    connect(m_newAction, &QAction::triggered, this, &ComplaintsPage::newComplaint);
    m_exportAction->setObjectName(QStringLiteral("exportComplaintsAction"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(
        tr("Write the complaints as listed to a CSV file, identity numbers masked (Ctrl+E)"));
    connect(m_exportAction, &QAction::triggered, this, &ComplaintsPage::showExportDialog);
    m_removeAction->setObjectName(QStringLiteral("removeComplaintAction"));
    m_removeAction->setToolTip(tr("Remove the selected complaint (only one not gathered into a case); the "
                                  "reason is kept in the audit log"));
    connect(m_removeAction, &QAction::triggered, this, &ComplaintsPage::removeSelected);
    m_timelineAction->setObjectName(QStringLiteral("complaintTimelineAction"));
    m_timelineAction->setToolTip(tr("Show the selected complaint's citizen on the citizen look-up page"));
    connect(m_timelineAction, &QAction::triggered, this, [this] {
        if (const casebook::Complaint *c = m_model->complaint(m_model->rowOf(currentId())))
            Q_EMIT citizenTimelineRequested(c->citizenId);
    });
    for (QAction *action : {m_newAction, m_exportAction, m_removeAction, m_timelineAction})
        addAction(action);

    connect(escapeShortcut(), &QShortcut::activated, this, &ComplaintsPage::closeForm);

    emptyState()->setHeadline(tr("No complaints recorded — press New complaint to record one"));
    emptyState()->setText(
        tr("Complaints reach the Department through Hue-S feedback, the hotline 1900 1075, in person "
           "or by letter. Each is verified against the data and in practice (§5.2)."));
    emptyState()->setActionText(tr("New complaint"));
    connect(emptyState(), &EmptyStateWidget::actionTriggered, m_newAction, &QAction::trigger);

    QHash<int, QStringList> samples;
    samples[ComplaintsModel::Provider] = ProviderColors::knownCodes();
    for (casebook::ComplaintChannel channel : casebook::allChannels())
        samples[ComplaintsModel::Channel] << casebook::channelLabel(channel);
    for (casebook::ComplaintOutcome outcome : casebook::allOutcomes())
        samples[ComplaintsModel::Outcome] << casebook::outcomeLabel(outcome);
    setColumnSamples(samples);
    setModel(m_model, ComplaintsModel::RawValueRole, ComplaintsModel::IdRole, ComplaintsModel::Received,
             {45, 115, 105, 105, 130, 155, 45});
    connect(table(), &QTableView::activated, this, &ComplaintsPage::openSelected);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsPage::currentRowChanged);

    m_form->hide();
    connect(m_form, &ComplaintForm::saveRequested, this, &ComplaintsPage::saveForm);
    connect(m_form, &ComplaintForm::closeRequested, this, &ComplaintsPage::closeForm);
    connect(m_form, &ComplaintForm::citizenTimelineRequested, this,
            &ComplaintsPage::citizenTimelineRequested);
    m_splitter->insertWidget(0, table());
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    setListContent(m_splitter);

    for (QAction *action : {m_newAction, m_timelineAction, m_removeAction, m_exportAction})
        addActionButton(action);
    actionRow()->addSpacing(12);
    actionRow()->addWidget(countsLabel());
    actionRow()->addStretch(1);
    setRememberedSplitters({m_splitter});
    layOut(tr("Complaints"), listArea());
    reload();
}

ComplaintsPage::~ComplaintsPage() = default;

bool ComplaintsPage::isFormOpen() const
{
    return !m_form->isHidden();
}

void ComplaintsPage::setCitizenFindingsSource(CitizenFindingsSource *source)
{
    m_form->setCitizenFindingsSource(source);
}

void ComplaintsPage::citizenFindingsChanged()
{
    m_form->refreshCandidates();
}

void ComplaintsPage::applyFilter()
{
    const qint64 keep = currentId();
    auto all = m_complaints.list();
    if (!all) {
        showError(all.error());
        return;
    }
    const statistics::Filter filter = filterBar()->filter();
    QList<casebook::Complaint> shown;
    for (const casebook::Complaint &c : std::as_const(*all))
        if (passes(filter, c.provider, c.receivedAt))
            shown << c;
    m_model->setComplaints(shown);
    showEmptyState(all->isEmpty() && !isFormOpen());
    showCounts(shown.size(), all->size(), tr("%Ln complaint(s)", nullptr, int(all->size())),
               tr("%1 of %2 complaints"));
    if (keep)
        selectComplaint(keep);
    updateActions();
}

void ComplaintsPage::selectComplaint(qint64 id)
{
    selectRow(m_model->rowOf(id));
}

void ComplaintsPage::updateActions()
{
    const casebook::Complaint *c = m_model->complaint(m_model->rowOf(currentId()));
    m_timelineAction->setEnabled(c != nullptr);
    m_removeAction->setEnabled(c != nullptr && c->caseId == 0);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void ComplaintsPage::showError(const sw::Error &error)
{
    qCWarning(lcComplaintsPage) << error.message;
    CaseworkListPage::showError(error);
}

void ComplaintsPage::currentRowChanged()
{
    updateActions();
    // The open form follows the selection, unless it holds a complaint not yet stored.
    if (isFormOpen() && !m_form->isNew())
        openSelected();
}

void ComplaintsPage::newComplaint()
{
    table()->clearSelection();
    m_form->showNew(QString(), filterBar()->filter().provider);
    showEmptyState(false);
    m_form->show();
    m_form->citizenField()->setFocus();
}

void ComplaintsPage::openSelected()
{
    const casebook::Complaint *c = m_model->complaint(m_model->rowOf(currentId()));
    if (!c)
        return;
    m_form->showComplaint(*c);
    m_form->show();
}

void ComplaintsPage::closeForm()
{
    if (!isFormOpen())
        return;
    m_form->hide();
    table()->setFocus();
    if (m_model->rowCount() == 0 && m_model->complaints().isEmpty())
        applyFilter();
}

void ComplaintsPage::addFindingsToComplaint(const QList<sw::rules::Finding> &findings)
{
    if (findings.isEmpty())
        return;
    if (!isFormOpen()) {
        m_form->showNew();
        showEmptyState(false);
        m_form->show();
    }
    const int added = m_form->addFindings(findings);
    showInformation(
        tr("%n finding(s) linked to the complaint in the form; save it to keep them.", nullptr, added));
}

bool ComplaintsPage::saveForm()
{
    const casebook::Complaint edited = m_form->complaint();
    const QStringList problems = casebook::Complaints::problems(edited, m_complaints.clock().now());
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        return false;
    }
    auto saved = edited.id ? m_complaints.update(edited) : m_complaints.add(edited);
    if (!saved && saved.error().kind == Error::Kind::Conflict)
        return resolveConflict(edited, saved.error());
    if (!saved) {
        m_form->showError(saved.error());
        return false;
    }
    messagePanel()->hide();
    m_form->showComplaint(*saved);
    applyFilter();
    selectComplaint(saved->id);
    Q_EMIT complaintSaved(saved->id);
    return true;
}

bool ComplaintsPage::resolveConflict(const casebook::Complaint &mine, const sw::Error &conflict)
{
    m_form->showError(conflict); // who and when; the fields stay as typed
    auto theirs = m_complaints.complaint(mine.id);
    if (!theirs) {
        m_form->showError(theirs.error());
        return false;
    }
    switch (prompts().editConflict(this, conflict.message, EditConflict::complaintText(*theirs))) {
    case CasePrompts::ConflictChoice::KeepMine:
        m_form->adoptVersion(theirs->version);
        return saveForm();
    case CasePrompts::ConflictChoice::TakeTheirs:
        QGuiApplication::clipboard()->setText(EditConflict::complaintText(mine));
        m_form->showComplaint(*theirs);
        applyFilter();
        showInformation(
            tr("Their version of complaint no. %1 is in the form; yours is on the clipboard.").arg(mine.id));
        return false;
    case CasePrompts::ConflictChoice::Later:
        break;
    }
    return false;
}

void ComplaintsPage::removeSelected()
{
    const qint64 id = currentId();
    if (!id)
        return;
    const auto reason
        = prompts().reason(this, tr("Remove complaint no. %1").arg(id),
                           tr("Why is the complaint removed? The reason is kept in the audit log."), true);
    if (!reason)
        return;
    if (auto removed = m_complaints.remove(id, *reason); !removed) {
        showError(removed.error());
        return;
    }
    if (m_form->complaintId() == id)
        closeForm();
    applyFilter();
}

void ComplaintsPage::showExportDialog()
{
    exportList(tr("Export complaints"), tr("complaints.csv"), tr("CSV (*.csv)"),
               tr("%1 complaints written to %2."));
}

} // namespace sw::ui
