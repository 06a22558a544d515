#pragma once

#include "findings/FindingsExport.h"
#include "findings/FindingsStore.h"
#include "rules/Thresholds.h"
#include "statistics/Filter.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

class EmptyStateWidget;
class ErrorPanel;
class FilterBar;
class FindingDetailPane;
class FindingsModel;
class LiveNotifier;
class LiveWatchRunner;
class ScanRunner;
struct LivePoll;

// "Phát hiện vi phạm": runs a scan of the open registry (off the GUI thread, with progress and
// cancel), keeps its findings in the console's findings store, and lists the latest stored scan
// of the registry, filtered and sorted in the store, with a detail pane (Enter opens, Esc closes)
// and export with masked ids (Ctrl+E). Its "Live" switch keeps the list current instead
// (issue 16): a live watch in a worker thread polls the registry, rows come and go as findings
// become true or stop being true, a counter tells how many are new and a desktop notification
// announces them.
class FindingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { NoRegistry, NoScan, Content };

    FindingsPage(registry::RegistrySession &session, settings::Settings &settings,
                 findings::FindingsStore &store, const Clock &clock, QWidget *parent = nullptr);
    ~FindingsPage() override;

    View view() const;
    // For the main window's menus: "Scan the registry" and "Export findings…" (Ctrl+E).
    QAction *scanAction() const { return m_scanAction; }
    QAction *exportAction() const { return m_exportAction; }

    bool isScanning() const;
    // The live switch is on (the watch may still be in its first scan, or between failed polls).
    bool isLive() const;
    QToolButton *liveButton() const { return m_liveButton; }
    LiveWatchRunner *liveRunner() const { return m_live; }
    QString liveCounterText() const;
    QString liveStatusText() const;
    // Where new findings are announced (not owned; may be none).
    void setNotifier(LiveNotifier *notifier) { m_notifier = notifier; }
    // Selects a finding of the scan shown, by rule and subject (clearing the filters when they
    // hide it); false when the scan does not have it.
    bool selectFinding(const sw::rules::Finding &finding);
    std::optional<findings::ScanRecord> currentScan() const { return m_scan; }
    FindingsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    FilterBar *filterBar() const { return m_filterBar; }
    FindingDetailPane *detailPane() const { return m_detail; }
    ErrorPanel *messagePanel() const { return m_message; }
    bool isDetailOpen() const;
    bool onlyNew() const;
    void setOnlyNew(bool onlyNew);
    QString countsText() const;
    QString scanSummary() const;

    // Writes the selected findings (or all the filtered ones) to `path`, ids masked.
    Result<qint64> exportFindings(const QString &path, findings::FindingsExport::Format format,
                                  bool selectedOnly);

    // §5.3: where the scan learns the exclusions decided in casework (EXCLUDED_PROVIDER); asked
    // at the start of each scan.
    void setCaseworkExclusions(std::function<QMap<QString, qint64>()> source);
    // Exclusions decided in casework while the live watch runs: its next poll judges with them.
    void updateCaseworkExclusions(const QMap<QString, qint64> &exclusions);
    // The thresholds in the settings changed: the summary says when the scan on show used others.
    void thresholdsChanged();
    // Issue 13: opening a case needs the inspector role; without it the button is greyed, `why`
    // its tooltip.
    void setCaseworkAllowed(bool allowed, const QString &why);
    QPushButton *caseworkButton() const { return m_caseworkButton; }

    // Splitter, columns and filters, for the settings.
    QByteArray saveState() const;
    void restoreState(const QByteArray &state);

public Q_SLOTS:
    // Drill-down from the dashboard: applies `filter` and gives the table the keyboard.
    void showFindings(const sw::statistics::Filter &filter);
    void startScan();
    void cancelScan();
    // Turns the live watch on or off (as the switch does).
    void setLive(bool live);
    // Shows the current row's detail (Enter) / hides it (Esc).
    void openDetail();
    void closeDetail();
    void showExportDialog();
    // Shows the registry's latest stored scan again (no rescan).
    void reloadStoredScan();
    // The store's case marks changed (issue 17, FindingsPageCases.cpp): the list, the Case column,
    // the counts and the open detail follow.
    void caseMarksChanged();

Q_SIGNALS:
    void scanStarted();
    // A scan of the open registry was saved: its as-of time (seconds since the epoch, UTC), its
    // number of findings and how long it took.
    void scanFinished(qint64 asOf, qint64 findings, qint64 elapsedMs);
    // The findings shown changed (a scan saved, or another registry's scans loaded).
    void findingsChanged();
    // "Send to casework": the selected findings, all of one provider.
    void caseworkRequested(const QString &provider, const QList<sw::rules::Finding> &findings);
    // The live watch's first scan (or catch-up) ended, and each of its polls: the registry as of `asOf`.
    void livePolled(qint64 asOf);
    // A notification of new findings was clicked: the window is brought forward, the page is to be shown.
    void notificationClicked();

private:
    void showScan(const std::optional<findings::ScanRecord> &scan);
    void applyQuery();
    void updateCounts();
    void updateSummary();
    void updateActions();
    void fitColumns();
    std::optional<QString> selectedProvider() const;
    void sendSelectedToCasework();
    void setScanningUi(bool scanning);
    void scanSucceeded(const findings::ScanRecord &scan);
    void scanFailed(const sw::Error &error);
    void showError(const sw::Error &error);
    void currentRowChanged();
    Result<void> ensureStoreOpen();
    std::optional<QString> registryKey() const;
    rules::Thresholds thresholds() const;
    // The live watch (FindingsPageLive.cpp).
    void setUpLive();
    void updateLiveTip();
    void startLive();
    void stopLive();
    void liveStepped(const LivePoll &step);
    void liveFailed(const sw::Error &error);
    void announce(const QList<sw::rules::Finding> &fresh);
    void openNotifiedFinding(const sw::rules::Finding &finding);
    void updateLiveCounter();
    void showDetailCase();

    registry::RegistrySession &m_session;
    settings::Settings &m_settings;
    findings::FindingsStore &m_store;
    Clock m_clock;
    ScanRunner *m_runner;
    LiveWatchRunner *m_live;
    LiveNotifier *m_notifier = nullptr;
    qint64 m_liveSince = 0; // when the switch was turned on
    qint64 m_liveNew = 0; // new findings since then
    FindingsModel *m_model;
    std::optional<findings::ScanRecord> m_scan;
    std::function<QMap<QString, qint64>()> m_exclusions;

    QAction *m_scanAction;
    QAction *m_exportAction;
    FilterBar *m_filterBar;
    QCheckBox *m_onlyNew;
    QPushButton *m_scanButton;
    QToolButton *m_liveButton;
    QLabel *m_liveCounter;
    QLabel *m_liveStatus;
    QPushButton *m_exportButton;
    QPushButton *m_caseworkButton;
    bool m_caseworkAllowed = true;
    // The columns are fitted to the first findings shown, unless remembered widths were restored.
    bool m_columnsFitted = false;
    QString m_caseworkTip;
    QLabel *m_counts;
    QLabel *m_summary;
    QWidget *m_progressRow;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QPushButton *m_cancelButton;
    ErrorPanel *m_message;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_noRegistry;
    EmptyStateWidget *m_noScan;
    QSplitter *m_splitter;
    QTableView *m_table;
    FindingDetailPane *m_detail;
    QTimer *m_ageTimer;
};

} // namespace sw::ui
