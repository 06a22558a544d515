// The overview page (the supervisors' dashboard) and its model: numbers counted in a small
// registry with known contents, on SQLite and PostgreSQL, shown in Vietnamese form; filters,
// findings counts from outside, drill-down from the charts, exports to PDF and PNG, screenshots.
#include "OnScreen.h"
#include "ScratchRegistry.h"
#include "dashboard/ChartExport.h"
#include "dashboard/OverviewPage.h"
#include "dashboard/ProviderOverviewModel.h"
#include "dashboard/ProviderOverviewSortModel.h"
#include "dashboard/charts/DashboardChart.h"
#include "dashboard/charts/DashboardChartData.h"
#include "dashboard/charts/SeriesThinning.h"
#include "demo/DemoGenerator.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "statistics/ProviderGroups.h"
#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"
#include "widgets/StatCard.h"

#include <QAbstractBarSeries>
#include <QAbstractItemModelTester>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QProcess>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace sw;
using sw::ui::ProviderOverviewModel;
namespace charts = sw::ui::charts;

namespace {
// Three providers (FPT-CA excluded), one code missing from `providers`, a channel the contract
// does not know, requests and look-ups: every column has a number of its own. TRUE/FALSE suit
// both engines (found is boolean on PostgreSQL).
const QStringList knownRegistry = {
    QStringLiteral("INSERT INTO providers (code, name, excluded_at) VALUES "
                   "('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL), "
                   "('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL), "
                   "('FPT-CA', 'Công ty TNHH Hệ thống thông tin FPT', '2023-10-01T00:00:00Z')"),
    QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                   "('046090000001', 'Nguyễn Văn A', '474'), ('046090000002', 'Trần Thị B', '476'), "
                   "('046090000003', 'Lê Văn C', '478'), ('046090000004', 'Phạm Thị D', '481'), "
                   "('046090000005', 'Hoàng Văn E', '483'), ('046090000006', 'Võ Thị F', '474')"),
    QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, "
                   "recorded_at) VALUES "
                   "(1, '046090000001', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T01:00:00Z'), "
                   "(2, '046090000002', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T02:00:00Z'), "
                   "(3, '046090000003', 'VNPT-CA', 'app', 'technical_error', '2023-08-02T02:00:00Z'), "
                   "(4, '046090000004', 'VIETTEL-CA', 'hues_request', 'active', '2023-09-01T02:00:00Z'), "
                   "(5, '046090000005', 'VIETTEL-CA', 'legacy_import', 'revoked', '2023-07-01T02:00:00Z'), "
                   "(6, '046090000005', 'FPT-CA', 'door_to_door', 'active', '2023-08-05T02:00:00Z'), "
                   "(7, '046090000001', 'XYZ-CA', 'kiosk', 'active', '2023-08-06T02:00:00Z')"),
    QStringLiteral("INSERT INTO service_requests (id, citizen_id, provider_code, mode, registered_at) "
                   "VALUES (1, '046090000004', 'VIETTEL-CA', 'home', '2023-08-30T00:00:00Z'), "
                   "(2, '046090000006', 'VIETTEL-CA', 'phone', '2023-08-30T00:00:00Z'), "
                   "(3, '046090000006', 'VNPT-CA', 'phone', '2023-08-31T00:00:00Z')"),
    QStringLiteral("INSERT INTO lookups (id, provider_code, citizen_id, looked_up_at, found) VALUES "
                   "(1, 'VNPT-CA', '046090000001', '2023-08-01T00:30:00Z', FALSE), "
                   "(2, 'VNPT-CA', '046090000002', '2023-08-01T01:30:00Z', FALSE), "
                   "(3, 'FPT-CA', '046090000005', '2023-08-05T01:30:00Z', TRUE), "
                   "(4, 'FPT-CA', '046090000006', '2023-08-05T01:40:00Z', FALSE)"),
};

QVariant raw(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data(ProviderOverviewModel::RawValueRole);
}

QString shown(const QAbstractItemModel &model, int row, int column)
{
    return model.index(row, column).data().toString();
}

int rowOf(const QAbstractItemModel &model, const QString &code)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (raw(model, row, ProviderOverviewModel::Code).toString() == code)
            return row;
    }
    return -1;
}

statistics::Dashboard handMadeOverview()
{
    statistics::ProviderDashboard vnpt;
    vnpt.code = QStringLiteral("VNPT-CA");
    vnpt.name = QStringLiteral("VNPT Thừa Thiên Huế");
    vnpt.byChannel = {{QStringLiteral("door_to_door"), 300000}, {QStringLiteral("app"), 12}};
    vnpt.certificates = 300012;
    vnpt.active = 300000;
    vnpt.requests.registered = 1500;
    vnpt.requests.served = 1166;
    vnpt.requests.expired = 334;
    statistics::ProviderDashboard unknown;
    unknown.code = QStringLiteral("ABC-CA");
    unknown.known = false;
    unknown.byChannel = {{QStringLiteral("other"), 3}};
    unknown.certificates = 3;
    statistics::Dashboard dashboard;
    dashboard.providers = {unknown, vnpt};
    dashboard.citizensWithSignature = 300003;
    dashboard.population = 1166547;
    dashboard.totals.byChannel = {
        {QStringLiteral("door_to_door"), 300000}, {QStringLiteral("app"), 12}, {QStringLiteral("other"), 3}};
    dashboard.totals.certificates = 300015;
    dashboard.totals.active = 300000;
    dashboard.totals.requests = vnpt.requests;
    return dashboard;
}

