#include "CliSupport.h"
#include "Commands.h"
#include "casebook/Casebook.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "findings/FindingsStore.h"
#include "reports/CaseworkFromCasebook.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportIssuer.h"
#include "reports/ReportPdf.h"
#include "rules/Thresholds.h"
#include "settings/Settings.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

namespace sw::cli {

// signwatch-cli report --db URL --from DATE --to DATE [--district CODE] [--findings-store PATH]
// [--casebook PATH] [--proposals FILE] --out FILE.pdf: the Department's periodic report.
int runReport(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli", "Writes the Department's periodic report (BÁO CÁO, BC-STTTT) for a period as a PDF."));
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
    parser.addOption({QStringLiteral("findings-store"),
                      QCoreApplication::translate("Cli",
                                                  "The findings store to count violations from "
                                                  "(default: none, part III says no scan)."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("casebook"),
                      QCoreApplication::translate("Cli",
                                                  "The casebook to count cases and measures from "
                                                  "(a SQLite file or a postgresql:// URL)."),
                      QStringLiteral("path|url")});
    parser.addOption({QStringLiteral("proposals"),
                      QCoreApplication::translate("Cli", "A UTF-8 text file with the proposals (part VI)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("number"),
                      QCoreApplication::translate("Cli", "The report's number within the year (default 1)."),
                      QStringLiteral("n")});
    parser.addOption(
        {QStringLiteral("as-of"),
         QCoreApplication::translate("Cli", "Judge requests as of this UTC time (default: now)."),
         QStringLiteral("time")});
    parser.addOption({QStringLiteral("out"), QCoreApplication::translate("Cli", "The PDF file to write."),
                      QStringLiteral("file")});
    if (const int code = parseOrExit(parser, QStringLiteral("report"), arguments); code >= 0)
        return code;

    auto usage = [](const QString &message) {
        err() << message << '\n';
        err().flush();
        return ExitUsage;
    };
    reports::ReportInput input;
    for (const auto &[name, date] : {std::pair {QStringLiteral("from"), &input.filter.from},
                                     std::pair {QStringLiteral("to"), &input.filter.to}}) {
        if (!parser.isSet(name))
            return usage(QCoreApplication::translate("Cli", "--%1 is required.").arg(name));
        *date = QDate::fromString(parser.value(name), Qt::ISODate);
        if (!date->isValid())
            return usage(
                QCoreApplication::translate("Cli", "--%1 takes a date such as 2023-08-01.").arg(name));
    }
    if (input.filter.from > input.filter.to)
        return usage(QCoreApplication::translate("Cli", "--from must not come after --to."));
    if (!parser.isSet(QStringLiteral("out")))
        return usage(QCoreApplication::translate("Cli", "--out is required."));
    input.filter.district = parser.value(QStringLiteral("district"));
    if (!input.filter.district.isEmpty()) {
        const auto &known = statistics::districts();
        if (std::none_of(known.cbegin(), known.cend(),
                         [&](const statistics::District &d) { return d.code == input.filter.district; }))
            return usage(QCoreApplication::translate("Cli",
                                                     "--district takes a district code of the province "
                                                     "(474–483)."));
    }
    if (parser.isSet(QStringLiteral("number"))) {
        bool ok = false;
        input.meta.number = parser.value(QStringLiteral("number")).toInt(&ok);
        if (!ok || input.meta.number < 1)
            return usage(QCoreApplication::translate("Cli", "--number takes a whole number from 1."));
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        const auto asOf = rules::parseUtcTime(parser.value(QStringLiteral("as-of")));
        if (!asOf)
            return usage(asOf.error().message);
        input.asOf = QDateTime::fromSecsSinceEpoch(*asOf, Qt::UTC);
    } else {
        input.asOf = clock.now();
    }
    if (parser.isSet(QStringLiteral("proposals"))) {
        QFile file(parser.value(QStringLiteral("proposals")));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("Cli", "The proposals file %1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString()));
        input.texts.proposals = QString::fromUtf8(file.readAll());
    }
    // §4.4: the same deadline as the REQUEST_EXPIRED rule, settings included.
    rules::Thresholds thresholds;
    settings::Settings settings;
    const auto overrides = settings.thresholdOverrides();
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
        (void)thresholds.set(it.key(), it.value());
    input.requestDeadlineSeconds = thresholds.requestDeadline();

    std::unique_ptr<findings::FindingsStore> store;
    if (parser.isSet(QStringLiteral("findings-store"))) {
        const QString path = parser.value(QStringLiteral("findings-store"));
        if (!QFileInfo::exists(path))
            return usage(
                QCoreApplication::translate("Cli", "The findings store %1 does not exist.").arg(path));
        store = std::make_unique<findings::FindingsStore>(path);
        if (auto opened = store->open(); !opened) {
            err() << opened.error().fullText() << '\n';
            return ExitFailure;
        }
        input.findings = store.get();
    }
    std::unique_ptr<casebook::Casebook> casebook;
    if (parser.isSet(QStringLiteral("casebook"))) {
        auto opened = openCasebook(parser.value(QStringLiteral("casebook")), clock, CasebookMust::Exist);
        if (!opened && opened.error().kind == Error::Kind::NotFound)
            return usage(opened.error().message);
        if (!opened) {
            err() << opened.error().fullText() << '\n';
            return ExitFailure;
        }
        casebook = std::move(*opened);
        input.casework = [&casebook](const QDate &from, const QDate &to) {
            return reports::caseworkFromCasebook(*casebook, from, to);
        };
    }

    // Issued today (the province's day): the body in force then heads it and numbers it.
    input.meta.issued = documents::provinceTime(clock.now()).date();
    auto issuer = reports::reportIssuer(casebook.get(), input.meta.issued);
    if (!issuer) {
        err() << issuer.error().fullText() << '\n';
        return ExitFailure;
    }
    input.meta.issuer = issuer->period.issuer;

    QElapsedTimer timer;
    timer.start();
    auto opened = openRegistry(parser);
    if (!opened)
        return reportOpenFailure(opened.error());
    input.registryKey = opened->connection->spec().registryKey();
    const auto data = reports::buildReport(*opened->connection, opened->credentials, input);
    if (!data)
        return reportRegistryFailure(data.error(), opened->connection->spec());
    const qint64 countMs = timer.restart();
    const auto pdf = reports::ReportPdf::render(*data);
    if (!pdf) {
        err() << pdf.error().fullText() << '\n';
        return ExitFailure;
    }
    if (auto saved = documents::DocumentPdf::save(*pdf, parser.value(QStringLiteral("out"))); !saved) {
        err() << saved.error().fullText() << '\n';
        return ExitFailure;
    }
    err() << QCoreApplication::translate("Cli", "Report written: %1 pages (figures %2 ms, PDF %3 ms).")
                 .arg(pdf->pageCount)
                 .arg(countMs)
                 .arg(timer.elapsed())
          << '\n';
    return ExitOk;
}

} // namespace sw::cli
