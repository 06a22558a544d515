#include "RegistryBuilder.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"

#include "documents/DocumentFonts.h"
#include "findings/FindingsStore.h"
#include "reports/CsvExport.h"
#include "reports/ReportBuilder.h"
#include "reports/ReportCharts.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPdf.h"
#include "reports/ReportWriter.h"
#include "statistics/Province.h"

#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>

using namespace sw;
using namespace sw::connection;
using namespace sw::registry;
using namespace sw::reports;
using sw::test::RegistryBuilder;
using sw::test::ScratchRegistry;
using Cert = RegistryBuilder::Cert;

static void engineRows();

// The report's figures against a hand-made registry whose answers were counted by hand (the
// comments say how), on SQLite and PostgreSQL; then the PDF read back with poppler's tools
// (text, fonts, pictures of the chart pages) and the CSV writer's round trip.
class TestReports : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void campaignFigures_data() { engineRows(); }
    void campaignFigures();
    void serviceQuality_data() { engineRows(); }
    void serviceQuality();
    void districtFilter_data() { engineRows(); }
    void districtFilter();
    void parallelEqualsSerial_data() { engineRows(); }
    void parallelEqualsSerial();
    void violationsTrend();
    void previousPeriodHasTheSameLength();
    void badPeriodIsRefused();
    void numbersInVietnameseForm();
    void pdfHoldsSectionsAndFigures();
    void pdfEmbedsOnlyTheBundledFont();
    void chartPagesAreNotBlank();
    void longTableRepeatsItsHeader();
    void csvRoundTripsVietnamese();

private:
    ScratchRegistry *registry(Engine engine);
    Result<ReportData> build(Engine engine, const statistics::Filter &filter, bool withFindings = false);
    QString writePdf(const documents::PdfDocument &pdf, const QString &name);
    QString run(const QString &program, const QStringList &arguments);

    std::map<Engine, std::unique_ptr<ScratchRegistry>> m_registries;
    std::map<Engine, std::unique_ptr<RegistryConnection>> m_connections;
    QTemporaryDir m_dir;
    std::unique_ptr<findings::FindingsStore> m_store;
    ReportData m_sample; // the SQLite report with findings, for the PDF tests
};

void engineRows()
{
    QTest::addColumn<Engine>("engine");
    sw::test::addEngineRows();
}

