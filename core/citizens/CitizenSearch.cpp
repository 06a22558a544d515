#include "citizens/CitizenSearch.h"

#include "citizens/CitizenRecords.h"
#include "connection/SqlError.h"
#include "registry/RegistryConnection.h"
#include "rules/NearDuplicates.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace sw::citizens {

namespace {
QString digitsOnly(const QString &text)
{
    QString out = text;
    out.remove(QRegularExpression(QStringLiteral("[\\s.\\-]")));
    return out;
}

bool isTwelveDigits(const QString &text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{12}$"));
    return form.match(text).hasMatch();
}

Error searchError(const QSqlQuery &query)
{
    return connection::sqlError(
        QCoreApplication::translate("Citizens", "The registry could not be searched."), query.lastError());
}
} // namespace

CitizenQuery::Kind CitizenQuery::kind() const
{
    if (isTwelveDigits(digitsOnly(text)))
        return Kind::ById;
    if (!rules::nameKey(text).isEmpty() && !birthDate.trimmed().isEmpty())
        return Kind::ByNameAndBirthDate;
    return Kind::Incomplete;
}

QString CitizenQuery::citizenId() const
{
    return kind() == Kind::ById ? digitsOnly(text) : QString();
}

Result<QList<CitizenMatch>> searchCitizens(registry::RegistryConnection &connection,
                                           const CitizenQuery &query, int limit)
{
    const QSqlDatabase db = connection.database();
    const connection::Engine engine = connection.engine();
    const QString birthCell = engine == connection::Engine::Postgres
        ? QStringLiteral("to_char(birth_date, 'YYYY-MM-DD')")
        : QStringLiteral("birth_date");
    QList<CitizenMatch> matches;
    QSqlQuery select(db);
    select.setForwardOnly(true);

    switch (query.kind()) {
    case CitizenQuery::Kind::Incomplete:
        return Error::make(QCoreApplication::translate("Citizens",
                                                       "Enter a 12-digit CCCD number, or a full name "
                                                       "together with the birth date."),
                           {}, Error::Kind::InvalidInput);
    case CitizenQuery::Kind::ById: {
        const QString id = query.citizenId();
        // The primary key: one index look-up.
        if (!select.prepare(QStringLiteral("SELECT citizen_id, full_name, %1, district_code FROM citizens "
                                           "WHERE citizen_id = ?")
                                .arg(birthCell)))
            return searchError(select);
        select.addBindValue(id);
        if (!select.exec())
            return searchError(select);
        if (select.next()) {
            matches.append({select.value(0).toString(), select.value(1).toString(),
                            select.value(2).toString(), select.value(3).toString(), true, true});
            return matches;
        }
        // No citizens row: records under the id may still exist (each table's citizen index).
        for (const char *table : {"certificates", "service_requests", "lookups"}) {
            QSqlQuery probe(db);
            if (!probe.prepare(QStringLiteral("SELECT 1 FROM %1 WHERE citizen_id = ? LIMIT 1")
                                   .arg(QLatin1String(table))))
                return searchError(probe);
            probe.addBindValue(id);
            if (!probe.exec())
                return searchError(probe);
            if (probe.next()) {
                CitizenMatch orphan;
                orphan.citizenId = id;
                orphan.inCitizensTable = false;
                matches.append(orphan);
                break;
            }
        }
        return matches;
    }
    case CitizenQuery::Kind::ByNameAndBirthDate:
        break;
    }

    // By birth date (the registry's citizens_birth_idx: a day holds some tens of citizens in a
    // province), then the names folded here, where the same nameKey as IDENTITY_NEAR_DUPLICATE
    // applies: no engine-specific collation or unaccent extension is needed.
    if (!QDate::fromString(query.birthDate.trimmed(), QStringLiteral("yyyy-MM-dd")).isValid())
        return Error::make(QCoreApplication::translate("Citizens", "\"%1\" is not a birth date.")
                               .arg(query.birthDate.left(20)),
                           {}, Error::Kind::InvalidInput);
    const QString wanted = rules::nameKey(query.text);
    const QStringList wantedWords = wanted.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!select.prepare(QStringLiteral("SELECT citizen_id, full_name, %1, district_code FROM citizens "
                                       "WHERE birth_date = ?")
                            .arg(birthCell)))
        return searchError(select);
    select.addBindValue(query.birthDate.trimmed());
    if (!select.exec())
        return searchError(select);
    QList<std::pair<QString, CitizenMatch>> found;
    while (select.next()) {
        const QString name = select.value(1).toString();
        const QString key = rules::nameKey(name);
        const bool exact = key == wanted;
        if (!exact) {
            const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const bool all = std::all_of(wantedWords.cbegin(), wantedWords.cend(),
                                         [&words](const QString &w) { return words.contains(w); });
            if (!all)
                continue;
        }
        found.append({key,
                      {select.value(0).toString(), name, select.value(2).toString(),
                       select.value(3).toString(), true, exact}});
    }
    std::sort(found.begin(), found.end(), [](const auto &a, const auto &b) {
        if (a.second.exactName != b.second.exactName)
            return a.second.exactName;
        if (a.first != b.first)
            return a.first < b.first;
        return a.second.citizenId < b.second.citizenId;
    });
    for (const auto &[key, match] : std::as_const(found)) {
        if (matches.size() >= limit)
            break;
        matches.append(match);
    }
    return matches;
}

} // namespace sw::citizens
