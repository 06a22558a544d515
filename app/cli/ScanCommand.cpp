#include "CliSupport.h"
#include "Commands.h"
#include "privacy/PrivateFiles.h"
#include "rules/RuleCatalogue.h"
#include "rules/ScanEngine.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QLocale>

#include <optional>

namespace sw::cli {

// signwatch-cli scan: the rules of spec/rules.md on a registry, findings as JSON Lines or CSV.
int runScan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Cli", "Runs the detection rules on a registry."));
    addRegistryOptions(parser);
    parser.addOption({QStringLiteral("as-of"),
                      QCoreApplication::translate("Cli",
                                                  "See the registry as Hue-S held it at this UTC time "
                                                  "(default: now), e.g. 2024-03-31T17:00:00Z."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("rules"),
                      QCoreApplication::translate("Cli", "Only these rules, comma-separated (default: all)."),
                      QStringLiteral("codes")});
    parser.addOption(
        {QStringLiteral("threshold"),
         QCoreApplication::translate("Cli", "Override a threshold, e.g. late_update=3600 (repeatable)."),
         QStringLiteral("name=value")});
    parser.addOption({QStringLiteral("format"), QCoreApplication::translate("Cli", "jsonl (default) or csv."),
                      QStringLiteral("format"), QStringLiteral("jsonl")});
    parser.addOption({QStringLiteral("out"),
                      QCoreApplication::translate("Cli", "Write the findings to this file."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("threads"),
                      QCoreApplication::translate("Cli", "Database connections working at once (default 2)."),
                      QStringLiteral("n"), QStringLiteral("2")});
    if (const int code = parseOrExit(parser, QStringLiteral("scan"), arguments); code >= 0)
        return code;

    auto usage = [](const QString &message) {
        err() << message << '\n';
        err().flush();
        return ExitUsage;
    };
    rules::ScanOptions options;
    settings::Settings settings;
    const auto overrides = settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        if (auto set = options.thresholds.set(it.key(), it.value()); !set)
            err() << QCoreApplication::translate("Cli", "Ignoring a threshold from the settings: %1")
                         .arg(set.error().message)
                  << '\n';
    for (const QString &assignment : parser.values(QStringLiteral("threshold")))
        if (auto set = options.thresholds.setAssignment(assignment); !set)
            return usage(set.error().message);
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = rules::parseUtcTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usage(asOf.error().message);
        options.asOf = *asOf;
    }
    if (parser.isSet(QStringLiteral("rules"))) {
        for (const QString &code :
             parser.value(QStringLiteral("rules")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!rules::findRule(code.trimmed()))
                return usage(QCoreApplication::translate("Cli", "Unknown rule \"%1\".").arg(code));
            options.rules << code.trimmed();
        }
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("jsonl") && format != QLatin1String("csv"))
        return usage(QCoreApplication::translate("Cli", "--format takes jsonl or csv."));
    bool threadsOk = false;
    options.threads = parser.value(QStringLiteral("threads")).toInt(&threadsOk);
    if (!threadsOk || options.threads < 1 || options.threads > 8)
        return usage(QCoreApplication::translate("Cli", "--threads takes a number from 1 to 8."));

    auto opened = openRegistry(parser);
    if (!opened)
        return reportOpenFailure(opened.error());
    const auto &connection = opened->connection;
    const connection::ConnectionSpec spec = connection->spec();
    const rules::ScanEngine engine(spec, opened->credentials);
    opened->connection.reset(); // the engine opens its own connections
    const auto result = engine.run(options, [](int done, int total, const QString &rule) {
        err() << QStringLiteral("[%1/%2] %3").arg(done).arg(total).arg(rule) << '\n';
        err().flush();
    });
    if (!result)
        return reportRegistryFailure(result.error(), spec);

    // The findings hold full citizen ids: a file is readable by its owner only (§1.7). Either way
    // a write that fails (a full disk, /dev/full, a closed pipe) fails the command. The text goes
    // out in pieces of about a megabyte: 166,000 findings make 40 MB of JSON, which a single
    // buffer would hold twice while growing.
    std::optional<privacy::PrivateSaveFile> file;
    if (parser.isSet(QStringLiteral("out"))) {
        file.emplace(parser.value(QStringLiteral("out")));
        if (auto created = file->open(); !created) {
            err() << created.error().fullText() << '\n';
            return ExitFailure;
        }
    }
    constexpr qsizetype pieceBytes = 1 << 20;
    QByteArray text;
    text.reserve(pieceBytes + 4096);
    auto flush = [&]() -> Result<void> {
        auto written = file ? file->write(text) : writeStandardOutput(text);
        text.clear(); // keeps its capacity
        return written;
    };
    if (format == QLatin1String("csv"))
        text += rules::csvHeader() + '\n';
    Result<void> written;
    for (const rules::Finding &finding : result->findings) {
        text += format == QLatin1String("csv") ? rules::toCsvRow(finding) : rules::toJsonLine(finding);
        text += '\n';
        if (text.size() >= pieceBytes && !(written = flush()))
            break;
    }
    if (written)
        written = flush();
    if (written && file)
        written = file->commit();
    if (!written) {
        err() << written.error().fullText() << '\n';
        return ExitFailure;
    }
    err() << QCoreApplication::translate("Cli", "Scanned as of %1: %Ln finding(s) in %2 s.", nullptr,
                                         int(result->findings.size()))
                 .arg(rules::formatUtcTime(result->asOf),
                      QLocale().toString(result->elapsedMs / 1000.0, 'f', 1))
          << '\n';
    return ExitOk;
}

} // namespace sw::cli
