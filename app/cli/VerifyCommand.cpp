#include "CliSupport.h"
#include "Commands.h"
#include "signing/PdfVerifier.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sw::cli {

using namespace sw::signing;

namespace {

// This file's strings are in the translation context "Cli" (lupdate reads Cli::tr).
struct Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Times as the Department reads them: ISO 8601 in Vietnam's time (UTC+7).
QString timeText(const QDateTime &time)
{
    return time.isValid() ? time.toOffsetFromUtc(7 * 3600).toString(Qt::ISODate) : QStringLiteral("-");
}

QString yesNo(bool value)
{
    return value ? Cli::tr("yes") : Cli::tr("no");
}

QString statusWord(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QStringLiteral("valid");
    case SignatureStatus::Untrusted:
        return QStringLiteral("untrusted");
    case SignatureStatus::Broken:
        return QStringLiteral("broken");
    }
    return {};
}

void printText(const QString &file, const VerificationReport &report)
{
    if (report.signatures.isEmpty())
        out() << Cli::tr("%1 has no signature.").arg(file) << '\n';
    for (const SignatureCheck &check : report.signatures) {
        out() << Cli::tr("Signature %1 of %2 (%3): %4")
                     .arg(check.revision)
                     .arg(report.signatures.size())
                     .arg(check.fieldName, statusText(check.status))
              << '\n';
        out() << "  " << Cli::tr("Signer:") << ' ' << check.subject << '\n';
        out() << "  " << Cli::tr("Issuer:") << ' ' << check.issuer << '\n';
        out() << "  " << Cli::tr("Signed at (claimed):") << ' ' << timeText(check.claimedTime) << '\n';
        if (check.timestamp)
            out() << "  " << Cli::tr("Time-stamp:") << ' ' << timeText(*check.timestamp) << '\n';
        out() << "  " << Cli::tr("Intact:") << ' ' << yesNo(check.intact) << "; "
              << Cli::tr("covers the whole file:") << ' ' << yesNo(check.coversWholeFile) << '\n';
        out() << "  " << Cli::tr("Trusted:") << ' ' << yesNo(check.trusted) << "; "
              << Cli::tr("certificate valid at signing time:") << ' ' << yesNo(check.validAtSigningTime)
              << '\n';
        out() << "  " << Cli::tr("Revocation:") << ' ' << check.revocation << '\n';
        for (const QString &problem : check.problems)
            out() << "  - " << problem << '\n';
    }
    if (report.modifiedAfterLastSignature)
        out() << Cli::tr("The file was changed after its last signature.") << '\n';
    out() << Cli::tr("Result: %1")
                 .arg(report.signatures.isEmpty() ? Cli::tr("no signature") : statusText(report.overall))
          << '\n';
}

void printJson(const QString &file, const VerificationReport &report)
{
    QJsonArray signatures;
    for (const SignatureCheck &check : report.signatures) {
        signatures.append(QJsonObject {
            {QStringLiteral("field"), check.fieldName},
            {QStringLiteral("revision"), check.revision},
            {QStringLiteral("subject"), check.subject},
            {QStringLiteral("issuer"), check.issuer},
            {QStringLiteral("commonName"), check.commonName},
            {QStringLiteral("claimedTime"),
             check.claimedTime.isValid() ? timeText(check.claimedTime) : QString()},
            {QStringLiteral("timestamp"),
             check.timestamp ? QJsonValue(timeText(*check.timestamp)) : QJsonValue()},
            {QStringLiteral("intact"), check.intact},
            {QStringLiteral("coversWholeFile"), check.coversWholeFile},
            {QStringLiteral("trusted"), check.trusted},
            {QStringLiteral("validAtSigningTime"), check.validAtSigningTime},
            {QStringLiteral("revocation"), check.revocation},
            {QStringLiteral("problems"), QJsonArray::fromStringList(check.problems)},
            {QStringLiteral("status"), statusWord(check.status)},
        });
    }
    const QJsonObject root {
        {QStringLiteral("file"), file},
        {QStringLiteral("status"), statusWord(report.overall)},
        {QStringLiteral("modifiedAfterLastSignature"), report.modifiedAfterLastSignature},
        {QStringLiteral("signatures"), signatures},
    };
    out() << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
}

} // namespace

// signwatch-cli verify FILE.pdf [--trust CA.pem …] [--format text|json]: exit 0 when every signature
// is valid and trusted, 3 when they are intact but not trusted, 1 when one is broken, the file was
// changed after its last signature or it has none, 2 for bad usage.
int runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Checks the digital signatures (PAdES) of a PDF: for each, who signed (subject, issuer), "
                "when, whether the bytes it covers are intact and cover the whole file, and whether the "
                "certificate chains to a trusted anchor and was valid at the signing time. Exit 0: all "
                "valid; 1: broken, altered or unsigned; 3: intact but not trusted. The signer's "
                "certificate is checked for revocation with its OCSP responder, else its CRL (http, a "
                "few seconds at most); --offline skips it."));
    parser.addPositionalArgument(QStringLiteral("file"), Cli::tr("The PDF to check."),
                                 QStringLiteral("FILE.pdf"));
    parser.addOption({QStringLiteral("trust"),
                      Cli::tr("A trusted CA certificate (PEM, one or more certificates); may be repeated."),
                      QStringLiteral("CA.pem")});
    parser.addOption({QStringLiteral("format"), Cli::tr("text (default) or json."), QStringLiteral("format"),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("offline"),
                      Cli::tr("Do not ask OCSP responders or fetch CRLs (revocation: not checked).")});
    parser.addHelpOption();
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("signwatch-cli verify"));
    if (!parser.parse(withProgram)) {
        err() << parser.errorText() << '\n' << parser.helpText();
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(QStringLiteral("format"));
    if (parser.positionalArguments().size() != 1
        || (format != QLatin1String("text") && format != QLatin1String("json"))) {
        err() << Cli::tr(
            "Usage: signwatch-cli verify FILE.pdf [--trust CA.pem …] [--format text|json] [--offline]")
              << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    auto anchors = TrustAnchors::fromFiles(parser.values(QStringLiteral("trust")));
    if (!anchors) {
        err() << anchors.error().fullText() << '\n';
        return ExitUsage;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err() << Cli::tr("%1 cannot be read: %2").arg(path, file.errorString()) << '\n';
        return ExitFailure;
    }
    VerifyOptions options;
    options.checkRevocation = !parser.isSet(QStringLiteral("offline"));
    auto report = verifyPdf(file.readAll(), *anchors, options);
    if (!report) {
        err() << report.error().fullText() << '\n';
        return ExitFailure;
    }
    if (format == QLatin1String("json"))
        printJson(path, *report);
    else
        printText(path, *report);
    switch (report->overall) {
    case SignatureStatus::Valid:
        return ExitOk;
    case SignatureStatus::Untrusted:
        return ExitUntrusted;
    case SignatureStatus::Broken:
        break;
    }
    return ExitFailure;
}

} // namespace sw::cli
