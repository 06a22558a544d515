#pragma once

#include "demo/DemoRandom.h"

#include <QString>

#include <unordered_set>
#include <vector>

namespace sw::demo {

// Hands out CCCD numbers (regulation.md, facts): 3-digit province of birth registration, a
// century/sex digit (0/1 for 1900s male/female, 2/3 for 2000s), 2 digits of birth year and
// 6 random-looking digits. Every number is unique.
//
// The 6 digits are an affine permutation of a counter, c -> (a*c + b) mod 10^6, with b drawn per
// prefix from the seed. The counter is (birth day of year) * kPerDay + n, so people born on the
// same day in the same prefix get counters less than kPerDay apart; the multiplier a is chosen so
// that no such difference ever turns into a one-digit change or an adjacent swap. Ordinary demo
// citizens therefore never look like IDENTITY_NEAR_DUPLICATE pairs by accident (§1.3), and the
// counters above 366 * kPerDay are kept back for the twins the generator plants on purpose.
class CitizenIdAllocator
{
public:
    explicit CitizenIdAllocator(quint64 seed);

    // A new id; empty when that birth day's numbers are used up (the caller draws another day).
    QString allocate(int provinceIndex, const QString &provinceCode, int birthYear, int dayOfYear,
                     bool female);
    // An id that differs from `id` (one this allocator gave out) in one digit, or by swapping
    // two different adjacent digits, and that nobody else has or will get. Empty when the
    // number admits no such twin (the caller tries another).
    QString nearTwin(const QString &id, bool adjacentSwap, DemoRandom &rng);
    // A valid-looking id that no citizen has: for dangling references (rules.md DATA_QUALITY).
    QString unusedId(DemoRandom &rng);

private:
    static constexpr quint32 kModulus = 1000000;
    static constexpr quint32 kPerDay = 2048;
    static constexpr quint32 kReservedFrom = 366 * kPerDay;

    quint32 offsetFor(const QString &prefix) const;
    quint32 counterOf(quint32 serial, quint32 offset) const;
    static quint64 key(const QString &prefix, quint32 serial);

    quint64 m_seed;
    quint32 m_multiplier = 0;
    quint32 m_inverse = 0;
    // Next counter per (province, birth year, sex, day of year).
    std::vector<quint16> m_next;
    std::unordered_set<quint64> m_reserved;
};

} // namespace sw::demo
