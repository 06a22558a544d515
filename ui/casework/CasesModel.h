#pragma once

#include "casebook/Cases.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>

namespace sw::ui {

// The cases of the casebook (a few dozen): number, title, provider (its colour), status (a colour
// and its words), how many findings and complaints it gathers, and when it last changed.
class CasesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Title, Provider, Status, Findings, Complaints, Updated, ColumnCount };
    enum Role { RawValueRole = Qt::UserRole + 1, IdRole, StatusRole };

    explicit CasesModel(QObject *parent = nullptr);

    void setCases(const QList<casebook::CaseRecord> &cases);
    const QList<casebook::CaseRecord> &cases() const { return m_rows; }
    const casebook::CaseRecord *caseAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One colour per status, always shown with its words (casebook::statusLabel).
    static QColor statusColor(casebook::CaseStatus status);
    // The status in words, starting with a capital (casebook::statusLabel is lower case, for
    // running text).
    static QString statusText(casebook::CaseStatus status);

private:
    QList<casebook::CaseRecord> m_rows;
};

} // namespace sw::ui
