#include "statistics/Province.h"

namespace sw::statistics {

const QList<District> &districts()
{
    static const QList<District> all = [] {
        QList<District> list = {
            {QStringLiteral("474"), QStringLiteral("Thành phố Huế")},
            {QStringLiteral("476"), QStringLiteral("Phong Điền")},
            {QStringLiteral("477"), QStringLiteral("Quảng Điền")},
            {QStringLiteral("478"), QStringLiteral("Phú Vang")},
            {QStringLiteral("479"), QStringLiteral("Hương Thủy")},
            {QStringLiteral("480"), QStringLiteral("Hương Trà")},
            {QStringLiteral("481"), QStringLiteral("A Lưới")},
            {QStringLiteral("482"), QStringLiteral("Phú Lộc")},
            {QStringLiteral("483"), QStringLiteral("Nam Đông")},
        };
        for (District &d : list)
            d.name = d.name.normalized(QString::NormalizationForm_C);
        return list;
    }();
    return all;
}

QString districtName(const QString &code)
{
    for (const District &d : districts()) {
        if (d.code == code)
            return d.name;
    }
    return code;
}

} // namespace sw::statistics
