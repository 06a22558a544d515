#pragma once

#include "casebook/CasebookMigrations.h"

#include <QList>

namespace sw::casebook {

// The casework's steps of the casebook schema (complaints, cases, their findings and documents),
// continuing the versions of casebookMigrations(): the lead appends them there
// (`steps += caseworkMigrations()` style), so that Casebook::open() runs them in order.
inline constexpr int caseworkFirstVersion = 2;
const QList<Migration> &caseworkMigrations();

} // namespace sw::casebook
