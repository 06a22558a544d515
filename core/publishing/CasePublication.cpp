#include "publishing/CasePublication.h"

#include "casebook/CaseDocuments.h"
#include "documents/AnnouncementData.h"
#include "documents/DocumentWording.h"

#include <QCoreApplication>

namespace sw::publishing {

using documents::DocumentKind;

Result<NewPublication> publicationOf(const casebook::CaseDocuments &caseDocuments, qint64 documentId)
{
    auto d = caseDocuments.document(documentId);
    if (!d)
        return d.error();
    if (d->kind != DocumentKind::Announcement || !d->isSigned())
        return Error::make(
            QCoreApplication::translate("Casework", "Only a signed announcement is published."), {},
            Error::Kind::InvalidInput);
    auto announcement = documents::announcementFromJson(d->draft);
    if (!announcement)
        return announcement.error();
    auto bytes = caseDocuments.pdf(documentId);
    if (!bytes)
        return bytes.error();
    NewPublication publication;
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

} // namespace sw::publishing
