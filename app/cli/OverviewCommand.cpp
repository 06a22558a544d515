#include "CliSupport.h"
#include "Commands.h"
#include "statistics/OverviewStats.h"

#include <QCoreApplication>

namespace sw::cli {

// signwatch-cli overview --db URL: the overview page's table as tab-separated text.
int runOverview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Prints certificates per provider and channel, requests and look-ups per provider."));
    addRegistryOptions(parser);
    if (const int code = parseOrExit(parser, QStringLiteral("overview"), arguments); code >= 0)
        return code;

    auto opened = openRegistry(parser);
    if (!opened)
        return reportOpenFailure(opened.error());
    const auto &connection = opened->connection;
    const QSqlDatabase db = connection->database();
    const auto overview = statistics::loadOverview(db);
    if (!overview)
        return reportRegistryFailure(overview.error(), connection->spec());
    const QStringList channels = statistics::knownChannels();
    QStringList header {QStringLiteral("provider")};
    header << channels << QStringLiteral("other") << QStringLiteral("certificates")
           << QStringLiteral("active") << QStringLiteral("revoked") << QStringLiteral("requests")
           << QStringLiteral("lookups");
    out() << header.join(QLatin1Char('\t')) << '\n';
    auto printLine = [&](const statistics::ProviderOverview &p, const QString &label) {
        QStringList cells {label};
        qint64 known = 0;
        for (const QString &channel : channels) {
            const qint64 n = p.certificatesByChannel.value(channel);
            known += n;
            cells << QString::number(n);
        }
        cells << QString::number(p.certificates - known) << QString::number(p.certificates)
              << QString::number(p.activeCertificates) << QString::number(p.revokedCertificates)
              << QString::number(p.requests) << QString::number(p.lookups);
        out() << cells.join(QLatin1Char('\t')) << '\n';
    };
    for (const auto &p : overview->providers)
        printLine(p, p.code);
    printLine(overview->totals, QStringLiteral("TOTAL"));
    out() << "citizens\t" << overview->citizens << '\n'
          << "citizens_with_certificate\t" << overview->citizensWithCertificate << '\n';
    return ExitOk;
}

} // namespace sw::cli
