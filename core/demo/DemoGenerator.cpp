#include "demo/DemoGenerator.h"

#include "demo/CampaignBuilder.h"
#include "demo/DemoMarker.h"
#include "demo/RegistryWriter.h"
#include "demo/ViolationPlanter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDemo, "signwatch.demo", QtInfoMsg)

namespace sw::demo {

namespace {
constexpr int kLoadPercent = 2; // tables created
constexpr int kIndexPercent = 88; // rows written; indexes and statistics follow

Error cancelled()
{
    return Error::make(QCoreApplication::translate("Demo", "Generation cancelled: nothing was written."), {},
                       Error::Kind::Cancelled);
}
} // namespace

Result<DemoSummary> generateDemoRegistry(registry::RegistryConnection &registry, const DemoOptions &options,
                                         const DemoProgress &progress)
{
    if (registry.mode() != registry::RegistryConnection::Mode::Write)
        return Error::make(
            QCoreApplication::translate("Demo", "The demo registry needs a connection that may write."), {},
            Error::Kind::InvalidInput);
    if (options.citizens < kMinimumDemoCitizens || options.citizens > kMaximumDemoCitizens)
        return Error::make(
            QCoreApplication::translate("Demo", "The number of citizens must be between %L1 and %L2.")
                .arg(kMinimumDemoCitizens)
                .arg(kMaximumDemoCitizens),
            {}, Error::Kind::InvalidInput);
    if (options.violationRate < 1 || options.violationRate > kMaximumViolationRate)
        return Error::make(QCoreApplication::translate("Demo", "The violation rate must be between 1 and %1.")
                               .arg(kMaximumViolationRate),
                           {}, Error::Kind::InvalidInput);
    auto report = [&](int percent, const QString &stage) { return !progress || progress(percent, stage); };

    QElapsedTimer timer;
    timer.start();
    if (!report(0, QCoreApplication::translate("Demo", "Creating tables")))
        return cancelled();
    std::unique_ptr<RegistryWriter> writer = RegistryWriter::create(registry);
    if (auto begun = writer->begin(options.replace); !begun)
        return begun.error();

    DemoSummary summary;
    CampaignBuilder builder(*writer, options, summary);
    ViolationPlanter planter(builder, summary);
    builder.writeProviders();

    // The planted cases are spread evenly over the citizens, in a shuffled order.
    const std::vector<ViolationPlanter::Scenario> plan
        = planter.schedule(options.citizens, options.violationRate);
    const qint64 total = options.citizens;
    const QString stage
        = QCoreApplication::translate("Demo", "Writing citizens, certificates, requests and look-ups");
    const qint64 step = qMax<qint64>(1, total / 200);
    qint64 nextReport = 0;
    auto tick = [&]() {
        const qint64 written = builder.citizensWritten();
        if (written < nextReport)
            return true;
        nextReport = written + step;
        return report(kLoadPercent + int((kIndexPercent - kLoadPercent) * written / total), stage);
    };
    auto stop = [&]() -> std::optional<Error> {
        if (builder.failed()) {
            writer->abort();
            return builder.error();
        }
        if (!tick()) {
            writer->abort();
            return cancelled();
        }
        return std::nullopt;
    };

    for (size_t k = 0; k < plan.size(); ++k) {
        const qint64 position = qint64(k) * total / qint64(plan.size());
        while (builder.citizensWritten() < position) {
            builder.addOrdinaryCitizen();
            if (auto error = stop())
                return *error;
        }
        if (builder.citizensWritten() + ViolationPlanter::citizensUsed(plan[k]) > total)
            continue; // no room left (only with the smallest registries)
        planter.plant(plan[k]);
        if (auto error = stop())
            return *error;
    }
    while (builder.citizensWritten() < total) {
        builder.addOrdinaryCitizen();
        if (auto error = stop())
            return *error;
    }
    qCDebug(lcDemo) << "rows generated in" << timer.elapsed() << "ms:" << summary.totalRows();

    if (auto marked
        = writeDemoMarker(registry, {options.seed, options.citizens, options.clock.secsSinceEpoch()});
        !marked) {
        writer->abort();
        return marked.error();
    }
    if (auto finished = writer->finish(progress, kIndexPercent); !finished)
        return finished.error();
    report(100, QCoreApplication::translate("Demo", "Done"));
    qCDebug(lcDemo) << "demo registry written in" << timer.elapsed() << "ms";
    return summary;
}

} // namespace sw::demo
