// Issue 17, "quick to the first picture": the overview page keeps the figures it counted last, so
// that a filter seen a moment ago comes back without a query, and shows its frame (cards and charts
// saying "Counting…") as soon as a registry opens. F5 counts again; another registry starts afresh.
#include "ScratchRegistry.h"
#include "dashboard/DashboardCache.h"
#include "dashboard/OverviewPage.h"
#include "dashboard/charts/DashboardChart.h"
#include "registry/RegistrySession.h"
#include "widgets/FilterBar.h"
#include "widgets/StatCard.h"

#include <QAction>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sw;
using Chart = sw::ui::OverviewPage::Chart;

namespace {
// Two citizens in two districts, a certificate each.
const QStringList twoDistricts = {
    QStringLiteral(
        "INSERT INTO providers (code, name, excluded_at) VALUES "
        "('VNPT-CA', 'VNPT Thừa Thiên Huế', NULL), ('VIETTEL-CA', 'Viettel Thừa Thiên Huế', NULL)"),
    QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                   "('046090000011', 'Nguyễn Văn K', '474'), ('046090000012', 'Trần Thị L', '478')"),
    QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, recorded_at) "
                   "VALUES (1, '046090000011', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T01:00:00Z'), "
                   "(2, '046090000012', 'VIETTEL-CA', 'app', 'active', '2023-08-02T01:00:00Z')"),
};
// Another registry: three certificates, none in Phú Vang (478).
const QStringList oneDistrict = {
    QStringLiteral(
        "INSERT INTO providers (code, name, excluded_at) VALUES ('VNPT-CA', 'VNPT Thừa Thiên Huế', "
        "NULL)"),
    QStringLiteral("INSERT INTO citizens (citizen_id, full_name, district_code) VALUES "
                   "('046090000021', 'Lê Văn M', '474'), ('046090000022', 'Phạm Thị N', '474'), "
                   "('046090000023', 'Hoàng Văn O', '474')"),
    QStringLiteral("INSERT INTO certificates (id, citizen_id, provider_code, channel, status, recorded_at) "
                   "VALUES (1, '046090000021', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T01:00:00Z'), "
                   "(2, '046090000022', 'VNPT-CA', 'door_to_door', 'active', '2023-08-01T02:00:00Z'), "
                   "(3, '046090000023', 'VNPT-CA', 'app', 'active', '2023-08-01T03:00:00Z')"),
};

QString cardValue(const ui::OverviewPage &page, const char *name)
{
    return page.findChild<ui::StatCard *>(QLatin1String(name))->value();
}

statistics::Filter inDistrict(const char *code)
{
    statistics::Filter filter;
    filter.district = QLatin1String(code);
    return filter;
}

const QDateTime countedAt(QDate(2026, 12, 3), QTime(9, 0), Qt::UTC);

statistics::Dashboard counted(qint64 certificates, const QDateTime &at = countedAt)
{
    statistics::Dashboard dashboard;
    dashboard.totals.certificates = certificates;
    dashboard.asOf = at;
    return dashboard;
}
} // namespace

class TestUiOverviewCache : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cacheKeepsTheLatest();
    void oldFiguresAreCountedAgain();
    void frameShowsAtOnce();
    void seenFiltersNeedNoQuery_data();
    void seenFiltersNeedNoQuery();
    void anotherRegistryCountsAfresh();
};

void TestUiOverviewCache::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    QVERIFY(test::checkPostgresRequirement());
}

void TestUiOverviewCache::cacheKeepsTheLatest()
{
    ui::DashboardCache cache(3);
    const auto key = [](const char *district) {
        return ui::DashboardCache::Key {QStringLiteral("sqlite:/a.db"), QDate(2026, 12, 3),
                                        inDistrict(district), 172800};
    };
    cache.insert(key("474"), counted(1));
    cache.insert(key("476"), counted(2));
    cache.insert(key("478"), counted(3));
    QCOMPARE(cache.size(), 3);
    // 474 used last: 476 is now the oldest and goes when a fourth comes.
    QCOMPARE(cache.find(key("474"), countedAt)->totals.certificates, 1);
    cache.insert(key("481"), counted(4));
    QCOMPARE(cache.size(), 3);
    QVERIFY(!cache.find(key("476"), countedAt));
    QCOMPARE(cache.find(key("478"), countedAt)->totals.certificates, 3);
    QCOMPARE(cache.find(key("481"), countedAt)->totals.certificates, 4);
    // Counting the same key again replaces its figures.
    cache.insert(key("481"), counted(5));
    QCOMPARE(cache.size(), 3);
    QCOMPARE(cache.find(key("481"), countedAt)->totals.certificates, 5);

    // Every part of the key tells entries apart.
    ui::DashboardCache::Key other = key("474");
    other.registryKey = QStringLiteral("sqlite:/b.db");
    QVERIFY(!cache.find(other, countedAt));
    other = key("474");
    other.asOfDay = other.asOfDay.addDays(1);
    QVERIFY(!cache.find(other, countedAt));
    other = key("474");
    other.requestDeadlineSeconds = 3600;
    QVERIFY(!cache.find(other, countedAt));
    QVERIFY(cache.find(key("474"), countedAt));
    cache.clear();
    QCOMPARE(cache.size(), 0);
    QVERIFY(!cache.find(key("474"), countedAt));
    QCOMPARE(ui::DashboardCache().capacity(), 8);
}

