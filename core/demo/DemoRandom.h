#pragma once

#include <QtGlobal>

#include <array>
#include <vector>

namespace sw::demo {

// The demo's own random numbers: xoshiro256** seeded through splitmix64 (public algorithms by
// Blackman and Vigna). The std::*_distribution classes are implementation-defined, and the same
// seed must give the very same registry on every machine and on both engines, so every draw here
// is plain integer arithmetic.
class DemoRandom
{
public:
    explicit DemoRandom(quint64 seed)
    {
        quint64 x = seed;
        for (quint64 &word : m_state)
            word = splitMix(x);
    }

    static quint64 splitMix(quint64 &x)
    {
        quint64 z = (x += 0x9E3779B97F4A7C15ull);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        return z ^ (z >> 31);
    }

    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // Uniform in [0, bound), exact (rejection of the short top range); bound > 0.
    quint64 below(quint64 bound)
    {
        const quint64 threshold = (0 - bound) % bound;
        for (;;) {
            const quint64 r = next();
            if (r >= threshold)
                return r % bound;
        }
    }
    int belowInt(int bound) { return int(below(quint64(bound))); }

    // Uniform in [low, high], both included.
    qint64 between(qint64 low, qint64 high) { return low + qint64(below(quint64(high - low + 1))); }

    // True with probability perMillion / 1,000,000.
    bool chance(int perMillion) { return below(1000000) < quint64(perMillion); }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }

    std::array<quint64, 4> m_state {};
};

// A fixed table of integer weights to draw indexes from (cumulative sums, binary search).
class WeightedChoice
{
public:
    WeightedChoice() = default;
    template<typename Range>
    explicit WeightedChoice(const Range &weights)
    {
        qint64 total = 0;
        for (const auto w : weights) {
            total += w;
            m_cumulative.push_back(total);
        }
    }

    int pick(DemoRandom &rng) const
    {
        const qint64 r = qint64(rng.below(quint64(m_cumulative.back())));
        int lo = 0;
        int hi = int(m_cumulative.size()) - 1;
        while (lo < hi) {
            const int mid = (lo + hi) / 2;
            if (m_cumulative[size_t(mid)] > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::vector<qint64> m_cumulative;
};

} // namespace sw::demo
