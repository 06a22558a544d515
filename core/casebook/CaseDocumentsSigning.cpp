// CaseDocuments: signing, and reading a signed document's stored PDF (the rest in CaseDocuments.cpp).
#include "casebook/AuditLog.h"
#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "casebook/Issuers.h"
#include "documents/DocumentWording.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcCaseDocuments)

namespace sw::casebook {

using namespace detail;
using documents::DocumentKind;

namespace {
// This file's strings are in the translation context "Casework" (lupdate reads Casework::tr).
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

// The province's calendar day of a moment (UTC+7).
QDate provinceDate(const QDateTime &utc)
{
    return documents::provinceTime(utc).date();
}

// The next number of a body (STTTT, SKHCN), a kind (BB, TB) and a year: one more than the highest
// given; a new body starts again at 01.
Result<int> nextNumber(const QSqlDatabase &db, const QString &bodyCode, const QString &kindCode, int year)
{
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM case_documents WHERE body_code = ? "
                                "AND kind = ? AND year = ?"));
    last.addBindValue(bodyCode);
    last.addBindValue(kindCode);
    last.addBindValue(year);
    if (!last.exec() || !last.next())
        return sqlFailure(Casework::tr("Could not allocate the document's number."), last);
    return last.value(0).toInt();
}
} // namespace

Result<CaseDocuments::Prepared> CaseDocuments::prepareSigning(qint64 documentId, const QDateTime &at) const
{
    QSqlQuery current(m_casebook.database());
    current.prepare(QStringLiteral("SELECT state, draft_json, kind FROM case_documents WHERE id = ?"));
    current.addBindValue(documentId);
    if (!current.exec() || !current.next())
        return sqlFailure(Casework::tr("Could not read the document."), current);
    if (current.value(0).toString() == QLatin1String("signed"))
        return invalid(Casework::tr("The document was signed meanwhile."));
    Prepared p;
    p.source = current.value(1).toString();
    const QString kindCode = current.value(2).toString();
    // A statement left open holds a read lock that keeps other consoles from committing.
    current.finish();
    QJsonObject draft = QJsonDocument::fromJson(p.source.toUtf8()).object();
    // A document is dated the day it is signed (the draft's date is only a proposal): its date
    // line and its number's year follow that day.
    p.date = provinceDate(at);
    // The body in force on that day issues it (the casebook's periods, spec/organisation.md).
    auto issuer = Issuers::readIn(m_casebook.database());
    if (!issuer)
        return issuer.error();
    auto inForce = issuer->inForce(p.date);
    if (!inForce)
        return inForce.error();
    p.bodyCode = inForce->period.issuer.bodyCode;
    draft.insert(QLatin1String("issuer"), documents::toJson(inForce->period.issuer));
    auto number = nextNumber(m_casebook.database(), p.bodyCode, kindCode, p.date.year());
    if (!number)
        return number.error();
    p.number = *number;
    draft.insert(QLatin1String("date"), p.date.toString(Qt::ISODate));
    draft.insert(QLatin1String("year"), p.date.year());
    draft.insert(QLatin1String("number"), p.number);
    // The PDF's metadata carries the audit log's head just before signing (DocumentPdf).
    auto head = AuditLog::headIn(m_casebook.database());
    if (!head)
        return head.error();
    if (head->entries > 0)
        draft.insert(documents::auditStampKey,
                     documents::toJson(documents::AuditStamp {head->entries, head->hash}));
    auto pdf = render(draft);
    if (!pdf)
        return pdf.error();
    p.signedText = compact(draft);
    p.pdf = pdf->bytes;
    p.rendered = *pdf;
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(p.pdf, QCryptographicHash::Sha256).toHex());
    return p;
}

