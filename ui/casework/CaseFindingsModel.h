#pragma once

#include "rules/Finding.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

namespace sw::ui {

// Findings gathered into a case or linked to a complaint (a few dozen): rule, severity, subject,
// masked citizen id (§1.7) and time. Checkable, it is a list to pick from: a box in the first
// column, ticked for the findings already taken (the complaint form's citizen's findings).
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
    // Removes the finding of `key` (rules::Finding::key); false when it is not listed.
    bool removeKey(const QString &key);
    const QList<rules::Finding> &findings() const { return m_rows; }
    QSet<QString> keys() const;

    // A box in the Rule column, ticked for `checkedKeys`. A click on it does not tick: it asks
    // (checkToggled), and the owner takes the finding or lets it go and sets the keys again.
    void setCheckable(bool checkable);
    void setCheckedKeys(const QSet<QString> &keys);
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void checkToggled(const sw::rules::Finding &finding, bool checked);

private:
    QList<rules::Finding> m_rows;
    bool m_checkable = false;
    QSet<QString> m_checked;
};

} // namespace sw::ui
