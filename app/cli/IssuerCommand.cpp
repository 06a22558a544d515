// signwatch-cli issuer list|add|address: the issuing bodies by period kept in the casebook
// (spec/organisation.md): which body issues the documents dated on a day, and the next one.
#include "CliSupport.h"
#include "Commands.h"
#include "casebook/Casebook.h"
#include "casebook/Issuers.h"
#include "documents/DocumentWording.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

namespace {

struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString usageText()
{
    return Cli::tr(
        "Usage: signwatch-cli issuer list [--casebook PATH|URL] [--format text|json]\n"
        "       signwatch-cli issuer add --from YYYY-MM-DD --parent TEXT --body TEXT --code CODE "
        "--in-text TEXT --place TEXT --address TEXT [--casebook PATH|URL]\n"
        "       signwatch-cli issuer address --from YYYY-MM-DD --address TEXT [--casebook PATH|URL]");
}

int usage(const QString &message)
{
    err() << message << '\n' << usageText() << '\n';
    err().flush();
    return ExitUsage;
}

int failed(const Error &error)
{
    err() << error.fullText() << '\n';
    err().flush();
    return error.kind == Error::Kind::InvalidInput ? ExitUsage : ExitFailure;
}

QJsonObject periodJson(const documents::IssuingPeriod &p)
{
    return {{QLatin1String("from"), p.from.toString(Qt::ISODate)},
            {QLatin1String("parent_body"), p.issuer.parentBody},
            {QLatin1String("body"), p.issuer.body},
            {QLatin1String("body_code"), p.issuer.bodyCode},
            {QLatin1String("body_in_text"), p.issuer.bodyInText},
            {QLatin1String("place"), p.issuer.place},
            {QLatin1String("address"), p.issuer.address}};
}

int list(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Lists the issuing bodies by period: a document carries the body in force on its date."));
    addCasebookOption(parser);
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("format"),
                      QStringLiteral("text")});
    if (const int code = parseOrExit(parser, QStringLiteral("issuer list"), arguments); code >= 0)
        return code;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usage(Cli::tr("--format takes text or json."));
    auto casebook = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
    if (!casebook)
        return casebook.error().kind == Error::Kind::InvalidInput ? failed(casebook.error())
                                                                  : reportCasebookFailure(casebook.error());
    auto periods = casebook::Issuers(**casebook).periods();
    if (!periods)
        return failed(periods.error());
    const QDate today = documents::provinceTime(clock.now()).date();
    auto current = periods->inForce(today);
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const auto &p : periods->periods()) {
            QJsonObject row = periodJson(p);
            row.insert(QLatin1String("in_force_today"), current && current->period == p);
            rows.append(row);
        }
        out() << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const auto &p : periods->periods()) {
        const bool now = current && current->period == p;
        const QString address
            = p.issuer.address.isEmpty() ? Cli::tr("no address recorded") : p.issuer.address;
        out() << QStringLiteral("%1  %2  %3 / %4  (%5; %6; %7)%8")
                     .arg(p.from.toString(Qt::ISODate), p.issuer.bodyCode.leftJustified(6),
                          p.issuer.parentBody, p.issuer.body, p.issuer.bodyInText, p.issuer.place, address,
                          now ? QStringLiteral("  ") + Cli::tr("[in force today]") : QString())
              << '\n';
    }
    return ExitOk;
}

