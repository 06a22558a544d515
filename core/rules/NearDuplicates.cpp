#include "rules/NearDuplicates.h"

#include <algorithm>
#include <bit>
#include <numeric>
#include <tuple>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

namespace sw::rules {

QString nameKey(const QString &fullName)
{
    const QString decomposed = fullName.normalized(QString::NormalizationForm_D);
    QString key;
    key.reserve(decomposed.size());
    bool pendingSpace = false;
    for (const QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) { // Unicode White_Space: separators and the listed controls
            pendingSpace = !key.isEmpty();
            continue;
        }
        if (pendingSpace) {
            key += QLatin1Char(' ');
            pendingSpace = false;
        }
        if (c == QChar(0x0111) || c == QChar(0x0110)) // đ, Đ
            key += QLatin1Char('d');
        else
            key += c.toLower();
    }
    return key;
}

static bool isTwelveDigits(const QString &id)
{
    return id.size() == 12 && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
               return c >= QLatin1Char('0') && c <= QLatin1Char('9');
           });
}

bool idsNearlyEqual(const QString &a, const QString &b)
{
    if (!isTwelveDigits(a) || !isTwelveDigits(b) || a == b)
        return false;
    int first = -1;
    int count = 0;
    for (int i = 0; i < 12; ++i) {
        if (a[i] != b[i]) {
            if (count == 0)
                first = i;
            if (++count > 2)
                return false;
        }
    }
    if (count == 1)
        return true;
    // Two differences: an adjacent pair swapped.
    return first + 1 < 12 && a[first] == b[first + 1] && a[first + 1] == b[first] && a[first] != a[first + 1]
        && a.mid(first + 2) == b.mid(first + 2);
}

namespace {
// A candidate as numbers: the 12-digit id packed four bits a digit (leftmost digit highest), and
// the birth date's digits (YYYYMMDD). Only ids of 12 digits and birth dates of the form
// YYYY-MM-DD can pair; anything else is left out here.
using Keyed = NearIdSearch::Row;
using Pairs = std::vector<std::pair<quint64, quint64>>;

// Works on QString, QStringView and UTF-8 bytes alike: only ASCII digits and '-' count.
template<typename Text>
int codeAt(const Text &text, qsizetype i)
{
    if constexpr (std::is_same_v<Text, QByteArrayView>)
        return static_cast<unsigned char>(text[i]);
    else
        return text[i].unicode();
}

template<typename Text>
bool digitsOf(const Text &id, quint64 &packed)
{
    if (id.size() != 12)
        return false;
    packed = 0;
    for (qsizetype i = 0; i < 12; ++i) {
        const int c = codeAt(id, i);
        if (c < '0' || c > '9')
            return false;
        packed = (packed << 4) | quint64(c - '0');
    }
    return true;
}

template<typename Text>
bool birthOf(const Text &date, qint32 &number)
{
    if (date.size() != 10 || codeAt(date, 4) != '-' || codeAt(date, 7) != '-')
        return false;
    number = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        const int c = codeAt(date, i);
        if (c < '0' || c > '9')
            return false;
        number = number * 10 + (c - '0');
    }
    return true;
}

constexpr int shiftOf(int position) // position 0 is the leftmost of 12 digits
{
    return 4 * (11 - position);
}

int digitAt(quint64 packed, int position)
{
    return int((packed >> shiftOf(position)) & 0xF);
}

// One digit apart, or one adjacent pair swapped (the packed twin of idsNearlyEqual): the digits
// that differ are the non-zero nibbles of a XOR b.
bool nearlyEqual(quint64 a, quint64 b)
{
    const quint64 x = a ^ b;
    const quint64 nibbles = (x | x >> 1 | x >> 2 | x >> 3) & 0x111111111111ULL;
    const int count = std::popcount(nibbles);
    if (count == 1)
        return true;
    if (count != 2)
        return false;
    // Two differences: adjacent, and each digit is the other's.
    const int low = std::countr_zero(nibbles) / 4; // nibble index from the right
    const int high = 63 - std::countl_zero(nibbles); // bit index of the higher nibble's low bit
    if (high / 4 != low + 1)
        return false;
    const quint64 ad = (a >> (4 * low)) & 0xFF;
    const quint64 bd = (b >> (4 * low)) & 0xFF;
    return ad == (((bd & 0xF) << 4) | (bd >> 4));
}

// At most two digits differ: at most two of the bits that nearlyEqual counts are set. A loop of
// plain operations with no branch taken, so that a block's pairs cost a few instructions each;
// the rare candidates are then checked exactly.
inline bool atMostTwoDigitsDiffer(quint64 a, quint64 b)
{
    const quint64 x = a ^ b;
    const quint64 nibbles = (x | x >> 1 | x >> 2 | x >> 3) & 0x111111111111ULL;
    const quint64 withoutLowest = nibbles & (nibbles - 1);
    return (withoutLowest & (withoutLowest - 1)) == 0;
}

