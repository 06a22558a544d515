// PAdES signing of a PDF (issue 14 §2). Choices:
// - PDF structure: PoDoFo 0.9.8 (Debian's libpodofo-dev). It parses any PDF, also third-party files
//   with cross-reference streams, and writes an incremental update (PdfMemDocument loaded for
//   update, WriteUpdate), so every byte of the signed-before file stays; PdfSignatureField adds the
//   field, widget and signature dictionary, and PdfSignOutputDevice reserves /Contents, fills in
//   /ByteRange and reads the bytes to sign back, as its podofosign tool does.
// - CMS: OpenSSL 3 (CMS_sign with CMS_DETACHED | CMS_BINARY | CMS_PARTIAL, CMS_add1_signer, SHA-256,
//   certificates included), the ESS signing-certificate-v2 attribute from
//   OSSL_ESS_signing_cert_v2_new_init. No signingTime attribute (PAdES B-B; the claimed time is /M):
//   OpenSSL's CMS_final would add one, so the attributes are signed with EVP_DigestSign instead
//   (CmsSignature.cpp).
// - Keys: PKCS#12 by PKCS12_parse, PKCS#11 tokens by libp11 with RFC 7512 URIs parsed and matched by
//   p11-kit (SigningKey.cpp).
// - B-T: an RFC 3161 TS_REQ posted with OSSL_HTTP_transfer (TimestampClient.cpp).
// - Visible signature: a form XObject showing one RGB image with its alpha as /SMask; text lines are
//   drawn into that image with QPainter at 300 dpi in Liberation Serif (SignatureAppearance.cpp),
//   since PoDoFo 0.9.8 embeds TrueType fonts only from files and its standard 14 fonts (WinAnsi)
//   cannot write Vietnamese.
#include "signing/PdfSigner.h"

#include "signing/CmsSignature.h"
#include "signing/PdfSupport.h"
#include "signing/SignatureAppearance.h"
#include "signing/SigningKeyState.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <podofo/podofo.h>

Q_LOGGING_CATEGORY(lcPdfSigner, "signwatch.signing.pdf")

namespace sw::signing {

namespace {

using namespace PoDoFo;

// Room for the CMS in /Contents (bytes; twice as many hex digits are written): the certificates,
// the signature and an RFC 3161 token fit with margin.
constexpr std::size_t reservedSignatureBytes = 24 * 1024;

PdfObject *imageObject(PdfDocument &document, const QImage &picture)
{
    const QImage rgba = picture.convertToFormat(QImage::Format_RGBA8888);
    const int width = rgba.width();
    const int height = rgba.height();
    QByteArray colour;
    QByteArray alpha;
    colour.reserve(width * height * 3);
    alpha.reserve(width * height);
    for (int y = 0; y < height; ++y) {
        const uchar *line = rgba.constScanLine(y);
        for (int x = 0; x < width; ++x) {
            colour.append(reinterpret_cast<const char *>(line + 4 * x), 3);
            alpha.append(char(line[4 * x + 3]));
        }
    }
    const TVecFilters flate = {ePdfFilter_FlateDecode};
    auto makeImage = [&](const QByteArray &samples, const char *colourSpace) {
        PdfObject *image = document.GetObjects()->CreateObject("XObject");
        PdfDictionary &dictionary = image->GetDictionary();
        dictionary.AddKey(PdfName("Subtype"), PdfName("Image"));
        dictionary.AddKey(PdfName("Width"), PdfVariant(pdf_int64(width)));
        dictionary.AddKey(PdfName("Height"), PdfVariant(pdf_int64(height)));
        dictionary.AddKey(PdfName("ColorSpace"), PdfName(colourSpace));
        dictionary.AddKey(PdfName("BitsPerComponent"), PdfVariant(pdf_int64(8)));
        image->GetStream()->Set(samples.constData(), samples.size(), flate);
        return image;
    };
    PdfObject *mask = makeImage(alpha, "DeviceGray");
    PdfObject *image = makeImage(colour, "DeviceRGB");
    image->GetDictionary().AddKey(PdfName("SMask"), mask->Reference());
    return image;
}

// The widget's normal appearance: a form XObject of the rectangle's size showing the picture.
void setAppearance(PdfDocument &document, PdfSignatureField &field, const QRectF &rect, const QImage &picture)
{
    PdfXObject form(PdfRect(0, 0, rect.width(), rect.height()), &document);
    PdfObject *image = imageObject(document, picture);
    form.AddResource(PdfName("Im0"), image->Reference(), PdfName("XObject"));
    const QByteArray content = QStringLiteral("q %1 0 0 %2 0 0 cm /Im0 Do Q\n")
                                   .arg(rect.width(), 0, 'f', 3)
                                   .arg(rect.height(), 0, 'f', 3)
                                   .toLatin1();
    form.GetObject()->GetStream()->Set(content.constData(), content.size());
    field.SetAppearanceStream(&form);
}

PdfString utf8String(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return PdfString(reinterpret_cast<const pdf_utf8 *>(utf8.constData()), utf8.size());
}

Result<QByteArray> writeSigned(const QByteArray &pdf, const KeyState &key, const SignatureRequest &request)
{
    quietPodofo();
    PdfMemDocument document;
    document.LoadFromBuffer(pdf.constData(), long(pdf.size()), true);
    if (document.GetEncrypt())
        return Error::make(QCoreApplication::translate("Signing", "An encrypted PDF cannot be signed."), {},
                           Error::Kind::InvalidInput);
    if (signatureFieldNames(document).contains(request.fieldName)
        || fieldNames(document).contains(request.fieldName))
        return Error::make(QCoreApplication::translate("Signing", "The PDF already has a field named %1.")
                               .arg(request.fieldName),
                           {}, Error::Kind::Conflict);
    const int pageIndex = request.appearance ? request.appearance->page : 0;
    if (pageIndex < 0 || pageIndex >= document.GetPageCount())
        return Error::make(
            QCoreApplication::translate("Signing", "The PDF has no page %1 to sign on.").arg(pageIndex + 1),
            {}, Error::Kind::InvalidInput);
    PdfPage *page = document.GetPage(pageIndex);

    PdfAcroForm *form = document.GetAcroForm();
    // PDF 32000-1 §12.7.2: SignaturesExist | AppendOnly.
    form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfVariant(pdf_int64(3)));
    if (form->GetNeedAppearances())
        form->SetNeedAppearances(false);

