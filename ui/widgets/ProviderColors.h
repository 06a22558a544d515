#pragma once

#include "statistics/ProviderColors.h"

#include <QColor>
#include <QString>
#include <QStringList>

namespace sw::ui {

// The provider colours of statistics/ProviderColors (one definition for screens and documents);
// models return them as Qt::DecorationRole and views draw the swatch.
class ProviderColors
{
public:
    static QColor color(const QString &providerCode) { return statistics::providerColor(providerCode); }
    static QColor unknownColor() { return statistics::unknownProviderColor(); }
    static QStringList knownCodes() { return statistics::knownProviderCodes(); }
};

} // namespace sw::ui
