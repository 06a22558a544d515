// The overview page and its model: numbers counted in a small registry with known contents, on
// SQLite and PostgreSQL, shown in Vietnamese form.
#include "ErrorPanel.h"
#include "LocaleFormat.h"
#include "OverviewPage.h"
#include "ProviderColors.h"
#include "ProviderOverviewModel.h"
#include "ProviderOverviewSortModel.h"
#include "ScratchRegistry.h"
#include "StatCard.h"
#include "registry/RegistryConnection.h"
#include "registry/RegistrySession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace sw;
using sw::ui::ProviderOverviewModel;

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

statistics::Overview handMadeOverview()
{
    statistics::ProviderOverview vnpt;
    vnpt.code = QStringLiteral("VNPT-CA");
    vnpt.name = QStringLiteral("VNPT Thừa Thiên Huế");
    vnpt.certificatesByChannel = {{QStringLiteral("door_to_door"), 300000}, {QStringLiteral("app"), 12}};
    vnpt.certificates = 300012;
    vnpt.activeCertificates = 300000;
    vnpt.requests = 1500;
    vnpt.lookups = 1166547;
    statistics::ProviderOverview unknown;
    unknown.code = QStringLiteral("ABC-CA");
    unknown.known = false;
    unknown.certificatesByChannel = {{QStringLiteral("kiosk"), 3}};
    unknown.certificates = 3;
    statistics::Overview overview;
    overview.providers = {unknown, vnpt};
    overview.citizens = 1166547;
    overview.citizensWithCertificate = 300003;
    overview.totals.certificatesByChannel = {
        {QStringLiteral("door_to_door"), 300000}, {QStringLiteral("app"), 12}, {QStringLiteral("kiosk"), 3}};
    overview.totals.certificates = 300015;
    overview.totals.activeCertificates = 300000;
    overview.totals.requests = 1500;
    overview.totals.lookups = 1166547;
    return overview;
}
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
    model.setOverview(handMadeOverview());
    QCOMPARE(model.rowCount(), 3); // two providers and the totals
    sorted.sort(ProviderOverviewModel::Certificates, Qt::DescendingOrder);
    model.setLocale(QLocale(QLocale::English, QLocale::UnitedKingdom));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestUiOverview::sortingKeepsTotalsLast()
{
    ProviderOverviewModel model;
    model.setOverview(handMadeOverview());
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
    model.setOverview(handMadeOverview());
    const int vnpt = rowOf(model, QStringLiteral("VNPT-CA"));
    QCOMPARE(shown(model, vnpt, ProviderOverviewModel::Lookups), QStringLiteral("1.166.547"));
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
    model.setOverview(handMadeOverview());
    const int vnpt = rowOf(model, QStringLiteral("VNPT-CA"));
    QCOMPARE(model.index(vnpt, ProviderOverviewModel::Code).data(Qt::DecorationRole).value<QColor>(),
             ui::ProviderColors::color(QStringLiteral("VNPT-CA")));
}

void TestUiOverview::emptyStateWithoutRegistry()
{
    registry::RegistrySession session;
    ui::OverviewPage page(session);
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    QSignalSpy failed(&session, &registry::RegistrySession::overviewFailed);
    page.refresh(); // nothing open: nothing to count, no error shown
    QCOMPARE(page.view(), ui::OverviewPage::View::NoRegistry);
    QCOMPARE(failed.count(), 0);
}

void TestUiOverview::overviewOfKnownRegistry_data()
{
    QTest::addColumn<registry::Engine>("engine");
    test::addEngineRows();
}

