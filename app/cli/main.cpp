#include "Commands.h"
#include "settings/Language.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QTextStream>

#include <functional>
#include <map>

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
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("SignWatch"));
    QCoreApplication::setApplicationName(QStringLiteral("SignWatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNWATCH_VERSION));

    sw::settings::Settings settings;
    sw::settings::installTranslations(app, settings.language());

    const std::map<QString, Command> commands = {
        {QStringLiteral("demo"),
         {sw::cli::runDemo, QT_TRANSLATE_NOOP("Cli", "write a demo registry of the 2023 campaign")}},
        {QStringLiteral("check"),
         {sw::cli::runCheck, QT_TRANSLATE_NOOP("Cli", "check a registry against the data contract")}},
        {QStringLiteral("scan"),
         {sw::cli::runScan, QT_TRANSLATE_NOOP("Cli", "run the detection rules and print the findings")}},
        {QStringLiteral("overview"),
         {sw::cli::runOverview,
          QT_TRANSLATE_NOOP("Cli", "print certificates, requests and look-ups per provider")}},
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
    return found->second.run(arguments);
}
