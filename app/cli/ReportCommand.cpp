#include "CliSupport.h"
#include "Commands.h"
#include "casebook/Casebook.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "findings/FindingsStore.h"
#include "reports/CaseworkFromCasebook.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportDraft.h"
#include "reports/ReportIssuer.h"
#include "reports/ReportPdf.h"
#include "rules/Thresholds.h"
#include "settings/CasebookProfile.h"
#include "settings/Settings.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace sw::cli {

namespace {

// The console's findings store: --findings-store, else the one the console uses (Settings, else
// FindingsStore::defaultPath). A store named on the command line must exist; the console's own
// may be missing (never scanned): the report then leaves out the violations and says so.
QString storePath(const QCommandLineParser &parser, const settings::Settings &settings)
{
    if (parser.isSet(QStringLiteral("findings-store")))
        return parser.value(QStringLiteral("findings-store"));
    const QString configured = settings.findingsStorePath();
    return configured.isEmpty() ? findings::FindingsStore::defaultPath() : configured;
}

void note(const QString &text)
{
    err() << text << '\n';
    err().flush();
}

// The signer and recipients: --signer-*, else what the Reports page kept (Settings::reportDraft),
// else a deputy director signing for the director; the recipients the page kept, else the standard.
void fillSignature(const QCommandLineParser &parser, const settings::Settings &settings,
                   reports::ReportMeta &meta)
{
    const QVariantMap page = settings.reportDraft();
    auto value = [&](const QString &option, const QString &key, const QString &fallback) {
        if (parser.isSet(option))
            return parser.value(option);
        const QString kept = page.value(key).toString().trimmed();
        return kept.isEmpty() ? fallback : kept;
    };
    const QString title = value(QStringLiteral("signer-title"), QStringLiteral("signerTitle"),
                                QStringLiteral("PHÓ GIÁM ĐỐC"));
    const QString authority = parser.isSet(QStringLiteral("signer-authority"))
        ? parser.value(QStringLiteral("signer-authority"))
        : (parser.isSet(QStringLiteral("signer-title")) ? QString()
                                                        : page.value(QStringLiteral("authority")).toString());
    meta.signatory = reports::reportSignatory(
        authority, title, value(QStringLiteral("signer-name"), QStringLiteral("signerName"), {}));
    for (const QString &line : page.value(QStringLiteral("recipients")).toString().split(QLatin1Char('\n')))
        if (!line.trimmed().isEmpty())
            meta.recipients << line.trimmed();
}

} // namespace

