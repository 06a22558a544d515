// Settings (issue 17): the portal's address (checked as the publisher checks it, the problem said
// beside the field) and its token (in the system keychain, never in the settings file); the
// keychain's state; the rules' thresholds (kept across a restart, reset to the spec's defaults,
// used by the next scan); and the status bar's word on who is signed in. In Vietnamese and English.
#include "RegistryBuilder.h"
#include "ScratchRegistry.h"
#include "connection/SecretStore.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsPage.h"
#include "findings/FindingsStore.h"
#include "publishing/Outbox.h"
#include "publishing/Publisher.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CaseworkServices.h"
#include "shell/PersonStatus.h"
#include "shell/PublishingSettingsBox.h"
#include "shell/SettingsPage.h"
#include "shell/ThresholdsBox.h"
#include "util/Clock.h"
#include "widgets/DurationEdit.h"

#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace sw;

namespace {
// The thresholds of spec/rules.md with their defaults, written out from the spec (not taken from
// the catalogue under test). programme_start: 2023-07-27T17:00:00Z.
const QList<QPair<QString, qint64>> specDefaults = {
    {QStringLiteral("late_update"), 86400},       {QStringLiteral("request_deadline"), 172800},
    {QStringLiteral("lookup_window"), 86400},     {QStringLiteral("premature_tolerance"), 300},
    {QStringLiteral("techerr_grace"), 604800},    {QStringLiteral("burst_window"), 1800},
    {QStringLiteral("burst_count"), 10},          {QStringLiteral("free_days"), 364},
    {QStringLiteral("switch_tolerance_days"), 1},
};

// The text of the form's label for `field`.
QString labelOf(QWidget *field)
{
    for (QWidget *w = field->parentWidget(); w; w = w->parentWidget())
        if (auto *form = qobject_cast<QFormLayout *>(w->layout()))
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                return label->text();
    return {};
}

template<typename T>
T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QLatin1String(name));
    if (!found)
        qWarning("no %s", name);
    return found;
}

int rowsOfRule(const ui::FindingsModel &model, const QString &rule)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.index(row, ui::FindingsModel::Rule).data(ui::FindingsModel::RawValueRole).toString()
            == rule)
            ++rows;
    return rows;
}
} // namespace

class TestUiSettingsPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void languages_data();
    void publishingFieldsAndTheirMessage_data() { languages_data(); }
    void publishingFieldsAndTheirMessage();
    void addressCheckedAsThePublisherChecksIt_data();
    void addressCheckedAsThePublisherChecksIt();
    void tokenGoesToTheKeychain();
    void keychainStateIsShown_data() { languages_data(); }
    void keychainStateIsShown();
    void thresholdsSurviveARestartAndReset_data() { languages_data(); }
    void thresholdsSurviveARestartAndReset();
    void scanUsesAChangedThreshold();
    void statusBarNamesThePerson_data() { languages_data(); }
    void statusBarNamesThePerson();

private:
    // A page on its own settings file, as the console makes it.
    struct Page
    {
        std::unique_ptr<settings::Settings> settings;
        std::unique_ptr<settings::ProfileStore> profiles;
        std::unique_ptr<ui::SettingsPage> page;
    };
    Page makePage(const QString &name);
    bool keychainWorks(QString *why = nullptr);

    QTemporaryDir m_dir;
    // The test's own service in the keychain, apart from a real console's entries.
    connection::SecretStore m_secrets {QStringLiteral("SignWatch-test")};
};

void TestUiSettingsPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(test::checkPostgresRequirement());
}

void TestUiSettingsPage::cleanupTestCase()
{
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    (void)m_secrets.remove(ui::CaseworkServices::portalTokenKey());
}

void TestUiSettingsPage::languages_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << QStringLiteral("vi");
    QTest::newRow("en") << QStringLiteral("en");
}

TestUiSettingsPage::Page TestUiSettingsPage::makePage(const QString &name)
{
    Page p;
    p.settings = std::make_unique<settings::Settings>(m_dir.filePath(name + QStringLiteral(".ini")));
    p.profiles = std::make_unique<settings::ProfileStore>(*p.settings);
    p.page = std::make_unique<ui::SettingsPage>(*p.settings, *p.profiles, m_secrets);
    p.page->resize(1176, 700);
    return p;
}

