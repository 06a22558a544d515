#include "signatures/DocumentSigner.h"

#include "signing/PdfSigner.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTimeZone>

namespace sw::signatures {

Q_LOGGING_CATEGORY(lcDocumentSigner, "signwatch.signatures.signer", QtInfoMsg)

namespace {
struct Signatures
{
    Q_DECLARE_TR_FUNCTIONS(Signatures)
};

// A configured image: refused when it cannot be read (signing with the wrong picture, or none,
// when one was meant, is worse than not signing).
Result<QImage> loadImage(const QString &path, const QString &what)
{
    if (path.trimmed().isEmpty())
        return QImage();
    QImage image(path);
    if (image.isNull())
        return Error::make(Signatures::tr("The %1 “%2” cannot be read as an image (PNG).").arg(what, path),
                           {}, Error::Kind::InvalidInput);
    return image;
}

Result<signing::SigningKey> openKey(const QString &location, const QString &module,
                                    const DocumentSigner::PinPrompt &askPin)
{
    auto spec = signing::KeySpec::parse(location, module);
    if (!spec)
        return spec.error();
    auto pin = askPin(spec->displayText());
    if (!pin)
        return pin.error();
    return signing::SigningKey::open(*spec, *pin);
}
} // namespace

Result<DocumentSigner> DocumentSigner::open(const settings::SigningProfile &profile, const PinPrompt &askPin)
{
    if (!profile.signsDigitally())
        return Error::make(Signatures::tr("No signing key is configured."), {}, Error::Kind::InvalidInput);
    // Images first: a missing picture is found before any PIN is typed.
    auto signatureImage = loadImage(profile.signatureImage, Signatures::tr("signature image"));
    if (!signatureImage)
        return signatureImage.error();
    auto sealImage = loadImage(profile.sealImage, Signatures::tr("seal image"));
    if (!sealImage)
        return sealImage.error();
    QUrl timestampUrl;
    if (!profile.timestampUrl.trimmed().isEmpty()) {
        timestampUrl = QUrl(profile.timestampUrl.trimmed(), QUrl::StrictMode);
        if (!timestampUrl.isValid()
            || (timestampUrl.scheme() != QLatin1String("http")
                && timestampUrl.scheme() != QLatin1String("https")))
            return Error::make(
                Signatures::tr("The time-stamping authority's address “%1” is not an http(s) URL.")
                    .arg(profile.timestampUrl),
                {}, Error::Kind::InvalidInput);
    }
    auto signer = openKey(profile.signingKey, profile.pkcs11Module, askPin);
    if (!signer)
        return signer.error();
    std::optional<signing::SigningKey> seal;
    if (profile.sealsDigitally()) {
        auto opened = openKey(profile.sealKey, profile.sealPkcs11Module, askPin);
        if (!opened)
            return opened.error();
        seal = *opened;
    }
    return DocumentSigner(*signer, seal, *signatureImage, *sealImage, timestampUrl);
}

DocumentSigner::DocumentSigner(signing::SigningKey signer, std::optional<signing::SigningKey> seal,
                               QImage signatureImage, QImage sealImage, QUrl timestampUrl)
    : m_signer(std::move(signer)),
      m_seal(std::move(seal)),
      m_signatureImage(std::move(signatureImage)),
      m_sealImage(std::move(sealImage)),
      m_timestampUrl(std::move(timestampUrl))
{ }

QString DocumentSigner::isoProvinceTime(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone(7 * 3600)).toString(Qt::ISODate);
}

QString DocumentSigner::signedBy() const
{
    return m_seal ? m_signer.subject() + QStringLiteral("; ") + m_seal->subject() : m_signer.subject();
}

Result<casebook::CaseDocuments::DigitalSignature> DocumentSigner::sign(const documents::PdfDocument &pdf,
                                                                       const QDateTime &signingTime) const
{
    const QString when = isoProvinceTime(signingTime);
    const QString number = pdf.facts.number;
    signing::SignatureRequest signer;
    signer.signingTime = signingTime;
    signer.fieldName = QStringLiteral("SignWatch.signer");
    signer.reason = number.isEmpty() ? QStringLiteral("Ký ban hành văn bản")
                                     : QStringLiteral("Ký ban hành văn bản số %1").arg(number);
    signer.location = pdf.facts.issuingBody;
    signer.timestampUrl = m_timestampUrl;
    if (pdf.signerSlot) {
        signing::Appearance look;
        look.page = pdf.signerSlot->page;
        look.rect = pdf.signerSlot->signature;
        look.image = m_signatureImage;
        if (m_signatureImage.isNull()) {
            // A plain text appearance: who signed, as what, when.
            const QString name
                = m_signer.commonName().isEmpty() ? pdf.signerSlot->signerName : m_signer.commonName();
            look.lines << QStringLiteral("Ký bởi: %1").arg(name);
            if (!pdf.signerSlot->signerTitle.isEmpty())
                look.lines << pdf.signerSlot->signerTitle;
            look.lines << QStringLiteral("Thời gian ký: %1").arg(when);
        }
        signer.appearance = look;
    }
    auto signedPdf = signing::signPdf(pdf.bytes, m_signer, signer);
    if (!signedPdf)
        return signedPdf.error();
    qCInfo(lcDocumentSigner) << "document" << number << "signed by its signer," << signedPdf->size()
                             << "bytes";
    if (!m_seal)
        return casebook::CaseDocuments::DigitalSignature {*signedPdf, signedBy()};

    signing::SignatureRequest seal;
    seal.signingTime = signingTime;
    seal.fieldName = QStringLiteral("SignWatch.seal");
    seal.reason = signer.reason;
    seal.location = pdf.facts.issuingBody;
    seal.timestampUrl = m_timestampUrl;
    if (pdf.signerSlot) {
        // Decree 30, Appendix I: the body's seal over the left third of the signature image, with
        // the body's name and the signing time in ISO 8601.
        signing::Appearance look;
        look.page = pdf.signerSlot->page;
        look.rect = pdf.signerSlot->seal;
        look.image = m_sealImage;
        const QString body = pdf.facts.issuingBody.isEmpty() ? m_seal->commonName() : pdf.facts.issuingBody;
        look.lines << body << when;
        seal.appearance = look;
    }
    auto sealed = signing::signPdf(*signedPdf, *m_seal, seal);
    if (!sealed)
        return Error::make(Signatures::tr("The body's seal could not be put on the document: %1")
                               .arg(sealed.error().message),
                           sealed.error().detail, sealed.error().kind);
    return casebook::CaseDocuments::DigitalSignature {*sealed, signedBy()};
}

casebook::CaseDocuments::DigitalSigner DocumentSigner::callback() const
{
    return [signer = *this](const documents::PdfDocument &pdf, const QDateTime &at) {
        return signer.sign(pdf, at);
    };
}

} // namespace sw::signatures
