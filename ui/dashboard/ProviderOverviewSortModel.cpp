#include "dashboard/ProviderOverviewSortModel.h"

#include "dashboard/ProviderOverviewModel.h"

namespace sw::ui {

ProviderOverviewSortModel::ProviderOverviewSortModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderOverviewModel::RawValueRole);
    setSortLocaleAware(true);
}

bool ProviderOverviewSortModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const bool leftTotals = left.data(ProviderOverviewModel::IsTotalsRole).toBool();
    const bool rightTotals = right.data(ProviderOverviewModel::IsTotalsRole).toBool();
    if (leftTotals != rightTotals) {
        // The view reverses the comparison for a descending sort: answer so that totals end last.
        const bool totalsLast = sortOrder() == Qt::AscendingOrder;
        return leftTotals ? !totalsLast : totalsLast;
    }
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace sw::ui
