// The user guide and the glossary inside the console (issue 17): F1 opens the guide at the section of
// the page on show, in the interface language; the Help menu's entries; the glossary's rules come
// from the catalogue, each with the regulation's words found verbatim in the letter; links, finding
// and Esc; the window fits a 1366×768 screen.
#include "casebook/Casebook.h"
#include "connection/SecretStore.h"
#include "findings/FindingsStore.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "rules/RuleGlossary.h"
#include "settings/Language.h"
#include "settings/ProfileStore.h"
#include "settings/Settings.h"
#include "shell/CasebookSession.h"
#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"
#include "util/Clock.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace sw;

namespace {
const char *const sections[]
    = {"overview", "findings", "citizens", "complaints", "cases", "minutes", "reports", "settings"};

QString resourceText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// The letter as one line of NFC text: its line breaks and runs of spaces joined into one space, as
// RegulationText quotes it.
QString seedLetter()
{
    const QString text
        = resourceText(QStringLiteral(SIGNWATCH_TEST_DATA "/regulation/quy-dinh-2016-STTTT-IOC.txt"));
    return text.normalized(QString::NormalizationForm_C).simplified();
}

// The block whose text carries the anchor `name`, or an invalid block.
QTextBlock anchorBlock(QTextDocument *document, const QString &name)
{
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().anchorNames().contains(name))
                return block;
    return {};
}

// The headings' texts (h1–h3) of an HTML guide.
QStringList headings(const QString &html)
{
    QStringList result;
    static const QRegularExpression heading(QStringLiteral("<h[1-3]>(.*?)</h[1-3]>"),
                                            QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    for (auto it = heading.globalMatch(html); it.hasNext();)
        result << it.next()
                      .captured(1)
                      .remove(tag)
                      .replace(QStringLiteral("&amp;"), QStringLiteral("&"))
                      .simplified();
    return result;
}
} // namespace

class TestUiHelp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void helpMenuEntries_data();
    void helpMenuEntries();
    void f1OpensThePagesSection_data();
    void f1OpensThePagesSection();
    void glossaryQuotesTheLetter_data();
    void glossaryQuotesTheLetter();
    void vietnameseHeadingsAreVietnamese();
    void linksFindAndEscape_data();
    void linksFindAndEscape();

private:
    std::unique_ptr<ui::MainWindow> makeWindow(const QString &language);
    // The block of `anchor` is on show in the browser: at the top, or as high as the end allows.
    void verifySectionShown(ui::HelpDialog *help, const QString &anchor);

    QTemporaryDir m_dir;
    std::unique_ptr<settings::Settings> m_settings;
    std::unique_ptr<settings::ProfileStore> m_profiles;
    connection::SecretStore m_secrets {
        QStringLiteral("SignWatch-test-%1").arg(QCoreApplication::applicationPid())};
    std::unique_ptr<registry::RegistrySession> m_session;
    std::unique_ptr<findings::FindingsStore> m_findings;
    std::unique_ptr<ui::CasebookSession> m_casebook;
    const sw::Clock m_clock;
};

void TestUiHelp::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestUiHelp::init()
{
    const QString name = QLatin1String(QTest::currentTestFunction());
    m_settings = std::make_unique<settings::Settings>(m_dir.filePath(name + QStringLiteral(".ini")));
    m_profiles = std::make_unique<settings::ProfileStore>(*m_settings);
    m_session = std::make_unique<registry::RegistrySession>();
    m_findings = std::make_unique<findings::FindingsStore>(
        m_dir.filePath(name + QStringLiteral("-findings.sqlite")));
    QVERIFY(m_findings->open().ok());
    auto opened = casebook::Casebook::open(m_dir.filePath(name + QStringLiteral("-casebook.sqlite")));
    QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().fullText()));
    m_casebook = std::make_unique<ui::CasebookSession>(*m_settings, m_secrets, m_clock);
    m_casebook->adopt(std::move(opened.value()));
}

void TestUiHelp::cleanup()
{
    m_session.reset();
    m_casebook.reset();
    m_findings.reset();
    m_profiles.reset();
    m_settings.reset();
}

