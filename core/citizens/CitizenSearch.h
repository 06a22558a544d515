#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace sw::registry {
class RegistryConnection;
}

namespace sw::citizens {

// What the inspector typed: a CCCD number (12 digits; spaces, dots and dashes ignored), or a name
// with a birth date (YYYY-MM-DD).
struct CitizenQuery
{
    QString text;
    QString birthDate;

    enum class Kind { ById, ByNameAndBirthDate, Incomplete };
    Kind kind() const;
    // The 12 digits when kind() is ById.
    QString citizenId() const;
};

struct CitizenMatch
{
    QString citizenId;
    QString fullName; // as stored
    QString birthDate; // as stored (YYYY-MM-DD), may be empty
    QString districtCode;
    // False when the id has records (certificates, requests or look-ups) but no citizens row.
    bool inCitizensTable = true;
    // The name key equals the query's (not only all of its words).
    bool exactName = true;
};

// Finds citizens, at most `limit` (exact name matches first, then by name and id).
// - By id: the citizens row; when there is none but certificates, requests or look-ups carry the
//   id, one match saying so (an inspector may follow a complaint about such an id).
// - By name and birth date: the citizens born that day (the registry's birth-date index), whose
//   name key (rules::nameKey: case, diacritics, đ and spaces folded) equals the query's, or
//   contains all of its words ("nguyen an" finds "Nguyễn Văn An").
// A query of another kind fails with InvalidInput.
Result<QList<CitizenMatch>> searchCitizens(registry::RegistryConnection &connection,
                                           const CitizenQuery &query, int limit = 200);

} // namespace sw::citizens
