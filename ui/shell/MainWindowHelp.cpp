// The shell's Help menu: the user guide at the page on show (F1), the glossary of the rules, and
// the About box.
#include "shell/HelpDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>

namespace sw::ui {

namespace {
// The guide's section of each page, in MainWindow::Page order (resources/help/guide_*.html).
QString sectionOf(MainWindow::Page page)
{
    static const char *const anchors[MainWindow::PageCount]
        = {"overview", "findings", "citizens", "complaints", "cases", "minutes", "reports", "settings"};
    return page >= 0 && page < MainWindow::PageCount ? QString::fromLatin1(anchors[page])
                                                     : QStringLiteral("top");
}
} // namespace

QMenu *MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *guide = help->addAction(tr("&User guide"), this, [this] { showHelp(currentPage()); });
    guide->setObjectName(QStringLiteral("helpGuideAction"));
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setToolTip(tr("How to work with the page on show (F1)"));
    QAction *glossary = help->addAction(tr("&Glossary and rules"), this, &MainWindow::showGlossary);
    glossary->setObjectName(QStringLiteral("helpGlossaryAction"));
    glossary->setToolTip(tr("The detection rules with the regulation's words for each clause, and the terms "
                            "used in the console"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About SignWatch"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    about->setToolTip(tr("Version and purpose of SignWatch"));
    return help;
}

HelpDialog *MainWindow::showHelp(Page page)
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showSection(sectionOf(page));
    return m_help;
}

HelpDialog *MainWindow::showGlossary()
{
    if (!m_help)
        m_help = new HelpDialog(this);
    m_help->showSection(QStringLiteral("glossary"));
    return m_help;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SignWatch"),
                       tr("<h3>SignWatch %1</h3><p>Supervision console of the Department of Information and "
                          "Communications of Thừa Thiên Huế for the 2023 free digital-signature campaign.</p>"
                          "<p>It reads the Hue-S issuance registry read-only and never changes it.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace sw::ui
