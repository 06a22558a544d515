#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace sw::ui {

// Findings gathered into a case or linked to a complaint (a few dozen): rule, severity, subject,
// masked citizen id (§1.7) and time.
class CaseFindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Severity, Subject, Citizen, Time, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, KeyRole };

    explicit CaseFindingsModel(QObject *parent = nullptr);

    void setFindings(const QList<rules::Finding> &findings);
    // Adds the findings not yet listed (by their key); returns how many were new.
    int addFindings(const QList<rules::Finding> &findings);
    void removeRowAt(int row);
    const QList<rules::Finding> &findings() const { return m_rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<rules::Finding> m_rows;
};

} // namespace sw::ui
