#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace sw::statistics {

// One fixed colour per provider, the same in every table, chart and document (ui-guide.md
// "Consistency"), defined once for the screens (ui/widgets/ProviderColors) and the report charts.
// Colour-blind-safe hues (Okabe–Ito); unknown codes are grey.
QColor providerColor(const QString &providerCode);
QColor unknownProviderColor();
// The six providers of the 2023 programme, in the regulation's order.
QStringList knownProviderCodes();

} // namespace sw::statistics
