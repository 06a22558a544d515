#include "reports/ReportBuilder.h"

#include "findings/FindingsStore.h"
#include "registry/RegistryConnection.h"
#include "reports/ReportQueries.h"
#include "statistics/OverviewStats.h"
#include "statistics/ProviderColors.h"
#include "statistics/Province.h"
#include "util/Clock.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>
#include <thread>

Q_LOGGING_CATEGORY(lcReports, "signwatch.reports", QtInfoMsg)

namespace sw::reports {

namespace {

// Where a provider's figures go in the report: its own row for one of the six, the one "invalid
// code" row for any other code (ProviderColors.h), "" (no provider) as it is.
QString providerRow(const QString &code)
{
    if (code.isEmpty() || statistics::isKnownProvider(code))
        return code;
    return invalidProviderRow();
}

void addFigures(ProviderFigures &sum, const ProviderFigures &more)
{
    sum.certificates += more.certificates;
    for (auto it = more.byChannel.cbegin(); it != more.byChannel.cend(); ++it)
        sum.byChannel[it.key()] += it.value();
    sum.holdersAtEnd += more.holdersAtEnd;
    sum.requests += more.requests;
}

// The six providers' rows by code, then one row summing every other code (its `name` lists them).
// Delay quantiles cannot be summed: the row keeps a code's own only when it is the one measured.
QList<ProviderFigures> groupInvalidCodes(const QList<ProviderFigures> &providers)
{
    QList<ProviderFigures> rows;
    ProviderFigures invalid;
    invalid.code = invalidProviderRow();
    QStringList codes;
    int delays = 0;
    for (const ProviderFigures &p : providers) {
        if (statistics::isKnownProvider(p.code)) {
            rows << p;
            continue;
        }
        codes << p.code;
        addFigures(invalid, p);
        if (p.delay.count > 0) {
            invalid.delay = p.delay;
            ++delays;
        }
    }
    if (delays > 1)
        invalid.delay = {};
    if (!codes.isEmpty()) {
        std::sort(codes.begin(), codes.end());
        invalid.groupedCodes = codes;
        invalid.name = codes.join(QStringLiteral(", "));
        rows << invalid;
    }
    return rows;
}

Error cancelledError()
{
    return Error::make(QCoreApplication::translate("Reports", "The report was cancelled."), {},
                       Error::Kind::Cancelled);
}

// Part III: the latest scan's findings whose time falls in the period and in the previous one.
Result<ViolationFigures> countViolations(const ReportInput &input)
{
    ViolationFigures v;
    const auto [previousFrom, previousTo] = previousPeriod(input.filter);
    v.previousFrom = previousFrom;
    v.previousTo = previousTo;
    if (!input.findings || !input.findings->isOpen() || input.registryKey.isEmpty())
        return v;
    auto latest = input.findings->latestScan(input.registryKey);
    if (!latest)
        return latest.error();
    if (!*latest)
        return v;
    statistics::Filter current;
    current.from = input.filter.from;
    current.to = input.filter.to;
    current.district = input.filter.district;
    statistics::Filter previous = current;
    previous.from = previousFrom;
    previous.to = previousTo;
    auto now = input.findings->countsByProviderAndRule(input.registryKey, current);
    if (!now)
        return now.error();
    auto before = input.findings->countsByProviderAndRule(input.registryKey, previous);
    if (!before)
        return before.error();
    v.available = true;
    v.scanId = (*latest)->id;
    v.scanAsOf = QDateTime::fromSecsSinceEpoch((*latest)->asOf, Qt::UTC);
    auto fold = [&v](const findings::ProviderRuleCounts &counts, QMap<QString, qint64> &byRule,
                     QMap<QString, qint64> &byProvider, qint64 &total) {
        for (auto p = counts.byProviderAndRule.cbegin(); p != counts.byProviderAndRule.cend(); ++p) {
            for (auto r = p.value().cbegin(); r != p.value().cend(); ++r) {
                byRule[r.key()] += r.value();
                byProvider[providerRow(p.key())] += r.value();
                if (r.value() > 0 && providerRow(p.key()) == invalidProviderRow()
                    && !v.invalidCodes.contains(p.key()))
                    v.invalidCodes << p.key();
            }
        }
        total = counts.total;
    };
    fold(*now, v.byRule, v.byProvider, v.total);
    fold(*before, v.byRulePrevious, v.byProviderPrevious, v.totalPrevious);
    std::sort(v.invalidCodes.begin(), v.invalidCodes.end());
    return v;
}

} // namespace

namespace {

// The report's own registry queries, besides the dashboard's.
struct OwnFigures
{
    HolderCounts holders;
    QMap<QString, DistrictFigures> districts;
    statistics::DelayDistribution delay;
};

Result<OwnFigures> countOwn(const QSqlDatabase &db, const statistics::Filter &filter, const QDateTime &asOf,
                            const std::function<bool(int)> &step)
{
    OwnFigures own;
    // Holders by the period's end, per district and provider.
    if (step(1))
        return cancelledError();
    auto holders = countHoldersAtEnd(db, filter, asOf);
    if (!holders)
        return holders.error();
    own.holders = *holders;
    // The period's certificates per district and channel, and the districts' citizens.
    if (step(2))
        return cancelledError();
    auto districts = countDistricts(db, filter, asOf);
    if (!districts)
        return districts.error();
    own.districts = *districts;
    // The update delay of all providers together.
    if (step(3))
        return cancelledError();
    auto delay = countOverallDelay(db, filter, asOf);
    if (!delay)
        return delay.error();
    own.delay = *delay;
    return own;
}

Result<void> checkInput(const ReportInput &input)
{
    if (!input.filter.from.isValid() || !input.filter.to.isValid() || input.filter.from > input.filter.to)
        return Error::make(QCoreApplication::translate("Reports",
                                                       "Choose the report's period: a first and a "
                                                       "last day, the first not after the last."),
                           {}, Error::Kind::InvalidInput);
    return {};
}

ReportData startData(const ReportInput &input)
{
    ReportData data;
    data.filter.from = input.filter.from;
    data.filter.to = input.filter.to;
    data.filter.district = input.filter.district;
    data.asOf = input.asOf.isValid() ? input.asOf.toUTC() : Clock().now();
    data.meta = input.meta;
    data.texts = input.texts;
    data.quality.requestDeadlineSeconds = input.requestDeadlineSeconds;
    return data;
}

statistics::DashboardOptions dashboardOptions(const ReportData &data)
{
    statistics::DashboardOptions options;
    options.asOf = data.asOf;
    options.requestDeadlineSeconds = data.quality.requestDeadlineSeconds;
    return options;
}

// Step 0 is the dashboard's, 1–3 the report's own queries, 4 the console's stores.
constexpr int steps = 5;

std::function<bool(int)> stepper(const ReportInput &input)
{
    return [&input](int index) {
        if (input.progress)
            input.progress(index, steps);
        return input.cancelled && input.cancelled();
    };
}

// Puts the dashboard's and the own figures together, then adds the findings and the casework.
Result<ReportData> finish(const ReportInput &input, ReportData data, const statistics::Dashboard &dashboard,
                          const OwnFigures &own, const std::function<bool(int)> &step, qint64 startedMs,
                          const QElapsedTimer &timer)
{
    CampaignFigures &campaign = data.campaign;
    campaign.holdersInPeriod = dashboard.citizensWithSignature;
    campaign.population = dashboard.population;
    campaign.populationFromRegistry = dashboard.populationFromRegistry;
    campaign.certificates = dashboard.totals.certificates;
    campaign.byChannel = dashboard.totals.byChannel;
    campaign.bucketDays = dashboard.bucketDays;
    campaign.bucketStarts = dashboard.bucketStarts;
    campaign.timeline = dashboard.timeline;
    data.unreadableCertificates = dashboard.unreadableCertificates;
    for (const statistics::ProviderDashboard &p : dashboard.providers) {
        ProviderFigures line;
        line.code = p.code;
        line.name = p.name;
        line.excluded = p.excluded;
        line.certificates = p.certificates;
        line.byChannel = p.byChannel;
        line.delay = p.delay;
        line.requests = p.requests;
        campaign.providers.append(line);
    }
    data.quality.requests = dashboard.totals.requests;
    data.quality.delay = own.delay;

    const HolderCounts &holders = own.holders;
    campaign.holdersAtEnd = holders.total;
    campaign.multiProviderHolders = holders.multiProvider;
    for (ProviderFigures &p : campaign.providers)
        p.holdersAtEnd = holders.byProvider.value(p.code);
    for (auto it = holders.byProvider.cbegin(); it != holders.byProvider.cend(); ++it) {
        const bool listed = std::any_of(campaign.providers.cbegin(), campaign.providers.cend(),
                                        [&](const ProviderFigures &p) { return p.code == it.key(); });
        if (!listed) {
            ProviderFigures line;
            line.code = it.key();
            line.holdersAtEnd = it.value();
            campaign.providers.append(line);
        }
    }
    std::sort(campaign.providers.begin(), campaign.providers.end(),
              [](const ProviderFigures &a, const ProviderFigures &b) { return a.code < b.code; });
    campaign.providers = groupInvalidCodes(campaign.providers);
    QMap<QString, QList<qint64>> timeline;
    for (auto it = campaign.timeline.cbegin(); it != campaign.timeline.cend(); ++it) {
        QList<qint64> &line = timeline[providerRow(it.key())];
        if (line.size() < it.value().size())
            line.resize(it.value().size(), 0);
        for (int i = 0; i < it.value().size(); ++i)
            line[i] += it.value().at(i);
    }
    campaign.timeline = timeline;

    // The province's nine districts always, in their order; codes the registry holds besides
    // (malformed data, citizens missing: "") after them.
    QStringList codes;
    if (!data.filter.district.isEmpty()) {
        codes << data.filter.district;
    } else {
        for (const statistics::District &d : statistics::districts())
            codes << d.code;
        QStringList extra = own.districts.keys();
        extra << holders.byDistrict.keys();
        std::sort(extra.begin(), extra.end());
        for (const QString &code : std::as_const(extra))
            if (!codes.contains(code))
                codes << code;
    }
    for (const QString &code : std::as_const(codes)) {
        DistrictFigures line = own.districts.value(code);
        line.code = code;
        line.name = code.isEmpty() ? QStringLiteral("(không rõ)") : statistics::districtName(code);
        line.holdersAtEnd = holders.byDistrict.value(code);
        campaign.districts.append(line);
    }

    // Findings and casework, from the console's own stores.
    if (step(4))
        return cancelledError();
    auto violations = countViolations(input);
    if (!violations)
        return violations.error();
    data.violations = *violations;
    if (input.casework) {
        auto casework = input.casework(data.filter.from, data.filter.to);
        if (!casework)
            return casework.error();
        data.casework = *casework;
        data.casework.available = true;
    }
    data.elapsedMs = timer.elapsed() - startedMs;
    qCInfo(lcReports) << "report figures counted in" << data.elapsedMs << "ms";
    return data;
}

} // namespace

Result<ReportData> buildReport(const QSqlDatabase &db, const ReportInput &input)
{
    if (auto ok = checkInput(input); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    const auto step = stepper(input);
    ReportData data = startData(input);
    // The period's figures per provider: the dashboard counts them the same way for the page.
    if (step(0))
        return cancelledError();
    auto dashboard = statistics::loadDashboard(db, data.filter, dashboardOptions(data));
    if (!dashboard)
        return dashboard.error();
    auto own = countOwn(db, data.filter, data.asOf, step);
    if (!own)
        return own.error();
    return finish(input, std::move(data), *dashboard, *own, step, 0, timer);
}

Result<ReportData> buildReport(registry::RegistryConnection &connection,
                               const connection::Credentials &credentials, const ReportInput &input)
{
    if (auto ok = checkInput(input); !ok)
        return ok.error();
    QElapsedTimer timer;
    timer.start();
    const auto step = stepper(input);
    ReportData data = startData(input);
    if (step(0))
        return cancelledError();
    // The report's own queries on a connection of their own, in a thread of their own (QtSql: a
    // connection belongs to the thread that opened it), while the dashboard counts on this one and
    // its helpers: SQLite sorts on one core per connection.
    std::optional<Result<OwnFigures>> own;
    const connection::ConnectionSpec spec = connection.spec();
    const statistics::Filter filter = data.filter;
    const QDateTime asOf = data.asOf;
    std::thread helper([&] {
        auto opened = registry::RegistryConnection::open(spec, credentials);
        if (!opened) {
            own.emplace(opened.error());
            return;
        }
        own.emplace(countOwn((*opened)->database(), filter, asOf, [&input](int) {
            return input.cancelled && input.cancelled(); // progress is reported from the calling thread only
        }));
    });
    auto dashboard = statistics::loadDashboard(connection, credentials, data.filter, dashboardOptions(data));
    if (input.progress)
        input.progress(2, steps);
    helper.join();
    if (!dashboard)
        return dashboard.error();
    if (!own || !*own)
        return own ? own->error() : cancelledError();
    step(3);
    return finish(input, std::move(data), *dashboard, own->value(), step, 0, timer);
}

} // namespace sw::reports