// Figures counted more than the maximum age ago are counted again (a registry in use receives
// records all day); at exactly the maximum age they are still shown.
void TestUiOverviewCache::oldFiguresAreCountedAgain()
{
    ui::DashboardCache cache(8, 600);
    const ui::DashboardCache::Key key {QStringLiteral("sqlite:/a.db"), QDate(2026, 12, 3), {}, 172800};
    cache.insert(key, counted(7));
    QCOMPARE(cache.find(key, countedAt.addSecs(600))->totals.certificates, 7);
    QVERIFY(!cache.find(key, countedAt.addSecs(601)));
    QCOMPARE(cache.size(), 0);
    // Figures without their time are not trusted.
    cache.insert(key, counted(8, QDateTime()));
    QVERIFY(!cache.find(key, countedAt));
    QCOMPARE(ui::DashboardCache().maxAgeSeconds(), 600);
}

void TestUiOverviewCache::frameShowsAtOnce()
{
    auto scratch = test::ScratchRegistry::filled(connection::Engine::Sqlite, twoDistricts);
    QVERIFY(scratch);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();

    // What the page shows the moment the registry is open, before any figure is counted.
    QString withSignature, share, findings, timelineText, timelineTitle, note;
    bool counting = false;
    bool exportEnabled = true;
    ui::OverviewPage::View view = ui::OverviewPage::View::NoRegistry;
    bool contentVisible = false;
    qsizetype shownAtOpen = -1;
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    connect(&session, &registry::RegistrySession::opened, this, [&] {
        withSignature = cardValue(page, "withSignatureCard");
        share = cardValue(page, "shareCard");
        findings = cardValue(page, "findingsCard");
        timelineText = page.chart(Chart::Timeline)->data().emptyText;
        timelineTitle = page.chart(Chart::Timeline)->data().title;
        note = page.findChild<QLabel *>(QStringLiteral("countedAt"))->text();
        counting = page.isCounting();
        exportEnabled = page.exportActions().first()->isEnabled();
        view = page.view();
        contentVisible = page.findChild<QWidget *>(QStringLiteral("providerTable"))->isVisible();
        shownAtOpen = ready.count();
    });
    session.open(scratch->spec(), scratch->password());
    QTRY_VERIFY(counting);
    QCOMPARE(shownAtOpen, 0);
    QCOMPARE(withSignature, QStringLiteral("Counting…"));
    QCOMPARE(share, QStringLiteral("Counting…"));
    QCOMPARE(findings, QStringLiteral("—")); // the findings store's answer: no scan yet
    QCOMPARE(timelineText, QStringLiteral("Counting…"));
    QVERIFY(!timelineTitle.isEmpty()); // the chart's frame, with its title
    QCOMPARE(note, QStringLiteral("Counting certificates and requests in the registry…"));
    QVERIFY(contentVisible); // the cards, the charts and the table are on show
    QCOMPARE(view, ui::OverviewPage::View::Loading); // no figures yet
    QVERIFY(!exportEnabled); // nothing to export yet

    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));
    QVERIFY(page.chart(Chart::Timeline)->data().emptyText.isEmpty());
    QVERIFY(page.exportActions().first()->isEnabled());
}

void TestUiOverviewCache::seenFiltersNeedNoQuery_data()
{
    QTest::addColumn<connection::Engine>("engine");
    test::addEngineRows();
}