QString screenshotDir()
{
    static QTemporaryDir fallback(QDir::temp().filePath(QStringLiteral("signwatch-screenshots-XXXXXX")));
    QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        fallback.setAutoRemove(false); // kept so that a person can look at them
        dir = fallback.path();
    }
    QDir().mkpath(dir);
    return dir;
}

// Share of pixels in `area` that are not (nearly) white.
double inkShare(const QImage &image, const QRect &area)
{
    qint64 ink = 0;
    qint64 all = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            ++all;
            if (c.red() < 235 || c.green() < 235 || c.blue() < 235)
                ++ink;
        }
    }
    return all ? double(ink) / double(all) : 0;
}

// Opens `scratch` in a new session with a page on it and waits for the figures.
struct OpenPage
{
    registry::RegistrySession session;
    ui::OverviewPage page {session, sw::Clock()};
};
} // namespace

class TestUiOverview : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modelPassesTheTester();
    void sortingKeepsTotalsLast();
    void vietnameseNumbers();
    void providerColours();
    void emptyStateWithoutRegistry();
    void overviewOfKnownRegistry_data();
    void overviewOfKnownRegistry();
    void filterChangesReload_data();
    void filterChangesReload();
    void chartClicksAskForFindings();
    void exportsPdfAndPng();
    void screenshots();
    void thinningKeepsPeaks();
    void contractProblemsAreShown();
    void droppedConnectionIsRestored();
    void openFailureShowsDetailsOnlyOnRequest();
};

void TestUiOverview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QVERIFY(test::checkPostgresRequirement());
}

void TestUiOverview::modelPassesTheTester()
{
    ProviderOverviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ui::ProviderOverviewSortModel sorted;
    sorted.setSourceModel(&model);
    QAbstractItemModelTester sortedTester(&sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(ProviderOverviewModel::ColumnCount));
    model.setDashboard(handMadeOverview());
    QCOMPARE(model.rowCount(), 3); // two providers and the totals
    sorted.sort(ProviderOverviewModel::Certificates, Qt::DescendingOrder);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiOverview::sortingKeepsTotalsLast()
{
    ProviderOverviewModel model;
    model.setDashboard(handMadeOverview());
    ui::ProviderOverviewSortModel sorted;
    sorted.setSourceModel(&model);
    for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
        sorted.sort(ProviderOverviewModel::Certificates, order);
        QVERIFY(sorted.index(2, 0).data(ProviderOverviewModel::IsTotalsRole).toBool());
        const QString first
            = order == Qt::AscendingOrder ? QStringLiteral("ABC-CA") : QStringLiteral("VNPT-CA");
        QCOMPARE(raw(sorted, 0, ProviderOverviewModel::Code).toString(), first);
    }
    // Numbers sort as numbers, not as text ("300.012" < "3" as text).
    QCOMPARE(raw(sorted, 0, ProviderOverviewModel::Certificates).toLongLong(), 300012);
}

void TestUiOverview::vietnameseNumbers()
{
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    QCOMPARE(ui::LocaleFormat::count(1166547, vi), QStringLiteral("1.166.547"));
    QCOMPARE(ui::LocaleFormat::percent(42.5, vi), QStringLiteral("42,5\u00A0%"));
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(ui::LocaleFormat::count(1166547, en), QStringLiteral("1,166,547"));
    QCOMPARE(ui::LocaleFormat::percent(42.5, en), QStringLiteral("42.5%"));
    // The province's local time (UTC+7), whatever the machine's zone.
    QCOMPARE(ui::LocaleFormat::dateTime(QDateTime(QDate(2024, 1, 5), QTime(7, 30), Qt::UTC), vi),
             QStringLiteral("05/01/2024 14:30"));

    ProviderOverviewModel model;
    model.setLocale(vi);
    model.setDashboard(handMadeOverview());
    const int vnpt = rowOf(model, QStringLiteral("VNPT-CA"));
    QCOMPARE(shown(model, vnpt, ProviderOverviewModel::Requests), QStringLiteral("1.500"));
    QCOMPARE(shown(model, vnpt, ProviderOverviewModel::ServiceRate), QStringLiteral("77,7\u00A0%"));
    QCOMPARE(shown(model, vnpt, ProviderOverviewModel::DoorToDoor), QStringLiteral("300.000"));
    const int unknown = rowOf(model, QStringLiteral("ABC-CA"));
    QCOMPARE(raw(model, unknown, ProviderOverviewModel::OtherChannel).toLongLong(), 3);
    QCOMPARE(shown(model, unknown, ProviderOverviewModel::Status), QStringLiteral("Unknown provider"));
    QCOMPARE(shown(model, 2, ProviderOverviewModel::Certificates), QStringLiteral("300.015"));
    QCOMPARE(shown(model, 2, ProviderOverviewModel::Code), QStringLiteral("Total"));
}

