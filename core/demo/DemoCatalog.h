#pragma once

#include "demo/DemoRandom.h"

#include <QString>

#include <vector>

namespace sw::demo {

// The fixed facts the demo draws from: providers, districts, provinces of birth, Vietnamese
// names and phone prefixes. Figures are approximate and only need to look plausible.

enum ProviderIndex { Vnpt, Viettel, Misa, Bkav, Fpt, Ca2, ProviderCount };

struct ProviderInfo
{
    QString code; // registry.md providers.code
    QString name; // the legal name the regulation's addressee list gives
    QString staffPrefix; // staff accounts look like vnpt.nv001
    QString serialPrefix;
    int share; // per mille of programme issuances: unequal, VNPT-CA largest
    int legacyShare; // per mille of signatures issued before the programme (§2.3)
};

struct DistrictInfo
{
    QString code; // GSO code of the district-level unit
    int weight; // approximate 2023 population, thousands
};

struct BirthProvince
{
    QString code; // 3-digit province of birth registration in the CCCD
    int weight;
};

class DemoCatalog
{
public:
    static const DemoCatalog &instance();

    const std::vector<ProviderInfo> &providers() const { return m_providers; }
    const std::vector<DistrictInfo> &districts() const { return m_districts; }
    const std::vector<BirthProvince> &birthProvinces() const { return m_provinces; }

    int pickProvider(DemoRandom &rng) const { return m_providerChoice.pick(rng); }
    int pickLegacyProvider(DemoRandom &rng) const { return m_legacyChoice.pick(rng); }
    int pickDistrict(DemoRandom &rng) const { return m_districtChoice.pick(rng); }
    int pickBirthProvince(DemoRandom &rng) const { return m_provinceChoice.pick(rng); }
    // A full name in NFC: family name, middle name, given name.
    QString drawFullName(DemoRandom &rng, bool female) const;
    // A mobile number: 10 digits, a Vietnamese operator's prefix.
    QString drawPhone(DemoRandom &rng) const;

private:
    DemoCatalog();

    struct NameTable
    {
        std::vector<QString> names;
        WeightedChoice choice;
    };
    static NameTable makeTable(std::vector<std::pair<QString, int>> entries);

    std::vector<ProviderInfo> m_providers;
    std::vector<DistrictInfo> m_districts;
    std::vector<BirthProvince> m_provinces;
    std::vector<QString> m_phonePrefixes;
    WeightedChoice m_providerChoice;
    WeightedChoice m_legacyChoice;
    WeightedChoice m_districtChoice;
    WeightedChoice m_provinceChoice;
    NameTable m_family;
    NameTable m_maleMiddle;
    NameTable m_femaleMiddle;
    NameTable m_maleGiven;
    NameTable m_femaleGiven;
};

// How a name is typed differently by someone else (§1.3 identity near-duplicates): capitals
// without diacritics ("NGUYEN VAN ANH"), or lower case with stray spaces ("  nguyễn  văn anh ").
QString withoutDiacriticsUpper(const QString &name);
QString lowerWithStraySpaces(const QString &name);

} // namespace sw::demo
