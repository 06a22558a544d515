#include "findings/LiveWatchRunner.h"

#include "findings/CitizenDistricts.h"
#include "registry/RegistryConnection.h"

#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcLiveWatch, "signwatch.ui.live")

namespace sw::ui {

// Lives in the runner's thread: the watch, a connection of its own for the findings' districts,
// and the id of the watch's scan in the store. Every call comes through the thread's event loop.
class LiveWatchRunner::Worker : public QObject
{
public:
    Worker(findings::FindingsStore &store, connection::ConnectionSpec spec,
           connection::Credentials credentials, rules::WatchOptions options, const std::atomic<bool> *cancel)
        : m_cancel(cancel),
          m_store(store),
          m_spec(std::move(spec)),
          m_credentials(std::move(credentials)),
          m_options(std::move(options))
    { }

    Result<LivePoll> start(qint64 now, const std::optional<rules::Watermark> &resume)
    {
        if (!m_watch)
            m_watch = std::make_unique<rules::LiveWatch>(m_spec, m_credentials, m_options);
        auto report = m_watch->start(now, resume, m_cancel);
        if (!report)
            return report.error();
        LivePoll step = stepOf(*report);
        if (auto saved = saveWhole(*report, now); saved)
            step.scan = *saved;
        else
            step.storeError = saved.error();
        return step;
    }

    Result<LivePoll> poll(qint64 now, const QMap<QString, qint64> &exclusions)
    {
        m_watch->setCaseworkExclusions(exclusions);
        auto report = m_watch->poll(now, m_cancel);
        if (!report)
            return report.error();
        LivePoll step = stepOf(*report);
        auto saved = m_scanId == 0 ? saveWhole(*report, now) : saveChanges(*report);
        if (saved) {
            step.scan = *saved;
        } else {
            // The whole set goes to the store again at the next poll.
            m_scanId = 0;
            step.storeError = saved.error();
        }
        return step;
    }

    // Closes the registry connections here, in the thread that opened them.
    void close()
    {
        m_watch.reset();
        m_registry.reset();
    }

private:
    LivePoll stepOf(const rules::PollReport &report) const
    {
        LivePoll step;
        step.asOf = report.asOf;
        step.events = report.events;
        step.watermark = m_watch->watermark();
        step.changedRows = report.changedRows;
        step.fullScan = report.fullScan;
        step.elapsedMs = report.elapsedMs;
        return step;
    }

    Result<registry::RegistryConnection *> registry()
    {
        if (!m_registry) {
            auto opened = registry::RegistryConnection::open(m_spec, m_credentials);
            if (!opened)
                return opened.error();
            m_registry = std::move(*opened);
        }
        return m_registry.get();
    }

    Result<QHash<QString, QString>> districtsOf(const QList<rules::Finding> &findings)
    {
        QSet<QString> citizens;
        for (const rules::Finding &f : findings)
            if (f.citizenId)
                citizens.insert(*f.citizenId);
        if (citizens.isEmpty())
            return QHash<QString, QString>();
        auto conn = registry();
        if (!conn)
            return conn.error();
        auto districts = findings::citizenDistricts((*conn)->database(), citizens.values());
        if (!districts)
            m_registry.reset(); // opened again next time
        return districts;
    }

    // The watch's whole set as a new scan of the registry.
    Result<findings::ScanRecord> saveWhole(const rules::PollReport &report, qint64 startedAt)
    {
        const QList<rules::Finding> current = m_watch->findings();
        auto districts = districtsOf(current);
        if (!districts)
            return districts.error();
        auto conn = registry();
        if (!conn)
            return conn.error();
        auto certificates = findings::certificateCount((*conn)->database());
        if (!certificates) {
            m_registry.reset();
            return certificates.error();
        }
        findings::ScanToSave scan;
        scan.registryKey = m_spec.registryKey();
        scan.asOf = report.asOf;
        scan.startedAt = startedAt;
        scan.elapsedMs = report.elapsedMs;
        scan.thresholds = m_options.thresholds.values();
        scan.certificates = *certificates;
        auto saved = m_store.saveScan(scan, current, *districts);
        if (saved)
            m_scanId = saved->id;
        return saved;
    }

