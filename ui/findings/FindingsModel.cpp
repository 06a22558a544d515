#include "findings/FindingsModel.h"

#include "casebook/CaseStatus.h"
#include "privacy/Masking.h"
#include "rules/RuleCatalogue.h"
#include "rules/SeverityStyle.h"
#include "statistics/Province.h"
#include "widgets/LocaleFormat.h"
#include "widgets/ProviderColors.h"

#include <QColor>
#include <QDateTime>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSet>

namespace sw::ui {

FindingsModel::FindingsModel(findings::FindingsStore &store, QObject *parent)
    : QAbstractTableModel(parent), m_store(store)
{ }

void FindingsModel::setScan(qint64 scanId)
{
    m_scanId = scanId;
    reload();
}

void FindingsModel::setQuery(const findings::FindingsQuery &query)
{
    m_query = query;
    reload();
}

void FindingsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

findings::FindingSortKey FindingsModel::sortKey(int column)
{
    using K = findings::FindingSortKey;
    switch (column) {
    case Rule:
        return K::Rule;
    case Severity:
        return K::Severity;
    case Provider:
        return K::Provider;
    case District:
        return K::District;
    case Citizen:
        return K::Citizen;
    case Subject:
        return K::Subject;
    case New:
        return K::New;
    case Case:
        return K::Case;
    default:
        return K::Time;
    }
}

void FindingsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

void FindingsModel::reload()
{
    QList<qint64> ids;
    std::optional<Error> failure;
    m_marks = m_store.caseMarks();
    if (m_scanId > 0) {
        // The filtered, sorted list is made in SQL; only the ids come back.
        auto read = m_store.findingIds(m_scanId, m_query, sortKey(m_sortColumn), m_sortOrder);
        if (read)
            ids = std::move(*read);
        else
            failure = read.error();
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_pages.clear();
    m_pageUse.clear();
    endResetModel();
    if (failure)
        Q_EMIT errorOccurred(*failure);
}

void FindingsModel::updateCaseMarks()
{
    m_marks = m_store.caseMarks();
    refresh();
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, Case), index(rowCount() - 1, Case));
}

void FindingsModel::refresh()
{
    if (m_scanId <= 0)
        return reload();
    auto read = m_store.findingIds(m_scanId, m_query, sortKey(m_sortColumn), m_sortOrder);
    if (!read) {
        reload();
        return;
    }
    const QList<qint64> &fresh = *read;
    const QSet<qint64> freshSet(fresh.cbegin(), fresh.cend());
    const QSet<qint64> oldSet(m_ids.cbegin(), m_ids.cend());
    // The rows that stay must keep their order (their values did not change); otherwise, a reset.
    QList<qint64> staying, stayingFresh;
    for (qint64 id : std::as_const(m_ids))
        if (freshSet.contains(id))
            staying << id;
    for (qint64 id : fresh)
        if (oldSet.contains(id))
            stayingFresh << id;
    if (staying != stayingFresh) {
        reload();
        return;
    }
    // Row positions move at each step: the cached pages are dropped with each (a view may read
    // rows as each step ends).
    auto dropPages = [this] {
        m_pages.clear();
        m_pageUse.clear();
    };
    // Removed rows, last run first, so that earlier positions stay valid.
    for (qsizetype last = m_ids.size() - 1; last >= 0;) {
        if (freshSet.contains(m_ids.at(last))) {
            --last;
            continue;
        }
        qsizetype first = last;
        while (first > 0 && !freshSet.contains(m_ids.at(first - 1)))
            --first;
        beginRemoveRows({}, int(first), int(last));
        m_ids.remove(first, last - first + 1);
        dropPages();
        endRemoveRows();
        last = first - 1;
    }
    // New rows, first run first: everything before a run is already in its final place.
    for (qsizetype first = 0; first < fresh.size();) {
        if (oldSet.contains(fresh.at(first))) {
            ++first;
            continue;
        }
        qsizetype last = first;
        while (last + 1 < fresh.size() && !oldSet.contains(fresh.at(last + 1)))
            ++last;
        beginInsertRows({}, int(first), int(last));
        for (qsizetype i = first; i <= last; ++i)
            m_ids.insert(i, fresh.at(i));
        dropPages();
        endInsertRows();
        first = last + 1;
    }
    Q_ASSERT(m_ids == fresh);
}

const findings::StoredFinding *FindingsModel::rowAt(int row) const
{
    if (row < 0 || row >= m_ids.size())
        return nullptr;
    const int page = row / pageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<qint64> ids = m_ids.mid(qsizetype(page) * pageSize, pageSize);
        auto read = m_store.findingsByIds(ids);
        if (!read)
            return nullptr;
        if (read->size() != ids.size()) {
            // Rows gone from the store meanwhile (a scan pruned, or a finding resolved while a
            // refresh removes rows one run at a time) show empty; the others stay readable.
            QHash<qint64, findings::StoredFinding> byId;
            for (findings::StoredFinding &f : *read)
                byId.insert(f.rowId, std::move(f));
            read->clear();
            for (qint64 id : ids)
                read->append(byId.value(id)); // rowId 0 where missing
        }
        if (m_pageUse.size() >= cachedPages)
            m_pages.remove(m_pageUse.takeFirst());
        it = m_pages.insert(page, std::move(*read));
    } else {
        m_pageUse.removeOne(page);
    }
    m_pageUse.append(page);
    const findings::StoredFinding &f = it->at(row % pageSize);
    return f.rowId == 0 ? nullptr : &f;
}