namespace {
const QDateTime asOf(QDate(2023, 9, 10), QTime(0, 0), Qt::UTC);
const QString registryKey = QStringLiteral("sqlite:/tmp/report-test.sqlite");

constexpr auto citizen = sw::test::numberedCitizen;
constexpr auto cert = sw::test::numberedCertificate;

// The period is August 2023 (local days), as of 10 Sep 2023.
QStringList registryStatements()
{
    RegistryBuilder b;
    b.tenCitizensInThreeDistricts(); // 1–5 Huế (474), 6–8 Phú Vang (478), 9–10 A Lưới (481)
    // Before the period: a holder at the end, not a record of the period.
    b.certificate(
        cert(1, 1, "VNPT-CA", "door_to_door", "active", "2023-07-20T01:00:00Z", "2023-07-20T01:10:00Z"));
    b.certificate(
        cert(2, 2, "VNPT-CA", "app", "active", "2023-08-01T01:00:00Z", "2023-08-01T01:01:40Z")); // 100 s
    b.certificate(
        cert(3, 3, "VNPT-CA", "app", "active", "2023-08-02T00:00:00Z", "2023-08-02T00:05:00Z")); // 300 s
    b.certificate(
        cert(4, 4, "VNPT-CA", "hues_request", "technical_error", "", "2023-08-03T00:00:00Z")); // §3.3
    b.certificate(
        cert(5, 6, "VIETTEL-CA", "app", "active", "2023-08-05T00:00:00Z", "2023-08-05T00:00:20Z")); // 20 s
    b.certificate(cert(6, 7, "VIETTEL-CA", "door_to_door", "active", "2023-08-05T00:00:00Z",
                       "2023-08-05T00:03:20Z")); // 200 s
    b.certificate(cert(7, 8, "VIETTEL-CA", "app", "revoked", "2023-08-06T00:00:00Z",
                       "2023-08-06T00:16:40Z")); // 1000 s, no holder
    b.certificate(
        cert(8, 9, "FPT-CA", "app", "active", "2023-08-07T00:00:00Z", "2023-08-07T00:00:50Z")); // 50 s
    // Citizen 2 again, with FPT: a holder of two providers, one citizen.
    b.certificate(
        cert(9, 2, "FPT-CA", "app", "active", "2023-08-08T00:00:00Z", "2023-08-08T00:06:40Z")); // 400 s
    // After the period, before the as-of time: no part of the report.
    b.certificate(cert(10, 10, "VNPT-CA", "app", "active", "2023-09-02T00:00:00Z", "2023-09-02T00:00:00Z"));
    // 1 Aug 00:00:00 local: the period's first second; a legacy import (no delay).
    b.certificate(
        cert(11, 5, "VNPT-CA", "legacy_import", "active", "2020-01-01T00:00:00Z", "2023-07-31T17:00:00Z"));
    // 1 Sep 00:00:00 local: just after the period.
    b.certificate(cert(12, 8, "VIETTEL-CA", "app", "active", "2023-08-31T16:59:00Z", "2023-08-31T17:00:00Z"));
    // Requests, deadline 48 h, as of 10 Sep.
    b.request(1, citizen(1), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-03T00:00:00Z")); // exactly 48 h: served
    b.request(2, citizen(2), QStringLiteral("VNPT-CA"), QStringLiteral("2023-08-01T00:00:00Z"),
              QStringLiteral("2023-08-03T00:00:01Z")); // one second late: expired
    b.request(3, citizen(6), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-10T00:00:00Z"), {},
              QStringLiteral("2023-08-11T00:00:00Z")); // withdrawn
    b.request(4, citizen(7), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-10T00:00:00Z")); // expired
    b.request(5, citizen(8), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-10T00:00:00Z"),
              QStringLiteral("2023-08-10T05:00:00Z")); // served
    b.request(6, citizen(9), QStringLiteral("VIETTEL-CA"), QStringLiteral("2023-08-12T00:00:00Z"),
              QStringLiteral("2023-08-12T01:00:00Z")); // served
    b.request(7, citizen(10), QStringLiteral("FPT-CA"), QStringLiteral("2023-07-10T00:00:00Z"),
              QStringLiteral("2023-07-10T01:00:00Z")); // the previous period: not counted
    return b.statements();
}

statistics::Filter august()
{
    statistics::Filter f;
    f.from = QDate(2023, 8, 1);
    f.to = QDate(2023, 8, 31);
    return f;
}

rules::Finding finding(const char *rule, qint64 id, const char *provider, const char *at)
{
    rules::Finding f;
    f.rule = QString::fromLatin1(rule);
    f.subjectKind = QStringLiteral("certificate");
    f.subjectId = id;
    f.provider = QString::fromLatin1(provider);
    f.citizenId = citizen(int(id % 10) + 1);
    f.at = QDateTime::fromString(QString::fromLatin1(at), Qt::ISODate).toSecsSinceEpoch();
    f.evidence = {id};
    return f;
}

const ProviderFigures *provider(const ReportData &data, const char *code)
{
    for (const ProviderFigures &p : data.campaign.providers)
        if (p.code == QLatin1String(code))
            return &p;
    return nullptr;
}

const DistrictFigures *district(const ReportData &data, const char *code)
{
    for (const DistrictFigures &d : data.campaign.districts)
        if (d.code == QLatin1String(code))
            return &d;
    return nullptr;
}

// Saturated pixels (chart colours; text and rules are black or grey).
int colouredPixels(const QImage &image, const QRect &region)
{
    int n = 0;
    const QRect r = region.intersected(image.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.hsvSaturation() > 80 && c.value() > 60)
                ++n;
        }
    return n;
}

QString normalised(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text.simplified();
}
} // namespace

void TestReports::initTestCase()
{
    QVERIFY(sw::test::checkPostgresRequirement());
    QVERIFY(m_dir.isValid());
    m_store = std::make_unique<findings::FindingsStore>(m_dir.filePath(QStringLiteral("findings.sqlite")));
    QVERIFY(m_store->open());
    findings::ScanToSave scan;
    scan.registryKey = registryKey;
    scan.asOf = asOf.toSecsSinceEpoch();
    scan.startedAt = asOf.toSecsSinceEpoch();
    // This period: 2 DUPLICATE_ISSUANCE (VNPT-CA), 1 LATE_UPDATE (VIETTEL-CA), one at the period's
    // first second; the previous (July): 1 DUPLICATE_ISSUANCE (VNPT-CA), 1 REQUEST_EXPIRED (FPT-CA),
    // one at its last second; June: outside both.
    const QList<rules::Finding> found = {
        finding("DUPLICATE_ISSUANCE", 2, "VNPT-CA", "2023-07-31T17:00:00Z"),
        finding("DUPLICATE_ISSUANCE", 3, "VNPT-CA", "2023-08-20T00:00:00Z"),
        finding("LATE_UPDATE", 5, "VIETTEL-CA", "2023-08-05T00:00:00Z"),
        finding("DUPLICATE_ISSUANCE", 1, "VNPT-CA", "2023-07-31T16:59:59Z"),
        finding("REQUEST_EXPIRED", 7, "FPT-CA", "2023-07-12T00:00:00Z"),
        finding("LATE_UPDATE", 8, "FPT-CA", "2023-06-15T00:00:00Z"),
    };
    QHash<QString, QString> districts;
    for (int n = 1; n <= 10; ++n)
        districts.insert(citizen(n), n <= 5 ? QStringLiteral("474") : QStringLiteral("478"));
    auto saved = m_store->saveScan(scan, found, districts);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().fullText()));

    auto sample = build(Engine::Sqlite, august(), true);
    QVERIFY2(sample, qPrintable(sample ? QString() : sample.error().fullText()));
    m_sample = *sample;
    m_sample.meta.number = 3;
    m_sample.meta.issued = QDate(2023, 9, 5);
    m_sample.meta.signatory = {
        {}, QStringLiteral("KT. GIÁM ĐỐC"), QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Nguyễn Văn Án")};
    m_sample.texts.proposals
        = QStringLiteral("Đề nghị UBND tỉnh chỉ đạo các doanh nghiệp cập nhật Hue-S đúng hạn.\n"
                         "Tăng cường kiểm tra, giám sát việc cấp chữ ký số tận nhà.");
    CaseworkSummary casework;
    casework.available = true;
    casework.casesByStatus = {{QStringLiteral("Đang xác minh"), 2}, {QStringLiteral("Đã kết luận"), 1}};
    casework.casesOpened = 2;
    casework.minutesSigned = 1;
    casework.announcementsIssued = 1;
    casework.exclusions = {QStringLiteral("VIETTEL-CA từ ngày 25/8/2023")};
    m_sample.casework = casework;
}

