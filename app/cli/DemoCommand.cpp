#include "CliSupport.h"
#include "Commands.h"
#include "connection/Credentials.h"
#include "connection/SecretStore.h"
#include "demo/DemoGenerator.h"
#include "demo/StagedRegistryFile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

#include <atomic>
#include <csignal>

namespace sw::cli {

namespace {
std::atomic<bool> interrupted {false};

extern "C" void onInterrupt(int)
{
    interrupted.store(true);
}
} // namespace

// signwatch-cli demo --citizens N --seed S --out URL [--replace]: writes a demo registry of the
// 2023 campaign. Progress goes to stderr, a one-line summary to stdout.
// signwatch-cli demo feed …: see DemoFeedCommand.cpp.
int runDemo(const QStringList &arguments, const Clock &clock)
{
    if (!arguments.isEmpty() && arguments.first() == QLatin1String("feed"))
        return runDemoFeed(arguments.mid(1), clock);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Demo",
                                    "Writes a demo registry of the 2023–2024 Thừa Thiên Huế campaign, "
                                    "with planted violations of every rule."));
    parser.addOption(
        {QStringLiteral("citizens"),
         QCoreApplication::translate("Demo", "Number of citizens (default: the province's 1,166,547)."),
         QStringLiteral("N"), QString::number(demo::DemoOptions {}.citizens)});
    parser.addOption(
        {QStringLiteral("seed"),
         QCoreApplication::translate("Demo", "Random seed: the same seed gives the same registry."),
         QStringLiteral("S"), QString::number(demo::DemoOptions {}.seed)});
    parser.addOption(
        {QStringLiteral("out"),
         QCoreApplication::translate(
             "Demo",
             "Where to write: sqlite:FILE or postgresql://USER@HOST:PORT/DB (password from PGPASSWORD "
             "or the keychain)."),
         QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("violation-rate"),
         QCoreApplication::translate(
             "Demo", "Plant violations at N times the demo's rates (default 1; the benchmark uses 15)."),
         QStringLiteral("N"), QStringLiteral("1")});
    parser.addOption(
        {QStringLiteral("replace"),
         QCoreApplication::translate("Demo", "Replace the registry tables the target already holds.")});
    if (const int code = parseOrExit(parser, QStringLiteral("demo"), arguments); code >= 0)
        return code;

    demo::DemoOptions options;
    bool ok = false;
    options.citizens = parser.value(QStringLiteral("citizens")).toLongLong(&ok);
    if (!ok || options.citizens < demo::kMinimumDemoCitizens
        || options.citizens > demo::kMaximumDemoCitizens) {
        err() << QCoreApplication::translate("Demo", "--citizens must be a whole number between %L1 and %L2.")
                     .arg(demo::kMinimumDemoCitizens)
                     .arg(demo::kMaximumDemoCitizens)
              << '\n';
        return ExitUsage;
    }
    options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok) {
        err() << QCoreApplication::translate("Demo",
                                             "--seed must be a whole number from 0 to 18446744073709551615.")
              << '\n';
        return ExitUsage;
    }
    options.violationRate = parser.value(QStringLiteral("violation-rate")).toInt(&ok);
    if (!ok || options.violationRate < 1 || options.violationRate > demo::kMaximumViolationRate) {
        err() << QCoreApplication::translate("Demo", "--violation-rate must be a whole number from 1 to %1.")
                     .arg(demo::kMaximumViolationRate)
              << '\n';
        return ExitUsage;
    }
    options.replace = parser.isSet(QStringLiteral("replace"));
    options.clock = clock;
    if (!parser.isSet(QStringLiteral("out"))) {
        err() << QCoreApplication::translate(
            "Demo", "Name the target with --out sqlite:FILE or --out postgresql://USER@HOST:PORT/DB.")
              << '\n';
        return ExitUsage;
    }
    auto spec = connection::ConnectionSpec::parse(parser.value(QStringLiteral("out")));
    if (!spec) {
        err() << spec.error().fullText() << '\n';
        return ExitUsage;
    }

    connection::SecretStore secrets;
    auto credentials = connection::credentialsWithoutPrompt(*spec, secrets);
    if (!credentials) {
        err() << credentials.error().fullText() << '\n';
        return ExitRegistry;
    }
    // A new SQLite file is written under a temporary name and renamed when complete: a run that
    // is killed leaves no file behind, never a broken one.
    std::unique_ptr<demo::StagedRegistryFile> staged;
    connection::ConnectionSpec target = *spec;
    if (spec->engine == connection::Engine::Sqlite && !QFileInfo::exists(spec->path)) {
        auto begun = demo::StagedRegistryFile::begin(spec->path);
        if (!begun) {
            err() << begun.error().fullText() << '\n';
            return ExitFailure;
        }
        staged = std::move(begun.value());
        target.path = staged->stagingPath();
    }
    auto connection
        = registry::RegistryConnection::open(target, *credentials, registry::RegistryConnection::Mode::Write);
    if (!connection) {
        err() << connection.error().fullText() << '\n';
        return ExitRegistry;
    }

    // Ctrl+C cancels cleanly: the transaction is rolled back and no half-written tables remain.
    interrupted.store(false);
    const auto previousHandler = std::signal(SIGINT, onInterrupt);
    int lastPercent = -1;
    QString lastStage;
    auto progress = [&](int percent, const QString &stage) {
        if (percent != lastPercent || stage != lastStage) {
            // One line per stage change or per 5 %, so that logs stay short.
            if (stage != lastStage || percent / 5 != lastPercent / 5 || percent == 100) {
                err() << QStringLiteral("%1% %2").arg(percent, 3).arg(stage) << '\n';
                err().flush();
            }
            lastPercent = percent;
            lastStage = stage;
        }
        return !interrupted.load();
    };

    QElapsedTimer timer;
    timer.start();
    const auto summary = demo::generateDemoRegistry(**connection, options, progress);
    std::signal(SIGINT, previousHandler);
    connection->reset(); // closed before the staged file is renamed (or removed)
    if (!summary) {
        err() << summary.error().fullText() << '\n';
        return ExitFailure;
    }
    if (staged) {
        if (auto published = staged->publish(); !published) {
            err() << published.error().fullText() << '\n';
            return ExitFailure;
        }
    }
    qint64 planted = 0;
    QStringList perRule;
    for (auto it = summary->plantedViolations.cbegin(); it != summary->plantedViolations.cend(); ++it) {
        planted += it.value();
        perRule << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    }
    err()
        << QCoreApplication::translate("Demo", "Planted findings: %1").arg(perRule.join(QStringLiteral(", ")))
        << '\n';
    err().flush();
    out() << QCoreApplication::translate(
                 "Demo",
                 "Wrote %1: %2 providers, %3 citizens, %4 certificates, %5 service requests, %6 look-ups "
                 "(%7 planted findings, seed %8) in %9 s.")
                 .arg(spec->displayName(), QLocale().toString(summary->providers),
                      QLocale().toString(summary->citizens), QLocale().toString(summary->certificates),
                      QLocale().toString(summary->serviceRequests), QLocale().toString(summary->lookups),
                      QLocale().toString(planted), QString::number(options.seed),
                      QLocale().toString(double(timer.elapsed()) / 1000.0, 'f', 1))
          << '\n';
    out().flush();
    return ExitOk;
}

} // namespace sw::cli
