#include "casework/CaseDocumentsModel.h"

#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

namespace sw::ui {

CaseDocumentsModel::CaseDocumentsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CaseDocumentsModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

const CaseDocumentsModel::Row *CaseDocumentsModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CaseDocumentsModel::rowOf(qint64 documentId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).document.id == documentId)
            return row;
    return -1;
}

int CaseDocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseDocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseDocumentsModel::kindText(documents::DocumentKind kind)
{
    return kind == documents::DocumentKind::Minutes ? tr("Minutes") : tr("Announcement");
}

QVariant CaseDocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const casebook::CaseDocument &d = r.document;
    const QDateTime when = d.isSigned() ? d.signedAt : d.updatedAt;
    if (role == IdRole)
        return d.id;
    if (role == RawValueRole) {
        switch (index.column()) {
        case Case:
            return d.caseId;
        case Provider:
            return r.provider;
        case Kind:
            return int(d.kind);
        case Number:
            return d.year * 10000 + d.number;
        case State:
            return int(d.state);
        case Date:
            return when.toSecsSinceEpoch();
        case Signature:
            return r.signature ? int(r.signature->state) : -1;
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Provider)
        return ProviderColors::color(r.provider);
    if (role == Qt::ToolTipRole && index.column() == Signature && r.signature)
        return r.signature->details.join(QLatin1Char('\n'));
    if (role == Qt::ToolTipRole && d.corrects)
        return tr("Corrects %1").arg(d.correctsNumber);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Case:
        return d.caseId;
    case Provider:
        return r.provider;
    case Kind:
        return d.corrects ? tr("%1 (correction)").arg(kindText(d.kind)) : kindText(d.kind);
    case Number:
        return d.isSigned() ? d.numberText() : QString();
    case State:
        return d.isSigned() ? tr("Signed") : tr("Draft");
    case Date:
        return LocaleFormat::dateTime(when);
    case Signature:
        return r.signature ? r.signature->summary : QString();
    default:
        return {};
    }
}

QVariant CaseDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Case:
        return tr("Case");
    case Provider:
        return tr("Provider");
    case Kind:
        return tr("Document");
    case Number:
        return tr("Number");
    case State:
        return tr("State");
    case Date:
        return tr("Saved / signed");
    case Signature:
        return tr("Signature");
    default:
        return {};
    }
}

} // namespace sw::ui
