#pragma once

#include "casebook/Casebook.h"
#include "connection/ConnectionSpec.h"
#include "registry/RegistryConnection.h"
#include "util/Result.h"

#include <QCommandLineParser>
#include <QTextStream>

#include <memory>

namespace sw::settings {
class Settings;
}

namespace sw::cli {

// Adds --db URL and --profile NAME to a command's parser.
void addRegistryOptions(QCommandLineParser &parser);

struct OpenedRegistry
{
    std::unique_ptr<registry::RegistryConnection> connection;
    connection::Credentials credentials; // for further connections (worker threads); never printed
};

enum class Contract { NotChecked, Required };

// The registry named by --db or --profile, opened read-only with its password (PGPASSWORD or the
// keychain); with Contract::Required it must also meet the data contract. Error kind
// InvalidInput: bad usage (exit 2); anything else: cannot open or contract not met (exit 3).
Result<OpenedRegistry> openRegistry(const QCommandLineParser &parser, Contract contract = Contract::Required);
// Prints the error and gives the exit code for a failed openRegistry().
int reportOpenFailure(const Error &error);
// Prints the error of work on an opened registry and gives the exit code: 3 when the registry
// turned out to be damaged (it cannot be read, as when it cannot be opened), 1 otherwise.
int reportRegistryFailure(const Error &error, const connection::ConnectionSpec &spec);

// Parses the command's arguments; on failure prints the message and usage. Returns -1 to go on,
// otherwise the exit code to return (0 after --help).
int parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

// Adds --casebook PATH|URL (default: the console's casebook) to a casework command's parser.
void addCasebookOption(QCommandLineParser &parser);

// The casebook: --casebook, else the console's (settings/CasebookProfile: the shared PostgreSQL
// casebook or the local file). A missing local file gives an empty location (no casework).
Result<QString> casebookLocation(const QCommandLineParser &parser, const settings::Settings &settings);

enum class CasebookMust { MayBeCreated, Exist };
// The casebook at `location`: a SQLite file's path (or "sqlite:PATH"), created when missing unless
// it must exist; or the Department's "postgresql://USER@HOST:PORT/DB?sslmode=…", with the password
// from PGPASSWORD or the keychain, as for the registry. Error kind InvalidInput: a bad URL.
Result<std::unique_ptr<casebook::Casebook>>
openCasebook(const QString &location, const Clock &clock, CasebookMust must = CasebookMust::MayBeCreated,
             casebook::Casebook::Purpose purpose = casebook::Casebook::Purpose::Work);
// Prints the error of a casebook that cannot be opened; exit 3.
int reportCasebookFailure(const Error &error);

QTextStream &out();
QTextStream &err();

// Writes `bytes` to standard output at once and checks that every byte arrived (a full disk,
// /dev/full or a closed pipe is an error, not a file cut mid-line).
Result<void> writeStandardOutput(const QByteArray &bytes);
// After a command: flushes out() and says whether everything printed through it arrived.
Result<void> finishStandardOutput();

} // namespace sw::cli
