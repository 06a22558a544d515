#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "findings/FindingsStore.h"
#include "rules/LiveWatch.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QMap>
#include <QObject>

#include <atomic>
#include <chrono>
#include <optional>

class QThread;
class QTimer;

namespace sw::ui {

// What one step of the live watch brought: the first full scan (or the catch-up from a stored
// watermark), or a poll.
struct LivePoll
{
    qint64 asOf = 0;
    QList<rules::WatchEvent> events; // resolved first, then new
    findings::ScanRecord scan; // the watch's scan in the findings store, brought to asOf
    rules::Watermark watermark; // where the watch stands now: stored to resume from
    int changedRows = 0;
    bool fullScan = false;
    qint64 elapsedMs = 0;
    // The findings store could not be brought up to date (the watch itself went on; the whole set
    // is saved again at the next poll).
    std::optional<Error> storeError;
};

// Runs a rules::LiveWatch in a worker thread of its own (its registry connections live and die
// there) and polls it on a timer. The first step saves the watch's set as a scan in the findings
// store; each poll then brings that scan forward with the findings that became true or stopped
// being true (FindingsStore::updateScan), so that the store always holds the set of a full scan
// at the last poll. A poll still running when the timer fires again is not doubled; a failed one
// (the connection dropped) is reported and tried again at the next tick, nothing lost.
class LiveWatchRunner : public QObject
{
    Q_OBJECT
public:
    // `clock` gives each poll's as-of time (read in the GUI thread).
    LiveWatchRunner(findings::FindingsStore &store, const Clock &clock, QObject *parent = nullptr);
    // Stops the watch and waits for its thread.
    ~LiveWatchRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // The watch's first full scan has ended well (polls follow).
    bool isStarted() const { return m_started; }
    // Starts the worker: the first full scan (or, with `resume`, the catch-up from it) at once,
    // then a poll every `interval`. Does nothing while running.
    void start(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
               const rules::WatchOptions &options, const std::optional<rules::Watermark> &resume,
               std::chrono::milliseconds interval);
    // Stops polling, waits for a step in flight, closes the registry connections in the worker's
    // thread and joins it. Nothing is reported afterwards.
    void stop();
    // §5.3: exclusions decided in casework since the start, for the next poll.
    void setCaseworkExclusions(const QMap<QString, qint64> &exclusions);
    // Steps asked of the worker so far (the first scan included).
    int stepCount() const { return m_steps; }

Q_SIGNALS:
    void started(const sw::ui::LivePoll &first);
    void polled(const sw::ui::LivePoll &poll);
    // The first scan or a poll failed; the next tick tries again.
    void failed(const sw::Error &error);

private:
    class Worker;
    void tick();
    void stepDone(Result<LivePoll> result, bool first);

    findings::FindingsStore &m_store;
    Clock m_clock;
    QTimer *m_timer;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    bool m_busy = false;
    bool m_started = false;
    int m_steps = 0;
    quint64 m_generation = 0; // moves on at each stop
    std::atomic<bool> m_cancel {false}; // set by stop(): the worker's step in flight ends early
    std::optional<rules::Watermark> m_resume;
    QMap<QString, qint64> m_exclusions;
};

} // namespace sw::ui
