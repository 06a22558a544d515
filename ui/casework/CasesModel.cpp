#include "casework/CasesModel.h"

#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

namespace sw::ui {

using casebook::CaseStatus;

CasesModel::CasesModel(QObject *parent) : QAbstractTableModel(parent) { }

void CasesModel::setCases(const QList<casebook::CaseRecord> &cases)
{
    beginResetModel();
    m_rows = cases;
    endResetModel();
}

const casebook::CaseRecord *CasesModel::caseAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CasesModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int CasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor CasesModel::statusColor(CaseStatus status)
{
    switch (status) {
    case CaseStatus::Open:
        return QColor(0x15, 0x65, 0xc0); // blue: being gathered
    case CaseStatus::Established:
        return QColor(0xc6, 0x28, 0x28); // red: a violation stands
    case CaseStatus::MinutesDrafted:
        return QColor(0xe0, 0x8e, 0x00); // amber: paperwork under way
    case CaseStatus::MinutesSigned:
        return QColor(0x6a, 0x1b, 0x9a); // purple: signed, not yet public
    case CaseStatus::Published:
        return QColor(0x2e, 0x7d, 0x32); // green: done
    case CaseStatus::Dismissed:
        break;
    }
    return QColor(0x8a, 0x8a, 0x8a);
}

QString CasesModel::statusText(CaseStatus status)
{
    QString text = casebook::statusLabel(status);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QVariant CasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const casebook::CaseRecord &c = m_rows.at(index.row());
    if (role == IdRole)
        return c.id;
    if (role == StatusRole)
        return int(c.status);
    if (role == RawValueRole) {
        switch (index.column()) {
        case Number:
            return c.id;
        case Title:
            return c.title;
        case Provider:
            return c.provider;
        case Status:
            return int(c.status);
        case Findings:
            return c.findingCount;
        case Complaints:
            return c.complaintCount;
        case Updated:
            return c.updatedAt.toSecsSinceEpoch();
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole) {
        if (index.column() == Provider)
            return ProviderColors::color(c.provider);
        if (index.column() == Status)
            return statusColor(c.status);
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Status)
        return statusColor(c.status);
    if (role == Qt::TextAlignmentRole && (index.column() == Findings || index.column() == Complaints))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Title)
        return c.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Number:
        return c.id;
    case Title:
        return c.title;
    case Provider:
        return c.provider;
    case Status:
        return statusText(c.status);
    case Findings:
        return LocaleFormat::count(c.findingCount);
    case Complaints:
        return LocaleFormat::count(c.complaintCount);
    case Updated:
        return LocaleFormat::dateTime(c.updatedAt);
    default:
        return {};
    }
}

QVariant CasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Title:
        return tr("Title");
    case Provider:
        return tr("Provider");
    case Status:
        return tr("Status");
    case Findings:
        return tr("Findings");
    case Complaints:
        return tr("Complaints");
    case Updated:
        return tr("Last change");
    default:
        return {};
    }
}

} // namespace sw::ui
