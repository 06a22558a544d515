#pragma once

#include <QSortFilterProxyModel>

namespace sw::ui {

// Sorts the overview by raw values (numbers as numbers) and keeps the totals row last in
// either order.
class ProviderOverviewSortModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderOverviewSortModel(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace sw::ui