void pairsInBlock(const std::vector<Keyed> &block, Pairs &pairs)
{
    std::vector<quint64> ids(block.size());
    for (size_t i = 0; i < block.size(); ++i)
        ids[i] = block[i].id;
    for (size_t i = 0; i < ids.size(); ++i) {
        const quint64 a = ids[i];
        for (size_t j = i + 1; j < ids.size(); ++j)
            if (atMostTwoDigitsDiffer(a, ids[j]) && nearlyEqual(a, ids[j]))
                pairs.emplace_back(std::min(a, ids[j]), std::max(a, ids[j]));
    }
}

// For a large block (national scale): two ids one edit apart share the id with some digit zeroed
// (one digit changed) or with some adjacent pair put in order (a swap); only ids sharing such a
// key are compared.
void pairsByMaskedKeys(const std::vector<Keyed> &block, Pairs &pairs)
{
    std::vector<std::pair<quint64, size_t>> keyed;
    keyed.reserve(block.size() * 23);
    for (size_t k = 0; k < block.size(); ++k) {
        const quint64 id = block[k].id;
        // A digit masked (0xF is no digit), or an adjacent pair put in order; the key's top bits say
        // which position, so that keys of different kinds never meet.
        for (int i = 0; i < 12; ++i)
            keyed.emplace_back((quint64(i) << 48) | id | (quint64(0xF) << shiftOf(i)), k);
        for (int i = 0; i < 11; ++i) {
            const quint64 d1 = quint64(digitAt(id, i));
            const quint64 d2 = quint64(digitAt(id, i + 1));
            const quint64 cleared = id & ~((quint64(0xFF)) << shiftOf(i + 1));
            const quint64 ordered
                = cleared | (std::min(d1, d2) << shiftOf(i)) | (std::max(d1, d2) << shiftOf(i + 1));
            keyed.emplace_back((quint64(12 + i) << 48) | ordered, k);
        }
    }
    std::sort(keyed.begin(), keyed.end());
    for (size_t begin = 0; begin < keyed.size();) {
        size_t end = begin + 1;
        while (end < keyed.size() && keyed[end].first == keyed[begin].first)
            ++end;
        if (end - begin > 1) {
            std::vector<Keyed> group;
            for (size_t k = begin; k < end; ++k)
                group.push_back(block[keyed[k].second]);
            pairsInBlock(group, pairs);
        }
        begin = end;
    }
}
QString idText(quint64 packed)
{
    QString text(12, QLatin1Char('0'));
    for (int i = 0; i < 12; ++i)
        text[i] = QChar(u'0' + digitAt(packed, i));
    return text;
}

} // namespace

void NearIdSearch::add(const QString &citizenId, const QString &birthDate)
{
    Row row {0, 0};
    if (digitsOf(citizenId, row.id) && birthOf(birthDate, row.birth))
        m_rows.push_back(row);
}

void NearIdSearch::add(QByteArrayView citizenId, QByteArrayView birthDate)
{
    Row row {0, 0};
    if (digitsOf(citizenId, row.id) && birthOf(birthDate, row.birth))
        m_rows.push_back(row);
}

void NearIdSearch::addDayIds(QStringView list)
{
    for (const QStringView item : list.tokenize(u',')) {
        const qsizetype colon = item.indexOf(u':');
        bool ok = false;
        Row row {colon > 0 ? item.first(colon).toInt(&ok) : 0, 0};
        // The day number keys the birth date here: only equal keys are compared.
        if (ok && digitsOf(item.sliced(colon + 1), row.id))
            m_rows.push_back(row);
    }
}

QList<QPair<QString, QString>> NearIdSearch::pairs()
{
    // The rows grouped by birth date with a counting sort (two passes; a full sort of a million
    // rows cost more than the whole search within the groups).
    std::unordered_map<qint32, size_t> groupOf;
    std::vector<size_t> starts;
    for (const Row &row : m_rows) {
        const auto [it, added] = groupOf.try_emplace(row.birth, starts.size());
        if (added)
            starts.push_back(0);
        ++starts[it->second];
    }
    size_t offset = 0;
    for (size_t &start : starts)
        offset += std::exchange(start, offset);
    std::vector<size_t> next = starts;
    std::vector<Row> grouped(m_rows.size());
    for (const Row &row : m_rows)
        grouped[next[groupOf[row.birth]]++] = row;
    starts.push_back(grouped.size());

    Pairs found;
    constexpr size_t pairwiseLimit = 200;
    std::vector<Row> block;
    for (size_t g = 0; g + 1 < starts.size(); ++g) {
        block.assign(grouped.begin() + qsizetype(starts[g]), grouped.begin() + qsizetype(starts[g + 1]));
        if (block.size() <= pairwiseLimit)
            pairsInBlock(block, found);
        else
            pairsByMaskedKeys(block, found);
    }
    // The masked keys can meet one pair twice; the same pair can also stand under two birth
    // dates only if an id is repeated, which a primary key forbids.
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    QList<QPair<QString, QString>> result;
    result.reserve(qsizetype(found.size()));
    for (const auto &[a, b] : found)
        result.append({idText(a), idText(b)});
    return result;
}

} // namespace sw::rules
