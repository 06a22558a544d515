#pragma once

#include "documents/DocumentParts.h"
#include "documents/OfficialDocumentWriter.h"
#include "util/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace sw {
class Clock;
}

namespace sw::casebook {

class Casebook;

enum class DocumentState { Draft, Signed };

// A minutes (biên bản) or an announcement (thông báo) of a case. While a draft, `draft` is the
// documents' JSON (documents::toJson(MinutesData / AnnouncementData)) and may change; once signed
// the document is frozen: its number, its PDF and the PDF's SHA-256 never change again (the
// casebook refuses it too), and a mistake is put right by a correction, a new document citing it.
struct CaseDocument
{
    qint64 id = 0;
    qint64 caseId = 0;
    documents::DocumentKind kind = documents::DocumentKind::Minutes;
    DocumentState state = DocumentState::Draft;
    QJsonObject draft; // for a signed document: exactly what was signed (with its number)
    int year = 0; // 0 until signed
    int number = 0; // within the kind and the year, from 1, without gaps; 0 until signed
    qint64 corrects = 0; // the document this one corrects; 0: none
    QString correctsNumber; // "01/BB-STTTT" of that document
    QString pdfSha256; // lower-case hex of the signed PDF's bytes
    qint64 pdfSize = 0;
    QDateTime signedAt; // UTC
    QString signedBy;
    QDateTime createdAt;
    QDateTime updatedAt; // the last saved draft
    // The version the document was read at (1 when created, one more with each save) and who
    // saved it last: saveDraft() stores a draft only over the version the editor loaded.
    int version = 0;
    QString updatedBy;

    bool isSigned() const { return state == DocumentState::Signed; }
    // "01/BB-STTTT" once signed, empty before.
    QString numberText() const;
    // "BB" / "TB".
    QString kindCode() const;
};

// The documents of cases in the casebook.
//
// Numbering: a number is allocated when a document is SIGNED, in the transaction that stores the
// PDF and freezes it (and moves the case): the next number of its issuing body, kind and year (BB
// and TB separately; a new body starts again at 01). A document is dated the day it is signed
// (UTC+7) and issued by the body in force that day (Issuers, spec/organisation.md). The PDF is
// rendered before that transaction with the number that is next then, and rendered again should
// another console take it meanwhile, so that the write lock is held for milliseconds, not for the
// seconds a long minutes takes to render. A draft abandoned or a signing that fails therefore never
// leaves a gap, and numbers follow the order documents were really issued in.
//
// A signed document's PDF is checked against its recorded SHA-256 and size every time it is read
// (export, preview, publication): a file changed outside SignWatch is refused and the refusal
// audited ("document.integrity_failed").
//
// Drafts are autosaved by the GUI (saveDraft() every few seconds): each save is one small
// transaction in the casebook file, so a half-written draft survives a crash. Autosaves are not
// audited one by one (they would drown the log); creating, signing and correcting are, and the
// signing entry holds exactly the content signed and the PDF's SHA-256.
// The term pre-filled minutes give the provider to put its Hue-S records right, in days from the
// signing (the inspector may change it in the draft).
inline constexpr int minutesCorrectionDays = 7;

class CaseDocuments
{
public:
    // Renders a draft to PDF: DocumentPdf::fromDraft by default (needs a QGuiApplication).
    using Renderer = std::function<Result<documents::PdfDocument>(const QJsonObject &draft)>;
    // A document signed digitally: the signed PDF's bytes and who signed (the certificates'
    // subjects, the signer's first).
    struct DigitalSignature
    {
        QByteArray pdf;
        QString signedBy;
    };
    // Signs a rendered document digitally (PAdES) at the moment of signing, in the signer slot the
    // layout left (PdfDocument::signerSlot). The casebook knows nothing of keys: the caller
    // composes this (signatures/DocumentSigner). An error (wrong PIN, token removed, expired
    // certificate) stops the signing: no number is used and nothing is frozen.
    using DigitalSigner = std::function<Result<DigitalSignature>(const documents::PdfDocument &pdf,
                                                                 const QDateTime &signingTime)>;

    explicit CaseDocuments(Casebook &casebook);

    // The case's minutes draft: made from the case's evidence (Cases::evidence) and provider when
    // the case is established (established → minutes drafted); the existing draft when there is
    // one. Refused in any other state. Section IV is pre-filled (documents::draftConclusion, draftMeasures)
    // and the meeting place is the address of the body in force today.
    Result<CaseDocument> createMinutes(qint64 caseId);
    // The announcement draft of the case's latest signed minutes (documents::
    // announcementFromMinutes: no citizen data); the existing draft when there is one.
    Result<CaseDocument> createAnnouncement(qint64 caseId);
    // A new draft correcting signed document `documentId`: its content, citing it by number and
    // date in the subject line; signed, it takes the next number.
    Result<CaseDocument> createCorrection(qint64 documentId);