void TestUiOverview::providerColours()
{
    const QStringList codes = ui::ProviderColors::knownCodes();
    QCOMPARE(codes.size(), 6);
    QSet<QRgb> colours;
    for (const QString &code : codes) {
        QVERIFY(ui::ProviderColors::color(code) != ui::ProviderColors::unknownColor());
        colours.insert(ui::ProviderColors::color(code).rgb());
    }
    QCOMPARE(colours.size(), 6); // one colour each
    QCOMPARE(ui::ProviderColors::color(QStringLiteral("NEW-CA")), ui::ProviderColors::unknownColor());

    ProviderOverviewModel model;
    model.setDashboard(handMadeOverview());
    const int vnpt = rowOf(model, QStringLiteral("VNPT-CA"));
    QCOMPARE(model.index(vnpt, ProviderOverviewModel::Code).data(Qt::DecorationRole).value<QColor>(),
             ui::ProviderColors::color(QStringLiteral("VNPT-CA")));
}

void TestUiOverview::emptyStateWithoutRegistry()
{
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    QSignalSpy wanted(&page, &ui::OverviewPage::findingCountsWanted);
    page.refresh(); // nothing open: nothing to count, no error shown
    statistics::Filter august;
    august.from = QDate(2023, 8, 1);
    august.to = QDate(2023, 8, 2);
    page.filterBar()->setFilter(august);
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    QCOMPARE(wanted.count(), 0);
    QVERIFY(!page.exportActions().first()->isEnabled());
}

void TestUiOverview::overviewOfKnownRegistry_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiOverview::overviewOfKnownRegistry()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    auto filled = (*scratch)->exec(knownRegistry);
    if (!filled)
        QFAIL(qPrintable(filled.error().fullText()));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy wanted(&page, &ui::OverviewPage::findingCountsWanted);
    session.open((*scratch)->spec(), (*scratch)->password());
    QCOMPARE(page.view(), ui::OverviewPage::View::Loading);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.first().at(1).value<registry::ContractReport>().ok());
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    // Opening asks the findings store for its counts, for the filter on show.
    QCOMPARE(wanted.count(), 1);
    QCOMPARE(wanted.first().first().value<statistics::Filter>(), statistics::Filter());

    const ProviderOverviewModel &model = *page.model();
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 5); // FPT, VIETTEL, VNPT, XYZ and the totals
    struct Expected
    {
        const char *code;
        qint64 doorToDoor, app, huesRequest, legacy, other, certificates, active, revoked, requests;
        double rate; // -1: no request due
        const char *status;
    };
    // The three requests were never completed: expired long ago, a 0 % rate.
    const Expected expected[] = {
        {"VNPT-CA", 2, 1, 0, 0, 0, 3, 2, 0, 1, 0, "Taking part"},
        {"VIETTEL-CA", 0, 0, 1, 1, 0, 2, 1, 1, 2, 0, "Taking part"},
        {"FPT-CA", 1, 0, 0, 0, 0, 1, 1, 0, 0, -1, "Excluded"},
        {"XYZ-CA", 0, 0, 0, 0, 1, 1, 1, 0, 0, -1, "Unknown provider"},
        {"", 3, 1, 1, 1, 1, 7, 5, 1, 3, 0, ""},
    };
    for (const Expected &e : expected) {
        const int row = *e.code ? rowOf(model, QLatin1String(e.code)) : model.rowCount() - 1;
        QVERIFY2(row >= 0, e.code);
        const qint64 numbers[] = {e.doorToDoor,   e.app,    e.huesRequest, e.legacy,  e.other,
                                  e.certificates, e.active, e.revoked,     e.requests};
        for (int column = ProviderOverviewModel::DoorToDoor; column < ProviderOverviewModel::ServiceRate;
             ++column)
            QCOMPARE(raw(model, row, column).toLongLong(),
                     numbers[column - ProviderOverviewModel::DoorToDoor]);
        QCOMPARE(raw(model, row, ProviderOverviewModel::ServiceRate).toDouble(), e.rate);
        QCOMPARE(shown(model, row, ProviderOverviewModel::Status), QLatin1String(e.status));
    }

    // Headline: 5 citizens with a signature (the technical error counts, §3.3), FPT-CA excluded,
    // no findings counts yet.
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("withSignatureCard"))->value(),
             QStringLiteral("5"));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("shareCard"))->value(),
             QStringLiteral("0,0\u00A0%"));
    QVERIFY(page.findChild<ui::StatCard *>(QStringLiteral("shareCard"))
                ->note()
                .contains(QStringLiteral("1.166.547")));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("excludedCard"))->value(), QStringLiteral("1"));
    QVERIFY(page.findChild<ui::StatCard *>(QStringLiteral("excludedCard"))
                ->note()
                .contains(QStringLiteral("FPT-CA")));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("findingsCard"))->value(), QStringLiteral("—"));
    const charts::ChartData findings = page.chart(ui::OverviewPage::Chart::Findings)->data();
    QVERIFY(findings.isEmpty());
    QCOMPARE(findings.emptyText, QStringLiteral("No scan yet"));
    // The charts have the providers with certificates, in the regulation's order; a code not among
    // the six (XYZ-CA) is the one "invalid code" entry, whose click asks for the findings of that
    // code, whatever their rule (XYZ-CA is not in `providers`: its records are DATA_QUALITY findings).
    QCOMPARE(page.chart(ui::OverviewPage::Chart::Channels)->data().categoryKeys,
             (QStringList {QStringLiteral("VNPT-CA"), QStringLiteral("VIETTEL-CA"), QStringLiteral("FPT-CA"),
                           statistics::invalidProviderKey()}));
    QCOMPARE(page.chart(ui::OverviewPage::Chart::Shares)->data().series.size(), 4);
    QSignalSpy requested(&page, &ui::OverviewPage::findingsRequested);
    Q_EMIT page.chart(ui::OverviewPage::Chart::Channels)
        ->activated(statistics::invalidProviderKey(), 3, std::nan(""));
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().value<statistics::Filter>().provider, QStringLiteral("XYZ-CA"));
    QVERIFY(requested.last().first().value<statistics::Filter>().rule.isEmpty());
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("providerLegend"))
                ->toolTip()
                .contains(QStringLiteral("XYZ-CA")));
    // The filter bar offers the registry's providers.
    auto *providerCombo = page.filterBar()->findChild<QComboBox *>(QStringLiteral("filterProvider"));
    QVERIFY(providerCombo->findData(QStringLiteral("XYZ-CA")) >= 0);

    // F5 counts again, on the same worker connection.
    page.refresh();
    QCOMPARE(page.view(), ui::OverviewPage::View::Loading);
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);

    QSignalSpy closed(&session, &registry::RegistrySession::closed);
    session.close();
    QCOMPARE(closed.count(), 1);
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    QCOMPARE(page.model()->rowCount(), 0);
}

