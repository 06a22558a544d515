#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace sw::statistics {

// One fixed colour per provider, the same in every table, chart and document (ui-guide.md
// "Consistency"), defined once for the screens (ui/widgets/ProviderColors) and the report charts.
// Colour-blind-safe hues (Okabe–Ito, a brown for FPT-CA), pairwise apart under deuteranopia and
// protanopia as well; codes the programme does not know are a light grey.
QColor providerColor(const QString &providerCode);
QColor unknownProviderColor();
// The six providers of the 2023 programme, in the regulation's order.
QStringList knownProviderCodes();
bool isKnownProvider(const QString &providerCode);

// Codes not among the six (BKAV_CA, a typing slip, a test provider) are one entry in charts and in
// the report's per-provider rows, "invalid code", its figures the sum of theirs: a reader sees one
// line to look into (the findings of those codes, ui/dashboard/InvalidCodeFindings) instead of a row
// per slip.
QString invalidProviderKey();
// The code itself for one of the six, invalidProviderKey() for any other.
QString providerGroupKey(const QString &providerCode);

} // namespace sw::statistics
