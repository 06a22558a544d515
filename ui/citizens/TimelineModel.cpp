#include "citizens/TimelineModel.h"

#include "rules/RuleCatalogue.h"
#include "rules/SeverityStyle.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

#include <QColor>
#include <QDate>
#include <QFont>
#include <QTimeZone>

namespace sw::ui {

using citizens::TimelineEvent;
using Kind = TimelineEvent::Kind;

namespace {
// The most severe rule of an event's findings.
const rules::RuleInfo *worstRule(const TimelineEvent &e)
{
    const rules::RuleInfo *worst = nullptr;
    for (const rules::Finding &f : e.findings) {
        const rules::RuleInfo *info = rules::findRule(f.rule);
        if (info && (!worst || int(info->severity) < int(worst->severity)))
            worst = info;
    }
    return worst;
}
} // namespace

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) { }

void TimelineModel::setTimeline(const citizens::CitizenTimeline &timeline)
{
    beginResetModel();
    m_timeline = timeline;
    endResetModel();
}

void TimelineModel::clear()
{
    beginResetModel();
    m_timeline = {};
    endResetModel();
}

void TimelineModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_timeline.events.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TimelineModel::eventName(Kind kind)
{
    switch (kind) {
    case Kind::Lookup:
        return tr("Look-up on Hue-S");
    case Kind::RequestRegistered:
        return tr("Request registered");
    case Kind::CertificateActivated:
        return tr("Certificate activated");
    case Kind::CertificateRecorded:
        return tr("Recorded on Hue-S");
    case Kind::RequestCompleted:
        return tr("Request completed");
    case Kind::RequestCancelled:
        return tr("Request withdrawn");
    case Kind::CertificateRevoked:
        return tr("Certificate revoked");
    }
    return {};
}

QString TimelineModel::channelName(const QString &channel)
{
    if (channel == QLatin1String("app"))
        return tr("provider's app (§2)");
    if (channel == QLatin1String("door_to_door"))
        return tr("door to door (§3)");
    if (channel == QLatin1String("hues_request"))
        return tr("request on Hue-S (§4)");
    if (channel == QLatin1String("legacy_import"))
        return tr("imported, issued before the programme (§2.3)");
    return tr("unknown channel \"%1\"").arg(channel);
}

QString TimelineModel::statusName(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("active");
    if (status == QLatin1String("technical_error"))
        return tr("technical error, not activated (§3.3)");
    if (status == QLatin1String("revoked"))
        return tr("revoked");
    return tr("unknown status \"%1\"").arg(status);
}

QString TimelineModel::revokeReasonName(const QString &reason)
{
    if (reason.isEmpty())
        return tr("no reason recorded");
    if (reason == QLatin1String("switch_provider"))
        return tr("switch of provider");
    if (reason == QLatin1String("citizen_request"))
        return tr("the citizen's request");
    if (reason == QLatin1String("error"))
        return tr("error");
    return tr("unknown reason \"%1\"").arg(reason);
}

QString TimelineModel::modeName(const QString &mode)
{
    if (mode == QLatin1String("home"))
        return tr("support at home");
    if (mode == QLatin1String("phone"))
        return tr("remote support by phone");
    return tr("unknown mode \"%1\"").arg(mode);
}

QString TimelineModel::timeText(const TimelineEvent &e) const
{
    if (!e.at)
        return e.storedTime.isEmpty() ? tr("unreadable time") : tr("unreadable: %1").arg(e.storedTime);
    return LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(*e.at, QTimeZone::utc()), m_locale);
}

