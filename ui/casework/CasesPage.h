#pragma once

#include "casework/CaseworkListPage.h"
#include "rules/Finding.h"
#include "settings/SigningProfile.h"

#include <QList>
#include <QMap>

#include <functional>

class QAction;
class QSplitter;

namespace sw::casebook {
class AuditLog;
class CaseDocuments;
class Cases;
class Complaints;
struct CaseRecord;
} // namespace sw::casebook
namespace sw::registry {
class RegistrySession;
}

namespace sw::publishing {
class Publisher;
}

namespace sw::ui {

class CaseDetailPane;
class CasesModel;

// "Hồ sơ vụ việc": cases gathering findings and complaints against one provider, and their way
// through §5.3 — established, minutes drawn up and signed, the announcement published, the
// provider excluded — or dismissed with a reason. The moves allowed from the current status are
// the detail pane's buttons (the others hidden); a move the casebook refuses shows its reason.
// Signing, publishing and excluding ask once, in plain words, what will happen.
//
// With a publisher, "Publish" queues the case's signed announcement in the outbox and the case
// turns published when the portal confirms it (Publisher::publicationConfirmed, handled here).
// Without one (publishing not set up), it asks for the reference of an announcement published by
// other means.
class CasesPage : public CaseworkListPage
{
    Q_OBJECT
public:
    CasesPage(casebook::Cases &cases, casebook::Complaints &complaints, casebook::CaseDocuments &documents,
              casebook::AuditLog &audit, publishing::Publisher *publisher, QWidget *parent = nullptr);
    ~CasesPage() override;

    // For the main window's menus ("Case" menu): the moves and the rest.
    QAction *establishAction() const { return m_establishAction; }
    QAction *dismissAction() const { return m_dismissAction; }
    QAction *draftMinutesAction() const { return m_draftMinutesAction; }
    QAction *signMinutesAction() const { return m_signMinutesAction; }
    QAction *publishAction() const { return m_publishAction; }
    QAction *exclusionAction() const { return m_exclusionAction; }
    QAction *attachComplaintsAction() const { return m_attachAction; }
    QAction *openDocumentsAction() const { return m_documentsAction; }
    QAction *exportAction() const { return m_exportAction; }
    QList<QAction *> moveActions() const;
    // The person's signing profile (Settings), read at each signing; none: signed on paper.
    void setSigningProfileSource(std::function<settings::SigningProfile()> source)
    {
        m_signingProfile = std::move(source);
    }
    // The console's registry: when it is open, minutes drawn up here get their duplicates' earlier
    // certificates from it (§1.4, read-only) before the editor shows them.
    void setRegistrySession(registry::RegistrySession *session) { m_registry = session; }

    CasesModel *model() const { return m_model; }
    CaseDetailPane *detailPane() const { return m_detail; }
    bool isDetailOpen() const;
    qint64 shownCaseId() const;

public Q_SLOTS:
    // From the findings page's "Send to casework": opens a case of `provider` with `findings`
    // (only that provider's are taken) and shows it.
    void createCaseFromFindings(const QString &provider, const QList<sw::rules::Finding> &findings);
    void showCase(qint64 caseId);
    void openSelected(); // Enter
    void closeDetail(); // Esc
    void showExportDialog();

    void establish();
    void dismiss();
    void drawUpMinutes();
    void signMinutes();
    void publish();
    void recordExclusion();
    void attachComplaints();

Q_SIGNALS:
    void caseOpened(qint64 caseId);
    // The case's status, documents or contents changed (the documents page reloads).
    void caseChanged(qint64 caseId);
    // "Open the documents": the lead shows the minutes & announcements page on this document.
    void documentRequested(qint64 documentId);
    // Exclusions recorded (§5.3), provider → from (seconds UTC), for later scans and the citizen page.
    void exclusionsChanged(const QMap<QString, qint64> &exclusions);

private:
    void applyFilter() override;
    void showError(const sw::Error &error) override;
    void updateActions();
    void refreshDetail();
    // After a move: the message, the list and the pane again.
    void moved(const Result<casebook::CaseRecord> &result, const QString &done);
    const casebook::CaseRecord *current() const;
    void publicationConfirmed(qint64 publicationId, const QString &reference);

    casebook::Cases &m_cases;
    casebook::Complaints &m_complaints;
    casebook::CaseDocuments &m_documents;
    std::function<settings::SigningProfile()> m_signingProfile;
    registry::RegistrySession *m_registry = nullptr;
    casebook::AuditLog &m_audit;
    publishing::Publisher *m_publisher;
    CasesModel *m_model;
    QAction *m_establishAction;
    QAction *m_dismissAction;
    QAction *m_draftMinutesAction;
    QAction *m_signMinutesAction;
    QAction *m_publishAction;
    QAction *m_exclusionAction;
    QAction *m_attachAction;
    QAction *m_documentsAction;
    QAction *m_exportAction;
    QSplitter *m_splitter;
    CaseDetailPane *m_detail;
    qint64 m_shown = 0; // the case in the detail pane
};

} // namespace sw::ui