std::optional<findings::CaseMark> FindingsModel::caseMark(const rules::Finding &finding) const
{
    const auto it = m_marks.constFind(finding.key());
    if (it == m_marks.cend())
        return std::nullopt;
    return *it;
}

QString FindingsModel::caseText(const findings::CaseMark &mark)
{
    const auto status = casebook::statusFromCode(mark.status);
    return tr("Case no. %1 — %2").arg(mark.caseId).arg(status ? casebook::statusLabel(*status) : mark.status);
}

std::optional<findings::StoredFinding> FindingsModel::finding(int row) const
{
    const findings::StoredFinding *f = rowAt(row);
    if (!f)
        return std::nullopt;
    return *f;
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FindingsModel::severityText(rules::Severity severity)
{
    switch (severity) {
    case rules::Severity::High:
        return tr("High");
    case rules::Severity::Medium:
        return tr("Medium");
    case rules::Severity::Low:
        break;
    }
    return tr("Low");
}

QColor FindingsModel::severityColor(rules::Severity severity)
{
    return rules::severityColor(severity);
}

namespace {
QIcon severityIcon(rules::Severity severity)
{
    static QHash<int, QIcon> icons;
    auto it = icons.find(int(severity));
    if (it != icons.end())
        return *it;
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    rules::paintSeverityMark(p, QRectF(0, 0, 12, 12), severity);
    p.end();
    return *icons.insert(int(severity), QIcon(pixmap));
}
} // namespace

QString FindingsModel::subjectText(const rules::Finding &f)
{
    if (f.subjectKind == QLatin1String("certificate"))
        return tr("Certificate #%1").arg(f.subjectId);
    if (f.subjectKind == QLatin1String("request"))
        return tr("Request #%1").arg(f.subjectId);
    return QStringLiteral("%1 #%2").arg(f.subjectKind).arg(f.subjectId); // DATA_QUALITY: the table
}

QVariant FindingsModel::rawValue(const findings::StoredFinding &s, int column) const
{
    const rules::Finding &f = s.finding;
    switch (column) {
    case Rule:
        return f.rule;
    case Severity:
        return int(s.severity);
    case Provider:
        return f.provider.value_or(QString());
    case District:
        return s.district;
    case Time:
        return f.at ? QVariant(*f.at) : QVariant();
    case Citizen:
        return f.citizenId.value_or(QString()); // the full id: for sorting only, never shown
    case Subject:
        return QStringLiteral("%1:%2").arg(f.subjectKind).arg(f.subjectId, 12, 10, QLatin1Char('0'));
    case New:
        return s.isNew;
    case Case: {
        const auto mark = caseMark(f);
        return mark ? mark->caseId : qint64(0);
    }
    default:
        return {};
    }
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == RowIdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::DecorationRole
        && role != RawValueRole && role != Qt::AccessibleTextRole)
        return {};
    const findings::StoredFinding *s = rowAt(index.row());
    if (!s)
        return {};
    if (role == RawValueRole)
        return rawValue(*s, index.column());
    const rules::Finding &f = s->finding;
    const int column = index.column();
    if (role == Qt::DecorationRole) {
        if (column == Severity)
            return severityIcon(s->severity);
        if (column == Provider && f.provider)
            return ProviderColors::color(*f.provider);
        return {};
    }
    if (role == Qt::ToolTipRole) {
        if (column == Rule) {
            const rules::RuleInfo *rule = rules::findRule(f.rule);
            return rule ? rule->translatedSummary() : QVariant();
        }
        if (column == Citizen)
            return tr("Identity numbers are masked (§1.7)");
        if (column == New)
            return s->isNew ? tr("Not found by the previous scan of this registry") : QVariant();
        if (column == Case) {
            const auto mark = caseMark(f);
            if (!mark)
                return tr("Not handled: in no case yet");
            return mark->throughComplaint
                ? tr("Linked to a substantiated complaint of case no. %1").arg(mark->caseId)
                : QVariant();
        }
        return {};
    }
    switch (column) {
    case Rule:
        return rules::ruleDisplayName(f.rule); // the code stays the raw value: sorting, filters
    case Severity:
        return severityText(s->severity);
    case Provider:
        return f.provider.value_or(QString());
    case District:
        return s->district.isEmpty() ? QString() : statistics::districtName(s->district);
    case Time:
        return f.at ? LocaleFormat::dateTime(QDateTime::fromSecsSinceEpoch(*f.at, Qt::UTC), m_locale)
                    : QString();
    case Citizen:
        return f.citizenId ? privacy::maskCitizenId(*f.citizenId) : QString();
    case Subject:
        return subjectText(f);
    case New:
        return s->isNew ? tr("New") : QString();
    case Case: {
        const auto mark = caseMark(f);
        return mark ? caseText(*mark) : QString();
    }
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rule:
        return role == Qt::DisplayRole ? tr("Rule") : tr("The detection rule that found it");
    case Severity:
        return tr("Severity");
    case Provider:
        return tr("Provider");
    case District:
        return tr("District");
    case Time:
        return role == Qt::DisplayRole ? tr("Time") : tr("When it happened, local time (UTC+7)");
    case Citizen:
        return role == Qt::DisplayRole ? tr("Citizen") : tr("Identity number, masked (§1.7)");
    case Subject:
        return role == Qt::DisplayRole ? tr("Record") : tr("The certificate or request the finding is about");
    case New:
        return role == Qt::DisplayRole ? tr("New") : tr("Not found by the previous scan of this registry");
    case Case:
        return role == Qt::DisplayRole ? tr("Case")
                                       : tr("The case the finding was sent to and where it stands; empty: "
                                            "not handled yet");
    default:
        return {};
    }
}

} // namespace sw::ui
