#include "casework/ComplaintsModel.h"

#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

namespace sw::ui {

using casebook::ComplaintOutcome;

ComplaintsModel::ComplaintsModel(QObject *parent) : QAbstractTableModel(parent) { }

void ComplaintsModel::setComplaints(const QList<casebook::Complaint> &complaints)
{
    beginResetModel();
    m_rows = complaints;
    endResetModel();
}

const casebook::Complaint *ComplaintsModel::complaint(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int ComplaintsModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int ComplaintsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComplaintsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor ComplaintsModel::outcomeColor(ComplaintOutcome outcome)
{
    switch (outcome) {
    case ComplaintOutcome::Substantiated:
        return QColor(0xc6, 0x28, 0x28);
    case ComplaintOutcome::NeedsFieldCheck:
        return QColor(0xe0, 0x8e, 0x00);
    case ComplaintOutcome::NotSubstantiated:
        return QColor(0x2e, 0x7d, 0x32);
    case ComplaintOutcome::Pending:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QVariant ComplaintsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const casebook::Complaint &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Number:
            return c.id;
        case Received:
            return c.receivedAt.toSecsSinceEpoch();
        case Citizen:
            return c.maskedCitizenId();
        case Provider:
            return c.provider;
        case Channel:
            return casebook::channelCode(c.channel);
        case Outcome:
            return int(c.outcome);
        case Case:
            return c.caseId;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == Provider)
            return ProviderColors::color(c.provider);
        if (index.column() == Outcome)
            return outcomeColor(c.outcome);
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Number)
        return c.statement;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return c.id;
    case Received:
        return LocaleFormat::dateTime(c.receivedAt);
    case Citizen:
        return c.maskedCitizenId();
    case Provider:
        return c.provider;
    case Channel:
        return casebook::channelLabel(c.channel);
    case Outcome:
        return casebook::outcomeLabel(c.outcome);
    case Case:
        return c.caseId > 0 ? QVariant(c.caseId) : QVariant(QString());
    default:
        return {};
    }
}

QVariant ComplaintsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Received:
        return tr("Received");
    case Citizen:
        return tr("Citizen");
    case Provider:
        return tr("Provider");
    case Channel:
        return tr("Channel");
    case Outcome:
        return tr("Outcome");
    case Case:
        return tr("Case");
    default:
        return {};
    }
}

} // namespace sw::ui