ScratchRegistry *TestReports::registry(Engine engine)
{
    auto found = m_registries.find(engine);
    if (found != m_registries.end())
        return found->second.get();
    auto scratch = ScratchRegistry::create(engine);
    if (!scratch) {
        qWarning("%s", qPrintable(scratch.error().fullText()));
        return nullptr;
    }
    if (auto filled = (*scratch)->exec(registryStatements()); !filled) {
        qWarning("%s", qPrintable(filled.error().fullText()));
        return nullptr;
    }
    (*scratch)->closeWriter();
    ScratchRegistry *raw = scratch->get();
    m_registries.emplace(engine, std::move(*scratch));
    return raw;
}

Result<ReportData> TestReports::build(Engine engine, const statistics::Filter &filter, bool withFindings)
{
    ScratchRegistry *scratch = registry(engine);
    if (!scratch)
        return Error::make(QStringLiteral("no registry"));
    auto found = m_connections.find(engine);
    if (found == m_connections.end()) {
        auto opened = RegistryConnection::open(scratch->spec(), scratch->password());
        if (!opened)
            return opened.error();
        found = m_connections.emplace(engine, std::move(*opened)).first;
    }
    ReportInput input;
    input.filter = filter;
    input.asOf = asOf;
    if (withFindings) {
        input.findings = m_store.get();
        input.registryKey = registryKey;
    }
    int steps = 0;
    input.progress = [&steps](int, int) { ++steps; };
    auto data = buildReport(found->second->database(), input);
    if (data && steps != 5)
        return Error::make(QStringLiteral("progress called %1 times").arg(steps));
    return data;
}

