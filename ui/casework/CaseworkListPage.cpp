#include "casework/CaseworkListPage.h"

#include "casework/CasePrompts.h"
#include "casework/CaseTime.h"
#include "widgets/ColumnFit.h"
#include "widgets/EmptyStateWidget.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/PageHeader.h"
#include "widgets/PageState.h"
#include "widgets/ProviderColors.h"
#include "widgets/ReadOnlyTable.h"
#include "widgets/TableExport.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
enum ListIndex { EmptyIndex, ContentIndex };
}

CaseworkListPage::CaseworkListPage(const Names &names, quint32 stateMagic, const Clock &clock,
                                   QWidget *parent)
    : QWidget(parent),
      m_prompts(std::make_unique<CasePrompts>()),
      m_stateMagic(stateMagic),
      m_proxy(new QSortFilterProxyModel(this)),
      m_filterBar(new FilterBar(FilterBar::Period | FilterBar::Provider, clock, this)),
      m_counts(new QLabel(this)),
      m_message(new ErrorPanel(this)),
      m_listArea(new QStackedWidget(this)),
      m_empty(new EmptyStateWidget(this)),
      m_table(new QTableView(this)),
      m_actionRow(new QHBoxLayout),
      m_escape(new QShortcut(QKeySequence(Qt::Key_Escape), this))
{
    setObjectName(QLatin1String(names.page));
    m_table->setObjectName(QLatin1String(names.table));
    m_counts->setObjectName(QLatin1String(names.counts));
    m_message->setObjectName(QLatin1String(names.message));
    m_message->hide();
    m_empty->setObjectName(QLatin1String(names.emptyState));
    m_listArea->insertWidget(EmptyIndex, m_empty);

    m_escape->setContext(Qt::WidgetWithChildrenShortcut);

    m_filterBar->setProviders(ProviderColors::knownCodes());
    connect(m_filterBar, &FilterBar::filterChanged, this, [this] { applyFilter(); });
}

CaseworkListPage::~CaseworkListPage() = default;

void CaseworkListPage::setPrompts(std::unique_ptr<CasePrompts> prompts)
{
    m_prompts = std::move(prompts);
}

void CaseworkListPage::setModel(QAbstractItemModel *model, int rawValueRole, int idRole, int sortColumn,
                                const QList<int> &widths)
{
    m_idRole = idRole;
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(rawValueRole);
    m_table->setModel(m_proxy);
    m_table->horizontalHeader()->setSortIndicator(sortColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    ReadOnlyTable::setUp(m_table);
    m_widths = widths;
    for (int column = 0; column < widths.size(); ++column)
        m_table->setColumnWidth(column, widths.at(column));
    ColumnFit::widenToHeaders(m_table->horizontalHeader());
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseworkListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseworkListPage::fitColumns);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CaseworkListPage::fitColumns);
    fitColumns();
}

void CaseworkListPage::setColumnSamples(const QHash<int, QStringList> &samples)
{
    m_columnSamples = samples;
}

// Once, when the list first has rows.
void CaseworkListPage::fitColumns()
{
    if (m_columnsFitted || m_proxy->rowCount() == 0)
        return;
    m_columnsFitted = true;
    ColumnFit::fitToContents(m_table, m_columnSamples);
    for (int column = 0; column < m_widths.size(); ++column)
        if (m_table->columnWidth(column) < m_widths.at(column))
            m_table->setColumnWidth(column, m_widths.at(column));
}

void CaseworkListPage::setListContent(QWidget *content)
{
    m_listArea->insertWidget(ContentIndex, content);
}

QToolButton *CaseworkListPage::addActionButton(QAction *action)
{
    auto *button = new QToolButton(this);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // A tool button outside a tool bar does not follow its action's visibility by itself.
    button->setVisible(action->isVisible());
    connect(action, &QAction::changed, button, [button, action] { button->setVisible(action->isVisible()); });
    m_actionRow->addWidget(button);
    return button;
}

void CaseworkListPage::setRememberedSplitters(const QList<QSplitter *> &splitters)
{
    m_splitters = splitters;
}

void CaseworkListPage::layOut(const QString &title, QWidget *body)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PageHeader(title, this));
    layout->addWidget(m_filterBar);
    layout->addLayout(m_actionRow);
    layout->addWidget(m_message);
    layout->addWidget(body, 1);
}

QAction *CaseworkListPage::makeAction(const QString &text, const char *name, const QString &tip,
                                      QObject *parent)
{
    auto *action = new QAction(text, parent);
    action->setObjectName(QLatin1String(name));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void CaseworkListPage::reload()
{
    applyFilter();
}

void CaseworkListPage::showError(const sw::Error &error)
{
    m_message->setError(error);
    m_message->show();
}

void CaseworkListPage::showInformation(const QString &text)
{
    m_message->setInformation(text);
    m_message->show();
}

bool CaseworkListPage::passes(const statistics::Filter &filter, const QString &provider, const QDateTime &at)
{
    const QDate day = CaseTime::toWallClock(at).date();
    return (filter.provider.isEmpty() || provider == filter.provider)
        && (!filter.from.isValid() || day >= filter.from) && (!filter.to.isValid() || day <= filter.to);
}

void CaseworkListPage::showCounts(qsizetype shown, qsizetype total, const QString &allText,
                                  const QString &someText)
{
    m_counts->setText(m_filterBar->filter().isEmpty()
                          ? allText
                          : someText.arg(LocaleFormat::count(shown), LocaleFormat::count(total)));
}

void CaseworkListPage::showEmptyState(bool empty)
{
    m_listArea->setCurrentIndex(empty ? EmptyIndex : ContentIndex);
}

bool CaseworkListPage::isEmptyStateShown() const
{
    return m_listArea->currentIndex() == EmptyIndex;
}

qint64 CaseworkListPage::currentId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(m_idRole).toLongLong() : 0;
}

bool CaseworkListPage::selectRow(int sourceRow, bool scrollTo)
{
    if (sourceRow < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_proxy->sourceModel()->index(sourceRow, 0));
    m_table->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (scrollTo)
        m_table->scrollTo(index);
    return true;
}

Result<qint64> CaseworkListPage::exportCsv(const QString &path)
{
    return TableExport::saveAll(*m_proxy, path);
}

void CaseworkListPage::exportList(const QString &title, const QString &fileName, const QString &filter,
                                  const QString &doneText)
{
    const auto path = m_prompts->saveFileName(this, title, fileName, filter);
    if (!path)
        return;
    auto written = exportCsv(*path);
    if (!written) {
        showError(written.error());
        return;
    }
    showInformation(doneText.arg(LocaleFormat::count(*written), *path));
}

QByteArray CaseworkListPage::saveState() const
{
    return PageState::save(m_stateMagic, m_splitters, m_table->horizontalHeader(), m_filterBar);
}

void CaseworkListPage::restoreState(const QByteArray &state)
{
    if (PageState::restore(state, m_stateMagic, m_splitters, m_table->horizontalHeader(), m_filterBar))
        m_columnsFitted = true; // the person's widths, wide enough for this language's titles
}

} // namespace sw::ui