Result<CaseDocument> CaseDocuments::sign(qint64 documentId)
{
    auto d = document(documentId);
    if (!d)
        return d.error();
    if (d->isSigned())
        return invalid(Casework::tr("The %1 %2 is already signed.").arg(kindName(d->kind), d->numberText()));
    auto missing = missingBeforeSigning(documentId);
    if (!missing)
        return missing.error();
    if (!missing->isEmpty())
        return invalid(Casework::tr("Before signing, fill in: %1.").arg(missing->join(QStringLiteral(", "))));

    // Rendering a long minutes takes seconds: it happens before the write lock is taken, with the
    // number that is next at that moment. The short transaction that stores the document checks
    // that the number is still next and the draft unchanged; when another desk took the number
    // (or the draft changed) meanwhile, the document is rendered again with the next one, and
    // from the second attempt on inside the lock, so that a signatory among many always gets
    // through. Numbers are therefore given in the order documents are stored, without gaps.
    const Stamp st = stamp(m_casebook, m_actor);
    constexpr int attempts = 2; // the second one renders under the lock
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        auto firstPrepared = prepareSigned(documentId, st.at);
        if (!firstPrepared)
            return firstPrepared.error();
        Prepared prepared = *firstPrepared;
        bool stale = false;
        QElapsedTimer locked;
        locked.start();
        auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
            QSqlQuery current(tx);
            current.prepare(QStringLiteral(
                "SELECT state, draft_json, case_id, corrects_id FROM case_documents WHERE id = ?"));
            current.addBindValue(documentId);
            if (!current.exec() || !current.next())
                return sqlFailure(Casework::tr("Could not read the document."), current);
            if (current.value(0).toString() == QLatin1String("signed"))
                return invalid(Casework::tr("The document was signed meanwhile."));
            const qint64 caseId = current.value(2).toLongLong();
            const bool isCorrection = !current.value(3).isNull();
            const QString source = current.value(1).toString();
            current.finish();
            // A period added meanwhile may have changed the body of the day.
            auto periods = Issuers::readIn(tx);
            if (!periods)
                return periods.error();
            auto inForce = periods->inForce(prepared.date);
            if (!inForce)
                return inForce.error();
            auto number = nextNumber(tx, prepared.bodyCode, kindCodeOf(d->kind), prepared.date.year());
            if (!number)
                return number.error();
            if (*number != prepared.number || source != prepared.source
                || inForce->period.issuer.bodyCode != prepared.bodyCode) {
                if (attempt == 1) {
                    stale = true;
                    return {};
                }
                auto again = prepareSigned(documentId, st.at); // signed again, under the lock
                if (!again)
                    return again.error();
                prepared = *again;
            }
            auto change = TrackedChange::begin(tx, {Subject::ofDocument(documentId)});
            if (!change)
                return change.error();
            QSqlQuery freeze(tx);
            freeze.prepare(QStringLiteral(
                "UPDATE case_documents SET state = 'signed', body_code = ?, year = ?, number = ?, draft_json "
                "= ?, "
                "pdf = ?, "
                "pdf_sha256 = ?, pdf_size = ?, signed_at = ?, signed_by = ?, updated_at = ?, version = "
                "version + 1, "
                "updated_by = ? WHERE id = ?"));
            freeze.addBindValue(prepared.bodyCode);
            freeze.addBindValue(prepared.date.year());
            freeze.addBindValue(prepared.number);
            freeze.addBindValue(prepared.signedText);
            freeze.addBindValue(prepared.pdf);
            freeze.addBindValue(prepared.sha256);
            freeze.addBindValue(qint64(prepared.pdf.size()));
            freeze.addBindValue(timeText(st.at));
            freeze.addBindValue(notNull(st.actor));
            freeze.addBindValue(timeText(st.at));
            freeze.addBindValue(notNull(st.actor));
            freeze.addBindValue(documentId);
            if (!freeze.exec())
                return sqlFailure(Casework::tr("Could not store the signed document."), freeze);

            if (d->kind == DocumentKind::Minutes && !isCorrection)
                if (auto moved = moveCase(tx, st, caseId, CaseStatus::MinutesSigned, {}); !moved)
                    return moved;
            // The entry pins what was signed by hashes: the draft holds citizen ids, the log does not.
            const QJsonObject signedDraft = QJsonDocument::fromJson(prepared.signedText.toUtf8()).object();
            const QString signedNumber = documents::documentNumber(
                prepared.number, d->kind,
                documents::issuerFromJson(signedDraft.value(QLatin1String("issuer")).toObject()));
            return change->record(
                tx, st,
                {QStringLiteral("document.sign"),
                 QStringLiteral("document"),
                 QString::number(documentId),
                 {},
                 {},
                 compact({{QLatin1String("case"), caseId},
                          {QLatin1String("kind"), kindCodeOf(d->kind)},
                          {QLatin1String("number"), signedNumber},
                          {QLatin1String("date"), prepared.date.toString(Qt::ISODate)},
                          {QLatin1String("pdf_sha256"), prepared.sha256},
                          {QLatin1String("pdf_size"), qint64(prepared.pdf.size())},
                          {QLatin1String("signed_digitally"), !prepared.digitalSigner.isEmpty()},
                          {QLatin1String("digital_signer"), prepared.digitalSigner},
                          {QLatin1String("draft_sha256"),
                           QString::fromLatin1(QCryptographicHash::hash(prepared.signedText.toUtf8(),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex())}})});
        });
        if (!written)
            return written.error();
        qCDebug(lcCaseDocuments) << "signing transaction of document" << documentId << "took"
                                 << locked.elapsed() << "ms";
        if (stale) {
            qCInfo(lcCaseDocuments) << "document" << documentId << "number" << prepared.number
                                    << "taken or draft changed meanwhile; rendering again";
            continue;
        }
        auto signedDocument = document(documentId);
        if (signedDocument)
            qCInfo(lcCaseDocuments) << "document" << documentId << "signed as"
                                    << signedDocument->numberText();
        return signedDocument;
    }
    return Error::make(Casework::tr("Other consoles kept signing documents while this one was being "
                                    "prepared, so it was not signed. Sign it again."),
                       {}, Error::Kind::Unavailable);
}

