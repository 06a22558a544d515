#include "CliSupport.h"
#include "Commands.h"
#include "SigningPin.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "casebook/FindingLines.h"
#include "citizens/EarlierCertificates.h"
#include "documents/MinutesData.h"
#include "privacy/Masking.h"
#include "rules/RuleCatalogue.h"
#include "settings/SigningProfile.h"
#include "signatures/DocumentSigner.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSaveFile>
#include <QTimeZone>

namespace sw::cli {

using namespace sw::casebook;

namespace {

// This file's strings are in the translation context "Cli" (lupdate reads Cli::tr).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

int usage(const QString &message)
{
    err() << message << '\n';
    err().flush();
    return ExitUsage;
}

int refused(const Error &error)
{
    err() << error.fullText() << '\n';
    err().flush();
    return ExitFailure;
}

// Like parseOrExit, but a sub-command may take positional arguments (a case number).
int parseWithPositionals(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                         int positionals)
{
    parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("signwatch-cli ") + command);
    if (!parser.parse(withProgram))
        return usage(parser.errorText() + QLatin1Char('\n') + parser.helpText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        out().flush();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionals)
        return usage(positionals == 0
                         ? Cli::tr("Unexpected argument: %1").arg(parser.positionalArguments().value(0))
                         : Cli::tr("%1 takes a case number.").arg(command));
    return -1;
}

Result<std::unique_ptr<Casebook>> openCasebook(const QCommandLineParser &parser, const Clock &clock)
{
    return cli::openCasebook(parser.value(QStringLiteral("casebook")), clock);
}

std::optional<qint64> caseNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

QString utcText(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QStringLiteral("-");
}

// Written for the user alone (0600): minutes hold citizens' masked ids and the names of the people
// present, a draft the same.
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)
        || file.write(bytes) != bytes.size() || !file.commit()) {
        err() << Cli::tr("Could not write %1: %2").arg(path, file.errorString()) << '\n';
        return false;
    }
    return true;
}

// --- case open ---------------------------------------------------------------------------------

int caseOpen(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Opens a case against one provider from a scan's findings."));
    addCasebookOption(parser);
    parser.addOption({QStringLiteral("provider"), Cli::tr("The provider's code, e.g. VIETTEL-CA."),
                      QStringLiteral("code")});
    parser.addOption({QStringLiteral("provider-name"),
                      Cli::tr("The provider's legal name (default: the regulation's addressee list)."),
                      QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("findings"),
         Cli::tr("Findings of `signwatch-cli scan` (JSON Lines); only the provider's are taken."),
         QStringLiteral("file")});
    parser.addOption({QStringLiteral("rules"), Cli::tr("Only these rules, comma-separated (default: all)."),
                      QStringLiteral("codes")});
    parser.addOption({QStringLiteral("title"), Cli::tr("The case's title."), QStringLiteral("text")});
    if (const int code = parseWithPositionals(parser, QStringLiteral("case open"), arguments, 0); code >= 0)
        return code;
    if (!parser.isSet(QStringLiteral("provider")) || !parser.isSet(QStringLiteral("findings")))
        return usage(Cli::tr("case open needs --provider and --findings."));
    const QString provider = parser.value(QStringLiteral("provider"));
    QStringList ruleCodes;
    for (const QString &code :
         parser.value(QStringLiteral("rules")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!rules::findRule(code.trimmed()))
            return usage(Cli::tr("Unknown rule \"%1\".").arg(code));
        ruleCodes << code.trimmed();
    }
    QFile file(parser.value(QStringLiteral("findings")));
    if (!file.open(QIODevice::ReadOnly))
        return usage(Cli::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
    auto lines = findingLinesFromText(file.readAll());
    if (!lines)
        return usage(Cli::tr("%1: %2").arg(file.fileName(), lines.error().message));

    NewCase newCase;
    newCase.provider = provider;
    newCase.providerName = parser.value(QStringLiteral("provider-name"));
    newCase.title = parser.value(QStringLiteral("title"));
    for (const QByteArray &line : *lines) {
        const auto finding = findingFromJsonLine(line);
        if (finding && finding->provider.value_or(QString()) == provider
            && (ruleCodes.isEmpty() || ruleCodes.contains(finding->rule)))
            newCase.findingLines.append(line);
    }
    if (newCase.findingLines.isEmpty()) {
        err() << Cli::tr("%1 has no finding about %2: no case opened.").arg(file.fileName(), provider)
              << '\n';
        return ExitFailure;
    }
    auto casebook = openCasebook(parser, clock);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    Cases cases(**casebook);
    auto opened = cases.open(newCase);
    if (!opened)
        return refused(opened.error());
    out() << opened->id << '\n';
    err() << Cli::tr("Case %1 opened against %2 with %3 finding(s).")
                 .arg(opened->id)
                 .arg(opened->provider)
                 .arg(opened->findingCount)
          << '\n';
    return ExitOk;
}

// --- case list / show --------------------------------------------------------------------------

int caseList(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Cli::tr("Lists the cases, newest first."));
    addCasebookOption(parser);
    parser.addOption(
        {QStringLiteral("provider"), Cli::tr("Only this provider's cases."), QStringLiteral("code")});
    if (const int code = parseWithPositionals(parser, QStringLiteral("case list"), arguments, 0); code >= 0)
        return code;
    auto casebook = openCasebook(parser, clock);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    auto list = Cases(**casebook).list(parser.value(QStringLiteral("provider")));
    if (!list)
        return refused(list.error());
    for (const CaseRecord &c : *list)
        out() << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(c.id)
                     .arg(c.provider, statusCode(c.status))
                     .arg(c.findingCount)
                     .arg(c.title)
              << '\n';
    if (list->isEmpty())
        err() << Cli::tr("No cases.") << '\n';
    return ExitOk;
}