void TestUiHelp::cleanupTestCase()
{
    settings::installTranslations(*qApp, QStringLiteral("vi"));
}

std::unique_ptr<ui::MainWindow> TestUiHelp::makeWindow(const QString &language)
{
    settings::installTranslations(*qApp, language);
    auto window = std::make_unique<ui::MainWindow>(ui::ConsoleContext {
        *m_settings, *m_profiles, m_secrets, *m_session, *m_findings, *m_casebook, m_clock});
    window->show();
    QApplication::setActiveWindow(window.get());
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    return window;
}

void TestUiHelp::verifySectionShown(ui::HelpDialog *help, const QString &anchor)
{
    QTextBrowser *browser = help->browser();
    QTRY_VERIFY(browser->isVisible());
    QCoreApplication::processEvents();
    const QTextBlock block = anchorBlock(browser->document(), anchor);
    QVERIFY2(block.isValid(), qPrintable(anchor));
    const qreal top = browser->document()->documentLayout()->blockBoundingRect(block).top();
    const QScrollBar *scroll = browser->verticalScrollBar();
    // At the top of the view, unless the document ends before the section could get there.
    if (scroll->value() < scroll->maximum())
        QVERIFY2(
            qAbs(top - scroll->value()) <= 2,
            qPrintable(QStringLiteral("%1 at %2, view at %3").arg(anchor).arg(top).arg(scroll->value())));
    QVERIFY(top >= scroll->value() - 2);
    QVERIFY(top < scroll->value() + browser->viewport()->height());
}

void TestUiHelp::helpMenuEntries_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("menu");
    QTest::addColumn<QString>("guide");
    QTest::addColumn<QString>("glossary");
    QTest::newRow("vi") << "vi"
                        << "Trợ giúp"
                        << "Hướng dẫn sử dụng"
                        << "Thuật ngữ và quy tắc";
    QTest::newRow("en") << "en"
                        << "Help"
                        << "User guide"
                        << "Glossary and rules";
}

void TestUiHelp::helpMenuEntries()
{
    QFETCH(QString, language);
    QFETCH(QString, menu);
    QFETCH(QString, guide);
    QFETCH(QString, glossary);
    auto window = makeWindow(language);
    auto *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    QVERIFY(help);
    QCOMPARE(help->title().remove(u'&'), menu);
    auto *guideAction = help->findChild<QAction *>(QStringLiteral("helpGuideAction"));
    auto *glossaryAction = help->findChild<QAction *>(QStringLiteral("helpGlossaryAction"));
    QVERIFY(guideAction && glossaryAction);
    QVERIFY(help->actions().contains(guideAction) && help->actions().contains(glossaryAction));
    QCOMPARE(guideAction->text().remove(u'&'), guide);
    QCOMPARE(guideAction->shortcut(), QKeySequence(Qt::Key_F1));
    QCOMPARE(glossaryAction->text().remove(u'&'), glossary);
    QVERIFY(!guideAction->toolTip().isEmpty() && !glossaryAction->toolTip().isEmpty());

    glossaryAction->trigger();
    ui::HelpDialog *dialog = window->helpDialog();
    QVERIFY(dialog);
    QCOMPARE(dialog->language(), language);
    QCOMPARE(dialog->currentSection(), QStringLiteral("glossary"));
    verifySectionShown(dialog, QStringLiteral("glossary"));
    QCOMPARE(anchorBlock(dialog->browser()->document(), QStringLiteral("glossary")).text(), glossary);
}

void TestUiHelp::f1OpensThePagesSection_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("page");
    for (const char *language : {"vi", "en"})
        for (int page = 0; page < ui::MainWindow::PageCount; ++page)
            QTest::addRow("%s-%s", language, sections[page]) << QString::fromLatin1(language) << page;
}

