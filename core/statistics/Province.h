#pragma once

#include <QList>
#include <QString>

namespace sw::statistics {

// Fixed facts about Thừa Thiên Huế that the console's figures and documents use
// (regulation.md, "Facts for realistic data").
struct District
{
    QString code; // GSO code of the district-level unit, as in citizens.district_code
    QString name; // Vietnamese name (NFC)
};

// The province's population in 2023: the denominator of "share of the population".
inline constexpr qint64 provincePopulation = 1166547;
// §1.1: the campaign's target share of the population with a signature, in per cent.
inline constexpr double campaignTargetPercent = 50.0;

// The nine district-level units, by code.
const QList<District> &districts();
// The district's name; the code itself when it is not one of the province's.
QString districtName(const QString &code);

} // namespace sw::statistics