void TestReports::campaignFigures()
{
    QFETCH(Engine, engine);
    auto data = build(engine, august());
    QVERIFY2(data, qPrintable(data ? QString() : data.error().fullText()));
    const CampaignFigures &c = data->campaign;
    // Holders by 31 Aug: citizens 1–5 (VNPT; 4 a technical error, 5 a legacy import at the first
    // second), 6 and 7 (VIETTEL; 8 revoked, and 8's second record falls on 1 Sep), 9 and 2 (FPT).
    QCOMPARE(c.holdersAtEnd, 8);
    QCOMPARE(c.holdersInPeriod, 7); // 1's record is July's
    QCOMPARE(c.population, statistics::provincePopulation);
    QVERIFY(!c.populationFromRegistry);
    QCOMPARE(*c.sharePercent(), 100.0 * 8 / 1166547);
    QCOMPARE(*c.targetPercent(), 100.0 * (100.0 * 8 / 1166547) / 50.0);
    QCOMPARE(c.certificates, 9);
    QCOMPARE(c.byChannel.value(QStringLiteral("app")), 6);
    QCOMPARE(c.byChannel.value(QStringLiteral("door_to_door")), 1);
    QCOMPARE(c.byChannel.value(QStringLiteral("hues_request")), 1);
    QCOMPARE(c.byChannel.value(QStringLiteral("legacy_import")), 1);

    const ProviderFigures *vnpt = provider(*data, "VNPT-CA");
    const ProviderFigures *viettel = provider(*data, "VIETTEL-CA");
    const ProviderFigures *fpt = provider(*data, "FPT-CA");
    QVERIFY(vnpt && viettel && fpt);
    QCOMPARE(vnpt->certificates, 4);
    QCOMPARE(vnpt->holdersAtEnd, 5);
    QCOMPARE(vnpt->byChannel.value(QStringLiteral("legacy_import")), 1);
    QCOMPARE(viettel->certificates, 3);
    QCOMPARE(viettel->holdersAtEnd, 2);
    QCOMPARE(fpt->certificates, 2);
    QCOMPARE(fpt->holdersAtEnd, 2); // citizen 2 counts for VNPT and for FPT

    // Districts: the nine, in Province.h's order, whatever has figures.
    QCOMPARE(c.districts.size(), statistics::districts().size());
    const DistrictFigures *hue = district(*data, "474");
    const DistrictFigures *phuVang = district(*data, "478");
    const DistrictFigures *aLuoi = district(*data, "481");
    const DistrictFigures *namDong = district(*data, "483");
    QVERIFY(hue && phuVang && aLuoi && namDong);
    QCOMPARE(hue->citizens, 5);
    QCOMPARE(hue->holdersAtEnd, 5);
    QCOMPARE(*hue->sharePercent(), 100.0);
    QCOMPARE(hue->certificates, 5); // 2, 3, 4, 9, 11
    QCOMPARE(hue->byChannel.value(QStringLiteral("app")), 3);
    QCOMPARE(phuVang->citizens, 3);
    QCOMPARE(phuVang->holdersAtEnd, 2);
    QCOMPARE(phuVang->certificates, 3);
    QCOMPARE(phuVang->byChannel.value(QStringLiteral("door_to_door")), 1);
    QCOMPARE(aLuoi->holdersAtEnd, 1);
    QCOMPARE(*aLuoi->sharePercent(), 50.0);
    QCOMPARE(namDong->citizens, 0);
    QVERIFY(!namDong->sharePercent());
    QCOMPARE(namDong->name, statistics::districtName(QStringLiteral("483")));

    // The issuance timeline: a day per bucket, 31 days.
    QCOMPARE(c.bucketDays, 1);
    QCOMPARE(c.bucketStarts.size(), 31);
    QCOMPARE(c.timeline.value(QStringLiteral("VNPT-CA")).value(0), 2); // 2 and 11 on 1 Aug
}