bool TestUiSettingsPage::keychainWorks(QString *why)
{
    const QString probe = QStringLiteral("probe-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const auto written = m_secrets.write(probe, QStringLiteral("x"));
    if (!written) {
        if (why)
            *why = written.error().fullText();
        return false;
    }
    return m_secrets.remove(probe).ok();
}

// The fields are there, labelled in the language of the interface, and the publisher's message
// when nothing is set names the field as it is labelled.
void TestUiSettingsPage::publishingFieldsAndTheirMessage()
{
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    Page p = makePage(QStringLiteral("fields-") + language);
    auto *address = child<QLineEdit>(*p.page, "portalAddressEdit");
    auto *token = child<QLineEdit>(*p.page, "portalTokenEdit");
    QVERIFY(address && token);
    QVERIFY(child<QLabel>(*p.page, "keychainStatus"));
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    const QString addressLabel = labelOf(address);
    const QString tokenLabel = labelOf(token);
    QCOMPARE(addressLabel,
             language == QLatin1String("vi") ? QStringLiteral("Địa chỉ Cổng thông tin:")
                                             : QStringLiteral("Portal address:"));
    QCOMPARE(tokenLabel,
             language == QLatin1String("vi") ? QStringLiteral("Mã truy cập:")
                                             : QStringLiteral("Access token:"));
    const QString groupTitle = p.page->publishingSettings()->title();

    QTemporaryDir dir;
    QSqlDatabase db
        = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("outbox-") + language);
    db.setDatabaseName(dir.filePath(QStringLiteral("outbox.sqlite")));
    QVERIFY(db.open());
    {
        const sw::Clock clock;
        publishing::Outbox outbox(db, clock);
        publishing::Publisher publisher(outbox);
        auto problem = publisher.configurationProblem();
        QVERIFY(problem);
        const QString field = addressLabel.chopped(1); // without its colon
        QVERIFY2(problem->message.contains(field), qPrintable(problem->message));
        QVERIFY2(problem->message.contains(groupTitle), qPrintable(problem->message));
        QVERIFY(publisher.setEndpoint(QStringLiteral("https://portal.example.gov.vn/api")).ok());
        problem = publisher.configurationProblem();
        QVERIFY(problem);
        QVERIFY2(problem->message.contains(tokenLabel.chopped(1)), qPrintable(problem->message));
        if (language == QLatin1String("vi")) // translated, not left in English
            QVERIFY2(problem->message.startsWith(QStringLiteral("Chưa thiết lập")),
                     qPrintable(problem->message));
    }
    db.close();
    db = {};
    QSqlDatabase::removeDatabase(QStringLiteral("outbox-") + language);
}

void TestUiSettingsPage::addressCheckedAsThePublisherChecksIt_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("accepted");
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        const auto row = [&language](const char *name) -> QTestData & {
            return QTest::addRow("%s %s", qPrintable(language), name) << language;
        };
        row("https") << QStringLiteral("https://portal.example.gov.vn/api/announcements") << true;
        row("plain http") << QStringLiteral("http://portal.example.gov.vn/api") << false;
        row("user info") << QStringLiteral("https://can:bo@portal.example.gov.vn/api") << false;
        row("no scheme") << QStringLiteral("portal.example.gov.vn") << false;
        row("ftp") << QStringLiteral("ftp://portal.example.gov.vn/") << false;
    }
}

