#include "CliSupport.h"
#include "Commands.h"
#include "connection/Credentials.h"
#include "connection/SecretStore.h"
#include "demo/DemoFeed.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>
#include <QThread>

#include <atomic>
#include <cmath>
#include <csignal>

namespace sw::cli {

namespace {
std::atomic<bool> stopRequested {false};

extern "C" void onStop(int)
{
    stopRequested.store(true);
}

QString joined(const QMap<QString, qint64> &counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(", "));
}

void printSummary(const demo::FeedSummary &s, qint64 pending, double seconds)
{
    const QLocale locale;
    err() << QCoreApplication::translate(
                 "DemoFeed",
                 "Fed %1 events in %2 s: %3 look-ups, %4 requests registered (%5 completed, %6 cancelled), "
                 "%7 certificates recorded, %8 activated later, %9 revoked, %10 identities registered again.")
                 .arg(locale.toString(s.events), locale.toString(seconds, 'f', 1), locale.toString(s.lookups),
                      locale.toString(s.requests), locale.toString(s.completions),
                      locale.toString(s.cancellations), locale.toString(s.certificates),
                      locale.toString(s.activations), locale.toString(s.revocations))
                 .arg(locale.toString(s.citizens))
          << '\n'
          << QCoreApplication::translate("DemoFeed", "Violations begun: %1").arg(joined(s.violations)) << '\n'
          << QCoreApplication::translate("DemoFeed", "Near misses begun: %1").arg(joined(s.nearMisses))
          << '\n'
          << QCoreApplication::translate("DemoFeed",
                                         "%1 later steps were still waiting and are not written (requests "
                                         "left open expire after 48 hours, as on Hue-S).")
                 .arg(locale.toString(pending))
          << '\n';
    err().flush();
}
} // namespace