void TestReports::serviceQuality()
{
    QFETCH(Engine, engine);
    auto data = build(engine, august());
    QVERIFY2(data, qPrintable(data ? QString() : data.error().fullText()));
    // VNPT 100, 300 (even: the median halfway, p95 at rank 0.95); VIETTEL 20, 200, 1000 (odd);
    // FPT 50, 400. All seven: 20 50 100 200 300 400 1000: median 200, p95 at rank 5.7.
    const ProviderFigures *vnpt = provider(*data, "VNPT-CA");
    const ProviderFigures *viettel = provider(*data, "VIETTEL-CA");
    const ProviderFigures *fpt = provider(*data, "FPT-CA");
    QVERIFY(vnpt && viettel && fpt);
    QCOMPARE(vnpt->delay.count, 2);
    QCOMPARE(vnpt->delay.median, 200.0);
    QCOMPARE(vnpt->delay.p95, 290.0);
    QCOMPARE(viettel->delay.count, 3);
    QCOMPARE(viettel->delay.median, 200.0);
    QCOMPARE(viettel->delay.p95, 920.0);
    QCOMPARE(fpt->delay.median, 225.0);
    QCOMPARE(fpt->delay.p95, 382.5);
    const statistics::DelayDistribution &all = data->quality.delay;
    QCOMPARE(all.count, 7);
    QCOMPARE(all.minimum, 20.0);
    QCOMPARE(all.maximum, 1000.0);
    QCOMPARE(all.median, 200.0);
    QCOMPARE(all.p95, 820.0);

    // Requests of August: VNPT served at exactly 48 h and one a second late; VIETTEL one withdrawn,
    // one expired, two served; FPT's is July's.
    const statistics::RequestService &r = data->quality.requests;
    QCOMPARE(r.registered, 6);
    QCOMPARE(r.served, 3);
    QCOMPARE(r.expired, 2);
    QCOMPARE(r.withdrawn, 1);
    QCOMPARE(*r.ratePercent(), 60.0);
    QCOMPARE(*vnpt->requests.ratePercent(), 50.0);
    QCOMPARE(viettel->requests.served, 2);
    QCOMPARE(fpt->requests.registered, 0);
}

void TestReports::districtFilter()
{
    QFETCH(Engine, engine);
    statistics::Filter filter = august();
    filter.district = QStringLiteral("474");
    auto data = build(engine, filter);
    QVERIFY2(data, qPrintable(data ? QString() : data.error().fullText()));
    const CampaignFigures &c = data->campaign;
    QCOMPARE(c.holdersAtEnd, 5);
    QVERIFY(c.populationFromRegistry);
    QCOMPARE(c.population, 5);
    QCOMPARE(*c.sharePercent(), 100.0);
    QCOMPARE(c.districts.size(), 1);
    QCOMPARE(c.districts.first().code, QStringLiteral("474"));
    QCOMPARE(c.certificates, 5);
    // Huế's delays: 100, 300 (VNPT) and 400 (FPT, citizen 2): median 300, p95 at rank 1.9.
    QCOMPARE(data->quality.delay.count, 3);
    QCOMPARE(data->quality.delay.median, 300.0);
    QCOMPARE(data->quality.delay.p95, 390.0);
    const ProviderFigures *fpt = provider(*data, "FPT-CA");
    QVERIFY(fpt);
    QCOMPARE(fpt->holdersAtEnd, 1);
}

void TestReports::parallelEqualsSerial()
{
    QFETCH(Engine, engine);
    auto serial = build(engine, august());
    QVERIFY(serial);
    ScratchRegistry *scratch = registry(engine);
    auto connection = RegistryConnection::open(scratch->spec(), scratch->password());
    QVERIFY(connection);
    ReportInput input;
    input.filter = august();
    input.asOf = asOf;
    auto parallel = buildReport(**connection, scratch->password(), input);
    QVERIFY2(parallel, qPrintable(parallel ? QString() : parallel.error().fullText()));
    QCOMPARE(parallel->campaign.holdersAtEnd, serial->campaign.holdersAtEnd);
    QCOMPARE(parallel->campaign.certificates, serial->campaign.certificates);
    QCOMPARE(parallel->campaign.providers.size(), serial->campaign.providers.size());
    for (int i = 0; i < serial->campaign.providers.size(); ++i) {
        QCOMPARE(parallel->campaign.providers[i].holdersAtEnd, serial->campaign.providers[i].holdersAtEnd);
        QCOMPARE(parallel->campaign.providers[i].delay.p95, serial->campaign.providers[i].delay.p95);
    }
    for (int i = 0; i < serial->campaign.districts.size(); ++i)
        QCOMPARE(parallel->campaign.districts[i].certificates, serial->campaign.districts[i].certificates);
    QCOMPARE(parallel->quality.delay.median, serial->quality.delay.median);
    QCOMPARE(parallel->quality.requests.served, serial->quality.requests.served);

    // Cancelled before it starts: an error of kind Cancelled, no figures.
    input.cancelled = [] { return true; };
    auto cancelled = buildReport(**connection, scratch->password(), input);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().kind, Error::Kind::Cancelled);
}

