#pragma once

#include "rules/Finding.h"
#include "statistics/Filter.h"
#include "util/Result.h"

#include <QList>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QSortFilterProxyModel;
class QSplitter;
class QStackedWidget;
class QTableView;

namespace sw::casebook {
class Complaints;
}

namespace sw::ui {

class CasePrompts;
class ComplaintForm;
class ComplaintsModel;
class EmptyStateWidget;
class ErrorPanel;
class FilterBar;

// "Khiếu nại": citizens' complaints and their verification against the data (§5.2). The list
// (ids masked, §1.7) with the period and provider filters; the form beside it records a new
// complaint or edits the selected one (Enter opens, Esc closes); findings come from the findings
// page (addFindingsToComplaint) or a scan file. Ctrl+E exports the list as shown to CSV.
class ComplaintsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ComplaintsPage(casebook::Complaints &complaints, QWidget *parent = nullptr);
    ~ComplaintsPage() override;

    // For the main window's menus.
    QAction *newComplaintAction() const { return m_newAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *timelineAction() const { return m_timelineAction; }

    void setPrompts(std::unique_ptr<CasePrompts> prompts);

    ComplaintsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    ComplaintForm *form() const { return m_form; }
    FilterBar *filterBar() const { return m_filterBar; }
    ErrorPanel *messagePanel() const { return m_message; }
    bool isFormOpen() const;
    bool isEmptyStateShown() const;

    // Writes the complaints as listed to `path` (CSV, UTF-8 with BOM, ids masked).
    Result<qint64> exportCsv(const QString &path);

    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    // Reads the casebook again (F5).
    void reload();
    // Opens an empty form.
    void newComplaint();
    // Findings passed in from the findings page: linked to the complaint in the form, or to a new
    // complaint of the first finding's citizen and provider when no form is open.
    void addFindingsToComplaint(const QList<sw::rules::Finding> &findings);
    // Stores the form's complaint (new or edited); false when the casebook refused it.
    bool saveForm();
    void openSelected(); // Enter
    void closeForm(); // Esc
    void selectComplaint(qint64 id);
    void showExportDialog();
    void removeSelected();

Q_SIGNALS:
    // "Open the citizen's timeline": the full id (the citizen page masks it).
    void citizenTimelineRequested(const QString &citizenId);
    // A complaint was added or changed (the cases page may list it).
    void complaintSaved(qint64 id);

private:
    void applyFilter();
    void updateActions();
    void showError(const sw::Error &error);
    void currentRowChanged();
    qint64 selectedId() const;

    casebook::Complaints &m_complaints;
    std::unique_ptr<CasePrompts> m_prompts;
    ComplaintsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QAction *m_newAction;
    QAction *m_exportAction;
    QAction *m_removeAction;
    QAction *m_timelineAction;
    FilterBar *m_filterBar;
    QLabel *m_counts;
    ErrorPanel *m_message;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QSplitter *m_splitter;
    QTableView *m_table;
    ComplaintForm *m_form;
};

} // namespace sw::ui
