// The status bar's registry part: which registry is open, whether its session is encrypted and
// to whom (read from the live connection), and an attempt to open another one.
#include "ScratchRegistry.h"
#include "TlsPostgresServer.h"
#include "registry/RegistrySession.h"
#include "shell/RegistryStatus.h"

#include <QDir>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace sw;

namespace {
QString statusText(const char *source)
{
    return QCoreApplication::translate("sw::ui::RegistryStatus", source);
}
} // namespace

class TestUiRegistryStatus : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(test::checkPostgresRequirement()); }
    void saysWhetherTheSessionIsEncrypted();
    void showsAnAttemptBesideTheOpenRegistry();
};

void TestUiRegistryStatus::saysWhetherTheSessionIsEncrypted()
{
    registry::RegistrySession session;
    ui::RegistryStatus status(session);
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    auto *security = status.findChild<QLabel *>(QStringLiteral("registrySecurity"));
    QSignalSpy opened(&session, &registry::RegistrySession::opened);

    // A file: nothing travels, nothing to say.
    auto file = test::ScratchRegistry::create(connection::Engine::Sqlite);
    QVERIFY(file.ok());
    (*file)->closeWriter();
    session.open((*file)->spec(), {});
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(security->isHidden());

    if (!test::enginesUnderTest().contains(connection::Engine::Postgres))
        return;
    // The suite's server runs without TLS: said so, read from the live connection.
    auto plain = test::ScratchRegistry::create(connection::Engine::Postgres);
    QVERIFY(plain.ok());
    (*plain)->closeWriter();
    session.open((*plain)->spec(), (*plain)->password());
    QTRY_COMPARE(opened.count(), 2);
    QVERIFY(!security->isHidden());
    QCOMPARE(security->text(), QCoreApplication::translate("Registry", "not encrypted"));

    auto server = test::TlsPostgresServer::start();
    if (!server)
        QFAIL(qPrintable(QStringLiteral("the TLS test server did not start: ") + server.error().fullText()));
    session.open((*server)->spec(connection::SslMode::VerifyFull), test::TlsPostgresServer::password());
    QTRY_COMPARE_WITH_TIMEOUT(opened.count(), 3, 15000);
    QVERIFY2(security->text().contains(QLatin1String("TLS 1.")), qPrintable(security->text()));
    QVERIFY2(security->text().contains(QLatin1String("CN=localhost")), qPrintable(security->text()));
    QVERIFY2(security->toolTip().contains(QLatin1String("CN=SignWatch test CA")),
             qPrintable(security->toolTip()));
    const QString dir = qEnvironmentVariable("SIGNWATCH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(status.grab().save(QDir(dir).filePath(QStringLiteral("status-tls.png"))));
    session.close(); // before the server goes
}

void TestUiRegistryStatus::showsAnAttemptBesideTheOpenRegistry()
{
    registry::RegistrySession session;
    ui::RegistryStatus status(session);
    status.show();
    QVERIFY(QTest::qWaitForWindowExposed(&status));
    auto *text = status.findChild<QLabel *>(QStringLiteral("registryStatus"));
    auto *busy = status.findChild<QProgressBar *>(QStringLiteral("busyIndicator"));
    auto *cancel = status.findChild<QToolButton *>(QStringLiteral("cancelOpenButton"));
    QCOMPARE(text->text(), statusText("No registry open"));
    QVERIFY(busy->isHidden() && cancel->isHidden());

    auto file = test::ScratchRegistry::create(connection::Engine::Sqlite);
    QVERIFY(file.ok());
    (*file)->closeWriter();
    QSignalSpy opened(&session, &registry::RegistrySession::opened);
    QSignalSpy failed(&session, &registry::RegistrySession::openFailed);
    session.open((*file)->spec(), {});
    QTRY_COMPARE(opened.count(), 1);
    const QString open = text->text();
    QVERIFY2(open.contains((*file)->spec().displayName()), qPrintable(open));

    QTemporaryDir dir;
    connection::ConnectionSpec absent;
    absent.path = dir.filePath(QStringLiteral("other.sqlite"));
    session.open(absent, {});
    QVERIFY2(text->text().startsWith(open), qPrintable(text->text()));
    QVERIFY2(text->text().contains(QLatin1String("other.sqlite")), qPrintable(text->text()));
    QVERIFY(!busy->isHidden() && !cancel->isHidden());
    QTRY_COMPARE(failed.count(), 1);
    QCOMPARE(text->text(), open);
    QVERIFY(busy->isHidden() && cancel->isHidden());
}

QTEST_MAIN(TestUiRegistryStatus)
#include "tst_ui_registrystatus.moc"