void TestReports::violationsTrend()
{
    const ViolationFigures &v = m_sample.violations;
    QVERIFY(v.available);
    QCOMPARE(v.previousFrom, QDate(2023, 7, 1));
    QCOMPARE(v.previousTo, QDate(2023, 7, 31));
    QCOMPARE(v.total, 3);
    QCOMPARE(v.totalPrevious, 2);
    QCOMPARE(v.byRule.value(QStringLiteral("DUPLICATE_ISSUANCE")), 2);
    QCOMPARE(v.byRule.value(QStringLiteral("LATE_UPDATE")), 1);
    QCOMPARE(v.byRulePrevious.value(QStringLiteral("DUPLICATE_ISSUANCE")), 1);
    QCOMPARE(v.byRulePrevious.value(QStringLiteral("REQUEST_EXPIRED")), 1);
    QCOMPARE(v.byRulePrevious.value(QStringLiteral("LATE_UPDATE")), 0); // June's
    QCOMPARE(v.byProvider.value(QStringLiteral("VNPT-CA")), 2);
    QCOMPARE(v.byProviderPrevious.value(QStringLiteral("FPT-CA")), 1);
    QCOMPARE(viTrend(v.total, v.totalPrevious), QStringLiteral("+50,0\u00A0%"));

    // Without a store, or for a registry never scanned: not available, no error.
    auto none = build(Engine::Sqlite, august(), false);
    QVERIFY(none);
    QVERIFY(!none->violations.available);
}

void TestReports::previousPeriodHasTheSameLength()
{
    statistics::Filter f;
    f.from = QDate(2024, 3, 1);
    f.to = QDate(2024, 3, 31);
    QCOMPARE(previousPeriod(f), std::make_pair(QDate(2024, 1, 30), QDate(2024, 2, 29)));
    f.from = f.to = QDate(2024, 1, 1);
    QCOMPARE(previousPeriod(f), std::make_pair(QDate(2023, 12, 31), QDate(2023, 12, 31)));
}

void TestReports::badPeriodIsRefused()
{
    statistics::Filter f;
    f.from = QDate(2023, 9, 1);
    f.to = QDate(2023, 8, 1);
    auto data = build(Engine::Sqlite, f);
    QVERIFY(!data);
    QCOMPARE(data.error().kind, Error::Kind::InvalidInput);
}

void TestReports::numbersInVietnameseForm()
{
    QCOMPARE(viCount(1166547), QStringLiteral("1.166.547"));
    QCOMPARE(viPercent(42.46), QStringLiteral("42,5\u00A0%"));
    QCOMPARE(viDuration(45), QStringLiteral("45 giây"));
    QCOMPARE(viDuration(750), QStringLiteral("12,5 phút"));
    QCOMPARE(viDuration(-30), QStringLiteral("−30 giây"));
    QCOMPARE(viTrend(5, 5), QStringLiteral("không đổi"));
    QCOMPARE(viTrend(3, 0), QStringLiteral("mới"));
    QCOMPARE(reportNumberLine(1), QStringLiteral("Số: 01/BC-STTTT"));
    QCOMPARE(reportNumberLine(12), QStringLiteral("Số: 12/BC-STTTT"));
}

#define REQUIRE_TOOLS()                                                                                      \
    do {                                                                                                     \
        if (!sw::test::requireTool({"pdftotext", "pdffonts", "pdftoppm"}, "poppler-utils"))                  \
            return;                                                                                          \
    } while (false)

QString TestReports::writePdf(const documents::PdfDocument &pdf, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf.bytes) != pdf.bytes.size())
        return {};
    return path;
}

QString TestReports::run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

