// One colour per provider in every dashboard chart (and a colour-blind reader can tell them
// apart), one hue per rule, codes not among the six grouped as one "invalid code" entry with the
// summed counts, and a tooltip naming what lies under the pointer — in both languages.
#include "dashboard/charts/ChartFactory.h"
#include "dashboard/charts/DashboardChart.h"
#include "dashboard/charts/DashboardChartData.h"
#include "rules/RuleCatalogue.h"
#include "settings/Language.h"
#include "statistics/ProviderColors.h"
#include "statistics/ProviderGroups.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"
#include "widgets/RuleColors.h"

#include <QAbstractBarSeries>
#include <QApplication>
#include <QBarSet>
#include <QBoxPlotSeries>
#include <QBoxSet>
#include <QChart>
#include <QChartView>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPieSeries>
#include <QPieSlice>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <cmath>

using namespace sw;
namespace charts = sw::ui::charts;

namespace {
// CIE L*a*b* of an sRGB colour, optionally as a deuteranope sees it (Machado, Oliveira and
// Fernandes 2009, severity 1), for the distance ΔE*ab between two colours.
struct Lab
{
    double l, a, b;
};

Lab lab(const QColor &colour, bool deuteranopia = false)
{
    auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    double r = linear(colour.redF());
    double g = linear(colour.greenF());
    double b = linear(colour.blueF());
    if (deuteranopia) {
        const double dr = 0.367322 * r + 0.860646 * g - 0.227968 * b;
        const double dg = 0.280085 * r + 0.672501 * g + 0.047413 * b;
        const double db = -0.011820 * r + 0.042940 * g + 0.968881 * b;
        r = qBound(0.0, dr, 1.0);
        g = qBound(0.0, dg, 1.0);
        b = qBound(0.0, db, 1.0);
    }
    const double x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
    const double y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
    const double z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116.0; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double distance(const QColor &one, const QColor &other, bool deuteranopia = false)
{
    const Lab p = lab(one, deuteranopia);
    const Lab q = lab(other, deuteranopia);
    return std::hypot(p.l - q.l, p.a - q.a, p.b - q.b);
}

statistics::ProviderDashboard provider(const QString &code, qint64 certificates, double medianSeconds)
{
    statistics::ProviderDashboard p;
    p.code = code;
    p.known = statistics::isKnownProvider(code);
    p.certificates = certificates;
    p.active = certificates;
    p.byChannel = {{QStringLiteral("door_to_door"), certificates - 1}, {QStringLiteral("app"), 1}};
    p.delay.count = certificates;
    p.delay.p05 = medianSeconds / 2;
    p.delay.q1 = medianSeconds * 0.8;
    p.delay.median = medianSeconds;
    p.delay.q3 = medianSeconds * 1.5;
    p.delay.p95 = medianSeconds * 3;
    p.requests.registered = 10;
    p.requests.served = 8;
    p.requests.expired = 2;
    return p;
}

// The six providers and two codes the programme does not know (as tst_ui_layout's registry has).
statistics::Dashboard sixAndTwoUnknown()
{
    statistics::Dashboard d;
    const QStringList codes = statistics::knownProviderCodes();
    for (int i = 0; i < codes.size(); ++i)
        d.providers << provider(codes.at(i), 100 * (i + 1), 600.0 * (i + 1));
    d.providers << provider(QStringLiteral("BKAV_CA"), 7, 300)
                << provider(QStringLiteral("HUE-SMARTCA"), 5, 900);
    d.bucketDays = 1;
    d.bucketStarts = {QDate(2023, 8, 1), QDate(2023, 8, 2)};
    for (const auto &p : std::as_const(d.providers)) {
        d.timeline.insert(p.code, {p.certificates - 1, 1});
        d.totals.certificates += p.certificates;
    }
    return d;
}

void setLanguage(const QString &language)
{
    settings::installTranslations(*qApp, language);
    QLocale::setDefault(language == QLatin1String("vi") ? QLocale(QLocale::Vietnamese, QLocale::Vietnam)
                                                        : QLocale(QLocale::English, QLocale::UnitedKingdom));
}

QString invalidLabel(const QString &language)
{
    return language == QLatin1String("vi") ? QStringLiteral("mã không hợp lệ")
                                           : QStringLiteral("invalid code");
}
} // namespace

class TestUiChartColours : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void providerColoursApart();
    void sameProviderColourInEveryChart();
    void ruleColoursApart();
    void invalidCodesAreOneEntry_data();
    void invalidCodesAreOneEntry();
    void hoverSaysWhatIsUnderThePointer_data();
    void hoverSaysWhatIsUnderThePointer();
    void cleanupTestCase();
};

