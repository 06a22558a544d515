// signwatch-cli casebook init|grant|migrate: setting up the Department's shared casebook (issue 13).
#include "CliSupport.h"
#include "Commands.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casebook/CasebookRoles.h"
#include "casebook/CasebookServer.h"
#include "casebook/CasebookTransfer.h"
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
                   "--casebook URL\n"
                   "       signwatch-cli casebook migrate --from PATH --to URL");
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

int migrate(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Moves a desk's casebook (a SQLite file) into the Department's shared casebook with its "
                "whole audit history, as one audited step. Run by the shared casebook's owner. Refuses, "
                "moving nothing, when the desk's audit log does not verify or a case, complaint, document "
                "or document number is already taken in the shared casebook. The desk's file is left as "
                "it was."));
    parser.addOption({QStringLiteral("from"), Cli::tr("The desk's casebook file."), QStringLiteral("path")});
    parser.addOption({QStringLiteral("to"), Cli::tr("The shared casebook: postgresql://OWNER@HOST:PORT/DB."),
                      QStringLiteral("url")});
    if (const int code = parseOrExit(parser, QStringLiteral("casebook migrate"), arguments); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("from")) || !parser.isSet(QStringLiteral("to")))
        return usage(Cli::tr("casebook migrate needs --from PATH and --to URL."));
    const QString to = parser.value(QStringLiteral("to"));
    if (!to.startsWith(QLatin1String("postgresql:")) && !to.startsWith(QLatin1String("postgres:")))
        return usage(Cli::tr("--to must be the shared casebook's postgresql:// URL."));
    auto source = openCasebook(parser.value(QStringLiteral("from")), clock, CasebookMust::Exist);
    if (!source)
        return reportCasebookFailure(source.error());
    // The desk's outbox is brought to the same version as the shared one's before its rows move.
    if (auto done = publishing::Outbox::migrate(**source); !done)
        return failed(done.error());
    auto target = openCasebook(to, clock, CasebookMust::Exist);
    if (!target)
        return reportCasebookFailure(target.error());
    auto moved = moveInto(**source, **target, {publishing::Outbox::tableName()});
    if (!moved) { // refused: exit 1, as every casework refusal
        err() << moved.error().fullText() << '\n';
        return ExitFailure;
    }
    QStringList counts;
    for (auto it = moved->rows.cbegin(); it != moved->rows.cend(); ++it)
        counts << QStringLiteral("%1 %2").arg(it.key()).arg(it.value());
    out() << Cli::tr("Moved into %1: %2; %3 audit entries (the desk's head %4).")
                 .arg((*target)->spec().displayName(), counts.join(QStringLiteral(", ")))
                 .arg(moved->auditEntries)
                 .arg(moved->sourceHead)
          << '\n';
    AuditLog log(**target);
    auto check = log.verify();
    if (!check)
        return failed(check.error());
    if (!check->intact()) {
        err() << Cli::tr("The shared audit log does not verify after the move:") << '\n'
              << check->problems.join(QLatin1Char('\n')) << '\n';
        return ExitFailure;
    }
    out() << Cli::tr("The shared audit log verifies: %1 entries.").arg(check->entries) << '\n';
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
    if (sub == QLatin1String("migrate"))
        return migrate(rest, clock);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usageText() << '\n';
        return ExitOk;
    }
    return usage(Cli::tr("Unknown casebook subcommand: %1").arg(sub));
}

} // namespace sw::cli