// signwatch-cli report --db URL --from DATE --to DATE [--district CODE] [--findings-store PATH]
// [--casebook PATH] [--proposals FILE] [--draft-in FILE] [--draft-out FILE] [--signer-… TEXT]
// --out FILE.pdf: the Department's periodic report.
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
                                                  "The findings store to count violations from (default: "
                                                  "the console's, %1; without a scan the report leaves "
                                                  "the violations out).")
                          .arg(findings::FindingsStore::defaultPath()),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("casebook"),
                      QCoreApplication::translate("Cli",
                                                  "The casebook to count cases and measures from "
                                                  "(a SQLite file or a postgresql:// URL; default: the "
                                                  "console's; without one the report leaves casework out)."),
                      QStringLiteral("path|url")});
    parser.addOption({QStringLiteral("proposals"),
                      QCoreApplication::translate("Cli", "A UTF-8 text file with the proposals (part VI)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("draft-out"),
         QCoreApplication::translate("Cli",
                                     "Write the assessment and proposals drafted from the figures, "
                                     "the signer and the recipients to this JSON file, to edit "
                                     "and pass back with --draft-in."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("draft-in"),
                      QCoreApplication::translate("Cli",
                                                  "The edited draft (JSON, as --draft-out writes it): its "
                                                  "texts, signer and recipients replace the drafted ones."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("signer-name"),
         QCoreApplication::translate("Cli", "The signer's full name (default: the Reports page's)."),
         QStringLiteral("name")});
    parser.addOption({QStringLiteral("signer-title"),
                      QCoreApplication::translate("Cli",
                                                  "The signer's title (default: the Reports page's, else "
                                                  "PHÓ GIÁM ĐỐC, signing KT. GIÁM ĐỐC)."),
                      QStringLiteral("title")});
    parser.addOption({QStringLiteral("signer-authority"),
                      QCoreApplication::translate("Cli",
                                                  "The authority line above the title (e.g. KT. GIÁM ĐỐC); "
                                                  "default: a deputy signs for the head."),
                      QStringLiteral("text")});
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
    if (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("draft-out")))
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
    const QString findingsPath = storePath(parser, settings);
    if (parser.isSet(QStringLiteral("findings-store")) && !QFileInfo::exists(findingsPath))
        return usage(
            QCoreApplication::translate("Cli", "The findings store %1 does not exist.").arg(findingsPath));
    if (QFileInfo::exists(findingsPath)) {
        store = std::make_unique<findings::FindingsStore>(findingsPath);
        if (auto opened = store->open(); !opened) {
            err() << opened.error().fullText() << '\n';
            return ExitFailure;
        }
        input.findings = store.get();
    }
    std::unique_ptr<casebook::Casebook> casebook;
    const auto casebookAt = casebookLocation(parser, settings);
    if (!casebookAt)
        return reportCasebookFailure(casebookAt.error());
    if (!casebookAt->isEmpty()) {
        auto opened = openCasebook(*casebookAt, clock, CasebookMust::Exist);
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
    fillSignature(parser, settings, input.meta);
    if (parser.isSet(QStringLiteral("draft-in"))) {
        QFile file(parser.value(QStringLiteral("draft-in")));
        if (!file.open(QIODevice::ReadOnly))
            return usage(QCoreApplication::translate("Cli", "The draft %1 cannot be read: %2")
                             .arg(file.fileName(), file.errorString()));
        auto draft = reports::draftFromJson(file.readAll());
        if (!draft)
            return usage(draft.error().fullText());
        for (auto [from, to] : {std::pair {&draft->texts.introduction, &input.texts.introduction},
                                std::pair {&draft->texts.assessment, &input.texts.assessment},
                                std::pair {&draft->texts.proposals, &input.texts.proposals}})
            if (!from->trimmed().isEmpty())
                *to = *from;
        if (draft->signatory != documents::Signatory {})
            input.meta.signatory = draft->signatory;
        if (!draft->recipients.isEmpty())
            input.meta.recipients = draft->recipients;
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
    // Which of the console's stores the figures come from, said once.
    if (data->violations.available)
        note(QCoreApplication::translate("Cli", "Violations: the findings store %1 (scan of %2).")
                 .arg(findingsPath, data->violations.scanAsOf.toString(Qt::ISODate)));
    else
        note(QCoreApplication::translate("Cli",
                                         "Violations left out: the findings store %1 holds no scan of this "
                                         "registry.")
                 .arg(findingsPath));
    if (casebook)
        note(QCoreApplication::translate("Cli", "Cases and measures: the casebook %1.").arg(*casebookAt));
    else
        note(QCoreApplication::translate("Cli", "Cases and measures left out: there is no casebook at %1.")
                 .arg(settings.casebookPath().isEmpty() ? casebook::Casebook::defaultPath()
                                                        : settings.casebookPath()));
    if (input.meta.signatory.name.isEmpty())
        note(QCoreApplication::translate("Cli", "The signature block has no name: give --signer-name."));
    if (parser.isSet(QStringLiteral("draft-out"))) {
        reports::ReportDraft draft;
        draft.texts = data->texts;
        if (draft.texts.assessment.trimmed().isEmpty())
            draft.texts.assessment = reports::draftAssessment(*data);
        if (draft.texts.proposals.trimmed().isEmpty())
            draft.texts.proposals = reports::draftProposals(*data);
        draft.signatory = data->meta.signatory;
        draft.recipients = data->meta.recipients.isEmpty() ? reports::defaultRecipients(data->meta.issuer)
                                                           : data->meta.recipients;
        QSaveFile file(parser.value(QStringLiteral("draft-out")));
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(reports::toJson(draft)).toJson(QJsonDocument::Indented)) < 0
            || !file.commit()) {
            err() << QCoreApplication::translate("Cli", "The draft %1 cannot be written: %2")
                         .arg(file.fileName(), file.errorString())
                  << '\n';
            return ExitFailure;
        }
        note(QCoreApplication::translate("Cli", "Draft written: %1").arg(file.fileName()));
        if (!parser.isSet(QStringLiteral("out")))
            return ExitOk;
    }

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