void TestUiOverview::filterChangesReload_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiOverview::filterChangesReload()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec(knownRegistry));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy wanted(&page, &ui::OverviewPage::findingCountsWanted);
    session.open((*scratch)->spec(), (*scratch)->password());
    QTRY_COMPARE(ready.count(), 1);
    page.setFindingCounts({42, {{QStringLiteral("VNPT-CA"), {{QStringLiteral("LATE_UPDATE"), 40}}}}});
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("findingsCard"))->value(), QStringLiteral("42"));

    // A district: only Phú Vang's citizen 3 (VNPT-CA's technical error). The figures on show stay
    // while the new ones are counted; the findings counts are asked for again.
    statistics::Filter district;
    district.district = QStringLiteral("478");
    page.filterBar()->setFilter(district);
    QCOMPARE(wanted.count(), 2);
    QCOMPARE(wanted.last().first().value<statistics::Filter>(), district);
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("findingsCard"))->value(), QStringLiteral("—"));
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    QVERIFY(page.isCounting());
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(page.dashboard()->filter, district);
    QCOMPARE(page.dashboard()->totals.certificates, 1);
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("withSignatureCard"))->value(),
             QStringLiteral("1"));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("shareCard"))->value(),
             QStringLiteral("100,0\u00A0%"));

    // Two quick changes: only the last one's figures are shown.
    statistics::Filter provider;
    provider.provider = QStringLiteral("VIETTEL-CA");
    page.filterBar()->setFilter({});
    page.filterBar()->setFilter(provider);
    QTRY_VERIFY(!page.isCounting());
    QCOMPARE(page.dashboard()->filter, provider);
    QCOMPARE(page.model()->rowCount(), 2); // VIETTEL-CA and the totals
    QCOMPARE(page.dashboard()->totals.certificates, 2);
    // The remembered filter comes back.
    const QVariantMap state = page.filterState();
    page.filterBar()->setFilter({});
    QTRY_VERIFY(!page.isCounting());
    page.restoreFilterState(state);
    QCOMPARE(page.filter(), provider);
    QTRY_VERIFY(!page.isCounting());
    QCOMPARE(page.dashboard()->filter, provider);
}