// F1 on a page: the guide in the interface language, at the section whose heading names the page as
// the navigation does; F1 again on another page moves the same window there.
void TestUiHelp::f1OpensThePagesSection()
{
    QFETCH(QString, language);
    QFETCH(int, page);
    auto window = makeWindow(language);
    window->setCurrentPage(ui::MainWindow::Page(page));
    QTest::keyClick(window.get(), Qt::Key_F1);
    ui::HelpDialog *help = window->helpDialog();
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    QCOMPARE(help->language(), language);
    const QString anchor = QString::fromLatin1(sections[page]);
    QCOMPARE(help->currentSection(), anchor);
    verifySectionShown(help, anchor);
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(anchorBlock(help->browser()->document(), anchor).text(), navigation->item(page)->text());

    // The window fits the 1366×768 screen the console is made for.
    const QRect screen = help->screen()->availableGeometry();
    QVERIFY(screen.contains(help->frameGeometry())
            || help->frameGeometry().size().boundedTo(screen.size()) == help->frameGeometry().size());
    QVERIFY(help->frameGeometry().width() <= 1366 && help->frameGeometry().height() <= 768);

    // Another page: the same window, at that page's section.
    const int other = (page + 3) % ui::MainWindow::PageCount;
    window->setCurrentPage(ui::MainWindow::Page(other));
    window->activateWindow();
    QApplication::setActiveWindow(window.get());
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QTest::keyClick(window.get(), Qt::Key_F1);
    QCOMPARE(window->helpDialog(), help);
    QCOMPARE(help->currentSection(), QString::fromLatin1(sections[other]));
    verifySectionShown(help, QString::fromLatin1(sections[other]));
}

void TestUiHelp::glossaryQuotesTheLetter_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("vi") << "vi";
    QTest::newRow("en") << "en";
}

// Every rule of the catalogue has its entry, named in the interface language, with at least one
// quote that is the letter's own words; the guide shows them.
void TestUiHelp::glossaryQuotesTheLetter()
{
    QFETCH(QString, language);
    settings::installTranslations(*qApp, language);
    const QString letter = seedLetter();
    QVERIFY(letter.contains(QStringLiteral("Mỗi công dân chỉ được cấp một chữ ký số")));

    const QList<rules::GlossaryRule> glossary = rules::ruleGlossary();
    QCOMPARE(glossary.size(), rules::ruleCatalogue().size());
    QCOMPARE(glossary.size(), 13);
    ui::HelpDialog help(nullptr, language);
    const QString shown = help.browser()->document()->toPlainText();
    for (int i = 0; i < glossary.size(); ++i) {
        const rules::RuleInfo &rule = rules::ruleCatalogue().at(i);
        QCOMPARE(glossary.at(i).rule, &rule);
        QVERIFY2(!glossary.at(i).clauses.isEmpty(), qPrintable(rule.code));
        QCOMPARE(glossary.at(i).groundOnly, rule.clauses.isEmpty());
        for (const QString &number : rule.clauses)
            QVERIFY2(std::any_of(glossary.at(i).clauses.cbegin(), glossary.at(i).clauses.cend(),
                                 [&](const rules::RegulationClause *c) { return c->number == number; }),
                     qPrintable(rule.code + u' ' + number));
        for (const rules::RegulationClause *clause : glossary.at(i).clauses) {
            QVERIFY2(!clause->vietnamese.isEmpty(), qPrintable(rule.code));
            QVERIFY2(letter.contains(clause->vietnamese),
                     qPrintable(QStringLiteral("%1 %2: not in the letter").arg(rule.code, clause->number)));
            QVERIFY2(shown.contains(clause->vietnamese), qPrintable(rule.code + u' ' + clause->number));
            QCOMPARE(shown.contains(clause->english), language == QLatin1String("en"));
        }
        QVERIFY2(shown.contains(rule.translatedName()), qPrintable(rule.code));
        QVERIFY2(shown.contains(rule.translatedSummary()), qPrintable(rule.code));
        QVERIFY(shown.contains(rule.code));
        QVERIFY(anchorBlock(help.browser()->document(), QStringLiteral("rule-") + rule.code).isValid());
    }
    // Names in the interface language: Vietnamese ones are not their English source.
    const rules::RuleInfo *duplicate = rules::findRule(QStringLiteral("DUPLICATE_ISSUANCE"));
    QCOMPARE(duplicate->translatedName() == QLatin1String("Duplicate issuance"),
             language == QLatin1String("en"));
    // Vietnamese cites the letter's dashes in words.
    QCOMPARE(shown.contains(QStringLiteral("§1.3 (gạch đầu dòng thứ ba mục 1)")),
             language == QLatin1String("vi"));
    QVERIFY(!shown.contains(QStringLiteral("SIGNWATCH_RULES")));
}