void TestUiOverview::overviewOfKnownRegistry()
{
    QFETCH(registry::Engine, engine);
    auto scratch = test::ScratchRegistry::create(engine);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    auto filled = (*scratch)->exec(knownRegistry);
    if (!filled)
        QFAIL(qPrintable(filled.error().fullText()));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session);
    page.resize(1100, 600);
    page.show();
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    QSignalSpy ready(&session, &registry::RegistrySession::overviewReady);
    session.open((*scratch)->spec(), (*scratch)->password());
    QCOMPARE(page.view(), ui::OverviewPage::View::Loading);
    QTRY_COMPARE(ready.count(), 1);
    QCOMPARE(opened.count(), 1);
    QVERIFY(opened.first().at(1).value<registry::ContractReport>().ok());
    QCOMPARE(page.view(), ui::OverviewPage::View::Content);

    const ProviderOverviewModel &model = *page.model();
    QCOMPARE(model.rowCount(), 5); // FPT, VIETTEL, VNPT, XYZ and the totals
    struct Expected
    {
        const char *code;
        qint64 doorToDoor, app, huesRequest, legacy, other, certificates, active, revoked, requests, lookups;
        const char *status;
    };
    const Expected expected[] = {
        {"VNPT-CA", 2, 1, 0, 0, 0, 3, 2, 0, 1, 2, "Taking part"},
        {"VIETTEL-CA", 0, 0, 1, 1, 0, 2, 1, 1, 2, 0, "Taking part"},
        {"FPT-CA", 1, 0, 0, 0, 0, 1, 1, 0, 0, 2, "Excluded"},
        {"XYZ-CA", 0, 0, 0, 0, 1, 1, 1, 0, 0, 0, "Unknown provider"},
        {"", 3, 1, 1, 1, 1, 7, 5, 1, 3, 4, ""},
    };
    for (const Expected &e : expected) {
        const int row = *e.code ? rowOf(model, QLatin1String(e.code)) : model.rowCount() - 1;
        QVERIFY2(row >= 0, e.code);
        const qint64 numbers[] = {e.doorToDoor,   e.app,    e.huesRequest, e.legacy,   e.other,
                                  e.certificates, e.active, e.revoked,     e.requests, e.lookups};
        for (int column = ProviderOverviewModel::DoorToDoor; column < ProviderOverviewModel::ColumnCount;
             ++column)
            QCOMPARE(raw(model, row, column).toLongLong(),
                     numbers[column - ProviderOverviewModel::DoorToDoor]);
        QCOMPARE(shown(model, row, ProviderOverviewModel::Status), QLatin1String(e.status));
    }

    // Headline: 6 citizens, 5 with a signature (the technical error counts, §3.3).
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("citizensCard"))->value(), QStringLiteral("6"));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("withSignatureCard"))->value(),
             QStringLiteral("5"));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("shareCard"))->value(),
             QStringLiteral("0,0\u00A0%"));
    QVERIFY(page.findChild<ui::StatCard *>(QStringLiteral("shareCard"))
                ->note()
                .contains(QStringLiteral("1.166.547")));
    QCOMPARE(page.findChild<ui::StatCard *>(QStringLiteral("certificatesCard"))->value(),
             QStringLiteral("7"));

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

void TestUiOverview::droppedConnectionIsRestored()
{
    if (!test::enginesUnderTest().contains(registry::Engine::Postgres))
        QSKIP("needs PostgreSQL (SIGNWATCH_TEST_PG)");
    auto scratch = test::ScratchRegistry::create(registry::Engine::Postgres);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec(knownRegistry));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session);
    QSignalSpy ready(&session, &registry::RegistrySession::overviewReady);
    QSignalSpy lost(&session, &registry::RegistrySession::connectionLost);
    session.open((*scratch)->spec(), (*scratch)->password());
    QTRY_COMPARE(ready.count(), 1);

    // The server drops the session's connection (a restart, an administrator, a network cut).
    auto admin = registry::RegistryConnection::open(
        *registry::ConnectionSpec::parse(qEnvironmentVariable("SIGNWATCH_TEST_PG")),
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
    auto scratch = test::ScratchRegistry::create(registry::Engine::Sqlite);
    if (!scratch)
        QFAIL(qPrintable(scratch.error().fullText()));
    QVERIFY((*scratch)->exec({QStringLiteral("DROP TABLE lookups")}));
    (*scratch)->closeWriter();

    registry::RegistrySession session;
    ui::OverviewPage page(session);
    page.show();
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    QSignalSpy failed(&session, &registry::RegistrySession::overviewFailed);
    session.open((*scratch)->spec(), {});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(opened.count(), 1);
    QVERIFY(!opened.first().at(1).value<registry::ContractReport>().ok());
    auto *warning = page.findChild<ui::ErrorPanel *>(QStringLiteral("contractWarning"));
    QVERIFY(warning->isVisible());
    QVERIFY(warning->details().contains(QStringLiteral("lookups")));
    QCOMPARE(page.view(), ui::OverviewPage::View::Error);
}

void TestUiOverview::openFailureShowsDetailsOnlyOnRequest()
{
    registry::RegistrySession session;
    ui::OverviewPage page(session);
    page.show();
    QSignalSpy failed(&session, &registry::RegistrySession::openFailed);
    registry::ConnectionSpec spec;
    spec.path = QStringLiteral("/nonexistent/registry.sqlite");
    session.open(spec, {});
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(session.state(), registry::RegistrySession::State::Closed);
    QCOMPARE(page.view(), ui::OverviewPage::View::Error);
    auto *error = page.findChild<ui::ErrorPanel *>(QStringLiteral("overviewError"));
    QVERIFY(error->message().contains(QStringLiteral("does not exist")));
    QVERIFY(!error->detailsVisible());
}

QTEST_MAIN(TestUiOverview)
#include "tst_ui_overview.moc"
