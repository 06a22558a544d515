#include "signatures/SignatureVerdict.h"

#include <QCoreApplication>
#include <QTimeZone>

namespace sw::signatures {

namespace {
struct Signatures
{
    Q_DECLARE_TR_FUNCTIONS(Signatures)
};

QString yesNo(bool value)
{
    return value ? Signatures::tr("yes") : Signatures::tr("no");
}

QString when(const QDateTime &at)
{
    return at.isValid() ? at.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate) : QStringLiteral("-");
}

QString signerName(const signing::SignatureCheck &check)
{
    return check.commonName.isEmpty() ? check.subject : check.commonName;
}
} // namespace

QStringList reportLines(const signing::VerificationReport &report)
{
    QStringList lines;
    for (qsizetype i = 0; i < report.signatures.size(); ++i) {
        const signing::SignatureCheck &s = report.signatures[i];
        lines << Signatures::tr("Signature %1 (%2): %3")
                     .arg(i + 1)
                     .arg(s.fieldName, signing::statusText(s.status));
        lines << Signatures::tr("  Signed by: %1").arg(s.subject);
        lines << Signatures::tr("  Issued by: %1").arg(s.issuer);
        lines << Signatures::tr("  Signing time (claimed): %1").arg(when(s.claimedTime));
        if (s.timestamp)
            lines << Signatures::tr("  Time-stamp: %1").arg(when(*s.timestamp));
        lines << Signatures::tr("  Bytes intact: %1; covers the whole file: %2")
                     .arg(yesNo(s.intact), yesNo(s.coversWholeFile));
        lines << Signatures::tr("  Certificate valid at signing: %1; trusted: %2")
                     .arg(yesNo(s.validAtSigningTime), yesNo(s.trusted));
        if (!s.revocation.isEmpty())
            lines << Signatures::tr("  Revocation: %1").arg(s.revocation);
        for (const QString &problem : s.problems)
            lines << QStringLiteral("  ! ") + problem;
    }
    if (report.modifiedAfterLastSignature)
        lines << Signatures::tr("The file was changed after its last signature.");
    return lines;
}

SignatureVerdict verdictOf(const QByteArray &pdf, const signing::TrustAnchors &anchors,
                           const signing::VerifyOptions &options)
{
    auto report = signing::verifyPdf(pdf, anchors, options);
    if (!report)
        return alteredVerdict(report.error());
    SignatureVerdict v;
    v.details = reportLines(*report);
    if (report->signatures.isEmpty()) {
        v.state = SignatureVerdict::State::OnPaper;
        v.summary = Signatures::tr("Not signed digitally (signed on paper)");
        return v;
    }
    const QString name = signerName(report->signatures.first());
    switch (report->overall) {
    case signing::SignatureStatus::Valid:
        v.state = report->modifiedAfterLastSignature ? SignatureVerdict::State::Altered
                                                     : SignatureVerdict::State::Valid;
        break;
    case signing::SignatureStatus::Untrusted:
        v.state = report->modifiedAfterLastSignature ? SignatureVerdict::State::Altered
                                                     : SignatureVerdict::State::Untrusted;
        break;
    case signing::SignatureStatus::Broken:
        v.state = SignatureVerdict::State::Altered;
        break;
    }
    switch (v.state) {
    case SignatureVerdict::State::Valid:
        v.summary = Signatures::tr("Signed digitally, valid — %1").arg(name);
        break;
    case SignatureVerdict::State::Untrusted:
        v.summary = Signatures::tr("Signed digitally, not trusted — %1").arg(name);
        break;
    case SignatureVerdict::State::Altered:
        v.summary = Signatures::tr("Altered after signing — %1").arg(name);
        break;
    case SignatureVerdict::State::OnPaper:
        break;
    }
    return v;
}

SignatureVerdict alteredVerdict(const Error &error)
{
    SignatureVerdict v;
    v.state = SignatureVerdict::State::Altered;
    v.summary = Signatures::tr("Altered: %1").arg(error.message);
    v.details << error.message;
    if (!error.detail.isEmpty())
        v.details << error.detail;
    return v;
}

} // namespace sw::signatures
