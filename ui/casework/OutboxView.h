#pragma once

#include "publishing/Outbox.h"
#include "util/Result.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QStackedWidget;
class QTableView;

namespace sw::publishing {
class Publisher;
}

namespace sw::ui {

class EmptyStateWidget;
class ErrorPanel;
class OutboxModel;

// "Publications to the portal", a section of the minutes & announcements page: what waits to be
// sent to the Department's portal, what it published and what it refused, with the reason of the
// selected one (its technical cause under Details), "Retry now" for one that waits, "Retry" and
// "Discard…" for one the portal refused.
class OutboxView : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxView(publishing::Publisher &publisher, QWidget *parent = nullptr);

    OutboxModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QAction *retryNowAction() const { return m_retryNowAction; }
    QAction *retryAction() const { return m_retryAction; }
    QAction *discardAction() const { return m_discardAction; }
    // The line counting waiting, refused and published publications.
    QString summary() const;
    bool isEmptyStateShown() const;

    // Reads the outbox and the publisher's set-up again.
    void refresh();
    void selectPublication(qint64 id);
    qint64 selectedPublication() const; // 0 when none

    // Asked before discarding; the default asks with a message box. Tests answer themselves.
    void setDiscardConfirmation(std::function<bool(const publishing::Publication &)> confirm);

Q_SIGNALS:
    // "Open Settings" on the notice that publishing is not set up.
    void settingsRequested();

private:
    void updateActions();
    void updateSetupNotice();
    void showError(const Error &error);
    void retrySelected();
    void discardSelected();

    publishing::Publisher &m_publisher;
    OutboxModel *m_model;
    QLabel *m_summary;
    ErrorPanel *m_setupNotice;
    ErrorPanel *m_errorPanel;
    QStackedWidget *m_stack;
    EmptyStateWidget *m_empty;
    QTableView *m_table;
    ErrorPanel *m_reason;
    QAction *m_retryNowAction;
    QAction *m_retryAction;
    QAction *m_discardAction;
    std::function<bool(const publishing::Publication &)> m_confirmDiscard;
};

} // namespace sw::ui
