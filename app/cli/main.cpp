#include "CliSupport.h"
#include "Commands.h"
#include "casebook/AuditAnchor.h"
#include "registry/SqliteFunctions.h"
#include "settings/Language.h"
#include "settings/Settings.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <functional>
#include <map>
#include <memory>

namespace {
struct Command
{
    std::function<int(const QStringList &)> run;
    const char *summary;
};

void printUsage(const std::map<QString, Command> &commands)
{
    QTextStream err(stderr);
    err << QCoreApplication::translate("Cli", "Usage: signwatch-cli COMMAND [OPTIONS]") << '\n'
        << QCoreApplication::translate("Cli", "Commands:") << '\n';
    for (const auto &[name, command] : commands)
        err << "  " << name.leftJustified(10) << QCoreApplication::translate("Cli", command.summary) << '\n';
    err << QCoreApplication::translate("Cli", "Run signwatch-cli COMMAND --help for its options.") << '\n';
}
} // namespace

int main(int argc, char *argv[])
{
    sw::registry::configureSqliteLibrary();
    // Commands that print documents need a QGuiApplication (the bundled fonts); a command line has
    // no display to ask for, so they use the offscreen platform unless one is chosen.
    const bool printsDocuments = argc > 1
        && (qstrcmp(argv[1], "report") == 0 || qstrcmp(argv[1], "minutes") == 0
            || qstrcmp(argv[1], "announce") == 0);
    if (printsDocuments && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    const std::unique_ptr<QCoreApplication> application = printsDocuments
        ? std::make_unique<QGuiApplication>(argc, argv)
        : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication &app = *application;
    QCoreApplication::setOrganizationName(QStringLiteral("SignWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("SignWatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNWATCH_VERSION));

    sw::settings::Settings settings;
    const sw::Clock clock; // the system's: every command that stamps or dates reads it
    sw::settings::installTranslations(app, settings.language());
    // Said once, on stderr, when the keychain cannot keep the audit log's head (a file does).
    sw::casebook::AuditAnchor::setNoticeHandler([](const QString &notice) {
        sw::cli::err() << notice << '\n';
        sw::cli::err().flush();
    });

    const std::map<QString, Command> commands = {
        {QStringLiteral("demo"),
         {sw::cli::runDemo, QT_TRANSLATE_NOOP("Cli", "write a demo registry of the 2023 campaign")}},
        {QStringLiteral("check"),
         {sw::cli::runCheck, QT_TRANSLATE_NOOP("Cli", "check a registry against the data contract")}},
        {QStringLiteral("scan"),
         {sw::cli::runScan, QT_TRANSLATE_NOOP("Cli", "run the detection rules and print the findings")}},
        {QStringLiteral("watch"),
         {[&clock](const QStringList &arguments) { return sw::cli::runWatch(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "watch a registry live: every finding that becomes or stops being true")}},
        {QStringLiteral("overview"),
         {sw::cli::runOverview,
          QT_TRANSLATE_NOOP("Cli", "print certificates, requests and look-ups per provider")}},
        {QStringLiteral("dashboard"),
         {sw::cli::runDashboard,
          QT_TRANSLATE_NOOP("Cli", "print the dashboard's figures for a period, district or provider")}},
        {QStringLiteral("case"),
         {[&clock](const QStringList &arguments) { return sw::cli::runCase(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "open, list, show, establish or dismiss cases")}},
        {QStringLiteral("minutes"),
         {[&clock](const QStringList &arguments) { return sw::cli::runMinutes(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "write (and sign) a case's minutes as PDF")}},
        {QStringLiteral("announce"),
         {[&clock](const QStringList &arguments) { return sw::cli::runAnnounce(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "write (and sign) a case's announcement as PDF")}},
        {QStringLiteral("audit"),
         {[&clock](const QStringList &arguments) { return sw::cli::runAudit(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "verify the audit log's hash chain, or export its entries as CSV")}},
        {QStringLiteral("casebook"),
         {[&clock](const QStringList &arguments) { return sw::cli::runCasebook(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "set up the Department's shared casebook and give logins their roles")}},
        {QStringLiteral("issuer"),
         {[&clock](const QStringList &arguments) { return sw::cli::runIssuer(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "list the issuing bodies by period, or add the next one")}},
        {QStringLiteral("verify"),
         {sw::cli::runVerify,
          QT_TRANSLATE_NOOP("Cli", "check a PDF's digital signatures (who, when, intact, trusted)")}},
        {QStringLiteral("report"),
         {[&clock](const QStringList &arguments) { return sw::cli::runReport(arguments, clock); },
          QT_TRANSLATE_NOOP("Cli", "write the Department's periodic report (PDF)")}},
    };

    QStringList arguments = app.arguments();
    arguments.removeFirst();
    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")
        || arguments.first() == QLatin1String("-h")) {
        printUsage(commands);
        return arguments.isEmpty() ? sw::cli::ExitUsage : sw::cli::ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        QTextStream(stdout) << "signwatch-cli " << QCoreApplication::applicationVersion() << '\n';
        return sw::cli::ExitOk;
    }
    const QString name = arguments.takeFirst();
    const auto found = commands.find(name);
    if (found == commands.end()) {
        QTextStream(stderr) << QCoreApplication::translate("Cli", "Unknown command: %1").arg(name) << '\n';
        printUsage(commands);
        return sw::cli::ExitUsage;
    }
    const int code = found->second.run(arguments);
    // What a command printed must have arrived: a full disk is a failure, not a cut-off listing.
    if (auto finished = sw::cli::finishStandardOutput(); !finished && code == sw::cli::ExitOk) {
        sw::cli::err() << finished.error().fullText() << '\n';
        return sw::cli::ExitFailure;
    }
    return code;
}
