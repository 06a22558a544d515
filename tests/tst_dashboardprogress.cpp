#include "RegistryBuilder.h"
#include "ScratchRegistry.h"

#include "registry/RegistryConnection.h"
#include "statistics/DashboardParts.h"
#include "statistics/DashboardStats.h"

#include <QTest>

#include <mutex>
#include <thread>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using namespace sw::statistics;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;

// Issue 17, each chart filled in as its figures arrive: loadDashboard's progress hands over the
// groups counted so far, saying which figures are complete, and those figures are already the
// final ones, on SQLite and PostgreSQL.
class TestDashboardProgress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(sw::test::checkPostgresRequirement()); }
    void figuresFollowTheirPieces_data();
    void figuresFollowTheirPieces();
    void partialsHoldFinalFigures_data();
    void partialsHoldFinalFigures();
};

namespace {
const QDateTime asOf(QDate(2023, 9, 1), QTime(0, 0), Qt::UTC);

constexpr auto citizen = sw::test::numberedCitizen;
constexpr auto cert = sw::test::numberedCertificate;

QStringList registryStatements()
{
    RegistryBuilder b;
    b.tenCitizensInThreeDistricts();
    b.certificate(
        cert(1, 1, "VNPT-CA", "door_to_door", "active", "2023-08-01T01:00:00Z", "2023-08-01T01:10:00Z"));
    b.certificate(
        cert(2, 2, "VNPT-CA", "app", "technical_error", "2023-08-02T01:00:00Z", "2023-08-02T01:01:00Z"));
    b.certificate(
        cert(3, 6, "VIETTEL-CA", "hues_request", "active", "2023-08-03T00:00:00Z", "2023-08-03T00:02:00Z"));
    b.certificate(
        cert(4, 7, "VIETTEL-CA", "kiosk", "revoked", "2023-08-04T00:00:00Z", "2023-08-04T00:05:00Z"));
    b.certificate(
        cert(5, 9, "FPT-CA", "door_to_door", "active", "2023-08-05T00:00:00Z", "2023-08-05T00:00:30Z"));
    b.certificate(cert(6, 10, "VNPT-CA", "app", "active", "2023-08-06T00:00:00Z", "2023-08-06T00:20:00Z"));
    b.request(1, citizen(1), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-02T00:00:00Z"));
    b.request(2, citizen(6), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-01T00:00:00Z"));
    b.excludeProvider(QStringLiteral("FPT-CA"), QStringLiteral("2023-08-15T00:00:00Z"));
    return b.statements();
}

struct Call
{
    Dashboard partial;
    DashboardFigures complete;
};

const ProviderDashboard *line(const Dashboard &d, const QString &code)
{
    for (const ProviderDashboard &p : d.providers)
        if (p.code == code)
            return &p;
    return nullptr;
}
} // namespace

void TestDashboardProgress::figuresFollowTheirPieces_data()
{
    using namespace sw::statistics::detail;
    QTest::addColumn<unsigned>("pieces");
    QTest::addColumn<unsigned>("figures");
    using F = DashboardFigure;
    QTest::newRow("nothing") << 0u << 0u;
    // PostgreSQL's groups alone: the mix needs the certificates for its "other" channel.
    QTest::newRow("mix") << unsigned(MixPiece) << 0u;
    QTest::newRow("delays") << unsigned(DelaysPiece) << unsigned(F::Delays);
    QTest::newRow("small queries")
        << unsigned(TimelinePiece | HoldersPiece | ProvidersPiece | RequestsPiece | PopulationPiece)
        << unsigned(DashboardFigures(F::Cards | F::Timeline | F::Shares | F::ServiceRate).toInt());
    QTest::newRow("small queries and mix")
        << unsigned(TimelinePiece | HoldersPiece | ProvidersPiece | RequestsPiece | PopulationPiece
                    | MixPiece)
        << unsigned(
               DashboardFigures(F::Cards | F::Timeline | F::Shares | F::Channels | F::ServiceRate).toInt());
    // SQLite: the certificate passes, then the providers and population with the first.
    QTest::newRow("certificates")
        << unsigned(TimelinePiece | MixPiece | HoldersPiece | DelaysPiece)
        << unsigned(DashboardFigures(F::Timeline | F::Shares | F::Channels | F::Delays).toInt());
    QTest::newRow("requests") << unsigned(RequestsPiece) << unsigned(F::ServiceRate);
    QTest::newRow("all but the requests")
        << unsigned(AllPieces & ~RequestsPiece)
        << unsigned(DashboardFigures(F::Cards | F::Timeline | F::Shares | F::Channels | F::Delays).toInt());
    QTest::newRow("all") << unsigned(AllPieces) << unsigned(allDashboardFigures.toInt());
}

void TestDashboardProgress::figuresFollowTheirPieces()
{
    QFETCH(unsigned, pieces);
    QFETCH(unsigned, figures);
    QCOMPARE(unsigned(detail::figuresOf(pieces).toInt()), figures);
}

void TestDashboardProgress::partialsHoldFinalFigures_data()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

void TestDashboardProgress::partialsHoldFinalFigures()
{
    QFETCH(Engine, engine);
    auto scratch = ScratchRegistry::create(engine);
    QVERIFY2(scratch.ok(), qPrintable(scratch ? QString() : scratch.error().fullText()));
    QVERIFY((*scratch)->exec(registryStatements()).ok());
    (*scratch)->closeWriter();
    auto connection = RegistryConnection::open((*scratch)->spec(), (*scratch)->password());
    QVERIFY(connection.ok());
    DashboardOptions options;
    options.asOf = asOf;

    // The same registry counted several times: the groups finish in any order.
    for (int run = 0; run < 5; ++run) {
        std::mutex mutex;
        QList<Call> calls;
        bool overlapping = false;
        bool busy = false;
        const auto loaded = loadDashboard(**connection, (*scratch)->password(), Filter(), options,
                                          [&](const Dashboard &partial, DashboardFigures complete) {
                                              {
                                                  const std::lock_guard lock(mutex);
                                                  overlapping = overlapping || busy;
                                                  busy = true;
                                              }
                                              std::this_thread::sleep_for(
                                                  std::chrono::milliseconds(5)); // another call would overlap
                                              const std::lock_guard lock(mutex);
                                              calls.append({partial, complete});
                                              busy = false;
                                          });
        QVERIFY2(loaded.ok(), qPrintable(loaded ? QString() : loaded.error().fullText()));
        const Dashboard &whole = *loaded;
        QVERIFY(!overlapping); // one call at a time
        // At least one partial count before the whole one (every engine counts in three groups
        // or more, and no single group completes every figure), each completing more.
        QVERIFY2(calls.size() >= 2, qPrintable(QString::number(calls.size())));
        QCOMPARE(calls.last().complete, allDashboardFigures);
        QCOMPARE(calls.last().partial.totals.certificates, whole.totals.certificates);
        for (int i = 0; i < calls.size(); ++i) {
            const DashboardFigures complete = calls.at(i).complete;
            QVERIFY(complete);
            if (i > 0) {
                QVERIFY(complete != calls.at(i - 1).complete);
                QCOMPARE(complete & calls.at(i - 1).complete, calls.at(i - 1).complete);
            }
            if (i + 1 < calls.size())
                QVERIFY(complete != allDashboardFigures);
            // What the partial says is complete is the final figure.
            const Dashboard &d = calls.at(i).partial;
            if (complete & DashboardFigure::Cards) {
                QCOMPARE(d.citizensWithSignature, whole.citizensWithSignature);
                QCOMPARE(d.population, whole.population);
                QCOMPARE(d.providersExcluded, whole.providersExcluded);
            }
            if (complete & DashboardFigure::Timeline) {
                QCOMPARE(d.timeline, whole.timeline);
                QCOMPARE(d.bucketStarts, whole.bucketStarts);
            }
            for (const ProviderDashboard &p : whole.providers) {
                const ProviderDashboard *q = line(d, p.code);
                if (complete & DashboardFigure::Shares)
                    QCOMPARE(q ? q->certificates : 0, p.certificates);
                if (complete & DashboardFigure::Channels)
                    QVERIFY(q && q->byChannel == p.byChannel);
                if (complete & DashboardFigure::Delays) {
                    QCOMPARE(q ? q->delay.count : 0, p.delay.count);
                    QCOMPARE(q ? q->delay.median : 0.0, p.delay.median);
                }
                if (complete & DashboardFigure::ServiceRate) {
                    QCOMPARE(q ? q->requests.served : 0, p.requests.served);
                    QCOMPARE(q ? q->requests.expired : 0, p.requests.expired);
                }
            }
        }
        // The figures the partials lacked were not there yet: the first call misses some.
        QVERIFY(calls.first().complete != allDashboardFigures);
    }
    // Without a progress the count is the same.
    const auto plain = loadDashboard(**connection, (*scratch)->password(), Filter(), options);
    QVERIFY(plain.ok());
    QCOMPARE(plain->citizensWithSignature, 5); // no. 4 is revoked
    QCOMPARE(plain->totals.certificates, 6);
    QCOMPARE(line(*plain, QStringLiteral("VNPT-CA"))->requests.served, 1);
}

QTEST_GUILESS_MAIN(TestDashboardProgress)
#include "tst_dashboardprogress.moc"
