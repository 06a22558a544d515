// signwatch: the supervision console (Qt Widgets).
#include "DrawnBenchmark.h"
#include "casebook/AuditAnchor.h"
#include "casebook/Casebook.h"
#include "connection/ConnectionProfile.h"
#include "connection/ConnectionSpec.h"
#include "connection/SecretStore.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "registry/SqliteFunctions.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char *argv[])
{
    sw::registry::configureSqliteLibrary();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SignWatch"));
    QApplication::setApplicationName(QStringLiteral("SignWatch"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNWATCH_VERSION));
    // The desktop entry's id (resources/): Wayland compositors match the window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIGNWATCH_APP_ID));
    QApplication::setWindowIcon(sw::ui::MainWindow::applicationIcon());

    // The composition root: what the window works with is made here, once.
    sw::settings::Settings settings;
    const sw::Clock clock; // the system's

    // The language comes first so that --help is translated too.
    QString language = settings.language();
    const QStringList arguments = QApplication::arguments();
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(i + 1);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
    }
    if (!sw::settings::availableLanguages().contains(language))
        language = settings.language();
    sw::settings::installTranslations(app, language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "Gui", "Supervision console for the Thừa Thiên Huế digital-signature campaign."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"),
        QApplication::translate("Gui",
                                "Open this registry at start: sqlite:PATH or "
                                "postgresql://USER@HOST:PORT/DB (password from the "
                                "keychain or PGPASSWORD)."),
        QStringLiteral("URL"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        QApplication::translate("Gui", "Open this saved connection profile at start."),
        QStringLiteral("NAME"));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QApplication::translate("Gui", "Interface language for this run: vi or en."),
        QStringLiteral("LANG"));
    parser.addOptions({dbOption, profileOption, langOption});
    parser.process(app);

    // Said once, in the status bar, when the keychain cannot keep the audit log's head (a file in
    // the configuration folder does): it stops nothing. Kept until the window is there.
    QString anchorNotice;
    sw::ui::MainWindow *noticeWindow = nullptr;
    sw::casebook::AuditAnchor::setNoticeHandler([&anchorNotice, &noticeWindow](const QString &notice) {
        if (noticeWindow)
            noticeWindow->showNotice(notice);
        else
            anchorNotice = notice;
    });

    // The console's own stores. The casebook (this desk's file or the Department's shared one,
    // Settings) is connected once the window is up: the console starts without it, its casework
    // pages saying why, its registry pages working. The findings store reports its own failures
    // on the findings page.
    sw::connection::SecretStore secrets;
    const QString findingsPath = settings.findingsStorePath();
    sw::findings::FindingsStore findingsStore(
        findingsPath.isEmpty() ? sw::findings::FindingsStore::defaultPath() : findingsPath);
    (void)findingsStore.open(); // a failure shows on the findings page, which tries again

    sw::settings::ProfileStore profiles(settings);
    sw::registry::RegistrySession session;
    // The casebook, and on it the casework and publishing (the portal's address and timeout from
    // the settings, its token from the keychain).
    sw::ui::CasebookSession casebook(settings, secrets, clock);
    sw::ui::MainWindow window(
        sw::ui::ConsoleContext {settings, profiles, secrets, session, findingsStore, casebook, clock});
    noticeWindow = &window;
    if (!anchorNotice.isEmpty())
        window.showNotice(anchorNotice);
    DrawnBenchmark::watchIfAsked(window, session, clock);
    window.show();

    // What to open, decided once the window is up (the keychain may take a moment).
    QTimer::singleShot(0, &window, [&] {
        window.connectCasebook();
        if (parser.isSet(dbOption)) {
            auto spec = sw::connection::ConnectionSpec::parse(parser.value(dbOption));
            if (!spec) {
                QMessageBox::warning(&window, QApplication::translate("Gui", "Registry address"),
                                     spec.error().message);
                return;
            }
            window.openWithoutPrompt(*spec);
            return;
        }
        if (parser.isSet(profileOption)) {
            if (!window.openProfile(parser.value(profileOption)))
                QMessageBox::warning(&window, QApplication::translate("Gui", "Connection profile"),
                                     QApplication::translate("Gui",
                                                             "There is no saved profile "
                                                             "named \"%1\".")
                                         .arg(parser.value(profileOption)));
            return;
        }
        // Without arguments: reopen what was open last, if anything.
        if (!settings.lastProfile().isEmpty() && window.openProfile(settings.lastProfile()))
            return;
        if (!settings.lastRegistryUrl().isEmpty()) {
            if (auto spec = sw::connection::ConnectionSpec::parse(settings.lastRegistryUrl()))
                window.openWithoutPrompt(*spec);
        }
    });

    const int status = app.exec();
    sw::casebook::AuditAnchor::setNoticeHandler({});
    return status;
}
