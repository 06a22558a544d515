#pragma once

#include <QStringList>

// signwatch-cli commands. Each takes the arguments after the command name and returns the exit
// code: 0 done, 2 bad usage (with a message), 3 the registry cannot be opened or fails the
// contract, 1 anything else that failed.
namespace sw {
class Clock;
}

namespace sw::cli {

enum ExitCode {
    ExitOk = 0,
    ExitFailure = 1,
    ExitUsage = 2,
    ExitRegistry = 3,
    ExitUntrusted = 3 // verify: signatures intact, but not chained to a trusted anchor
};

int runDemo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runOverview(const QStringList &arguments);
int runScan(const QStringList &arguments);
int runDashboard(const QStringList &arguments);
// Casework (CaseCommands.cpp): cases, their minutes and announcements, the audit log. Exit 3 when
// the casebook cannot be opened.
// They stamp and date with `clock`, the CLI's one clock (made in main()).
int runCase(const QStringList &arguments, const Clock &clock);
int runMinutes(const QStringList &arguments, const Clock &clock);
int runAnnounce(const QStringList &arguments, const Clock &clock);
int runAudit(const QStringList &arguments, const Clock &clock);
int runReport(const QStringList &arguments, const Clock &clock);
// The live watch (WatchCommand.cpp): events as JSON lines until stopped.
int runWatch(const QStringList &arguments, const Clock &clock);
// PAdES signatures of a PDF (VerifyCommand.cpp): exit 0 valid, 1 broken/altered/unsigned, 3 untrusted.
int runVerify(const QStringList &arguments);
// The Department's shared casebook (CasebookCommand.cpp): init, grant, migrate.
int runCasebook(const QStringList &arguments, const Clock &clock);
// The issuing bodies by period in the casebook (IssuerCommand.cpp): list, add.
int runIssuer(const QStringList &arguments, const Clock &clock);

} // namespace sw::cli