// signwatch-cli demo feed --db URL [--rate N] [--count N | --duration SECONDS] [--seed S]: keeps
// adding Hue-S activity to a demo registry, one event per transaction, until stopped.
int runDemoFeed(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "DemoFeed",
        "Keeps adding Hue-S activity to a registry made by signwatch-cli demo: look-ups, requests, "
        "issuances, technical errors, revocations, switches of provider, and violations at the demo's "
        "rates, stamped with the current time. Runs until Ctrl+C, --count or --duration. Refuses any "
        "registry that the demo command did not make."));
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate("DemoFeed",
                                                  "The demo registry: sqlite:FILE or "
                                                  "postgresql://USER@HOST:PORT/DB (password from PGPASSWORD "
                                                  "or the keychain)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("rate"),
                      QCoreApplication::translate("DemoFeed", "Events per second (default 2)."),
                      QStringLiteral("N"), QStringLiteral("2")});
    parser.addOption({QStringLiteral("count"),
                      QCoreApplication::translate("DemoFeed", "Stop after N events."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("duration"),
                      QCoreApplication::translate("DemoFeed", "Stop after this many seconds."),
                      QStringLiteral("SECONDS")});
    parser.addOption({QStringLiteral("seed"),
                      QCoreApplication::translate("DemoFeed",
                                                  "Random seed of the feed's choices (default: from the "
                                                  "clock, a different story each run)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("violation-scale"),
                      QCoreApplication::translate("DemoFeed",
                                                  "Multiply the demo's violation rates (default 1: the "
                                                  "demo's own; more shows findings sooner)."),
                      QStringLiteral("F"), QStringLiteral("1")});
    if (const int code = parseOrExit(parser, QStringLiteral("demo feed"), arguments); code >= 0)
        return code;

    auto usage = [](const QString &message) {
        err() << message << '\n';
        return int(ExitUsage);
    };
    bool ok = false;
    const double rate = parser.value(QStringLiteral("rate")).toDouble(&ok);
    if (!ok || !(rate > 0) || rate > 10000)
        return usage(QCoreApplication::translate("DemoFeed",
                                                 "--rate must be a number of events per second "
                                                 "above 0 and at most 10000."));
    if (parser.isSet(QStringLiteral("count")) && parser.isSet(QStringLiteral("duration")))
        return usage(QCoreApplication::translate("DemoFeed", "Give --count or --duration, not both."));
    qint64 count = -1;
    if (parser.isSet(QStringLiteral("count"))) {
        count = parser.value(QStringLiteral("count")).toLongLong(&ok);
        if (!ok || count < 1)
            return usage(QCoreApplication::translate("DemoFeed", "--count must be a whole number from 1."));
    }
    double duration = -1;
    if (parser.isSet(QStringLiteral("duration"))) {
        duration = parser.value(QStringLiteral("duration")).toDouble(&ok);
        if (!ok || !(duration > 0))
            return usage(
                QCoreApplication::translate("DemoFeed", "--duration must be a number of seconds above 0."));
    }
    demo::FeedOptions options;
    if (parser.isSet(QStringLiteral("seed"))) {
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok)
            return usage(QCoreApplication::translate(
                "DemoFeed", "--seed must be a whole number from 0 to 18446744073709551615."));
    } else {
        options.seed = quint64(clock.now().toMSecsSinceEpoch());
    }
    options.violationScale = parser.value(QStringLiteral("violation-scale")).toDouble(&ok);
    if (!ok || options.violationScale < 0 || options.violationScale > 1000)
        return usage(
            QCoreApplication::translate("DemoFeed", "--violation-scale must be a number from 0 to 1000."));
    if (!parser.isSet(QStringLiteral("db")))
        return usage(QCoreApplication::translate(
            "DemoFeed",
            "Name the demo registry with --db sqlite:FILE or --db postgresql://USER@HOST:PORT/DB."));
    auto spec = connection::ConnectionSpec::parse(parser.value(QStringLiteral("db")));
    if (!spec)
        return usage(spec.error().fullText());
    if (spec->engine == connection::Engine::Sqlite && !QFileInfo::exists(spec->path)) {
        err() << QCoreApplication::translate(
                     "DemoFeed", "%1 does not exist: make it first with signwatch-cli demo --out %2.")
                     .arg(spec->path, parser.value(QStringLiteral("db")))
              << '\n';
        return ExitRegistry;
    }

    connection::SecretStore secrets;
    auto credentials = connection::credentialsWithoutPrompt(*spec, secrets);
    if (!credentials) {
        err() << credentials.error().fullText() << '\n';
        return ExitRegistry;
    }
    // Its own writable connection: the console and the watch keep their read-only ones.
    auto connection
        = registry::RegistryConnection::open(*spec, *credentials, registry::RegistryConnection::Mode::Write);
    if (!connection) {
        err() << connection.error().fullText() << '\n';
        return ExitRegistry;
    }
    auto feed = demo::DemoFeed::open(**connection, clock, options);
    if (!feed) {
        err() << feed.error().fullText() << '\n';
        return ExitRegistry;
    }
    err() << QCoreApplication::translate(
                 "DemoFeed",
                 "Feeding %1 (a demo of %2 citizens, seed %3) at %4 events per second; "
                 "Ctrl+C stops.")
                 .arg(spec->displayName(), QLocale().toString((*feed)->marker().citizens),
                      QString::number(options.seed), QLocale().toString(rate))
          << '\n';
    err().flush();

    // Ctrl+C and SIGTERM stop after the event under way: each event is its own transaction.
    stopRequested.store(false);
    const auto previousInt = std::signal(SIGINT, onStop);
    const auto previousTerm = std::signal(SIGTERM, onStop);
    QElapsedTimer timer;
    timer.start();
    const double interval = 1000.0 / rate; // ms
    qint64 done = 0;
    double nextDue = 0; // ms after the start
    int exitCode = ExitOk;
    while (!stopRequested.load()) {
        if (count >= 0 && done >= count)
            break;
        if (duration >= 0 && double(timer.elapsed()) >= duration * 1000.0)
            break;
        // Paced on a fixed schedule: one event every `interval`; after a wait (a busy file) the
        // schedule starts again from now rather than catching up in a rush.
        if (double(timer.elapsed()) > nextDue + 1000.0)
            nextDue = double(timer.elapsed());
        const qint64 dueAt = qint64(std::llround(nextDue));
        nextDue += interval;
        while (!stopRequested.load() && timer.elapsed() < dueAt)
            QThread::msleep(ulong(qMin<qint64>(100, dueAt - timer.elapsed())));
        if (stopRequested.load())
            break;
        auto stepped = (*feed)->step();
        // SQLite busy while the console or the watch reads the file: the event waits and is tried
        // again (for up to a minute), as Hue-S's own writers would wait.
        QElapsedTimer waiting;
        waiting.start();
        bool said = false;
        while (!stepped && stepped.error().kind == Error::Kind::Unavailable && !stopRequested.load()
               && waiting.elapsed() < 60000) {
            if (!said) {
                err() << QCoreApplication::translate("DemoFeed",
                                                     "The registry is busy (a long read): waiting to write.")
                      << '\n';
                err().flush();
                said = true;
            }
            QThread::msleep(200);
            stepped = (*feed)->step();
        }
        if (!stepped && stepped.error().kind != Error::Kind::Unavailable) {
            // A dropped connection is reopened once; anything else ends the feed.
            if (auto alive = (*connection)->ensureAlive(); alive)
                stepped = (*feed)->step();
        }
        if (!stepped) {
            err() << stepped.error().fullText() << '\n';
            exitCode = ExitFailure;
            break;
        }
        ++done;
    }
    std::signal(SIGINT, previousInt);
    std::signal(SIGTERM, previousTerm);
    printSummary((*feed)->summary(), (*feed)->pendingSteps(), double(timer.elapsed()) / 1000.0);
    return exitCode;
}

} // namespace sw::cli
