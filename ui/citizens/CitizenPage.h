#pragma once

#include "citizens/CitizenSearch.h"
#include "citizens/CitizenTimeline.h"
#include "rules/Thresholds.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;
class QToolButton;

namespace sw::casebook {
class AuditLog;
}
namespace sw::registry {
class RegistrySession;
}

namespace sw::ui {

class CitizenResultsModel;
class EmptyStateWidget;
class RegistryStateStack;
class TimelineModel;

// "Citizen look-up": an inspector finds a citizen by CCCD number, or by name and birth date, and
// sees everything Hue-S knows about them in time order (look-ups, requests, certificates) with
// the findings on each event and who holds the citizen under §1.4, as Hue-S stood at a chosen
// moment. The citizen's id is masked (§1.7) until the inspector gives a reason, which goes to the
// audit log first. Every registry query runs on the session's worker thread.
class CitizenPage : public QWidget
{
    Q_OBJECT
public:
    enum class View { NoRegistry, Prompt, Loading, Error, NoMatch, Results, Timeline };

    // `clock`: the as-of time when none is chosen.
    // `audit`: the casebook's audit log, where every unmasking is written first; none while no
    // casebook can be reached (unmasking is then refused, saying why).
    CitizenPage(registry::RegistrySession &session, casebook::AuditLog *audit, const Clock &clock,
                QWidget *parent = nullptr);
    void setAudit(casebook::AuditLog *audit);
    // Issue 13: unmasking needs the supervisor role; without it the button is greyed, `why` its tooltip.
    void setUnmaskAllowed(bool allowed, const QString &why);

    View view() const;
    // The rules' thresholds and the console's exclusions, as the findings page uses them.
    void setThresholds(const rules::Thresholds &thresholds);
    void setCaseworkExclusions(const QMap<QString, qint64> &exclusions);
    // The as-of time in use: nothing means now.
    std::optional<qint64> asOf() const;
    // The citizen whose timeline is shown (full id; empty when none) and whether it is unmasked.
    QString shownCitizenId() const { return m_citizenId; }
    bool isUnmasked() const { return !m_citizenId.isEmpty() && m_unmaskedId == m_citizenId; }

    QByteArray tableState() const;
    void restoreTableState(const QByteArray &state);

    // For tests and the main window.
    QLineEdit *searchField() const { return m_query; }
    QLineEdit *birthDateField() const { return m_birthDate; }
    QDateTimeEdit *asOfEdit() const { return m_asOfEdit; }
    QToolButton *nowButton() const { return m_now; }
    QPushButton *unmaskButton() const { return m_unmask; }
    QLabel *idLabel() const { return m_idLabel; }
    QLabel *holderLabel() const { return m_holder; }
    TimelineModel *timelineModel() const { return m_timeline; }
    CitizenResultsModel *resultsModel() const { return m_results; }
    QTableView *timelineView() const { return m_timelineView; }
    QTableView *resultsView() const { return m_resultsView; }

public Q_SLOTS:
    // Searches for what is typed in the search fields.
    void search();
    // Shows one citizen's timeline (e.g. from the findings page); `asOf` nothing means now and
    // keeps the page's current choice only when called with the same citizen.
    void showCitizen(const QString &citizenId, std::optional<qint64> asOf);
    // Nothing: now.
    void setAsOf(std::optional<qint64> asOf);
    // Loads again what is shown (F5).
    void refresh();
    // Opens the reason dialog; when accepted and the audit entry is written, shows the full id.
    void requestUnmask();
    void focusSearch();

Q_SIGNALS:
    void connectRequested();
    // A search ended with `count` matches; a timeline was shown (tests, status).
    void searchFinished(int count);
    void timelineShown();
    // The unmask was refused or written (tests).
    void unmaskFinished(bool unmasked);

private:
    void setView(View view);
    void showLoading(const QString &what);
    void showError(const Error &error);
    void showMatches(const QList<citizens::CitizenMatch> &matches);
    void loadTimeline();
    void showTimeline(const citizens::CitizenTimeline &timeline);
    void updateIdentity();
    void asOfEdited();
    void syncAsOfEdit();
    qint64 effectiveAsOf() const;

    registry::RegistrySession &m_session;
    casebook::AuditLog *m_audit;
    QString m_unmaskTip;
    Clock m_clock;
    rules::Thresholds m_thresholds;
    QMap<QString, qint64> m_exclusions;
    std::optional<qint64> m_asOf; // nothing: now
    QString m_citizenId;
    QString m_unmaskedId; // the citizen whose full id was shown with a reason
    bool m_hasResults = false;
    enum class Retry { Search, Timeline } m_retry = Retry::Search;

    QLineEdit *m_query;
    QLineEdit *m_birthDate;
    QPushButton *m_searchButton;
    QDateTimeEdit *m_asOfEdit;
    QToolButton *m_now;
    QTimer *m_asOfDebounce;
    RegistryStateStack *m_stack;
    EmptyStateWidget *m_prompt;
    EmptyStateWidget *m_noMatch;
    CitizenResultsModel *m_results;
    QTableView *m_resultsView;
    QLabel *m_resultsNote;
    TimelineModel *m_timeline;
    QTableView *m_timelineView;
    QLabel *m_name;
    QLabel *m_idLabel;
    QPushButton *m_unmask;
    QLabel *m_person;
    QLabel *m_holder;
    QLabel *m_summary;
    QLabel *m_notJudged;
    QPushButton *m_back;
};

} // namespace sw::ui