    // Replaces the draft's content (the documents' JSON of its kind; checked by reading it back)
    // loaded at `loadedVersion`. Refused for a signed document, and when someone saved the draft
    // since it was loaded (Kind::Conflict, naming who and when; nothing written: read the document
    // again to see theirs). Signing takes no version: it signs the draft as stored, and a signed
    // document refuses every later save.
    Result<CaseDocument> saveDraft(qint64 documentId, const QJsonObject &draft, int loadedVersion);
    // What the draft still lacks before it can be signed (DocumentPdf::missingFields), besides
    // the number and the date, which signing fills in.
    Result<QStringList> missingBeforeSigning(qint64 documentId) const;
    // Signs: allocates the number, renders, stores the PDF and its SHA-256, freezes; for the
    // case's minutes also minutes drafted → minutes signed. One short transaction stores it all: on
    // any failure nothing changes and no number is used. The PDF's metadata carries the audit log's
    // head just before signing (entries and hash, DocumentPdf). With a digital signer set, the
    // rendered PDF is signed digitally before that transaction, and the transaction stores the
    // signed file and its SHA-256; without one the document is to be signed on paper.
    Result<CaseDocument> sign(qint64 documentId);

    // Which issuing body a draft would carry if signed today, and why in one sentence (the
    // casebook's periods, Issuers): its preview renders with that body; signing takes the body in
    // force on the day it really happens.
    struct DraftIssuer
    {
        documents::Issuer issuer;
        QDate from; // the period's first day
        QString explanation;
    };
    Result<DraftIssuer> issuerIfSignedToday() const;

    Result<CaseDocument> document(qint64 documentId) const;
    // The case's documents, oldest first.
    Result<QList<CaseDocument>> documentsOf(qint64 caseId) const;
    // The latest document of a kind of the case (a correction wins over what it corrects).
    Result<std::optional<CaseDocument>> latestOf(qint64 caseId, documents::DocumentKind kind) const;
    // The PDF: the stored bytes of a signed document, refused when they no longer match the SHA-256
    // and size recorded at signing; a draft is rendered as it stands (its number left blank).
    Result<QByteArray> pdf(qint64 documentId) const;
    // Before the outbox sends publication `publicationId`: when it is a case's announcement, its
    // `pdf` must be the signed document's, and the signed document's stored file intact.
    Result<void> checkPublication(qint64 publicationId, const QByteArray &pdf) const;

    void setRenderer(Renderer renderer) { m_renderer = std::move(renderer); }
    // Digital signing for sign(); none (the default): documents are signed on paper.
    void setDigitalSigner(DigitalSigner signer) { m_digitalSigner = std::move(signer); }
    bool signsDigitally() const { return bool(m_digitalSigner); }
    // The casebook's clock, which stamps what is done here.
    const Clock &clock() const;
    // For tests: who acts (default the operating-system user). The time is the casebook's clock.
    void setActor(const QString &actor) { m_actor = actor; }

private:
    Result<CaseDocument> insertDraft(qint64 caseId, documents::DocumentKind kind, const QJsonObject &draft,
                                     qint64 corrects, bool moveToDrafted);
    Result<documents::PdfDocument> render(const QJsonObject &draft) const;
    // A signing prepared outside the write lock: the draft as read, its number and date, and the
    // PDF rendered with them.
    struct Prepared
    {
        QString source; // draft_json as read: unchanged when stored
        QString signedText; // the draft with its number, date and the audit head
        QString bodyCode; // the issuing body in force on `date`
        int number = 0;
        QDate date;
        QByteArray pdf;
        QString sha256;
        documents::PdfDocument rendered; // as rendered, with its signer slot
        QString digitalSigner; // who signed the PDF digitally; empty: to be signed on paper
    };
    Result<Prepared> prepareSigning(qint64 documentId, const QDateTime &at) const;
    // prepareSigning(), then the digital signature when a signer is set: `pdf` and `sha256`
    // become the signed file's (CaseDocumentsDigital.cpp).
    Result<Prepared> prepareSigned(qint64 documentId, const QDateTime &at) const;
    // A signed document's stored PDF, checked against its record.
    Result<QByteArray> storedPdf(const CaseDocument &document) const;
    QDateTime now() const;

    Casebook &m_casebook;
    Renderer m_renderer;
    DigitalSigner m_digitalSigner;
    QString m_actor;
};

} // namespace sw::casebook
