#pragma once

namespace sw::connection {
class ProfileStore;
class SecretStore;
} // namespace sw::connection
namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class Settings;
}
namespace sw::findings {
class FindingsStore;
}
namespace sw::casebook {
class AuditLog;
class Casebook;
} // namespace sw::casebook

namespace sw::ui {

// What the console's window works with, made once by main() (or a test) and passed in: the
// settings, the registry session, and the console's own stores. No page reaches for a global.
struct ConsoleContext
{
    settings::Settings &settings;
    connection::ProfileStore &profiles;
    connection::SecretStore &secrets;
    registry::RegistrySession &session;
    findings::FindingsStore &findings; // scans and their findings (findings.sqlite)
    casebook::Casebook &casebook; // complaints, cases, documents, audit log (casebook.sqlite)
    casebook::AuditLog &audit;
};

} // namespace sw::ui
