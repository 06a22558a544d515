#include "CliSupport.h"
#include "Commands.h"
#include "rules/Thresholds.h"
#include "settings/Settings.h"
#include "statistics/DashboardStats.h"
#include "statistics/OverviewStats.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QTimeZone>

namespace sw::cli {

namespace {
QString number(double value)
{
    return QString::number(value, 'f', 1);
}
} // namespace

// signwatch-cli dashboard --db URL [--from --to --district --provider]: the overview dashboard's
// figures as tab-separated text; the time the database took goes to stderr.
int runDashboard(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Prints the supervisors' dashboard: headline figures, per-provider figures and the timeline."));
    addRegistryOptions(parser);
    parser.addOption({QStringLiteral("from"),
                      QCoreApplication::translate("Cli", "First local day of the period, YYYY-MM-DD."),
                      QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("to"),
         QCoreApplication::translate("Cli", "Last local day of the period (included), YYYY-MM-DD."),
         QStringLiteral("date")});
    parser.addOption(
        {QStringLiteral("district"),
         QCoreApplication::translate("Cli", "Only citizens of this district (GSO code, e.g. 474)."),
         QStringLiteral("code")});
    parser.addOption({QStringLiteral("provider"),
                      QCoreApplication::translate("Cli", "Only this provider (code, e.g. VNPT-CA)."),
                      QStringLiteral("code")});
    parser.addOption(
        {QStringLiteral("as-of"),
         QCoreApplication::translate("Cli", "Judge requests as of this UTC time (default: now)."),
         QStringLiteral("time")});
    parser.addOption({QStringLiteral("serial"),
                      QCoreApplication::translate("Cli", "Count on one connection only (for timing).")});
    if (const int code = parseOrExit(parser, QStringLiteral("dashboard"), arguments); code >= 0)
        return code;

    auto usage = [](const QString &message) {
        err() << message << '\n';
        err().flush();
        return ExitUsage;
    };
    statistics::Filter filter;
    for (const auto &[name, date] :
         {std::pair {QStringLiteral("from"), &filter.from}, std::pair {QStringLiteral("to"), &filter.to}}) {
        if (!parser.isSet(name))
            continue;
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usage(
                QCoreApplication::translate("Cli", "--%1 takes a date such as 2023-08-01.").arg(name));
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return usage(QCoreApplication::translate("Cli", "--from must not come after --to."));
    filter.district = parser.value(QStringLiteral("district"));
    filter.provider = parser.value(QStringLiteral("provider"));

    statistics::DashboardOptions options;
    // §4.4: the same deadline as the REQUEST_EXPIRED rule, settings included.
    rules::Thresholds thresholds;
    settings::Settings settings;
    const auto overrides = settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        (void)thresholds.set(it.key(), it.value());
    options.requestDeadlineSeconds = thresholds.requestDeadline();
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = rules::parseUtcTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usage(asOf.error().message);
        options.asOf = QDateTime::fromSecsSinceEpoch(*asOf, Qt::UTC);
    }

    QElapsedTimer timer;
    timer.start();
    auto opened = openRegistry(parser);
    if (!opened)
        return reportOpenFailure(opened.error());
    const qint64 openMs = timer.restart();
    const auto dashboard = parser.isSet(QStringLiteral("serial"))
        ? statistics::loadDashboard(opened->connection->database(), filter, options)
        : statistics::loadDashboard(*opened->connection, opened->credentials, filter, options);
    const qint64 countMs = timer.elapsed();
    if (!dashboard)
        return reportRegistryFailure(dashboard.error(), opened->connection->spec());

    const statistics::Dashboard &d = *dashboard;
    out() << "period\t" << d.firstDay.toString(Qt::ISODate) << '\t' << d.lastDay.toString(Qt::ISODate) << '\t'
          << (d.bucketDays == 1 ? "day" : "week") << '\n'
          << "citizens_with_signature\t" << d.citizensWithSignature << '\n'
          << "population\t" << d.population << (d.populationFromRegistry ? "\tregistry" : "\tprovince")
          << '\n'
          << "share_percent\t" << (d.sharePercent() ? number(*d.sharePercent()) : QStringLiteral("-")) << '\n'
          << "providers_excluded\t" << d.providersExcluded << '\n'
          << "unreadable_certificates\t" << d.unreadableCertificates << '\n'
          << "unreadable_requests\t" << d.unreadableRequests << '\n';
    QStringList header {QStringLiteral("provider")};
    header << statistics::knownChannels() << QStringLiteral("other") << QStringLiteral("certificates")
           << QStringLiteral("active") << QStringLiteral("technical_error") << QStringLiteral("revoked")
           << QStringLiteral("delay_n") << QStringLiteral("delay_p05") << QStringLiteral("delay_q1")
           << QStringLiteral("delay_median") << QStringLiteral("delay_q3") << QStringLiteral("delay_p95")
           << QStringLiteral("requests") << QStringLiteral("served_48h") << QStringLiteral("withdrawn")
           << QStringLiteral("expired") << QStringLiteral("pending") << QStringLiteral("rate_48h_percent")
           << QStringLiteral("excluded");
    out() << header.join(QLatin1Char('\t')) << '\n';
    QList<statistics::ProviderDashboard> lines = d.providers;
    lines.append(d.totals);
    for (const auto &p : lines) {
        const bool total = p.code.isEmpty();
        QStringList cells {total ? QStringLiteral("TOTAL") : p.code};
        for (const QString &channel : statistics::knownChannels())
            cells << QString::number(p.byChannel.value(channel));
        cells << QString::number(p.byChannel.value(QStringLiteral("other")))
              << QString::number(p.certificates) << QString::number(p.active)
              << QString::number(p.technicalError) << QString::number(p.revoked);
        if (total || p.delay.count == 0)
            cells << QString::number(p.delay.count) << QStringLiteral("-") << QStringLiteral("-")
                  << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("-");
        else
            cells << QString::number(p.delay.count) << number(p.delay.p05) << number(p.delay.q1)
                  << number(p.delay.median) << number(p.delay.q3) << number(p.delay.p95);
        const auto rate = p.requests.ratePercent();
        cells << QString::number(p.requests.registered) << QString::number(p.requests.served)
              << QString::number(p.requests.withdrawn) << QString::number(p.requests.expired)
              << QString::number(p.requests.pending) << (rate ? number(*rate) : QStringLiteral("-"))
              << (total ? QString() : QString::number(int(p.excluded)));
        out() << cells.join(QLatin1Char('\t')) << '\n';
    }
    out() << "bucket_start\tbucket_end";
    const QStringList codes = d.timeline.keys();
    for (const QString &code : codes)
        out() << '\t' << code;
    out() << '\n';
    for (int i = 0; i < d.bucketStarts.size(); ++i) {
        const auto [start, end] = d.bucketRange(i);
        out() << start.toString(Qt::ISODate) << '\t' << end.toString(Qt::ISODate);
        for (const QString &code : codes)
            out() << '\t' << d.timeline.value(code).value(i);
        out() << '\n';
    }
    out().flush();
    err() << QCoreApplication::translate("Cli", "Opened in %1 s, counted in %2 s.")
                 .arg(QLocale().toString(openMs / 1000.0, 'f', 2),
                      QLocale().toString(countMs / 1000.0, 'f', 2))
          << '\n';
    return ExitOk;
}

} // namespace sw::cli
