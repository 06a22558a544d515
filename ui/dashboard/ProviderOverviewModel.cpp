#include "dashboard/ProviderOverviewModel.h"

#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

#include <QFont>

namespace sw::ui {

namespace {
// Channels as stored in certificates.channel (registry.md), by column.
QString channelOf(int column)
{
    switch (column) {
    case ProviderOverviewModel::DoorToDoor:
        return QStringLiteral("door_to_door");
    case ProviderOverviewModel::App:
        return QStringLiteral("app");
    case ProviderOverviewModel::HuesRequest:
        return QStringLiteral("hues_request");
    case ProviderOverviewModel::LegacyImport:
        return QStringLiteral("legacy_import");
    default:
        return {};
    }
}

enum StatusRank { TakingPart, Excluded, Unknown };
} // namespace

ProviderOverviewModel::ProviderOverviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void ProviderOverviewModel::setDashboard(const statistics::Dashboard &dashboard)
{
    beginResetModel();
    m_rows = dashboard.providers;
    m_totals = dashboard.totals;
    endResetModel();
}

void ProviderOverviewModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_totals = {};
    endResetModel();
}

void ProviderOverviewModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ProviderOverviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_rows.isEmpty())
        return 0;
    return int(m_rows.size()) + 1; // + totals
}

int ProviderOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const statistics::ProviderDashboard &ProviderOverviewModel::rowAt(int row) const
{
    return row < m_rows.size() ? m_rows.at(row) : m_totals;
}

QString ProviderOverviewModel::statusText(const statistics::ProviderDashboard &line) const
{
    if (!line.known)
        return tr("Unknown provider");
    return line.excluded ? tr("Excluded") : tr("Taking part");
}

QVariant ProviderOverviewModel::rawValue(const statistics::ProviderDashboard &line, int column,
                                         bool totals) const
{
    switch (column) {
    case Code:
        return totals ? QString() : line.code;
    case Name:
        return totals ? QString() : line.name;
    case Status:
        return totals ? QVariant()
                      : QVariant(int(!line.known         ? Unknown
                                         : line.excluded ? Excluded
                                                         : TakingPart));
    case DoorToDoor:
    case App:
    case HuesRequest:
    case LegacyImport:
        return line.byChannel.value(channelOf(column), 0);
    case OtherChannel:
        // Certificates whose channel is none of the contract's: a data-quality signal, not hidden.
        return line.byChannel.value(QStringLiteral("other"), 0);
    case Certificates:
        return line.certificates;
    case Active:
        return line.active;
    case Revoked:
        return line.revoked;
    case Requests:
        return line.requests.registered;
    case ServiceRate: {
        const auto rate = line.requests.ratePercent();
        return rate ? QVariant(*rate) : QVariant(-1.0); // sorts below every rate
    }
    default:
        return {};
    }
}

QVariant ProviderOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totals = index.row() == m_rows.size();
    const statistics::ProviderDashboard &line = rowAt(index.row());
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        if (totals && column == Code)
            return tr("Total");
        if (totals && (column == Name || column == Status))
            return QString(); // "Total" in the first column says it; the name column is narrow
        if (column == Code || column == Name) {
            if (column == Name && line.name.isEmpty())
                return tr("(not in the providers table)");
            return rawValue(line, column, totals);
        }
        if (column == Status)
            return statusText(line);
        if (column == ServiceRate) {
            const auto rate = line.requests.ratePercent();
            return rate ? LocaleFormat::percent(*rate, m_locale) : QStringLiteral("—");
        }
        return m_locale.toString(rawValue(line, column, totals).toLongLong());
    case RawValueRole:
        return rawValue(line, column, totals);
    case IsTotalsRole:
        return totals;
    case Qt::DecorationRole:
        if (column == Code && !totals)
            return line.known ? ProviderColors::color(line.code) : ProviderColors::unknownColor();
        return {};
    case Qt::TextAlignmentRole:
        if (column >= DoorToDoor)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (totals || (column == Status && line.excluded)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (column == Name && !totals)
            return line.name;
        if (column == Code && totals)
            return tr("The sums over all providers, including unknown codes");
        if (column == Status && line.excluded)
            return tr("Removed from the programme by the Department (§5.3).");
        if (column == Status && !line.known)
            return tr("Records name this provider code, but the providers table does not list "
                      "it: a data-quality problem.");
        return {};
    default:
        return {};
    }
}

QVariant ProviderOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case Code:
            return tr("Provider");
        case Name:
            return tr("Name");
        case Status:
            return tr("Status");
        case DoorToDoor:
            return tr("Door to door");
        case App:
            return tr("App");
        case HuesRequest:
            return tr("Hue-S request");
        case LegacyImport:
            return tr("Imported");
        case OtherChannel:
            return tr("Other");
        case Certificates:
            return tr("Certificates");
        case Active:
            return tr("Active");
        case Revoked:
            return tr("Revoked");
        case Requests:
            return tr("Requests");
        case ServiceRate:
            return tr("In 48 h");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case DoorToDoor:
            return tr("Certificates issued by staff visiting households (§3)");
        case App:
            return tr("Certificates from online registration in a provider's app (§2)");
        case HuesRequest:
            return tr("Certificates issued for needs registered on Hue-S (§4)");
        case LegacyImport:
            return tr("Signatures issued before the programme and imported (§2.3)");
        case OtherChannel:
            return tr("Certificates with a channel the registry contract does not know");
        case Certificates:
            return tr("All certificates recorded on Hue-S in the period, every status");
        case Active:
            return tr("Certificates with status \"active\"");
        case Revoked:
            return tr("Certificates with status \"revoked\"");
        case Requests:
            return tr("Needs registered by citizens on Hue-S for this provider in the period (§4.1)");
        case ServiceRate:
            return tr("Requests completed within 48 hours of registration, of those completed or "
                      "past their deadline (§4.4; withdrawn and still open requests are not counted)");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue((section >= DoorToDoor ? Qt::AlignRight : Qt::AlignLeft)
                                   | Qt::AlignVCenter);
    return {};
}

} // namespace sw::ui
