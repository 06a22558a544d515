#pragma once

#include "connection/ConnectionSpec.h"
#include "connection/Credentials.h"
#include "findings/FindingsStore.h"
#include "rules/ScanEngine.h"
#include "util/Clock.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <functional>

class QThread;

namespace sw::ui {

// Runs a scan off the GUI thread: the rules (rules::ScanEngine, its own connections), then the
// districts of the findings' citizens (one more read-only connection), then one transaction in
// the findings store. Progress and the end come back as signals on the runner's thread. A
// cancelled or failed scan saves nothing.
class ScanRunner : public QObject
{
    Q_OBJECT
public:
    // `clock` dates the scans.
    ScanRunner(findings::FindingsStore &store, const Clock &clock, QObject *parent = nullptr);
    // Cancels a running scan and waits for its thread.
    ~ScanRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // Starts a scan; does nothing while one runs.
    void start(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
               const rules::ScanOptions &options);
    // Asks the running scan to stop; it ends with failed(Kind::Cancelled).
    void cancel();
    // Called first in the worker thread of each scan. Tests hold a scan there, so that a cancel
    // lands before the scan could end by itself (a small registry scans in milliseconds).
    void setWorkerGate(std::function<void()> gate) { m_workerGate = std::move(gate); }

Q_SIGNALS:
    // Steps done of all (the rules' steps, then saving), and what was done last, in words.
    void progress(int done, int total, const QString &step);
    void finished(const sw::findings::ScanRecord &scan);
    void failed(const sw::Error &error);

private:
    void threadDone(Result<findings::ScanRecord> result);

    findings::FindingsStore &m_store;
    Clock m_clock;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel {false};
    std::function<void()> m_workerGate;
};

} // namespace sw::ui

Q_DECLARE_METATYPE(sw::findings::ScanRecord)
