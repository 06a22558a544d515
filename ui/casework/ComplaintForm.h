#pragma once

#include "casebook/Complaints.h"
#include "rules/Finding.h"
#include "util/Clock.h"

#include <QList>
#include <QWidget>

class QAction;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace sw::ui {

class CaseFindingsModel;
class CitizenFindingsSource;
class ErrorPanel;

// The complaint form beside the complaints list: who complains about which provider, when and how
// the complaint arrived and what the citizen says; then its verification against the data (§5.2):
// the findings it is checked against, the inspector's notes and the outcome. The form edits a copy;
// the page stores it (saveRequested). Findings are linked from a scan file, from the findings page,
// or picked from the citizen's own findings, ticked in a list under the linked ones (issue 17).
class ComplaintForm : public QWidget
{
    Q_OBJECT
public:
    // `clock`: the day or time a new entry starts from.
    explicit ComplaintForm(const Clock &clock, QWidget *parent = nullptr);

    // An empty form for a new complaint, with what is known already.
    void showNew(const QString &citizenId = {}, const QString &provider = {});
    // A stored complaint; its citizen id is shown masked (§1.7) and cannot be changed.
    void showComplaint(const casebook::Complaint &complaint);
    // The complaint as edited.
    casebook::Complaint complaint() const;
    bool isNew() const { return m_current.id == 0; }
    // The version the edit started from (Complaint::version); adoptVersion() moves it to another
    // desk's newer one, the fields as typed, once the person has seen theirs and keeps their own.
    int loadedVersion() const { return m_current.version; }
    void adoptVersion(int version) { m_current.version = version; }
    qint64 complaintId() const { return m_current.id; }
    // Links findings to the complaint shown (those already linked are skipped); how many were new.
    int addFindings(const QList<rules::Finding> &findings);
    // Where the citizen's findings to pick from come from (not owned; none: no list to pick from).
    void setCitizenFindingsSource(CitizenFindingsSource *source);
    // Looks the citizen's findings up again (a scan saved, the registry opened or closed).
    void refreshCandidates();
    // Shows what stops the complaint from being saved, or hides the message when empty.
    void showProblems(const QStringList &problems);
    void showError(const sw::Error &error);
    // Stored complaints tied to signed minutes cannot change: the form becomes read-only.
    void setReadOnly(bool readOnly);

    // For tests.
    QLineEdit *citizenField() const { return m_citizen; }
    QComboBox *providerField() const { return m_provider; }
    QDateTimeEdit *receivedField() const { return m_received; }
    QComboBox *channelField() const { return m_channel; }
    QPlainTextEdit *statementField() const { return m_statement; }
    QPlainTextEdit *notesField() const { return m_notes; }
    QComboBox *outcomeField() const { return m_outcome; }
    QPushButton *saveButton() const { return m_save; }
    CaseFindingsModel *findingsModel() const { return m_findings; }
    // The citizen's findings of the complaint's provider, ticked when linked.
    CaseFindingsModel *candidatesModel() const { return m_candidates; }
    QTableView *candidatesView() const { return m_candidatesView; }
    QString candidatesNote() const;

Q_SIGNALS:
    void saveRequested();
    void closeRequested();
    // The citizen's full id (the citizen page masks it until someone gives a reason).
    void citizenTimelineRequested(const QString &citizenId);

private:
    void addFindingsFromFile();
    void removeSelectedFinding();
    void updateTitle();
    // The citizen's findings (ComplaintFormPicking.cpp).
    void setUpPicking();
    void lookUpCitizen();
    void showCandidates();
    void candidateToggled(const rules::Finding &finding, bool checked);

    Clock m_clock;
    casebook::Complaint m_current;
    bool m_readOnly = false;
    QLabel *m_title;
    ErrorPanel *m_problems;
    QLineEdit *m_citizen;
    QComboBox *m_provider;
    QDateTimeEdit *m_received;
    QComboBox *m_channel;
    QPlainTextEdit *m_statement;
    CaseFindingsModel *m_findings;
    QTableView *m_findingsView;
    QPushButton *m_addFindings;
    QPushButton *m_removeFinding;
    CitizenFindingsSource *m_source = nullptr;
    CaseFindingsModel *m_candidates;
    QTableView *m_candidatesView;
    QLabel *m_candidatesNote;
    QWidget *m_candidatesBox;
    QString m_candidatesCitizen; // whose findings m_allCandidates are (full id; never shown)
    QList<rules::Finding> m_allCandidates;
    QString m_candidatesOrigin; // where they came from; empty until the answer is there
    QString m_candidatesOriginDetail;
    quint64 m_lookUp = 0; // the latest look-up; older answers are dropped
    QPlainTextEdit *m_notes;
    QComboBox *m_outcome;
    QPushButton *m_save;
    QPushButton *m_timeline;
    QPushButton *m_close;
};

} // namespace sw::ui
