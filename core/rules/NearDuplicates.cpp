#include "rules/NearDuplicates.h"

#include <algorithm>
#include <numeric>
#include <tuple>
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
using Pairs = QList<QPair<qsizetype, qsizetype>>;

// A candidate as numbers: the 12-digit id, and the birth date's digits (YYYYMMDD). Only ids of 12
// digits and birth dates of the form YYYY-MM-DD can pair; anything else is left out here.
struct Keyed
{
    qint32 birth;
    qint64 id;
    qsizetype index;
    bool operator<(const Keyed &o) const { return std::tie(birth, id) < std::tie(o.birth, o.id); }
};

bool digitsOf(const QString &id, qint64 &number)
{
    if (id.size() != 12)
        return false;
    number = 0;
    for (const QChar c : id) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
        number = number * 10 + (c.unicode() - '0');
    }
    return true;
}

bool birthOf(const QString &date, qint32 &number)
{
    if (date.size() != 10 || date[4] != QLatin1Char('-') || date[7] != QLatin1Char('-'))
        return false;
    number = 0;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (date[i] < QLatin1Char('0') || date[i] > QLatin1Char('9'))
            return false;
        number = number * 10 + (date[i].unicode() - '0');
    }
    return true;
}

constexpr qint64 powers[13]
    = {1LL,        10LL,        100LL,        1000LL,        10000LL,        100000LL,       1000000LL,
       10000000LL, 100000000LL, 1000000000LL, 10000000000LL, 100000000000LL, 1000000000000LL};

int digitAt(qint64 id, int position) // position 0 is the leftmost of 12
{
    return int(id / powers[11 - position] % 10);
}

// One digit apart, or one adjacent pair swapped (the numeric twin of idsNearlyEqual).
bool nearlyEqual(qint64 a, qint64 b)
{
    if (a == b)
        return false;
    int first = -1;
    int count = 0;
    for (int i = 0; i < 12; ++i) {
        if (digitAt(a, i) != digitAt(b, i)) {
            if (count++ == 0)
                first = i;
            else if (count > 2 || i != first + 1)
                return false;
        }
    }
    return count == 1
        || (digitAt(a, first) == digitAt(b, first + 1) && digitAt(a, first + 1) == digitAt(b, first));
}

void pairsInBlock(const std::vector<Keyed> &block, Pairs &pairs)
{
    for (size_t i = 0; i < block.size(); ++i)
        for (size_t j = i + 1; j < block.size(); ++j)
            if (nearlyEqual(block[i].id, block[j].id))
                pairs.append(
                    {std::min(block[i].index, block[j].index), std::max(block[i].index, block[j].index)});
}

// For a large block (national scale): two ids one edit apart share the id with some digit zeroed
// (one digit changed) or with some adjacent pair put in order (a swap); only ids sharing such a
// key are compared.
void pairsByMaskedKeys(const std::vector<Keyed> &block, Pairs &pairs)
{
    std::vector<std::pair<qint64, size_t>> keyed;
    keyed.reserve(block.size() * 23);
    for (size_t k = 0; k < block.size(); ++k) {
        const qint64 id = block[k].id;
        for (int i = 0; i < 12; ++i)
            keyed.emplace_back((qint64(i) << 40) | (id - digitAt(id, i) * powers[11 - i]), k);
        for (int i = 0; i < 11; ++i) {
            const int d1 = digitAt(id, i);
            const int d2 = digitAt(id, i + 1);
            const qint64 ordered = id - (d1 * powers[11 - i] + d2 * powers[10 - i])
                + (std::min(d1, d2) * powers[11 - i] + std::max(d1, d2) * powers[10 - i]);
            keyed.emplace_back((qint64(12 + i) << 40) | ordered, k);
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
} // namespace

QList<QPair<qsizetype, qsizetype>> findNearIdPairs(const QList<NearDuplicateCandidate> &candidates)
{
    std::vector<Keyed> keyed;
    keyed.reserve(candidates.size());
    for (qsizetype i = 0; i < candidates.size(); ++i) {
        Keyed k {0, 0, i};
        if (digitsOf(candidates[i].citizenId, k.id) && birthOf(candidates[i].birthDate, k.birth))
            keyed.push_back(k);
    }
    std::sort(keyed.begin(), keyed.end());
    Pairs pairs;
    constexpr size_t pairwiseLimit = 200;
    for (size_t begin = 0; begin < keyed.size();) {
        size_t end = begin + 1;
        while (end < keyed.size() && keyed[end].birth == keyed[begin].birth)
            ++end;
        const std::vector<Keyed> block(keyed.begin() + qsizetype(begin), keyed.begin() + qsizetype(end));
        if (block.size() <= pairwiseLimit)
            pairsInBlock(block, pairs);
        else
            pairsByMaskedKeys(block, pairs);
        begin = end;
    }
    // The masked keys can meet one pair twice (a swap is also two one-digit keys apart).
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace sw::rules
