#pragma once

#include "findings/FindingsStore.h"
#include "util/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>

#include <optional>

namespace sw::ui {

// The findings of one stored scan, filtered and sorted by the store's SQL. Holds only the row
// ids of the current filter and sort (8 bytes a finding) and reads the rows a view shows in pages
// of pageSize, keeping a few pages: 200,000 findings never become 200,000 objects. The Case column
// shows what casework made of each finding (issue 17) from the store's case marks.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Rule, Severity, Provider, District, Time, Citizen, Subject, New, Case, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // the value behind the display, for sorting and tests
        RowIdRole // the finding's row id in the store
    };
    static constexpr int pageSize = 256;
    static constexpr int cachedPages = 16;

    explicit FindingsModel(findings::FindingsStore &store, QObject *parent = nullptr);

    // Shows the findings of `scanId` (0: none). Keeps the query and the sort.
    void setScan(qint64 scanId);
    qint64 scanId() const { return m_scanId; }
    void setQuery(const findings::FindingsQuery &query);
    findings::FindingsQuery query() const { return m_query; }
    // Reads the ids again (after a save).
    void reload();
    // The store's case marks changed (casework): rows come and go as a handled filter says, the
    // Case column shows the new marks.
    void updateCaseMarks();
    // Reads the ids again after findings of the same scan came and went (a live watch's poll):
    // rows that stay keep their place, so a view keeps its selection, current row and scroll;
    // the others are removed and inserted where the sort puts them.
    void refresh();
    void setLocale(const QLocale &locale);

    // The sort column (a Column) and order in effect.
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static findings::FindingSortKey sortKey(int column);

    const QList<qint64> &rowIds() const { return m_ids; }
    std::optional<findings::StoredFinding> finding(int row) const;
    // The case a finding is in (nothing: in none, not handled).
    std::optional<findings::CaseMark> caseMark(const rules::Finding &finding) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static QString severityText(rules::Severity severity);
    static QColor severityColor(rules::Severity severity);
    static QString subjectText(const rules::Finding &finding);
    // "Case no. 3 — violation established"; "Case no. 2 — dismissed".
    static QString caseText(const findings::CaseMark &mark);

Q_SIGNALS:
    // Reading the store failed; the model shows nothing until the next successful read.
    void errorOccurred(const sw::Error &error);

private:
    const findings::StoredFinding *rowAt(int row) const;
    QVariant rawValue(const findings::StoredFinding &f, int column) const;

    findings::FindingsStore &m_store;
    qint64 m_scanId = 0;
    findings::FindingsQuery m_query;
    int m_sortColumn = Time;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    QList<qint64> m_ids;
    findings::CaseMarks m_marks; // as the ids were read
    QLocale m_locale;
    // Pages read from the store, by page number, and their use order (most recent last).
    mutable QHash<int, QList<findings::StoredFinding>> m_pages;
    mutable QList<int> m_pageUse;
};

} // namespace sw::ui
