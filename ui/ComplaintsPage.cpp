#include "ComplaintsPage.h"

#include "CasePrompts.h"
#include "CaseTime.h"
#include "ComplaintForm.h"
#include "ComplaintsModel.h"
#include "EmptyStateWidget.h"
#include "ErrorPanel.h"
#include "FilterBar.h"
#include "LocaleFormat.h"
#include "PageHeader.h"
#include "PageState.h"
#include "ProviderColors.h"
#include "TableExport.h"
#include "casebook/Complaints.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcComplaintsPage, "signwatch.ui.complaints")

namespace sw::ui {

namespace {
enum StackIndex { EmptyIndex, ContentIndex };
constexpr quint32 stateMagic = 0x434f4d50; // "COMP"

QToolButton *actionButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}
} // namespace

ComplaintsPage::ComplaintsPage(casebook::Complaints &complaints, QWidget *parent)
    : QWidget(parent),
      m_complaints(complaints),
      m_prompts(std::make_unique<CasePrompts>()),
      m_model(new ComplaintsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_newAction(new QAction(tr("&New complaint"), this)),
      m_exportAction(new QAction(tr("&Export complaints…"), this)),
      m_removeAction(new QAction(tr("&Remove complaint…"), this)),
      m_timelineAction(new QAction(tr("Open the citizen's &timeline"), this)),
      m_filterBar(new FilterBar(FilterBar::Period | FilterBar::Provider, complaints.clock(), this)),
      m_counts(new QLabel(this)),
      m_message(new ErrorPanel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyStateWidget(this)),
      m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_table(new QTableView(m_splitter)),
      m_form(new ComplaintForm(complaints.clock(), m_splitter))
{
    setObjectName(QStringLiteral("complaintsPage"));

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
        if (const casebook::Complaint *c = m_model->complaint(m_model->rowOf(selectedId())))
            Q_EMIT citizenTimelineRequested(c->citizenId);
    });
    for (QAction *action : {m_newAction, m_exportAction, m_removeAction, m_timelineAction})
        addAction(action);

    auto *find = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_F), this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, m_filterBar, &FilterBar::focusFirst);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &ComplaintsPage::closeForm);

    m_counts->setObjectName(QStringLiteral("complaintCounts"));
    m_message->setObjectName(QStringLiteral("complaintsMessage"));
    m_message->hide();
    m_empty->setObjectName(QStringLiteral("complaintsEmpty"));
    m_empty->setHeadline(tr("No complaints recorded — press New complaint to record one"));
    m_empty->setText(
        tr("Complaints reach the Department through Hue-S feedback, the hotline 1900 1075, in person "
           "or by letter. Each is verified against the data and in practice (§5.2)."));
    m_empty->setActionText(tr("New complaint"));
    connect(m_empty, &EmptyStateWidget::actionTriggered, m_newAction, &QAction::trigger);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ComplaintsModel::RawValueRole);
    m_table->setObjectName(QStringLiteral("complaintsTable"));
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(ComplaintsModel::Received, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    const int widths[ComplaintsModel::ColumnCount] = {45, 115, 105, 105, 130, 155, 45};
    for (int column = 0; column < ComplaintsModel::ColumnCount; ++column)
        m_table->setColumnWidth(column, widths[column]);
    connect(m_table, &QTableView::activated, this, &ComplaintsPage::openSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ComplaintsPage::currentRowChanged);

    m_form->hide();
    connect(m_form, &ComplaintForm::saveRequested, this, &ComplaintsPage::saveForm);
    connect(m_form, &ComplaintForm::closeRequested, this, &ComplaintsPage::closeForm);
    connect(m_form, &ComplaintForm::citizenTimelineRequested, this,
            &ComplaintsPage::citizenTimelineRequested);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);

    m_stack->insertWidget(EmptyIndex, m_empty);
    m_stack->insertWidget(ContentIndex, m_splitter);

    auto *actions = new QHBoxLayout;
    actions->addWidget(actionButton(m_newAction, this));
    actions->addWidget(actionButton(m_timelineAction, this));
    actions->addWidget(actionButton(m_removeAction, this));
    actions->addWidget(actionButton(m_exportAction, this));
    actions->addSpacing(12);
    actions->addWidget(m_counts);
    actions->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(tr("Complaints"), this));
    layout->addWidget(m_filterBar);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    m_filterBar->setProviders(ProviderColors::knownCodes());
    connect(m_filterBar, &FilterBar::filterChanged, this, &ComplaintsPage::applyFilter);
    reload();
}

ComplaintsPage::~ComplaintsPage() = default;

