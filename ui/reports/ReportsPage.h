#pragma once

#include "reports/ReportData.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QList>
#include <QPixmap>
#include <QVariantMap>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTimer;
class QVBoxLayout;

namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class Settings;
}
namespace sw::findings {
class FindingsStore;
}
namespace sw::casebook {
class Casebook;
}

namespace sw::ui {

class ErrorPanel;
class FilterBar;

// "Báo cáo": the Department's periodic report (BÁO CÁO, BC-STTTT). The supervisor picks the period
// and optionally a district, fills in the document's own data and texts (number, date, subject,
// signer, recipients, introduction, assessment, proposals), previews the pages and exports the PDF.
// The figures are counted on the registry session's worker (progress, cancel); the casebook's
// summary is read here (the casebook lives on this thread). Everything typed is kept in the settings
// ("reports/draft"): after an export, the next report starts with the next number and the next
// period of the same kind, and the same texts to edit.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    ReportsPage(registry::RegistrySession &session, settings::Settings &settings,
                findings::FindingsStore &findings, const Clock &clock, QWidget *parent = nullptr);
    ~ReportsPage() override;

    // Optional: without a casebook, parts IV and V say none was given.
    void setCasebook(casebook::Casebook *casebook);

    FilterBar *filterBar() const { return m_filterBar; }
    // Counts the figures and shows the pages (the "Preview" button).
    void preview();
    // Counts the figures if needed and writes the PDF to `path` (the "Export PDF…" button after its
    // file dialog). Ends with exported() or failed().
    void exportPdf(const QString &path);
    void cancel();
    void print(); // the system's print dialog
    bool isBusy() const { return m_busy; }
    int previewPageCount() const { return int(m_pages.size()); }
    // The report as last counted (tests).
    const std::optional<reports::ReportData> &lastReport() const { return m_report; }

    // What the settings keep; public for tests.
    QVariantMap saveState() const;
    void restoreState(const QVariantMap &state);

Q_SIGNALS:
    void previewReady(int pages);
    void exported(const QString &path, int pages);
    void printed(int pages);
    void failed(const sw::Error &error);

private:
    enum class After { Preview, Export, Print };
    void build(After after, const QString &path = {});
    void finished(Result<reports::ReportData> result, After after, const QString &path);
    // Which of the console's stores the figures came from, or which part is left out (the status).
    QString sourcesLine(const reports::ReportData &data) const;
    // The assessment and proposals drafted from `counted` (ReportDraft) into the text boxes.
    void fillDraft(const reports::ReportData &counted);
    void showPages(const QList<QImage> &pages);
    void setBusy(bool busy);
    void persist();
    // The issuing body of a report dated as the date field says, in the line under it.
    void showIssuer();
    void setDefaultPeriod(const QDate &day); // the month holding `day`
    void chooseExportFile();
    QString fileName() const; // bao-cao-01-2024-03.pdf
    reports::ReportMeta meta() const;
    reports::ReportTexts texts() const;

    registry::RegistrySession &m_session;
    settings::Settings &m_settings;
    findings::FindingsStore &m_findings;
    Clock m_clock;
    casebook::Casebook *m_casebook = nullptr;

    FilterBar *m_filterBar = nullptr;
    QSpinBox *m_number = nullptr;
    QDateEdit *m_issued = nullptr;
    QLabel *m_issuerLine = nullptr; // which body issues a report of that date, and why
    QLineEdit *m_subject = nullptr;
    QLineEdit *m_authority = nullptr;
    QLineEdit *m_signerTitle = nullptr;
    QLineEdit *m_signerName = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QPlainTextEdit *m_introduction = nullptr;
    QPlainTextEdit *m_assessment = nullptr;
    QPlainTextEdit *m_proposals = nullptr;
    QPushButton *m_previewButton = nullptr;
    QPushButton *m_draftButton = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    ErrorPanel *m_error = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_pagesHost = nullptr;
    QVBoxLayout *m_pagesLayout = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_stale = nullptr; // the preview is of another period
    bool m_periodIsDefault = false; // no period chosen yet: the last month with records
    bool m_settingDefaultPeriod = false;
    QTimer *m_progressTimer = nullptr;
    QTimer *m_persistTimer = nullptr;

    bool m_busy = false;
    std::shared_ptr<std::atomic_bool> m_cancelled;
    std::shared_ptr<std::atomic_int> m_step;
    std::optional<reports::ReportData> m_report;
    QList<QImage> m_pages;
    bool m_restoring = false;
    std::optional<QVariantMap> m_nextState; // after an export: what the next report starts from
};

} // namespace sw::ui
