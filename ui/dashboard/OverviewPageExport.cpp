// The overview page's exports: the figures and charts on show as a one-page PDF, the charts as
// PNG pictures (OverviewPage.h).
#include "dashboard/OverviewPage.h"

#include "dashboard/ChartExport.h"
#include "dashboard/charts/DashboardChart.h"
#include "registry/RegistrySession.h"
#include "rules/RuleCatalogue.h"
#include "statistics/Province.h"
#include "widgets/LocaleFormat.h"
#include "widgets/StatCard.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>

namespace sw::ui {

QString OverviewPage::filterDescription() const
{
    const statistics::Filter f = filter();
    const QLocale locale;
    QStringList parts;
    if (f.from.isValid() || f.to.isValid())
        parts << tr("Period: %1 – %2")
                     .arg(locale.toString(f.from, QLocale::ShortFormat),
                          locale.toString(f.to, QLocale::ShortFormat));
    else
        parts << tr("Period: all time");
    parts << (f.district.isEmpty() ? tr("District: all")
                                   : tr("District: %1").arg(statistics::districtName(f.district)));
    parts << (f.provider.isEmpty() ? tr("Provider: all") : tr("Provider: %1").arg(f.provider));
    return parts.join(QStringLiteral(" · "));
}

Result<void> OverviewPage::exportPdf(const QString &path) const
{
    if (!m_dashboard)
        return Error::make(tr("There are no figures to export yet: open a registry first."));
    ChartExport::Document document;
    document.title = tr("Digital signature campaign — overview");
    document.lines << filterDescription();
    const auto spec = m_session.spec();
    document.lines << tr("Counted in the registry %1 at %2 (local time, UTC+7).")
                          .arg(spec ? spec->displayName() : QString(),
                               LocaleFormat::dateTime(m_dashboard->asOf));
    if (!m_note->text().isEmpty()
        && (m_dashboard->unreadableCertificates > 0 || m_dashboard->unreadableRequests > 0))
        document.lines << m_note->text().section(QLatin1Char('.'), 0, 0) + QLatin1Char('.');
    for (const StatCard *card : {m_withSignature, m_share, m_findings, m_excluded}) {
        const auto *caption = card->findChild<QLabel *>();
        document.figures << ChartExport::Figure {caption ? caption->text() : QString(), card->value(),
                                                 card->note()};
    }
    for (const charts::DashboardChart *chart : m_charts)
        document.charts << chart->data();
    document.footer = tr("Certificates count on the local day of their Hue-S record. Timeline: per day for "
                         "periods up to %1 days, per week beyond. Delay: box from the first to the third "
                         "quartile with the median, whiskers at the 5th and 95th percentiles. 48-hour rate: "
                         "requests completed within 48 hours of registration, of those completed in time or "
                         "expired (rule “%2”, §4.4); withdrawn and open requests are not counted.")
                          .arg(statistics::timelineDailyLimit)
                          .arg(rules::ruleDisplayName(QStringLiteral("REQUEST_EXPIRED")));
    return ChartExport::writeDashboardPdf(document, path);
}

Result<void> OverviewPage::exportChartPng(Chart which, const QString &path) const
{
    const charts::DashboardChart *chart = m_charts.value(int(which));
    if (!chart)
        return Error::make(tr("There is no such chart."));
    return ChartExport::savePng(chart->data(), path);
}

Result<void> OverviewPage::exportChartsPng(const QString &folder) const
{
    const QDir dir(folder);
    for (const charts::DashboardChart *chart : m_charts) {
        if (auto saved = ChartExport::savePng(chart->data(), dir.filePath(chart->suggestedFileName()));
            !saved)
            return saved;
    }
    return {};
}

void OverviewPage::exportPdfInteractive()
{
    if (!m_dashboard)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("overview-%1.pdf").arg(m_clock.localDate().toString(Qt::ISODate));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export dashboard as PDF"), QDir(folder).filePath(name), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto written = exportPdf(path); !written)
        QMessageBox::warning(this, tr("Export dashboard as PDF"), written.error().fullText());
}

void OverviewPage::exportPngInteractive()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Export charts as PNG into a folder"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    if (auto written = exportChartsPng(folder); !written)
        QMessageBox::warning(this, tr("Export charts as PNG"), written.error().fullText());
}

} // namespace sw::ui
