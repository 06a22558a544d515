// The reports page's results: the preview's pages, the exported or printed PDF, the texts drafted
// from the figures, and the period the next report starts from (ReportsPage.h).
#include "reports/ReportsPage.h"

#include "widgets/ErrorPanel.h"
#include "widgets/FilterBar.h"
#include "widgets/PdfPrinting.h"

#include "documents/DocumentPdf.h"
#include "findings/FindingsStore.h"
#include "reports/ReportDraft.h"
#include "reports/ReportIssuer.h"
#include "reports/ReportPdf.h"

#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sw::ui {

namespace {
constexpr qreal a4WidthInches = 210 / 25.4;

// The period after `from`–`to` of the same kind: the next calendar month for a whole month, else
// the same number of days straight after.
std::pair<QDate, QDate> nextPeriod(const QDate &from, const QDate &to)
{
    if (from.day() == 1 && to == from.addMonths(1).addDays(-1)) {
        const QDate next = from.addMonths(1);
        return {next, next.addMonths(1).addDays(-1)};
    }
    const qint64 days = from.daysTo(to) + 1;
    return {to.addDays(1), to.addDays(days)};
}
} // namespace

void ReportsPage::finished(Result<reports::ReportData> result, After after, const QString &path)
{
    if (!result) {
        if (result.error().kind == Error::Kind::Cancelled) {
            m_status->setText(tr("Cancelled: no report was made."));
            return;
        }
        m_status->clear();
        m_error->setError(result.error());
        m_error->show();
        Q_EMIT failed(result.error());
        return;
    }
    m_report = *result;
    m_draftButton->setEnabled(true);
    reports::ReportData data = *m_report;
    data.meta = meta();
    data.texts = texts();
    auto issuer = reports::reportIssuer(m_casebook, data.meta.issued);
    if (!issuer) {
        m_error->setError(issuer.error());
        m_error->show();
        Q_EMIT failed(issuer.error());
        return;
    }
    data.meta.issuer = issuer->period.issuer;
    if (after == After::Preview) {
        // Pages as wide as the preview pane (no sideways scrolling), within a readable range.
        const int dpi = std::clamp(int((m_scroll->viewport()->width() - 40) / a4WidthInches), 50, 150);
        auto pages = reports::ReportPdf::pageImages(data, dpi);
        if (!pages) {
            m_error->setError(pages.error());
            m_error->show();
            Q_EMIT failed(pages.error());
            return;
        }
        showPages(*pages);
        m_status->setText(tr("Figures counted in %1 s; %n page(s).", nullptr, int(pages->size()))
                              .arg(QLocale().toString(double(m_report->elapsedMs) / 1000.0, 'f', 1))
                          + QLatin1Char(' ') + sourcesLine(data));
        // First preview of empty texts: the draft from the figures, to edit.
        if (m_assessment->toPlainText().trimmed().isEmpty() && m_proposals->toPlainText().trimmed().isEmpty())
            fillDraft(data);
        Q_EMIT previewReady(int(pages->size()));
        return;
    }
    auto pdf = reports::ReportPdf::render(data);
    if (pdf && after == After::Export) {
        if (auto saved = documents::DocumentPdf::save(*pdf, path); !saved)
            pdf = saved.error();
    }
    if (!pdf) {
        m_error->setError(pdf.error());
        m_error->show();
        Q_EMIT failed(pdf.error());
        return;
    }
    if (after == After::Print) {
        PdfPrinting::printWithDialog(this, pdf->bytes, fileName(), [this](Result<int> printed) {
            if (!printed) {
                m_error->setError(printed.error());
                m_error->show();
                Q_EMIT failed(printed.error());
                return;
            }
            m_status->setText(tr("Sent %n page(s) of the report to the printer.", nullptr, *printed));
            Q_EMIT this->printed(*printed);
        });
        return;
    }
    m_status->setText(
        tr("Report saved to %1 (%n page(s)).", nullptr, pdf->pageCount).arg(QDir::toNativeSeparators(path)));
    // The next report starts from this one: the next number, the next period of the same kind,
    // the same texts to edit.
    statistics::Filter next = m_filterBar->filter();
    std::tie(next.from, next.to) = nextPeriod(next.from, next.to);
    QVariantMap state = saveState();
    state.insert(QStringLiteral("number"), m_number->value() + 1);
    QVariantMap filterState = state.value(QStringLiteral("filter")).toMap();
    filterState.insert(QStringLiteral("from"), next.from.toString(Qt::ISODate));
    filterState.insert(QStringLiteral("to"), next.to.toString(Qt::ISODate));
    state.insert(QStringLiteral("filter"), filterState);
    state.insert(QStringLiteral("periodChosen"), true);
    m_nextState = state; // kept until the user changes something here
    persist();
    Q_EMIT exported(path, pdf->pageCount);
}

QString ReportsPage::sourcesLine(const reports::ReportData &data) const
{
    const QString violations = data.violations.available
        ? tr("Violations from the findings store %1 (scan of %2).")
              .arg(QDir::toNativeSeparators(m_findings.path()),
                   QLocale().toString(data.violations.scanAsOf.toLocalTime(), QLocale::ShortFormat))
        : tr("Violations left out: the findings store %1 holds no scan of this registry.")
              .arg(QDir::toNativeSeparators(m_findings.path()));
    const QString casework = data.casework.available
        ? tr("Cases and measures from the console's casebook.")
        : tr("Cases and measures left out: no casebook is open.");
    return violations + QLatin1Char(' ') + casework;
}

void ReportsPage::fillDraft(const reports::ReportData &counted)
{
    reports::ReportData data = counted;
    data.meta = meta();
    if (auto issuer = reports::reportIssuer(m_casebook, data.meta.issued))
        data.meta.issuer = issuer->period.issuer;
    m_assessment->setPlainText(reports::draftAssessment(data));
    m_proposals->setPlainText(reports::draftProposals(data));
}

void ReportsPage::showPages(const QList<QImage> &pages)
{
    m_pages = pages;
    m_stale->hide();
    m_pagesHost->setEnabled(true);
    while (QLayoutItem *item = m_pagesLayout->takeAt(0)) {
        if (item->widget() && item->widget() != m_empty)
            item->widget()->deleteLater();
        delete item;
    }
    m_empty->setVisible(pages.isEmpty());
    if (pages.isEmpty())
        m_pagesLayout->addWidget(m_empty);
    for (const QImage &page : pages) {
        auto *label = new QLabel(m_pagesHost);
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        m_pagesLayout->addWidget(label, 0, Qt::AlignHCenter);
    }
}

} // namespace sw::ui
