#include "statistics/ProviderColors.h"

namespace sw::statistics {

namespace {
struct Entry
{
    QLatin1String code;
    QRgb rgb;
};

// Regulation addressees in the letter's order.
constexpr Entry entries[] = {
    {QLatin1String("VNPT-CA"), 0x0072B2}, // blue
    {QLatin1String("VIETTEL-CA"), 0x009E73}, // bluish green
    {QLatin1String("MISA-CA"), 0xCC79A7}, // reddish purple
    {QLatin1String("BKAV-CA"), 0xE69F00}, // orange
    // Not Okabe–Ito's vermillion, which beside the orange of BKAV-CA (and in a box's lighter fill)
    // passes for it: a dark brown, apart from every other hue in lightness, under deuteranopia too.
    {QLatin1String("FPT-CA"), 0x8C510A}, // brown
    {QLatin1String("CA2"), 0x56B4E9}, // sky blue
};
} // namespace

QColor providerColor(const QString &providerCode)
{
    for (const Entry &entry : entries) {
        if (providerCode.compare(entry.code, Qt::CaseInsensitive) == 0)
            return QColor::fromRgb(entry.rgb);
    }
    return unknownProviderColor();
}

QColor unknownProviderColor()
{
    return QColor::fromRgb(0xBDBDBD);
}

bool isKnownProvider(const QString &providerCode)
{
    for (const Entry &entry : entries)
        if (providerCode.compare(entry.code, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

QString providerGroupKey(const QString &providerCode)
{
    return isKnownProvider(providerCode) ? providerCode : invalidProviderKey();
}

QString invalidProviderKey()
{
    // Not a code the registry can hold beside the six: they have no spaces.
    return QStringLiteral("(invalid code)");
}

QStringList knownProviderCodes()
{
    QStringList codes;
    for (const Entry &entry : entries)
        codes << entry.code;
    return codes;
}

} // namespace sw::statistics
