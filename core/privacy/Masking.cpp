#include "privacy/Masking.h"

#include <QStringList>

namespace sw::privacy {

QString maskCitizenId(const QString &citizenId)
{
    const qsizetype n = citizenId.size();
    if (n == 0)
        return {};
    // Keep 3 + 3 of a 12-digit CCCD; for other lengths keep no more than a third in all.
    const qsizetype keepEach = n >= 12 ? 3 : n / 6;
    QString masked = citizenId.left(keepEach);
    masked += QString(n - 2 * keepEach, QLatin1Char('*'));
    masked += citizenId.right(keepEach);
    return masked;
}

QString maskName(const QString &fullName)
{
    const QStringList parts = fullName.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return {};
    QString masked = parts.first();
    for (qsizetype i = 1; i < parts.size(); ++i) {
        masked += QLatin1Char(' ');
        masked += parts[i].left(1);
        masked += QLatin1Char('.');
    }
    return masked;
}

} // namespace sw::privacy
