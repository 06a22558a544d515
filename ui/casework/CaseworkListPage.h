#pragma once

#include "statistics/Filter.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <memory>

class QAbstractItemModel;
class QAction;
class QHBoxLayout;
class QLabel;
class QShortcut;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace sw {
class Clock;
}

namespace sw::ui {

class CasePrompts;
class EmptyStateWidget;
class ErrorPanel;
class FilterBar;

// What the casework's list pages (complaints, cases, documents) share, top to bottom: the page's
// title; the period and provider filter bar (Ctrl+F), applied at once; a row of actions and counts;
// a message panel; the list, a read-only table sorted through a proxy by the model's raw values,
// or in its place an empty state while the casebook holds nothing. Esc is the page's to bind
// (it closes what is open beside the list). The list as shown exports to CSV (Ctrl+E), and the
// splitters, column widths and filters are remembered (PageState).
class CaseworkListPage : public QWidget
{
    Q_OBJECT
public:
    ~CaseworkListPage() override;

    // The dialogs the page asks through (tests answer them).
    void setPrompts(std::unique_ptr<CasePrompts> prompts);

    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorPanel *messagePanel() const { return m_message; }
    bool isEmptyStateShown() const;

    // Writes the list as shown (filtered, in the table's order) to `path`: CSV, UTF-8 with BOM, ids
    // masked as the table masks them. Returns the number of rows written.
    Result<qint64> exportCsv(const QString &path);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    // Reads the casebook again (F5).
    void reload();

protected:
    // Object names of the page and its parts (tests and the main window find them by these).
    struct Names
    {
        const char *page;
        const char *table;
        const char *counts;
        const char *message;
        const char *emptyState;
    };
    // `stateMagic` tells this page's saved state from another page's; `clock` gives the filter
    // bar's today.
    CaseworkListPage(const Names &names, quint32 stateMagic, const Clock &clock, QWidget *parent);

    // Fills the list with what the filter bar lets through: on reload() and when the filter changes.
    virtual void applyFilter() = 0;
    // Shows `error` in the message panel (pages log it first).
    virtual void showError(const sw::Error &error);
    void showInformation(const QString &text);

    // The set-up, in the page's constructor: the model (its roles for sorting and for the row's id,
    // the column sorted newest first, the columns' first widths); what the list area shows when
    // the list is not empty (the table, or a splitter holding it); the action row's buttons; the
    // splitters to remember; and last the layout with the page's title and its `body` (the list
    // area, or a splitter holding it).
    void setModel(QAbstractItemModel *model, int rawValueRole, int idRole, int sortColumn,
                  const QList<int> &widths);
    // The texts a column can hold (statuses, channels), in the interface's language: the columns
    // are fitted to them, to their titles and to the first rows listed, never narrower than their
    // first widths, unless remembered widths were restored.
    void setColumnSamples(const QHash<int, QStringList> &samples);
    void setListContent(QWidget *content);
    QToolButton *addActionButton(QAction *action);
    void setRememberedSplitters(const QList<QSplitter *> &splitters);
    void layOut(const QString &title, QWidget *body);
    static QAction *makeAction(const QString &text, const char *name, const QString &tip, QObject *parent);

    CasePrompts &prompts() const { return *m_prompts; }
    EmptyStateWidget *emptyState() const { return m_empty; }
    QStackedWidget *listArea() const { return m_listArea; }
    QLabel *countsLabel() const { return m_counts; }
    QHBoxLayout *actionRow() const { return m_actionRow; }
    QShortcut *escapeShortcut() const { return m_escape; }

    // Whether `filter` lets through a row of `provider` dated `at` (UTC; the period is in days of
    // the province).
    static bool passes(const statistics::Filter &filter, const QString &provider, const QDateTime &at);
    // "12 complaints" (`allText`) without a filter, "3 of 12 complaints" (`someText`, %1 of %2) with one.
    void showCounts(qsizetype shown, qsizetype total, const QString &allText, const QString &someText);
    void showEmptyState(bool empty);
    // The id of the table's current row; 0 when none.
    qint64 currentId() const;
    // Makes the model's `sourceRow` the table's current, selected row; false when `sourceRow` < 0.
    bool selectRow(int sourceRow, bool scrollTo = true);
    // "Export…": asks for a file (`title`, `fileName` suggested, `filter`), writes the list as shown
    // and says so with `doneText` (%1 rows, %2 the file).
    void exportList(const QString &title, const QString &fileName, const QString &filter,
                    const QString &doneText);

private:
    std::unique_ptr<CasePrompts> m_prompts;
    quint32 m_stateMagic;
    int m_idRole = 0;
    QSortFilterProxyModel *m_proxy;
    FilterBar *m_filterBar;
    QLabel *m_counts;
    ErrorPanel *m_message;
    QStackedWidget *m_listArea;
    EmptyStateWidget *m_empty;
    QTableView *m_table;
    QHBoxLayout *m_actionRow;
    QShortcut *m_escape;
    QList<QSplitter *> m_splitters;
    QList<int> m_widths;
    QHash<int, QStringList> m_columnSamples;
    bool m_columnsFitted = false;

    void fitColumns();
};

} // namespace sw::ui
