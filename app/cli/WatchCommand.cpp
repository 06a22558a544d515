#include "CliSupport.h"
#include "Commands.h"
#include "casebook/Cases.h"
#include "privacy/PrivateFiles.h"
#include "rules/LiveWatch.h"
#include "rules/Thresholds.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSaveFile>
#include <QThread>

#include <atomic>
#include <csignal>

namespace sw::cli {

namespace {

std::atomic<bool> stopRequested {false};

extern "C" void requestStop(int)
{
    stopRequested = true;
}

QString timeText(qint64 secs)
{
    return rules::formatUtcTime(secs);
}

// The state file: which registry, and the watermark to resume from.
std::optional<rules::Watermark> readState(const QString &path, const QString &registry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    if (json.value(QStringLiteral("registry")).toString() != registry)
        return std::nullopt;
    return rules::Watermark::fromJson(json.value(QStringLiteral("watermark")).toObject());
}

Result<void> writeState(const QString &path, const QString &registry, const rules::Watermark &watermark)
{
    const QJsonObject json {{QStringLiteral("registry"), registry},
                            {QStringLiteral("watermark"), watermark.toJson()}};
    return privacy::savePrivateFile(path, QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n');
}

// Events go out as they come: one line each, flushed at once, to stdout or appended to a file
// readable by its owner only (the lines hold full citizen ids).
class EventSink
{
public:
    Result<void> open(const QString &path)
    {
        if (path.isEmpty())
            return {};
        if (auto made = privacy::ensurePrivateFile(path); !made)
            return made.error();
        m_file.setFileName(path);
        if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append))
            return Error::make(QCoreApplication::translate("Cli", "Could not open %1 for writing.").arg(path),
                               m_file.errorString());
        return {};
    }
    Result<void> write(const QByteArray &lines)
    {
        if (!m_file.isOpen())
            return writeStandardOutput(lines);
        if (m_file.write(lines) != lines.size() || !m_file.flush())
            return Error::make(
                QCoreApplication::translate("Cli", "Could not write to %1.").arg(m_file.fileName()),
                m_file.errorString());
        return {};
    }

private:
    QFile m_file;
};

} // namespace

