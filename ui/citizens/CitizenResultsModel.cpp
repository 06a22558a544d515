#include "citizens/CitizenResultsModel.h"

#include "privacy/Masking.h"
#include "statistics/Province.h"

#include <QDate>

namespace sw::ui {

CitizenResultsModel::CitizenResultsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CitizenResultsModel::setMatches(const QList<citizens::CitizenMatch> &matches)
{
    beginResetModel();
    m_matches = matches;
    endResetModel();
}

void CitizenResultsModel::clear()
{
    beginResetModel();
    m_matches.clear();
    endResetModel();
}

void CitizenResultsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CitizenResultsModel::citizenIdAt(int row) const
{
    return row >= 0 && row < m_matches.size() ? m_matches.at(row).citizenId : QString();
}

int CitizenResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CitizenResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CitizenResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const citizens::CitizenMatch &m = m_matches.at(index.row());
    if (role == Qt::DisplayRole || role == RawValueRole) {
        switch (index.column()) {
        case CitizenId:
            return privacy::maskCitizenId(m.citizenId);
        case Name:
            return m.inCitizensTable ? m.fullName : tr("(not in the citizens table)");
        case BirthDate: {
            const QDate date = QDate::fromString(m.birthDate, QStringLiteral("yyyy-MM-dd"));
            if (role == RawValueRole)
                return m.birthDate;
            return date.isValid() ? m_locale.toString(date, QLocale::ShortFormat) : m.birthDate;
        }
        case District:
            if (role == RawValueRole)
                return m.districtCode;
            return m.districtCode.isEmpty() ? QString() : statistics::districtName(m.districtCode);
        }
    }
    return {};
}

QVariant CitizenResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CitizenId:
        return tr("Citizen id");
    case Name:
        return tr("Full name");
    case BirthDate:
        return tr("Birth date");
    case District:
        return tr("District");
    }
    return {};
}

} // namespace sw::ui
