#pragma once

#include "documents/AnnouncementData.h"
#include "documents/MinutesData.h"
#include "documents/OfficialDocumentWriter.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QString>

namespace sw::documents {

// The Department's documents as PDF (spec/documents.md; Decree 30/2020/NĐ-CP, Appendix I), in the
// bundled Liberation Serif. Each needs a QGuiApplication (QT_QPA_PLATFORM=offscreen without a
// display). The PDF carries its creation time: render once, then keep the bytes and their hash.
class DocumentPdf
{
public:
    // Minutes (biên bản). Citizen ids in the evidence are printed masked (§1.7).
    static Result<PdfDocument> minutes(const MinutesData &minutes, const AuditStamp &audit = {});
    // The public announcement (thông báo). Refuses text that looks like a citizen id (a run of 9 or
    // more digits): the announcement is published and carries no citizen data.
    static Result<PdfDocument> announcement(const AnnouncementData &announcement,
                                            const AuditStamp &audit = {});
    // A draft of either kind (MinutesData or AnnouncementData as JSON), by its "format"; with the
    // audit stamp a signed draft holds (auditStampKey) in the PDF's metadata.
    static Result<PdfDocument> fromDraft(const QJsonObject &draft);

    // Writes `pdf` to `path` atomically (QSaveFile).
    static Result<void> save(const PdfDocument &pdf, const QString &path);

    // What is missing before a document can be printed ("the number", "the date" …), empty when
    // it is complete enough. The GUI shows these before signing.
    static QStringList missingFields(const MinutesData &minutes);
    static QStringList missingFields(const AnnouncementData &announcement);
};

} // namespace sw::documents
