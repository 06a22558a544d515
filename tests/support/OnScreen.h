#pragma once

// What a person sees of a widget, for the ui tests' screenshots (header only: Qt Widgets, which the
// core-only test support library does not link). A screenshot test saves its picture for a person
// to look at and checks, with these, something that the picture shows.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTabBar>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QWidget>

namespace sw::test {

// Whether `widget` is painted in `root` now: shown, not empty, and inside root's rectangle.
inline bool isOnScreen(const QWidget *widget, const QWidget *root)
{
    if (widget != root && !widget->isVisibleTo(root))
        return false;
    if (widget->width() <= 0 || widget->height() <= 0)
        return false;
    const QRect inRoot(widget->mapTo(root, QPoint(0, 0)), widget->size());
    return inRoot.intersects(root->rect());
}

namespace detail {
inline QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

inline void cellTexts(const QAbstractItemView *view, const QModelIndex &parent, QStringList *texts)
{
    const QAbstractItemModel *model = view->model();
    const QRect viewport = view->viewport()->rect();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            const QRect cell = view->visualRect(index);
            if (cell.isEmpty() || !cell.intersects(viewport))
                continue;
            const QString text = index.data(Qt::DisplayRole).toString();
            if (!text.isEmpty())
                *texts << text;
            if (column == 0 && model->hasChildren(index))
                cellTexts(view, index, texts);
        }
    }
}
} // namespace detail

// The texts a person can read in `root`: labels, buttons, line and text edits, the current item of
// combo boxes, group box titles, tab labels, and the cells of item views inside their viewport.
inline QStringList textsOnScreen(const QWidget *root)
{
    QStringList texts;
    QList<const QWidget *> widgets {root};
    for (const QWidget *child : root->findChildren<QWidget *>())
        widgets << child;
    for (const QWidget *w : std::as_const(widgets)) {
        if (!isOnScreen(w, root))
            continue;
        if (auto *label = qobject_cast<const QLabel *>(w))
            texts << detail::plain(label->text());
        else if (auto *button = qobject_cast<const QAbstractButton *>(w))
            texts << button->text();
        else if (auto *line = qobject_cast<const QLineEdit *>(w))
            texts << line->displayText(); // dots for a password
        else if (auto *edit = qobject_cast<const QTextEdit *>(w))
            texts << edit->toPlainText();
        else if (auto *plainEdit = qobject_cast<const QPlainTextEdit *>(w))
            texts << plainEdit->toPlainText();
        else if (auto *combo = qobject_cast<const QComboBox *>(w))
            texts << combo->currentText();
        else if (auto *group = qobject_cast<const QGroupBox *>(w))
            texts << group->title();
        else if (auto *tabs = qobject_cast<const QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *view = qobject_cast<const QAbstractItemView *>(w)) {
            if (view->model())
                detail::cellTexts(view, QModelIndex(), &texts);
        }
    }
    texts.removeAll(QString());
    return texts;
}

// Whether some text on screen in `root` contains `text` (never for an empty `text`).
inline bool showsText(const QWidget *root, const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QString &shown : textsOnScreen(root))
        if (shown.contains(text))
            return true;
    return false;
}

// For a failure message: what is on screen.
inline QByteArray describeScreen(const QWidget *root)
{
    return textsOnScreen(root).join(QStringLiteral(" | ")).toUtf8();
}

// Pixels of `image` inside `area` whose colour is `colour`, each channel within `tolerance`.
inline int pixelsOf(const QImage &image, const QRect &area, const QColor &colour, int tolerance = 8)
{
    int count = 0;
    const QRect clipped = area.intersected(image.rect());
    for (int y = clipped.top(); y <= clipped.bottom(); ++y) {
        for (int x = clipped.left(); x <= clipped.right(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (qAbs(c.red() - colour.red()) <= tolerance && qAbs(c.green() - colour.green()) <= tolerance
                && qAbs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    }
    return count;
}

// Where `index` of `view` is painted in a grab of `root`.
inline QRect cellInGrab(const QAbstractItemView *view, const QModelIndex &index, const QWidget *root)
{
    const QRect cell = view->visualRect(index);
    return QRect(view->viewport()->mapTo(root, cell.topLeft()), cell.size());
}

// Whether `index`'s row is selected in `view` (a selected row's decorations are drawn tinted).
inline bool isSelected(const QAbstractItemView *view, const QModelIndex &index)
{
    return view->selectionModel() && view->selectionModel()->isRowSelected(index.row(), index.parent());
}

// Whether the colour that `index` gives as its decoration (a provider's, a status's) is painted in
// its cell of `grab` (a picture of `root`): at least `minimum` pixels of it. For a row that is not
// selected.
inline bool decorationShown(const QImage &grab, const QAbstractItemView *view, const QModelIndex &index,
                            const QWidget *root, int minimum = 12)
{
    const QColor colour = index.data(Qt::DecorationRole).value<QColor>();
    return colour.isValid() && pixelsOf(grab, cellInGrab(view, index, root), colour, 2) >= minimum;
}

} // namespace sw::test