void TestUiChartColours::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestUiChartColours::cleanupTestCase()
{
    setLanguage(QStringLiteral("en"));
}

void TestUiChartColours::providerColoursApart()
{
    QList<QColor> colours;
    for (const QString &code : ui::ProviderColors::knownCodes())
        colours << ui::ProviderColors::color(code);
    colours << ui::ProviderColors::unknownColor();
    for (int i = 0; i < colours.size(); ++i) {
        for (int j = i + 1; j < colours.size(); ++j) {
            const QString pair = QStringLiteral("%1 / %2").arg(colours.at(i).name(), colours.at(j).name());
            // Apart at a glance, and still apart for a deuteranope (the commonest colour blindness).
            QVERIFY2(distance(colours.at(i), colours.at(j)) >= 25, qPrintable(pair));
            QVERIFY2(distance(colours.at(i), colours.at(j), true) >= 12, qPrintable(pair));
        }
    }
}

void TestUiChartColours::sameProviderColourInEveryChart()
{
    const statistics::Dashboard d = sixAndTwoUnknown();
    charts::DashboardChart timeline;
    timeline.setData(charts::DashboardChartData::timeline(d));
    charts::DashboardChart shares;
    shares.setData(charts::DashboardChartData::shares(d));
    charts::DashboardChart delays;
    delays.setData(charts::DashboardChartData::delays(d));
    charts::DashboardChart service;
    service.setData(charts::DashboardChartData::serviceRate(d));

    QStringList keys = statistics::knownProviderCodes();
    keys << statistics::invalidProviderKey();
    const auto lines = timeline.view()->chart()->series();
    auto *pie = qobject_cast<QPieSeries *>(shares.view()->chart()->series().first());
    auto *boxes = qobject_cast<QBoxPlotSeries *>(delays.view()->chart()->series().first());
    auto *bars = qobject_cast<QAbstractBarSeries *>(service.view()->chart()->series().first());
    QVERIFY(pie && boxes && bars);
    QCOMPARE(lines.size(), keys.size());
    QCOMPARE(pie->count(), keys.size());
    QCOMPARE(boxes->count(), 6); // the group of two codes has no delay quantiles of its own
    QCOMPARE(bars->count(), keys.size());
    for (int i = 0; i < keys.size(); ++i) {
        const QColor colour = ui::ProviderColors::color(keys.at(i));
        QCOMPARE(qobject_cast<QLineSeries *>(lines.at(i))->pen().color(), colour);
        QCOMPARE(pie->slices().at(i)->color(), colour);
        QCOMPARE(bars->barSets().at(i)->color(), colour);
        if (i < boxes->count())
            QCOMPARE(boxes->boxSets().at(i)->brush().color(), colour);
    }
}

void TestUiChartColours::ruleColoursApart()
{
    const auto &catalogue = rules::ruleCatalogue();
    QCOMPARE(catalogue.size(), 13);
    for (int i = 0; i < catalogue.size(); ++i) {
        QCOMPARE(charts::DashboardChartData::ruleColor(catalogue.at(i).code),
                 ui::RuleColors::color(catalogue.at(i).code));
        for (int j = i + 1; j < catalogue.size(); ++j) {
            const double apart = distance(ui::RuleColors::color(catalogue.at(i).code),
                                          ui::RuleColors::color(catalogue.at(j).code));
            QVERIFY2(apart >= 30,
                     qPrintable(QStringLiteral("%1 / %2: %3")
                                    .arg(catalogue.at(i).code, catalogue.at(j).code)
                                    .arg(apart)));
        }
    }

    // Every rule of the catalogue has its entry in the chart's legend, in its own colour, those
    // without a finding too (with 0): the legend says what each of the 13 colours means.
    statistics::FindingCounts counts;
    counts.byProviderRule[QStringLiteral("VNPT-CA")][QStringLiteral("LATE_UPDATE")] = 1200;
    counts.byProviderRule[QStringLiteral("FPT-CA")][QStringLiteral("LATE_UPDATE")] = 3;
    counts.byProviderRule[QStringLiteral("FPT-CA")][QStringLiteral("STAFF_BURST")] = 2;
    counts.totalOpen = 1205;
    const charts::ChartData data = charts::DashboardChartData::findings(counts);
    QCOMPARE(data.series.size(), 13);
    charts::DashboardChart chart;
    chart.setData(data);
    const QList<QLegendMarker *> markers = chart.view()->chart()->legend()->markers();
    QVERIFY(chart.view()->chart()->legend()->isVisible());
    QCOMPARE(markers.size(), 13);
    QSet<QRgb> seen;
    for (int i = 0; i < catalogue.size(); ++i) {
        const QString &code = catalogue.at(i).code;
        const QLegendMarker *marker = markers.at(i);
        QVERIFY(marker->isVisible());
        QCOMPARE(marker->brush().color(), ui::RuleColors::color(code));
        seen.insert(marker->brush().color().rgb());
        const qint64 expected = code == QLatin1String("LATE_UPDATE") ? 1203
            : code == QLatin1String("STAFF_BURST")                   ? 2
                                                                     : 0;
        QCOMPARE(
            marker->label(),
            QStringLiteral("%1 (%2)").arg(rules::ruleDisplayName(code), ui::LocaleFormat::count(expected)));
    }
    QCOMPARE(seen.size(), 13);
    // A piece of a bar names its rule without the legend's count.
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart.view()->chart()->series().first());
    QVERIFY(bars);
    int late = 0;
    while (late < data.series.size() && data.series.at(late).key != QLatin1String("LATE_UPDATE"))
        ++late;
    QVERIFY(late < data.series.size());
    Q_EMIT bars->barSets().at(late)->hovered(true, 0);
    QVERIFY2(chart.hoverText().startsWith(rules::ruleDisplayName(QStringLiteral("LATE_UPDATE"))
                                          + QStringLiteral(" — VNPT-CA: ")),
             qPrintable(chart.hoverText()));
}

