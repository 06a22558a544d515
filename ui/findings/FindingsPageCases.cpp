// The findings page and casework (issue 17): what became of each finding — the case it was sent
// to and where that case stands — in the table's Case column, the detail pane, the counts and the
// handled / not handled filter, kept current as casework changes.
#include "findings/FindingsPage.h"

#include "findings/FindingDetailPane.h"
#include "findings/FindingsModel.h"

#include <QItemSelectionModel>
#include <QTableView>

namespace sw::ui {

void FindingsPage::caseMarksChanged()
{
    const qint64 keep = m_detail->rowId();
    // Rows a handled filter no longer lets through leave; the others keep their place.
    m_model->updateCaseMarks();
    updateCounts();
    updateActions();
    if (!isDetailOpen())
        return;
    const qsizetype row = m_model->rowIds().indexOf(keep);
    if (row < 0) {
        closeDetail();
        return;
    }
    if (m_table->currentIndex().row() != row)
        m_table->selectionModel()->setCurrentIndex(
            m_model->index(int(row), 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showDetailCase();
}

void FindingsPage::showDetailCase()
{
    const qsizetype row = m_model->rowIds().indexOf(m_detail->rowId());
    const auto stored = row < 0 ? std::nullopt : m_model->finding(int(row));
    if (stored)
        m_detail->showCase(m_model->caseMark(stored->finding));
}

} // namespace sw::ui
