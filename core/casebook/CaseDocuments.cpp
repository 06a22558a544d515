#include "casebook/CaseDocuments.h"

#include "casebook/AuditLog.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlQuery>
#include <QTimeZone>

Q_LOGGING_CATEGORY(lcCaseDocuments, "signwatch.casebook.documents")

namespace sw::casebook {

using namespace detail;
using documents::DocumentKind;

namespace {
// This file's strings are in the translation context "Casework" (lupdate reads Casework::tr).
struct Casework
{
    Q_DECLARE_TR_FUNCTIONS(Casework)
};

QString compact(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString kindCodeOf(DocumentKind kind)
{
    return kind == DocumentKind::Minutes ? QStringLiteral("BB") : QStringLiteral("TB");
}

QString kindName(DocumentKind kind)
{
    return kind == DocumentKind::Minutes ? Casework::tr("minutes") : Casework::tr("announcement");
}

const QString columns = QStringLiteral("d.id, d.case_id, d.kind, d.state, d.draft_json, d.year, d.number, "
                                       "d.corrects_id, d.pdf_sha256, d.pdf_size, "
                                       "d.signed_at, d.signed_by, d.created_at, d.updated_at, "
                                       "(SELECT o.year FROM case_documents o WHERE o.id = d.corrects_id), "
                                       "(SELECT o.number FROM case_documents o WHERE o.id = d.corrects_id)");

CaseDocument readDocument(const QSqlQuery &q)
{
    CaseDocument d;
    d.id = q.value(0).toLongLong();
    d.caseId = q.value(1).toLongLong();
    d.kind
        = q.value(2).toString() == QLatin1String("TB") ? DocumentKind::Announcement : DocumentKind::Minutes;
    d.state = q.value(3).toString() == QLatin1String("signed") ? DocumentState::Signed : DocumentState::Draft;
    d.draft = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
    d.year = q.value(5).toInt();
    d.number = q.value(6).toInt();
    d.corrects = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    d.pdfSha256 = q.value(8).toString();
    d.pdfSize = q.value(9).toLongLong();
    d.signedAt = timeFromText(q.value(10).toString());
    d.signedBy = q.value(11).toString();
    d.createdAt = timeFromText(q.value(12).toString());
    d.updatedAt = timeFromText(q.value(13).toString());
    if (d.corrects != 0 && q.value(15).toInt() > 0)
        d.correctsNumber = documents::documentNumber(
            q.value(15).toInt(), d.kind,
            documents::issuerFromJson(d.draft.value(QLatin1String("issuer")).toObject()));
    return d;
}

// Reads a draft of `kind` back: the check that what is stored is a document of that kind.
Result<void> checkDraft(DocumentKind kind, const QJsonObject &draft)
{
    if (kind == DocumentKind::Minutes) {
        if (auto read = documents::minutesFromJson(draft); !read)
            return read.error();
    } else if (auto read = documents::announcementFromJson(draft); !read) {
        return read.error();
    }
    return {};
}

// The province's calendar day of a moment (UTC+7).
QDate provinceDate(const QDateTime &utc)
{
    return documents::provinceTime(utc).date();
}

QString dateWords(const QJsonObject &draft)
{
    const QDate date = QDate::fromString(draft.value(QLatin1String("date")).toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// The next number of a kind (BB, TB) in a year: one more than the highest given.
Result<int> nextNumber(const QSqlDatabase &db, const QString &kindCode, int year)
{
    QSqlQuery last(db);
    last.prepare(QStringLiteral(
        "SELECT COALESCE(MAX(number), 0) + 1 FROM case_documents WHERE kind = ? AND year = ?"));
    last.addBindValue(kindCode);
    last.addBindValue(year);
    if (!last.exec() || !last.next())
        return sqlFailure(Casework::tr("Could not allocate the document's number."), last);
    return last.value(0).toInt();
}

Result<QList<CaseDocument>> selectDocuments(const QSqlDatabase &db, const QString &where,
                                            const QVariantList &values)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM case_documents d %2 ORDER BY d.id").arg(columns, where));
    for (const QVariant &value : values)
        q.addBindValue(value);
    if (!q.exec())
        return sqlFailure(Casework::tr("Could not read the case's documents."), q);
    QList<CaseDocument> list;
    while (q.next())
        list.append(readDocument(q));
    return list;
}
} // namespace

QString CaseDocument::numberText() const
{
    if (number <= 0)
        return {};
    return documents::documentNumber(
        number, kind, documents::issuerFromJson(draft.value(QLatin1String("issuer")).toObject()));
}

QString CaseDocument::kindCode() const
{
    return kindCodeOf(kind);
}

CaseDocuments::CaseDocuments(Casebook &casebook) : m_casebook(casebook) { }

QDateTime CaseDocuments::now() const
{
    return stamp(m_actor, m_clock).at;
}

Result<documents::PdfDocument> CaseDocuments::render(const QJsonObject &draft) const
{
    return m_renderer ? m_renderer(draft) : documents::DocumentPdf::fromDraft(draft);
}

Result<CaseDocument> CaseDocuments::document(qint64 documentId) const
{
    auto found = selectDocuments(m_casebook.database(), QStringLiteral("WHERE d.id = ?"), {documentId});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(Casework::tr("There is no document %1.").arg(documentId));
    return found->constFirst();
}

Result<QList<CaseDocument>> CaseDocuments::documentsOf(qint64 caseId) const
{
    return selectDocuments(m_casebook.database(), QStringLiteral("WHERE d.case_id = ?"), {caseId});
}

Result<std::optional<CaseDocument>> CaseDocuments::latestOf(qint64 caseId, DocumentKind kind) const
{
    auto found = selectDocuments(m_casebook.database(), QStringLiteral("WHERE d.case_id = ? AND d.kind = ?"),
                                 {caseId, kindCodeOf(kind)});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<CaseDocument>();
    return std::optional<CaseDocument>(found->constLast());
}

Result<CaseDocument> CaseDocuments::insertDraft(qint64 caseId, DocumentKind kind, const QJsonObject &draft,
                                                qint64 corrects, bool moveToDrafted)
{
    const Stamp st = stamp(m_actor, m_clock);
    qint64 id = 0;
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        if (moveToDrafted)
            if (auto moved = moveCase(tx, st, caseId, CaseStatus::MinutesDrafted, {}); !moved)
                return moved;
        auto next = nextId(tx, QStringLiteral("case_documents"));
        if (!next)
            return next.error();
        id = *next;
        auto change = TrackedChange::begin(tx, {Subject::ofDocument(id)});
        if (!change)
            return change.error();
        QSqlQuery q(tx);
        q.prepare(
            QStringLiteral("INSERT INTO case_documents (id, case_id, kind, state, draft_json, corrects_id, "
                           "created_at, updated_at) VALUES (?, ?, ?, 'draft', ?, ?, ?, ?)"));
        q.addBindValue(id);
        q.addBindValue(caseId);
        q.addBindValue(kindCodeOf(kind));
        q.addBindValue(compact(draft));
        q.addBindValue(corrects == 0 ? QVariant() : QVariant(corrects));
        q.addBindValue(timeText(st.at));
        q.addBindValue(timeText(st.at));
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not create the document."), q);
        return change->record(
            tx, st,
            {corrects == 0 ? QStringLiteral("document.create") : QStringLiteral("document.correct"),
             QStringLiteral("document"),
             QString::number(id),
             {},
             {},
             compact({{QLatin1String("case"), caseId},
                      {QLatin1String("kind"), kindCodeOf(kind)},
                      {QLatin1String("corrects"), corrects == 0 ? QJsonValue() : QJsonValue(corrects)}})});
    });
    if (!written)
        return written.error();
    qCInfo(lcCaseDocuments) << "document" << id << kindCodeOf(kind) << "drafted for case" << caseId;
    return document(id);
}

Result<CaseDocument> CaseDocuments::createMinutes(qint64 caseId)
{
    Cases cases(m_casebook);
    auto theCase = cases.caseById(caseId);
    if (!theCase)
        return theCase.error();
    auto existing = selectDocuments(
        m_casebook.database(), QStringLiteral("WHERE d.case_id = ? AND d.kind = 'BB' AND d.state = 'draft'"),
        {caseId});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->constLast();
    if (theCase->status != CaseStatus::Established)
        return invalid(
            Casework::tr(
                "Case %1 is %2: minutes are drawn up for an established case (a signed one is put right "
                "by a correction).")
                .arg(caseId)
                .arg(statusLabel(theCase->status)));
    auto evidence = cases.evidence(caseId);
    if (!evidence)
        return evidence.error();
    documents::MinutesData minutes;
    minutes.provider = {theCase->provider, theCase->providerName};
    minutes.violations = documents::minutesViolationsFromFindings(*evidence);
    return insertDraft(caseId, DocumentKind::Minutes, documents::toJson(minutes), 0, true);
}

Result<CaseDocument> CaseDocuments::createAnnouncement(qint64 caseId)
{
    Cases cases(m_casebook);
    auto theCase = cases.caseById(caseId);
    if (!theCase)
        return theCase.error();
    auto existing = selectDocuments(
        m_casebook.database(), QStringLiteral("WHERE d.case_id = ? AND d.kind = 'TB' AND d.state = 'draft'"),
        {caseId});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->constLast();
    auto signedMinutes = selectDocuments(
        m_casebook.database(), QStringLiteral("WHERE d.case_id = ? AND d.kind = 'BB' AND d.state = 'signed'"),
        {caseId});
    if (!signedMinutes)
        return signedMinutes.error();
    if (signedMinutes->isEmpty())
        return invalid(
            Casework::tr(
                "Case %1 has no signed minutes: the announcement cites them, so sign the minutes first.")
                .arg(caseId));
    if (theCase->status != CaseStatus::MinutesSigned && theCase->status != CaseStatus::Published)
        return invalid(Casework::tr("Case %1 is %2: there is nothing to announce.")
                           .arg(caseId)
                           .arg(statusLabel(theCase->status)));
    auto minutes = documents::minutesFromJson(signedMinutes->constLast().draft);
    if (!minutes)
        return minutes.error();
    documents::AnnouncementData announcement = documents::announcementFromMinutes(*minutes);
    announcement.year = 0; // allocated at signing
    return insertDraft(caseId, DocumentKind::Announcement, documents::toJson(announcement), 0, false);
}

Result<CaseDocument> CaseDocuments::createCorrection(qint64 documentId)
{
    auto old = document(documentId);
    if (!old)
        return old.error();
    if (!old->isSigned())
        return invalid(
            Casework::tr("Document %1 is still a draft: edit it instead of correcting it.").arg(documentId));
    auto existing = selectDocuments(
        m_casebook.database(), QStringLiteral("WHERE d.corrects_id = ? AND d.state = 'draft'"), {documentId});
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return existing->constLast();
    QJsonObject draft = old->draft;
    draft.insert(QLatin1String("number"), 0);
    draft.insert(QLatin1String("year"), 0);
    draft.insert(QLatin1String("date"), QJsonValue());
    draft.remove(documents::auditStampKey); // the correction carries its own when signed
    // The correction's own text names the document it corrects (Vietnamese: documents are).
    const QString cited
        = QStringLiteral(" (đính chính %1 số %2%3)")
              .arg(old->kind == DocumentKind::Minutes ? QStringLiteral("Biên bản")
                                                      : QStringLiteral("Thông báo"),
                   old->numberText(),
                   dateWords(old->draft).isEmpty() ? QString()
                                                   : QStringLiteral(" ngày ") + dateWords(old->draft));
    draft.insert(QLatin1String("subject"), draft.value(QLatin1String("subject")).toString() + cited);
    return insertDraft(old->caseId, old->kind, draft, documentId, false);
}

Result<CaseDocument> CaseDocuments::saveDraft(qint64 documentId, const QJsonObject &draft)
{
    auto current = document(documentId);
    if (!current)
        return current.error();
    if (auto ok = checkDraft(current->kind, draft); !ok)
        return ok.error();
    const Stamp st = stamp(m_actor, m_clock);
    auto written = m_casebook.write([&](QSqlDatabase &tx) -> Result<void> {
        QSqlQuery state(tx);
        state.prepare(QStringLiteral("SELECT state, year, number FROM case_documents WHERE id = ?"));
        state.addBindValue(documentId);
        if (!state.exec() || !state.next())
            return sqlFailure(Casework::tr("Could not read the document."), state);
        if (state.value(0).toString() == QLatin1String("signed"))
            return invalid(
                Casework::tr("The %1 %2 is signed and can no longer be changed; make a correction instead.")
                    .arg(kindName(current->kind),
                         documents::documentNumber(state.value(2).toInt(), current->kind)));
        QSqlQuery q(tx);
        q.prepare(QStringLiteral("UPDATE case_documents SET draft_json = ?, updated_at = ? WHERE id = ?"));
        q.addBindValue(compact(draft));
        q.addBindValue(timeText(st.at));
        q.addBindValue(documentId);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not save the draft."), q);
        return {};
    });
    if (!written)
        return written.error();
    return document(documentId);
}

Result<QStringList> CaseDocuments::missingBeforeSigning(qint64 documentId) const
{
    auto d = document(documentId);
    if (!d)
        return d.error();
    if (d->kind == DocumentKind::Minutes) {
        auto minutes = documents::minutesFromJson(d->draft);
        if (!minutes)
            return minutes.error();
        minutes->number = 1; // filled in by signing
        if (!minutes->date.isValid())
            minutes->date = QDate(2000, 1, 1);
        return documents::DocumentPdf::missingFields(*minutes);
    }
    auto announcement = documents::announcementFromJson(d->draft);
    if (!announcement)
        return announcement.error();
    announcement->number = 1;
    if (!announcement->date.isValid())
        announcement->date = QDate(2000, 1, 1);
    return documents::DocumentPdf::missingFields(*announcement);
}

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
    // Numbering: the next number of the kind in the year of the document's date (a draft without a
    // date is dated the day of signing).
    p.date = QDate::fromString(draft.value(QLatin1String("date")).toString(), Qt::ISODate);
    if (!p.date.isValid())
        p.date = provinceDate(at);
    auto number = nextNumber(m_casebook.database(), kindCode, p.date.year());
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
    // that the number is still next and the draft unchanged; when another console took the number
    // (or the draft changed) meanwhile, the document is rendered again with the next one. Numbers
    // are therefore given in the order documents are stored, without gaps.
    const Stamp st = stamp(m_actor, m_clock);
    constexpr int attempts = 5;
    for (int attempt = 1; attempt <= attempts; ++attempt) {
        auto prepared = prepareSigning(documentId, st.at);
        if (!prepared)
            return prepared.error();
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
            auto number = nextNumber(tx, kindCodeOf(d->kind), prepared->date.year());
            if (!number)
                return number.error();
            if (*number != prepared->number || current.value(1).toString() != prepared->source) {
                stale = true;
                return {};
            }
            const qint64 caseId = current.value(2).toLongLong();
            const bool isCorrection = !current.value(3).isNull();
            auto change = TrackedChange::begin(tx, {Subject::ofDocument(documentId)});
            if (!change)
                return change.error();
            QSqlQuery freeze(tx);
            freeze.prepare(QStringLiteral(
                "UPDATE case_documents SET state = 'signed', year = ?, number = ?, draft_json = ?, pdf = ?, "
                "pdf_sha256 = ?, pdf_size = ?, signed_at = ?, signed_by = ?, updated_at = ? WHERE id = ?"));
            freeze.addBindValue(prepared->date.year());
            freeze.addBindValue(prepared->number);
            freeze.addBindValue(prepared->signedText);
            freeze.addBindValue(prepared->pdf);
            freeze.addBindValue(prepared->sha256);
            freeze.addBindValue(qint64(prepared->pdf.size()));
            freeze.addBindValue(timeText(st.at));
            freeze.addBindValue(notNull(st.actor));
            freeze.addBindValue(timeText(st.at));
            freeze.addBindValue(documentId);
            if (!freeze.exec())
                return sqlFailure(Casework::tr("Could not store the signed document."), freeze);

            if (d->kind == DocumentKind::Minutes && !isCorrection)
                if (auto moved = moveCase(tx, st, caseId, CaseStatus::MinutesSigned, {}); !moved)
                    return moved;
            // The entry pins what was signed by hashes: the draft holds citizen ids, the log does not.
            const QJsonObject signedDraft = QJsonDocument::fromJson(prepared->signedText.toUtf8()).object();
            const QString signedNumber = documents::documentNumber(
                prepared->number, d->kind,
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
                          {QLatin1String("date"), prepared->date.toString(Qt::ISODate)},
                          {QLatin1String("pdf_sha256"), prepared->sha256},
                          {QLatin1String("pdf_size"), qint64(prepared->pdf.size())},
                          {QLatin1String("draft_sha256"),
                           QString::fromLatin1(QCryptographicHash::hash(prepared->signedText.toUtf8(),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex())}})});
        });
        if (!written)
            return written.error();
        qCDebug(lcCaseDocuments) << "signing transaction of document" << documentId << "took"
                                 << locked.elapsed() << "ms";
        if (stale) {
            qCInfo(lcCaseDocuments) << "document" << documentId << "number" << prepared->number
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
        auto rendered = render(d->draft);
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
    const Stamp st = stamp(m_actor, m_clock);
    auto logged = m_casebook.write([&](QSqlDatabase &tx) {
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

Result<publishing::NewPublication> CaseDocuments::publicationOf(qint64 documentId) const
{
    auto d = document(documentId);
    if (!d)
        return d.error();
    if (d->kind != DocumentKind::Announcement || !d->isSigned())
        return invalid(Casework::tr("Only a signed announcement is published."));
    auto announcement = documents::announcementFromJson(d->draft);
    if (!announcement)
        return announcement.error();
    auto bytes = pdf(documentId);
    if (!bytes)
        return bytes.error();
    publishing::NewPublication publication;
    publication.documentKind = QStringLiteral("TB");
    publication.documentNumber = d->numberText();
    publication.title = announcement->subject;
    publication.pdf = *bytes;
    publication.metadata = {
        {QLatin1String("date"), announcement->date.toString(Qt::ISODate)},
        {QLatin1String("provider"), announcement->provider.code},
        {QLatin1String("provider_name"), announcement->provider.legalName},
        {QLatin1String("minutes"),
         documents::documentNumber(announcement->minutesNumber, DocumentKind::Minutes, announcement->issuer)},
        {QLatin1String("minutes_date"), announcement->minutesDate.toString(Qt::ISODate)},
        {QLatin1String("exclusion_date"), announcement->exclusionDate.toString(Qt::ISODate)},
        {QLatin1String("signer"), announcement->signatory.name},
        {QLatin1String("corrects"), d->correctsNumber},
    };
    return publication;
}

} // namespace sw::casebook
