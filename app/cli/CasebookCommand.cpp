// signwatch-cli casebook init|grant: setting up the Department's shared casebook (issue 13).
#include "CliSupport.h"
#include "Commands.h"
#include "casebook/Casebook.h"
#include "casebook/CasebookRoles.h"
#include "casebook/CasebookServer.h"
#include "publishing/Outbox.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace sw::cli {

using namespace sw::casebook;

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usageText()
{
    return Cli::tr("Usage: signwatch-cli casebook init --casebook URL\n"
                   "       signwatch-cli casebook grant LOGIN --role inspector|supervisor|signatory "
                   "--casebook URL");
}

int usage(const QString &message)
{
    err() << message << '\n' << usageText() << '\n';
    err().flush();
    return ExitUsage;
}

// A PostgreSQL casebook named by --casebook, connected for setting up (it may hold nothing yet).
Result<std::unique_ptr<Casebook>> serverCasebook(const QCommandLineParser &parser, const Clock &clock)
{
    const QString location = parser.value(QStringLiteral("casebook"));
    if (!location.startsWith(QLatin1String("postgresql:"))
        && !location.startsWith(QLatin1String("postgres:")))
        return Error::make(
            Cli::tr("casebook init and grant set up the Department's PostgreSQL casebook: give "
                    "--casebook postgresql://OWNER@HOST:PORT/DB (a SQLite casebook needs no "
                    "setting up)."),
            {}, Error::Kind::InvalidInput);
    return openCasebook(location, clock, CasebookMust::Exist, Casebook::Purpose::SetUp);
}

int failed(const Error &error)
{
    err() << error.fullText() << '\n';
    err().flush();
    return error.kind == Error::Kind::InvalidInput ? ExitUsage : ExitFailure;
}

int init(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Sets up (or updates) the Department's shared casebook in a PostgreSQL database: its "
                "schema, the server's checks, and the three roles <db>_inspector, <db>_supervisor and "
                "<db>_signatory. Run by the database's owner, a login with CREATEROLE; safe to run "
                "again."));
    parser.addOption({QStringLiteral("casebook"),
                      Cli::tr("The casebook database: postgresql://OWNER@HOST:PORT/DB."),
                      QStringLiteral("url")});
    if (const int code = parseOrExit(parser, QStringLiteral("casebook init"), arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("casebook")))
        return usage(Cli::tr("casebook init needs --casebook URL."));
    auto casebook = serverCasebook(parser, clock);
    if (!casebook)
        return casebook.error().kind == Error::Kind::InvalidInput ? failed(casebook.error())
                                                                  : reportCasebookFailure(casebook.error());
    if (auto done = (*casebook)->initialise(); !done)
        return failed(done.error());
    if (auto done = publishing::Outbox::migrate(**casebook); !done)
        return failed(done.error());
    if (auto done = (*casebook)->setUpRoles(); !done)
        return failed(done.error());
    const QString database = (*casebook)->spec().database;
    out() << Cli::tr("The casebook %1 is at data version %2.")
                 .arg((*casebook)->spec().displayName())
                 .arg((*casebook)->schemaVersion())
          << '\n';
    QStringList roles;
    for (Role role : allRoles())
        roles << roleName(database, role);
    out() << Cli::tr("Roles: %1. Give a login its role with “signwatch-cli casebook grant LOGIN --role …”.")
                 .arg(roles.join(QStringLiteral(", ")))
          << '\n';
    return ExitOk;
}

int grant(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Gives a PostgreSQL login a role in the shared casebook."));
    parser.addPositionalArgument(QStringLiteral("login"), Cli::tr("The PostgreSQL login of the person."));
    parser.addOption(
        {QStringLiteral("role"), Cli::tr("inspector, supervisor or signatory."), QStringLiteral("role")});
    parser.addOption({QStringLiteral("casebook"),
                      Cli::tr("The casebook database: postgresql://OWNER@HOST:PORT/DB."),
                      QStringLiteral("url")});
    parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("signwatch-cli casebook grant"));
    if (!parser.parse(withProgram))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(Cli::tr("casebook grant takes one login."));
    const auto role = roleFromCode(parser.value(QStringLiteral("role")));
    if (!role)
        return usage(Cli::tr("--role must be inspector, supervisor or signatory."));
    if (!parser.isSet(QStringLiteral("casebook")))
        return usage(Cli::tr("casebook grant needs --casebook URL."));
    auto casebook = serverCasebook(parser, clock);
    if (!casebook)
        return casebook.error().kind == Error::Kind::InvalidInput ? failed(casebook.error())
                                                                  : reportCasebookFailure(casebook.error());
    QSqlDatabase db = (*casebook)->database();
    const QString login = parser.positionalArguments().constFirst();
    if (auto done = server::grantRole(db, login, *role); !done)
        return failed(done.error());
    out() << Cli::tr("%1 now holds the role %2 (%3).")
                 .arg(login, roleCode(*role), roleName((*casebook)->spec().database, *role))
          << '\n';
    return ExitOk;
}

} // namespace

int runCasebook(const QStringList &arguments, const Clock &clock)
{
    if (arguments.isEmpty())
        return usage(Cli::tr("casebook needs a subcommand."));
    QStringList rest = arguments;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("init"))
        return init(rest, clock);
    if (sub == QLatin1String("grant"))
        return grant(rest, clock);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usageText() << '\n';
        return ExitOk;
    }
    return usage(Cli::tr("Unknown casebook subcommand: %1").arg(sub));
}

} // namespace sw::cli
