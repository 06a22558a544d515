#pragma once

#include <QObject>

#include <memory>

namespace sw {
class Clock;
}
namespace sw::casebook {
class Casebook;
class CaseDocuments;
class Cases;
class Complaints;
} // namespace sw::casebook
namespace sw::publishing {
class Outbox;
class Publisher;
} // namespace sw::publishing
namespace sw::connection {
class SecretStore;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

// §5: the casework services on the casebook (complaints, cases, their documents) and the
// publishing of announcements to the Department's portal through the outbox. Made once by the
// composition root (main(), or a test) next to the ConsoleContext: it reads the portal's address
// and timeout from the settings and its token from the keychain, and starts sending when the
// portal is set up.
class CaseworkServices
{
public:
    // The casebook, settings and keychain need only outlive the constructor; the casebook must
    // outlive this object.
    CaseworkServices(casebook::Casebook &book, const settings::Settings &settings,
                     connection::SecretStore &secrets);
    ~CaseworkServices();
    CaseworkServices(const CaseworkServices &) = delete;
    CaseworkServices &operator=(const CaseworkServices &) = delete;

    casebook::Complaints &complaints() { return *m_complaints; }
    casebook::Cases &cases() { return *m_cases; }
    casebook::CaseDocuments &documents() { return *m_documents; }
    publishing::Publisher &publisher() { return *m_publisher; }

    // Reads the portal's address and timeout from the settings and its token from the keychain
    // again (the settings page changed them), and starts sending once the portal is set up.
    void configurePublishing(const settings::Settings &settings, connection::SecretStore &secrets);

    // The keychain key of the portal's token.
    static QString portalTokenKey();

private:
    std::unique_ptr<casebook::Complaints> m_complaints;
    std::unique_ptr<casebook::Cases> m_cases;
    std::unique_ptr<casebook::CaseDocuments> m_documents;
    std::unique_ptr<publishing::Outbox> m_outbox;
    // Destroyed before the outbox it writes to (an attempt in flight goes back to its queue).
    std::unique_ptr<publishing::Publisher> m_publisher;
};

} // namespace sw::ui
