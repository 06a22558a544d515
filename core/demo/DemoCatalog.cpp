#include "demo/DemoCatalog.h"

#include <QStringList>

namespace sw::demo {

namespace {
// Given names, commonest first; weights fall off gently down the list.
std::vector<std::pair<QString, int>> falling(const QStringList &names)
{
    std::vector<std::pair<QString, int>> entries;
    int weight = 60;
    for (const QString &name : names) {
        entries.emplace_back(name, weight);
        weight = qMax(12, weight - 2);
    }
    return entries;
}
} // namespace

const DemoCatalog &DemoCatalog::instance()
{
    static const DemoCatalog catalog;
    return catalog;
}

DemoCatalog::NameTable DemoCatalog::makeTable(std::vector<std::pair<QString, int>> entries)
{
    NameTable table;
    std::vector<int> weights;
    for (auto &[name, weight] : entries) {
        // Source text is typed precomposed; normalising once keeps the output NFC whatever the
        // editor did.
        table.names.push_back(name.normalized(QString::NormalizationForm_C));
        weights.push_back(weight);
    }
    table.choice = WeightedChoice(weights);
    return table;
}

DemoCatalog::DemoCatalog()
{
    // Addressees of letter 2016/STTTT-IOC (regulation.md). Shares: VNPT and Viettel run the
    // largest field teams in the province; the others trail.
    m_providers = {
        {QStringLiteral("VNPT-CA"), QStringLiteral("VNPT Thừa Thiên Huế"), QStringLiteral("vnpt"),
         QStringLiteral("5404"), 400, 520},
        {QStringLiteral("VIETTEL-CA"), QStringLiteral("Viettel Thừa Thiên Huế"), QStringLiteral("viettel"),
         QStringLiteral("5401"), 270, 260},
        {QStringLiteral("MISA-CA"), QStringLiteral("Công ty Cổ phần MISA"), QStringLiteral("misa"),
         QStringLiteral("5406"), 115, 70},
        {QStringLiteral("BKAV-CA"), QStringLiteral("Công ty Cổ phần BKAV"), QStringLiteral("bkav"),
         QStringLiteral("5403"), 90, 60},
        {QStringLiteral("FPT-CA"), QStringLiteral("Công ty TNHH Hệ thống thông tin FPT"),
         QStringLiteral("fpt"), QStringLiteral("5405"), 75, 50},
        {QStringLiteral("CA2"), QStringLiteral("Công ty Cổ phần Công nghệ Thẻ Nacencomm"),
         QStringLiteral("ca2"), QStringLiteral("5402"), 50, 40},
    };
    for (ProviderInfo &p : m_providers)
        p.name = p.name.normalized(QString::NormalizationForm_C);
    std::vector<int> shares;
    std::vector<int> legacyShares;
    for (const ProviderInfo &p : m_providers) {
        shares.push_back(p.share);
        legacyShares.push_back(p.legacyShare);
    }
    m_providerChoice = WeightedChoice(shares);
    m_legacyChoice = WeightedChoice(legacyShares);

    // Approximate 2023 populations (thousands), summing to the 1,166,547 of regulation.md.
    m_districts = {
        {QStringLiteral("474"), 480}, // Thành phố Huế
        {QStringLiteral("476"), 91}, // Phong Điền
        {QStringLiteral("477"), 84}, // Quảng Điền
        {QStringLiteral("478"), 122}, // Phú Vang
        {QStringLiteral("479"), 105}, // Hương Thủy
        {QStringLiteral("480"), 70}, // Hương Trà
        {QStringLiteral("481"), 50}, // A Lưới
        {QStringLiteral("482"), 137}, // Phú Lộc
        {QStringLiteral("483"), 27}, // Nam Đông
    };
    std::vector<int> districtWeights;
    for (const DistrictInfo &d : m_districts)
        districtWeights.push_back(d.weight);
    m_districtChoice = WeightedChoice(districtWeights);

    // Most residents were registered at birth in the province (046); the rest mainly in the
    // neighbouring central provinces and the two big cities.
    m_provinces = {
        {QStringLiteral("046"), 880}, {QStringLiteral("045"), 25}, {QStringLiteral("048"), 20},
        {QStringLiteral("049"), 15},  {QStringLiteral("044"), 15}, {QStringLiteral("001"), 10},
        {QStringLiteral("079"), 10},  {QStringLiteral("040"), 10}, {QStringLiteral("042"), 5},
        {QStringLiteral("038"), 5},   {QStringLiteral("051"), 5},
    };
    std::vector<int> provinceWeights;
    for (const BirthProvince &p : m_provinces)
        provinceWeights.push_back(p.weight);
    m_provinceChoice = WeightedChoice(provinceWeights);

    // Family names with rough national frequencies (per mille), central-Vietnam spellings
    // (Võ, Huỳnh) a little more common than in the north.
    m_family = makeTable({
        {QStringLiteral("Nguyễn"), 330}, {QStringLiteral("Trần"), 105},   {QStringLiteral("Lê"), 95},
        {QStringLiteral("Phạm"), 50},    {QStringLiteral("Hoàng"), 25},   {QStringLiteral("Huỳnh"), 25},
        {QStringLiteral("Phan"), 45},    {QStringLiteral("Võ"), 40},      {QStringLiteral("Vũ"), 10},
        {QStringLiteral("Đặng"), 20},    {QStringLiteral("Bùi"), 18},     {QStringLiteral("Đỗ"), 15},
        {QStringLiteral("Hồ"), 30},      {QStringLiteral("Ngô"), 15},     {QStringLiteral("Dương"), 12},
        {QStringLiteral("Lý"), 6},       {QStringLiteral("Trương"), 20},  {QStringLiteral("Đoàn"), 15},
        {QStringLiteral("Cao"), 8},      {QStringLiteral("Mai"), 8},      {QStringLiteral("Lương"), 8},
        {QStringLiteral("Trịnh"), 6},    {QStringLiteral("Thái"), 6},     {QStringLiteral("Châu"), 5},
        {QStringLiteral("Lưu"), 5},      {QStringLiteral("Tôn Thất"), 4},
    });
    m_maleMiddle = makeTable({
        {QStringLiteral("Văn"), 300},
        {QStringLiteral("Đức"), 80},
        {QStringLiteral("Hữu"), 80},
        {QStringLiteral("Quang"), 70},
        {QStringLiteral("Minh"), 70},
        {QStringLiteral("Công"), 50},
        {QStringLiteral("Đình"), 60},
        {QStringLiteral("Ngọc"), 40},
        {QStringLiteral("Xuân"), 40},
        {QStringLiteral("Thanh"), 40},
        {QStringLiteral("Anh"), 30},
        {QStringLiteral("Tấn"), 30},
        {QStringLiteral("Trọng"), 30},
        {QStringLiteral("Bá"), 20},
        {QStringLiteral("Phước"), 20},
    });
    m_femaleMiddle = makeTable({
        {QStringLiteral("Thị"), 450},
        {QStringLiteral("Ngọc"), 60},
        {QStringLiteral("Thu"), 50},
        {QStringLiteral("Thanh"), 40},
        {QStringLiteral("Kim"), 40},
        {QStringLiteral("Minh"), 30},
        {QStringLiteral("Phương"), 30},
        {QStringLiteral("Bảo"), 20},
        {QStringLiteral("Hồng"), 40},
        {QStringLiteral("Mỹ"), 30},
        {QStringLiteral("Diệu"), 20},
        {QStringLiteral("Thùy"), 30},
        {QStringLiteral("Khánh"), 20},
        {QStringLiteral("Hoài"), 20},
    });
    m_maleGiven = makeTable(falling({
        QStringLiteral("Minh"),  QStringLiteral("Hùng"), QStringLiteral("Dũng"),  QStringLiteral("Tuấn"),
        QStringLiteral("Nam"),   QStringLiteral("Hải"),  QStringLiteral("Long"),  QStringLiteral("Phúc"),
        QStringLiteral("Anh"),   QStringLiteral("Sơn"),  QStringLiteral("Thành"), QStringLiteral("Huy"),
        QStringLiteral("Quân"),  QStringLiteral("Bình"), QStringLiteral("Cường"), QStringLiteral("Đạt"),
        QStringLiteral("Hiếu"),  QStringLiteral("Hòa"),  QStringLiteral("Khánh"), QStringLiteral("Khoa"),
        QStringLiteral("Lộc"),   QStringLiteral("Nhân"), QStringLiteral("Phong"), QStringLiteral("Phước"),
        QStringLiteral("Quang"), QStringLiteral("Tài"),  QStringLiteral("Tâm"),   QStringLiteral("Thắng"),
        QStringLiteral("Thiện"), QStringLiteral("Tiến"), QStringLiteral("Toàn"),  QStringLiteral("Trung"),
        QStringLiteral("Việt"),  QStringLiteral("Vinh"), QStringLiteral("Vũ"),    QStringLiteral("Hưng"),
        QStringLiteral("Thịnh"), QStringLiteral("Trí"),  QStringLiteral("Hoàng"), QStringLiteral("Tùng"),
    }));
    m_femaleGiven = makeTable(falling({
        QStringLiteral("Hương"), QStringLiteral("Lan"),   QStringLiteral("Linh"),  QStringLiteral("Trang"),
        QStringLiteral("Hoa"),   QStringLiteral("Mai"),   QStringLiteral("Thảo"),  QStringLiteral("Anh"),
        QStringLiteral("Hằng"),  QStringLiteral("Hà"),    QStringLiteral("Thủy"),  QStringLiteral("Phương"),
        QStringLiteral("Dung"),  QStringLiteral("Hạnh"),  QStringLiteral("Hiền"),  QStringLiteral("Nga"),
        QStringLiteral("Yến"),   QStringLiteral("Vân"),   QStringLiteral("Nhung"), QStringLiteral("Huyền"),
        QStringLiteral("Châu"),  QStringLiteral("Giang"), QStringLiteral("Hồng"),  QStringLiteral("Liên"),
        QStringLiteral("Loan"),  QStringLiteral("My"),    QStringLiteral("Ngân"),  QStringLiteral("Oanh"),
        QStringLiteral("Quyên"), QStringLiteral("Sương"), QStringLiteral("Tâm"),   QStringLiteral("Thanh"),
        QStringLiteral("Trâm"),  QStringLiteral("Tuyết"), QStringLiteral("Uyên"),  QStringLiteral("Vy"),
        QStringLiteral("Xuân"),  QStringLiteral("Nhi"),   QStringLiteral("Thư"),   QStringLiteral("Hòa"),
    }));

    m_phonePrefixes = {
        // Viettel, Vinaphone (VNPT), MobiFone, Vietnamobile
        QStringLiteral("096"), QStringLiteral("097"), QStringLiteral("098"), QStringLiteral("086"),
        QStringLiteral("032"), QStringLiteral("033"), QStringLiteral("034"), QStringLiteral("035"),
        QStringLiteral("036"), QStringLiteral("037"), QStringLiteral("038"), QStringLiteral("039"),
        QStringLiteral("091"), QStringLiteral("094"), QStringLiteral("088"), QStringLiteral("081"),
        QStringLiteral("082"), QStringLiteral("083"), QStringLiteral("084"), QStringLiteral("085"),
        QStringLiteral("090"), QStringLiteral("093"), QStringLiteral("089"), QStringLiteral("070"),
        QStringLiteral("076"), QStringLiteral("077"), QStringLiteral("078"), QStringLiteral("079"),
        QStringLiteral("092"), QStringLiteral("056"), QStringLiteral("058"),
    };
}

QString DemoCatalog::drawFullName(DemoRandom &rng, bool female) const
{
    QString family = m_family.names[size_t(m_family.choice.pick(rng))];
    if (female && family == QStringLiteral("Tôn Thất"))
        family = QStringLiteral("Tôn Nữ"); // the Huế royal lineage's women's form
    const NameTable &middle = female ? m_femaleMiddle : m_maleMiddle;
    const NameTable &given = female ? m_femaleGiven : m_maleGiven;
    QString name = family;
    name += QLatin1Char(' ');
    name += middle.names[size_t(middle.choice.pick(rng))];
    name += QLatin1Char(' ');
    name += given.names[size_t(given.choice.pick(rng))];
    return name;
}

QString DemoCatalog::drawPhone(DemoRandom &rng) const
{
    QString phone = m_phonePrefixes[rng.below(m_phonePrefixes.size())];
    phone += QString::number(rng.below(10000000)).rightJustified(7, QLatin1Char('0'));
    return phone;
}

QString withoutDiacriticsUpper(const QString &name)
{
    const QString decomposed = name.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ / Đ have no decomposition
            plain += QLatin1Char('D');
        else
            plain += c.toUpper();
    }
    return plain;
}

QString lowerWithStraySpaces(const QString &name)
{
    QString lower = name.toLower();
    const qsizetype firstSpace = lower.indexOf(QLatin1Char(' '));
    if (firstSpace > 0)
        lower.insert(firstSpace, QLatin1Char(' '));
    return QStringLiteral("  ") + lower + QLatin1Char(' ');
}

} // namespace sw::demo