void TestUiChartColours::invalidCodesAreOneEntry_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestUiChartColours::invalidCodesAreOneEntry()
{
    QFETCH(QString, language);
    setLanguage(language);
    const statistics::Dashboard d = sixAndTwoUnknown();
    const QString invalid = invalidLabel(language);
    const QString key = statistics::invalidProviderKey();

    // The pie: one slice for both codes, 7 + 5 certificates, named once in the legend.
    const charts::ChartData shares = charts::DashboardChartData::shares(d);
    QCOMPARE(shares.series.size(), 7);
    QCOMPARE(shares.series.last().key, key);
    QCOMPARE(shares.series.last().values.value(0), 12.0);
    QVERIFY2(shares.series.last().label.startsWith(invalid), qPrintable(shares.series.last().label));
    for (const auto &s : shares.series)
        QVERIFY(!s.label.contains(QStringLiteral("BKAV_CA"))
                && !s.label.contains(QStringLiteral("HUE-SMARTCA")));

    // The timeline: one line, the days summed.
    const charts::ChartData timeline = charts::DashboardChartData::timeline(d);
    QCOMPARE(timeline.series.size(), 7);
    QCOMPARE(timeline.series.last().label, invalid);
    QCOMPARE(timeline.series.last().values, QList<double>({10.0, 2.0}));

    // The channel mix and the service rate: one category, its counts summed.
    const charts::ChartData channels = charts::DashboardChartData::channels(d);
    QCOMPARE(channels.categories.size(), 7);
    QCOMPARE(channels.categories.last(), invalid);
    QCOMPARE(channels.categoryKeys.last(), key);
    QCOMPARE(channels.series.first().values.last(), 10.0); // door to door: 6 + 4
    const charts::ChartData service = charts::DashboardChartData::serviceRate(d);
    QCOMPARE(service.categories.last(), invalid);
    QCOMPARE(service.series.last().values.last(), 80.0); // 16 of 20 served

    // Findings: the codes' counts summed in one category, whatever rule.
    statistics::FindingCounts counts;
    counts.byProviderRule[QStringLiteral("BKAV_CA")][QStringLiteral("DATA_QUALITY")] = 4;
    counts.byProviderRule[QStringLiteral("VNPT_CA")][QStringLiteral("DATA_QUALITY")] = 3;
    counts.byProviderRule[QStringLiteral("VNPT-CA")][QStringLiteral("LATE_UPDATE")] = 2;
    counts.totalOpen = 9;
    const charts::ChartData findings = charts::DashboardChartData::findings(counts);
    QCOMPARE(findings.categories, QStringList({QStringLiteral("VNPT-CA"), invalid}));
    const int quality = findings.series.first().key == QLatin1String("DATA_QUALITY") ? 0 : 1;
    QCOMPARE(findings.series.at(quality).values, QList<double>({0.0, 7.0}));

    // A click on the group reports its key (the overview turns it into the findings of its codes).
    charts::DashboardChart chart;
    chart.setData(channels);
    QSignalSpy activated(&chart, &charts::DashboardChart::activated);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart.view()->chart()->series().first());
    QVERIFY(bars);
    Q_EMIT bars->barSets().first()->clicked(6);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().at(1).toInt(), 6);
    QCOMPARE(channels.categoryKeys.value(6), key);
}

