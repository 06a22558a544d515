#pragma once

#include "documents/OfficialDocumentWriter.h"
#include "reports/ReportData.h"
#include "util/Result.h"

#include <QImage>
#include <QList>
#include <QString>

namespace sw::reports {

// The Department's periodic report (BÁO CÁO, "Số: 01/BC-STTTT") as PDF, in the national form of
// administrative documents (spec/documents.md), always in Vietnamese: header, title, the
// introduction, then numbered parts (ReportSections): the campaign in figures (holders, share of the
// population and of the 50 % target, per provider and per district), service quality (Hue-S update
// delay, the 48-hour service of Hue-S requests), violations found (only with a scan), cases and
// measures (only with the casebook), the general assessment and the proposals (the supervisor's,
// else drafted from the figures: ReportDraft); then the sources of the figures, "Nơi nhận" and the
// signature block, and the charts in an appendix on a page of their own. Needs a QGuiApplication (fonts;
// QT_QPA_PLATFORM=offscreen without a display).
class ReportPdf
{
public:
    static Result<documents::PdfDocument> render(const ReportData &data);
    // The pages as images of `dpi` (the GUI's preview).
    static Result<QList<QImage>> pageImages(const ReportData &data, int dpi);
    // Section titles as printed when every part is there (tests and the GUI's outline).
    static QStringList sectionTitles();
    // Those `data` prints: violations only with a scan, casework only with the casebook.
    static QStringList sectionTitles(const ReportData &data);
};

} // namespace sw::reports