    QImage picture;
    PdfRect widgetRect(0, 0, 0, 0);
    if (request.appearance) {
        const QRectF rect = request.appearance->rect;
        const PdfRect media = page->GetMediaBox();
        const QRectF mediaRect(media.GetLeft(), media.GetBottom(), media.GetWidth(), media.GetHeight());
        if (!mediaRect.contains(rect))
            return Error::make(
                QCoreApplication::translate("Signing", "The signature's rectangle lies outside page %1.")
                    .arg(pageIndex + 1),
                {}, Error::Kind::InvalidInput);
        auto rendered = renderAppearance(*request.appearance);
        if (!rendered)
            return rendered.error();
        picture = *rendered;
        widgetRect = PdfRect(rect.x(), rect.y(), rect.width(), rect.height());
    }
    PdfAnnotation *widget = page->CreateAnnotation(ePdfAnnotation_Widget, widgetRect);
    // PDF 32000-1 §12.5.3: printed, and locked so that a reader does not move it.
    widget->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);
    PdfSignatureField field(widget, form, &document);
    if (!picture.isNull())
        setAppearance(document, field, request.appearance->rect, picture);

    PdfRefCountedBuffer buffer;
    PdfOutputDevice device(&buffer);
    PdfSignOutputDevice signer(&device);
    signer.SetSignatureSize(reservedSignatureBytes);
    field.SetFieldName(utf8String(request.fieldName));
    if (!request.reason.isEmpty())
        field.SetSignatureReason(utf8String(request.reason));
    if (!request.location.isEmpty())
        field.SetSignatureLocation(utf8String(request.location));
    field.SetSignature(*signer.GetSignatureBeacon());
    PdfDictionary &signature = field.GetSignatureObject()->GetDictionary();
    // ETSI EN 319 142-1 §5.3: a PAdES signature's SubFilter; the claimed time as /M (§5.4.2 B-B).
    signature.AddKey(PdfName("Filter"), PdfName("Adobe.PPKLite"));
    signature.AddKey(PdfName("SubFilter"), PdfName("ETSI.CAdES.detached"));
    signature.AddKey(PdfName("M"), PdfString(pdfDate(request.signingTime).constData()));
    signature.AddKey(PdfName("Name"), utf8String(ossl::commonName(X509_get_subject_name(key.cert.get()))));

    document.WriteUpdate(&signer, true);
    if (!signer.HasSignaturePosition())
        return Error::make(QCoreApplication::translate(
            "Signing", "The signature's place cannot be found in the written PDF."));
    signer.AdjustByteRange();
    signer.Seek(0);
    QByteArray signedBytes;
    char chunk[65536];
    while (const std::size_t read = signer.ReadForSignature(chunk, sizeof chunk))
        signedBytes.append(chunk, qsizetype(read));

    auto cms = makeCmsSignature(key, signedBytes, request.timestampUrl, request.timestampTimeoutMs);
    if (!cms)
        return cms.error();
    if (std::size_t(cms->size()) > reservedSignatureBytes)
        return Error::make(QCoreApplication::translate(
                               "Signing", "The signature (%1 bytes) is larger than the room kept for it.")
                               .arg(cms->size()));
    signer.SetSignature(PdfData(cms->constData(), std::size_t(cms->size())));
    signer.Flush();
    return QByteArray(buffer.GetBuffer(), qsizetype(device.GetLength()));
}

} // namespace

Result<QByteArray> signPdf(const QByteArray &pdf, const SigningKey &key, const SignatureRequest &request)
{
    if (request.fieldName.isEmpty())
        return Error::make(QCoreApplication::translate("Signing", "A signature needs a field name."), {},
                           Error::Kind::InvalidInput);
    if (!request.signingTime.isValid())
        return Error::make(QCoreApplication::translate("Signing", "A signature needs its time."), {},
                           Error::Kind::InvalidInput);
    if (auto valid = key.checkValidAt(request.signingTime); !valid)
        return valid.error();
    try {
        return writeSigned(pdf, KeyAccess::state(key), request);
    } catch (const PoDoFo::PdfError &error) {
        const QString detail = QString::fromUtf8(PoDoFo::PdfError::ErrorMessage(error.GetError()));
        qCWarning(lcPdfSigner) << "PoDoFo:" << detail;
        return Error::make(
            QCoreApplication::translate("Signing", "The PDF cannot be signed: it cannot be read or updated."),
            detail, Error::Kind::InvalidInput);
    }
}

} // namespace sw::signing