void TestUiChartColours::hoverSaysWhatIsUnderThePointer_data()
{
    invalidCodesAreOneEntry_data();
}

void TestUiChartColours::hoverSaysWhatIsUnderThePointer()
{
    QFETCH(QString, language);
    setLanguage(language);
    const bool vi = language == QLatin1String("vi");
    statistics::Dashboard d = sixAndTwoUnknown();
    d.providers[0].certificates = 1200; // VNPT-CA: a number with a thousands separator
    d.totals.certificates += 1100;

    // A slice: its provider, its count and its share of all.
    charts::DashboardChart shares;
    shares.setData(charts::DashboardChartData::shares(d));
    auto *pie = qobject_cast<QPieSeries *>(shares.view()->chart()->series().first());
    QVERIFY(pie);
    Q_EMIT pie->slices().first()->hovered(true);
    QCOMPARE(shares.hoverText(),
             vi ? QStringLiteral("VNPT-CA: 1.200 (%1 tổng số)").arg(ui::LocaleFormat::percent(37.36))
                : QStringLiteral("VNPT-CA: 1,200 (%1 of all)").arg(ui::LocaleFormat::percent(37.36)));
    Q_EMIT pie->slices().first()->hovered(false);
    QVERIFY(shares.hoverText().isEmpty());

    // A point of the timeline: the provider, the day, the count with its unit.
    charts::DashboardChart timeline;
    timeline.setData(charts::DashboardChartData::timeline(d));
    auto *line = qobject_cast<QLineSeries *>(timeline.view()->chart()->series().at(1));
    QVERIFY(line);
    Q_EMIT line->hovered(QPointF(charts::DashboardChartData::xOfDay(QDate(2023, 8, 1)) + 3600000.0, 150),
                         true);
    QCOMPARE(timeline.hoverText(),
             vi ? QStringLiteral("VIETTEL-CA\n01/08/2023: 199 chứng thư")
                : QStringLiteral("VIETTEL-CA\n01/08/2023: 199 certificates"));

    // A piece of a stacked bar: channel, provider, count and its share of the provider's bar.
    charts::DashboardChart channels;
    channels.setData(charts::DashboardChartData::channels(d));
    auto *bars = qobject_cast<QAbstractBarSeries *>(channels.view()->chart()->series().first());
    QVERIFY(bars);
    Q_EMIT bars->barSets().at(1)->hovered(true, 6); // the app, the invalid codes: 2 of 12
    QCOMPARE(channels.hoverText(),
             vi ? QStringLiteral("Ứng dụng — mã không hợp lệ: 2 (%1 của mã không hợp lệ)")
                      .arg(ui::LocaleFormat::percent(16.67))
                : QStringLiteral("App — invalid code: 2 (%1 of invalid code)")
                      .arg(ui::LocaleFormat::percent(16.67)));

    // A bar of the service rate: the provider and its rate.
    charts::DashboardChart service;
    service.setData(charts::DashboardChartData::serviceRate(d));
    bars = qobject_cast<QAbstractBarSeries *>(service.view()->chart()->series().first());
    QVERIFY(bars);
    Q_EMIT bars->barSets().at(2)->hovered(true, 2);
    QCOMPARE(service.hoverText(), QStringLiteral("MISA-CA: %1").arg(ui::LocaleFormat::percent(80)));

    // A box: the provider, the median and the spread, in minutes.
    charts::DashboardChart delays;
    delays.setData(charts::DashboardChartData::delays(d));
    auto *boxes = qobject_cast<QBoxPlotSeries *>(delays.view()->chart()->series().first());
    QVERIFY(boxes);
    Q_EMIT boxes->hovered(true, boxes->boxSets().at(1));
    const QString box = delays.hoverText();
    QVERIFY2(box.startsWith(QStringLiteral("VIETTEL-CA\n")), qPrintable(box));
    QVERIFY2(box.contains(vi ? QStringLiteral("trung vị 20 phút") : QStringLiteral("median 20 minutes")),
             qPrintable(box));
    QVERIFY2(box.contains(vi ? QStringLiteral("16 và 30 phút") : QStringLiteral("16 and 30 minutes")),
             qPrintable(box));
}

QTEST_MAIN(TestUiChartColours)
#include "tst_ui_chartcolours.moc"