int caseShow(const QStringList &arguments, const Clock &clock)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Shows a case: its status, findings, complaints and documents."));
    addCasebookOption(parser);
    parser.addPositionalArgument(QStringLiteral("N"), Cli::tr("The case number."));
    if (const int code = parseWithPositionals(parser, QStringLiteral("case show"), arguments, 1); code >= 0)
        return code;
    const auto id = caseNumber(parser.positionalArguments().first());
    if (!id)
        return usage(Cli::tr("\"%1\" is not a case number.").arg(parser.positionalArguments().first()));
    auto casebook = openCasebook(parser, clock);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    Cases cases(**casebook);
    auto c = cases.caseById(*id);
    if (!c)
        return refused(c.error());
    out() << Cli::tr("Case %1: %2").arg(c->id).arg(c->title) << '\n'
          << Cli::tr("Provider: %1 (%2)").arg(c->provider, c->providerName) << '\n'
          << Cli::tr("Status: %1").arg(statusLabel(c->status))
          << (c->statusReason.isEmpty() ? QString() : QStringLiteral(" — ") + c->statusReason) << '\n'
          << Cli::tr("Opened: %1, last changed %2").arg(utcText(c->createdAt), utcText(c->updatedAt)) << '\n';
    if (c->exclusionFrom)
        out() << Cli::tr("Excluded from the programme from %1")
                     .arg(utcText(QDateTime::fromSecsSinceEpoch(*c->exclusionFrom, QTimeZone::utc())))
              << '\n';
    if (!c->publicationReference.isEmpty())
        out() << Cli::tr("Published: %1").arg(c->publicationReference) << '\n';

    auto findings = cases.findings(*id);
    if (!findings)
        return refused(findings.error());
    out() << Cli::tr("Findings: %1").arg(findings->size()) << '\n';
    // §1.7: ids masked, always.
    for (const rules::Finding &f : *findings)
        out() << QStringLiteral("  %1\t%2 %3\t%4\t%5")
                     .arg(f.rule, f.subjectKind)
                     .arg(f.subjectId)
                     .arg(f.citizenId ? privacy::maskCitizenId(*f.citizenId) : QStringLiteral("-"))
                     .arg(f.at ? utcText(QDateTime::fromSecsSinceEpoch(*f.at, QTimeZone::utc()))
                               : QStringLiteral("-"))
              << '\n';
    auto complaints = Complaints(**casebook).list({}, *id);
    if (!complaints)
        return refused(complaints.error());
    out() << Cli::tr("Complaints: %1").arg(complaints->size()) << '\n';
    for (const Complaint &k : *complaints)
        out() << QStringLiteral("  #%1\t%2\t%3\t%4\t%5")
                     .arg(k.id)
                     .arg(k.maskedCitizenId(), utcText(k.receivedAt), channelLabel(k.channel),
                          outcomeLabel(k.outcome))
              << '\n';
    auto caseDocs = CaseDocuments(**casebook).documentsOf(*id);
    if (!caseDocs)
        return refused(caseDocs.error());
    out() << Cli::tr("Documents: %1").arg(caseDocs->size()) << '\n';
    for (const CaseDocument &d : *caseDocs)
        out() << QStringLiteral("  #%1\t%2\t%3\t%4%5")
                     .arg(d.id)
                     .arg(d.kindCode(), d.isSigned() ? d.numberText() : Cli::tr("draft"),
                          d.isSigned() ? QStringLiteral("SHA-256 ") + d.pdfSha256 : utcText(d.updatedAt),
                          d.corrects ? Cli::tr("\tcorrects %1").arg(d.correctsNumber) : QString())
              << '\n';
    return ExitOk;
}

