#pragma once

#include "casework/CaseworkListPage.h"
#include "rules/Finding.h"

#include <QList>

class QAction;
class QSplitter;

namespace sw::casebook {
class Complaints;
struct Complaint;
} // namespace sw::casebook

namespace sw::ui {

class CitizenFindingsSource;
class ComplaintForm;
class ComplaintsModel;

// "Khiếu nại": citizens' complaints and their verification against the data (§5.2). The list
// (ids masked, §1.7) with the period and provider filters; the form beside it records a new
// complaint or edits the selected one (Enter opens, Esc closes); findings come from the findings
// page (addFindingsToComplaint), a scan file, or are picked from the citizen's findings
// (setCitizenFindingsSource). Ctrl+E exports the list as shown to CSV.
class ComplaintsPage : public CaseworkListPage
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

    ComplaintsModel *model() const { return m_model; }
    ComplaintForm *form() const { return m_form; }
    bool isFormOpen() const;
    // Where the form finds the citizen's findings to pick from (not owned).
    void setCitizenFindingsSource(CitizenFindingsSource *source);

public Q_SLOTS:
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
    // The citizen's findings may have changed (a scan, another registry): the form asks again.
    void citizenFindingsChanged();

Q_SIGNALS:
    // "Open the citizen's timeline": the full id (the citizen page masks it).
    void citizenTimelineRequested(const QString &citizenId);
    // A complaint was added or changed (the cases page may list it).
    void complaintSaved(qint64 id);

private:
    void applyFilter() override;
    void showError(const sw::Error &error) override;
    void updateActions();
    void currentRowChanged();
    // Another desk saved the complaint first: the form keeps what was typed; the person sees
    // theirs and keeps their own, takes theirs or decides later (issue 13).
    bool resolveConflict(const casebook::Complaint &mine, const sw::Error &conflict);

    casebook::Complaints &m_complaints;
    ComplaintsModel *m_model;
    QAction *m_newAction;
    QAction *m_exportAction;
    QAction *m_removeAction;
    QAction *m_timelineAction;
    QSplitter *m_splitter;
    ComplaintForm *m_form;
};

} // namespace sw::ui
