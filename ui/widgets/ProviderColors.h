#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

namespace sw::ui {

// One fixed colour per provider, the same in every table, chart and document (ui-guide.md
// "Consistency"); models return it as Qt::DecorationRole and views draw the swatch.
// Colour-blind-safe hues (Okabe–Ito); unknown codes are grey.
class ProviderColors
{
public:
    static QColor color(const QString &providerCode);
    static QColor unknownColor();
    // The six providers of the 2023 programme, in the regulation's order.
    static QStringList knownCodes();
};

} // namespace sw::ui