int add(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Adds the next issuing body: documents signed from its date carry it (a signatory's "
                "action, audited as issuer.add). Periods are never changed or removed."));
    addCasebookOption(parser);
    const struct
    {
        const char *name;
        const char *help;
    } fields[] = {
        {"from", QT_TRANSLATE_NOOP("Cli", "The first day the body issues documents, YYYY-MM-DD.")},
        {"parent", QT_TRANSLATE_NOOP("Cli", "The parent body, header line 1 (UBND THÀNH PHỐ HUẾ).")},
        {"body", QT_TRANSLATE_NOOP("Cli", "The issuing body, header line 2 (SỞ KHOA HỌC VÀ CÔNG NGHỆ).")},
        {"code", QT_TRANSLATE_NOOP("Cli", "The body's code in numbers, letters and digits (SKHCN).")},
        {"in-text", QT_TRANSLATE_NOOP("Cli", "The body in running text (Sở Khoa học và Công nghệ).")},
        {"place", QT_TRANSLATE_NOOP("Cli", "The place of the date line (Huế).")},
        {"address", QT_TRANSLATE_NOOP("Cli", "The body's seat, where minutes are drawn up by default.")},
    };
    for (const auto &field : fields)
        parser.addOption({QLatin1String(field.name), QCoreApplication::translate("Cli", field.help),
                          QStringLiteral("text")});
    if (const int code = parseOrExit(parser, QStringLiteral("issuer add"), arguments); code >= 0)
        return code;
    for (const auto &field : fields)
        if (!parser.isSet(QLatin1String(field.name)))
            return usage(Cli::tr("issuer add needs --%1.").arg(QLatin1String(field.name)));
    documents::IssuingPeriod period;
    period.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (!period.from.isValid())
        return usage(Cli::tr("--from takes a date such as 2026-07-01."));
    period.issuer = {parser.value(QStringLiteral("parent")), parser.value(QStringLiteral("body")),
                     parser.value(QStringLiteral("code")),   parser.value(QStringLiteral("in-text")),
                     parser.value(QStringLiteral("place")),  parser.value(QStringLiteral("address"))};
    auto casebook = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
    if (!casebook)
        return casebook.error().kind == Error::Kind::InvalidInput ? failed(casebook.error())
                                                                  : reportCasebookFailure(casebook.error());
    auto added = casebook::Issuers(**casebook).add(period);
    if (!added)
        return failed(added.error());
    out() << Cli::tr("Documents signed from %1 are issued by %2 (%3 / %4, code %5, place %6).")
                 .arg(documents::periodDate(added->from), added->issuer.bodyInText, added->issuer.parentBody,
                      added->issuer.body, added->issuer.bodyCode, added->issuer.place)
          << '\n';
    return ExitOk;
}

int address(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr(
        "Records the address of an issuing body's seat, where minutes are drawn up (a signatory's "
        "action, audited as issuer.address). The address is the only thing of a period that changes."));
    addCasebookOption(parser);
    parser.addOption({QStringLiteral("from"), Cli::tr("The first day of the period, YYYY-MM-DD."),
                      QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("address"), Cli::tr("The address of the body's seat."), QStringLiteral("text")});
    if (const int code = parseOrExit(parser, QStringLiteral("issuer address"), arguments); code >= 0)
        return code;
    for (const char *name : {"from", "address"})
        if (!parser.isSet(QLatin1String(name)))
            return usage(Cli::tr("issuer address needs --%1.").arg(QLatin1String(name)));
    const QDate from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    if (!from.isValid())
        return usage(Cli::tr("--from takes a date such as 2025-03-01."));
    auto casebook = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
    if (!casebook)
        return casebook.error().kind == Error::Kind::InvalidInput ? failed(casebook.error())
                                                                  : reportCasebookFailure(casebook.error());
    auto changed = casebook::Issuers(**casebook).setAddress(from, parser.value(QStringLiteral("address")));
    if (!changed)
        return failed(changed.error());
    out() << Cli::tr("%1 (%2, from %3) has its seat at %4.")
                 .arg(changed->issuer.bodyInText, changed->issuer.bodyCode,
                      documents::periodDate(changed->from), changed->issuer.address)
          << '\n';
    return ExitOk;
}

} // namespace

int runIssuer(const QStringList &arguments, const Clock &clock)
{
    if (arguments.isEmpty())
        return usage(Cli::tr("issuer needs a subcommand."));
    QStringList rest = arguments;
    const QString sub = rest.takeFirst();
    if (sub == QLatin1String("list"))
        return list(rest, clock);
    if (sub == QLatin1String("add"))
        return add(rest, clock);
    if (sub == QLatin1String("address"))
        return address(rest, clock);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << usageText() << '\n';
        return ExitOk;
    }
    return usage(Cli::tr("Unknown issuer subcommand: %1").arg(sub));
}

} // namespace sw::cli
