#pragma once

#include "ScratchRegistry.h"
#include "rules/Finding.h"
#include "rules/LiveWatch.h"
#include "rules/ScanEngine.h"

#include <QStringList>

namespace sw::test {

// A finding as the live watch and a full scan are compared: everything but the details that grow
// with the clock (an expired, unfinished request's lateness).
inline QString comparable(const rules::Finding &f)
{
    rules::Finding copy = f;
    if (copy.rule == QLatin1String("REQUEST_EXPIRED"))
        copy.detail.clear();
    return QString::fromUtf8(rules::toJsonLine(copy));
}

inline QStringList comparable(const QList<rules::Finding> &findings)
{
    QStringList out;
    for (const rules::Finding &f : findings)
        out << comparable(f);
    out.sort();
    return out;
}

// A full scan of `registry` as of `asOf`, in the comparable form (empty list and `error` on failure).
inline QStringList fullScanAt(const ScratchRegistry &registry, qint64 asOf, QString *error,
                              const QMap<QString, qint64> &exclusions = {})
{
    rules::ScanOptions options;
    options.asOf = asOf;
    options.threads = 1;
    options.caseworkExclusions = exclusions;
    auto scanned = rules::ScanEngine(registry.spec(), registry.password()).run(options);
    if (!scanned) {
        *error = scanned.error().fullText();
        return {};
    }
    return comparable(scanned->findings);
}

// The lines of `list` missing from `other`, for a failure message.
inline QString missingFrom(const QStringList &list, const QStringList &other)
{
    QStringList missing;
    for (const QString &line : list)
        if (!other.contains(line))
            missing << line;
    return missing.mid(0, 5).join(QLatin1Char('\n'));
}

} // namespace sw::test