QString TimelineModel::detailsText(const TimelineEvent &e) const
{
    QStringList parts;
    switch (e.kind) {
    case Kind::Lookup:
        if (!e.found)
            parts << tr("Hue-S's answer is unreadable");
        else if (*e.found)
            parts << tr("Hue-S answered: already has a signature");
        else
            parts << tr("Hue-S answered: no signature yet");
        break;
    case Kind::RequestRegistered:
        parts << tr("Request #%1").arg(e.recordId) << modeName(e.mode);
        break;
    case Kind::RequestCompleted:
        parts << tr("Request #%1 marked done by the provider").arg(e.recordId);
        break;
    case Kind::RequestCancelled:
        parts << tr("Request #%1 withdrawn by the citizen").arg(e.recordId);
        break;
    case Kind::CertificateActivated:
        parts << tr("Certificate #%1").arg(e.recordId) << channelName(e.channel);
        break;
    case Kind::CertificateRecorded: {
        parts << tr("Certificate #%1").arg(e.recordId) << channelName(e.channel) << statusName(e.status);
        const QDate freeUntil = QDate::fromString(e.freeUntil, QStringLiteral("yyyy-MM-dd"));
        if (freeUntil.isValid())
            parts << tr("free until %1").arg(m_locale.toString(freeUntil, QLocale::ShortFormat));
        else if (!e.freeUntil.isEmpty())
            parts << tr("free until \"%1\"").arg(e.freeUntil);
        if (e.replacesId)
            parts << tr("replaces #%1").arg(*e.replacesId);
        if (e.requestId)
            parts << tr("for request #%1").arg(*e.requestId);
        if (!e.serial.isEmpty())
            parts << tr("serial %1").arg(e.serial);
        break;
    }
    case Kind::CertificateRevoked:
        parts << tr("Certificate #%1").arg(e.recordId)
              << tr("reason: %1").arg(revokeReasonName(e.revokeReason));
        break;
    }
    if (!e.staffId.isEmpty() && e.kind != Kind::CertificateActivated && e.kind != Kind::CertificateRevoked)
        parts << tr("staff %1").arg(e.staffId);
    if (e.unreadable)
        parts << tr("unreadable record: takes part in no rule");
    return parts.join(QStringLiteral(" · "));
}

QString TimelineModel::findingsText(const TimelineEvent &e) const
{
    QStringList codes;
    for (const rules::Finding &f : e.findings) {
        const rules::RuleInfo *info = rules::findRule(f.rule);
        QString text = rules::ruleDisplayName(f.rule);
        if (info && !info->clauses.isEmpty())
            text += QStringLiteral(" (%1)").arg(info->firstClause());
        codes << text;
    }
    return codes.join(QStringLiteral(", "));
}

QString TimelineModel::findingsTooltip(const TimelineEvent &e) const
{
    QStringList lines;
    for (const rules::Finding &f : e.findings) {
        const rules::RuleInfo *info = rules::findRule(f.rule);
        QString line = rules::ruleDisplayName(f.rule);
        if (info)
            line += QStringLiteral(" — ") + info->translatedSummary();
        if (!f.evidence.isEmpty()) {
            QStringList ids;
            for (qint64 id : f.evidence)
                ids << QStringLiteral("#%1").arg(id);
            line += QLatin1Char(' ') + tr("(evidence: %1)").arg(ids.join(QStringLiteral(", ")));
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEvent &e = m_timeline.events.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return timeText(e);
        case Event:
            return eventName(e.kind);
        case Provider:
            return e.provider;
        case Details:
            return detailsText(e);
        case Findings:
            return findingsText(e);
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Findings && !e.findings.isEmpty())
            return findingsTooltip(e);
        if (index.column() == Details)
            return detailsText(e);
        break;
    case Qt::DecorationRole:
        if (index.column() == Provider)
            return ProviderColors::color(e.provider);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Findings)
            if (const rules::RuleInfo *worst = worstRule(e))
                return rules::severityTextColor(worst->severity); // with the rule's name as well
        break;
    case Qt::FontRole:
        if (index.column() == Findings && !e.findings.isEmpty()) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        if (e.unreadable) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        break;
    case RawValueRole:
        if (index.column() == Time)
            return e.at ? QVariant(*e.at) : QVariant();
        return data(index, Qt::DisplayRole);
    case FindingCountRole:
        return int(e.findings.size());
    default:
        break;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Event:
        return tr("Event");
    case Provider:
        return tr("Provider");
    case Details:
        return tr("Details");
    case Findings:
        return tr("Findings");
    }
    return {};
}

} // namespace sw::ui
