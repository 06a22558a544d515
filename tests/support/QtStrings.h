#pragma once

// Qt's own strings in the console (issue 17), for tst_ui_qtstrings (header only: Qt Widgets, which
// the core-only test support library does not link): which messages Qt asks the translators for,
// which of them are Qt's, and which English texts of Qt a window still shows.

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDeadlineTimer>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QMenu>
#include <QMutex>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

namespace sw::test {

// One translation lookup: what QCoreApplication::translate() was asked.
struct Lookup
{
    QByteArray context;
    QByteArray source;
    QByteArray disambiguation;

    QString describe() const
    {
        QString text
            = QStringLiteral("[%1] \"%2\"").arg(QString::fromUtf8(context), QString::fromUtf8(source));
        if (!disambiguation.isEmpty())
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(disambiguation));
        return text;
    }
    QByteArray key() const { return context + '\x1f' + source + '\x1f' + disambiguation; }
};

// Notes every lookup and answers none: installed last, it is asked first and each lookup goes on to
// the translators installed before it.
class LookupRecorder : public QTranslator
{
public:
    QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                      int = -1) const override
    {
        Lookup lookup {context, source, disambiguation};
        QMutexLocker lock(&m_mutex);
        m_seen.insert(lookup.key(), lookup);
        return {};
    }
    bool isEmpty() const override { return false; }
    // The lookups since the last take().
    QList<Lookup> take()
    {
        QMutexLocker lock(&m_mutex);
        QList<Lookup> seen = m_seen.values();
        m_seen.clear();
        return seen;
    }

private:
    mutable QMutex m_mutex;
    mutable QHash<QByteArray, Lookup> m_seen;
};

