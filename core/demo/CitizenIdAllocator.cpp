#include "demo/CitizenIdAllocator.h"

#include "demo/DemoCatalog.h"

namespace sw::demo {

namespace {
constexpr int kFirstYear = 1900;
constexpr int kYears = 200;
constexpr int kDaysPerYear = 366;

quint32 mulMod(quint64 a, quint64 b, quint32 m)
{
    return quint32((a % m) * (b % m) % m);
}

// Modular inverse by the extended Euclidean algorithm (a coprime to m).
quint32 inverseMod(qint64 a, qint64 m)
{
    qint64 t = 0, newT = 1, r = m, newR = a;
    while (newR != 0) {
        const qint64 q = r / newR;
        t -= q * newT;
        std::swap(t, newT);
        r -= q * newR;
        std::swap(r, newR);
    }
    return quint32(t < 0 ? t + m : t);
}

// Every difference of two 6-digit serials that differ in one digit or by an adjacent swap.
std::vector<quint32> nearDifferences(quint32 modulus)
{
    std::vector<quint32> diffs;
    qint64 power = 1;
    for (int position = 0; position < 6; ++position, power *= 10) {
        for (qint64 d = 1; d <= 9; ++d) {
            for (const qint64 step : {d * power, d * 9 * power}) {
                if (step == d * 9 * power && position == 5)
                    continue; // no digit to the left to swap with
                diffs.push_back(quint32(step % modulus));
                diffs.push_back(quint32((modulus - step % modulus) % modulus));
            }
        }
    }
    return diffs;
}
} // namespace

CitizenIdAllocator::CitizenIdAllocator(quint64 seed) : m_seed(seed)
{
    const int provinces = int(DemoCatalog::instance().birthProvinces().size());
    m_next.assign(size_t(provinces) * kYears * 2 * kDaysPerYear, 0);

    // The first multiplier (coprime to 10) that maps every near difference outside
    // (-kPerDay, kPerDay) in counter space: found in a few hundred tries, the same every run.
    const std::vector<quint32> diffs = nearDifferences(kModulus);
    for (quint32 a = 390001;; a += 2) {
        if (a % 5 == 0)
            continue;
        const quint32 inverse = inverseMod(a, kModulus);
        bool good = true;
        for (const quint32 d : diffs) {
            const quint32 counterDiff = mulMod(inverse, d, kModulus);
            if (counterDiff < kPerDay || counterDiff > kModulus - kPerDay) {
                good = false;
                break;
            }
        }
        if (good) {
            m_multiplier = a;
            m_inverse = inverse;
            break;
        }
    }
}

quint32 CitizenIdAllocator::offsetFor(const QString &prefix) const
{
    quint64 x = m_seed ^ 0x5157A7C0DEull;
    for (const QChar c : prefix)
        x = x * 31 + c.unicode();
    return quint32(DemoRandom::splitMix(x) % kModulus);
}

quint32 CitizenIdAllocator::counterOf(quint32 serial, quint32 offset) const
{
    return mulMod(m_inverse, (serial + kModulus - offset) % kModulus, kModulus);
}

quint64 CitizenIdAllocator::key(const QString &prefix, quint32 serial)
{
    return prefix.toULongLong() * kModulus + serial;
}

QString CitizenIdAllocator::allocate(int provinceIndex, const QString &provinceCode, int birthYear,
                                     int dayOfYear, bool female)
{
    const size_t bucket
        = ((size_t(provinceIndex) * kYears + size_t(birthYear - kFirstYear)) * 2 + (female ? 1 : 0))
            * kDaysPerYear
        + size_t(dayOfYear);
    const int century = birthYear >= 2000 ? 2 : 0;
    QString prefix = provinceCode;
    prefix += QLatin1Char(char('0' + century + (female ? 1 : 0)));
    prefix += QString::number(birthYear % 100).rightJustified(2, QLatin1Char('0'));
    const quint32 offset = offsetFor(prefix);
    for (;;) {
        quint16 &next = m_next[bucket];
        if (next >= kPerDay)
            return {};
        const quint32 counter = quint32(dayOfYear) * kPerDay + next++;
        const quint32 serial = (mulMod(m_multiplier, counter, kModulus) + offset) % kModulus;
        // A twin or dangling id planted earlier may sit on this serial only if it came from the
        // reserved range, which ordinary counters never reach; the check is cheap insurance.
        if (!m_reserved.empty() && m_reserved.count(key(prefix, serial)))
            continue;
        return prefix + QString::number(serial).rightJustified(6, QLatin1Char('0'));
    }
}

QString CitizenIdAllocator::nearTwin(const QString &id, bool adjacentSwap, DemoRandom &rng)
{
    const QString prefix = id.left(6);
    const QString digits = id.mid(6);
    const quint32 offset = offsetFor(prefix);
    // Candidate edits in a random order; keep the first that lands in the reserved range.
    std::vector<QString> candidates;
    for (int i = 0; i < 6; ++i) {
        if (adjacentSwap) {
            if (i < 5 && digits.at(i) != digits.at(i + 1)) {
                QString swapped = digits;
                swapped[i] = digits.at(i + 1);
                swapped[i + 1] = digits.at(i);
                candidates.push_back(swapped);
            }
        } else {
            for (char d = '0'; d <= '9'; ++d) {
                if (digits.at(i) == QLatin1Char(d))
                    continue;
                QString changed = digits;
                changed[i] = QLatin1Char(d);
                candidates.push_back(changed);
            }
        }
    }
    for (size_t i = candidates.size(); i > 1; --i)
        std::swap(candidates[i - 1], candidates[rng.below(i)]);
    for (const QString &candidate : candidates) {
        const quint32 serial = candidate.toUInt();
        if (counterOf(serial, offset) < kReservedFrom)
            continue;
        if (!m_reserved.insert(key(prefix, serial)).second)
            continue;
        return prefix + candidate;
    }
    return {};
}

QString CitizenIdAllocator::unusedId(DemoRandom &rng)
{
    for (;;) {
        const int year = int(rng.between(1950, 1999));
        const bool female = rng.chance(500000);
        const QString prefix = QStringLiteral("046") + QLatin1Char(female ? '1' : '0')
            + QString::number(year % 100).rightJustified(2, QLatin1Char('0'));
        const quint32 counter = quint32(rng.between(kReservedFrom, kModulus - 1));
        const quint32 serial = (mulMod(m_multiplier, counter, kModulus) + offsetFor(prefix)) % kModulus;
        if (m_reserved.insert(key(prefix, serial)).second)
            return prefix + QString::number(serial).rightJustified(6, QLatin1Char('0'));
    }
}

} // namespace sw::demo
