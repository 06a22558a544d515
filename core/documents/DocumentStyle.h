#pragma once

#include <QtGlobal>

namespace sw::documents {

// The measures in which the kinds of official documents differ. Decree 30/2020/NĐ-CP, Appendix I
// (spec/documents.md) gives ranges; minutes and announcements chose these defaults within them, the
// report (reports/ReportWriter) its own. Everything else OfficialDocumentWriter lays out the same
// for every kind.
struct DocumentStyle
{
    qreal headerGapPt = 14; // under the two-column header
    qreal titleTopPt = 0; // above the type name
    qreal headingTopPt = 6; // above a section heading
    int lineHeightPercent = 100; // body text: single (the decree: single to 1.5)
    qreal tablePt = 12;
    qreal cellPaddingMm = 1.2;
    qreal signatureSpaceMm = 22; // room for the signature and the seal
    qreal ruleGapPt = 3; // under a line's descent: a rule, not an underline
    // The writer's own pagination (DocumentPagination): a table is cut where a page breaks, each
    // piece under its column names; headings, lines marked keepWithNext() and signature blocks are
    // never left alone at a page's foot. Off: Qt's own, which repeats a table's header row but
    // breaks a row or a block across pages where it falls.
    bool fixPageBreaks = true;
};

// The page and the units of Qt 6.4's text layout on a paint device, shared by the writer's parts.
namespace pageMetrics {

// Decree 30/2020, Appendix I: A4 portrait, top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
inline constexpr qreal marginTopMm = 20;
inline constexpr qreal marginBottomMm = 20;
inline constexpr qreal marginLeftMm = 30;
inline constexpr qreal marginRightMm = 15;
inline constexpr int resolution = 1200; // QPdfWriter's default: device units are 1/1200 inch

// As QTextDocumentLayout reads them on a paint device (measured): frame, table and block margins,
// padding and borders in 1/96 inch, scaled to the device; a block's text indent in the device's
// own units.
inline constexpr qreal cssPxPerMm = 96.0 / 25.4;
inline constexpr qreal cssPxPerPt = 96.0 / 72.0;
inline constexpr qreal deviceUnitsPerMm = resolution / 25.4;

} // namespace pageMetrics

} // namespace sw::documents
