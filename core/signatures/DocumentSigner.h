#pragma once

#include "casebook/CaseDocuments.h"
#include "documents/OfficialDocumentWriter.h"
#include "settings/SigningProfile.h"
#include "signing/SigningKey.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QImage>
#include <QString>
#include <QUrl>

#include <functional>
#include <optional>

namespace sw::signatures {

// A signing profile made into the digital signer of CaseDocuments::sign (issue 14 §2, Decree
// 30/2020 Appendix I for electronic documents): the signer's signature in the document's signer
// slot, drawn with their signature image (a plain text appearance of name, title and signing time
// when none is set), then, when a seal key is configured, the body's seal signature over the left
// third of it, drawn with the seal image, the body's name and the signing time in ISO 8601
// (+07:00). Each signature is an incremental update, so the seal keeps the signer's valid. With a
// time-stamping authority configured the signatures are PAdES B-T, otherwise B-B.
//
// The keys are opened (and their PINs asked) when the signer is made, before anything is numbered:
// a wrong PIN or a cancelled dialog leaves the document as it was.
class DocumentSigner
{
public:
    // Asks the PIN or passphrase of a key described by `what` (the key's display text). An error of
    // Kind::Cancelled when the person cancels. Never stored.
    using PinPrompt = std::function<Result<QByteArray>(const QString &what)>;

    // Opens the profile's keys, asking their PINs. The profile must sign digitally
    // (SigningProfile::signsDigitally()).
    static Result<DocumentSigner> open(const settings::SigningProfile &profile, const PinPrompt &askPin);
    // Made of opened keys (tests, and callers that opened them themselves).
    DocumentSigner(signing::SigningKey signer, std::optional<signing::SigningKey> seal,
                   QImage signatureImage = {}, QImage sealImage = {}, QUrl timestampUrl = {});

    // Signs a rendered document at `signingTime`: the signer, then the seal when there is one.
    Result<casebook::CaseDocuments::DigitalSignature> sign(const documents::PdfDocument &pdf,
                                                           const QDateTime &signingTime) const;
    // sign() as the casebook's callback (it keeps a copy of this signer, and so the open keys).
    casebook::CaseDocuments::DigitalSigner callback() const;

    // The signer's certificate subject, and the seal's when there is one ("…; …").
    QString signedBy() const;
    const signing::SigningKey &signerKey() const { return m_signer; }

    // "2026-11-20T10:15:00+07:00": a moment in the province's time (UTC+7), ISO 8601.
    static QString isoProvinceTime(const QDateTime &at);

private:
    signing::SigningKey m_signer;
    std::optional<signing::SigningKey> m_seal;
    QImage m_signatureImage;
    QImage m_sealImage;
    QUrl m_timestampUrl;
};

} // namespace sw::signatures