void TestUiOverview::chartClicksAskForFindings()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec(knownRegistry));
    (*scratch)->closeWriter();
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 700);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    session.open((*scratch)->spec(), {});
    QTRY_COMPARE(ready.count(), 1);
    page.setFindingCounts({5,
                           {{QStringLiteral("VNPT-CA"), {{QStringLiteral("LATE_UPDATE"), 3}}},
                            {QStringLiteral("FPT-CA"), {{QStringLiteral("EXCLUDED_PROVIDER"), 2}}}}});
    QSignalSpy requested(&page, &ui::OverviewPage::findingsRequested);
    auto chartOf = [&page](ui::OverviewPage::Chart which) { return page.chart(which)->view()->chart(); };

    // A bar of the channel mix: the provider of its category.
    auto *channelBars
        = qobject_cast<QAbstractBarSeries *>(chartOf(ui::OverviewPage::Chart::Channels)->series().first());
    QVERIFY(channelBars);
    Q_EMIT channelBars->barSets().first()->clicked(1);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.last().first().value<statistics::Filter>().provider, QStringLiteral("VIETTEL-CA"));

    // A findings bar: provider and rule. Categories follow the regulation's order: VNPT-CA, FPT-CA.
    auto *findingBars
        = qobject_cast<QAbstractBarSeries *>(chartOf(ui::OverviewPage::Chart::Findings)->series().first());
    QVERIFY(findingBars);
    QCOMPARE(findingBars->barSets().size(), 13); // every rule of the catalogue, by code
    const QList<charts::ChartSeries> &ruleSeries
        = page.chart(ui::OverviewPage::Chart::Findings)->data().series;
    int late = 0;
    while (late < ruleSeries.size() && ruleSeries.at(late).key != QLatin1String("LATE_UPDATE"))
        ++late;
    QVERIFY(late < ruleSeries.size());
    Q_EMIT findingBars->barSets().at(late)->clicked(0);
    statistics::Filter f = requested.last().first().value<statistics::Filter>();
    QCOMPARE(f.provider, QStringLiteral("VNPT-CA"));
    QCOMPARE(f.rule, QStringLiteral("LATE_UPDATE"));

    // A pie slice.
    auto *pie = qobject_cast<QPieSeries *>(chartOf(ui::OverviewPage::Chart::Shares)->series().first());
    QVERIFY(pie);
    Q_EMIT pie->slices().at(2)->clicked();
    QCOMPARE(requested.last().first().value<statistics::Filter>().provider, QStringLiteral("FPT-CA"));

    // A point of the timeline: its provider and its day (per day: 1–6 August 2023 is short).
    const statistics::Dashboard &d = *page.dashboard();
    QCOMPARE(d.bucketDays, 1);
    auto *line = qobject_cast<QLineSeries *>(chartOf(ui::OverviewPage::Chart::Timeline)->series().at(1));
    QVERIFY(line);
    QCOMPARE(line->name(), QStringLiteral("VIETTEL-CA"));
    Q_EMIT line->clicked(QPointF(charts::DashboardChartData::xOfDay(QDate(2023, 8, 3)) + 3600000.0, 0));
    f = requested.last().first().value<statistics::Filter>();
    QCOMPARE(f.provider, QStringLiteral("VIETTEL-CA"));
    QCOMPARE(f.from, QDate(2023, 8, 3));
    QCOMPARE(f.to, QDate(2023, 8, 3));

    // The "invalid code" entry opens the findings of its codes (spec/rules.md): XYZ-CA is missing
    // from `providers`, so its records are DATA_QUALITY findings; BKAV_CA is in a registry's
    // `providers` but not among the six, so its records are judged by every rule and none is a
    // DATA_QUALITY finding (a DATA_QUALITY filter would list nothing of it).
    page.setFindingCounts({11,
                           {{QStringLiteral("VNPT-CA"), {{QStringLiteral("LATE_UPDATE"), 3}}},
                            {QStringLiteral("FPT-CA"), {{QStringLiteral("EXCLUDED_PROVIDER"), 2}}},
                            {QStringLiteral("XYZ-CA"), {{QStringLiteral("DATA_QUALITY"), 1}}},
                            {QStringLiteral("BKAV_CA"),
                             {{QStringLiteral("MISSING_LOOKUP"), 4}, {QStringLiteral("LATE_UPDATE"), 1}}}}});
    const charts::ChartData &findingData = page.chart(ui::OverviewPage::Chart::Findings)->data();
    const int invalidCategory = int(findingData.categoryKeys.indexOf(statistics::invalidProviderKey()));
    QCOMPARE(invalidCategory, 2); // VNPT-CA, FPT-CA, the invalid codes
    findingBars
        = qobject_cast<QAbstractBarSeries *>(chartOf(ui::OverviewPage::Chart::Findings)->series().first());
    QVERIFY(findingBars);
    auto clickRule = [&](const char *rule) {
        for (int i = 0; i < findingData.series.size(); ++i)
            if (findingData.series.at(i).key == QLatin1String(rule))
                Q_EMIT findingBars->barSets().at(i)->clicked(invalidCategory);
        return requested.last().first().value<statistics::Filter>();
    };
    // A rule's piece of the bar: that rule's findings of the code that has them.
    f = clickRule("MISSING_LOOKUP");
    QCOMPARE(f.provider, QStringLiteral("BKAV_CA"));
    QCOMPARE(f.rule, QStringLiteral("MISSING_LOOKUP"));
    f = clickRule("DATA_QUALITY");
    QCOMPARE(f.provider, QStringLiteral("XYZ-CA"));
    QCOMPARE(f.rule, QStringLiteral("DATA_QUALITY"));
    // Another chart's entry: any rule, the code with the most findings (BKAV_CA's 5 to XYZ-CA's 1).
    Q_EMIT page.chart(ui::OverviewPage::Chart::Channels)->activated(QStringLiteral("app"), 3, std::nan(""));
    f = requested.last().first().value<statistics::Filter>();
    QCOMPARE(f.provider, QStringLiteral("BKAV_CA"));
    QVERIFY(f.rule.isEmpty());
    const int clicks = int(requested.count());

    // A real mouse click in the middle of the channel mix's first bar (VNPT-CA, 100 % high).
    auto *channelChart = page.chart(ui::OverviewPage::Chart::Channels);
    QChart *chart = channelChart->view()->chart();
    const QPointF middle = chart->mapToPosition(QPointF(0, 50), channelBars);
    const QPoint click = channelChart->view()->mapFromScene(chart->mapToScene(middle));
    QTest::mouseClick(channelChart->view()->viewport(), Qt::LeftButton, {}, click);
    QTRY_COMPARE(requested.count(), clicks + 1);
    QCOMPARE(requested.last().first().value<statistics::Filter>().provider, QStringLiteral("VNPT-CA"));
}

