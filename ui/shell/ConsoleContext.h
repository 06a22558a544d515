#pragma once

namespace sw {
class Clock;
}
namespace sw::connection {
class SecretStore;
} // namespace sw::connection
namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class ProfileStore;
class Settings;
} // namespace sw::settings
namespace sw::findings {
class FindingsStore;
}
namespace sw::ui {

class CasebookSession;

// What the console's window works with, made once by main() (or a test), the composition root,
// and passed in: the settings, the registry session, the console's own stores, the casework
// services on the casebook and the one clock. No page reaches for a global.
struct ConsoleContext
{
    settings::Settings &settings;
    settings::ProfileStore &profiles;
    connection::SecretStore &secrets;
    registry::RegistrySession &session;
    findings::FindingsStore &findings; // scans and their findings (findings.sqlite)
    // The casebook (complaints, cases, documents, audit log: this desk's file or the Department's
    // shared one) and the casework services on it, while it can be reached.
    CasebookSession &casebook;
    const Clock &clock; // "now" and "today" for every page (the casebook stamps with the same)
};

} // namespace sw::ui
