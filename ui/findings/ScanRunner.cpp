#include "findings/ScanRunner.h"

#include "findings/CitizenDistricts.h"
#include "registry/RegistryConnection.h"
#include "rules/RuleCatalogue.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>

Q_LOGGING_CATEGORY(lcScanRunner, "signwatch.ui.scan")

namespace sw::ui {

ScanRunner::ScanRunner(findings::FindingsStore &store, const Clock &clock, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock)
{ }

ScanRunner::~ScanRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

void ScanRunner::cancel()
{
    if (m_thread)
        m_cancel = true;
}

void ScanRunner::start(const connection::ConnectionSpec &spec, const connection::Credentials &credentials,
                       const rules::ScanOptions &options)
{
    if (m_thread)
        return;
    m_cancel = false;
    // The worker reports through queued calls on this object: dropped if it is gone.
    auto report = [this](int done, int total, const QString &step) {
        QMetaObject::invokeMethod(
            this, [this, done, total, step] { Q_EMIT progress(done, total, step); }, Qt::QueuedConnection);
    };
    const QString savingStep = tr("Looking up districts and saving the findings…");
    m_thread = QThread::create([this, spec, credentials, options, report, savingStep, gate = m_workerGate,
                                clock = m_clock] {
        if (gate)
            gate();
        const qint64 startedAt = clock.secsSinceEpoch();
        rules::ScanOptions run = options;
        if (!run.asOf)
            run.asOf = startedAt; // "now": the registry as the scan starts
        QElapsedTimer timer; // the whole job, as the user waits for it
        timer.start();
        auto finish = [this](Result<findings::ScanRecord> result) {
            QMetaObject::invokeMethod(
                this, [this, result = std::move(result)]() mutable { threadDone(std::move(result)); },
                Qt::QueuedConnection);
        };
        int steps = 0;
        const rules::ScanEngine engine(spec, credentials);
        auto scanned = engine.run(
            run,
            [&](int done, int total, const QString &rule) {
                steps = total + 1; // and saving
                report(done, steps, tr("Rule %1 checked").arg(rules::ruleDisplayNames(rule)));
            },
            &m_cancel);
        if (!scanned)
            return finish(scanned.error());
        report(qMax(steps - 1, 0), qMax(steps, 1), savingStep);

        // The districts of the findings' citizens, for filtering by district.
        auto connection = registry::RegistryConnection::open(spec, credentials);
        if (!connection)
            return finish(connection.error());
        QSet<QString> citizens;
        for (const rules::Finding &f : scanned->findings)
            if (f.citizenId)
                citizens.insert(*f.citizenId);
        auto districts = findings::citizenDistricts((*connection)->database(), citizens.values(), &m_cancel);
        if (!districts)
            return finish(districts.error());
        auto certificates = findings::certificateCount((*connection)->database());
        if (!certificates)
            return finish(certificates.error());
        connection->reset();
        if (m_cancel)
            return finish(Error::make(tr("The scan was cancelled."), {}, Error::Kind::Cancelled));

        findings::ScanToSave scan;
        scan.registryKey = spec.registryKey();
        scan.asOf = scanned->asOf;
        scan.startedAt = startedAt;
        scan.elapsedMs = timer.elapsed();
        scan.thresholds = options.thresholds.values();
        scan.rules = options.rules;
        scan.certificates = *certificates;
        finish(m_store.saveScan(scan, scanned->findings, *districts));
    });
    m_thread->setObjectName(QStringLiteral("scan"));
    m_thread->start();
}

void ScanRunner::threadDone(Result<findings::ScanRecord> result)
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    if (result) {
        Q_EMIT finished(*result);
        return;
    }
    qCInfo(lcScanRunner) << "scan ended without findings:" << result.error().message;
    Q_EMIT failed(result.error());
}

} // namespace sw::ui
