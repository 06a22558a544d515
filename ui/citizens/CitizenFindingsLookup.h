#pragma once

#include "casework/CitizenFindingsSource.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QMap>

#include <functional>

namespace sw::findings {
class FindingsStore;
}
namespace sw::registry {
class RegistrySession;
}
namespace sw::settings {
class Settings;
}

namespace sw::ui {

// A citizen's findings for the complaint form (issue 17): those of the open registry's latest
// stored scan (the findings page's), or, when no scan of it is kept, the citizen's own records
// judged as the citizen look-up page judges them (citizens::loadCitizenTimeline, on the session's
// worker thread; rules comparing several citizens left out, and said so). Needs the registry open.
class CitizenFindingsLookup : public CitizenFindingsSource
{
    Q_DECLARE_TR_FUNCTIONS(CitizenFindingsLookup)

public:
    // `exclusions`: §5.3's exclusions decided in casework, asked at each look-up.
    CitizenFindingsLookup(registry::RegistrySession &session, findings::FindingsStore &store,
                          const settings::Settings &settings, const Clock &clock,
                          std::function<QMap<QString, qint64>()> exclusions = {});

    void lookUp(const QString &citizenId, QObject *context,
                std::function<void(Result<CitizenFindings>)> done) override;

private:
    registry::RegistrySession &m_session;
    findings::FindingsStore &m_store;
    const settings::Settings &m_settings;
    Clock m_clock;
    std::function<QMap<QString, qint64>()> m_exclusions;
};

} // namespace sw::ui
