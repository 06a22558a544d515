#include "casework/OutboxView.h"

#include "casework/OutboxModel.h"
#include "publishing/Publisher.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/LocaleFormat.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

using publishing::Publication;
using publishing::PublicationState;

OutboxView::OutboxView(publishing::Publisher &publisher, QWidget *parent)
    : QWidget(parent),
      m_publisher(publisher),
      m_model(new OutboxModel(publisher.outbox(), this)),
      m_summary(new QLabel(this)),
      m_setupNotice(new ErrorPanel(this)),
      m_errorPanel(new ErrorPanel(this)),
      m_stack(new QStackedWidget(this)),
      m_empty(new EmptyStateWidget(this)),
      m_table(new QTableView(this)),
      m_reason(new ErrorPanel(this)),
      m_retryNowAction(new QAction(tr("Retry now"), this)),
      m_retryAction(new QAction(tr("Retry"), this)),
      m_discardAction(new QAction(tr("Discard…"), this))
{
    auto *heading = new QLabel(tr("Publications to the portal"), this);
    heading->setObjectName(QStringLiteral("outboxHeading"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    m_summary->setObjectName(QStringLiteral("outboxSummary"));

    m_setupNotice->setObjectName(QStringLiteral("outboxSetupNotice"));
    m_setupNotice->setActionText(tr("Open Settings"));
    connect(m_setupNotice, &ErrorPanel::actionTriggered, this, &OutboxView::settingsRequested);
    m_errorPanel->setObjectName(QStringLiteral("outboxError"));
    m_errorPanel->hide();
    m_reason->setObjectName(QStringLiteral("outboxReason"));
    m_reason->hide();

    m_empty->setHeadline(tr("Nothing has been sent to the portal yet"));
    m_empty->setText(tr("An announcement you publish waits here until the Department's portal confirms it."));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->verticalHeader()->hide();
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(OutboxModel::Document, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::State, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::Attempts, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::Time, QHeaderView::ResizeToContents);
    header->resizeSection(OutboxModel::Title, 240);
    header->resizeSection(OutboxModel::Reference, 120);
    header->setStretchLastSection(true); // the reason takes what is left
    m_stack->addWidget(m_empty);
    m_stack->addWidget(m_table);

    m_retryNowAction->setObjectName(QStringLiteral("outboxRetryNow"));
    m_retryNowAction->setToolTip(tr("Send the selected announcement to the portal now instead of waiting"));
    m_retryAction->setObjectName(QStringLiteral("outboxRetry"));
    m_retryAction->setToolTip(tr("Send the refused announcement again, after fixing what the portal "
                                 "objected to (e.g. a new token in Settings)"));
    m_discardAction->setObjectName(QStringLiteral("outboxDiscard"));
    m_discardAction->setToolTip(tr("Remove the refused announcement from the outbox, so that a corrected "
                                   "one can take its number"));
    connect(m_retryNowAction, &QAction::triggered, this, &OutboxView::retrySelected);
    connect(m_retryAction, &QAction::triggered, this, &OutboxView::retrySelected);
    connect(m_discardAction, &QAction::triggered, this, &OutboxView::discardSelected);

    auto *buttons = new QHBoxLayout;
    for (QAction *action : {m_retryNowAction, m_retryAction, m_discardAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        buttons->addWidget(button);
        addAction(action);
    }
    buttons->addStretch(1);
    buttons->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_setupNotice);
    layout->addWidget(m_errorPanel);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_reason);

    m_confirmDiscard = [this](const Publication &p) {
        return QMessageBox::question(
                   this, tr("Discard the announcement"),
                   tr("Remove announcement %1 from the outbox? The portal refused it and has not published "
                      "it; it will not be sent again.")
                       .arg(p.documentNumber),
                   QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Discard;
    };

    connect(&m_publisher, &publishing::Publisher::publicationChanged, this, [this] { refresh(); });
    connect(&m_publisher, &publishing::Publisher::outboxError, this, &OutboxView::showError);
    connect(m_model, &OutboxModel::errorOccurred, this, &OutboxView::showError);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &OutboxView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateActions);
    refresh();
}

void OutboxView::setDiscardConfirmation(std::function<bool(const Publication &)> confirm)
{
    m_confirmDiscard = std::move(confirm);
}

void OutboxView::refresh()
{
    const qint64 selected = selectedPublication();
    m_model->reload();
    if (selected != 0 && selectedPublication() != selected)
        selectPublication(selected);
    m_stack->setCurrentWidget(m_model->rowCount() == 0 ? static_cast<QWidget *>(m_empty) : m_table);
    m_summary->setText(summary());
    updateSetupNotice();
    updateActions();
}

QString OutboxView::summary() const
{
    int waiting = 0, refused = 0, published = 0;
    for (const Publication &p : m_model->publications()) {
        if (p.state == PublicationState::Confirmed)
            ++published;
        else if (p.state == PublicationState::Failed)
            ++refused;
        else
            ++waiting;
    }
    return tr("Waiting: %1 · Refused: %2 · Published: %3")
        .arg(LocaleFormat::count(waiting), LocaleFormat::count(refused), LocaleFormat::count(published));
}

bool OutboxView::isEmptyStateShown() const
{
    return m_stack->currentWidget() == m_empty;
}

void OutboxView::updateSetupNotice()
{
    const auto problem = m_publisher.configurationProblem();
    if (problem)
        m_setupNotice->setError(*problem);
    m_setupNotice->setVisible(problem.has_value());
}

void OutboxView::showError(const Error &error)
{
    m_errorPanel->setError(error);
    m_errorPanel->show();
}

void OutboxView::selectPublication(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->selectRow(row);
    else
        m_table->clearSelection();
}

qint64 OutboxView::selectedPublication() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(OutboxModel::IdRole).toLongLong();
}

void OutboxView::updateActions()
{
    const int row = m_model->rowOf(selectedPublication());
    const Publication *p = m_model->publication(row);
    const bool sendingNow = p && p->id == m_publisher.currentPublication();
    m_retryNowAction->setEnabled(p && p->state == PublicationState::Pending && !sendingNow);
    m_retryAction->setEnabled(p && p->state == PublicationState::Failed);
    m_discardAction->setEnabled(p && p->state == PublicationState::Failed);
    if (p && !p->lastError.isEmpty() && p->state != PublicationState::Confirmed) {
        m_reason->setError(Error::make(p->state == PublicationState::Failed
                                           ? tr("%1 was refused: %2").arg(p->documentNumber, p->lastError)
                                           : tr("%1 is waiting: %2").arg(p->documentNumber, p->lastError),
                                       p->lastErrorDetail));
        m_reason->show();
    } else {
        m_reason->hide();
    }
}

void OutboxView::retrySelected()
{
    const qint64 id = selectedPublication();
    if (id == 0)
        return;
    if (auto done = m_publisher.retryNow(id); !done)
        showError(done.error());
    else
        m_errorPanel->hide();
    refresh();
}

void OutboxView::discardSelected()
{
    const Publication *p = m_model->publication(m_model->rowOf(selectedPublication()));
    if (!p || p->state != PublicationState::Failed)
        return;
    if (m_confirmDiscard && !m_confirmDiscard(*p))
        return;
    if (auto done = m_publisher.discard(p->id); !done)
        showError(done.error());
    refresh();
}

} // namespace sw::ui
