// Qt's own strings in Vietnamese (issue 17): Debian ships no Vietnamese catalogue for Qt, so the
// project has its own, translations/qt_vi.ts, loaded as a second translator. In Vietnamese, every
// page and dialog of the console, its file dialogs and its context menus are walked: nothing of
// Qt's English may show, every standard button reads as Vietnamese software reads, and every Qt
// message that Qt asks for on the way has its Vietnamese. Each message of qt_vi.ts is one of Qt
// 6.4's own (Qt's catalogues for other languages know it) and is asked for by some step of the walk.
#include "FileDialogWalk.h"
#include "PrintDialogWalk.h"
#include "QtStrings.h"
#include "RequireTool.h"
#include "ScratchRegistry.h"
#include "TsFile.h"
#include "casebook/Casebook.h"
#include "casebook/Complaints.h"
#include "casework/CasePrompts.h"
#include "casework/ComplaintForm.h"
#include "casework/ComplaintsPage.h"
#include "citizens/UnmaskDialog.h"
#include "connection/SecretStore.h"
#include "dashboard/OverviewPage.h"
#include "demo/DemoGenerator.h"
#include "findings/FindingsExportDialog.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/ConnectionDialog.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"
#include "widgets/PdfPreviewDialog.h"

#include <QApplication>
#include <QBuffer>
#include <QContextMenuEvent>
#include <QDateTimeEdit>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QInputDialog>
#include <QListView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

#include <functional>

using namespace sw;
using test::asRead;
using test::contextMenuOf;
using test::nextModal;
using test::popup;
using test::whileShown;

namespace {

QString qtViPath()
{
    return QStringLiteral(SIGNWATCH_TEST_DATA "/../../translations/qt_vi.ts");
}

// The first widget of type T that a person can use on one of the window's pages (shown, enabled,
// and `accept`ed), its page made current; nullptr when there is none.
template<typename T>
T *usable(ui::MainWindow *window, const std::function<bool(const T *)> &accept = {})
{
    for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
        window->setCurrentPage(ui::MainWindow::Page(page));
        for (T *widget : window->findChildren<T *>())
            if (widget->isVisible() && widget->isEnabled() && (!accept || accept(widget)))
                return widget;
    }
    return nullptr;
}

} // namespace

class TestUiQtStrings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void catalogueHoldsQtMessages();
    void standardButtons();
    void gnomeThemeButtons();
    void pagesAndMenus();
    void contextMenus();
    void consoleDialogs();
    void messageBoxes();
    void fileDialogs();
    void printing();
    void everyMessageIsAskedFor();

private:
    // What the walk saw: no problem, no Qt message without Vietnamese.
    void verifyNothingEnglish();
    std::unique_ptr<ui::MainWindow> makeWindow();

    QTemporaryDir m_dir;
    QString m_documents; // $HOME/Documents, where the console's file dialogs start
    std::unique_ptr<test::QtStringsCheck> m_check;
    QSet<QString> m_walked; // the walks done in this process

    std::unique_ptr<test::ScratchRegistry> m_registry;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<findings::FindingsStore> m_findings;
    std::unique_ptr<ui::CasebookSession> m_casebook;
    const sw::Clock m_clock;
};

