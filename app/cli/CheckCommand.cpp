#include "CliSupport.h"
#include "Commands.h"
#include "registry/ContractCheck.h"

#include <QCoreApplication>

namespace sw::cli {

// signwatch-cli check --db URL: compares the registry with the data contract (registry.md).
int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Checks that a registry has every table and column of the data contract."));
    addRegistryOptions(parser);
    if (const int code = parseOrExit(parser, QStringLiteral("check"), arguments); code >= 0)
        return code;

    auto opened = openRegistry(parser, Contract::NotChecked);
    if (!opened)
        return reportOpenFailure(opened.error());
    const auto &connection = opened->connection;
    if (auto sound = connection->checkIntegrity(); !sound)
        return reportOpenFailure(sound.error());
    const auto report = registry::checkContract(connection->database());
    if (!report) {
        err() << report.error().fullText() << '\n';
        return ExitRegistry;
    }
    const QString name = connection->spec().displayName();
    if (connection->engine() == connection::Engine::Postgres) {
        // Read from the live connection: what the session is, not what was asked for.
        const connection::ConnectionSecurity security = connection->security();
        out() << QCoreApplication::translate("Cli", "%1: connection: %2").arg(name, security.summary())
              << '\n';
        for (const QString &line : security.details().split(QLatin1Char('\n')))
            out() << "  " << line << '\n';
    }
    if (report->ok()) {
        out() << QCoreApplication::translate("Cli", "%1: the registry meets the data contract.").arg(name)
              << '\n';
        return ExitOk;
    }
    out() << QCoreApplication::translate("Cli", "%1: the registry does not meet the data contract:").arg(name)
          << '\n';
    for (const QString &problem : report->problems())
        out() << "  " << problem << '\n';
    return ExitRegistry;
}

} // namespace sw::cli
