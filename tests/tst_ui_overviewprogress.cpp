// Issue 17, "quick to the first picture": while the overview's figures are counted, each card and
// chart fills in as its figures arrive (OverviewPage::showPartial, fed by loadDashboard's
// progress); the others keep saying "Counting…" until the whole count is there.
#include "ScratchRegistry.h"
#include "dashboard/OverviewPage.h"
#include "dashboard/ProviderOverviewModel.h"
#include "dashboard/charts/DashboardChart.h"
#include "registry/RegistrySession.h"
#include "widgets/FilterBar.h"
#include "widgets/StatCard.h"

#include <QAction>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sw;
using Chart = sw::ui::OverviewPage::Chart;
using statistics::DashboardFigure;
using statistics::DashboardFigures;

namespace {
// Two citizens in two districts, a certificate each, and a request served in time.
const QStringList twoDistricts = {
    QStringLiteral(
        "INSERT INTO providers (code, name, excluded_at) VALUES "
        "('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL), ('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL)"),
    QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                   "('046090000011', 'Nguyễn Văn K', '474'), ('046090000012', 'Trần Thị L', '478')"),
    QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, activated_at, "
                   "recorded_at) VALUES (1, '046090000011', 'VNPT-CA', 'door_to_door', 'active', "
                   "'2023-08-01T00:50:00Z', '2023-08-01T01:00:00Z'), (2, '046090000012', 'VIETTEL-CA', "
                   "'app', 'active', '2023-08-02T00:59:00Z', '2023-08-02T01:00:00Z')"),
    QStringLiteral(
        "INSERT INTO service_requests (id, citizen_id, provider_code, mode, registered_at, completed_at) "
        "VALUES (1, '046090000011', 'VNPT-CA', 'home', '2023-08-01T00:00:00Z', '2023-08-01T05:00:00Z')"),
};

QString cardValue(const ui::OverviewPage &page, const char *name)
{
    return page.findChild<ui::StatCard *>(QLatin1String(name))->value();
}

bool counting(const ui::OverviewPage &page, Chart which)
{
    return page.chart(which)->data().emptyText == QStringLiteral("Counting…");
}

// Drawn with figures: a title, series or boxes, and no text in place of them.
bool drawn(const ui::OverviewPage &page, Chart which)
{
    const auto &data = page.chart(which)->data();
    return data.emptyText.isEmpty() && (!data.series.isEmpty() || !data.boxes.isEmpty());
}
} // namespace

class TestUiOverviewProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void partialFillsOnlyItsFigures();
    void partialsOutsideTheFrameAreIgnored();
    void countsFillInAsTheyGo_data();
    void countsFillInAsTheyGo();
};

void TestUiOverviewProgress::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QVERIFY(test::checkPostgresRequirement());
}

