#pragma once

// Whether the texts of a window fit the room they have (issue 17, "nothing clipped, nothing
// off-screen"), for tst_ui_layout (header only: Qt Widgets, which the core-only test support
// library does not link). Every text a person reads on a widget shown in a window is measured
// with the widget's font and compared with the room the style gives it: labels (wrapped or not,
// plain or rich), buttons, check boxes, group box titles, tabs, combo boxes, the sections of
// headers (with the sort arrow, which any sortable column may show), the cells of item views in
// sight, the window's title against its title bar, and the texts Qt Charts draws (axis labels,
// legends, titles: Qt cuts them with "..."). A cell or header section may elide on purpose when
// its tool tip holds the whole text and the view has no room left beside it.

#include <QAbstractAxis>
#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsTextItem>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QStyle>
#include <QStyleOption>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QToolButton>
#include <QTreeView>
#include <QWidget>

#include <cmath>

namespace sw::test {

// What a window's title bar keeps for itself beside the title: the icon and three buttons of a
// desktop's decoration, with their spacing.
constexpr int titleBarReserve = 120;

namespace layout {

// `text` as a widget shows it: mnemonics dropped ("&&" kept as "&"), a menu entry's shortcut left
// out.
inline QString shown(QString text)
{
    text = text.section(u'\t', 0, 0);
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QChar(1), QLatin1Char('&'));
    return text;
}

// The widest line of `text`.
inline int widestLine(const QFontMetrics &metrics, const QString &text)
{
    int widest = 0;
    for (const QString &line : text.split(u'\n'))
        widest = qMax(widest, metrics.horizontalAdvance(line));
    return widest;
}

// A name for `widget` in a report: its class and object name, or the nearest named ancestor's.
inline QString nameOf(const QWidget *widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        return name + u'#' + widget->objectName();
    for (const QObject *up = widget->parent(); up; up = up->parent())
        if (!up->objectName().isEmpty() && !up->objectName().startsWith(QLatin1String("qt_")))
            return name + QStringLiteral(" in #") + up->objectName();
    return name;
}

// Whether `widget` lies in a scroll area's viewport (it scrolls into sight there).
inline bool scrolls(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *up = widget->parentWidget(); up && up != root; up = up->parentWidget())
        if (auto *area = qobject_cast<const QAbstractScrollArea *>(up->parentWidget());
            area && area->viewport() == up)
            return true;
    return false;
}

} // namespace layout

class LayoutCheck
{
public:
    // Looks at every widget shown in `root` (a window, or a page of one); `where` names it in the
    // problems found.
    void look(QWidget *root, const QString &where)
    {
        m_where = where;
        QList<QWidget *> widgets {root};
        widgets += root->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || w->width() <= 0 || w->height() <= 0)
                continue;
            if (w->isWindow())
                lookAtWindow(w);
            else if (!layout::scrolls(w, w->window())) {
                const QRect inWindow(w->mapTo(w->window(), QPoint(0, 0)), w->size());
                if (!w->window()->rect().contains(inWindow))
                    problem(w, {},
                            QStringLiteral("outside the window: %1,%2 %3×%4 in %5×%6")
                                .arg(inWindow.x())
                                .arg(inWindow.y())
                                .arg(inWindow.width())
                                .arg(inWindow.height())
                                .arg(w->window()->width())
                                .arg(w->window()->height()));
            }
            if (auto *label = qobject_cast<QLabel *>(w))
                lookAtLabel(label);
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                lookAtButton(button);
            else if (auto *group = qobject_cast<QGroupBox *>(w))
                lookAtGroupBox(group);
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                lookAtTabBar(tabs);
            else if (auto *combo = qobject_cast<QComboBox *>(w))
                lookAtCombo(combo);
            else if (auto *header = qobject_cast<QHeaderView *>(w))
                lookAtHeader(header);
            else if (auto *view = qobject_cast<QAbstractItemView *>(w))
                lookAtCells(view);
            if (auto *chart = qobject_cast<QChartView *>(w))
                lookAtChart(chart);
        }
    }

    // The problems since the last take(), one a line: "where — widget — text — needed vs has".
    QStringList take() { return std::exchange(m_problems, {}); }
    void fail(const QString &line) { m_problems << line; }

    // The least width of `logical`'s section in which its title shows whole (beside the sort
    // arrow of a sortable table).
    static int sectionWidthFor(const QHeaderView *header, int logical)
    {
        const QString text = header->model()->headerData(logical, header->orientation()).toString();
        const QStyleOptionHeader option = headerOption(header, logical);
        const int label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
        return option.rect.width() - label + layout::widestLine(headerMetrics(header, logical), text);
    }

