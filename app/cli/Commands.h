#pragma once

#include <QStringList>

// signwatch-cli commands. Each takes the arguments after the command name and returns the exit
// code: 0 done, 2 bad usage (with a message), 3 the registry cannot be opened or fails the
// contract, 1 anything else that failed.
namespace sw::cli {

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitRegistry = 3 };

int runDemo(const QStringList &arguments);
int runCheck(const QStringList &arguments);
int runOverview(const QStringList &arguments);
int runScan(const QStringList &arguments);
int runDashboard(const QStringList &arguments);
// Casework (CaseCommands.cpp): cases, their minutes and announcements, the audit log. Exit 3 when
// the casebook cannot be opened.
int runCase(const QStringList &arguments);
int runMinutes(const QStringList &arguments);
int runAnnounce(const QStringList &arguments);
int runAudit(const QStringList &arguments);
int runReport(const QStringList &arguments);

} // namespace sw::cli