void TestUiQtStrings::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    // The file dialogs start in the documents folder of a home of the test's own.
    qputenv("HOME", m_dir.filePath(QStringLiteral("home")).toUtf8());
    m_documents = QDir::home().filePath(QStringLiteral("Documents"));
    QVERIFY(QDir().mkpath(m_documents + QStringLiteral("/archive")));
    for (const char *name : {"notes.csv", "registry.sqlite"}) {
        QFile file(QDir(m_documents).filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x\n");
    }
    // The widget dialogs, as offscreen and any desktop without a file dialog plugin show them.
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);

    QVERIFY(settings::installTranslations(*qApp, QStringLiteral("vi")));
    m_check = std::make_unique<test::QtStringsCheck>();
    const QString missing = m_check->load();
    QVERIFY2(missing.isEmpty(), qPrintable(missing));

    auto scratch = test::ScratchRegistry::create(connection::Engine::Sqlite, false);
    QVERIFY2(scratch, qPrintable(scratch ? QString() : scratch.error().fullText()));
    m_registry = std::move(scratch.value());
    demo::DemoOptions options;
    options.citizens = 2000;
    QVERIFY(demo::generateDemoRegistry(m_registry->writer(), options).ok());
    m_registry->closeWriter();

    m_settings = std::make_unique<settings::Settings>(m_dir.filePath(QStringLiteral("signwatch.ini")));
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    QVERIFY(m_profiles->save({QStringLiteral("Demo"), m_registry->spec()}).ok());
    m_session = std::make_unique<registry::RegistrySession>();
    m_findings = std::make_unique<findings::FindingsStore>(m_dir.filePath(QStringLiteral("findings.sqlite")));
    QVERIFY(m_findings->open().ok());
    auto opened = casebook::Casebook::open(m_dir.filePath(QStringLiteral("casebook.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    m_casebook = std::make_unique<ui::CasebookSession>(*m_settings, m_secrets, m_clock);
    m_casebook->adopt(std::move(opened.value()));
}

void TestUiQtStrings::cleanupTestCase()
{
    m_check.reset();
    m_session.reset();
    m_casebook.reset();
    m_findings.reset();
}

std::unique_ptr<ui::MainWindow> TestUiQtStrings::makeWindow()
{
    auto window = std::make_unique<ui::MainWindow>(ui::ConsoleContext {
        *m_settings, *m_profiles, m_secrets, *m_session, *m_findings, *m_casebook, m_clock});
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

void TestUiQtStrings::verifyNothingEnglish()
{
    m_walked.insert(QLatin1String(QTest::currentTestFunction()));
    const QStringList problems = m_check->takeProblems();
    // SIGNWATCH_QTSTRINGS_DUMP=FILE: every problem on a line of its own, to work through.
    if (const QString dumpPath = qEnvironmentVariable("SIGNWATCH_QTSTRINGS_DUMP"); !dumpPath.isEmpty()) {
        QFile dump(dumpPath);
        if (dump.open(QIODevice::WriteOnly | QIODevice::Append))
            dump.write((problems.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

// Every message of qt_vi.ts is one of Qt 6.4's (context, source text and disambiguation as Qt's
// own catalogues for other languages have them), finished, with its placeholders, in NFC, with a
// mnemonic where the source has one (on a plain letter, which every keyboard types), and answers
// in the running program.
void TestUiQtStrings::catalogueHoldsQtMessages()
{
    QString error;
    const QList<test::TsMessage> messages = test::readTs(qtViPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 50);
    QStringList problems;
    for (const test::TsMessage &m : messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = comment.isEmpty() ? nullptr : comment.constData();
        const QString translation = m.forms.value(0);
        if (!m_check->qt().knows(context.constData(), source.constData(), disambiguation))
            problems << QStringLiteral("%1 is not a message of Qt").arg(test::describe(m));
        if (!m.type.isEmpty() || translation.trimmed().isEmpty())
            problems << QStringLiteral("%1 is not translated").arg(test::describe(m));
        if (translation != translation.normalized(QString::NormalizationForm_C))
            problems << QStringLiteral("%1: not in NFC").arg(test::describe(m));
        if (test::placeholders(translation) != test::placeholders(m.source))
            problems
                << QStringLiteral("%1: other placeholders in \"%2\"").arg(test::describe(m), translation);
        const auto mnemonic = [](const QString &text) {
            const int at = QString(text).replace(QLatin1String("&&"), QLatin1String("__")).indexOf(u'&');
            return at < 0 ? QChar() : text.at(at + 1);
        };
        const QChar key = mnemonic(translation);
        if (mnemonic(m.source).isNull() != key.isNull() || (!key.isNull() && key.unicode() > 127))
            problems << QStringLiteral("%1: mnemonic of \"%2\"").arg(test::describe(m), translation);
        if (QCoreApplication::translate(context.constData(), source.constData(), disambiguation)
            != translation)
            problems << QStringLiteral("%1: the program does not answer \"%2\"")
                            .arg(test::describe(m), translation);
    }
    m_check->forgetLookups(); // this test's, not Qt's
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
}

// Each standard button of a button box (and so of a message box) as the console shows it.
void TestUiQtStrings::standardButtons()
{
    using B = QDialogButtonBox;
    const QList<B::StandardButton> buttons
        = {B::Ok,       B::Cancel,  B::Save,    B::SaveAll, B::Open,  B::Yes,
           B::YesToAll, B::No,      B::NoToAll, B::Abort,   B::Retry, B::Ignore,
           B::Close,    B::Discard, B::Help,    B::Apply,   B::Reset, B::RestoreDefaults};
    const QStringList vietnamese = QStringLiteral("Đồng ý|Hủy|Lưu|Lưu tất cả|Mở|Có|Có cho tất cả|Không|"
                                                  "Không cho tất cả|Hủy bỏ|Thử lại|Bỏ qua|Đóng|Loại bỏ|"
                                                  "Trợ giúp|Áp dụng|Đặt lại|Khôi phục mặc định")
                                       .split(u'|');
    QCOMPARE(vietnamese.size(), buttons.size());
    for (qsizetype i = 0; i < buttons.size(); ++i) {
        const B::StandardButton button = buttons.at(i);
        const QDialogButtonBox box(button);
        m_check->expectButton(&box, button, vietnamese.at(i), QStringLiteral("button box"));
        const QMessageBox message(QMessageBox::Question, QStringLiteral("Tiêu đề"),
                                  QStringLiteral("Nội dung"), QMessageBox::StandardButton(button));
        m_check->expectText(QStringLiteral("message box"),
                            message.button(QMessageBox::StandardButton(button))->text(), vietnamese.at(i));
    }
    verifyNothingEnglish();
}

// On a GNOME desktop (the xcb platform with the GNOME theme, as Debian's console runs) Qt gives the
// standard buttons its GNOME texts, with mnemonics: a probe of this program under Xvfb prints them.
void TestUiQtStrings::gnomeThemeButtons()
{
    if (!test::requireTool({"xvfb-run"}, "xvfb"))
        return;
    QProcess probe;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("SIGNWATCH_GNOME_PROBE"), QStringLiteral("1"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    environment.insert(QStringLiteral("QT_QPA_PLATFORMTHEME"), QStringLiteral("gnome"));
    environment.insert(QStringLiteral("XDG_CURRENT_DESKTOP"), QStringLiteral("GNOME"));
    probe.setProcessEnvironment(environment);
    probe.start(QStringLiteral("xvfb-run"), {QStringLiteral("-a"), QCoreApplication::applicationFilePath()});
    if (!probe.waitForFinished(60000))
        QFAIL(qPrintable(probe.errorString()));
    const QStringList lines = QString::fromUtf8(probe.readAllStandardOutput()).split(u'\n');
    QVERIFY2(probe.exitCode() == 0 && lines.size() >= 6,
             qPrintable(lines.join(u'|') + QString::fromUtf8(probe.readAllStandardError())));
    QCOMPARE(lines.at(0), QStringLiteral("xcb"));
    // The GNOME theme's own messages (QGnomeTheme), not the generic ones: their mnemonics show it.
    const QStringList expected = {QStringLiteral("Đồ&ng ý"), QStringLiteral("&Lưu"), QStringLiteral("&Hủy"),
                                  QStringLiteral("Đó&ng"), QStringLiteral("Đóng không lưu")};
    QCOMPARE(lines.mid(1, 5), expected);
    for (const char *source : {"&OK", "&Save", "&Cancel", "&Close", "Close without Saving"})
        m_check->markAsked({"QGnomeTheme", source, {}});
    m_check->forgetLookups(); // this test's, not Qt's
    m_walked.insert(QLatin1String(QTest::currentTestFunction()));
}

// Every page of the main window with a registry open, and its menus as they open.
void TestUiQtStrings::pagesAndMenus()
{
    auto window = makeWindow();
    window->openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (int page = 0; page < ui::MainWindow::PageCount; ++page) {
        window->setCurrentPage(ui::MainWindow::Page(page));
        QTest::qWait(20);
        m_check->look(window.get(), navigation->item(page)->text());
    }
    for (QAction *entry : window->menuBar()->actions()) {
        QMenu *menu = entry->menu();
        if (!menu)
            continue;
        whileShown(
            popup, [this, menu](QWidget *shown) { m_check->lookAtMenu(shown, menu->title(), {}); },
            [&window, menu] { menu->exec(window->mapToGlobal(QPoint(10, 10))); });
    }
    verifyNothingEnglish();
}

// The context menus Qt makes: line edits, text edits, date boxes, scroll bars. (Labels whose text
// can be selected give none in Qt 6.4.)
void TestUiQtStrings::contextMenus()
{
    auto window = makeWindow();
    window->openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    const QStringList editing
        = QStringLiteral("Hoàn tác|Làm lại|Cắt|Sao chép|Dán|Xóa|Chọn tất cả").split(u'|');

    auto *line = window->findChild<QLineEdit *>(QStringLiteral("citizenQuery"));
    QVERIFY(line);
    m_check->lookAtMenu(line->createStandardContextMenu(), QStringLiteral("line edit"), editing);

    window->setCurrentPage(ui::MainWindow::Complaints);
    QPlainTextEdit *statement = window->complaintsPage()->form()->statementField();
    m_check->lookAtMenu(statement->createStandardContextMenu(), QStringLiteral("text edit"), editing);

    auto *date = usable<QDateTimeEdit>(window.get());
    QVERIFY(date);
    const QStringList stepping = QStringLiteral("Chọn tất cả|Tăng một bậc|Giảm một bậc").split(u'|');
    whileShown(
        popup,
        [this, &stepping](QWidget *menu) { m_check->lookAtMenu(menu, QStringLiteral("date box"), stepping); },
        [date] { contextMenuOf(date); });

    const QStringList vertical
        = QStringLiteral("Cuộn đến đây|Lên đầu|Xuống cuối|Lên một trang|Xuống một trang|Cuộn lên|Cuộn xuống")
              .split(u'|');
    const QStringList horizontal = QStringLiteral("Cuộn đến đây|Mép trái|Mép phải|Sang trái một trang|Sang "
                                                  "phải một trang|Cuộn sang trái|Cuộn sang phải")
                                       .split(u'|');
    for (Qt::Orientation orientation : {Qt::Vertical, Qt::Horizontal}) {
        // Tables grow a horizontal bar in a narrower window: any of the console's will do.
        QScrollBar *bar = nullptr;
        for (QScrollBar *candidate : window->findChildren<QScrollBar *>())
            if (candidate->orientation() == orientation)
                bar = candidate;
        QVERIFY(bar);
        const QStringList &expected = orientation == Qt::Vertical ? vertical : horizontal;
        whileShown(
            popup,
            [this, &expected](QWidget *menu) {
                m_check->lookAtMenu(menu, QStringLiteral("scroll bar"), expected);
            },
            [bar] { contextMenuOf(bar); });
    }

    verifyNothingEnglish();
}

// The console's own dialogs and prompts, with Qt's standard buttons in them.
void TestUiQtStrings::consoleDialogs()
{
    auto window = makeWindow();
    const QString ok = QStringLiteral("Đồng ý");
    const QString cancel = QStringLiteral("Hủy");

    ui::ConnectionDialog *connection = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(connection));
    m_check->look(connection, QStringLiteral("connection dialog"));
    m_check->expectButton(connection->findChild<QDialogButtonBox *>(), QDialogButtonBox::Cancel, cancel,
                          QStringLiteral("connection dialog"));
    // Deleting a profile asks first.
    auto *profiles = connection->findChild<QListWidget *>(QStringLiteral("profileList"));
    QVERIFY(profiles && profiles->count() > 0);
    profiles->setCurrentRow(0);
    const auto answerNo = [this](QWidget *widget) {
        auto *question = qobject_cast<QMessageBox *>(widget);
        if (!question) {
            m_check->problem(QStringLiteral("deleting a profile asked nothing"));
            return;
        }
        m_check->look(question, QStringLiteral("delete profile"));
        m_check->expectText(QStringLiteral("delete profile"), question->button(QMessageBox::Yes)->text(),
                            QStringLiteral("Có"));
        m_check->expectText(QStringLiteral("delete profile"), question->button(QMessageBox::No)->text(),
                            QStringLiteral("Không"));
        question->button(QMessageBox::No)->click();
    };
    auto *deleteProfile = connection->findChild<QPushButton *>(QStringLiteral("deleteProfileButton"));
    whileShown(nextModal(), answerNo, [deleteProfile] { deleteProfile->click(); });
    connection->reject();

    ui::UnmaskDialog unmask(QStringLiteral("046******789"), window.get());
    unmask.show();
    m_check->look(&unmask, QStringLiteral("unmask dialog"));
    m_check->expectButton(unmask.findChild<QDialogButtonBox *>(), QDialogButtonBox::Cancel, cancel,
                          QStringLiteral("unmask dialog"));
    ui::FindingsExportDialog exporting(3, 12, window.get());
    exporting.show();
    m_check->look(&exporting, QStringLiteral("findings export dialog"));
    m_check->expectButton(exporting.findChild<QDialogButtonBox *>(), QDialogButtonBox::Cancel, cancel,
                          QStringLiteral("findings export dialog"));

    // The casework prompts, each answered by closing it.
    ui::CasePrompts prompts;
    const auto answer
        = [this, &ok, &cancel](const QString &where, bool okToo, const std::function<void()> &ask) {
              const auto handle = [this, where, okToo, ok, cancel](QWidget *dialog) {
                  if (!dialog) {
                      m_check->problem(where + QStringLiteral(": not shown"));
                      return;
                  }
                  m_check->look(dialog, where);
                  auto *box = dialog->findChild<QDialogButtonBox *>();
                  if (okToo)
                      m_check->expectButton(box, QDialogButtonBox::Ok, ok, where);
                  if (box && box->button(QDialogButtonBox::Cancel))
                      m_check->expectButton(box, QDialogButtonBox::Cancel, cancel, where);
                  dialog->close();
              };
              whileShown(nextModal(), handle, ask);
          };
    QWidget *parent = window.get();
    answer(QStringLiteral("confirmation"), false, [&] {
        prompts.confirm(parent, QStringLiteral("Ký biên bản"), QStringLiteral("Ký biên bản số 1?"),
                        QStringLiteral("Ký"));
    });
    answer(QStringLiteral("reason"), true,
           [&] { prompts.reason(parent, QStringLiteral("Lý do"), QStringLiteral("Vì sao?"), true); });
    answer(QStringLiteral("exclusion"), true, [&] { prompts.exclusion(parent, QDate(2024, 5, 20)); });
    answer(QStringLiteral("complaints"), true, [&] { prompts.chooseComplaints(parent, {}); });
    answer(QStringLiteral("edit conflict"), false,
           [&] { prompts.editConflict(parent, QStringLiteral("Đã sửa"), QStringLiteral("Bản của họ")); });
    answer(QStringLiteral("signing PIN"), false,
           [&] { prompts.signingPin(parent, QStringLiteral("token")); });
    answer(QStringLiteral("information"), true,
           [&] { prompts.inform(parent, QStringLiteral("Thông báo"), QStringLiteral("Nội dung")); });

    // The Department's casebook without a saved password: the console asks for it.
    m_settings->setCasebookUrl(QStringLiteral("postgresql://inspector@127.0.0.1:9/casebook"));
    const QByteArray pgPassword = qgetenv("PGPASSWORD");
    qunsetenv("PGPASSWORD");
    window->connectCasebook();
    if (!pgPassword.isNull())
        qputenv("PGPASSWORD", pgPassword);
    m_settings->setCasebookUrl({});
    QInputDialog *password = nullptr;
    QTRY_VERIFY((password = window->findChild<QInputDialog *>(QStringLiteral("casebookPasswordDialog"))));
    QVERIFY(QTest::qWaitForWindowExposed(password));
    m_check->look(password, QStringLiteral("casebook password"));
    m_check->expectButton(password->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok, ok,
                          QStringLiteral("casebook password"));
    m_check->expectButton(password->findChild<QDialogButtonBox *>(), QDialogButtonBox::Cancel, cancel,
                          QStringLiteral("casebook password"));
    password->reject();
    verifyNothingEnglish();
}

// Message boxes: the about box, and one with details (a registry that could not be opened).
void TestUiQtStrings::messageBoxes()
{
    auto window = makeWindow();
    QAction *about = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->menuRole() == QAction::AboutRole)
            about = action;
    QVERIFY(about);
    const auto lookAtAbout = [this](QWidget *box) {
        if (!box)
            return m_check->problem(QStringLiteral("no about box"));
        m_check->look(box, QStringLiteral("about"));
        m_check->expectButton(box->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok,
                              QStringLiteral("Đồng ý"), QStringLiteral("about"));
        box->close();
    };
    whileShown(nextModal(), lookAtAbout, [about] { about->trigger(); });

    window->openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    window->setCurrentPage(ui::MainWindow::Citizens);
    connection::ConnectionSpec bad; // an empty file: not a database, and the details say why
    bad.path = m_dir.filePath(QStringLiteral("empty.sqlite"));
    QVERIFY(QFile(bad.path).open(QIODevice::WriteOnly));
    window->openRegistry(bad, {});
    QMessageBox *box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox *>(QStringLiteral("openFailureMessage")))
                                 && box->isVisible(),
                             15000);
    QVERIFY2(!box->detailedText().isEmpty(), "the failure has no details to show");
    m_check->look(box, QStringLiteral("open failure"));
    QAbstractButton *details = nullptr;
    for (QAbstractButton *button : box->buttons())
        if (box->buttonRole(button) == QMessageBox::ActionRole)
            details = button;
    QVERIFY(details);
    m_check->expectText(QStringLiteral("details"), details->text(), QStringLiteral("Hiện chi tiết..."));
    details->click();
    m_check->expectText(QStringLiteral("details"), details->text(), QStringLiteral("Ẩn chi tiết..."));
    m_check->expectText(QStringLiteral("open failure"), box->button(QMessageBox::Ok)->text(),
                        QStringLiteral("Đồng ý"));
    box->close();
    verifyNothingEnglish();
}

// The three kinds of file dialog the console opens: a file to open, a file to write, a folder.
void TestUiQtStrings::fileDialogs()
{
    auto window = makeWindow();
    window->openRegistry(m_registry->spec(), {});
    QTRY_COMPARE_WITH_TIMEOUT(window->overviewPage()->view(), ui::OverviewPage::View::Content, 20000);
    const auto walk = [this](const QString &where, QFileDialog::FileMode mode) {
        return [this, where, mode](QWidget *dialog) {
            test::lookAtFileDialog(*m_check, m_documents, dialog, where, mode);
        };
    };

    ui::ConnectionDialog *connection = window->showConnectionDialog();
    QVERIFY(QTest::qWaitForWindowExposed(connection));
    connection->findChild<QLineEdit *>(QStringLiteral("sqlitePath"))->setText(m_documents + u'/');
    auto *browse = connection->findChild<QPushButton *>(QStringLiteral("browseButton"));
    whileShown(nextModal(), walk(QStringLiteral("open a registry"), QFileDialog::ExistingFile),
               [browse] { browse->click(); });
    connection->reject();

    QAction *exportTable = nullptr;
    for (QAction *action : window->findChildren<QAction *>())
        if (action->text() == QCoreApplication::translate("sw::ui::MainWindow", "Export &table as CSV…"))
            exportTable = action;
    QVERIFY(exportTable);
    window->setCurrentPage(ui::MainWindow::Overview);
    whileShown(nextModal(), walk(QStringLiteral("export a table"), QFileDialog::AnyFile),
               [exportTable] { exportTable->trigger(); });

    const QList<QAction *> exports = window->overviewPage()->exportActions();
    QCOMPARE(exports.size(), 2);
    whileShown(nextModal(), walk(QStringLiteral("export charts"), QFileDialog::Directory),
               [&exports] { exports.at(1)->trigger(); });
    verifyNothingEnglish();
}

// Issue 17: a document shown inside the console and printed: the preview, the system's print dialog
// (the widget one, as on a desktop without a print dialog plugin) and its printer's properties.
void TestUiQtStrings::printing()
{
    auto window = makeWindow();
    QByteArray pdf;
    {
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPoint(100, 100), QStringLiteral("Biên bản"));
    }
    auto shown = ui::PdfPreviewDialog::show(window.get(), pdf, QStringLiteral("01-BB-STTTT.pdf"));
    QVERIFY2(shown.ok(), qPrintable(shown ? QString() : shown.error().fullText()));
    ui::PdfPreviewDialog *preview = *shown;
    QVERIFY(QTest::qWaitForWindowExposed(preview));
    m_check->look(preview, QStringLiteral("PDF preview"));
    m_check->expectButton(preview->findChild<QDialogButtonBox *>(), QDialogButtonBox::Close,
                          QStringLiteral("Đóng"), QStringLiteral("PDF preview"));
    whileShown(
        nextModal(), [this](QWidget *dialog) { test::lookAtPrintDialog(*m_check, dialog); },
        [preview] { preview->print(); });
    preview->close();
    verifyNothingEnglish();
}

// Each message of qt_vi.ts matters: one of the walks above asked for it (the walks not run yet in
// this process, when one test function is asked for, run now).
void TestUiQtStrings::everyMessageIsAskedFor()
{
    using Walk = void (TestUiQtStrings::*)();
    const std::pair<const char *, Walk> walks[] = {
        {"standardButtons", &TestUiQtStrings::standardButtons},
        {"gnomeThemeButtons", &TestUiQtStrings::gnomeThemeButtons},
        {"pagesAndMenus", &TestUiQtStrings::pagesAndMenus},
        {"contextMenus", &TestUiQtStrings::contextMenus},
        {"consoleDialogs", &TestUiQtStrings::consoleDialogs},
        {"messageBoxes", &TestUiQtStrings::messageBoxes},
        {"fileDialogs", &TestUiQtStrings::fileDialogs},
        {"printing", &TestUiQtStrings::printing},
    };
    for (const auto &[name, walk] : walks) {
        if (m_walked.contains(QLatin1String(name)))
            continue;
        (this->*walk)();
        if (QTest::currentTestFailed())
            return;
    }
    QString error;
    QStringList neverAsked;
    for (const test::TsMessage &m : test::readTs(qtViPath(), &error)) {
        const QByteArray key = test::Lookup {m.context.toUtf8(), m.source.toUtf8(), m.comment.toUtf8()}.key();
        if (!m_check->asked().contains(key))
            neverAsked << test::describe(m);
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(neverAsked.isEmpty(),
             qPrintable(QStringLiteral("qt_vi.ts holds messages the console never shows:\n  ")
                        + neverAsked.join(QStringLiteral("\n  "))));
}

// The GNOME probe (gnomeThemeButtons runs it under Xvfb): the platform, then the standard buttons'
// texts, one a line.
static int gnomeProbe()
{
    if (!settings::installTranslations(*qApp, QStringLiteral("vi")))
        return 1;
    QTextStream out(stdout);
    out << QGuiApplication::platformName() << '\n';
    using B = QDialogButtonBox;
    const B box(B::Ok | B::Save | B::Cancel | B::Close | B::Discard);
    for (B::StandardButton button : {B::Ok, B::Save, B::Cancel, B::Close, B::Discard})
        out << box.button(button)->text() << '\n';
    return 0;
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet("SIGNWATCH_GNOME_PROBE"))
        return gnomeProbe();
    app.setAttribute(Qt::AA_Use96Dpi, true);
    TestUiQtStrings test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_qtstrings.moc"
