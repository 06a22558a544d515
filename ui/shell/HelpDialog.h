#pragma once

#include <QDialog>
#include <QString>

class QLineEdit;
class QTextBrowser;
class QUrl;

namespace sw::ui {

// The user guide and the glossary of the rules (issue 17), in the interface language: the guide's
// HTML embedded under :/help/ (resources/help/guide_<language>.html), one section per page, and
// the glossary's rules made from the rule catalogue with the regulation's own words for each
// clause (rules/RuleGlossary), so a renamed rule cannot drift. One window, kept while the console
// runs; Esc closes it.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    // "vi" or "en"; the interface language by default (QLocale's default, as installed at start).
    explicit HelpDialog(QWidget *parent = nullptr, const QString &language = {});

    // Shows the window (raised when it is already open) at the section named `anchor` ("findings",
    // "glossary" …: the guide's <a name> anchors).
    void showSection(const QString &anchor);
    QString currentSection() const { return m_section; }
    QTextBrowser *browser() const { return m_browser; }
    QLineEdit *findBox() const { return m_find; }
    QString language() const { return m_language; }

    // The whole HTML shown for `language`: the guide with the glossary's rules in place.
    static QString html(const QString &language);
    // The glossary's rules as an HTML fragment, in the interface's translation of the rules'
    // names and summaries; the quotes always in the letter's Vietnamese words (and, for "en", the
    // English rendering after them).
    static QString rulesHtml(const QString &language);

    // Follows a link of the guide: an anchor inside it scrolls there, any other address opens
    // outside the console.
    void openLink(const QUrl &url);
    // Finds `text` after the cursor, from the top again past the last match; false when absent.
    bool findNext(const QString &text);

private:
    QString m_language;
    QString m_section;
    QLineEdit *m_find;
    QTextBrowser *m_browser;
};

} // namespace sw::ui
