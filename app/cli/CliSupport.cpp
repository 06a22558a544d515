#include "CliSupport.h"

#include "Commands.h"
#include "casebook/Casebook.h"
#include "connection/ConnectionProfile.h"
#include "connection/Credentials.h"
#include "connection/SecretStore.h"
#include "registry/ContractCheck.h"
#include "settings/CasebookProfile.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>

namespace sw::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

namespace {
Error outputError(const QString &detail)
{
    return Error::make(QCoreApplication::translate("Cli", "The output could not be written in full."),
                       detail);
}
} // namespace

Result<void> writeStandardOutput(const QByteArray &bytes)
{
    out().flush(); // whatever was printed before comes first
    QFile stdoutFile;
    // Unbuffered: each write reaches the file descriptor at once, so its error is seen here.
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return outputError(stdoutFile.errorString());
    if (stdoutFile.write(bytes) != bytes.size() || !stdoutFile.flush())
        return outputError(stdoutFile.errorString());
    return {};
}

Result<void> finishStandardOutput()
{
    out().flush();
    // QTextStream buffers and the C library buffers again: only a flush of both shows a failure.
    if (out().status() != QTextStream::Ok || std::fflush(stdout) != 0 || std::ferror(stdout))
        return outputError(qt_error_string(errno));
    return {};
}

void addRegistryOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("db"),
                      QCoreApplication::translate(
                          "Cli",
                          "The registry: sqlite:PATH or postgresql://USER@HOST:PORT/DB, TLS settings in "
                          "the query (?sslmode=verify-full&sslrootcert=CA.pem); password from PGPASSWORD "
                          "or the keychain."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("Cli", "A connection profile saved in the console."),
                      QStringLiteral("name")});
}

Result<OpenedRegistry> openRegistry(const QCommandLineParser &parser, Contract contract)
{
    connection::ConnectionSpec spec;
    if (parser.isSet(QStringLiteral("db")) == parser.isSet(QStringLiteral("profile")))
        return Error::make(
            QCoreApplication::translate("Cli", "Name the registry with exactly one of --db or --profile."),
            {}, Error::Kind::InvalidInput);
    if (parser.isSet(QStringLiteral("db"))) {
        auto parsed = connection::ConnectionSpec::parse(parser.value(QStringLiteral("db")));
        if (!parsed)
            return parsed.error();
        spec = *parsed;
    } else {
        settings::Settings settings;
        settings::ProfileStore profiles(settings);
        const auto profile = profiles.find(parser.value(QStringLiteral("profile")));
        if (!profile)
            return Error::make(QCoreApplication::translate("Cli", "No saved profile is called \"%1\".")
                                   .arg(parser.value(QStringLiteral("profile"))),
                               {}, Error::Kind::InvalidInput);
        spec = profile->spec;
    }
    // A connection below verify-full to a server on the network: say what that means first.
    if (const QString warning = connection::tlsWarning(spec); !warning.isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Warning: %1").arg(warning) << '\n';
        err().flush();
    }
    connection::SecretStore secrets;
    auto credentials = connection::credentialsWithoutPrompt(spec, secrets);
    if (!credentials)
        return credentials.error();
    auto connection = registry::RegistryConnection::open(spec, *credentials);
    if (!connection)
        return connection.error();
    if (contract == Contract::Required) {
        const auto report = registry::checkContract((*connection)->database());
        if (!report)
            return report.error();
        if (!report->ok())
            return Error::make(
                QCoreApplication::translate("Cli", "%1: the registry does not meet the data contract:")
                    .arg(spec.displayName())
                + QLatin1Char('\n') + report->problems().join(QLatin1Char('\n')));
    }
    return OpenedRegistry {std::move(connection.value()), *credentials};
}

int reportOpenFailure(const Error &error)
{
    err() << error.fullText() << '\n';
    err().flush();
    return error.kind == Error::Kind::InvalidInput ? ExitUsage : ExitRegistry;
}

void addCasebookOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("casebook"),
                      QCoreApplication::translate("Cli",
                                                  "The casebook: a SQLite file (default: %1) or the "
                                                  "Department's postgresql://USER@HOST:PORT/DB?sslmode=… "
                                                  "(password from PGPASSWORD or the keychain).")
                          .arg(casebook::Casebook::defaultPath()),
                      QStringLiteral("path|url"), casebook::Casebook::defaultPath()});
}

Result<std::unique_ptr<casebook::Casebook>> openCasebook(const QString &location, const Clock &clock,
                                                         CasebookMust must,
                                                         casebook::Casebook::Purpose purpose)
{
    const bool url = location.startsWith(QLatin1String("postgresql:"))
        || location.startsWith(QLatin1String("postgres:")) || location.startsWith(QLatin1String("sqlite:"));
    if (!url)
        return must == CasebookMust::Exist ? casebook::Casebook::openExisting(location, clock)
                                           : casebook::Casebook::open(location, clock);
    auto spec = connection::ConnectionSpec::parse(location);
    if (!spec)
        return spec.error();
    if (spec->engine == connection::Engine::Sqlite)
        return must == CasebookMust::Exist ? casebook::Casebook::openExisting(spec->path, clock)
                                           : casebook::Casebook::open(spec->path, clock);
    connection::SecretStore secrets;
    auto credentials = connection::credentialsWithoutPrompt(*spec, secrets);
    if (!credentials)
        return credentials.error();
    return casebook::Casebook::connect(*spec, *credentials, clock, purpose);
}

int reportCasebookFailure(const Error &error)
{
    err() << error.fullText() << '\n';
    err().flush();
    return ExitRegistry; // 3: the store cannot be opened
}

int reportRegistryFailure(const Error &error, const connection::ConnectionSpec &spec)
{
    if (error.kind != Error::Kind::Damaged) {
        err() << error.fullText() << '\n';
        err().flush();
        return ExitFailure;
    }
    err() << QCoreApplication::translate("Cli", "The registry %1 cannot be read:")
                 .arg(spec.engine == connection::Engine::Sqlite ? spec.path : spec.displayName())
          << '\n'
          << error.fullText() << '\n';
    err().flush();
    return ExitRegistry;
}

int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("signwatch-cli ") + command);
    if (!parser.parse(withProgram)) {
        err() << parser.errorText() << '\n' << parser.helpText();
        err().flush();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        err() << QCoreApplication::translate("Cli", "Unexpected argument: %1")
                     .arg(parser.positionalArguments().first())
              << '\n';
        err().flush();
        return ExitUsage;
    }
    return -1;
}

Result<QString> casebookLocation(const QCommandLineParser &parser, const settings::Settings &settings)
{
    if (parser.isSet(QStringLiteral("casebook")))
        return parser.value(QStringLiteral("casebook"));
    auto spec = settings::casebookSpec(settings, casebook::Casebook::defaultPath());
    if (!spec)
        return spec.error();
    if (spec->engine == connection::Engine::Sqlite)
        return QFileInfo::exists(spec->path) ? spec->path : QString();
    return spec->toUrl();
}

} // namespace sw::cli
