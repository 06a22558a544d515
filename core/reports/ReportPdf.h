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
// introduction, then
//   I.   the campaign in figures (holders, share of the population and of the 50 % target, per
//        provider and per district, by channel), with the issuance and share charts;
//   II.  service quality (Hue-S update delay per provider: median and 95th percentile; the 48-hour
//        service rate of Hue-S requests), with the delay chart;
//   III. violations found (per rule and per provider, against the previous period), with a chart;
//   IV.  cases and their status;  V. measures taken;  VI. assessment and proposals;
// then "Nơi nhận" and the signature block. Needs a QGuiApplication (fonts; QT_QPA_PLATFORM=offscreen
// without a display).
class ReportPdf
{
public:
    static Result<documents::PdfDocument> render(const ReportData &data);
    // The pages as images of `dpi` (the GUI's preview).
    static Result<QList<QImage>> pageImages(const ReportData &data, int dpi);
    // Section titles as printed (tests and the GUI's outline).
    static QStringList sectionTitles();
};

} // namespace sw::reports
