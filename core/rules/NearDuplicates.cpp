#include "rules/NearDuplicates.h"

#include <algorithm>
#include <numeric>
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

void pairsInBlock(const QList<NearDuplicateCandidate> &candidates, const std::vector<qsizetype> &block, Pairs &pairs)
{
    for (size_t i = 0; i < block.size(); ++i)
        for (size_t j = i + 1; j < block.size(); ++j)
            if (idsNearlyEqual(candidates[block[i]].citizenId, candidates[block[j]].citizenId))
                pairs.append({std::min(block[i], block[j]), std::max(block[i], block[j])});
}

// For a large block: two ids one edit apart share the id with some position masked (one digit
// changed) or with some adjacent pair sorted (a swap); only ids sharing such a key are compared.
void pairsByMaskedKeys(const QList<NearDuplicateCandidate> &candidates, const std::vector<qsizetype> &block,
                       Pairs &pairs)
{
    std::vector<std::pair<QString, qsizetype>> keyed;
    keyed.reserve(block.size() * 23);
    for (qsizetype index : block) {
        const QString &id = candidates[index].citizenId;
        if (id.size() != 12)
            continue;
        for (int i = 0; i < 12; ++i) {
            QString key = id;
            key[i] = QLatin1Char('*');
            keyed.emplace_back(QString::number(i) + key, index);
        }
        for (int i = 0; i < 11; ++i) {
            QString key = id;
            if (key[i] > key[i + 1])
                std::swap(key[i], key[i + 1]);
            keyed.emplace_back(QLatin1Char('s') + key, index);
        }
    }
    std::sort(keyed.begin(), keyed.end());
    for (size_t begin = 0; begin < keyed.size();) {
        size_t end = begin + 1;
        while (end < keyed.size() && keyed[end].first == keyed[begin].first)
            ++end;
        if (end - begin > 1) {
            std::vector<qsizetype> group;
            for (size_t k = begin; k < end; ++k)
                group.push_back(keyed[k].second);
            pairsInBlock(candidates, group, pairs);
        }
        begin = end;
    }
}
} // namespace

QList<QPair<qsizetype, qsizetype>> findNearIdPairs(const QList<NearDuplicateCandidate> &candidates)
{
    std::vector<qsizetype> order(candidates.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype l, qsizetype r) {
        return candidates[l].birthDate < candidates[r].birthDate;
    });
    Pairs pairs;
    constexpr size_t pairwiseLimit = 200;
    for (size_t begin = 0; begin < order.size();) {
        size_t end = begin + 1;
        while (end < order.size() && candidates[order[end]].birthDate == candidates[order[begin]].birthDate)
            ++end;
        const std::vector<qsizetype> block(order.begin() + qsizetype(begin), order.begin() + qsizetype(end));
        if (block.size() <= pairwiseLimit)
            pairsInBlock(candidates, block, pairs);
        else
            pairsByMaskedKeys(candidates, block, pairs);
        begin = end;
    }
    // The masked keys can meet one pair twice (a swap is also two one-digit keys apart).
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    return pairs;
}

} // namespace sw::rules
