#include "shell/CaseworkServices.h"

#include "casebook/CaseDocuments.h"
#include "casebook/Casebook.h"
#include "casebook/Cases.h"
#include "casebook/Complaints.h"
#include "connection/SecretStore.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"
#include "settings/Settings.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcUi)

namespace sw::ui {

CaseworkServices::CaseworkServices(casebook::Casebook &book, const settings::Settings &settings,
                                   connection::SecretStore &secrets)
    : m_complaints(std::make_unique<casebook::Complaints>(book)),
      m_cases(std::make_unique<casebook::Cases>(book)),
      m_documents(std::make_unique<casebook::CaseDocuments>(book)),
      m_outbox(std::make_unique<publishing::Outbox>(book.database(), book.clock())),
      m_publisher(std::make_unique<publishing::Publisher>(*m_outbox))
{
    // A case's announcement leaves only as it was signed (the outbox keeps a copy in the file).
    m_publisher->setCheck([documents = m_documents.get()](const publishing::Publication &p) {
        return documents->checkPublication(p.id, p.pdf);
    });
    configurePublishing(settings, secrets);
}

CaseworkServices::~CaseworkServices() = default;

void CaseworkServices::configurePublishing(const settings::Settings &settings,
                                           connection::SecretStore &secrets)
{
    publishing::Publisher::Timing timing = m_publisher->timing();
    timing.transferTimeout = settings.publishingTimeout();
    m_publisher->setTiming(timing);
    const QString endpoint = settings.publishingEndpoint();
    if (auto set = m_publisher->setEndpoint(endpoint); !set)
        qCWarning(lcUi) << "portal address refused:" << set.error().message;
    if (endpoint.isEmpty())
        return;
    auto token = secrets.read(portalTokenKey());
    m_publisher->setToken(token ? *token : QString());
    if (m_publisher->isRunning())
        return;
    if (auto started = m_publisher->start(); !started)
        qCWarning(lcUi) << "publishing not started:" << started.error().message;
}

QString CaseworkServices::portalTokenKey()
{
    return QStringLiteral("publishing/portalToken");
}

} // namespace sw::ui
