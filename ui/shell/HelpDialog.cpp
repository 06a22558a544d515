#include "shell/HelpDialog.h"

#include "documents/DocumentWording.h"
#include "findings/FindingsModel.h"
#include "rules/RuleGlossary.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace sw::ui {

namespace {
QString interfaceLanguage()
{
    return QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
}
} // namespace

HelpDialog::HelpDialog(QWidget *parent, const QString &language)
    : QDialog(parent),
      m_language(language.isEmpty() ? interfaceLanguage() : language),
      m_find(new QLineEdit(this)),
      m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(tr("SignWatch — user guide"));
    m_find->setObjectName(QStringLiteral("helpFind"));
    m_find->setPlaceholderText(tr("Find in the guide"));
    m_find->setToolTip(tr("Find a word in the guide and the glossary (Enter: the next match)"));
    m_find->setClearButtonEnabled(true);
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(html(m_language));
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpDialog::openLink);
    connect(m_find, &QLineEdit::returnPressed, this, [this] { findNext(m_find->text()); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close the guide (Esc)"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter in the find box finds the next match: it must not press Close.
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Close)->setDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_find);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    // Beside the console at 1366×768: readable lines, the window's height less its frame.
    resize(760, 640);
}

QString HelpDialog::html(const QString &language)
{
    QFile file(QStringLiteral(":/help/guide_%1.html")
                   .arg(language == QLatin1String("en") ? language : QStringLiteral("vi")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    return text.replace(QStringLiteral("<!--SIGNWATCH_RULES-->"), rulesHtml(language));
}

QString HelpDialog::rulesHtml(const QString &language)
{
    const bool english = language == QLatin1String("en");
    QString html;
    for (const rules::GlossaryRule &entry : rules::ruleGlossary()) {
        const rules::RuleInfo &rule = *entry.rule;
        QString severity = FindingsModel::severityText(rule.severity);
        if (rule.suspected)
            severity = tr("%1, suspected: check on the ground").arg(severity);
        html += QStringLiteral("<p><a name=\"rule-%1\"></a><b>%2</b> (<tt>%1</tt>) — %3<br/>%4</p>")
                    .arg(rule.code, rule.translatedName().toHtmlEscaped(), severity.toHtmlEscaped(),
                         rule.translatedSummary().toHtmlEscaped());
        if (entry.groundOnly)
            html += QStringLiteral("<p><i>%1</i></p>")
                        .arg(tr("It enforces no clause: it reports records the other rules cannot read. Its "
                                "ground:")
                                 .toHtmlEscaped());
        for (const rules::RegulationClause *clause : entry.clauses) {
            // Vietnamese cites the letter's dashes in words ("gạch đầu dòng thứ ba mục 1").
            const QString where = english
                ? clause->number
                : QStringLiteral("%1 (%2)").arg(clause->number, documents::clauseWords(clause->number));
            html += QStringLiteral("<blockquote><b>%1:</b> «%2»")
                        .arg(where.toHtmlEscaped(), clause->vietnamese.toHtmlEscaped());
            if (english)
                html += QStringLiteral("<br/><i>%1</i>").arg(clause->english.toHtmlEscaped());
            html += QStringLiteral("</blockquote>");
        }
    }
    return html;
}

void HelpDialog::showSection(const QString &anchor)
{
    m_section = anchor;
    show();
    raise();
    activateWindow();
    m_browser->scrollToAnchor(anchor);
}

void HelpDialog::openLink(const QUrl &url)
{
    if (url.scheme().isEmpty() && url.path().isEmpty() && url.hasFragment()) {
        m_section = url.fragment();
        m_browser->scrollToAnchor(m_section);
        return;
    }
    QDesktopServices::openUrl(url);
}

bool HelpDialog::findNext(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    m_browser->moveCursor(QTextCursor::Start);
    return m_browser->find(text);
}

} // namespace sw::ui
