#include "casework/CaseDetailPane.h"

#include "casebook/AuditActions.h"
#include "casework/CaseFindingsModel.h"
#include "casework/CasesModel.h"
#include "casework/ComplaintsModel.h"
#include "widgets/ColumnFit.h"
#include "widgets/LocaleFormat.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    // Each case's rows fit their columns (the last one stretches).
    QObject::connect(model, &QAbstractItemModel::modelReset, view,
                     [view] { ColumnFit::fitToContents(view); });
    return view;
}

void addButtons(QHBoxLayout *layout, const QList<QAction *> &actions, QWidget *parent)
{
    for (QAction *action : actions) {
        auto *button = new QToolButton(parent);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        // A tool button outside a tool bar does not follow its action's visibility by itself.
        button->setVisible(action->isVisible());
        QObject::connect(action, &QAction::changed, button,
                         [button, action] { button->setVisible(action->isVisible()); });
        layout->addWidget(button);
    }
    layout->addStretch(1);
}
} // namespace

CaseDetailPane::CaseDetailPane(QWidget *parent)
    : QWidget(parent),
      m_title(new QLabel(this)),
      m_status(new QLabel(this)),
      m_facts(new QLabel(this)),
      m_moves(new QHBoxLayout),
      m_gather(new QHBoxLayout),
      m_tabs(new QTabWidget(this)),
      m_findings(new CaseFindingsModel(this)),
      m_findingsView(makeTable(m_findings, this)),
      m_complaints(new ComplaintsModel(this)),
      m_complaintsView(makeTable(m_complaints, this)),
      m_history(new QListWidget(this))
{
    setObjectName(QStringLiteral("caseDetail"));
    QFont bold = m_title->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setObjectName(QStringLiteral("caseTitle"));
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_status->setTextFormat(Qt::RichText);
    m_facts->setObjectName(QStringLiteral("caseFacts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_findingsView->setObjectName(QStringLiteral("caseFindings"));
    m_complaintsView->setObjectName(QStringLiteral("caseComplaints"));
    m_history->setObjectName(QStringLiteral("caseHistory"));
    m_history->setWordWrap(true);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_tabs->addTab(m_findingsView, tr("Findings"));
    auto *complaintsTab = new QWidget(this);
    auto *complaintsLayout = new QVBoxLayout(complaintsTab);
    complaintsLayout->setContentsMargins(0, 4, 0, 0);
    complaintsLayout->addLayout(m_gather);
    complaintsLayout->addWidget(m_complaintsView, 1);
    m_tabs->addTab(complaintsTab, tr("Complaints"));
    m_tabs->addTab(m_history, tr("History"));

    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setToolTip(tr("Close the case (Esc)"));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &CaseDetailPane::closeRequested);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(close, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_facts);
    layout->addLayout(m_moves);
    layout->addWidget(m_tabs, 1);
}

void CaseDetailPane::setMoveActions(const QList<QAction *> &actions)
{
    addButtons(m_moves, actions, this);
}

void CaseDetailPane::setGatherActions(const QList<QAction *> &actions)
{
    addButtons(m_gather, actions, this);
}

void CaseDetailPane::showCase(const casebook::CaseRecord &c, const QList<rules::Finding> &findings,
                              const QList<casebook::Complaint> &complaints,
                              const QList<casebook::AuditEntry> &history,
                              const casebook::CasebookPeople &people)
{
    m_caseId = c.id;
    m_title->setText(tr("Case no. %1 — %2").arg(c.id).arg(c.title));
    // Colour and words: the colour alone would say nothing to a colour-blind reader.
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">&#9632;</span> <b>%2</b>")
            .arg(CasesModel::statusColor(c.status).name(), CasesModel::statusText(c.status).toHtmlEscaped()));
    m_status->setAccessibleName(CasesModel::statusText(c.status));
    QStringList facts;
    facts << tr("Provider: %1 (%2)").arg(c.provider, c.providerName);
    if (!c.statusReason.isEmpty())
        facts << tr("Reason: %1").arg(c.statusReason);
    if (c.exclusionFrom)
        facts << tr("Excluded from the programme from %1")
                     .arg(LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(*c.exclusionFrom, Qt::UTC)))
                + (c.exclusionNote.isEmpty() ? QString() : QStringLiteral(" — ") + c.exclusionNote);
    if (!c.publicationReference.isEmpty())
        facts << tr("Published on the portal, reference %1").arg(c.publicationReference);
    facts << tr("Opened %1, last change %2")
                 .arg(LocaleFormat::dateTime(c.createdAt), LocaleFormat::dateTime(c.updatedAt));
    m_facts->setText(facts.join(u'\n'));
    m_findings->setFindings(findings);
    m_complaints->setComplaints(complaints);
    m_findingsView->resizeColumnsToContents();
    m_complaintsView->resizeColumnsToContents();
    m_tabs->setTabText(0, tr("Findings (%1)").arg(LocaleFormat::count(findings.size())));
    m_tabs->setTabText(1, tr("Complaints (%1)").arg(LocaleFormat::count(complaints.size())));
    m_history->clear();
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        QString line = QStringLiteral("%1 · %2 · %3")
                           .arg(LocaleFormat::dateTime(it->at), people.displayName(it->actor),
                                casebook::auditActionText(it->action));
        if (!it->reason.isEmpty())
            line += QStringLiteral(" — ") + it->reason;
        m_history->addItem(line);
    }
}

void CaseDetailPane::clear()
{
    m_caseId = 0;
    m_title->clear();
    m_status->clear();
    m_facts->clear();
    m_findings->setFindings({});
    m_complaints->setComplaints({});
    m_history->clear();
}

} // namespace sw::ui