private:
    void problem(const QWidget *widget, const QString &text, const QString &what)
    {
        const QString line = QStringLiteral("%1 — %2 — \"%3\" — %4")
                                 .arg(m_where, layout::nameOf(widget), text.left(80), what);
        if (!m_problems.contains(line))
            m_problems << line;
    }
    void tooNarrow(const QWidget *widget, const QString &text, int needed, int has)
    {
        problem(widget, text, QStringLiteral("needs %1 px, has %2 px").arg(needed).arg(has));
    }

    void lookAtWindow(QWidget *window)
    {
        const QString title = window->windowTitle();
        QFont font = window->font();
        font.setBold(true);
        const int needed = QFontMetrics(font).horizontalAdvance(title) + titleBarReserve;
        if (!title.isEmpty() && needed > window->frameGeometry().width())
            problem(window, title,
                    QStringLiteral("title needs %1 px with the title bar's buttons, the window is %2 px wide")
                        .arg(needed)
                        .arg(window->frameGeometry().width()));
        if (QScreen *screen = window->screen()) {
            const QRect available = screen->availableGeometry();
            if (!available.contains(window->frameGeometry()))
                problem(window, title,
                        QStringLiteral("off the screen: the window takes %1,%2 %3×%4 of %5×%6 available")
                            .arg(window->frameGeometry().x())
                            .arg(window->frameGeometry().y())
                            .arg(window->frameGeometry().width())
                            .arg(window->frameGeometry().height())
                            .arg(available.width())
                            .arg(available.height()));
        }
    }

    void lookAtLabel(QLabel *label)
    {
        if (label->text().isEmpty() || !label->pixmap().isNull())
            return;
        const QRect room = label->contentsRect().adjusted(label->margin(), label->margin(), -label->margin(),
                                                          -label->margin());
        const bool rich = label->textFormat() == Qt::RichText
            || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
        QString text = label->text();
        if (!rich && label->buddy())
            text = layout::shown(text);
        QTextDocument document;
        document.setDefaultFont(label->font());
        document.setDocumentMargin(0);
        if (rich)
            document.setHtml(text);
        else
            document.setPlainText(text);
        const QString plain = document.toPlainText();
        int neededWidth = 0;
        if (!rich) {
            const QFontMetrics metrics = label->fontMetrics();
            if (label->wordWrap()) {
                for (const QString &word : text.split(QRegularExpression(QStringLiteral("\\s+"))))
                    neededWidth = qMax(neededWidth, metrics.horizontalAdvance(word));
            } else {
                neededWidth = layout::widestLine(metrics, text);
            }
        } else {
            if (label->wordWrap())
                document.setTextWidth(room.width());
            neededWidth = int(std::ceil(document.idealWidth()));
        }
        if (neededWidth > room.width() + 1) {
            tooNarrow(label, plain, neededWidth, room.width());
            return;
        }
        // Heights with the label's margins, as its size hints give them.
        const int neededHeight
            = label->wordWrap() ? label->heightForWidth(label->width()) : label->sizeHint().height();
        if (neededHeight > label->height() + 1)
            problem(
                label, plain,
                QStringLiteral("needs %1 px of height, has %2 px").arg(neededHeight).arg(label->height()));
    }

    void lookAtButton(QAbstractButton *button)
    {
        const QString text = layout::shown(button->text());
        if (text.isEmpty() || qobject_cast<QTabBar *>(button->parentWidget()))
            return;
        const QFontMetrics metrics = button->fontMetrics();
        const int needed = layout::widestLine(metrics, text);
        QStyleOptionButton option;
        option.initFrom(button);
        option.text = button->text();
        option.icon = button->icon();
        option.iconSize = button->iconSize();
        const int icon = button->icon().isNull() ? 0 : button->iconSize().width() + 4;
        QStyle *style = button->style();
        int has = 0;
        if (auto *push = qobject_cast<QPushButton *>(button)) {
            if (push->autoDefault() || push->isDefault())
                option.features |= QStyleOptionButton::AutoDefaultButton;
            if (push->menu())
                option.features |= QStyleOptionButton::HasMenu;
            has = style->subElementRect(QStyle::SE_PushButtonContents, &option, button).width() - icon
                - (push->menu() ? style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button) : 0);
        } else if (qobject_cast<QCheckBox *>(button)) {
            has = style->subElementRect(QStyle::SE_CheckBoxContents, &option, button).width() - icon;
        } else if (qobject_cast<QRadioButton *>(button)) {
            has = style->subElementRect(QStyle::SE_RadioButtonContents, &option, button).width() - icon;
        } else if (auto *tool = qobject_cast<QToolButton *>(button)) {
            const Qt::ToolButtonStyle look = tool->toolButtonStyle();
            if (look == Qt::ToolButtonIconOnly
                || (look == Qt::ToolButtonFollowStyle && !tool->icon().isNull()))
                return;
            const int frame = style->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, button);
            has = tool->width() - 2 * frame - (look == Qt::ToolButtonTextBesideIcon ? icon : 0)
                - (tool->popupMode() == QToolButton::MenuButtonPopup
                       ? style->pixelMetric(QStyle::PM_MenuButtonIndicator, &option, button)
                       : 0);
        } else {
            has = button->width();
        }
        if (needed > has)
            tooNarrow(button, text, needed, has);
    }

    void lookAtGroupBox(QGroupBox *group)
    {
        const QString title = layout::shown(group->title());
        if (title.isEmpty())
            return;
        QStyleOptionGroupBox option;
        option.initFrom(group);
        option.text = group->title();
        option.textAlignment = group->alignment();
        option.subControls = QStyle::SC_GroupBoxFrame | QStyle::SC_GroupBoxLabel;
        if (group->isCheckable())
            option.subControls |= QStyle::SC_GroupBoxCheckBox;
        if (group->isFlat())
            option.features |= QStyleOptionFrame::Flat;
        const QRect label
            = group->style()->subControlRect(QStyle::CC_GroupBox, &option, QStyle::SC_GroupBoxLabel, group);
        const int needed = group->fontMetrics().horizontalAdvance(title);
        const int has = qMin(label.width(), group->width() - qMax(0, label.left()));
        if (needed > has)
            tooNarrow(group, title, needed, has);
    }

    void lookAtTabBar(QTabBar *tabs)
    {
        const bool horizontal = tabs->shape() == QTabBar::RoundedNorth
            || tabs->shape() == QTabBar::RoundedSouth || tabs->shape() == QTabBar::TriangularNorth
            || tabs->shape() == QTabBar::TriangularSouth;
        const int needed = horizontal ? tabs->sizeHint().width() : tabs->sizeHint().height();
        const int has = horizontal ? tabs->width() : tabs->height();
        if (needed > has) {
            QStringList texts;
            for (int i = 0; i < tabs->count(); ++i)
                texts << layout::shown(tabs->tabText(i));
            tooNarrow(tabs, texts.join(QStringLiteral(" | ")), needed, has);
        }
    }

    void lookAtCombo(QComboBox *combo)
    {
        if (combo->isEditable() || combo->currentText().isEmpty())
            return;
        QStyleOptionComboBox option;
        option.initFrom(combo);
        option.currentText = combo->currentText();
        option.currentIcon = combo->itemIcon(combo->currentIndex());
        option.iconSize = combo->iconSize();
        option.editable = false;
        option.frame = combo->hasFrame();
        const QRect field = combo->style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                           QStyle::SC_ComboBoxEditField, combo);
        const int icon = option.currentIcon.isNull() ? 0 : option.iconSize.width() + 4;
        const int needed = combo->fontMetrics().horizontalAdvance(combo->currentText());
        const int has = field.width() - icon - 2;
        if (needed > has)
            tooNarrow(combo, combo->currentText(), needed, has);
    }

    static bool hasColumns(const QAbstractItemView *view)
    {
        return qobject_cast<const QTableView *>(view) || qobject_cast<const QTreeView *>(view);
    }

    // Whether `view` leaves room unused beside its columns (so that a column eliding need not).
    static int unusedWidth(const QAbstractItemView *view)
    {
        auto *table = qobject_cast<const QTableView *>(view);
        const QHeaderView *header = table ? table->horizontalHeader() : nullptr;
        if (auto *tree = qobject_cast<const QTreeView *>(view))
            header = tree->header();
        if (!header)
            return 0;
        return qMax(0, view->viewport()->width() - header->length());
    }

    // A section of `header` as the style lays it out. Any column of a sortable table may show the
    // sort arrow: its title has to fit beside it.
    static QStyleOptionHeader headerOption(const QHeaderView *header, int logical)
    {
        QStyleOptionHeader option;
        option.initFrom(header);
        option.state |= QStyle::State_Horizontal;
        option.orientation = Qt::Horizontal;
        option.section = logical;
        option.text = header->model()->headerData(logical, Qt::Horizontal).toString();
        option.rect = QRect(0, 0, header->sectionSize(logical), header->height());
        const bool arrow = header->isSortIndicatorShown() && header->sectionsClickable();
        option.sortIndicator = arrow ? QStyleOptionHeader::SortDown : QStyleOptionHeader::None;
        return option;
    }
    static QFontMetrics headerMetrics(const QHeaderView *header, int logical)
    {
        const QVariant role = header->model()->headerData(logical, Qt::Horizontal, Qt::FontRole);
        return QFontMetrics(role.canConvert<QFont>() ? role.value<QFont>() : header->font());
    }

    void lookAtHeader(QHeaderView *header)
    {
        if (header->orientation() != Qt::Horizontal || !header->model())
            return;
        auto *view = qobject_cast<QAbstractItemView *>(header->parentWidget());
        for (int logical = 0; logical < header->count(); ++logical) {
            if (header->isSectionHidden(logical) || header->sectionSize(logical) <= 0)
                continue;
            const QString text = header->model()->headerData(logical, Qt::Horizontal).toString();
            if (text.isEmpty())
                continue;
            const QStyleOptionHeader option = headerOption(header, logical);
            const int needed = layout::widestLine(headerMetrics(header, logical), text);
            const int has = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
            if (needed <= has)
                continue;
            const QString tip
                = header->model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole).toString();
            const int unused = view ? unusedWidth(view) : 0;
            if (tip.contains(text) && unused < 8)
                continue; // elided on purpose, whole in the tool tip
            tooNarrow(header, text, needed, has);
        }
    }

    void lookAtCells(QAbstractItemView *view)
    {
        if (!view->model() || qobject_cast<const QHeaderView *>(view))
            return;
        lookAtCells(view, QModelIndex());
    }
    void lookAtCells(QAbstractItemView *view, const QModelIndex &parent)
    {
        const QAbstractItemModel *model = view->model();
        const QRect viewport = view->viewport()->rect();
        auto *tree = qobject_cast<QTreeView *>(view);
        QStyle *style = view->style();
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, view) + 1;
        for (int row = 0; row < model->rowCount(parent); ++row) {
            for (int column = 0; column < model->columnCount(parent); ++column) {
                const QModelIndex index = model->index(row, column, parent);
                const QRect cell = view->visualRect(index);
                if (cell.isEmpty() || !cell.intersects(viewport))
                    continue;
                const QString text = index.data(Qt::DisplayRole).toString();
                if (text.isEmpty())
                    continue;
                QStyleOptionViewItem option;
                option.initFrom(view);
                option.rect = cell;
                option.text = text;
                option.features |= QStyleOptionViewItem::HasDisplay;
                const QVariant decoration = index.data(Qt::DecorationRole);
                if (decoration.isValid()) {
                    option.features |= QStyleOptionViewItem::HasDecoration;
                    option.decorationSize = view->iconSize().isValid()
                        ? view->iconSize()
                        : QSize(style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view),
                                style->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view));
                }
                if (index.data(Qt::CheckStateRole).isValid())
                    option.features |= QStyleOptionViewItem::HasCheckIndicator;
                QFont font = view->font();
                if (const QVariant role = index.data(Qt::FontRole); role.canConvert<QFont>())
                    font = role.value<QFont>();
                option.font = font;
                option.fontMetrics = QFontMetrics(font);
                const int has
                    = style->subElementRect(QStyle::SE_ItemViewItemText, &option, view).width() - 2 * margin;
                const QString line = text.section(u'\n', 0, 0);
                const int needed = option.fontMetrics.horizontalAdvance(line);
                if (needed > has) {
                    // A column may elide on purpose, a list (one column as wide as itself) not.
                    const QString tip = hasColumns(view) ? index.data(Qt::ToolTipRole).toString() : QString();
                    const int unused = unusedWidth(view);
                    if (!tip.contains(line))
                        tooNarrow(view, text, needed, has);
                    else if (unused >= 8)
                        problem(view, text,
                                QStringLiteral("elided to %1 px of the %2 px it needs while %3 px beside "
                                               "the columns are unused")
                                    .arg(has)
                                    .arg(needed)
                                    .arg(unused));
                }
            }
            if (tree) {
                const QModelIndex first = model->index(row, 0, parent);
                if (tree->isExpanded(first))
                    lookAtCells(view, first);
            }
        }
    }

    // Qt Charts cuts what does not fit with "..." (ChartPresenter): axis labels, legend entries,
    // titles.
    void lookAtChart(QChartView *view)
    {
        if (!view->scene())
            return;
        if (QChart *chart = view->chart()) {
            for (QAbstractAxis *axis : chart->axes())
                if (axis->isVisible() && axis->labelsVisible() && axis->labelsTruncated())
                    problem(view, chart->title(),
                            QStringLiteral("the labels of its %1 axis are cut (at %2°, the plot %3 px wide)")
                                .arg(axis->orientation() == Qt::Horizontal ? QStringLiteral("horizontal")
                                                                           : QStringLiteral("vertical"))
                                .arg(axis->labelsAngle())
                                .arg(int(chart->plotArea().width())));
        }
        for (QGraphicsItem *item : view->scene()->items()) {
            if (!item->isVisible())
                continue;
            QString text;
            if (auto *rich = dynamic_cast<QGraphicsTextItem *>(item))
                text = rich->toPlainText();
            else if (auto *simple = dynamic_cast<QGraphicsSimpleTextItem *>(item))
                text = simple->text();
            if (text.endsWith(QLatin1String("...")))
                problem(view, text,
                        QStringLiteral("cut by the chart (%1 px wide)")
                            .arg(int(item->mapRectToScene(item->boundingRect()).width())));
        }
    }

    QString m_where;
    QStringList m_problems;
};

} // namespace sw::test