void TestUiOverview::exportsPdfAndPng()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite, false);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    demo::DemoOptions options;
    options.citizens = 3000;
    QVERIFY(demo::generateDemoRegistry((*scratch)->writer(), options).ok());
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1146, 708);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    session.open((*scratch)->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
    page.setFindingCounts({17,
                           {{QStringLiteral("VNPT-CA"), {{QStringLiteral("LATE_UPDATE"), 9}}},
                            {QStringLiteral("VIETTEL-CA"), {{QStringLiteral("DUPLICATE_ISSUANCE"), 8}}}}});
    QList<QAction *> actions = page.exportActions();
    QCOMPARE(actions.size(), 2);
    QCOMPARE(actions.first()->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(actions.first()->isEnabled());

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("overview.pdf"));
    const auto written = page.exportPdf(pdf);
    QVERIFY2(written.ok(), qPrintable(written ? QString() : written.error().fullText()));

    // The text: title, filter, figures (Vietnamese number forms) as pdftotext reads them back.
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY2(text.waitForFinished(20000), "pdftotext (poppler-utils) is needed");
    const QString extracted = QString::fromUtf8(text.readAllStandardOutput()).simplified();
    QVERIFY2(extracted.contains(QStringLiteral("Digital signature campaign")), qPrintable(extracted));
    QVERIFY(extracted.contains(page.findChild<ui::StatCard *>(QStringLiteral("withSignatureCard"))->value()));
    QVERIFY(extracted.contains(QStringLiteral("17")));
    QVERIFY(extracted.contains(QStringLiteral("Period: all time")));
    QVERIFY(extracted.contains(QStringLiteral("VNPT-CA")));

    // The picture: the chart area (below the figures) is drawn, not blank.
    QProcess picture;
    const QString prefix = dir.filePath(QStringLiteral("page"));
    picture.start(QStringLiteral("pdftoppm"),
                  {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
                   QStringLiteral("-singlefile"), pdf, prefix});
    QVERIFY(picture.waitForFinished(20000));
    const QImage image(prefix + QStringLiteral(".png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > image.height()); // landscape
    const QRect chartArea(0, image.height() / 3, image.width(), image.height() / 2);
    const double ink = inkShare(image, chartArea);
    QVERIFY2(ink > 0.03, qPrintable(QString::number(ink)));
    image.save(QDir(screenshotDir()).filePath(QStringLiteral("overview-export-pdf.png")));
    QFile::remove(QDir(screenshotDir()).filePath(QStringLiteral("overview-export.pdf")));
    QFile::copy(pdf, QDir(screenshotDir()).filePath(QStringLiteral("overview-export.pdf")));

    // PNGs: one per chart, none blank.
    const auto pngs = page.exportChartsPng(dir.path());
    QVERIFY(pngs.ok());
    for (const char *name : {"chart-timeline", "chart-shares", "chart-channels", "chart-delays",
                             "chart-findings", "chart-service-rate"}) {
        const QImage png(dir.filePath(QLatin1String(name) + QStringLiteral(".png")));
        QVERIFY2(!png.isNull(), name);
        QCOMPARE(png.size(), ui::ChartExport::logicalSize() * 2);
        QVERIFY2(inkShare(png, png.rect().adjusted(0, png.height() / 8, 0, 0)) > 0.02, name);
    }
    QVERIFY(
        page.exportChartPng(ui::OverviewPage::Chart::Delays, dir.filePath(QStringLiteral("one.png"))).ok());
    QVERIFY(QFile::exists(dir.filePath(QStringLiteral("one.png"))));
    QVERIFY(!page.exportPdf(QStringLiteral("/nonexistent/folder/overview.pdf")).ok());
}

void TestUiOverview::screenshots()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite, false);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    demo::DemoOptions options;
    options.citizens = 6000;
    QVERIFY(demo::generateDemoRegistry((*scratch)->writer(), options).ok());
    (*scratch)->closeWriter();
    const QString dir = screenshotDir();
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        settings::installTranslations(*qApp, language);
        QLocale::setDefault(language == QLatin1String("vi")
                                ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                : QLocale(QLocale::English, QLocale::UnitedKingdom));
        registry::RegistrySession session;
        // The page's share of a 1366×768 window (navigation, menu and status bar take the rest).
        ui::OverviewPage page(session, sw::Clock());
        page.resize(1146, 708);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
        session.open((*scratch)->spec(), {});
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 20000);
        page.setFindingCounts(
            {2713,
             {{QStringLiteral("VNPT-CA"),
               {{QStringLiteral("LATE_UPDATE"), 900}, {QStringLiteral("MISSING_LOOKUP"), 400}}},
              {QStringLiteral("VIETTEL-CA"),
               {{QStringLiteral("DUPLICATE_ISSUANCE"), 300}, {QStringLiteral("LATE_UPDATE"), 500}}},
              {QStringLiteral("MISA-CA"), {{QStringLiteral("REQUEST_EXPIRED"), 250}}},
              {QStringLiteral("CA2"), {{QStringLiteral("EXCLUDED_PROVIDER"), 363}}}}});
        QTest::qWait(50);
        const QString path = QDir(dir).filePath(QStringLiteral("overview-dashboard-%1.png").arg(language));
        const QImage shot = page.grab().toImage();
        QVERIFY(shot.save(path));
        qInfo("screenshot %s", qPrintable(path));
        // What the picture shows: the headline figure, and each provider's line with its colour.
        const QString withSignature
            = page.findChild<ui::StatCard *>(QStringLiteral("withSignatureCard"))->value();
        QVERIFY2(test::showsText(&page, withSignature), test::describeScreen(&page));
        for (int row = 0; row < page.table()->model()->rowCount(); ++row) {
            const QModelIndex code = page.table()->model()->index(row, ProviderOverviewModel::Code);
            if (page.table()->viewport()->rect().contains(page.table()->visualRect(code)))
                QVERIFY2(test::decorationShown(shot, page.table(), code, &page),
                         qPrintable(code.data().toString()));
        }
        // The whole chart grid, scrolled or not: every provider's colour and every rule's colour
        // of the findings chart are painted in it.
        const QImage charts
            = page.findChild<QScrollArea *>(QStringLiteral("chartScroll"))->widget()->grab().toImage();
        QVERIFY(charts.save(QDir(dir).filePath(QStringLiteral("overview-charts-%1.png").arg(language))));
        for (const QString &code : ui::ProviderColors::knownCodes()) {
            const int pixels = test::pixelsOf(charts, charts.rect(), ui::ProviderColors::color(code), 2);
            QVERIFY2(pixels >= 50, qPrintable(QStringLiteral("%1: %2 pixels").arg(code).arg(pixels)));
        }
        // The findings chart's legend names every rule of the catalogue as people say them, with its
        // count (0 for a rule that found nothing); a click still gives the code. Each entry is shown
        // whole inside the chart (a legend taller than its chart hides entries).
        const bool vi = language == QLatin1String("vi");
        const ui::charts::DashboardChart *findingsChart = page.chart(ui::OverviewPage::Chart::Findings);
        auto *findingBars
            = qobject_cast<QAbstractBarSeries *>(findingsChart->view()->chart()->series().first());
        QVERIFY(findingBars);
        QStringList legend;
        QStringList found;
        for (const QBarSet *set : findingBars->barSets()) {
            legend << set->label();
            if (!set->label().endsWith(QLatin1String(" (0)")))
                found << set->label();
        }
        QCOMPARE(legend.size(), 13);
        QCOMPARE(
            found,
            vi ? QStringList({QStringLiteral("Cấp trùng (300)"), QStringLiteral("Cấp sau khi bị loại (363)"),
                              QStringLiteral("Cập nhật chậm (1.400)"),
                              QStringLiteral("Không tra cứu Hue-S (400)"),
                              QStringLiteral("Quá hạn 48 giờ (250)")})
               : QStringList({QStringLiteral("Duplicate issuance (300)"),
                              QStringLiteral("Issued after exclusion (363)"),
                              QStringLiteral("Late update (1,400)"), QStringLiteral("No Hue-S look-up (400)"),
                              QStringLiteral("Request over 48 hours (250)")}));
        QStringList shownWhole;
        const QRectF inView
            = findingsChart->view()->mapToScene(findingsChart->view()->viewport()->rect()).boundingRect();
        for (QGraphicsItem *item : findingsChart->view()->scene()->items())
            if (auto *text = dynamic_cast<QGraphicsTextItem *>(item);
                text && text->isVisible() && inView.contains(text->mapRectToScene(text->boundingRect())))
                shownWhole << text->toPlainText();
        for (const QString &entry : std::as_const(legend))
            QVERIFY2(shownWhole.contains(entry),
                     qPrintable(entry + QStringLiteral(" not shown whole: ")
                                + shownWhole.join(QStringLiteral(" | "))));
        const QString serviceTip = page.chart(ui::OverviewPage::Chart::ServiceRate)->toolTip();
        QVERIFY2(serviceTip.contains(vi ? QStringLiteral("“Quá hạn 48 giờ”")
                                        : QStringLiteral("“Request over 48 hours”")),
                 qPrintable(serviceTip));
        QVERIFY2(!serviceTip.contains(u'_'), qPrintable(serviceTip));
        for (const char *rule : {"LATE_UPDATE", "MISSING_LOOKUP", "DUPLICATE_ISSUANCE", "REQUEST_EXPIRED",
                                 "EXCLUDED_PROVIDER"}) {
            const QColor colour = ui::charts::DashboardChartData::ruleColor(QLatin1String(rule));
            const int pixels = test::pixelsOf(charts, charts.rect(), colour, 2);
            QVERIFY2(pixels >= 30,
                     qPrintable(QStringLiteral("%1: %2 pixels").arg(QLatin1String(rule)).arg(pixels)));
        }
        // The frame does not scroll sideways: the chart grid fits. (The provider table may scroll
        // inside itself: the Vietnamese column names are wider than the English ones.)
        QVERIFY(!page.findChild<QScrollArea *>(QStringLiteral("chartScroll"))
                     ->horizontalScrollBar()
                     ->isVisible());
    }
    // Back to the source texts the other tests read, with Vietnamese numbers.
    settings::installTranslations(*qApp, QStringLiteral("en"));
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
}

