#include "signing/PdfVerifier.h"

#include "signing/CmsSignature.h"
#include "signing/PdfSupport.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <podofo/podofo.h>

#include <algorithm>
#include <numeric>

Q_LOGGING_CATEGORY(lcPdfVerifier, "signwatch.signing.verify")

namespace sw::signing {

namespace {

using namespace PoDoFo;

struct Found
{
    QString fieldName;
    QList<qint64> byteRange;
    QByteArray contents; // as PoDoFo read /Contents
    QDateTime claimedTime;
};

QList<Found> signaturesIn(PdfMemDocument &document)
{
    QList<Found> found;
    for (const FormField &field : formFields(document)) {
        PdfObject *value = signatureValue(document, field);
        if (!value)
            continue;
        const PdfDictionary &dictionary = value->GetDictionary();
        Found signature;
        signature.fieldName = field.name;
        const PdfObject *range = dictionary.GetKey(PdfName("ByteRange"));
        if (range && range->IsArray()) {
            for (const PdfObject &number : range->GetArray())
                signature.byteRange << (number.IsNumber() ? qint64(number.GetNumber()) : -1);
        }
        const PdfObject *contents = dictionary.GetKey(PdfName("Contents"));
        if (contents && contents->IsString())
            signature.contents
                = QByteArray(contents->GetString().GetString(), qsizetype(contents->GetString().GetLength()));
        const PdfObject *time = dictionary.GetKey(PdfName("M"));
        if (time && time->IsString())
            signature.claimedTime = parsePdfDate(QString::fromLatin1(time->GetString().GetString())).toUTC();
        found << signature;
    }
    return found;
}

bool isHexDigit(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isPdfWhitespace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

SignatureCheck checkOne(const QByteArray &pdf, const Found &found, const TrustAnchors &anchors,
                        const VerifyOptions &options, const QDeadlineTimer &deadline)
{
    SignatureCheck check;
    check.fieldName = found.fieldName;
    check.claimedTime = found.claimedTime;
    const QList<qint64> &range = found.byteRange;
    const qint64 size = pdf.size();
    // ISO 32000-1 §12.8.1: two ranges around /Contents, whose hex string is exactly the gap.
    if (range.size() != 4 || range[0] != 0 || range[1] <= 0 || range[2] <= range[1] || range[3] < 0
        || range[2] + range[3] > size) {
        check.problems << QCoreApplication::translate(
            "Signing", "The signature's byte range is not two parts of this file around its contents.");
        return check;
    }
    const QByteArray gap = pdf.mid(range[1], range[2] - range[1]);
    const QByteArray hex = gap.mid(1, gap.size() - 2);
    if (gap.size() < 2 || !gap.startsWith('<') || !gap.endsWith('>')
        || !std::all_of(hex.cbegin(), hex.cend(), isHexDigit)) {
        check.problems << QCoreApplication::translate(
            "Signing", "The byte range leaves out more than the signature's contents.");
        return check;
    }
    const QByteArray cms = QByteArray::fromHex(hex);
    if (!found.contents.isEmpty()
        && !cms.startsWith(found.contents.left(qMin(found.contents.size(), cms.size())))) {
        check.problems << QCoreApplication::translate(
            "Signing", "The byte range leaves out another string than the signature's contents.");
        return check;
    }
    check.coversWholeFile = range[2] + range[3] == size;
    const QByteArray signedBytes = pdf.left(range[1]) + pdf.mid(range[2], range[3]);
    checkCmsSignature(cms, signedBytes, anchors, options, deadline, check);
    return check;
}

SignatureStatus statusOf(const SignatureCheck &check)
{
    if (!check.intact || check.subject.isEmpty())
        return SignatureStatus::Broken;
    if (!check.trusted || !check.problems.isEmpty())
        return SignatureStatus::Untrusted;
    return SignatureStatus::Valid;
}

} // namespace

Result<VerificationReport> verifyPdf(const QByteArray &pdf, const TrustAnchors &anchors,
                                     const VerifyOptions &options)
{
    QList<Found> found;
    try {
        quietPodofo();
        PdfMemDocument document;
        document.LoadFromBuffer(pdf.constData(), long(pdf.size()), false);
        found = signaturesIn(document);
    } catch (const PdfError &error) {
        return Error::make(QCoreApplication::translate("Signing", "The file is not a readable PDF."),
                           QString::fromUtf8(PdfError::ErrorMessage(error.GetError())), Error::Kind::Damaged);
    }
    VerificationReport report;
    const QDeadlineTimer deadline(std::max(0, options.networkBudgetMs));
    for (const Found &signature : found)
        report.signatures << checkOne(pdf, signature, anchors, options, deadline);
    // File order: by where each signed revision ends.
    auto end = [](const Found &f) { return f.byteRange.size() == 4 ? f.byteRange[2] + f.byteRange[3] : 0; };
    QList<int> order(found.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return end(found[a]) < end(found[b]); });
    QList<SignatureCheck> ordered;
    qint64 lastEnd = 0;
    for (int index : order) {
        ordered << report.signatures[index];
        ordered.last().revision = int(ordered.size());
        lastEnd = std::max(lastEnd, end(found[index]));
    }
    report.signatures = ordered;
    // Bytes after the last signed revision (only line ends tolerated): a later incremental update.
    if (!found.isEmpty()) {
        const QByteArray tail = pdf.mid(lastEnd);
        report.modifiedAfterLastSignature = !std::all_of(tail.cbegin(), tail.cend(), isPdfWhitespace);
        if (report.modifiedAfterLastSignature && !report.signatures.isEmpty())
            report.signatures.last().problems
                << QCoreApplication::translate(
                       "Signing", "The file was changed after the last signature (%1 more bytes).")
                       .arg(pdf.size() - lastEnd);
    }
    report.overall = report.signatures.isEmpty() ? SignatureStatus::Broken : SignatureStatus::Valid;
    for (SignatureCheck &check : report.signatures) {
        check.status = statusOf(check);
        report.overall = std::max(report.overall, check.status);
    }
    if (report.modifiedAfterLastSignature)
        report.overall = SignatureStatus::Broken;
    qCDebug(lcPdfVerifier) << "signatures:" << report.signatures.size();
    return report;
}

QString statusText(SignatureStatus status)
{
    switch (status) {
    case SignatureStatus::Valid:
        return QCoreApplication::translate("Signing", "valid");
    case SignatureStatus::Untrusted:
        return QCoreApplication::translate("Signing", "valid, untrusted");
    case SignatureStatus::Broken:
        return QCoreApplication::translate("Signing", "broken");
    }
    return {};
}

} // namespace sw::signing
