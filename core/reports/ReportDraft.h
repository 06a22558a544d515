#pragma once

#include "reports/ReportData.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace sw::reports {

// The supervisor's part of the report drafted from its figures, for the supervisor to edit before
// it is issued: the general assessment (results, shortcomings, causes, next tasks) and the
// proposals. Every sentence rests on a figure of `data`; a part with nothing to say from the
// figures says so in a sentence of its own.
//
// The assessment is one text: a line "1. Kết quả đạt được" (a number, a point, a space) is printed
// as a sub-heading, every other non-empty line as a paragraph.
QString draftAssessment(const ReportData &data);
QString draftProposals(const ReportData &data);
// The standard heading of each part of the assessment, in order.
QStringList assessmentParts();

// "UBND tỉnh Thừa Thiên Huế" / "UBND thành phố Huế" from the header's "UBND TỈNH THỪA THIÊN HUẾ".
// The signature block as the Department signs a report: the title in capitals, and a deputy
// ("PHÓ GIÁM ĐỐC") signs for the director ("KT. GIÁM ĐỐC") unless an authority is given.
documents::Signatory reportSignatory(const QString &authority, const QString &title, const QString &name);
// The standard "Nơi nhận" of a report of `issuer`'s.
QStringList defaultRecipients(const documents::Issuer &issuer);

// The editable draft as a file (signwatch-cli report --draft-out / --draft-in): texts, signer and
// recipients. A field missing from the file keeps what the report would print without it.
struct ReportDraft
{
    ReportTexts texts;
    documents::Signatory signatory;
    QStringList recipients;
};
QJsonObject toJson(const ReportDraft &draft);
Result<ReportDraft> draftFromJson(const QByteArray &json);

} // namespace sw::reports