int caseDecide(const QStringList &arguments, bool dismiss, const Clock &clock)
{
    const QString command = dismiss ? QStringLiteral("case dismiss") : QStringLiteral("case establish");
    QCommandLineParser parser;
    parser.setApplicationDescription(dismiss
                                         ? Cli::tr("Dismisses an open or established case, with a reason.")
                                         : Cli::tr("Records that the case's violation is established."));
    addCasebookOption(parser);
    parser.addPositionalArgument(QStringLiteral("N"), Cli::tr("The case number."));
    parser.addOption(
        {QStringLiteral("reason"), Cli::tr("Why (required to dismiss)."), QStringLiteral("text")});
    if (const int code = parseWithPositionals(parser, command, arguments, 1); code >= 0)
        return code;
    const auto id = caseNumber(parser.positionalArguments().first());
    if (!id)
        return usage(Cli::tr("\"%1\" is not a case number.").arg(parser.positionalArguments().first()));
    auto casebook = openCasebook(parser, clock);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    Cases cases(**casebook);
    const QString reason = parser.value(QStringLiteral("reason"));
    auto decided = dismiss ? cases.dismiss(*id, reason) : cases.establish(*id, reason);
    if (!decided)
        return refused(decided.error());
    out() << Cli::tr("Case %1 is now %2.").arg(decided->id).arg(statusLabel(decided->status)) << '\n';
    return ExitOk;
}

// --- minutes / announce ------------------------------------------------------------------------

// Masks the evidence's citizen ids of a minutes draft written to a file (§1.7).
QJsonObject maskedDraft(QJsonObject draft)
{
    QJsonArray violations = draft.value(QLatin1String("violations")).toArray();
    for (QJsonValueRef violation : violations) {
        QJsonObject v = violation.toObject();
        QJsonArray rows = v.value(QLatin1String("evidence")).toArray();
        for (QJsonValueRef row : rows) {
            QJsonObject r = row.toObject();
            r.insert(QLatin1String("citizen_id"),
                     privacy::maskCitizenId(r.value(QLatin1String("citizen_id")).toString()));
            row = r;
        }
        v.insert(QLatin1String("evidence"), rows);
        violation = v;
    }
    if (draft.contains(QLatin1String("violations")))
        draft.insert(QLatin1String("violations"), violations);
    return draft;
}

// The minutes draft with its duplicates' earlier certificates read from the registry (read-only):
// saved when that changed anything.
Result<CaseDocument> withEarlierCertificates(registry::RegistryConnection &registry, CaseDocuments &docs,
                                             const CaseDocument &doc)
{
    auto minutes = documents::minutesFromJson(doc.draft);
    if (!minutes)
        return minutes.error();
    auto filled = citizens::fillEarlierCertificates(registry, *minutes);
    if (!filled)
        return filled.error();
    const QJsonObject draft = documents::toJson(*minutes);
    if (draft == doc.draft)
        return doc;
    err() << Cli::tr("%Ln evidence row(s) given the earlier certificate from the registry.", nullptr, *filled)
          << '\n';
    return docs.saveDraft(doc.id, draft, doc.version);
}