// Qt's own catalogues for other languages, as the system has them (qtbase_*.qm of Debian's
// qt6-translations-l10n): a message one of them translates is a message of Qt 6.4's sources.
class QtCatalogues
{
public:
    // The number of catalogues loaded.
    int load()
    {
        const QDir dir(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        for (const QString &name : dir.entryList({QStringLiteral("qtbase_*.qm")}, QDir::Files)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(dir.filePath(name)))
                m_translators.push_back(std::move(translator));
        }
        return int(m_translators.size());
    }
    bool knows(const char *context, const char *source, const char *disambiguation) const
    {
        for (const auto &translator : m_translators)
            if (!translator->translate(context, source, disambiguation).isEmpty())
                return true;
        return false;
    }
    bool knows(const Lookup &lookup) const
    {
        return knows(lookup.context.constData(), lookup.source.constData(),
                     lookup.disambiguation.isEmpty() ? nullptr : lookup.disambiguation.constData());
    }

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

// `text` as read: mnemonics (&) dropped, "&&" kept as one "&", a menu entry's shortcut ("Cu&t\tCtrl+X")
// left out.
inline QString asRead(QString text)
{
    text = text.section(u'\t', 0, 0);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text.trimmed();
}

// Qt's English texts as Qt 6.4 shows them in the console's dialogs and menus (mnemonics dropped).
// Written out here, apart from translations/qt_vi.ts, so that a message missing there or with a
// source text that does not match Qt's is seen on screen.
inline const QSet<QString> &englishQtTexts()
{
    static const QSet<QString> texts {
        // Standard buttons (QPlatformTheme, QGnomeTheme)
        QStringLiteral("OK"),
        QStringLiteral("Save"),
        QStringLiteral("Save All"),
        QStringLiteral("Open"),
        QStringLiteral("Yes"),
        QStringLiteral("Yes to All"),
        QStringLiteral("No"),
        QStringLiteral("No to All"),
        QStringLiteral("Abort"),
        QStringLiteral("Retry"),
        QStringLiteral("Ignore"),
        QStringLiteral("Close"),
        QStringLiteral("Cancel"),
        QStringLiteral("Discard"),
        QStringLiteral("Help"),
        QStringLiteral("Apply"),
        QStringLiteral("Reset"),
        QStringLiteral("Restore Defaults"),
        QStringLiteral("Close without Saving"),
        // The file dialog, its file system model and icon provider
        QStringLiteral("Look in:"),
        QStringLiteral("File name:"),
        QStringLiteral("Files of type:"),
        QStringLiteral("Directory:"),
        QStringLiteral("Back"),
        QStringLiteral("Forward"),
        QStringLiteral("Parent Directory"),
        QStringLiteral("Create New Folder"),
        QStringLiteral("List View"),
        QStringLiteral("Detail View"),
        QStringLiteral("Go back"),
        QStringLiteral("Go forward"),
        QStringLiteral("Go to the parent directory"),
        QStringLiteral("Create a New Folder"),
        QStringLiteral("Change to list view mode"),
        QStringLiteral("Change to detail view mode"),
        QStringLiteral("Sidebar"),
        QStringLiteral("List of places and bookmarks"),
        QStringLiteral("Files"),
        QStringLiteral("Save As"),
        QStringLiteral("Find Directory"),
        QStringLiteral("Choose"),
        QStringLiteral("New Folder"),
        QStringLiteral("Rename"),
        QStringLiteral("Delete"),
        QStringLiteral("Show hidden files"),
        QStringLiteral("Recent Places"),
        QStringLiteral("Remove"),
        QStringLiteral("All Files (*)"),
        QStringLiteral("All files (*)"),
        QStringLiteral("Directories"),
        QStringLiteral("Name"),
        QStringLiteral("Size"),
        QStringLiteral("Type"),
        QStringLiteral("Date Modified"),
        QStringLiteral("Computer"),
        QStringLiteral("My Computer"),
        QStringLiteral("Drive"),
        QStringLiteral("Folder"),
        QStringLiteral("Shortcut"),
        QStringLiteral("Unknown"),
        QStringLiteral("File"),
        // Message boxes, input dialogs
        QStringLiteral("Show Details..."),
        QStringLiteral("Hide Details..."),
        QStringLiteral("Enter a value:"),
        // Context menus: line and text edits, spin boxes, scroll bars
        QStringLiteral("Undo"),
        QStringLiteral("Redo"),
        QStringLiteral("Cut"),
        QStringLiteral("Copy"),
        QStringLiteral("Paste"),
        QStringLiteral("Select All"),
        QStringLiteral("Copy Link Location"),
        QStringLiteral("Insert Unicode control character"),
        QStringLiteral("Step up"),
        QStringLiteral("Step down"),
        QStringLiteral("Scroll here"),
        QStringLiteral("Left edge"),
        QStringLiteral("Top"),
        QStringLiteral("Right edge"),
        QStringLiteral("Bottom"),
        QStringLiteral("Page left"),
        QStringLiteral("Page up"),
        QStringLiteral("Page right"),
        QStringLiteral("Page down"),
        QStringLiteral("Scroll left"),
        QStringLiteral("Scroll up"),
        QStringLiteral("Scroll right"),
        QStringLiteral("Scroll down"),
        // The print dialog (QPrintDialog, QPrintWidget, QPrintSettingsOutput) and the printer's
        // properties (QPrintPropertiesDialog, QPageSetupWidget)
        QStringLiteral("Print"),
        QStringLiteral("Printer"),
        QStringLiteral("Name:"),
        QStringLiteral("Properties"),
        QStringLiteral("Location:"),
        QStringLiteral("Type:"),
        QStringLiteral("Output file:"),
        QStringLiteral("Print to File (PDF)"),
        QStringLiteral("Local file"),
        QStringLiteral("Write PDF file"),
        QStringLiteral("Options >>"),
        QStringLiteral("Options <<"),
        QStringLiteral("Options"),
        QStringLiteral("Copies"),
        QStringLiteral("Copies:"),
        QStringLiteral("Collate"),
        QStringLiteral("Reverse"),
        QStringLiteral("Print range"),
        QStringLiteral("Print all"),
        QStringLiteral("Pages from"),
        QStringLiteral("Current Page"),
        QStringLiteral("Selection"),
        QStringLiteral("Page Set:"),
        QStringLiteral("All Pages"),
        QStringLiteral("Odd Pages"),
        QStringLiteral("Even Pages"),
        QStringLiteral("Output Settings"),
        QStringLiteral("Color Mode"),
        QStringLiteral("Color"),
        QStringLiteral("Grayscale"),
        QStringLiteral("Double Sided Printing"),
        QStringLiteral("Off"),
        QStringLiteral("Long side binding"),
        QStringLiteral("Short side binding"),
        QStringLiteral("Printer Properties"),
        QStringLiteral("Page"),
        QStringLiteral("Job Options"),
        QStringLiteral("Advanced"),
        QStringLiteral("Paper"),
        QStringLiteral("Page size:"),
        QStringLiteral("Width:"),
        QStringLiteral("Height:"),
        QStringLiteral("Paper source:"),
        QStringLiteral("Orientation"),
        QStringLiteral("Portrait"),
        QStringLiteral("Landscape"),
        QStringLiteral("Reverse landscape"),
        QStringLiteral("Reverse portrait"),
        QStringLiteral("Margins"),
        QStringLiteral("top margin"),
        QStringLiteral("left margin"),
        QStringLiteral("right margin"),
        QStringLiteral("bottom margin"),
        QStringLiteral("Page Layout"),
        QStringLiteral("Page order:"),
        QStringLiteral("Pages per sheet:"),
        QStringLiteral("Custom"),
        QStringLiteral("Millimeters (mm)"),
        QStringLiteral("Points (pt)"),
        QStringLiteral("Inches (in)"),
        QStringLiteral("Job Control"),
        QStringLiteral("Scheduled printing:"),
        QStringLiteral("Billing information:"),
        QStringLiteral("Job priority:"),
        QStringLiteral("Banner Pages"),
        QStringLiteral("Print Immediately"),
        QStringLiteral("Envelope DL"),
        QStringLiteral("Envelope C5"),
    };
    return texts;
}

// Whether `text` (as shown) is one of Qt's English texts: one of the list, a file dialog's "Show
// <column>" or one of its questions.
inline bool isEnglishQtText(const QString &text)
{
    const QString read = asRead(text);
    return englishQtTexts().contains(read) || read.startsWith(QLatin1String("Show "))
        || read.contains(QLatin1String("Do you want to")) || read.contains(QLatin1String("Are you sure"));
}

// What a person can read in `root` or hover over: its title; the texts, tool tips and placeholders
// of the widgets shown in it; every item of its combo boxes; the header sections of its item
// views; and the texts and tool tips of every action in it (menus open on demand).
inline QStringList readableTexts(const QWidget *root)
{
    QStringList texts {root->windowTitle()};
    QList<const QWidget *> widgets {root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        if (child->isVisibleTo(root))
            widgets << child;
    for (const QWidget *w : std::as_const(widgets)) {
        texts << w->toolTip();
        if (auto *label = qobject_cast<const QLabel *>(w))
            texts << label->text();
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        else if (auto *line = qobject_cast<const QLineEdit *>(w))
            texts << line->placeholderText();
        else if (auto *group = qobject_cast<const QGroupBox *>(w))
            texts << group->title();
        else if (auto *combo = qobject_cast<const QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *header = qobject_cast<const QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i)
                if (!header->isSectionHidden(i))
                    texts << header->model()->headerData(i, header->orientation()).toString();
        }
    }
    QList<QAction *> actions = root->findChildren<QAction *>();
    actions += root->actions();
    for (const QAction *action : std::as_const(actions))
        texts << action->text() << action->toolTip() << action->iconText();
    texts.removeAll(QString());
    return texts;
}

// The texts of `menu` and of its submenus, as shown.
inline QStringList menuTexts(const QMenu *menu)
{
    QStringList texts {menu->title()};
    for (const QAction *action : menu->actions()) {
        texts << action->text();
        if (action->menu())
            texts << menuTexts(action->menu());
    }
    texts.removeAll(QString());
    return texts;
}

// Calls `handle` from the event loop with the widget `find` gives once there is one (a dialog or a
// menu that a blocking call opened), or with nullptr after 10 s. `handle` closes what it got.
inline void whenShown(std::function<QWidget *()> find, std::function<void(QWidget *)> handle)
{
    auto *timer = new QTimer;
    timer->setInterval(10);
    const QDeadlineTimer deadline(10000);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, deadline, find, handle] {
        QWidget *widget = find();
        if (!widget && !deadline.hasExpired())
            return;
        timer->stop();
        timer->deleteLater();
        handle(widget);
    });
    timer->start();
}