// Partial counts handed to the page directly: deterministic, whatever the registry's timing.
void TestUiOverviewProgress::partialFillsOnlyItsFigures()
{
    auto scratch = test::ScratchRegistry::filled(connection::Engine::Sqlite, twoDistricts);
    QVERIFY(scratch);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy partial(&page, &ui::OverviewPage::partialShown);
    session.open(scratch->spec(), scratch->password());
    QTRY_COMPARE(ready.count(), 1);
    const statistics::Dashboard whole = *page.dashboard();

    // F5: the frame again, every figure counting; the answer cannot arrive before the event loop runs.
    page.refresh();
    QVERIFY(page.isCounting());
    partial.clear();
    for (Chart which : {Chart::Timeline, Chart::Shares, Chart::Channels, Chart::Delays, Chart::ServiceRate})
        QVERIFY(counting(page, which));

    // The timeline and the shares arrive: those two charts are drawn, the rest still count.
    page.showPartial(whole, DashboardFigure::Timeline | DashboardFigure::Shares);
    QCOMPARE(partial.count(), 1);
    QVERIFY(drawn(page, Chart::Timeline));
    QVERIFY(drawn(page, Chart::Shares));
    QVERIFY(counting(page, Chart::Channels));
    QVERIFY(counting(page, Chart::Delays));
    QVERIFY(counting(page, Chart::ServiceRate));
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("Counting…"));
    QCOMPARE(cardValue(page, "shareCard"), QStringLiteral("Counting…"));
    QCOMPARE(cardValue(page, "excludedCard"), QStringLiteral("Counting…"));
    QCOMPARE(page.model()->rowCount(), 0); // the table waits for every figure
    QCOMPARE(page.view(), ui::OverviewPage::View::Loading);
    QVERIFY(!page.exportActions().first()->isEnabled());
    QCOMPARE(page.partialFigures(), DashboardFigure::Timeline | DashboardFigure::Shares);

    // The cards and the 48-hour rate next (the timeline again: nothing new for it).
    page.showPartial(whole,
                     DashboardFigure::Timeline | DashboardFigure::Shares | DashboardFigure::Cards
                         | DashboardFigure::ServiceRate);
    QCOMPARE(partial.count(), 2);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));
    QCOMPARE(cardValue(page, "excludedCard"), QStringLiteral("0"));
    QVERIFY(cardValue(page, "shareCard") != QStringLiteral("Counting…"));
    QVERIFY(drawn(page, Chart::ServiceRate));
    QVERIFY(counting(page, Chart::Channels));
    QVERIFY(counting(page, Chart::Delays));
    // The same figures once more: nothing to fill in.
    page.showPartial(whole, DashboardFigure::Cards);
    QCOMPARE(partial.count(), 2);

    // The whole count replaces the frame.
    QTRY_COMPARE(ready.count(), 2);
    for (Chart which : {Chart::Timeline, Chart::Shares, Chart::Channels, Chart::Delays, Chart::ServiceRate})
        QVERIFY(drawn(page, which));
    QCOMPARE(page.model()->rowCount(), 3); // two providers and the totals
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
}

void TestUiOverviewProgress::partialsOutsideTheFrameAreIgnored()
{
    auto scratch = test::ScratchRegistry::filled(connection::Engine::Sqlite, twoDistricts);
    QVERIFY(scratch);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy partial(&page, &ui::OverviewPage::partialShown);
    session.open(scratch->spec(), scratch->password());
    QTRY_COMPARE(ready.count(), 1);
    const int partialsWhileOpening = int(partial.count());

    // No count under way: a late partial changes nothing.
    statistics::Dashboard empty;
    page.showPartial(empty, DashboardFigure::Timeline | DashboardFigure::Cards);
    QCOMPARE(partial.count(), partialsWhileOpening);
    QVERIFY(drawn(page, Chart::Timeline));
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));

    // A new filter is counted with the previous figures on show: they stay until the whole
    // count replaces them, never mixed with a part of the new one.
    statistics::Filter phuVang;
    phuVang.district = QStringLiteral("478");
    page.filterBar()->setFilter(phuVang);
    QVERIFY(page.isCounting());
    page.showPartial(empty, DashboardFigure::Timeline | DashboardFigure::Cards);
    QCOMPARE(partial.count(), partialsWhileOpening);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("1"));
}

void TestUiOverviewProgress::countsFillInAsTheyGo_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

// Through the registry: the counting groups' partial counts reach the page before the whole
// (each engine counts in three groups or more, none of which completes every figure alone).
void TestUiOverviewProgress::countsFillInAsTheyGo()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::filled(engine, twoDistricts);
    QVERIFY(scratch);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QList<DashboardFigures> partials;
    QList<int> drawnCharts; // charts drawn at each partial
    connect(&page, &ui::OverviewPage::partialShown, this, [&](DashboardFigures complete) {
        QCOMPARE(ready.count(), 0);
        partials << complete;
        int charts = 0;
        for (Chart which :
             {Chart::Timeline, Chart::Shares, Chart::Channels, Chart::Delays, Chart::ServiceRate})
            charts += drawn(page, which) ? 1 : 0;
        drawnCharts << charts;
    });
    session.open(scratch->spec(), scratch->password());
    QTRY_COMPARE(ready.count(), 1);
    QVERIFY(!partials.isEmpty());
    QVERIFY(partials.last() != statistics::allDashboardFigures);
    QVERIFY(drawnCharts.first() < 5); // something still counting at the first partial
    QVERIFY(drawnCharts.first() > 0 || (partials.first() & DashboardFigure::Cards));
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));
}

QTEST_MAIN(TestUiOverviewProgress)
#include "tst_ui_overviewprogress.moc"