void TestUiSettingsPage::addressCheckedAsThePublisherChecksIt()
{
    QFETCH(QString, language);
    QFETCH(QString, address);
    QFETCH(bool, accepted);
    QVERIFY(settings::installTranslations(*qApp, language));
    Page p = makePage(QStringLiteral("address-") + QString::number(qHash(address)) + language);
    p.page->show();
    auto *edit = child<QLineEdit>(*p.page, "portalAddressEdit");
    auto *problem = child<QLabel>(*p.page, "portalAddressProblem");
    auto *save = child<QPushButton>(*p.page, "savePublishingButton");
    QVERIFY(edit && problem && save);
    QSignalSpy saved(p.page.get(), &ui::SettingsPage::publishingChanged);
    edit->clear();
    QTest::keyClicks(edit, address);
    QTest::mouseClick(save, Qt::LeftButton);
    if (accepted) {
        QVERIFY(!problem->isVisible());
        QCOMPARE(saved.count(), 1);
        QCOMPARE(
            settings::Settings(m_dir.filePath(QStringLiteral("address-") + QString::number(qHash(address))
                                              + language + QStringLiteral(".ini")))
                .publishingEndpoint(),
            address);
        return;
    }
    QVERIFY(problem->isVisible());
    QCOMPARE(saved.count(), 0);
    QCOMPARE(p.settings->publishingEndpoint(), QString());
    const auto expected = publishing::Publisher::checkEndpoint(address);
    QVERIFY(!expected);
    QCOMPARE(problem->text(), expected.error().message);
    // In the language of the interface.
    QVERIFY2(problem->text().startsWith(language == QLatin1String("vi")
                                            ? QStringLiteral("Địa chỉ")
                                            : QStringLiteral("The portal address")),
             qPrintable(problem->text()));
    // Edited again: the message goes.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!problem->isVisible());
}