void TestUiOverview::thinningKeepsPeaks()
{
    QList<QPointF> points;
    for (int i = 0; i < 100000; ++i)
        points.append(QPointF(i, (i == 31337) ? 1000.0 : double(i % 7)));
    const QList<QPointF> thinned = charts::thinToColumns(points, 500);
    QVERIFY(thinned.size() <= 4 * 500);
    QVERIFY(thinned.size() >= 500);
    QCOMPARE(thinned.first(), points.first());
    QCOMPARE(thinned.last(), points.last());
    QVERIFY(std::any_of(thinned.cbegin(), thinned.cend(), [](const QPointF &p) { return p.y() == 1000.0; }));
    QVERIFY(std::is_sorted(thinned.cbegin(), thinned.cend(),
                           [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    // Short lines come back as they are.
    const QList<QPointF> few = {QPointF(0, 1), QPointF(1, 5), QPointF(2, 3)};
    QCOMPARE(charts::thinToColumns(few, 500), few);
}

void TestUiOverview::droppedConnectionIsRestored()
{
    if (!test::enginesUnderTest().contains(connection::Engine::Postgres))
        QSKIP("needs PostgreSQL (SIGNWATCH_TEST_PG)");
    auto scratch = test::ScratchRegistry::create(connection::Engine::Postgres);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec(knownRegistry));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy lost(&session, &registry::RegistrySession::connectionLost);
    session.open((*scratch)->spec(), (*scratch)->password());
    QTRY_COMPARE(ready.count(), 1);

    // The server drops the session's connection (a restart, an administrator, a network cut).
    auto admin = registry::RegistryConnection::open(
        *connection::ConnectionSpec::parse(qEnvironmentVariable("SIGNWATCH_TEST_PG")),
        qEnvironmentVariable("PGPASSWORD"), registry::RegistryConnection::Mode::Write);
    if (!admin)
        QFAIL(qPrintable(admin.error().fullText()));
    QSqlQuery kill((*admin)->database());
    QVERIFY(kill.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                     "WHERE datname = '%1' AND pid <> pg_backend_pid()")
                          .arg((*scratch)->spec().database)));

    page.refresh(); // ensureAlive() reconnects before counting
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(lost.count(), 0);
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    QCOMPARE(page.model()->rowCount(), 5);
}