// Runs `trigger`, which opens a dialog or a menu (and may wait for it, as exec() does), and
// `handle` on it once `find` sees it; returns when `handle` has run.
inline void whileShown(const std::function<QWidget *()> &find, const std::function<void(QWidget *)> &handle,
                       const std::function<void()> &trigger)
{
    auto done = std::make_shared<bool>(false);
    whenShown(find, [handle, done](QWidget *widget) {
        handle(widget);
        *done = true;
    });
    trigger();
    if (!QTest::qWaitFor([done] { return *done; }, 15000))
        qWarning("a dialog or menu was not handled");
}

// The next modal dialog over the one active now (if any).
inline std::function<QWidget *()> nextModal()
{
    return [current = QPointer<QWidget>(QApplication::activeModalWidget())] {
        QWidget *modal = QApplication::activeModalWidget();
        return modal != current && modal && modal->isVisible() ? modal : nullptr;
    };
}

// The menu that popped up.
inline QWidget *popup()
{
    return QApplication::activePopupWidget();
}

// A context menu asked of `widget` at its middle (contextMenuEvent, as a right click asks).
inline void contextMenuOf(QWidget *widget)
{
    const QPoint middle = widget->rect().center();
    QContextMenuEvent event(QContextMenuEvent::Mouse, middle, widget->mapToGlobal(middle));
    QApplication::sendEvent(widget, &event);
}

