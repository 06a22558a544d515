#pragma once

#include "reports/ReportData.h"
#include "reports/ReportWriter.h"

#include <QDate>
#include <QString>

namespace sw::reports::sections {

// The report's parts as ReportPdf lays them out, each under its numbered heading `title`. Tables are
// numbered in the order they appear ("Bảng 1."), each with its unit line and a totals row; charts
// are in the appendix, cited by their number.

// The one date style of the report's running text: "27/7/2024", as the regulation's date is cited.
QString day(const QDate &date);
// "gạch đầu dòng thứ ba mục 1 Quy định": a clause in the report's running text, after the
// introduction has defined "Quy định" (documents::Citations::basis).
QString cite(const QString &clause);
// The part of the population the headline share is counted on, in words.
QString populationBase(const CampaignFigures &campaign);

void campaign(ReportWriter &writer, const ReportData &data, const QString &title);
void quality(ReportWriter &writer, const ReportData &data, const QString &title);
// Only when a scan of the registry is available (ViolationFigures::available).
void violations(ReportWriter &writer, const ReportData &data, const QString &title);
// Only when the casebook was read (CaseworkSummary::available): cases, then measures.
void casework(ReportWriter &writer, const ReportData &data, const QString &title);
// A supervisor's text: a line "1. …" is a sub-heading, every other non-empty line a paragraph.
void ownText(ReportWriter &writer, const QString &text);

} // namespace sw::reports::sections
