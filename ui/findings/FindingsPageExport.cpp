// The findings page's export: the findings shown or selected, to CSV or JSON Lines, masked
// (FindingsPage.h).
#include "findings/FindingsPage.h"

#include "findings/FindingsExportDialog.h"
#include "findings/FindingsModel.h"
#include "findings/FindingsStore.h"
#include "util/Clock.h"
#include "widgets/ErrorPanel.h"
#include "widgets/LocaleFormat.h"

#include <QDir>
#include <QFileDialog>
#include <QItemSelectionModel>
#include <QStandardPaths>
#include <QTableView>

#include <algorithm>

namespace sw::ui {

Result<qint64> FindingsPage::exportFindings(const QString &path, findings::FindingsExport::Format format,
                                            bool selectedOnly)
{
    QList<qint64> ids;
    if (selectedOnly) {
        QList<int> rows;
        for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
            rows << index.row();
        std::sort(rows.begin(), rows.end());
        for (int row : rows)
            ids << m_model->rowIds().at(row);
    } else {
        ids = m_model->rowIds();
    }
    findings::FindingsExport file(path, format);
    if (auto begun = file.begin(); !begun)
        return begun.error();
    // In pages, so that 200,000 findings never sit in memory at once.
    constexpr qsizetype chunk = 2000;
    for (qsizetype start = 0; start < ids.size(); start += chunk) {
        auto rows = m_store.findingsByIds(ids.mid(start, chunk));
        if (!rows)
            return rows.error();
        if (auto appended = file.append(*rows); !appended)
            return appended.error();
    }
    return file.commit();
}

void FindingsPage::showExportDialog()
{
    if (!m_scan || m_model->rowCount() == 0)
        return;
    const qint64 selected = m_table->selectionModel()->selectedRows().size();
    auto *dialog = new FindingsExportDialog(selected, m_model->rowCount(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const auto format = dialog->format();
        const bool selectedOnly = dialog->selectedOnly();
        const QString suffix = findings::FindingsExport::fileSuffix(format);
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/findings-%1.%2")
                  .arg(m_clock.now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmm")), suffix);
        const QString filter = format == findings::FindingsExport::Format::Csv
            ? tr("CSV files (*.csv)")
            : tr("JSON Lines files (*.jsonl)");
        const QString path = QFileDialog::getSaveFileName(this, tr("Export findings"), suggested, filter);
        if (path.isEmpty())
            return;
        auto written = exportFindings(path, format, selectedOnly);
        if (!written) {
            showError(written.error());
            return;
        }
        m_message->setInformation(tr("Exported %1 findings to %2, with identity numbers masked.")
                                      .arg(LocaleFormat::count(*written), QDir::toNativeSeparators(path)));
        m_message->setActionText({});
        m_message->show();
    });
    dialog->open();
}

} // namespace sw::ui