void TestUiSettingsPage::tokenGoesToTheKeychain()
{
    QString why;
    if (!keychainWorks(&why)) {
        if (qEnvironmentVariable("SIGNWATCH_REQUIRE_KEYCHAIN") == QLatin1String("1"))
            QFAIL(qPrintable(QStringLiteral("keychain required but unavailable: ") + why));
        QSKIP(qPrintable(QStringLiteral("no keychain here: ") + why));
    }
    settings::installTranslations(*qApp, QStringLiteral("vi"));
    (void)m_secrets.remove(ui::CaseworkServices::portalTokenKey());
    const QString token = QStringLiteral("tok-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        Page p = makePage(QStringLiteral("token"));
        p.page->show();
        auto *edit = child<QLineEdit>(*p.page, "portalTokenEdit");
        QVERIFY(edit);
        QTest::keyClicks(child<QLineEdit>(*p.page, "portalAddressEdit"),
                         QStringLiteral("https://portal.example.gov.vn/api"));
        QTest::keyClicks(edit, token);
        QVERIFY(p.page->publishingSettings()->save());
        QVERIFY(edit->text().isEmpty()); // not kept on screen
        p.settings->sync();
    }
    const auto stored = m_secrets.read(ui::CaseworkServices::portalTokenKey());
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().fullText()));
    QCOMPARE(*stored, token);
    QFile ini(m_dir.filePath(QStringLiteral("token.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray file = ini.readAll();
    QVERIFY(file.contains("portal.example.gov.vn"));
    QVERIFY(!file.contains(token.toUtf8()));

    // After a restart the page says a token is saved; "Remove the token" removes it.
    Page again = makePage(QStringLiteral("token"));
    again.page->show();
    QVERIFY(again.page->publishingSettings()->keychainAvailable());
    QCOMPARE(child<QLabel>(*again.page, "portalTokenState")->text(),
             QStringLiteral("Đã lưu mã truy cập trong kho mật khẩu của hệ thống."));
    QTest::mouseClick(child<QPushButton>(*again.page, "removePortalTokenButton"), Qt::LeftButton);
    QCOMPARE(m_secrets.read(ui::CaseworkServices::portalTokenKey()).error().kind, Error::Kind::NotFound);
}

// The page says whether the keychain works, and why not when it does not (no D-Bus session, no
// Secret Service, locked).
void TestUiSettingsPage::keychainStateIsShown()
{
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    Page p = makePage(QStringLiteral("keychain-") + language);
    p.page->show(); // the keychain is asked when the page is first shown
    auto *status = child<QLabel>(*p.page, "keychainStatus");
    QVERIFY(status);
    if (const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(p.page->publishingSettings()->grab().save(
            QDir(dir).filePath(QStringLiteral("settings-publishing-%1.png").arg(language))));
        QVERIFY(p.page->thresholds()->grab().save(
            QDir(dir).filePath(QStringLiteral("settings-thresholds-%1.png").arg(language))));
    }
    QString why;
    const bool works = keychainWorks(&why);
    QCOMPARE(p.page->publishingSettings()->keychainAvailable(), works);
    const bool vi = language == QLatin1String("vi");
    if (works) {
        QVERIFY2(status->text().startsWith(vi ? QStringLiteral("Sẵn sàng") : QStringLiteral("Available")),
                 qPrintable(status->text()));
        return;
    }
    QVERIFY2(
        status->text().startsWith(vi ? QStringLiteral("Không dùng được") : QStringLiteral("Unavailable")),
        qPrintable(status->text()));
    // The reason, as the keychain gave it.
    const auto read = m_secrets.read(ui::CaseworkServices::portalTokenKey());
    QVERIFY(!read);
    QVERIFY2(status->text().contains(read.error().detail), qPrintable(status->text()));
}

void TestUiSettingsPage::thresholdsSurviveARestartAndReset()
{
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    const QString name = QStringLiteral("thresholds-") + language;
    {
        Page p = makePage(name);
        p.page->show();
        // Every threshold of the spec, showing its default: lengths of time in the unit that
        // reads best (never "86.400 giây"), days and counts as they are.
        const bool vi = language == QLatin1String("vi");
        const QMap<QString, QString> shown = {
            {QStringLiteral("late_update"), vi ? QStringLiteral("24 giờ") : QStringLiteral("24 hours")},
            {QStringLiteral("request_deadline"), vi ? QStringLiteral("48 giờ") : QStringLiteral("48 hours")},
            {QStringLiteral("lookup_window"), vi ? QStringLiteral("24 giờ") : QStringLiteral("24 hours")},
            {QStringLiteral("premature_tolerance"),
             vi ? QStringLiteral("5 phút") : QStringLiteral("5 minutes")},
            {QStringLiteral("techerr_grace"), vi ? QStringLiteral("7 ngày") : QStringLiteral("7 days")},
            {QStringLiteral("burst_window"), vi ? QStringLiteral("30 phút") : QStringLiteral("30 minutes")},
        };
        for (const auto &[threshold, value] : specDefaults) {
            const QString editor = QStringLiteral("threshold_") + threshold;
            if (auto *duration = p.page->findChild<ui::DurationEdit *>(editor)) {
                QVERIFY2(shown.contains(threshold), qPrintable(threshold));
                QCOMPARE(duration->seconds(), value);
                QCOMPARE(QStringLiteral("%1 %2").arg(duration->amountBox()->text(),
                                                     duration->unitBox()->currentText()),
                         shown.value(threshold));
                continue;
            }
            QVERIFY2(!shown.contains(threshold), qPrintable(threshold));
            auto *spin = p.page->findChild<QSpinBox *>(editor);
            QVERIFY2(spin, qPrintable(threshold));
            QCOMPARE(spin->value(), value);
        }
        // Days agree with their number ("1 day", "364 days").
        const QMap<QString, QString> days = {
            {QStringLiteral("free_days"), vi ? QStringLiteral("364 ngày") : QStringLiteral("364 days")},
            {QStringLiteral("switch_tolerance_days"),
             vi ? QStringLiteral("1 ngày") : QStringLiteral("1 day")},
        };
        for (const auto &[threshold, text] : days.asKeyValueRange())
            QCOMPARE(p.page->findChild<QSpinBox *>(QStringLiteral("threshold_") + threshold)->text(), text);
        auto *start = p.page->findChild<QDateTimeEdit *>(QStringLiteral("threshold_programme_start"));
        QVERIFY(start);
        // Shown in local time: 28 July 2023, 00:00.
        QCOMPARE(start->dateTime().date(), QDate(2023, 7, 28));
        QCOMPARE(start->dateTime().time(), QTime(0, 0));
        auto *notice = child<QLabel>(*p.page, "thresholdsNotice");
        QVERIFY(!notice->isVisible());

        QSignalSpy changed(p.page.get(), &ui::SettingsPage::thresholdsChanged);
        // 24 hours to 1 hour, then 10 minutes to 90 seconds: kept in seconds, exactly.
        auto *late = p.page->findChild<ui::DurationEdit *>(QStringLiteral("threshold_late_update"));
        late->amountBox()->setValue(1);
        QCOMPARE(late->unitBox()->currentText(), vi ? QStringLiteral("giờ") : QStringLiteral("hour"));
        auto *premature
            = p.page->findChild<ui::DurationEdit *>(QStringLiteral("threshold_premature_tolerance"));
        premature->unitBox()->setCurrentIndex(premature->unitBox()->findData(int(ui::DurationEdit::Seconds)));
        QCOMPARE(premature->seconds(), 5);
        premature->amountBox()->setValue(90);
        p.page->findChild<QSpinBox *>(QStringLiteral("threshold_burst_count"))->setValue(6);
        start->setDateTime(QDateTime(QDate(2023, 8, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(changed.count(), 5);
        // A new scan is needed, and the page says so.
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->text().contains(language == QLatin1String("vi") ? QStringLiteral("quét lại")
                                                                         : QStringLiteral("new scan")),
                 qPrintable(notice->text()));
    }
    // Read back after a restart: the settings file holds them.
    {
        settings::Settings reopened(m_dir.filePath(name + QStringLiteral(".ini")));
        const auto overrides = reopened.thresholdOverrides();
        QCOMPARE(overrides.value(QStringLiteral("late_update")), QStringLiteral("3600"));
        QCOMPARE(overrides.value(QStringLiteral("premature_tolerance")), QStringLiteral("90"));
        QCOMPARE(overrides.value(QStringLiteral("burst_count")), QStringLiteral("6"));
        QCOMPARE(overrides.value(QStringLiteral("programme_start")), QStringLiteral("2023-07-31T17:00:00Z"));
        QCOMPARE(overrides.size(), 4);
    }
    Page p = makePage(name);
    // Shown again in the unit that holds each value exactly: 1 hour, 90 seconds (not 1,5 minutes).
    auto *late = p.page->findChild<ui::DurationEdit *>(QStringLiteral("threshold_late_update"));
    QCOMPARE(late->seconds(), 3600);
    QCOMPARE(late->unit(), ui::DurationEdit::Hours);
    QCOMPARE(late->amount(), 1);
    auto *premature = p.page->findChild<ui::DurationEdit *>(QStringLiteral("threshold_premature_tolerance"));
    QCOMPARE(premature->unit(), ui::DurationEdit::Seconds);
    QCOMPARE(premature->amount(), 90);
    QCOMPARE(p.page->findChild<QSpinBox *>(QStringLiteral("threshold_burst_count"))->value(), 6);

    QSignalSpy changed(p.page.get(), &ui::SettingsPage::thresholdsChanged);
    QTest::mouseClick(child<QPushButton>(*p.page, "resetThresholdsButton"), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QVERIFY(p.settings->thresholdOverrides().isEmpty());
    for (const auto &[threshold, value] : specDefaults) {
        const QString editor = QStringLiteral("threshold_") + threshold;
        if (auto *duration = p.page->findChild<ui::DurationEdit *>(editor))
            QCOMPARE(duration->seconds(), value);
        else
            QCOMPARE(p.page->findChild<QSpinBox *>(editor)->value(), value);
    }
    QCOMPARE(late->amount(), 24);
    QCOMPARE(p.page->findChild<QDateTimeEdit *>(QStringLiteral("threshold_programme_start"))->dateTime(),
             QDateTime(QDate(2023, 7, 28), QTime(0, 0), Qt::UTC));
}

// A certificate that reached Hue-S two hours after its activation: no LATE_UPDATE under the
// spec's 24 hours, one once the threshold is set to one hour on the settings page, none again
// after "Reset to the defaults".
void TestUiSettingsPage::scanUsesAChangedThreshold()
{
    settings::installTranslations(*qApp, QStringLiteral("en"));
    test::RegistryBuilder b;
    b.citizen(QStringLiteral("046090000001"));
    test::RegistryBuilder::Cert c;
    c.id = 1;
    c.citizen = QStringLiteral("046090000001");
    c.provider = QStringLiteral("VNPT-CA");
    c.activated = QStringLiteral("2023-08-01T01:00:00Z");
    c.recorded = QStringLiteral("2023-08-01T03:00:00Z");
    c.freeUntil = QStringLiteral("2024-08-01");
    b.certificate(c);
    b.lookup(1, QStringLiteral("VNPT-CA"), QStringLiteral("046090000001"),
             QStringLiteral("2023-08-01T00:30:00Z"));
    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite);
    QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().fullText()));
    std::unique_ptr<test::ScratchRegistry> registry = std::move(*scratch);
    QVERIFY(registry->exec(b.statements()));
    registry->closeWriter();

    Page p = makePage(QStringLiteral("scan"));
    findings::FindingsStore store(m_dir.filePath(QStringLiteral("scan-findings.sqlite")));
    QVERIFY(store.open());
    registry::RegistrySession session;
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    session.open(registry->spec(), registry->password());
    QVERIFY(opened.wait(20000));
    ui::FindingsPage findings(session, *p.settings, store, sw::Clock());
    const auto scan = [&findings] {
        QSignalSpy finished(&findings, &ui::FindingsPage::scanFinished);
        findings.startScan();
        return finished.wait(30000);
    };
    QVERIFY(scan());
    QCOMPARE(rowsOfRule(*findings.model(), QStringLiteral("LATE_UPDATE")), 0);

    const QString rescan = QStringLiteral("scan again (F5)");
    QVERIFY(!findings.scanSummary().contains(rescan));
    connect(p.page.get(), &ui::SettingsPage::thresholdsChanged, &findings,
            &ui::FindingsPage::thresholdsChanged);
    p.page->findChild<ui::DurationEdit *>(QStringLiteral("threshold_late_update"))->amountBox()->setValue(1);
    // The findings on show were found with the old value: the page says to scan again.
    QVERIFY2(findings.scanSummary().contains(rescan), qPrintable(findings.scanSummary()));
    QVERIFY(scan());
    QVERIFY(!findings.scanSummary().contains(rescan));
    QCOMPARE(findings.currentScan()->thresholds.value(QStringLiteral("late_update")), 3600);
    QCOMPARE(rowsOfRule(*findings.model(), QStringLiteral("LATE_UPDATE")), 1);

    QTest::mouseClick(child<QPushButton>(*p.page, "resetThresholdsButton"), Qt::LeftButton);
    QVERIFY(scan());
    QCOMPARE(findings.currentScan()->thresholds.value(QStringLiteral("late_update")), 86400);
    QCOMPARE(rowsOfRule(*findings.model(), QStringLiteral("LATE_UPDATE")), 0);
}

// The registry's login, by its person's name where the shared casebook knows it, when it is not
// the casebook's (whose label names that person).
void TestUiSettingsPage::statusBarNamesThePerson()
{
    QFETCH(QString, language);
    QVERIFY(settings::installTranslations(*qApp, language));
    const bool vi = language == QLatin1String("vi");
    ui::PersonStatus status;
    QVERIFY(status.isHidden()); // nobody signed in anywhere
    const auto people
        = casebook::CasebookPeople::withNames({{QStringLiteral("nguyenvana"), QStringLiteral("Nguyễn Văn A")},
                                               {QStringLiteral("tranthib"), QStringLiteral("Trần Thị B")}});
    status.setCasebook(QStringLiteral("nguyenvana"), people, true);
    QVERIFY(status.isHidden()); // the casebook's label names its person
    // The same login on the registry: said once, by the casebook's label.
    status.setRegistryUser(QStringLiteral("nguyenvana"));
    QVERIFY(status.isHidden());
    // Another login on the registry, named by the shared casebook's people.
    status.setRegistryUser(QStringLiteral("tranthib"));
    QVERIFY(!status.isHidden());
    QCOMPARE(status.text(),
             vi ? QStringLiteral("Tài khoản CSDL: Trần Thị B") : QStringLiteral("Registry user: Trần Thị B"));
    QVERIFY2(status.toolTip().contains(QStringLiteral("Trần Thị B (tranthib)")),
             qPrintable(status.toolTip()));
    // A login nobody named stays as it is.
    status.setRegistryUser(QStringLiteral("hues_reader"));
    QCOMPARE(status.text(),
             vi ? QStringLiteral("Tài khoản CSDL: hues_reader")
                : QStringLiteral("Registry user: hues_reader"));
    // A desk's file knows local accounts only: a registry login is not looked up among them.
    status.setCasebook(QStringLiteral("nguyenvana"), people, false);
    status.setRegistryUser(QStringLiteral("tranthib"));
    QCOMPARE(status.text(),
             vi ? QStringLiteral("Tài khoản CSDL: tranthib") : QStringLiteral("Registry user: tranthib"));
    status.clearCasebook();
    QVERIFY(!status.isHidden());
    status.setRegistryUser(QString());
    QVERIFY(status.isHidden());
}

QTEST_MAIN(TestUiSettingsPage)
#include "tst_ui_settingspage.moc"