// What a walk through the console's windows sees of Qt's strings in Vietnamese: Qt's English on
// screen, a standard button or label that does not read as expected, a message Qt asked for that
// translations/qt_vi.ts (as embedded, :/i18n/qt_vi.qm) does not translate. Made after the
// translations are installed; it records every lookup while it lives.
class QtStringsCheck
{
public:
    QtStringsCheck() { QCoreApplication::installTranslator(&m_recorder); }
    ~QtStringsCheck() { QCoreApplication::removeTranslator(&m_recorder); }
    QtStringsCheck(const QtStringsCheck &) = delete;
    QtStringsCheck &operator=(const QtStringsCheck &) = delete;

    // Loads qt_vi.qm and Qt's catalogues; an error message when one is missing.
    QString load()
    {
        if (!m_qtVi.load(QStringLiteral(":/i18n/qt_vi.qm")))
            return QStringLiteral("qt_vi.qm is not embedded");
        if (m_qt.load() < 3)
            return QStringLiteral("Qt's own catalogues are missing: apt-get install qt6-translations-l10n");
        return {};
    }
    const QtCatalogues &qt() const { return m_qt; }

    void problem(const QString &text) { m_problems << text; }
    // Qt's English in what `root` shows.
    void look(const QWidget *root, const QString &where)
    {
        for (const QString &text : readableTexts(root))
            if (isEnglishQtText(text))
                problem(QStringLiteral("%1: \"%2\" in English").arg(where, text));
    }
    // Qt's English in the menu `widget`, and that it has each of `expected` (as read); closes it.
    void lookAtMenu(QWidget *widget, const QString &where, const QStringList &expected)
    {
        auto *menu = qobject_cast<QMenu *>(widget);
        if (!menu) {
            problem(QStringLiteral("%1: no menu opened").arg(where));
            return;
        }
        QStringList texts;
        for (const QString &text : menuTexts(menu)) {
            texts << asRead(text);
            if (isEnglishQtText(text))
                problem(QStringLiteral("%1: \"%2\" in English").arg(where, text));
        }
        for (const QString &text : expected)
            if (!texts.contains(text))
                problem(QStringLiteral("%1: no \"%2\" among %3").arg(where, text, texts.join(u'|')));
        menu->close();
    }
    void expectText(const QString &where, const QString &shown, const QString &expected)
    {
        if (asRead(shown) != expected)
            problem(QStringLiteral("%1: \"%2\", expected \"%3\"").arg(where, shown, expected));
    }
    void expectButton(const QDialogButtonBox *box, QDialogButtonBox::StandardButton button,
                      const QString &expected, const QString &where)
    {
        const QPushButton *shown = box ? box->button(button) : nullptr;
        if (!shown)
            problem(QStringLiteral("%1: no standard button %2").arg(where).arg(int(button)));
        else
            expectText(where, shown->text(), expected);
    }
    // Not texts, left out of qt_vi.ts: key names and key sequences (QShortcut's "Ctrl", "Esc";
    // QFileDialog's "Alt+Left") stay as printed on the keyboard, in Vietnamese too, and Qt asks for
    // every one of them to read a shortcut written as text; QT_LAYOUT_DIRECTION is the layout's
    // direction, left to right when a catalogue does not say otherwise, as Vietnamese reads.
    static bool isNotText(const Lookup &lookup)
    {
        if (lookup.context == "QShortcut" || lookup.source == "QT_LAYOUT_DIRECTION")
            return true;
        const QString source = QString::fromUtf8(lookup.source);
        return source.contains(u'+')
            && !QKeySequence::fromString(source, QKeySequence::PortableText).isEmpty();
    }
    // The problems since the last call, with each message Qt asked for meanwhile that is one of
    // Qt's (its catalogues know it), a text, and has no Vietnamese in qt_vi.ts.
    QStringList takeProblems()
    {
        for (const Lookup &lookup : m_recorder.take()) {
            const char *disambiguation
                = lookup.disambiguation.isEmpty() ? nullptr : lookup.disambiguation.constData();
            if (!m_qtVi.translate(lookup.context, lookup.source, disambiguation).isEmpty())
                m_asked.insert(lookup.key());
            else if (!isNotText(lookup) && m_qt.knows(lookup))
                problem(QStringLiteral("Qt asked for %1: not in qt_vi.ts").arg(lookup.describe()));
        }
        return std::exchange(m_problems, {});
    }
    // Forgets the lookups so far (a test's own, not Qt's).
    void forgetLookups() { m_recorder.take(); }
    // The messages of qt_vi.ts that Qt asked for (by Lookup::key), and one asked elsewhere.
    const QSet<QByteArray> &asked() const { return m_asked; }
    void markAsked(const Lookup &lookup) { m_asked.insert(lookup.key()); }

private:
    LookupRecorder m_recorder;
    QtCatalogues m_qt;
    QTranslator m_qtVi;
    QSet<QByteArray> m_asked;
    QStringList m_problems;
};

} // namespace sw::test