void TestUiOverview::contractProblemsAreShown()
{
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec({QStringLiteral("DROP TABLE service_requests")}));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.show();
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    session.open((*scratch)->spec(), {});
    QTRY_COMPARE(page.view(), ui::OverviewPage::View::Error);
    QCOMPARE(opened.count(), 1);
    QVERIFY(!opened.first().at(1).value<registry::ContractReport>().ok());
    auto *warning = page.findChild<ui::ErrorPanel *>(QStringLiteral("contractWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->details().contains(QStringLiteral("service_requests")));
    QVERIFY(!page.exportActions().first()->isEnabled());
}

void TestUiOverview::openFailureShowsDetailsOnlyOnRequest()
{
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.show();
    QSignalSpy failed(&session, &registry::RegistrySession::openFailed);
    connection::ConnectionSpec spec;
    spec.path = QStringLiteral("/nonexistent/registry.sqlite");
    session.open(spec, {});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(session.state(), registry::RegistrySession::State::Closed);
    QCOMPARE(page.view(), ui::OverviewPage::View::Error);
    auto *error = page.findChild<ui::ErrorPanel *>(QStringLiteral("overviewError"));
    QCOMPARE(error->message(),
             QCoreApplication::translate("Registry", "The registry file %1 does not exist.").arg(spec.path));
    QVERIFY(!error->detailsVisible());
}

QTEST_MAIN(TestUiOverview)
#include "tst_ui_overview.moc"
