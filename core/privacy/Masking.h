#pragma once

#include <QString>

namespace sw::privacy {

// §1.7: citizen data is confidential. Lists, exports and documents show ids masked by default.

// `046******789`: the first three characters (province of birth registration) and the last
// three kept, the rest starred. Shorter or odd values keep at most a third of their characters.
QString maskCitizenId(const QString &citizenId);
// `Nguyễn V. A.`-style: the family name, then initials. For lists that must not show a name.
QString maskName(const QString &fullName);

} // namespace sw::privacy
