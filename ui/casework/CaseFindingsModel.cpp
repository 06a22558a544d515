#include "casework/CaseFindingsModel.h"

#include "casebook/FindingLines.h"
#include "findings/FindingsModel.h"
#include "privacy/Masking.h"
#include "rules/RuleCatalogue.h"
#include "widgets/LocaleFormat.h"

#include <QColor>
#include <QDateTime>
#include <QSet>

namespace sw::ui {

CaseFindingsModel::CaseFindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void CaseFindingsModel::setFindings(const QList<rules::Finding> &findings)
{
    beginResetModel();
    m_rows = findings;
    endResetModel();
}

int CaseFindingsModel::addFindings(const QList<rules::Finding> &findings)
{
    QSet<QString> keys;
    for (const rules::Finding &f : std::as_const(m_rows))
        keys.insert(casebook::findingKey(f));
    QList<rules::Finding> added;
    for (const rules::Finding &f : findings) {
        const QString key = casebook::findingKey(f);
        if (!keys.contains(key)) {
            keys.insert(key);
            added << f;
        }
    }
    if (added.isEmpty())
        return 0;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
    m_rows << added;
    endInsertRows();
    return int(added.size());
}

bool CaseFindingsModel::removeKey(const QString &key)
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).key() == key) {
            removeRowAt(int(row));
            return true;
        }
    }
    return false;
}

QSet<QString> CaseFindingsModel::keys() const
{
    QSet<QString> keys;
    for (const rules::Finding &f : m_rows)
        keys.insert(f.key());
    return keys;
}

void CaseFindingsModel::setCheckable(bool checkable)
{
    beginResetModel();
    m_checkable = checkable;
    endResetModel();
}

void CaseFindingsModel::setCheckedKeys(const QSet<QString> &keys)
{
    if (keys == m_checked)
        return;
    m_checked = keys;
    if (m_checkable && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, Rule), index(rowCount() - 1, Rule), {Qt::CheckStateRole});
}

Qt::ItemFlags CaseFindingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (m_checkable && index.isValid() && index.column() == Rule)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool CaseFindingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!m_checkable || role != Qt::CheckStateRole || index.column() != Rule
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    Q_EMIT checkToggled(m_rows.at(index.row()), Qt::CheckState(value.toInt()) == Qt::Checked);
    return true;
}

void CaseFindingsModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int CaseFindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseFindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseFindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const rules::Finding &f = m_rows.at(index.row());
    const rules::RuleInfo *rule = rules::findRule(f.rule);
    if (role == KeyRole)
        return casebook::findingKey(f);
    if (role == Qt::CheckStateRole)
        return m_checkable && index.column() == Rule
            ? QVariant(int(m_checked.contains(f.key()) ? Qt::Checked : Qt::Unchecked))
            : QVariant();
    if (role == RawValueRole) {
        switch (index.column()) {
        case Rule:
            return f.rule;
        case Severity:
            return rule ? int(rule->severity) : 3;
        case Subject:
            return f.subjectId;
        case Citizen:
            return f.citizenId.value_or(QString());
        case Time:
            return f.at.value_or(0);
        default:
            return {};
        }
    }
    if (role == Qt::DecorationRole && index.column() == Severity && rule)
        return FindingsModel::severityColor(rule->severity);
    if (role == Qt::ToolTipRole && index.column() == Rule && rule)
        return rule->translatedSummary();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Rule:
        return rules::ruleDisplayName(f.rule);
    case Severity:
        return rule ? FindingsModel::severityText(rule->severity) : QString();
    case Subject:
        return FindingsModel::subjectText(f);
    case Citizen:
        return f.citizenId ? privacy::maskCitizenId(*f.citizenId) : QString();
    case Time:
        return f.at ? LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(*f.at, Qt::UTC)) : QString();
    default:
        return {};
    }
}

QVariant CaseFindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return tr("Rule");
    case Severity:
        return tr("Severity");
    case Subject:
        return tr("Record");
    case Citizen:
        return tr("Citizen");
    case Time:
        return tr("Time");
    default:
        return {};
    }
}

} // namespace sw::ui