void TestReports::pdfHoldsSectionsAndFigures()
{
    REQUIRE_TOOLS();
    auto pdf = ReportPdf::render(m_sample);
    QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().fullText()));
    QVERIFY(pdf->pageCount >= 3);
    const QString path = writePdf(*pdf, QStringLiteral("report.pdf"));
    const QString text
        = normalised(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    QVERIFY(!text.isEmpty());
    for (const QString &expected :
         {QStringLiteral("UBND TỈNH THỪA THIÊN HUẾ"), QStringLiteral("SỞ THÔNG TIN VÀ TRUYỀN THÔNG"),
          QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
          QStringLiteral("Số: 03/BC-STTTT"), QStringLiteral("Thừa Thiên Huế, ngày 05 tháng 9 năm 2023"),
          QStringLiteral("BÁO CÁO"), QStringLiteral("từ ngày 01/8/2023 đến ngày 31/8/2023"),
          // Figures: 8 holders of 1.166.547; the target 50 %; per provider; 48-hour rate 60,0 %.
          QStringLiteral("có 8 công dân đã có chữ ký số"), QStringLiteral("1.166.547"),
          QStringLiteral("các doanh nghiệp đã cấp mới 8 chứng thư chữ ký số"),
          QStringLiteral("Hue-S ghi nhận 1 chứng thư cấp trước chương trình được nhập vào dữ liệu"),
          QStringLiteral("Tỷ lệ phục vụ đúng hạn: 60,0 %"),
          QStringLiteral("một nửa số chứng thư được cập nhật trong vòng 3,3 phút"),
          QStringLiteral("95% trong vòng 13,7 phút"), QStringLiteral("Phú Vang"), QStringLiteral("A Lưới"),
          QStringLiteral("Cấp trùng cho công dân đã có chữ ký số"),
          QStringLiteral("gạch đầu dòng thứ ba mục 1"), QStringLiteral("+50,0 %"),
          QStringLiteral("Đang xác minh"), QStringLiteral("VIETTEL-CA từ ngày 25/8/2023"),
          QStringLiteral("Đề nghị UBND tỉnh chỉ đạo các doanh nghiệp cập nhật Hue-S đúng hạn."),
          QStringLiteral("Nơi nhận:"), QStringLiteral("PHÓ GIÁM ĐỐC"), QStringLiteral("Nguyễn Văn Án")})
        QVERIFY2(text.contains(normalised(expected)), qPrintable(expected));
    for (const QString &title : ReportPdf::sectionTitles())
        QVERIFY2(text.contains(title), qPrintable(title));
    // Page numbers from page 2, at the top of the page (-layout keeps the page's order).
    auto firstLine = [&](int page) {
        const QString pageText
            = run(QStringLiteral("pdftotext"),
                  {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                   QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")});
        for (const QString &line : pageText.split(QLatin1Char('\n')))
            if (!line.trimmed().isEmpty())
                return line.simplified();
        return QString();
    };
    QCOMPARE(firstLine(2), QStringLiteral("2"));
    QCOMPARE(firstLine(pdf->pageCount), QString::number(pdf->pageCount));
    QVERIFY(firstLine(1).startsWith(QStringLiteral("UBND")));
    // No full citizen id anywhere (§1.7).
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("\\d{12}"))));
    if (const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + QStringLiteral("/report.pdf"));
}

void TestReports::pdfEmbedsOnlyTheBundledFont()
{
    REQUIRE_TOOLS();
    auto pdf = ReportPdf::render(m_sample);
    QVERIFY(pdf);
    const QString fonts = run(QStringLiteral("pdffonts"), {writePdf(*pdf, QStringLiteral("fonts.pdf"))});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2); // two header lines
    QVERIFY(!lines.isEmpty());
    for (const QString &line : lines) {
        QVERIFY2(line.startsWith(QStringLiteral("LiberationSerif")), qPrintable(line));
        const QStringList columns = line.simplified().split(QLatin1Char(' '));
        // name type encoding emb sub uni object ID: "emb" is the fourth column from the right's ...
        QVERIFY2(columns.size() >= 7 && columns.at(columns.size() - 5) == QLatin1String("yes"),
                 qPrintable(line));
    }
}

