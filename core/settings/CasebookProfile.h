#pragma once

#include "connection/ConnectionSpec.h"
#include "util/Result.h"

#include <QString>

namespace sw::settings {

class Settings;

// The casebook the console works on (issue 13), kept in the settings as the registry's profiles
// are: a URL without a password (the password is in the keychain under spec.keychainKey()).
// Either the local SQLite file (the default: `casebook/path`, or `defaultPath` when that is
// empty) or the Department's shared PostgreSQL casebook (`casebook/url`).
// A stored URL that no longer reads is an error, never a silent fall-back to the local file.
Result<connection::ConnectionSpec> casebookSpec(const Settings &settings, const QString &defaultPath);
// Stores `spec` as the console's casebook: a SQLite spec clears the URL and keeps its file (the
// default path is stored as empty, so that it follows the standard place).
void setCasebookSpec(Settings &settings, const connection::ConnectionSpec &spec, const QString &defaultPath);

} // namespace sw::settings