// signwatch-cli watch: the live watch of a registry (rules/LiveWatch), one JSON line per change
// of the set of findings.
int runWatch(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Watches a registry: after one full scan, polls it and prints every finding that becomes "
        "true or stops being true, as a JSON line of the scan's form with \"event\": \"new\" or "
        "\"resolved\". Stops on Ctrl+C."));
    addRegistryOptions(parser);
    addCasebookOption(parser);
    parser.addOption({QStringLiteral("interval"),
                      QCoreApplication::translate("Cli", "Seconds between polls (default 5)."),
                      QStringLiteral("seconds"), QStringLiteral("5")});
    parser.addOption(
        {QStringLiteral("out"),
         QCoreApplication::translate("Cli", "Append the events to this file instead of printing them."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("state"),
                      QCoreApplication::translate(
                          "Cli",
                          "Keep the watch's watermark in this file and resume from it when started "
                          "again: what happened in between is reported."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("threshold"),
         QCoreApplication::translate("Cli", "Override a threshold, e.g. late_update=3600 (repeatable)."),
         QStringLiteral("name=value")});
    parser.addOption(
        {QStringLiteral("margin"),
         QCoreApplication::translate("Cli",
                                     "Seconds before the last poll that are looked at again, for "
                                     "records committed late (default 300)."),
         QStringLiteral("seconds"), QStringLiteral("300")});
    parser.addOption({QStringLiteral("reconcile"),
                      QCoreApplication::translate("Cli",
                                                  "Seconds between full scans that catch what no time column "
                                                  "shows, such as deleted rows (default 3600; 0: never)."),
                      QStringLiteral("seconds"), QStringLiteral("3600")});
    parser.addOption(
        {QStringLiteral("polls"),
         QCoreApplication::translate("Cli", "Stop after this many polls (default: run until stopped)."),
         QStringLiteral("n")});
    if (const int code = parseOrExit(parser, QStringLiteral("watch"), arguments); code >= 0)
        return code;
    auto usage = [](const QString &message) {
        err() << message << '\n';
        err().flush();
        return ExitUsage;
    };
    auto number = [&](const char *name, qint64 low, qint64 *value) {
        bool ok = false;
        *value = parser.value(QLatin1String(name)).toLongLong(&ok);
        return ok && *value >= low;
    };

    settings::Settings settings;
    rules::WatchOptions options;
    const auto overrides = settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        (void)options.thresholds.set(it.key(), it.value());
    for (const QString &assignment : parser.values(QStringLiteral("threshold")))
        if (auto set = options.thresholds.setAssignment(assignment); !set)
            return usage(set.error().message);
    qint64 interval = 0, polls = -1;
    if (!number("interval", 1, &interval))
        return usage(
            QCoreApplication::translate("Cli", "--interval takes a whole number of seconds, 1 or more."));
    if (!number("margin", 0, &options.marginSeconds))
        return usage(QCoreApplication::translate("Cli", "--margin takes a whole number of seconds."));
    if (!number("reconcile", 0, &options.reconcileSeconds))
        return usage(QCoreApplication::translate("Cli", "--reconcile takes a whole number of seconds."));
    if (parser.isSet(QStringLiteral("polls")) && !number("polls", 0, &polls))
        return usage(QCoreApplication::translate("Cli", "--polls takes a whole number."));

    // Exclusions decided in the casework feed the watch as they feed a scan; read again at each
    // poll, so that a decision taken while watching counts from its time.
    std::unique_ptr<casebook::Casebook> casebook;
    const auto casebookAt = casebookLocation(parser, settings);
    if (!casebookAt)
        return reportCasebookFailure(casebookAt.error());
    if (!casebookAt->isEmpty()) {
        auto opened = openCasebook(*casebookAt, clock, CasebookMust::Exist);
        if (!opened)
            return reportCasebookFailure(opened.error());
        casebook = std::move(*opened);
    }
    auto exclusions = [&]() -> QMap<QString, qint64> {
        if (!casebook)
            return {};
        auto read = casebook::Cases(*casebook).exclusions();
        return read ? *read : options.caseworkExclusions;
    };
    options.caseworkExclusions = exclusions();

    auto opened = openRegistry(parser);
    if (!opened)
        return reportOpenFailure(opened.error());
    const connection::ConnectionSpec spec = opened->connection->spec();
    const connection::Credentials credentials = opened->credentials;
    opened->connection.reset(); // the watch keeps a connection of its own
    EventSink sink;
    if (auto ready = sink.open(parser.value(QStringLiteral("out"))); !ready) {
        err() << ready.error().fullText() << '\n';
        return ExitFailure;
    }
    const QString statePath = parser.value(QStringLiteral("state"));
    const QString registry = spec.registryKey();
    const auto resume = statePath.isEmpty() ? std::nullopt : readState(statePath, registry);

    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    rules::LiveWatch watch(spec, credentials, options);
    auto report = [&](const rules::PollReport &poll) -> Result<void> {
        QByteArray lines;
        int added = 0;
        for (const rules::WatchEvent &event : poll.events) {
            lines += rules::toJsonLine(event) + '\n';
            added += event.kind == rules::WatchEvent::Kind::New ? 1 : 0;
        }
        if (!lines.isEmpty()) {
            if (auto written = sink.write(lines); !written)
                return written;
            err() << QCoreApplication::translate("Cli", "%1: %2 new, %3 resolved (%4 rows changed, %5 ms).")
                         .arg(timeText(poll.asOf))
                         .arg(added)
                         .arg(poll.events.size() - added)
                         .arg(poll.changedRows)
                         .arg(poll.elapsedMs)
                  << '\n';
            err().flush();
        }
        if (!statePath.isEmpty())
            return writeState(statePath, registry, watch.watermark());
        return {};
    };

    auto started = watch.start(clock.secsSinceEpoch(), resume);
    if (!started)
        return reportRegistryFailure(started.error(), spec);
    err() << (resume ? QCoreApplication::translate("Cli", "Resumed from %1: %Ln finding(s) now.", nullptr,
                                                   int(watch.findingCount()))
                           .arg(timeText(resume->asOf))
                     : QCoreApplication::translate("Cli", "Scanned as of %1: %Ln finding(s).", nullptr,
                                                   int(watch.findingCount()))
                           .arg(timeText(started->asOf)))
          << ' '
          << QCoreApplication::translate("Cli", "Watching %1 every %2 s; Ctrl+C stops.")
                 .arg(spec.displayName())
                 .arg(interval)
          << '\n';
    err().flush();
    if (auto written = report(*started); !written) {
        err() << written.error().fullText() << '\n';
        return ExitFailure;
    }
    bool lost = false;
    for (qint64 done = 0; (polls < 0 || done < polls) && !stopRequested; ++done) {
        for (qint64 waited = 0; waited < interval * 10 && !stopRequested; ++waited)
            QThread::msleep(100);
        if (stopRequested)
            break;
        watch.setCaseworkExclusions(exclusions());
        auto polled = watch.poll(clock.secsSinceEpoch());
        if (!polled) {
            // Reported, and tried again at the next poll from the same watermark: nothing is missed.
            err() << QCoreApplication::translate("Cli",
                                                 "The registry did not answer (%1); trying again in %2 s.")
                         .arg(polled.error().message)
                         .arg(interval)
                  << '\n';
            err().flush();
            lost = true;
            continue;
        }
        if (lost) {
            err() << QCoreApplication::translate("Cli", "The registry answers again; nothing was missed.")
                  << '\n';
            lost = false;
        }
        if (auto written = report(*polled); !written) {
            err() << written.error().fullText() << '\n';
            return ExitFailure;
        }
    }
    err() << QCoreApplication::translate("Cli", "Stopped at %1: %Ln finding(s).", nullptr,
                                         int(watch.findingCount()))
                 .arg(timeText(watch.watermark().asOf))
          << '\n';
    return ExitOk;
}

} // namespace sw::cli
