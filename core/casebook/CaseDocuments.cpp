#include "casebook/CaseDocuments.h"
#include "util/Clock.h"

#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/CaseworkState.h"
#include "casebook/CaseworkSupport.h"
#include "casebook/Issuers.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentPdf.h"
#include "documents/DocumentWording.h"
#include "documents/MinutesData.h"
#include "documents/MinutesFromFindings.h"
#include "documents/MinutesWording.h"
#include "rules/RegulationText.h"

#include <QCoreApplication>
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

const QString columns
    = QStringLiteral("d.id, d.case_id, d.kind, d.state, d.draft_json, d.year, d.number, "
                     "d.corrects_id, d.pdf_sha256, d.pdf_size, "
                     "d.signed_at, d.signed_by, d.created_at, d.updated_at, "
                     "(SELECT o.year FROM case_documents o WHERE o.id = d.corrects_id), "
                     "(SELECT o.number FROM case_documents o WHERE o.id = d.corrects_id), "
                     "d.version, d.updated_by, "
                     "(SELECT o.body_code FROM case_documents o WHERE o.id = d.corrects_id)");

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
    d.version = q.value(16).toInt();
    d.updatedBy = q.value(17).toString();
    if (d.corrects != 0 && q.value(15).toInt() > 0) {
        // The corrected document's number names the body that issued it, which may not be this one's.
        documents::Issuer issuer
            = documents::issuerFromJson(d.draft.value(QLatin1String("issuer")).toObject());
        if (!q.value(18).isNull())
            issuer.bodyCode = q.value(18).toString();
        d.correctsNumber = documents::documentNumber(q.value(15).toInt(), d.kind, issuer);
    }
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

QString dateWords(const QJsonObject &draft)
{
    const QDate date = QDate::fromString(draft.value(QLatin1String("date")).toString(), Qt::ISODate);
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// The providers that stay in the programme when `excluded` leaves it on `from` (or now, without a
// date): the letter's addressees less `excluded` and every provider whose exclusion was published
// to take effect by then.
Result<QList<documents::ProviderParty>> remainingProviders(const Cases &cases, const QString &excluded,
                                                           QDate from, const QDateTime &now)
{
    auto exclusions = cases.exclusions();
    if (!exclusions)
        return exclusions.error();
    const qint64 until = from.isValid()
        ? QDateTime(from.addDays(1), QTime(0, 0), QTimeZone(7 * 3600)).toSecsSinceEpoch()
        : now.toSecsSinceEpoch();
    QList<documents::ProviderParty> remaining;
    for (const rules::RegulationAddressee &addressee : rules::regulationAddressees()) {
        const auto exclusion = exclusions->constFind(addressee.code);
        if (addressee.code == excluded || (exclusion != exclusions->cend() && *exclusion < until))
            continue;
        remaining.append({addressee.code, addressee.name});
    }
    return remaining;
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

const Clock &CaseDocuments::clock() const
{
    return m_casebook.clock();
}

QDateTime CaseDocuments::now() const
{
    return stamp(m_casebook, m_actor).at;
}

Result<documents::PdfDocument> CaseDocuments::render(const QJsonObject &draft) const
{
    return m_renderer ? m_renderer(draft) : documents::DocumentPdf::fromDraft(draft);
}

Result<CaseDocuments::DraftIssuer> CaseDocuments::issuerIfSignedToday() const
{
    // A document is dated the day it is signed (CaseDocumentsSigning): today, in the province.
    const QDate today = documents::provinceTime(now()).date();
    auto inForce = Issuers(m_casebook).inForce(today);
    if (!inForce)
        return inForce.error();
    DraftIssuer answer;
    answer.issuer = inForce->period.issuer;
    answer.from = inForce->period.from;
    answer.explanation = Casework::tr("Signed today (%1), it is issued by %2: a document is dated the day "
                                      "it is signed and carries the body in force then.")
                             .arg(documents::periodDate(today), inForce->reason);
    return answer;
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
    const Stamp st = stamp(m_casebook, m_actor);
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
                           "created_at, updated_at, version, updated_by) "
                           "VALUES (?, ?, ?, 'draft', ?, ?, ?, ?, 1, ?)"));
        q.addBindValue(id);
        q.addBindValue(caseId);
        q.addBindValue(kindCodeOf(kind));
        q.addBindValue(compact(draft));
        q.addBindValue(corrects == 0 ? QVariant() : QVariant(corrects));
        q.addBindValue(timeText(st.at));
        q.addBindValue(timeText(st.at));
        q.addBindValue(notNull(st.actor));
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
    // The case knows the provider's code and name; its address and registration number are filled
    // in by the inspector (signing is refused without them).
    minutes.provider = {theCase->provider, theCase->providerName};
    minutes.violations = documents::minutesViolationsFromFindings(*evidence);
    // Issue 15: section IV pre-filled from the case. The case is established, so §5.3 applies: the
    // provider is removed (the date is the Department's decision, chosen when drafting), and it puts
    // its Hue-S records right within a default term the inspector may change.
    minutes.conclusion = documents::draftConclusion(minutes.provider, minutes.violations);
    minutes.excludeProvider = true;
    minutes.measures = documents::draftMeasures(minutes.provider, minutes.violations, minutesCorrectionDays);
    minutes.recipients
        = {minutes.provider.legalName.isEmpty() ? minutes.provider.code : minutes.provider.legalName,
           QStringLiteral("Lưu: VT")};
    // The meeting is held at the seat of the body that would sign today, when its address is known.
    if (auto issuer = issuerIfSignedToday()) {
        minutes.issuer = issuer->issuer;
        minutes.meetingPlace = issuer->issuer.address;
    }
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
    // §5.3: the day the removal takes effect is the Department's decision, taken in the minutes or
    // recorded on the case; a draft without it is refused at signing (DocumentPdf::missingFields).
    if (!announcement.exclusionDate.isValid() && theCase->exclusionFrom)
        announcement.exclusionDate = documents::provinceTime(QDateTime::fromSecsSinceEpoch(
                                                                 *theCase->exclusionFrom, QTimeZone::utc()))
                                         .date();
    auto remaining = remainingProviders(cases, theCase->provider, announcement.exclusionDate, now());
    if (!remaining)
        return remaining.error();
    announcement.remainingProviders = *remaining;
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

Result<CaseDocument> CaseDocuments::saveDraft(qint64 documentId, const QJsonObject &draft, int loadedVersion)
{
    auto current = document(documentId);
    if (!current)
        return current.error();
    if (auto ok = checkDraft(current->kind, draft); !ok)
        return ok.error();
    const Stamp st = stamp(m_casebook, m_actor);
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
        q.prepare(
            QStringLiteral("UPDATE case_documents SET draft_json = ?, updated_at = ?, version = version + 1, "
                           "updated_by = ? WHERE id = ? AND version = ?"));
        q.addBindValue(compact(draft));
        q.addBindValue(timeText(st.at));
        q.addBindValue(notNull(st.actor));
        q.addBindValue(documentId);
        q.addBindValue(loadedVersion);
        if (!q.exec())
            return sqlFailure(Casework::tr("Could not save the draft."), q);
        if (q.numRowsAffected() == 0) // someone saved in between
            return conflictAfterUpdate(
                tx, QStringLiteral("case_documents"), documentId,
                Casework::tr("The %1 draft of case %2").arg(kindName(current->kind)).arg(current->caseId),
                Casework::tr("There is no document %1.").arg(documentId));
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

} // namespace sw::casebook