Result<QByteArray> CaseDocuments::pdf(qint64 documentId) const
{
    auto d = document(documentId);
    if (!d)
        return d.error();
    if (!d->isSigned()) {
        // A draft shows the body that would issue it if signed today.
        QJsonObject draft = d->draft;
        auto issuer = issuerIfSignedToday();
        if (!issuer)
            return issuer.error();
        draft.insert(QLatin1String("issuer"), documents::toJson(issuer->issuer));
        auto rendered = render(draft);
        if (!rendered)
            return rendered.error();
        return rendered->bytes;
    }
    return storedPdf(*d);
}

Result<QByteArray> CaseDocuments::storedPdf(const CaseDocument &d) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT pdf, pdf_sha256, pdf_size FROM case_documents WHERE id = ?"));
    q.addBindValue(d.id);
    if (!q.exec() || !q.next())
        return sqlFailure(Casework::tr("Could not read the document."), q);
    const QByteArray bytes = q.value(0).toByteArray();
    const QString recorded = q.value(1).toString();
    if (matchesRecord(bytes, recorded, q.value(2).toLongLong()))
        return bytes;
    // Never handed on: an export, a preview or a publication of it would pass a forgery for the
    // signed document. The refusal is audited (with no state: it changes none).
    const QString found
        = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    qCWarning(lcCaseDocuments) << "document" << d.id << "stored PDF does not match its SHA-256";
    const Stamp st = stamp(m_casebook, m_actor);
    auto logged = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        // Each alteration once: the documents list reads every signed file on each reload, and the
        // same altered bytes would otherwise add an entry every time.
        QSqlQuery last(tx);
        last.prepare(QStringLiteral("SELECT after_json FROM audit_log WHERE action = "
                                    "'document.integrity_failed' AND subject_kind = 'document' AND "
                                    "subject_id = ? ORDER BY id DESC LIMIT 1"));
        last.addBindValue(QString::number(d.id));
        if (!last.exec())
            return sqlFailure(Casework::tr("Could not read the audit log."), last);
        if (last.next()
            && QJsonDocument::fromJson(last.value(0).toString().toUtf8())
                    .object()
                    .value(QLatin1String("pdf_sha256"))
                    .toString()
                == found)
            return {};
        last.finish();
        return appendAudit(tx, st,
                           {QStringLiteral("document.integrity_failed"),
                            QStringLiteral("document"),
                            QString::number(d.id),
                            {},
                            compact({{QLatin1String("pdf_sha256"), recorded},
                                     {QLatin1String("pdf_size"), q.value(2).toLongLong()}}),
                            compact({{QLatin1String("pdf_sha256"), found},
                                     {QLatin1String("pdf_size"), qint64(bytes.size())}})});
    });
    if (!logged)
        qCWarning(lcCaseDocuments) << "the integrity failure could not be audited:" << logged.error().message;
    return Error::make(Casework::tr("The stored file of the %1 %2 was changed outside SignWatch: do not use "
                                    "it. Run “signwatch-cli audit verify” to see what else was changed.")
                           .arg(kindName(d.kind), d.numberText()),
                       Casework::tr("Recorded SHA-256 %1, stored file %2.").arg(recorded, found));
}

Result<void> CaseDocuments::checkPublication(qint64 publicationId, const QByteArray &pdf) const
{
    QSqlQuery q(m_casebook.database());
    q.prepare(QStringLiteral("SELECT document_id FROM case_publications WHERE publication_id = ?"));
    q.addBindValue(publicationId);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the publications."), q);
    if (!q.next())
        return {}; // not a case's announcement: the outbox's own hash is all there is
    auto d = document(q.value(0).toLongLong());
    if (!d)
        return d.error();
    if (auto stored = storedPdf(*d); !stored)
        return stored.error();
    if (!matchesRecord(pdf, d->pdfSha256, d->pdfSize))
        return Error::make(Casework::tr("The copy of the %1 %2 waiting to be published differs from the "
                                        "signed document: it was changed outside SignWatch and is not "
                                        "sent.")
                               .arg(kindName(d->kind), d->numberText()));
    return {};
}

} // namespace sw::casebook
