// The settings' one table: every key has a default and a typed accessor, the stored names stay
// those earlier versions wrote, and nothing outside core/settings reads the file by a key's name.
#include "SourceScan.h"
#include "settings/Settings.h"

#include <QFile>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using sw::settings::Settings;
using namespace std::chrono_literals;

namespace {

// One typed accessor of a key: how to read and write it, and a value other than its default.
struct Accessor
{
    QString key;
    QVariant sample;
    std::function<QVariant(const Settings &)> get;
    std::function<void(Settings &, const QVariant &)> set;
};

Accessor bytes(const QString &key, QByteArray (Settings::*get)() const,
               void (Settings::*set)(const QByteArray &))
{
    return {key, QByteArray("\x01\x02state"), [get](const Settings &s) { return QVariant((s.*get)()); },
            [set](Settings &s, const QVariant &v) { (s.*set)(v.toByteArray()); }};
}

Accessor text(const QString &key, QString (Settings::*get)() const, void (Settings::*set)(const QString &),
              const QString &sample)
{
    return {key, sample, [get](const Settings &s) { return QVariant((s.*get)()); },
            [set](Settings &s, const QVariant &v) { (s.*set)(v.toString()); }};
}

Accessor map(const QString &key, QVariantMap (Settings::*get)() const,
             void (Settings::*set)(const QVariantMap &))
{
    const QVariantMap sample {{QStringLiteral("from"), QStringLiteral("2024-01-01")},
                              {QStringLiteral("n"), 2}};
    return {key, sample, [get](const Settings &s) { return QVariant((s.*get)()); },
            [set](Settings &s, const QVariant &v) { (s.*set)(v.toMap()); }};
}

Accessor view(const QString &key, Settings::View view)
{
    return {key, QByteArray("\x03view"), [view](const Settings &s) { return QVariant(s.viewState(view)); },
            [view](Settings &s, const QVariant &v) { s.setViewState(view, v.toByteArray()); }};
}

// Written by hand, one row per key: a key added to the table without a row here fails
// tableAndAccessorsMatch.
QList<Accessor> accessors()
{
    using View = Settings::View;
    return {
        text(QStringLiteral("interface/language"), &Settings::language, &Settings::setLanguage,
             QStringLiteral("en")),
        text(QStringLiteral("connection/lastProfile"), &Settings::lastProfile, &Settings::setLastProfile,
             QStringLiteral("Hue-S")),
        text(QStringLiteral("connection/lastUrl"), &Settings::lastRegistryUrl, &Settings::setLastRegistryUrl,
             QStringLiteral("sqlite:/tmp/demo.sqlite")),
        bytes(QStringLiteral("window/geometry"), &Settings::windowGeometry, &Settings::setWindowGeometry),
        bytes(QStringLiteral("window/state"), &Settings::windowState, &Settings::setWindowState),
        {QStringLiteral("window/page"), 5, [](const Settings &s) { return QVariant(s.windowPage()); },
         [](Settings &s, const QVariant &v) { s.setWindowPage(v.toInt()); }},
        view(QStringLiteral("window/splitter"), View::Navigation),
        view(QStringLiteral("overview/header"), View::OverviewTable),
        view(QStringLiteral("overview/splitter"), View::OverviewSplitter),
        map(QStringLiteral("overview/filter"), &Settings::overviewFilter, &Settings::setOverviewFilter),
        view(QStringLiteral("findings/state"), View::Findings),
        view(QStringLiteral("citizens/timelineHeader"), View::CitizenTimeline),
        view(QStringLiteral("complaints/state"), View::Complaints),
        view(QStringLiteral("cases/state"), View::Cases),
        view(QStringLiteral("documents/state"), View::Documents),
        text(QStringLiteral("casebook/path"), &Settings::casebookPath, &Settings::setCasebookPath,
             QStringLiteral("/srv/sw/casebook.sqlite")),
        text(QStringLiteral("casebook/url"), &Settings::casebookUrl, &Settings::setCasebookUrl,
             QStringLiteral("postgresql://alice@db.sotttt.hue.gov.vn:5432/casebook")),
        text(QStringLiteral("findings/storePath"), &Settings::findingsStorePath,
             &Settings::setFindingsStorePath, QStringLiteral("/srv/sw/findings.sqlite")),
        text(QStringLiteral("signing/key"), &Settings::signingKey, &Settings::setSigningKey,
             QStringLiteral("pkcs11:token=Nguyen%20Van%20A;object=Signing")),
        text(QStringLiteral("signing/pkcs11Module"), &Settings::signingPkcs11Module,
             &Settings::setSigningPkcs11Module, QStringLiteral("/usr/lib/x86_64-linux-gnu/opensc-pkcs11.so")),
        text(QStringLiteral("signing/signatureImage"), &Settings::signatureImage,
             &Settings::setSignatureImage, QStringLiteral("/home/a/chu-ky.png")),
        text(QStringLiteral("signing/sealKey"), &Settings::sealKey, &Settings::setSealKey,
             QStringLiteral("/srv/sw/seal.p12")),
        text(QStringLiteral("signing/sealPkcs11Module"), &Settings::sealPkcs11Module,
             &Settings::setSealPkcs11Module, QStringLiteral("/usr/lib/softhsm/libsofthsm2.so")),
        text(QStringLiteral("signing/sealImage"), &Settings::sealImage, &Settings::setSealImage,
             QStringLiteral("/srv/sw/con-dau.png")),
        text(QStringLiteral("signing/timestampUrl"), &Settings::timestampUrl, &Settings::setTimestampUrl,
             QStringLiteral("http://tsa.ca.gov.vn")),
        {QStringLiteral("signing/trustAnchors"),
         QStringList {QStringLiteral("/etc/sw/root-ca.pem"), QStringLiteral("/etc/sw/sub-ca.pem")},
         [](const Settings &s) { return QVariant(s.trustAnchors()); },
         [](Settings &s, const QVariant &v) { s.setTrustAnchors(v.toStringList()); }},
        text(QStringLiteral("publishing/endpoint"), &Settings::publishingEndpoint,
             &Settings::setPublishingEndpoint, QStringLiteral("https://portal.hue.gov.vn/api/thong-bao")),
        {QStringLiteral("publishing/timeoutSeconds"), 45,
         [](const Settings &s) { return QVariant(qint64(s.publishingTimeout().count())); },
         [](Settings &s, const QVariant &v) {
             s.setPublishingTimeout(std::chrono::seconds(v.toLongLong()));
         }},
        map(QStringLiteral("reports/draft"), &Settings::reportDraft, &Settings::setReportDraft),
        {QStringLiteral("findings/liveIntervalMs"), 2500,
         [](const Settings &s) { return QVariant(qint64(s.liveWatchInterval().count())); },
         [](Settings &s, const QVariant &v) {
             s.setLiveWatchInterval(std::chrono::milliseconds(v.toLongLong()));
         }},
        map(QStringLiteral("findings/liveWatermarks"), &Settings::liveWatermarks,
            &Settings::setLiveWatermarks),
    };
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tableAndAccessorsMatch();
    void accessorsReadTheDefaults();
    void accessorsKeepTheStoredNames();
    void publishingTimeoutFallsBackToTheDefault();
    void thresholdsAndProfilesStayInTheirGroups();
    void noStringKeyedSettingsOutsideCoreSettings();
    void signingKeyNeverKeepsAPin();
    void liveWatchSettings();

private:
    QString file(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestSettings::tableAndAccessorsMatch()
{
    QSet<QString> inTable;
    for (const Settings::Entry &entry : Settings::table()) {
        QVERIFY2(entry.defaultValue.isValid(), qPrintable(entry.key + QStringLiteral(" has no default")));
        QVERIFY2(!inTable.contains(entry.key), qPrintable(entry.key + QStringLiteral(" is listed twice")));
        inTable.insert(entry.key);
    }
    QSet<QString> withAccessor;
    for (const Accessor &a : accessors())
        withAccessor.insert(a.key);
    QCOMPARE(inTable.size(), 31);
    QCOMPARE(withAccessor, inTable);
}

void TestSettings::accessorsReadTheDefaults()
{
    Settings settings(file(QStringLiteral("defaults.ini")));
    for (const Settings::Entry &entry : Settings::table()) {
        for (const Accessor &a : accessors()) {
            if (a.key != entry.key)
                continue;
            QVariant expected = entry.defaultValue;
            QVERIFY(expected.convert(a.get(settings).metaType()));
            QVERIFY2(a.get(settings) == expected, qPrintable(entry.key));
        }
    }
    QCOMPARE(settings.language(), QStringLiteral("vi"));
    QCOMPARE(settings.publishingTimeout(), 30s);
}

// Each accessor writes its own key under the name earlier versions used, and reads what such a
// file holds: existing users' settings still load.
void TestSettings::accessorsKeepTheStoredNames()
{
    const QList<Accessor> all = accessors();
    for (const Accessor &a : all) {
        const QString written
            = file(QStringLiteral("written-%1.ini").arg(QString(a.key).replace(u'/', u'-')));
        {
            Settings settings(written);
            a.set(settings, a.sample);
        }
        QSettings raw(written, QSettings::IniFormat);
        QVariant stored = raw.value(a.key);
        QVERIFY2(stored.convert(a.sample.metaType()), qPrintable(a.key));
        QVERIFY2(stored == a.sample, qPrintable(a.key));
        // Nothing else was written but the schema version.
        QCOMPARE(raw.allKeys().size(), 2);

        const QString old = file(QStringLiteral("old-%1.ini").arg(QString(a.key).replace(u'/', u'-')));
        {
            QSettings earlier(old, QSettings::IniFormat);
            earlier.setValue(QStringLiteral("schemaVersion"), 2);
            earlier.setValue(a.key, a.sample);
        }
        QVariant read = a.get(Settings(old));
        QVERIFY2(read.convert(a.sample.metaType()), qPrintable(a.key));
        QVERIFY2(read == a.sample, qPrintable(a.key));
    }
}

void TestSettings::publishingTimeoutFallsBackToTheDefault()
{
    for (const QVariant &bad : {QVariant(QStringLiteral("soon")), QVariant(0), QVariant(-5)}) {
        const QString path = file(QStringLiteral("timeout.ini"));
        QFile::remove(path);
        {
            QSettings raw(path, QSettings::IniFormat);
            raw.setValue(QStringLiteral("publishing/timeoutSeconds"), bad);
        }
        QCOMPARE(Settings(path).publishingTimeout(), 30s);
    }
}

void TestSettings::thresholdsAndProfilesStayInTheirGroups()
{
    const QString path = file(QStringLiteral("groups.ini"));
    {
        Settings settings(path);
        settings.setThresholdOverride(QStringLiteral("late_update"), QStringLiteral("7200"));
        settings.setStoredProfiles(
            {{QStringLiteral("Hue-S"), QStringLiteral("postgresql://hues@db:5432/reg")}});
    }
    QSettings raw(path, QSettings::IniFormat);
    QCOMPARE(raw.value(QStringLiteral("thresholds/late_update")).toString(), QStringLiteral("7200"));
    QCOMPARE(raw.value(QStringLiteral("profiles/1/name")).toString(), QStringLiteral("Hue-S"));
    QCOMPARE(raw.value(QStringLiteral("profiles/size")).toInt(), 1);

    Settings settings(path);
    QCOMPARE(settings.thresholdOverrides().value(QStringLiteral("late_update")), QStringLiteral("7200"));
    settings.setThresholdOverride(QStringLiteral("late_update"), {});
    QVERIFY(settings.thresholdOverrides().isEmpty());
    QCOMPARE(settings.storedProfiles().size(), 1);
    QCOMPARE(settings.storedProfiles().first().url, QStringLiteral("postgresql://hues@db:5432/reg"));
}

// Only core/settings holds a QSettings: everything else goes through the typed accessors (whose
// key-based value()/setValue() are private, so a name cannot be used from outside).
void TestSettings::noStringKeyedSettingsOutsideCoreSettings()
{
    const QRegularExpression pattern(QStringLiteral("\\bQSettings\\b"));
    const QStringList folders {QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app")};
    // The scan reads the real tree: it finds the one place that may use QSettings.
    QVERIFY(!sw::test::sourceLinesMatching(folders, pattern, {})
                 .filter(QStringLiteral("core/settings/"))
                 .isEmpty());
    const QStringList outside
        = sw::test::sourceLinesMatching(folders, pattern, {QStringLiteral("core/settings/")});
    QVERIFY2(outside.isEmpty(),
             qPrintable(QStringLiteral("QSettings used outside core/settings (add a typed accessor "
                                       "to settings/Settings.h instead):\n")
                        + outside.join(u'\n')));
}

void TestSettings::signingKeyNeverKeepsAPin()
{
    Settings settings(file(QStringLiteral("pin.ini")));
    settings.setSigningKey(QStringLiteral("pkcs11:token=T;pin-value=123456;object=Signing?module-name=x"));
    QCOMPARE(settings.signingKey(), QStringLiteral("pkcs11:token=T;object=Signing?module-name=x"));
    settings.setSealKey(QStringLiteral("pkcs11:token=S;object=Seal?pin-value=654321"));
    QCOMPARE(settings.sealKey(), QStringLiteral("pkcs11:token=S;object=Seal"));
    settings.sync();
    QFile raw(file(QStringLiteral("pin.ini")));
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray stored = raw.readAll();
    QVERIFY(!stored.contains("123456") && !stored.contains("654321"));
}

// The live watch's interval falls back to 5 s; a watermark is kept per registry and removed by an
// empty one.
void TestSettings::liveWatchSettings()
{
    Settings settings(file(QStringLiteral("live.ini")));
    QCOMPARE(settings.liveWatchInterval(), std::chrono::milliseconds(5000));
    settings.setLiveWatchInterval(std::chrono::milliseconds(0));
    QCOMPARE(settings.liveWatchInterval(), std::chrono::milliseconds(5000));
    settings.setLiveWatchInterval(std::chrono::milliseconds(250));
    const QString a = QStringLiteral("sqlite:/srv/hue-s.sqlite");
    const QString b = QStringLiteral("postgresql://hues@db:5432/registry");
    settings.setLiveWatermark(a, QStringLiteral("{\"as_of\":\"2024-03-01T00:00:00Z\"}"));
    settings.setLiveWatermark(b, QStringLiteral("{\"as_of\":\"2024-03-02T00:00:00Z\"}"));
    settings.sync();
    {
        Settings again(file(QStringLiteral("live.ini")));
        QCOMPARE(again.liveWatchInterval(), std::chrono::milliseconds(250));
        QCOMPARE(again.liveWatermark(a), QStringLiteral("{\"as_of\":\"2024-03-01T00:00:00Z\"}"));
        QCOMPARE(again.liveWatermark(b), QStringLiteral("{\"as_of\":\"2024-03-02T00:00:00Z\"}"));
        again.setLiveWatermark(a, {});
    }
    Settings last(file(QStringLiteral("live.ini")));
    QVERIFY(last.liveWatermark(a).isEmpty());
    QCOMPARE(last.liveWatermarks().size(), 1);
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