void TestReports::chartPagesAreNotBlank()
{
    REQUIRE_TOOLS();
    auto pdf = ReportPdf::render(m_sample);
    QVERIFY(pdf);
    const QString path = writePdf(*pdf, QStringLiteral("charts.pdf"));
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    QProcess ppm;
    ppm.start(QStringLiteral("pdftoppm"),
              {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), path, prefix});
    QVERIFY(ppm.waitForFinished(60000) && ppm.exitCode() == 0);
    // Every chart's title is on some page; each such page has coloured bars (text is black).
    const QStringList chartTitles = {QStringLiteral("Biểu đồ 1. Số chứng thư ghi nhận trên Hue-S theo ngày"),
                                     QStringLiteral("Biểu đồ 3. Thời gian từ khi kích hoạt"),
                                     QStringLiteral("Biểu đồ 4. Trường hợp có dấu hiệu vi phạm")};
    int chartPages = 0;
    for (int page = 1; page <= pdf->pageCount; ++page) {
        const QString text
            = normalised(run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                              QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")}));
        const bool hasChart = std::any_of(chartTitles.cbegin(), chartTitles.cend(),
                                          [&](const QString &t) { return text.contains(t); });
        QString file = QStringLiteral("%1-%2.png").arg(prefix).arg(page);
        if (!QFile::exists(file))
            file = QStringLiteral("%1-%2.png").arg(prefix).arg(page, 2, 10, QLatin1Char('0'));
        const QImage image(file);
        QVERIFY2(!image.isNull(), qPrintable(file));
        const int coloured = colouredPixels(image, image.rect());
        if (hasChart) {
            ++chartPages;
            QVERIFY2(coloured > 150,
                     qPrintable(QStringLiteral("page %1: %2 coloured pixels").arg(page).arg(coloured)));
        }
        if (const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR"); !dir.isEmpty())
            image.save(QStringLiteral("%1/report-page-%2.png").arg(dir).arg(page));
    }
    QVERIFY(chartPages >= 2);

    // The chart alone, painted into an image: its bars are in the provider colours.
    const QList<ReportChart> charts = reportCharts(m_sample);
    QCOMPARE(charts.size(), 4);
    QImage image(QSize(640, 280), QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    auto family = documents::DocumentFonts::family();
    QVERIFY(family);
    paintChart(painter, QRectF(0, 0, 640, 280), charts.at(1), *family);
    painter.end();
    int vnptBlue = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) == providerColor(QStringLiteral("VNPT-CA")).rgb())
                ++vnptBlue;
    QVERIFY2(vnptBlue > 200, qPrintable(QString::number(vnptBlue)));
}

void TestReports::longTableRepeatsItsHeader()
{
    REQUIRE_TOOLS();
    auto writer = ReportWriter::create();
    QVERIFY(writer);
    QList<QStringList> rows;
    for (int i = 1; i <= 90; ++i)
        rows << QStringList {QString::number(i), QStringLiteral("Dòng thứ %1").arg(i), viCount(1000 * i)};
    (*writer)->sectionHeading(QStringLiteral("I. BẢNG DÀI"));
    (*writer)->table(
        {QStringLiteral("Số thứ tự"), QStringLiteral("Nội dung dòng"), QStringLiteral("Giá trị")}, rows,
        {20, 50, 30}, {2});
    auto pdf = (*writer)->finish(QStringLiteral("Bảng dài"));
    QVERIFY(pdf);
    QVERIFY(pdf->pageCount >= 3);
    const QString path = writePdf(*pdf, QStringLiteral("long.pdf"));
    for (int page = 2; page <= pdf->pageCount; ++page) {
        const QString text
            = normalised(run(QStringLiteral("pdftotext"),
                             {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(page),
                              QStringLiteral("-l"), QString::number(page), path, QStringLiteral("-")}));
        QVERIFY2(text.contains(QStringLiteral("Số thứ tự Nội dung dòng Giá trị")), qPrintable(text.left(80)));
    }
    const QString all
        = normalised(run(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), path, QStringLiteral("-")}));
    QVERIFY(all.contains(QStringLiteral("Dòng thứ 90 90.000")));
    if (const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR"); !dir.isEmpty())
        QFile::copy(path, dir + QStringLiteral("/report-long-table.pdf"));
}

void TestReports::csvRoundTripsVietnamese()
{
    const QStringList header = {QStringLiteral("Mã"), QStringLiteral("Họ và tên"), QStringLiteral("Ghi chú")};
    const QList<QStringList> rows = {
        {QStringLiteral("046******789"), QStringLiteral("Nguyễn Thị Ánh Tuyết"),
         QStringLiteral("Phường Vĩnh Ninh, Huế")},
        {QStringLiteral("VIETTEL-CA"), QStringLiteral("Trần \"Bé\" Đức"),
         QStringLiteral("hai dòng\r\nthứ hai")},
        {QString(), QStringLiteral("Lê Văn Ổn"), QStringLiteral("")},
    };
    const QByteArray bytes = CsvExport::document(header, rows);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(bytes.contains("\"Phường Vĩnh Ninh, Huế\""));
    QVERIFY(bytes.contains("\"Trần \"\"Bé\"\" Đức\""));
    QVERIFY(bytes.endsWith("\r\n"));
    const QString path = m_dir.filePath(QStringLiteral("rows.csv"));
    QVERIFY(CsvExport::save(path, header, rows));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QStringList> back = CsvExport::parse(file.readAll());
    QCOMPARE(back.size(), 4);
    QCOMPARE(back.at(0), header);
    for (int i = 0; i < rows.size(); ++i)
        QCOMPARE(back.at(i + 1), rows.at(i));
}

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