void TestUiOverviewCache::seenFiltersNeedNoQuery()
{
    QFETCH(connection::Engine, engine);
    auto scratch = test::ScratchRegistry::filled(engine, twoDistricts);
    QVERIFY(scratch);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    QSignalSpy wanted(&page, &ui::OverviewPage::findingCountsWanted);
    session.open(scratch->spec(), scratch->password());
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(page.countsRequested(), 1);
    QCOMPARE(page.dashboard()->totals.certificates, 2);

    // A new filter is counted in the registry.
    page.filterBar()->setFilter(inDistrict("478"));
    QVERIFY(page.isCounting());
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(page.countsRequested(), 2);
    QCOMPARE(page.dashboard()->totals.certificates, 1);

    // Back to all districts, then to Phú Vang again: at once, without a query; the findings
    // store is still asked for its counts of each.
    const int wantedBefore = int(wanted.count());
    page.filterBar()->setFilter({});
    QVERIFY(!page.isCounting());
    QCOMPARE(ready.count(), 3);
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);
    QCOMPARE(page.dashboard()->filter, statistics::Filter());
    QCOMPARE(page.dashboard()->totals.certificates, 2);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("2"));
    page.filterBar()->setFilter(inDistrict("478"));
    QVERIFY(!page.isCounting());
    QCOMPARE(ready.count(), 4);
    QCOMPARE(page.dashboard()->totals.certificates, 1);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("1"));
    QCOMPARE(page.countsRequested(), 2);
    QCOMPARE(wanted.count(), wantedBefore + 2);

    // A count under way for a new filter is dropped when the user goes back to a seen one.
    page.filterBar()->setFilter(inDistrict("474"));
    QVERIFY(page.isCounting());
    page.filterBar()->setFilter({});
    QVERIFY(!page.isCounting());
    QCOMPARE(page.countsRequested(), 3);
    const int shownBefore = int(ready.count());
    QTest::qWait(300);
    QCOMPARE(ready.count(), shownBefore);
    QCOMPARE(page.dashboard()->filter, statistics::Filter());

    // F5 counts again, cache or not, showing the frame meanwhile; the new figures are kept.
    page.refresh();
    QCOMPARE(page.countsRequested(), 4);
    QVERIFY(page.isCounting());
    QCOMPARE(page.view(), ui::OverviewPage::View::Loading);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("Counting…"));
    QTRY_COMPARE(ready.count(), shownBefore + 1);
    QCOMPARE(page.dashboard()->totals.certificates, 2);
    page.filterBar()->setFilter(inDistrict("478"));
    page.filterBar()->setFilter({});
    QVERIFY(!page.isCounting());
    QCOMPARE(page.countsRequested(), 4);

    // Closing forgets the figures: the same registry opened again counts anew.
    session.close();
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    session.open(scratch->spec(), scratch->password());
    QTRY_COMPARE(page.view(), ui::OverviewPage::View::Content);
    QCOMPARE(page.countsRequested(), 5);
    page.filterBar()->setFilter(inDistrict("478"));
    QVERIFY(page.isCounting());
    QCOMPARE(page.countsRequested(), 6);
    QTRY_VERIFY(!page.isCounting());
}

void TestUiOverviewCache::anotherRegistryCountsAfresh()
{
    auto first = test::ScratchRegistry::filled(connection::Engine::Sqlite, twoDistricts);
    auto second = test::ScratchRegistry::filled(connection::Engine::Sqlite, oneDistrict);
    QVERIFY(first && second);
    registry::RegistrySession session;
    ui::OverviewPage page(session, sw::Clock());
    page.resize(1100, 600);
    page.show();
    QSignalSpy ready(&page, &ui::OverviewPage::dashboardShown);
    session.open(first->spec(), first->password());
    QTRY_COMPARE(ready.count(), 1);
    page.filterBar()->setFilter(inDistrict("478"));
    QTRY_COMPARE(ready.count(), 2);
    QCOMPARE(page.dashboard()->totals.certificates, 1);

    // The second registry replaces the first while it is open: none of the first one's figures
    // are shown for it, for the filter on show nor for the one seen before.
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    session.open(second->spec(), second->password());
    QTRY_COMPARE(opened.count(), 1);
    QTRY_COMPARE(ready.count(), 3);
    QCOMPARE(page.countsRequested(), 3);
    QCOMPARE(page.dashboard()->filter, inDistrict("478"));
    QCOMPARE(page.dashboard()->totals.certificates, 0);
    page.filterBar()->setFilter({});
    QVERIFY(page.isCounting());
    QTRY_COMPARE(ready.count(), 4);
    QCOMPARE(page.countsRequested(), 4);
    QCOMPARE(page.dashboard()->totals.certificates, 3);
    QCOMPARE(cardValue(page, "withSignatureCard"), QStringLiteral("3"));
}

QTEST_MAIN(TestUiOverviewCache)
#include "tst_ui_overviewcache.moc"
