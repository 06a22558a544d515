#include "casework/OutboxModel.h"

#include "rules/SeverityStyle.h"
#include "widgets/LocaleFormat.h"

#include <QColor>

namespace sw::ui {

using publishing::Publication;
using publishing::PublicationState;

OutboxModel::OutboxModel(publishing::Outbox &outbox, QObject *parent)
    : QAbstractTableModel(parent), m_outbox(outbox)
{
    reload();
}

void OutboxModel::reload()
{
    auto read = m_outbox.list();
    if (!read) {
        Q_EMIT errorOccurred(read.error());
        return;
    }
    QList<Publication> rows = std::move(read.value());
    bool sameRows = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameRows && i < rows.size(); ++i)
        sameRows = rows[i].id == m_rows[i].id;
    if (!sameRows) {
        beginResetModel();
        m_rows = std::move(rows);
        endResetModel();
        return;
    }
    m_rows = std::move(rows);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void OutboxModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

const Publication *OutboxModel::publication(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return int(i);
    return -1;
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(PublicationState state)
{
    switch (state) {
    case PublicationState::Pending:
        return tr("Waiting");
    case PublicationState::Sending:
        return tr("Sending…");
    case PublicationState::Confirmed:
        return tr("Published");
    case PublicationState::Failed:
        return tr("Refused");
    }
    return {};
}

QVariant OutboxModel::rawValue(const Publication &p, int column) const
{
    switch (column) {
    case Document:
        return p.documentNumber;
    case Title:
        return p.title;
    case State:
        return int(p.state);
    case Attempts:
        return p.attempts;
    case Time:
        switch (p.state) {
        case PublicationState::Pending:
            return p.nextAttemptAt;
        case PublicationState::Confirmed:
            return p.confirmedAt;
        default:
            return p.updatedAt;
        }
    case Reference:
        return p.portalReference;
    case Reason:
        return p.state == PublicationState::Confirmed ? QString() : p.lastError;
    default:
        return {};
    }
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Publication &p = m_rows[index.row()];
    const int column = index.column();
    switch (role) {
    case IdRole:
        return p.id;
    case StateRole:
        return int(p.state);
    case RawValueRole:
        return rawValue(p, column);
    case Qt::ForegroundRole:
        if (column == State && p.state == PublicationState::Failed)
            return rules::severityTextColor(rules::Severity::High); // the console's red: needs a person
        if (column == State && p.state == PublicationState::Confirmed)
            return QColor(0x1e, 0x6e, 0x32);
        return {};
    case Qt::TextAlignmentRole:
        return column == Attempts ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        if (column == Reason && !p.lastErrorDetail.isEmpty() && p.state != PublicationState::Confirmed)
            return p.lastError + QStringLiteral("\n\n") + p.lastErrorDetail;
        if (column == Title)
            return p.title;
        if (column == Time) {
            if (p.state == PublicationState::Pending)
                return tr("Next attempt, local time (UTC+7)");
            if (p.state == PublicationState::Confirmed)
                return tr("Confirmed by the portal, local time (UTC+7)");
        }
        return {};
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case Document:
        return p.documentNumber;
    case Title:
        return p.title;
    case State:
        return stateText(p.state);
    case Attempts:
        return m_locale.toString(p.attempts);
    case Time: {
        const QDateTime when = rawValue(p, Time).toDateTime();
        if (p.state == PublicationState::Sending)
            return tr("now");
        return when.isValid() ? LocaleFormat::dateTime(when, m_locale) : QString();
    }
    case Reference:
        return p.portalReference;
    case Reason:
        return rawValue(p, Reason);
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool tip = role == Qt::ToolTipRole;
    switch (section) {
    case Document:
        return tip ? tr("The document's number (số văn bản)") : tr("Number");
    case Title:
        return tip ? tr("The document's subject line") : tr("Subject");
    case State:
        return tr("Status");
    case Attempts:
        return tip ? tr("How many times it was sent to the portal") : tr("Attempts");
    case Time:
        return tip ? tr("The next attempt while waiting; when the portal confirmed it once published")
                   : tr("Next attempt / published");
    case Reference:
        return tip ? tr("The portal's reference for the published announcement") : tr("Portal reference");
    case Reason:
        return tip ? tr("Why the last attempt failed") : tr("Reason");
    default:
        return {};
    }
}

} // namespace sw::ui
