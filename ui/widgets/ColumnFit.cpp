#include "widgets/ColumnFit.h"

#include <QHeaderView>
#include <QStyle>
#include <QStyleOptionHeader>
#include <QStyleOptionViewItem>
#include <QTableView>

namespace sw::ui::ColumnFit {

int headerWidth(const QHeaderView *header, int logical)
{
    const QAbstractItemModel *model = header->model();
    if (!model)
        return 0;
    // The room the style leaves for the title in a section (SE_HeaderLabel), with the sort arrow
    // when the table sorts: the section is that much wider than the title.
    QStyleOptionHeader option;
    option.initFrom(header);
    option.state |= QStyle::State_Horizontal;
    option.orientation = header->orientation();
    option.section = logical;
    option.text = model->headerData(logical, header->orientation()).toString();
    option.rect = QRect(0, 0, 400, qMax(header->height(), header->sizeHint().height()));
    if (header->isSortIndicatorShown() && header->sectionsClickable())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    const int label = header->style()->subElementRect(QStyle::SE_HeaderLabel, &option, header).width();
    QFont font = header->font();
    if (const QVariant role = model->headerData(logical, header->orientation(), Qt::FontRole);
        role.canConvert<QFont>())
        font = role.value<QFont>();
    const QFontMetrics metrics(font);
    int text = 0;
    for (const QString &line : option.text.split(u'\n'))
        text = qMax(text, metrics.horizontalAdvance(line));
    return qMax(option.rect.width() - label + text, header->minimumSectionSize());
}

void widenToHeaders(QHeaderView *header)
{
    for (int logical = 0; logical < header->count(); ++logical) {
        if (header->isSectionHidden(logical)
            || header->sectionResizeMode(logical) != QHeaderView::Interactive)
            continue;
        const int needed = headerWidth(header, logical);
        if (header->sectionSize(logical) < needed)
            header->resizeSection(logical, needed);
    }
}

namespace {
// The width a cell of `column` needs for `text`, with the decoration its first row has.
int sampleWidth(const QTableView *view, int column, const QString &text)
{
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.text = text;
    option.features |= QStyleOptionViewItem::HasDisplay;
    option.font = view->font();
    option.fontMetrics = view->fontMetrics();
    const QAbstractItemModel *model = view->model();
    if (model->rowCount() > 0 && model->index(0, column).data(Qt::DecorationRole).isValid()) {
        option.features |= QStyleOptionViewItem::HasDecoration;
        const int icon = view->style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, view);
        option.decorationSize = view->iconSize().isValid() ? view->iconSize() : QSize(icon, icon);
    }
    return view->style()->sizeFromContents(QStyle::CT_ItemViewItem, &option, QSize(), view).width();
}
} // namespace

void fitToContents(QTableView *view, const QHash<int, QStringList> &samples, int maximum)
{
    QHeaderView *header = view->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (view->isColumnHidden(column) || header->sectionResizeMode(column) != QHeaderView::Interactive)
            continue;
        // Two pixels more than the style's hint, which rounds the text's width down.
        int cells = static_cast<const QAbstractItemView *>(view)->sizeHintForColumn(column) + 2;
        for (const QString &sample : samples.value(column))
            cells = qMax(cells, sampleWidth(view, column, sample) + 2);
        view->setColumnWidth(column, qMax(headerWidth(header, column), qMin(cells, maximum)));
    }
}

} // namespace sw::ui::ColumnFit
