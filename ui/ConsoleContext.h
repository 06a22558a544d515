#pragma once

namespace sw::registry {
class ProfileStore;
class RegistrySession;
class SecretStore;
} // namespace sw::registry
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
    registry::ProfileStore &profiles;
    registry::SecretStore &secrets;
    registry::RegistrySession &session;
    findings::FindingsStore &findings; // scans and their findings (findings.sqlite)
    casebook::Casebook &casebook; // complaints, cases, documents, audit log (casebook.sqlite)
    casebook::AuditLog &audit;
};

} // namespace sw::ui