int document(const QStringList &arguments, documents::DocumentKind kind, const Clock &clock)
{
    const bool isMinutes = kind == documents::DocumentKind::Minutes;
    const QString command = isMinutes ? QStringLiteral("minutes") : QStringLiteral("announce");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        isMinutes
            ? Cli::tr(
                "Writes a case's minutes (biên bản) as PDF: its current draft, made from the case's findings "
                "the first time, or the signed minutes.")
            : Cli::tr("Writes a case's announcement (thông báo) as PDF, made from its signed minutes."));
    addCasebookOption(parser);
    // §1.4: the registry, read-only, gives a duplicate's earlier certificate (provider, time on Hue-S).
    if (isMinutes)
        addRegistryOptions(parser);
    parser.addOption({QStringLiteral("case"), Cli::tr("The case number."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), Cli::tr("The PDF file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("draft-in"), Cli::tr("Replace the draft with this JSON file first."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("draft-out"),
                      Cli::tr("Also write the draft as JSON (citizen ids masked) for editing."),
                      QStringLiteral("file")});
    if (!isMinutes)
        parser.addOption({QStringLiteral("exclusion-date"),
                          Cli::tr("The day the provider's removal from the programme takes effect "
                                  "(yyyy-MM-dd): the Department's decision, required before signing."),
                          QStringLiteral("date")});
    parser.addOption({QStringLiteral("sign"),
                      Cli::tr("Sign the draft: give it its number, freeze it and keep its PDF's SHA-256. "
                              "With --signing-key the PDF is signed digitally (PAdES) first; without, it "
                              "is to be signed on paper.")});
    parser.addOption({QStringLiteral("signing-key"),
                      Cli::tr("The signer's key: a PKCS#11 URI (\"pkcs11:token=…;object=…\", see p11tool "
                              "--list-tokens) or a PKCS#12 file. The PIN is read from "
                              "SIGNWATCH_SIGNING_PIN or asked on the terminal."),
                      QStringLiteral("key")});
    parser.addOption({QStringLiteral("pkcs11-module"),
                      Cli::tr("The token's PKCS#11 module (.so); default: p11-kit's proxy."),
                      QStringLiteral("path")});
    parser.addOption({QStringLiteral("signature-image"),
                      Cli::tr("The signer's signature image (PNG); default: a text appearance."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("timestamp-url"),
                      Cli::tr("A time-stamping authority (RFC 3161): the signature becomes PAdES B-T."),
                      QStringLiteral("url")});
    if (const int code = parseWithPositionals(parser, command, arguments, 0); code >= 0)
        return code;
    settings::SigningProfile signingProfile;
    signingProfile.signingKey = parser.value(QStringLiteral("signing-key"));
    signingProfile.pkcs11Module = parser.value(QStringLiteral("pkcs11-module"));
    signingProfile.signatureImage = parser.value(QStringLiteral("signature-image"));
    signingProfile.timestampUrl = parser.value(QStringLiteral("timestamp-url"));
    if (!parser.isSet(QStringLiteral("sign"))
        && (signingProfile.signsDigitally() || !signingProfile.pkcs11Module.isEmpty()
            || !signingProfile.timestampUrl.isEmpty() || !signingProfile.signatureImage.isEmpty()))
        return usage(Cli::tr("--signing-key, --pkcs11-module, --signature-image and --timestamp-url go "
                             "with --sign."));
    if (!signingProfile.signsDigitally()
        && (!signingProfile.pkcs11Module.isEmpty() || !signingProfile.timestampUrl.isEmpty()
            || !signingProfile.signatureImage.isEmpty()))
        return usage(Cli::tr("--pkcs11-module, --signature-image and --timestamp-url need --signing-key."));
    const auto id = caseNumber(parser.value(QStringLiteral("case")));
    if (!id)
        return usage(Cli::tr("%1 needs --case N.").arg(command));
    if (!parser.isSet(QStringLiteral("out")) && !parser.isSet(QStringLiteral("draft-out")))
        return usage(Cli::tr("%1 needs --out FILE.pdf.").arg(command));
    QJsonObject draftIn;
    if (parser.isSet(QStringLiteral("draft-in"))) {
        QFile file(parser.value(QStringLiteral("draft-in")));
        if (!file.open(QIODevice::ReadOnly))
            return usage(Cli::tr("Could not read %1: %2").arg(file.fileName(), file.errorString()));
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (error.error != QJsonParseError::NoError || !json.isObject())
            return usage(Cli::tr("%1 is not a JSON draft: %2").arg(file.fileName(), error.errorString()));
        draftIn = json.object();
    }

    QDate exclusionDate;
    if (!isMinutes && parser.isSet(QStringLiteral("exclusion-date"))) {
        exclusionDate = QDate::fromString(parser.value(QStringLiteral("exclusion-date")), Qt::ISODate);
        if (!exclusionDate.isValid())
            return usage(Cli::tr("--exclusion-date takes a date as yyyy-MM-dd, e.g. 2024-01-15."));
    }

    auto casebook = openCasebook(parser, clock);
    if (!casebook)
        return reportCasebookFailure(casebook.error());
    CaseDocuments docs(**casebook);
    auto latest = docs.latestOf(*id, kind);
    if (!latest)
        return refused(latest.error());
    CaseDocument doc;
    if (*latest) {
        doc = **latest;
    } else {
        auto created = isMinutes ? docs.createMinutes(*id) : docs.createAnnouncement(*id);
        if (!created)
            return refused(created.error());
        doc = *created;
        err() << (isMinutes ? Cli::tr("Minutes draft created for case %1.")
                            : Cli::tr("Announcement draft created for case %1."))
                     .arg(*id)
              << '\n';
    }
    if (!draftIn.isEmpty()) {
        auto saved = docs.saveDraft(doc.id, draftIn, doc.version);
        if (!saved)
            return refused(saved.error());
        doc = *saved;
    }
    if (isMinutes && !doc.isSigned()
        && (parser.isSet(QStringLiteral("db")) || parser.isSet(QStringLiteral("profile")))) {
        auto opened = openRegistry(parser);
        if (!opened)
            return reportOpenFailure(opened.error());
        auto enriched = withEarlierCertificates(*opened->connection, docs, doc);
        if (!enriched)
            return refused(enriched.error());
        doc = *enriched;
    }
    if (exclusionDate.isValid()) {
        // A signed announcement refuses the change (saveDraft): it is put right by a correction.
        QJsonObject draft = doc.draft;
        draft.insert(QLatin1String("exclusion_date"), exclusionDate.toString(Qt::ISODate));
        auto saved = docs.saveDraft(doc.id, draft, doc.version);
        if (!saved)
            return refused(saved.error());
        doc = *saved;
    }
    if (parser.isSet(QStringLiteral("draft-out"))
        && !writeFile(parser.value(QStringLiteral("draft-out")),
                      QJsonDocument(maskedDraft(doc.draft)).toJson(QJsonDocument::Indented)))
        return ExitFailure;
    if (parser.isSet(QStringLiteral("sign"))) {
        auto missing = docs.missingBeforeSigning(doc.id);
        if (!missing)
            return refused(missing.error());
        if (!missing->isEmpty()) {
            err() << Cli::tr(
                         "Not signed: the draft still lacks %1. Fill it in with --draft-out / --draft-in.")
                         .arg(missing->join(QStringLiteral(", ")))
                  << '\n';
            return ExitFailure;
        }
        // The key is opened (its PIN asked) before anything is numbered.
        std::optional<signatures::DocumentSigner> signer;
        if (signingProfile.signsDigitally()) {
            auto opened = signatures::DocumentSigner::open(signingProfile, signingPin);
            if (!opened)
                return refused(opened.error());
            signer = *opened;
            docs.setDigitalSigner(signer->callback());
        }
        auto signedDoc = docs.sign(doc.id);
        if (!signedDoc)
            return refused(signedDoc.error());
        doc = *signedDoc;
        if (signer)
            err() << Cli::tr("Signed %1 digitally by %2, SHA-256 %3.")
                         .arg(doc.numberText(), signer->signerKey().commonName(), doc.pdfSha256)
                  << '\n';
        else
            err() << Cli::tr("Signed %1, SHA-256 %2: to be signed on paper.")
                         .arg(doc.numberText(), doc.pdfSha256)
                  << '\n';
    }
    if (parser.isSet(QStringLiteral("out"))) {
        auto pdf = docs.pdf(doc.id);
        if (!pdf)
            return refused(pdf.error());
        if (!writeFile(parser.value(QStringLiteral("out")), *pdf))
            return ExitFailure;
    }
    out() << (doc.isSigned() ? doc.numberText() : Cli::tr("draft")) << '\n';
    return ExitOk;
}

} // namespace