// The Vietnamese guide's headings hold no English word: none of the English guide's heading words
// (but the product's name) and none of a few common ones, and each has a Vietnamese letter.
void TestUiHelp::vietnameseHeadingsAreVietnamese()
{
    const QStringList vietnamese = headings(resourceText(QStringLiteral(":/help/guide_vi.html")));
    const QStringList english = headings(resourceText(QStringLiteral(":/help/guide_en.html")));
    QCOMPARE(vietnamese.size(), english.size());
    QVERIFY(vietnamese.size() >= 12);
    static const QRegularExpression nonLetters(QStringLiteral("[^\\p{L}]+"));
    QSet<QString> englishWords = {QStringLiteral("the"),  QStringLiteral("and"),   QStringLiteral("of"),
                                  QStringLiteral("page"), QStringLiteral("help"),  QStringLiteral("guide"),
                                  QStringLiteral("user"), QStringLiteral("rules"), QStringLiteral("terms")};
    for (const QString &heading : english)
        for (const QString &word : heading.toLower().split(nonLetters, Qt::SkipEmptyParts))
            englishWords.insert(word);
    englishWords.remove(QStringLiteral("signwatch"));
    static const QRegularExpression vietnameseLetter(QStringLiteral("[À-ỹĐđ]"));
    for (const QString &heading : vietnamese) {
        QVERIFY2(heading.contains(vietnameseLetter), qPrintable(heading));
        for (const QString &word : heading.toLower().split(nonLetters, Qt::SkipEmptyParts))
            QVERIFY2(!englishWords.contains(word), qPrintable(QStringLiteral("%1: %2").arg(heading, word)));
    }
}

void TestUiHelp::linksFindAndEscape_data()
{
    glossaryQuotesTheLetter_data();
}

// Every link inside the guide names an anchor it has and scrolls there; the find box finds and
// wraps; Esc closes the window.
void TestUiHelp::linksFindAndEscape()
{
    QFETCH(QString, language);
    auto window = makeWindow(language);
    ui::HelpDialog *help = window->showHelp(ui::MainWindow::Overview);
    QVERIFY(QTest::qWaitForWindowExposed(help));
    const QString html = ui::HelpDialog::html(language);
    static const QRegularExpression link(QStringLiteral("href=\"#([^\"]+)\""));
    int links = 0;
    for (auto it = link.globalMatch(html); it.hasNext(); ++links) {
        const QString anchor = it.next().captured(1);
        help->openLink(QUrl(QLatin1Char('#') + anchor));
        QCOMPARE(help->currentSection(), anchor);
        verifySectionShown(help, anchor);
    }
    QVERIFY(links >= 10);

    help->findBox()->setText(QStringLiteral("Hue-S"));
    QTest::keyClick(help->findBox(), Qt::Key_Return);
    QVERIFY(help->browser()->textCursor().hasSelection());
    QCOMPARE(help->browser()->textCursor().selectedText(), QStringLiteral("Hue-S"));
    QVERIFY(help->findNext(QStringLiteral("1900 1075")));
    QVERIFY(help->findNext(QStringLiteral("1900 1075"))); // past the last match: from the top again
    QVERIFY(!help->findNext(QStringLiteral("no such words in the guide")));

    QVERIFY(help->isVisible());
    QTest::keyClick(help->browser(), Qt::Key_Escape);
    QTRY_VERIFY(!help->isVisible());
    QCOMPARE(window->helpDialog(), help); // kept for the next F1
}

QTEST_MAIN(TestUiHelp)
#include "tst_ui_help.moc"
