#pragma once

#include "citizens/CitizenSearch.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace sw::ui {

// The citizens a search found, when there are several: ids masked (§1.7), the name as stored
// (the console's own view), birth date and district, so that the inspector can choose one.
class CitizenResultsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CitizenId, Name, BirthDate, District, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the display (the full id is never given)
    };

    explicit CitizenResultsModel(QObject *parent = nullptr);

    void setMatches(const QList<citizens::CitizenMatch> &matches);
    void clear();
    void setLocale(const QLocale &locale);
    // The full id of a row, for opening it (never shown).
    QString citizenIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<citizens::CitizenMatch> m_matches;
    QLocale m_locale;
};

} // namespace sw::ui
