#include "CliSupport.h"
#include "Commands.h"
#include "casebook/AuditExport.h"
#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "util/Clock.h"

#include <QCoreApplication>

namespace sw::cli {

using namespace sw::casebook;

namespace {

// This file's strings are in the translation context "Cli" (lupdate reads Cli::tr).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usageText()
{
    return Cli::tr(
        "Usage: signwatch-cli audit verify|anchor [--casebook PATH|URL]\n"
        "       signwatch-cli audit export [--casebook PATH|URL] [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
        "[--personal-data] --out FILE.csv");
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("-");
}

void printProblems(QTextStream &stream, const AuditCheck &check)
{
    if (check.firstBrokenId && check.problem != AuditCheck::Problem::Truncated
        && check.problem != AuditCheck::Problem::StateChanged)
        stream << Cli::tr("The audit log is broken at entry %1.").arg(*check.firstBrokenId) << '\n';
    else
        stream << Cli::tr("The audit log does not match the casebook:") << '\n';
    for (const QString &problem : check.problems)
        stream << "  - " << problem << '\n';
}

// The foot of `audit verify`: the head of the file and the anchors it was compared with.
void printFoot(const Casebook &casebook, const std::optional<AuditEntry> &head, const AuditCheck &check)
{
    if (head)
        out() << Cli::tr("Head of the log: %1 entries, entry %1 %2 (%3).")
                     .arg(head->id)
                     .arg(head->hash, utcText(head->at))
              << '\n';
    for (const AnchorCheck &anchor : check.anchors)
        out() << (anchor.holds
                      ? Cli::tr("Anchor in %1 (raised %2): %3 entries, entry %3 %4 — holds.")
                      : Cli::tr("Anchor in %1 (raised %2): %3 entries, entry %3 %4 — DOES NOT HOLD."))
                     .arg(anchor.anchor.place, utcText(anchor.anchor.at))
                     .arg(anchor.anchor.head.entries)
                     .arg(anchor.anchor.head.hash)
              << '\n';
    if (check.anchors.isEmpty())
        out() << Cli::tr(
                     "No anchor of this casebook was found (system keychain, %1): the removal of the newest "
                     "entries cannot be checked here. Keep the head printed by “signwatch-cli audit "
                     "anchor”.")
                     .arg(casebook.anchor().file())
              << '\n';
}

// `audit verify` prints what it found and the head and anchors it compared; `audit anchor` prints
// the head alone, and only for a log that verifies.
enum class Print { Report, Head };

int check(const QStringList &arguments, Print print, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        print == Print::Report
            ? Cli::tr("Checks the audit log: its hash chain, its head against the anchors kept outside the "
                      "casebook, every case, complaint and document against the changes it records, and "
                      "each signed PDF against its SHA-256.")
            : Cli::tr("Prints the head of the audit log (entries, hash of the last one, its time) for a "
                      "supervisor to note down, once the log verifies."));
    addCasebookOption(parser);
    const QString command
        = print == Print::Report ? QStringLiteral("audit verify") : QStringLiteral("audit anchor");
    if (const int code = parseOrExit(parser, command, arguments); code >= 0)
        return code;
    // The casebook must exist: an empty new one would pass for an intact one.
    auto casebook = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    const AuditLog log(**casebook);
    auto check = log.verify();
    auto head = log.head();
    if (!check || !head) {
        err() << (check ? head.error() : check.error()).fullText() << '\n';
        return ExitFailure;
    }
    if (print == Print::Report) {
        if (check->intact())
            out() << Cli::tr("The audit log is intact: %1 entries.").arg(check->entries) << '\n';
        else
            printProblems(out(), *check);
        printFoot(**casebook, *head, *check);
        return check->intact() ? ExitOk : ExitFailure;
    }
    // A head noted down from a log that does not verify would vouch for it.
    if (!check->intact()) {
        printProblems(err(), *check);
        return ExitFailure;
    }
    if (!*head) {
        err() << Cli::tr("The audit log is empty.") << '\n';
        return ExitFailure;
    }
    out() << (*head)->id << ", " << (*head)->hash << ", " << (*head)->at.toUTC().toString(Qt::ISODate)
          << '\n';
    return ExitOk;
}

// A day of --from or --to: YYYY-MM-DD, nothing else.
std::optional<QDate> dayOption(const QCommandLineParser &parser, const QString &name, QString &problem)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name);
    const QDate day = QDate::fromString(text, QStringLiteral("yyyy-MM-dd"));
    if (!day.isValid()) {
        problem = Cli::tr("--%1 takes a day as YYYY-MM-DD, not “%2”.").arg(name, text);
        return std::nullopt;
    }
    return day;
}

// signwatch-cli audit export: the entries as CSV for use outside the console (AuditExport).
int exportEntries(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Writes the audit log's entries to a CSV file (UTF-8, a header row): id, time (UTC), person, "
                "action, subject kind, subject id and reason. Citizen ids are masked. --from and --to are "
                "days in local time (UTC+7), both included. The file is readable by its owner only."));
    addCasebookOption(parser);
    parser.addOption({QStringLiteral("from"), Cli::tr("The first day to list (local time, UTC+7)."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("to"), Cli::tr("The last day to list (local time, UTC+7), included."),
                      QStringLiteral("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("personal-data"),
                      Cli::tr("Only accesses to personal data (a citizen's full id shown: citizen.unmask), "
                              "for data-protection duties under Law 91/2025/QH15.")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The CSV file to write."), QStringLiteral("file")});
    if (const int code = parseOrExit(parser, QStringLiteral("audit export"), arguments); code >= 0)
        return code;
    QString problem;
    const auto from = dayOption(parser, QStringLiteral("from"), problem);
    const auto to = from ? dayOption(parser, QStringLiteral("to"), problem) : std::nullopt;
    if (problem.isEmpty() && parser.value(QStringLiteral("out")).isEmpty())
        problem = Cli::tr("--out FILE.csv is required.");
    if (!problem.isEmpty()) {
        err() << problem << '\n' << usageText() << '\n';
        return ExitUsage;
    }
    // An export of a casebook that is not there would be an empty file that looks like an answer.
    auto casebook = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    const AuditLog log(**casebook);
    const QString path = parser.value(QStringLiteral("out"));
    auto written = AuditExport::write(log, {*from, *to, parser.isSet(QStringLiteral("personal-data"))}, path);
    if (!written) {
        err() << written.error().fullText() << '\n';
        return written.error().kind == Error::Kind::InvalidInput ? ExitUsage : ExitFailure;
    }
    out() << Cli::tr("%n audit entries written to %1 (citizen ids masked).", nullptr, int(*written)).arg(path)
          << '\n';
    return ExitOk;
}

} // namespace

// signwatch-cli audit verify|anchor|export: exit 0 when the log verifies (or the file is written),
// 1 with what does not, 2 for bad usage, 3 when the casebook does not exist or cannot be opened.
int runAudit(const QStringList &arguments, const Clock &clock)
{
    QStringList rest = arguments;
    const QString sub = rest.isEmpty() ? QString() : rest.takeFirst();
    if (sub == QLatin1String("verify"))
        return check(rest, Print::Report, clock);
    if (sub == QLatin1String("anchor"))
        return check(rest, Print::Head, clock);
    if (sub == QLatin1String("export"))
        return exportEntries(rest, clock);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usageText() << '\n';
        return ExitOk;
    }
    err() << usageText() << '\n';
    return ExitUsage;
}

} // namespace sw::cli