void ComplaintsPage::setPrompts(std::unique_ptr<CasePrompts> prompts)
{
    m_prompts = std::move(prompts);
}

bool ComplaintsPage::isFormOpen() const
{
    return !m_form->isHidden();
}

bool ComplaintsPage::isEmptyStateShown() const
{
    return m_stack->currentIndex() == EmptyIndex;
}

qint64 ComplaintsPage::selectedId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(ComplaintsModel::IdRole).toLongLong() : 0;
}

void ComplaintsPage::reload()
{
    applyFilter();
}

void ComplaintsPage::applyFilter()
{
    const qint64 keep = selectedId();
    auto all = m_complaints.list();
    if (!all) {
        showError(all.error());
        return;
    }
    const statistics::Filter filter = m_filterBar->filter();
    QList<casebook::Complaint> shown;
    for (const casebook::Complaint &c : std::as_const(*all)) {
        const QDate day = CaseTime::toWallClock(c.receivedAt).date();
        if (!filter.provider.isEmpty() && c.provider != filter.provider)
            continue;
        if (filter.from.isValid() && day < filter.from)
            continue;
        if (filter.to.isValid() && day > filter.to)
            continue;
        shown << c;
    }
    m_model->setComplaints(shown);
    m_stack->setCurrentIndex(all->isEmpty() && !isFormOpen() ? EmptyIndex : ContentIndex);
    m_counts->setText(filter.isEmpty()
                          ? tr("%Ln complaint(s)", nullptr, int(all->size()))
                          : tr("%1 of %2 complaints")
                                .arg(LocaleFormat::count(shown.size()), LocaleFormat::count(all->size())));
    if (keep)
        selectComplaint(keep);
    updateActions();
}

void ComplaintsPage::selectComplaint(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ComplaintsPage::updateActions()
{
    const casebook::Complaint *c = m_model->complaint(m_model->rowOf(selectedId()));
    m_timelineAction->setEnabled(c != nullptr);
    m_removeAction->setEnabled(c != nullptr && c->caseId == 0);
    m_exportAction->setEnabled(m_model->rowCount() > 0);
}

void ComplaintsPage::showError(const sw::Error &error)
{
    qCWarning(lcComplaintsPage) << error.message;
    m_message->setError(error);
    m_message->show();
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
    m_table->clearSelection();
    m_form->showNew(QString(), m_filterBar->filter().provider);
    m_stack->setCurrentIndex(ContentIndex);
    m_form->show();
    m_form->citizenField()->setFocus();
}

void ComplaintsPage::openSelected()
{
    const casebook::Complaint *c = m_model->complaint(m_model->rowOf(selectedId()));
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
    m_table->setFocus();
    if (m_model->rowCount() == 0 && m_model->complaints().isEmpty())
        applyFilter();
}

void ComplaintsPage::addFindingsToComplaint(const QList<sw::rules::Finding> &findings)
{
    if (findings.isEmpty())
        return;
    if (!isFormOpen()) {
        m_form->showNew();
        m_stack->setCurrentIndex(ContentIndex);
        m_form->show();
    }
    const int added = m_form->addFindings(findings);
    m_message->setInformation(
        tr("%n finding(s) linked to the complaint in the form; save it to keep them.", nullptr, added));
    m_message->show();
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
    if (!saved) {
        m_form->showError(saved.error());
        return false;
    }
    m_message->hide();
    m_form->showComplaint(*saved);
    applyFilter();
    selectComplaint(saved->id);
    Q_EMIT complaintSaved(saved->id);
    return true;
}

void ComplaintsPage::removeSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    const auto reason
        = m_prompts->reason(this, tr("Remove complaint no. %1").arg(id),
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

Result<qint64> ComplaintsPage::exportCsv(const QString &path)
{
    return TableExport::saveAll(*m_proxy, path);
}

void ComplaintsPage::showExportDialog()
{
    const auto path
        = m_prompts->saveFileName(this, tr("Export complaints"), tr("complaints.csv"), tr("CSV (*.csv)"));
    if (!path)
        return;
    auto written = exportCsv(*path);
    if (!written) {
        showError(written.error());
        return;
    }
    m_message->setInformation(tr("%1 complaints written to %2.").arg(LocaleFormat::count(*written), *path));
    m_message->show();
}

QByteArray ComplaintsPage::saveState() const
{
    return PageState::save(stateMagic, {m_splitter}, m_table->horizontalHeader(), m_filterBar);
}

void ComplaintsPage::restoreState(const QByteArray &state)
{
    PageState::restore(state, stateMagic, {m_splitter}, m_table->horizontalHeader(), m_filterBar);
}

} // namespace sw::ui
