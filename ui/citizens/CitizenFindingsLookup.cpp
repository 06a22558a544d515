#include "citizens/CitizenFindingsLookup.h"

#include "citizens/CitizenTimeline.h"
#include "findings/FindingsStore.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "settings/Settings.h"
#include "widgets/LocaleFormat.h"
#include "widgets/RuleThresholds.h"

#include <QDateTime>
#include <QTimeZone>

namespace sw::ui {

namespace {
QString when(qint64 seconds)
{
    return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()));
}
} // namespace

CitizenFindingsLookup::CitizenFindingsLookup(registry::RegistrySession &session,
                                             findings::FindingsStore &store,
                                             const settings::Settings &settings, const Clock &clock,
                                             std::function<QMap<QString, qint64>()> exclusions)
    : m_session(session),
      m_store(store),
      m_settings(settings),
      m_clock(clock),
      m_exclusions(std::move(exclusions))
{ }

void CitizenFindingsLookup::lookUp(const QString &citizenId, QObject *context,
                                   std::function<void(Result<CitizenFindings>)> done)
{
    if (!m_session.isOpen() || !m_session.spec()) {
        done(Error::make(tr("Open the registry to see this citizen's findings here, or link findings from a "
                            "scan file."),
                         {}, Error::Kind::Unavailable));
        return;
    }
    // The findings page's latest scan of this registry, when one is kept.
    if (m_store.isOpen() || m_store.open()) {
        auto latest = m_store.latestScan(m_session.spec()->registryKey());
        if (latest && *latest) {
            const findings::ScanRecord &scan = **latest;
            auto rows = m_store.citizenFindings(scan.id, citizenId);
            if (!rows) {
                done(rows.error());
                return;
            }
            CitizenFindings found;
            for (const findings::StoredFinding &row : std::as_const(*rows))
                found.findings << row.finding;
            found.origin = tr("from the scan of %1").arg(when(scan.startedAt));
            found.originDetail
                = tr("The findings page's latest scan of this registry, as of %1.").arg(when(scan.asOf));
            done(found);
            return;
        }
    }
    // None kept: the citizen's own records, judged now as the citizen look-up page judges them.
    citizens::CitizenScanOptions options;
    options.asOf = m_clock.secsSinceEpoch();
    options.thresholds = thresholdsFromSettings(m_settings);
    if (m_exclusions)
        options.caseworkExclusions = m_exclusions();
    m_session.request<citizens::CitizenTimeline>(
        context,
        [citizenId, options](registry::RegistryConnection &connection) {
            return citizens::loadCitizenTimeline(connection, citizenId, options);
        },
        [done = std::move(done)](Result<citizens::CitizenTimeline> timeline) {
            if (!timeline) {
                done(timeline.error());
                return;
            }
            CitizenFindings found;
            found.findings = timeline->findings;
            std::sort(found.findings.begin(), found.findings.end());
            found.origin = tr("from the citizen's records as of %1 (no scan of this registry is kept)")
                               .arg(when(timeline->asOf));
            found.originDetail
                = tr("The citizen's own records judged as the citizen look-up page judges "
                     "them; rules that compare several citizens are left to a full scan on the "
                     "findings page.");
            done(found);
        });
}

} // namespace sw::ui
