#pragma once

#include "statistics/DashboardStats.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace sw::ui {

// The overview table: one row per provider plus a totals row, for the dashboard's filter,
// counted in the database by statistics::loadDashboard. Holds only those aggregated rows.
class ProviderOverviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Code,
        Name,
        Status,
        DoorToDoor,
        App,
        HuesRequest,
        LegacyImport,
        OtherChannel,
        Certificates,
        Active,
        Revoked,
        Requests,
        ServiceRate,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number or text behind the display, for sorting
        IsTotalsRole // true on the totals row
    };

    explicit ProviderOverviewModel(QObject *parent = nullptr);

    void setDashboard(const statistics::Dashboard &dashboard);
    void clear();
    // Numbers are formatted in this locale (default: QLocale()).
    void setLocale(const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const statistics::ProviderDashboard &rowAt(int row) const;
    QVariant rawValue(const statistics::ProviderDashboard &line, int column, bool totals) const;
    QString statusText(const statistics::ProviderDashboard &line) const;

    QList<statistics::ProviderDashboard> m_rows;
    statistics::ProviderDashboard m_totals;
    QLocale m_locale;
};

} // namespace sw::ui