// signwatch-cli case SUBCOMMAND: open, list, show, establish, dismiss.
int runCase(const QStringList &arguments, const Clock &clock)
{
    QStringList rest = arguments;
    const QString sub = rest.isEmpty() ? QString() : rest.takeFirst();
    if (sub == QLatin1String("open"))
        return caseOpen(rest, clock);
    if (sub == QLatin1String("list"))
        return caseList(rest, clock);
    if (sub == QLatin1String("show"))
        return caseShow(rest, clock);
    if (sub == QLatin1String("establish"))
        return caseDecide(rest, false, clock);
    if (sub == QLatin1String("dismiss"))
        return caseDecide(rest, true, clock);
    const QString help = Cli::tr("Usage: signwatch-cli case open|list|show|establish|dismiss [OPTIONS]\n"
                                 "Run signwatch-cli case SUBCOMMAND --help for its options.");
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        out() << help << '\n';
        return ExitOk;
    }
    return usage(
        (sub.isEmpty() ? QString() : Cli::tr("Unknown case command: %1").arg(sub) + QLatin1Char('\n'))
        + help);
}

// signwatch-cli minutes --case N --out FILE.pdf [--sign [--signing-key KEY …]]
int runMinutes(const QStringList &arguments, const Clock &clock)
{
    return document(arguments, documents::DocumentKind::Minutes, clock);
}

// signwatch-cli announce --case N --out FILE.pdf [--exclusion-date DATE] [--sign [--signing-key KEY …]]
int runAnnounce(const QStringList &arguments, const Clock &clock)
{
    return document(arguments, documents::DocumentKind::Announcement, clock);
}

} // namespace sw::cli
