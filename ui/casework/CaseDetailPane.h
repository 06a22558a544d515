#pragma once

#include "casebook/AuditLog.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QTabWidget;
class QTableView;
class QHBoxLayout;
class QToolButton;

namespace sw::ui {

class CaseFindingsModel;
class ComplaintsModel;

// The case shown beside the cases list: its number and title, status (colour and words), provider
// with its legal name, the reason of the last decision, exclusion and publication; the moves
// allowed now (the page's actions, hidden when not allowed); and what it gathers: findings,
// complaints, and its history from the audit log.
class CaseDetailPane : public QWidget
{
    Q_OBJECT
public:
    explicit CaseDetailPane(QWidget *parent = nullptr);

    // The moves, in the order of the procedure; their buttons show only while the action is visible.
    void setMoveActions(const QList<QAction *> &actions);
    void setGatherActions(const QList<QAction *> &actions);
    // The history in sentences ("Mở vụ việc") by the people's names (`people`), newest first.
    void showCase(const casebook::CaseRecord &record, const QList<rules::Finding> &findings,
                  const QList<casebook::Complaint> &complaints, const QList<casebook::AuditEntry> &history,
                  const casebook::CasebookPeople &people = {});
    void clear();
    qint64 caseId() const { return m_caseId; }

    QLabel *statusLabel() const { return m_status; }
    CaseFindingsModel *findingsModel() const { return m_findings; }
    ComplaintsModel *complaintsModel() const { return m_complaints; }
    QListWidget *historyList() const { return m_history; }

Q_SIGNALS:
    void closeRequested();

private:
    qint64 m_caseId = 0;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_facts;
    QHBoxLayout *m_moves;
    QHBoxLayout *m_gather;
    QTabWidget *m_tabs;
    CaseFindingsModel *m_findings;
    QTableView *m_findingsView;
    ComplaintsModel *m_complaints;
    QTableView *m_complaintsView;
    QListWidget *m_history;
};

} // namespace sw::ui