    // The poll's events applied to the watch's scan (only its as-of time moves when there is none).
    Result<findings::ScanRecord> saveChanges(const rules::PollReport &report)
    {
        QList<rules::Finding> resolved, added;
        for (const rules::WatchEvent &event : report.events)
            (event.kind == rules::WatchEvent::Kind::New ? added : resolved).append(event.finding);
        auto districts = districtsOf(added);
        if (!districts)
            return districts.error();
        return m_store.updateScan(m_scanId, report.asOf, resolved, added, *districts);
    }

    const std::atomic<bool> *m_cancel;
    findings::FindingsStore &m_store;
    const connection::ConnectionSpec m_spec;
    const connection::Credentials m_credentials;
    const rules::WatchOptions m_options;
    std::unique_ptr<rules::LiveWatch> m_watch;
    std::unique_ptr<registry::RegistryConnection> m_registry;
    qint64 m_scanId = 0; // 0: the set is to be saved whole
};

LiveWatchRunner::LiveWatchRunner(findings::FindingsStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &LiveWatchRunner::tick);
}

LiveWatchRunner::~LiveWatchRunner()
{
    stop();
}

void LiveWatchRunner::start(const connection::ConnectionSpec &spec,
                            const connection::Credentials &credentials, const rules::WatchOptions &options,
                            const std::optional<rules::Watermark> &resume, std::chrono::milliseconds interval)
{
    if (m_thread)
        return;
    m_cancel = false;
    m_worker = new Worker(m_store, spec, credentials, options, &m_cancel);
    m_exclusions = options.caseworkExclusions;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("live-watch"));
    m_worker->moveToThread(m_thread);
    m_thread->start();
    m_resume = resume;
    m_started = false;
    m_busy = false;
    m_timer->setInterval(int(std::clamp<qint64>(interval.count(), 1, std::numeric_limits<int>::max())));
    m_timer->start();
    tick(); // the first full scan at once
}

void LiveWatchRunner::stop()
{
    m_timer->stop();
    if (!m_thread)
        return;
    ++m_generation; // what the worker still reports is dropped
    m_cancel = true; // a full scan in flight ends early
    // Queued behind a step in flight: the connections close in their own thread once it is done.
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
    delete m_thread;
    m_worker = nullptr;
    m_thread = nullptr;
    m_busy = false;
    m_started = false;
    qCInfo(lcLiveWatch) << "live watch stopped after" << m_steps << "steps";
}

void LiveWatchRunner::setCaseworkExclusions(const QMap<QString, qint64> &exclusions)
{
    m_exclusions = exclusions;
}

void LiveWatchRunner::tick()
{
    if (!m_thread || m_busy)
        return; // a slow step is not doubled
    m_busy = true;
    ++m_steps;
    const qint64 now = m_clock.secsSinceEpoch();
    const bool first = !m_started;
    const quint64 generation = m_generation;
    Worker *worker = m_worker;
    auto reply = [this, first, generation](Result<LivePoll> result) {
        QMetaObject::invokeMethod(
            this,
            [this, first, generation, result = std::move(result)]() mutable {
                if (generation == m_generation)
                    stepDone(std::move(result), first);
            },
            Qt::QueuedConnection);
    };
    if (first) {
        QMetaObject::invokeMethod(
            worker, [worker, now, resume = m_resume, reply] { reply(worker->start(now, resume)); },
            Qt::QueuedConnection);
    } else {
        QMetaObject::invokeMethod(
            worker, [worker, now, exclusions = m_exclusions, reply] { reply(worker->poll(now, exclusions)); },
            Qt::QueuedConnection);
    }
}

void LiveWatchRunner::stepDone(Result<LivePoll> result, bool first)
{
    m_busy = false;
    if (!result) {
        qCInfo(lcLiveWatch) << (first ? "live watch could not start:" : "poll failed:")
                            << result.error().message;
        Q_EMIT failed(result.error());
        return;
    }
    if (result->storeError)
        qCWarning(lcLiveWatch) << "findings store not brought up to date:" << result->storeError->message;
    if (first) {
        m_started = true;
        m_resume.reset();
        Q_EMIT started(*result);
    } else {
        Q_EMIT polled(*result);
    }
}

} // namespace sw::ui
