#pragma once

#include "util/Result.h"

#include <QStackedWidget>

class QLabel;

namespace sw::ui {

class EmptyStateWidget;
class ErrorPanel;

// The body of a page that reads the open registry (the overview, the citizen look-up): the page's
// own views, and in their place the states every such page passes through. The three are the
// stack's first pages, in this order; the page inserts or adds its views around them.
// - No registry open: an empty state, whose texts and "Connect…" button the page sets.
// - Loading: what is being read, over a busy bar (the database gives no progress).
// - Error: what went wrong with its details, and a button for the next step (retryRequested).
// Only the answer to the latest request reaches the page (requestLatest).
class RegistryStateStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit RegistryStateStack(QWidget *parent = nullptr);

    EmptyStateWidget *noRegistryState() const { return m_noRegistry; }
    ErrorPanel *errorPanel() const { return m_error; }
    QString loadingText() const;

    void showNoRegistry();
    void showLoading(const QString &what);
    // `actionText` names the error button's next step ("Try again"); empty hides the button.
    void showError(const sw::Error &error, const QString &actionText);

    // RegistrySession::request, whose `done` is called only when no newer request (nor
    // dropRequests()) came meanwhile: a page that asked again shows the answer it asked for last.
    template<typename T, typename Session, typename Job, typename Done>
    void requestLatest(Session &session, QObject *context, Job job, Done done)
    {
        const quint64 serial = ++m_serial;
        session.template request<T>(context, std::move(job),
                                    [this, serial, done = std::move(done)](Result<T> result) mutable {
                                        if (serial == m_serial)
                                            done(std::move(result));
                                    });
    }
    // Answers on their way are of no use any more (the registry was closed or replaced).
    void dropRequests() { ++m_serial; }

Q_SIGNALS:
    // The error's button was pressed.
    void retryRequested();

private:
    EmptyStateWidget *m_noRegistry;
    QWidget *m_loading;
    QLabel *m_loadingText;
    QWidget *m_errorState;
    ErrorPanel *m_error;
    quint64 m_serial = 0;
};

} // namespace sw::ui
