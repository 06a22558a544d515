#pragma once

#include "casebook/Complaints.h"

#include <QAbstractTableModel>
#include <QList>

namespace sw::ui {

// The complaints of the casebook (hundreds at most, so all of them in memory): number, received
// date in the interface's form, the citizen's id masked (§1.7), provider (its colour as the
// decoration), channel, outcome and case.
class ComplaintsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Received, Citizen, Provider, Channel, Outcome, Case, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole };

    explicit ComplaintsModel(QObject *parent = nullptr);

    void setComplaints(const QList<casebook::Complaint> &complaints);
    const QList<casebook::Complaint> &complaints() const { return m_rows; }
    const casebook::Complaint *complaint(int row) const;
    int rowOf(qint64 id) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QColor outcomeColor(casebook::ComplaintOutcome outcome);

private:
    QList<casebook::Complaint> m_rows;
};

} // namespace sw::ui
