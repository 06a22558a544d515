#include "widgets/RuleColors.h"

#include "rules/RuleCatalogue.h"

namespace sw::ui {

namespace {
// In the catalogue's order (by code), chosen so that neighbours in a stack differ in lightness too.
constexpr QRgb palette[] = {
    0x0067A5, // blue
    0xBE0032, // red
    0x8DB600, // yellow green
    0xF38400, // orange
    0x000000, // black
    0x44AA99, // teal
    0xAA4499, // purple
    0xC2B280, // buff
    0x654522, // brown
    0xA1CAF1, // light blue
    0x332288, // indigo
    0xE68FAC, // pink
    0x117733, // green
};
constexpr int paletteSize = int(sizeof(palette) / sizeof(palette[0]));
} // namespace

QColor RuleColors::color(const QString &ruleCode)
{
    const QList<rules::RuleInfo> &catalogue = rules::ruleCatalogue();
    for (int i = 0; i < catalogue.size(); ++i)
        if (catalogue.at(i).code == ruleCode)
            return QColor::fromRgb(palette[i % paletteSize]);
    return QColor::fromRgb(0x9E9E9E);
}

} // namespace sw::ui
